//! Languages and the interface's words.
//!
//! The words are content (`content/words/<part>/<group>.toml`): the build checks them and ships each
//! language's in the part of the text that comes with the view that shows them, so the app carries
//! none of them and a reader downloads their own language only. The build also writes a method per
//! word (`strings().quiz().check()`), so a word the catalogue lacks does not compile.

use crate::content::text::get;
use crate::url_state::Missing;

pub use crate::lang::Lang;

/// The interface's words of a language.
pub trait Localize {
    fn strings(self) -> Strings;
}

impl Localize for Lang {
    fn strings(self) -> Strings {
        Strings(self)
    }
}

/// The interface's words in one language. Each is in a part of that language's text (see
/// `content/words/`); a view loads its parts before it shows, as it does for its content.
#[derive(Clone, Copy)]
pub struct Strings(Lang);

include!(concat!(env!("OUT_DIR"), "/words.rs"));

impl Strings {
    /// What an address named that is not here: a section, a quiz, a place on the map, a chart.
    pub fn not_found(self, missing: &Missing) -> String {
        match missing {
            Missing::Section(id) => self.not_found_section(id),
            Missing::Quiz(id) => self.not_found_quiz(id),
            Missing::Place(id) => self.not_found_place(id),
            Missing::Chart(id) => self.not_found_chart(id),
            Missing::Term(id) => self.not_found_term(id),
        }
    }

    /// ": " in English, " : " in French typography.
    pub fn colon(self) -> &'static str {
        self.0.colon()
    }
}

impl QuizStrings {
    /// The score so far, counted against what has been answered until every question has been.
    pub fn score_line(self, right: usize, answered: usize, total: usize) -> String {
        match answered {
            0 => self.score_none().to_string(),
            a if a == total => self.score_all(right, total),
            a => self.score_some(right, a),
        }
    }
}

impl GlossaryStrings {
    /// How many terms the filter leaves, announced as it changes.
    pub fn count(self, n: usize) -> String {
        match n {
            0 => self.count_none().to_string(),
            1 => self.count_one().to_string(),
            n => self.count_many(n),
        }
    }
}

/// A template's text with `{0}`, `{1}`… replaced by the arguments (the build numbered them and
/// checked that each is used).
// Not inlined: one copy serves every template.
#[inline(never)]
fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c);
        let arg = rest[open + 1..close]
            .parse::<usize>()
            .ok()
            .and_then(|i| args.get(i));
        if let Some(arg) = arg {
            use std::fmt::Write;
            let _ = write!(out, "{arg}");
        }
        rest = rest.get(close + 1..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

const LANG_KEY: &str = "sahel-explainer.lang";

/// The language to use when the address names none: the reader's last choice, else the browser's
/// preference, else English.
pub fn preferred_lang() -> Lang {
    crate::storage::get(LANG_KEY)
        .and_then(|code| Lang::from_code(&code))
        .or_else(|| {
            let languages = web_sys::window()?.navigator().languages();
            let tags: Vec<String> = languages.iter().filter_map(|v| v.as_string()).collect();
            Lang::from_preferences(tags.iter().map(String::as_str))
        })
        .unwrap_or_default()
}

pub fn remember_lang(lang: Lang) {
    crate::storage::set(LANG_KEY, lang.code());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Actor, Level};

    #[test]
    fn templates_take_their_arguments_in_each_language() {
        assert_eq!(
            Lang::En.strings().timeline().showing_events(3, 60),
            "Showing 3 of 60 events"
        );
        // French puts them in another order.
        assert_eq!(
            Lang::Fr.strings().timeline().showing_events(3, 60),
            "3 événements affichés sur 60"
        );
        assert_eq!(fill("{1}, {0}{", &[&"a", &"b"]), "b, a");
    }

    #[test]
    fn the_score_line_counts_what_was_answered() {
        let q = Lang::En.strings().quiz();
        assert_eq!(q.score_line(0, 0, 10), "No answers yet.");
        assert_eq!(q.score_line(3, 4, 10), "Score: 3 right out of 4 answered.");
        assert_eq!(q.score_line(7, 10, 10), "Score: 7 right out of 10.");
        assert_eq!(
            Lang::Fr.strings().quiz().score_line(7, 10, 10),
            "Score\u{202F}: 7 bonnes réponses sur 10."
        );
    }

    #[test]
    fn words_per_vocabulary_value_follow_its_order() {
        let t = Lang::En.strings().timeline();
        assert_eq!(t.actor_names(Actor::Un), "United Nations");
        assert_eq!(
            t.actor_names(Actor::Regional),
            "Regional states and alliances"
        );
        assert_eq!(
            Lang::Fr.strings().quiz().level_names(Level::Evaluate),
            "Évaluer"
        );
    }

    #[test]
    fn words_before_the_text_arrives_are_built_in() {
        // Nothing loaded on this thread yet would show "" for a word from a text part; the words
        // shown while a language loads must not depend on it.
        std::thread::spawn(|| {
            assert_eq!(
                Lang::Fr.strings().lang_loading(),
                "Chargement de la version française…"
            );
            assert_eq!(Lang::En.strings().try_again(), "Try again");
        })
        .join()
        .unwrap();
    }

    #[test]
    fn an_address_that_names_nothing_is_explained() {
        assert_eq!(
            Lang::En.strings().not_found(&Missing::Quiz("x".into())),
            "No quiz is called “x”: here are all the quizzes."
        );
    }

    #[test]
    fn language_codes_match_the_content() {
        for lang in Lang::ALL {
            assert_eq!(crate::content::LANG_CODES[lang.index()], lang.code());
        }
        assert_eq!(Lang::En.code(), "en");
        assert_eq!(Lang::Fr.code(), "fr");
    }

    #[test]
    fn browser_preferences_pick_the_first_supported_language() {
        assert_eq!(Lang::from_preferences(["fr-ML", "en"]), Some(Lang::Fr));
        assert_eq!(Lang::from_preferences(["de-DE", "EN-gb"]), Some(Lang::En));
        assert_eq!(Lang::from_preferences(["bm", "de"]), None);
        assert_eq!(Lang::from_preferences([""]), None);
    }
}
