//! The embedded content: plain Rust over the static data the build wrote, tested natively. Only
//! `text::load` touches the web: in the browser it fetches each language's words, part by part.

mod model;
pub mod text;

pub use model::*;

mod generated {
    use super::model::*;
    include!(concat!(env!("OUT_DIR"), "/content.rs"));
}

pub use generated::{
    BACKGROUND_SHAPES, COUNTRIES, LANG_CODES, MAP_SIZE, PLACES, QUIZZES, TIMELINE,
};
// The classroom layer: the content's date, objectives and questions, the teacher's guide.
pub use generated::{ACTIVITIES, AIMS, CHECKED, CHECKED_TEXT, LESSON_PATHS};

use generated::GUIDE_WORDS;

use crate::lang::Lang;

/// The sections of `lang`, in reading order.
pub fn sections(lang: Lang) -> &'static [Section] {
    generated::SECTIONS[lang.index()]
}

pub fn section(lang: Lang, id: &str) -> Option<&'static Section> {
    sections(lang).iter().find(|s| s.id == id)
}

/// Whether `id` names a section (ids are the same in every language).
pub fn is_section(id: &str) -> bool {
    section(Lang::default(), id).is_some()
}

impl Event {
    pub fn text(&self, lang: Lang) -> &'static str {
        self.text.get(lang)
    }
}

/// A selectable thing on the map.
#[derive(Debug, Clone, Copy)]
pub enum MapItem {
    Country(&'static Country),
    Place(&'static Place),
}

impl MapItem {
    pub fn id(self) -> &'static str {
        match self {
            MapItem::Country(c) => c.id,
            MapItem::Place(p) => p.id,
        }
    }

    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            MapItem::Country(c) => c.name.get(lang),
            MapItem::Place(p) => p.name.get(lang),
        }
    }
}

pub fn map_item(id: &str) -> Option<MapItem> {
    COUNTRIES
        .iter()
        .find(|c| c.id == id)
        .map(MapItem::Country)
        .or_else(|| PLACES.iter().find(|p| p.id == id).map(MapItem::Place))
}

/// Where an event happened on the map: the first place, else the first country, that lists it.
pub fn place_of_event(event: &str) -> Option<MapItem> {
    PLACES
        .iter()
        .find(|p| p.events.contains(&event))
        .map(MapItem::Place)
        .or_else(|| {
            COUNTRIES
                .iter()
                .find(|c| c.events.contains(&event))
                .map(MapItem::Country)
        })
}

/// The teacher's guide's and the citation dialog's own words (`content/guide.toml`, `[words]`):
/// they come with the guide's part of the text, not in every reader's first download. In the order
/// of the content crate's `classroom::WORDS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    Intro,
    Print,
    BySection,
    StudentsCan,
    Quizzes,
    Activities,
    ActivitiesIntro,
    Background,
    Sources,
    Task,
    LookFor,
    Paths,
    CiteIntro,
    Copy,
}

impl Word {
    pub fn get(self, lang: Lang) -> &'static str {
        GUIDE_WORDS[self as usize].get(lang)
    }
}

/// A section's learning objectives and discussion questions.
pub fn aims(section: &str) -> Option<&'static Aims> {
    AIMS.iter().find(|a| a.id == section)
}

