//! The words of the content, in files beside the wasm (`text/<lang>-<part>-<hash>.txt`).
//!
//! The wasm carries the content's structure (ids, dates, links, map shapes) and only an index for
//! each text, so a reader downloads the words of their own language and no other: French readers
//! do not pay for English, and English readers never fetch French unless they switch. Each
//! language comes in parts ([`Part`]): the quizzes' and the map's words come with those views.
//!
//! The single-file edition carries the files inline (`<script type="application/json"
//! id="text-<name>">`), because a page opened from disk cannot fetch.

use std::cell::OnceCell;

use super::generated::{
    FIGURES_PART, GLOSSARY_PART, GUIDE_PART, MAP_PART, PART_COUNT, SHARE_PART, TEXT_BOUNDS,
    TEXT_FILES, TEXT_SEPARATOR,
};
use crate::lang::Lang;

type Table = &'static [&'static str];

/// A part of a language's texts, by its position in the order of their indices (the content
/// crate's `part_names`): the main part, the sections' bodies, the timeline's words, the list of
/// quizzes, each quiz's own questions, the glossary's, the map's words, then the charts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part(u8);

impl Part {
    /// The sections' titles and leads: what every reader sees first.
    pub const MAIN: Part = Part(0);
    /// The sections' bodies and sources, fetched when a reader first opens a section.
    pub const SECTIONS: Part = Part(1);
    /// The events, for the timeline and the map's panels.
    pub const TIMELINE: Part = Part(2);
    /// The quizzes' titles and descriptions, for the list.
    pub const QUIZZES: Part = Part(3);
    /// The glossary's terms, for the glossary view.
    pub const GLOSSARY: Part = Part(GLOSSARY_PART as u8);
    /// The teacher's guide's activities and lesson paths, and its own and the citations' words.
    pub const GUIDE: Part = Part(GUIDE_PART as u8);
    /// The countries and places, their outlines and sources.
    pub const MAP: Part = Part(MAP_PART as u8);
    /// The charts: their drawings, tables, sources and data.
    pub const FIGURES: Part = Part(FIGURES_PART as u8);
    /// The share dialog's words.
    pub const SHARE: Part = Part(SHARE_PART as u8);

    /// Every part, in index order.
    pub fn all() -> impl Iterator<Item = Part> {
        (0..PART_COUNT as u8).map(Part)
    }

    /// A quiz's own questions, by the part number the build gave them (`Quiz::parts`).
    pub fn numbered(n: u8) -> Option<Part> {
        (usize::from(n) < PART_COUNT).then_some(Part(n))
    }

    fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The part that holds the text at `index`.
    fn of(index: u32) -> Part {
        Part::all()
            .filter(|p| TEXT_BOUNDS[p.index()] <= index)
            .last()
            .unwrap_or(Part::MAIN)
    }

    /// How many texts the part's file holds.
    fn len(self) -> usize {
        (TEXT_BOUNDS[self.index() + 1] - TEXT_BOUNDS[self.index()]) as usize
    }
}

thread_local! {
    static TABLES: [[OnceCell<Table>; PART_COUNT]; Lang::ALL.len()] =
        const { [const { [const { OnceCell::new() }; PART_COUNT] }; Lang::ALL.len()] };
}

/// Why a language's text could not be loaded. The reader sees a short message in their language;
/// this detail goes to the console for whoever maintains the site.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError(pub String);

/// The text at `index` in `lang`, or "" if its part is not loaded yet (the app loads what a view
/// needs before it shows it, so a reader never sees the empty case; if one did, the console says
/// which text, and the browser tests fail on it).
// Not inlined: it is called for every text on screen, from many places, and one copy is smaller.
#[inline(never)]
pub fn get(lang: Lang, index: u32) -> &'static str {
    let part = Part::of(index);
    let Some(table) = table(lang, part) else {
        #[cfg(target_arch = "wasm32")]
        web_sys::console::error_1(
            &format!(
                "text {index} read before its part, {}, was loaded",
                file_name(lang, part)
            )
            .into(),
        );
        return "";
    };
    table
        .get((index - TEXT_BOUNDS[part.index()]) as usize)
        .copied()
        .unwrap_or_default()
}

pub fn is_loaded(lang: Lang, part: Part) -> bool {
    table(lang, part).is_some()
}

/// The file that holds this part of `lang`'s text, as the build named it.
pub fn file_name(lang: Lang, part: Part) -> &'static str {
    TEXT_FILES[lang.index()][part.index()]
}

fn table(lang: Lang, part: Part) -> Option<Table> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        // Natively (in tests) the texts are compiled in; install them on first use.
        let _ = install(
            lang,
            part,
            super::generated::EMBEDDED_TEXTS[lang.index()][part.index()].to_string(),
        );
    }
    TABLES.with(|t| t[lang.index()][part.index()].get().copied())
}

/// Splits a text file into its table. The file must hold exactly the texts this build expects:
/// a file from another version of the app is refused rather than shown with words out of place.
fn install(lang: Lang, part: Part, contents: String) -> Result<(), LoadError> {
    if TABLES.with(|t| t[lang.index()][part.index()].get().is_some()) {
        return Ok(());
    }
    // An empty file is an empty part (splitting it would give one empty text).
    let count = match contents.is_empty() && part.len() == 0 {
        true => 0,
        false => contents.split(TEXT_SEPARATOR).count(),
    };
    if count != part.len() {
        return Err(LoadError(format!(
            "{} holds {count} texts where this version of the app expects {}",
            file_name(lang, part),
            part.len()
        )));
    }
    // Loaded once per language and kept for the page's life, so leaking gives `'static` texts
    // that the static content structures can hand out like the rest of their data.
    let contents: &'static str = Box::leak(contents.into_boxed_str());
    let table: Table = Box::leak(contents.split(TEXT_SEPARATOR).collect());
    TABLES.with(|t| {
        let _ = t[lang.index()][part.index()].set(table);
    });
    Ok(())
}

