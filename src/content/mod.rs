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
    BACKGROUND_SHAPES, COUNTRIES, FIGURES, GLOSSARY, LANG_CODES, MAP_SIZE, PLACES, QUIZZES,
    TIMELINE,
};
// The classroom layer: the content's date, objectives and questions, the teacher's guide.
pub use generated::{ACTIVITIES, AIMS, CHECKED, CHECKED_TEXT, LESSON_PATHS};

/// The chart with this id.
pub fn figure(id: &str) -> Option<&'static Figure> {
    FIGURES.iter().find(|f| f.id == id)
}

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

/// A section's learning objectives and discussion questions.
pub fn aims(section: &str) -> Option<&'static Aims> {
    AIMS.iter().find(|a| a.id == section)
}

pub fn quiz(id: &str) -> Option<&'static Quiz> {
    QUIZZES.iter().find(|q| q.id == id)
}

pub fn term(id: &str) -> Option<&'static Term> {
    GLOSSARY.iter().find(|t| t.id == id)
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

    #[test]
    fn actor_codes_round_trip() {
        for a in Actor::ALL {
            assert_eq!(Actor::from_code(a.code()), Some(a));
        }
        assert_eq!(Actor::from_code("nato"), None);
    }

    /// Links in section bodies are written at build time; each must open the section, the chart,
    /// or the glossary term (from a marked term's definition) it names.
    #[test]
    fn links_in_bodies_open_their_sections_charts_and_terms() {
        let (mut sections_found, mut charts, mut terms_found) = (0, 0, 0);
        for lang in Lang::ALL {
            for s in sections(lang) {
                let body = s.body_html.get(lang);
                for (i, _) in body.match_indices("href=\"#") {
                    let href = &body[i + 6..];
                    let href = href[..href.find('"').unwrap()].replace("&amp;", "&");
                    let state = crate::url_state::UrlState::parse(&href);
                    match (state.section, state.chart, state.term) {
                        (Some(_), None, None) => sections_found += 1,
                        (None, Some(_), None) => charts += 1,
                        (None, None, Some(_)) => terms_found += 1,
                        _ => panic!("{} links to {href}", s.id),
                    }
                }
            }
        }
        assert!(sections_found > 0);
        assert_eq!(
            charts,
            FIGURES.len() * Lang::ALL.len(),
            "each chart, from its section"
        );
        assert!(
            terms_found >= GLOSSARY.len(),
            "every term is marked somewhere"
        );
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
