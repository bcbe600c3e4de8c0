//! The words of the content, one file per language beside the wasm (`text/<lang>-<hash>.txt`).
//!
//! The wasm carries the content's structure (ids, dates, links, map shapes) and only an index for
//! each text, so a reader downloads the words of their own language and no other: French readers
//! do not pay for English, and English readers never fetch French unless they switch.
//!
//! The single-file edition carries the files inline (`<script type="application/json"
//! id="text-<name>">`), because a page opened from disk cannot fetch.

use std::cell::OnceCell;

use super::generated::{TEXT_COUNT, TEXT_FILES, TEXT_SEPARATOR};
use crate::i18n::Lang;

type Table = &'static [&'static str];

thread_local! {
    static TABLES: [OnceCell<Table>; Lang::ALL.len()] = const { [OnceCell::new(), OnceCell::new()] };
}

/// Why a language's text could not be loaded. The reader sees a short message in their language;
/// this detail goes to the console for whoever maintains the site.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError(pub String);

/// The text at `index` in `lang`, or "" if that language is not loaded yet (the app loads a
/// language before it shows it, so a reader never sees the empty case).
// Not inlined: it is called for every text on screen, from many places, and one copy is smaller.
#[inline(never)]
pub fn get(lang: Lang, index: u32) -> &'static str {
    table(lang)
        .and_then(|t| t.get(index as usize).copied())
        .unwrap_or_default()
}

pub fn is_loaded(lang: Lang) -> bool {
    table(lang).is_some()
}

/// The file that holds `lang`'s text, as the build named it.
pub fn file_name(lang: Lang) -> &'static str {
    TEXT_FILES[lang.index()]
}

fn table(lang: Lang) -> Option<Table> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        // Natively (in tests) the texts are compiled in; install them on first use.
        let _ = install(
            lang,
            super::generated::EMBEDDED_TEXTS[lang.index()].to_string(),
        );
    }
    TABLES.with(|t| t[lang.index()].get().copied())
}

/// Splits a text file into its table. The file must hold exactly the texts this build expects:
/// a file from another version of the app is refused rather than shown with words out of place.
fn install(lang: Lang, contents: String) -> Result<(), LoadError> {
    if TABLES.with(|t| t[lang.index()].get().is_some()) {
        return Ok(());
    }
    let count = contents.split(TEXT_SEPARATOR).count();
    if count != TEXT_COUNT {
        return Err(LoadError(format!(
            "{} holds {count} texts where this version of the app expects {TEXT_COUNT}",
            file_name(lang)
        )));
    }
    // Loaded once per language and kept for the page's life, so leaking gives `'static` texts
    // that the static content structures can hand out like the rest of their data.
    let contents: &'static str = Box::leak(contents.into_boxed_str());
    let table: Table = Box::leak(contents.split(TEXT_SEPARATOR).collect());
    TABLES.with(|t| {
        let _ = t[lang.index()].set(table);
    });
    Ok(())
}

/// Makes `lang`'s text available: from the page itself in the single-file edition, otherwise
/// from `text/<file>` next to the page.
#[cfg(target_arch = "wasm32")]
pub async fn load(lang: Lang) -> Result<(), LoadError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    if is_loaded(lang) {
        return Ok(());
    }
    let name = file_name(lang);
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
    install(lang, contents)
}

/// Natively every language is compiled in.
#[cfg(not(target_arch = "wasm32"))]
pub async fn load(lang: Lang) -> Result<(), LoadError> {
    table(lang)
        .map(|_| ())
        .ok_or_else(|| LoadError(format!("no text for {}", lang.code())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_is_complete() {
        for lang in Lang::ALL {
            assert!(is_loaded(lang));
            assert_eq!(table(lang).unwrap().len(), TEXT_COUNT);
        }
    }

    #[test]
    fn a_file_from_another_version_is_refused() {
        // Install into a language slot only after checking, so a bad file never half-loads. The
        // native tables are already installed, so check the count rule on a fresh thread.
        std::thread::spawn(|| {
            let err = install(Lang::Fr, "one\u{1F}two".into()).unwrap_err();
            assert!(err.0.contains("holds 2 texts"), "{err:?}");
            assert!(TABLES.with(|t| t[Lang::Fr.index()].get().is_none()));
        })
        .join()
        .unwrap();
    }

    #[test]
    fn texts_are_where_the_structures_point() {
        let first = &super::super::sections(Lang::Fr)[0];
        assert!(first.title.get(Lang::Fr).starts_with("La crise de 2012"));
        assert_eq!(first.title.get(Lang::En), "");
        let event = &super::super::TIMELINE[0];
        assert!(!event.text.get(Lang::En).is_empty());
        assert_ne!(event.text.get(Lang::En), event.text.get(Lang::Fr));
    }
}