pub fn quiz(id: &str) -> Option<&'static Quiz> {
    QUIZZES.iter().find(|q| q.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_the_sections_of_the_first() {
        let base: Vec<&str> = sections(Lang::En).iter().map(|s| s.id).collect();
        assert!(
            base.len() >= 12,
            "at least 12 sections, found {}",
            base.len()
        );
        for lang in Lang::ALL {
            let ids: Vec<&str> = sections(lang).iter().map(|s| s.id).collect();
            assert_eq!(ids, base);
        }
    }

    #[test]
    fn timeline_covers_2012_to_2025_and_links_to_sections() {
        assert!(TIMELINE.len() >= 40);
        assert_eq!(TIMELINE.first().unwrap().date.year, 2012);
        assert_eq!(TIMELINE.last().unwrap().date.year, 2025);
        for e in TIMELINE {
            assert!(is_section(e.section), "{} -> {}", e.id, e.section);
        }
        for actor in Actor::ALL {
            assert!(
                TIMELINE.iter().any(|e| e.actor == actor),
                "no event for {actor:?}"
            );
        }
    }

    #[test]
    fn quizzes_cover_every_section() {
        let questions: Vec<&Question> = QUIZZES
            .iter()
            .flat_map(|q| q.questions.iter().copied())
            .collect();
        assert!(questions.len() >= 45);
        for s in sections(Lang::En) {
            assert!(
                questions.iter().any(|q| q.section == s.id),
                "no question on {}",
                s.id
            );
        }
    }

    /// The footer's date is the content's, written at build time in each language.
    #[test]
    fn the_content_date_reads_naturally() {
        assert_eq!(
            (CHECKED.year, CHECKED.month, CHECKED.day),
            (2026, 12, Some(1))
        );
        assert_eq!(CHECKED_TEXT.get(Lang::En), "1 December 2026");
        assert_eq!(CHECKED_TEXT.get(Lang::Fr), "1er décembre 2026");
        // Every reader sees it: it comes before the sections' bodies, in the main part.
        assert!(CHECKED_TEXT.0 < sections(Lang::En)[0].body_html.0);
    }

    /// The app names the guide's words in the order the content crate writes them.
    #[test]
    fn guide_words_are_in_order() {
        assert_eq!(
            Word::Intro.get(Lang::En).split(':').next(),
            Some("For each section")
        );
        assert_eq!(Word::Print.get(Lang::Fr), "Imprimer ce guide");
        assert_eq!(Word::Task.get(Lang::En), "Task");
        assert_eq!(Word::LookFor.get(Lang::En), "What to look for");
        assert_eq!(Word::Copy.get(Lang::Fr), "Copier");
        assert_eq!(Word::Copy as usize + 1, GUIDE_WORDS.len());
    }

    #[test]
    fn actor_codes_round_trip() {
        for a in Actor::ALL {
            assert_eq!(Actor::from_code(a.code()), Some(a));
        }
        assert_eq!(Actor::from_code("nato"), None);
    }

    /// Links in section bodies are written at build time; each must open the section it names.
    #[test]
    fn links_in_bodies_open_their_sections() {
        let mut found = 0;
        for lang in Lang::ALL {
            for s in sections(lang) {
                let body = s.body_html.get(lang);
                for (i, _) in body.match_indices("href=\"#") {
                    let href = &body[i + 6..];
                    let href = &href[..href.find('"').unwrap()];
                    let state = crate::url_state::UrlState::parse(href);
                    assert!(state.section.is_some(), "{} links to {href}", s.id);
                    found += 1;
                }
            }
        }
        assert!(found > 0);
    }

    /// Every cited work reads as a citation a teacher can reuse (who, what, when), never as a bare
    /// web address or host name, in each language; and a source in another language says so.
    #[test]
    fn sources_read_as_citations() {
        let mut refs: Vec<SourceRef> = TIMELINE.iter().map(|e| e.source).collect();
        refs.extend(
            QUIZZES
                .iter()
                .flat_map(|q| q.questions.iter().map(|q| q.source)),
        );
        refs.extend(COUNTRIES.iter().flat_map(|c| c.sources.iter().copied()));
        refs.extend(PLACES.iter().flat_map(|p| p.sources.iter().copied()));
        for lang in Lang::ALL {
            let mut citations: Vec<Citation> = refs.iter().map(|r| r.get(lang)).collect();
            citations.extend(
                sections(lang)
                    .iter()
                    .flat_map(|s| s.sources.iter().map(move |src| src.get(lang))),
            );
            for c in &citations {
                assert!(
                    c.url.starts_with("https://") || c.url.starts_with("http://"),
                    "{c:?}"
                );
                assert!(
                    !c.text.contains("://") && c.text.matches(", ").count() >= 2,
                    "{c:?}"
                );
            }
        }
        // An event, in both languages: publisher, title, date, and the language when it
        // differs from the reader's.
        let aguelhok = TIMELINE.iter().find(|e| e.id == "aguelhok").unwrap();
        let first = aguelhok.source;
        let (en, fr) = (first.get(Lang::En).text, first.get(Lang::Fr).text);
        assert_eq!(
            en,
            "RFI, \u{201C}Mali\u{202F}: exécutions sommaires à Aguelhoc, selon Paris et Bamako\u{201D}, 13 February 2012 (in French)"
        );
        assert_eq!(
            fr,
            "RFI, \u{AB}\u{A0}Mali\u{202F}: exécutions sommaires à Aguelhoc, selon Paris et Bamako\u{A0}\u{BB}, 13 février 2012"
        );
    }
}