/// Makes this part of `lang`'s text available: from the page itself in the single-file edition,
/// otherwise from `text/<file>` next to the page.
#[cfg(target_arch = "wasm32")]
pub async fn load(lang: Lang, part: Part) -> Result<(), LoadError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    if is_loaded(lang, part) {
        return Ok(());
    }
    let name = file_name(lang, part);
    let failed = |what: &str, e: wasm_bindgen::JsValue| {
        let detail = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| e.as_string())
            .unwrap_or_default();
        LoadError(format!("{what} text/{name}: {detail}"))
    };
    let inline = leptos::prelude::document()
        .get_element_by_id(&format!("text-{name}"))
        .and_then(|el| el.text_content());
    let contents = match inline {
        Some(json) => js_sys::JSON::parse(&json)
            .map_err(|e| failed("cannot read the inline", e))?
            .as_string()
            .ok_or_else(|| LoadError(format!("the inline text-{name} is not a JSON string")))?,
        None => {
            let window = leptos::prelude::window();
            let response: web_sys::Response =
                JsFuture::from(window.fetch_with_str(&format!("text/{name}")))
                    .await
                    .map_err(|e| failed("cannot fetch", e))?
                    .dyn_into()
                    .map_err(|e| failed("no response for", e))?;
            if !response.ok() {
                return Err(LoadError(format!(
                    "text/{name}: HTTP {}",
                    response.status()
                )));
            }
            let body = response.text().map_err(|e| failed("cannot read", e))?;
            JsFuture::from(body)
                .await
                .map_err(|e| failed("cannot read", e))?
                .as_string()
                .ok_or_else(|| LoadError(format!("text/{name} is not text")))?
        }
    };
    install(lang, part, contents)
}

/// Natively every language is compiled in.
#[cfg(not(target_arch = "wasm32"))]
pub async fn load(lang: Lang, part: Part) -> Result<(), LoadError> {
    table(lang, part)
        .map(|_| ())
        .ok_or_else(|| LoadError(format!("no text for {}", lang.code())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_is_complete() {
        for lang in Lang::ALL {
            let mut count = 0;
            for part in Part::all() {
                assert!(is_loaded(lang, part));
                assert_eq!(table(lang, part).unwrap().len(), part.len());
                count += part.len();
            }
            assert_eq!(count, TEXT_BOUNDS[PART_COUNT] as usize);
        }
    }

    #[test]
    fn each_view_finds_its_words_in_its_part() {
        let q = crate::content::QUIZZES[0].questions[0];
        // A question's words are in its quiz's own part; the quiz's title in the list's.
        let quiz = &crate::content::QUIZZES[0];
        assert_eq!(Part::of(q.prompt.0), Part::numbered(quiz.parts[0]).unwrap());
        assert_eq!(Part::of(quiz.title.0), Part::QUIZZES);
        assert_ne!(
            Part::of(q.prompt.0),
            Part::of(crate::content::QUIZZES[1].questions[0].prompt.0)
        );
        assert_eq!(Part::of(crate::content::COUNTRIES[0].name.0), Part::MAP);
        // Each part named for a view holds that view's words, wherever the quizzes end.
        let term = crate::content::GLOSSARY[0].name();
        assert_eq!(Part::of(term.0), Part::GLOSSARY);
        assert_eq!(Part::of(crate::content::PLACES[0].name.0), Part::MAP);
        assert_eq!(Part::of(crate::content::TIMELINE[0].text.0), Part::TIMELINE);
        assert_eq!(Part::of(crate::content::ACTIVITIES[0].title.0), Part::GUIDE);
        assert_eq!(
            Part::of(crate::content::AIMS[0].objectives[0].0),
            Part::SECTIONS
        );
        let first = &crate::content::sections(Lang::En)[0];
        assert_eq!(Part::of(first.title.0), Part::MAIN);
        assert_eq!(Part::of(0), Part::MAIN);
        assert_eq!(Part::of(TEXT_BOUNDS[PART_COUNT] - 1), Part::SHARE);
        assert_eq!(
            Part::of(crate::content::FIGURES[0].chart_html.0),
            Part::FIGURES
        );
    }

    #[test]
    fn a_file_from_another_version_is_refused() {
        // Install into a language slot only after checking, so a bad file never half-loads. The
        // native tables are already installed, so check the count rule on a fresh thread.
        std::thread::spawn(|| {
            let err = install(Lang::Fr, Part::MAP, "one\u{1F}two".into()).unwrap_err();
            assert!(err.0.contains("holds 2 texts"), "{err:?}");
            assert!(TABLES.with(|t| t[Lang::Fr.index()][Part::MAP.index()].get().is_none()));
        })
        .join()
        .unwrap();
    }

    #[test]
    fn texts_are_where_the_structures_point() {
        let crisis = super::super::section(Lang::Fr, "crisis-2012").expect("the 2012 crisis");
        assert!(crisis.title.get(Lang::Fr).starts_with("La crise de 2012"));
        assert_eq!(
            crisis.title.get(Lang::En),
            "",
            "a French section's texts are French"
        );
        let event = &super::super::TIMELINE[0];
        assert!(!event.text.get(Lang::En).is_empty());
        assert_ne!(event.text.get(Lang::En), event.text.get(Lang::Fr));
    }
}
