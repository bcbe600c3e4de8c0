//! The one place that reads and writes the page's address. Every state a reader may want to share
//! lives in the fragment, so links work from any sub-path, from `file://` and with no server rewrites:
//!
//! ```text
//! #section=minusma-mandate          the sections view with that section open and in view
//! #view=timeline&actors=un,mali     the timeline, showing only those actors' events
//! #view=quiz                        the list of quizzes
//! #quiz=minusma&q=3                 a quiz, at its third question
//! #view=map&select=gao&layers=minusma,g5-sahel&year=2019   the map, with a place selected
//! #view=figures&chart=strength      the charts, with that chart shown
//! #glossary=jnim                    the glossary, at that term
//! #view=guide                       the teacher's guide
//! ```
//!
//! Keys: `view` (`sections`, the default, `timeline`, `quiz`, `map`, `figures`, `glossary` or
//! `guide`), `chart` (a chart id), `section` (a section id), `quiz` (a
//! quiz id), `q` (a question number in that quiz, from 1), `select` (a country or place id on the
//! map), `layers` (map layer codes separated by commas, or `none`), `year` (2012–2025), `actors` (actor
//! codes separated by commas, or `none`; absent means all), `lang` (`en` or `fr`; absent means the
//! reader's remembered or browser language), `teacher=1` (quizzes show their answer key), `glossary`
//! (a term id: the glossary view, at that term; `view=glossary` opens it at the top). Embed mode
//! is `?embed=1` in the query ([`embed_requested`]). Unknown keys and values are ignored, so an old or
//! mistyped link still opens the start view instead of an error.

use leptos::prelude::*;

use crate::content::{self, Actor, Layer};
use crate::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Sections,
    Timeline,
    Quiz,
    Map,
    Figures,
    Glossary,
    /// The teacher's guide.
    Guide,
}

impl View {
    fn code(self) -> &'static str {
        match self {
            View::Sections => "sections",
            View::Timeline => "timeline",
            View::Quiz => "quiz",
            View::Map => "map",
            View::Figures => "figures",
            View::Glossary => "glossary",
            View::Guide => "guide",
        }
    }
}

/// Something an address named that the explainer does not have (a mistyped or an old link), kept
/// as written so the page can say what was not found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Missing {
    Section(String),
    Quiz(String),
    Place(String),
    Chart(String),
    Term(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UrlState {
    pub view: View,
    /// The section to show open and scrolled into view.
    pub section: Option<&'static str>,
    /// The quiz being taken, and the question shown (from 1; `None` for the start or results).
    pub quiz: Option<&'static str>,
    pub question: Option<usize>,
    /// The chart shown in the Figures view; `None` shows the first.
    pub chart: Option<&'static str>,
    /// The country or place selected on the map.
    pub select: Option<&'static str>,
    /// Map layers shown, in `Layer::ALL` order; `None` means the default set.
    pub layers: Option<Vec<Layer>>,
    /// The year the map shows; `None` means the default year.
    pub year: Option<u16>,
    /// Timeline filter, in `Actor::ALL` order; `None` shows every actor.
    pub actors: Option<Vec<Actor>>,
    /// The language the link asks for, if any.
    pub lang: Option<Lang>,
    /// Teacher view: quizzes show their answer key.
    pub teacher: bool,
    /// The glossary term to show.
    pub term: Option<&'static str>,
}

impl UrlState {
    /// Reads a fragment (with or without its leading `#`).
    pub fn parse(fragment: &str) -> UrlState {
        UrlState::parse_reporting(fragment).0
    }

    /// Reads a fragment, and what it named that the explainer does not have: a mistyped or old
    /// link opens the nearest view (the quiz list for a quiz, the map for a place), which says so.
    pub fn parse_reporting(fragment: &str) -> (UrlState, Option<Missing>) {
        let mut state = UrlState::default();
        let mut missing = None;
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        for pair in fragment.split('&') {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            match key {
                "view" => match value {
                    "sections" => state.view = View::Sections,
                    "timeline" => state.view = View::Timeline,
                    "quiz" => state.view = View::Quiz,
                    "map" => state.view = View::Map,
                    "figures" => state.view = View::Figures,
                    "glossary" => state.view = View::Glossary,
                    "guide" => state.view = View::Guide,
                    _ => {}
                },
                "section" => {
                    state.section = content::sections(Default::default())
                        .iter()
                        .find(|s| s.id == value)
                        .map(|s| s.id);
                    if state.section.is_none() && !value.is_empty() {
                        missing = Some(Missing::Section(value.to_string()));
                    }
                }
                "quiz" => {
                    state.quiz = content::quiz(value).map(|q| q.id);
                    if state.quiz.is_none() && !value.is_empty() {
                        state.view = View::Quiz;
                        missing = Some(Missing::Quiz(value.to_string()));
                    }
                }
                "chart" => {
                    state.chart = content::figure(value).map(|f| f.id);
                    if state.chart.is_none() && !value.is_empty() {
                        missing = Some(Missing::Chart(value.to_string()));
                    }
                    state.view = View::Figures;
                }
                "glossary" => {
                    state.term = content::term(value).map(|t| t.id);
                    if state.term.is_none() && !value.is_empty() {
                        state.view = View::Glossary;
                        missing = Some(Missing::Term(value.to_string()));
                    }
                }
                "q" => state.question = value.parse().ok().filter(|&n| n >= 1),
                "actors" => state.actors = parse_actors(value),
                "select" => {
                    state.select = content::map_item(value).map(|item| item.id());
                    if state.select.is_none() && !value.is_empty() {
                        state.view = View::Map;
                        missing = Some(Missing::Place(value.to_string()));
                    }
                }
                "layers" => {
                    let named: Vec<Layer> = value.split(',').filter_map(Layer::from_code).collect();
                    state.layers = Some(
                        Layer::ALL
                            .into_iter()
                            .filter(|l| named.contains(l))
                            .collect(),
                    );
                }
                // A year outside the map's range shows the nearest one it has.
                "year" => {
                    state.year = value
                        .parse::<u16>()
                        .ok()
                        .map(|y| y.clamp(FIRST_YEAR, LAST_YEAR))
                }
                "lang" => state.lang = Lang::from_code_any_case(value).or(state.lang),
                "teacher" => state.teacher = value == "1",
                _ => {}
            }
        }
        // The most specific key decides the view; a question number needs its quiz and must exist.
        if state.section.is_some() {
            state.view = View::Sections;
            state.quiz = None;
        } else if state.quiz.is_some() {
            state.view = View::Quiz;
        } else if state.select.is_some() {
            state.view = View::Map;
        } else if state.term.is_some() {
            state.view = View::Glossary;
        }
        if state.view != View::Glossary {
            state.term = None;
        }
        if state.view != View::Map {
            (state.select, state.layers, state.year) = (None, None, None);
        }
        if state.view != View::Figures {
            state.chart = None;
        }
        state.layers = state.layers.filter(|l| *l != DEFAULT_LAYERS);
        state.question = state.question.filter(|&n| {
            state
                .quiz
                .and_then(content::quiz)
                .is_some_and(|q| n <= q.questions.len())
        });
        state.actors = state.actors.filter(|a| a.len() < Actor::ALL.len());
        (state, missing)
    }

    /// The canonical fragment, without `#`; empty for the start view.
    pub fn to_fragment(&self) -> String {
        let mut parts = Vec::new();
        if let Some(id) = self.section {
            parts.push(format!("section={id}"));
        } else if self.view == View::Map && self.select.is_some() {
            // `select` alone names the map view.
        } else if let Some(id) = self.term.filter(|_| self.view == View::Glossary) {
            parts.push(format!("glossary={id}"));
        } else if let Some(id) = self.quiz {
            parts.push(format!("quiz={id}"));
            if let Some(n) = self.question {
                parts.push(format!("q={n}"));
            }
        } else if self.view != View::default() {
            parts.push(format!("view={}", self.view.code()));
        }
        if self.view == View::Map {
            if let Some(id) = self.select {
                parts.push(format!("select={id}"));
            }
            if let Some(layers) = &self.layers {
                let codes: Vec<&str> = layers.iter().map(|l| l.code()).collect();
                parts.push(format!(
                    "layers={}",
                    if codes.is_empty() {
                        "none".to_string()
                    } else {
                        codes.join(",")
                    }
                ));
            }
            if let Some(year) = self.year {
                parts.push(format!("year={year}"));
            }
        }
        if let Some(id) = self.chart {
            parts.push(format!("chart={id}"));
        }
        if let Some(actors) = &self.actors {
            let codes: Vec<&str> = actors.iter().map(|a| a.code()).collect();
            let value = if codes.is_empty() {
                "none".to_string()
            } else {
                codes.join(",")
            };
            parts.push(format!("actors={value}"));
        }
        if self.teacher {
            parts.push("teacher=1".to_string());
        }
        if let Some(lang) = self.lang {
            parts.push(format!("lang={}", lang.code()));
        }
        parts.join("&")
    }

    /// The `href` of a link to this state.
    pub fn href(&self) -> String {
        format!("#{}", self.to_fragment())
    }

    pub fn map_layers(&self) -> Vec<Layer> {
        self.layers
            .clone()
            .unwrap_or_else(|| DEFAULT_LAYERS.to_vec())
    }

    pub fn map_year(&self) -> u16 {
        self.year.unwrap_or(DEFAULT_YEAR)
    }

    pub fn shows_actor(&self, actor: Actor) -> bool {
        self.actors.as_ref().is_none_or(|a| a.contains(&actor))
    }

    /// The same state with `actor` shown or hidden.
    pub fn with_actor(&self, actor: Actor, shown: bool) -> UrlState {
        let actors: Vec<Actor> = Actor::ALL
            .into_iter()
            .filter(|&a| {
                if a == actor {
                    shown
                } else {
                    self.shows_actor(a)
                }
            })
            .collect();
        UrlState {
            actors: (actors.len() < Actor::ALL.len()).then_some(actors),
            ..self.clone()
        }
    }
}

/// Whether an address asks for embed mode: `embed=1` in its query (the documented form, which
/// in-page navigation never changes) or in its fragment.
pub fn embed_requested(search: &str, fragment: &str) -> bool {
    let has = |s: &str| {
        s.trim_start_matches(['?', '#'])
            .split('&')
            .any(|p| p == "embed=1")
    };
    has(search) || has(fragment)
}

/// The query without `embed=1`, for "open the full explainer" (`""` or `?…`).
pub fn query_without_embed(search: &str) -> String {
    let kept: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && *p != "embed=1")
        .collect();
    if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    }
}

pub use sahel_vocab::{FIRST_YEAR, LAST_YEAR};
/// The map opens on a year when most of the story's actors were in place.
pub const DEFAULT_YEAR: u16 = 2017;
pub const DEFAULT_LAYERS: [Layer; 2] = [Layer::G5Sahel, Layer::Minusma];

/// `none`, or the known actors named; `None` (every actor) when the value names none of them, so
/// a mistyped link shows the whole timeline rather than an empty one.
fn parse_actors(value: &str) -> Option<Vec<Actor>> {
    if value == "none" {
        return Some(Vec::new());
    }
    let named: Vec<Actor> = value.split(',').filter_map(Actor::from_code).collect();
    (!named.is_empty()).then(|| {
        Actor::ALL
            .into_iter()
            .filter(|a| named.contains(a))
            .collect()
    })
}

/// Shared by every view through context.
#[derive(Clone, Copy)]
pub struct UrlContext {
    pub state: RwSignal<UrlState>,
    /// What the address last arrived at named and the explainer does not have, if anything.
    pub missing: RwSignal<Option<Missing>>,
    /// Bumped when the address changed from outside (page load, a link, back/forward), which is when a
    /// view should bring its target into view; changes the app makes itself do not bump it.
    pub arrivals: RwSignal<u32>,
    /// The last arrival a view has acted on, so a view rebuilt later (say, in another language) does
    /// not act on it again.
    handled: StoredValue<u32>,
}

/// How a change enters the browser history.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum HistoryMode {
    /// A new step the back button returns from (changing view).
    Push,
    /// The same step, refined (opening a section, filtering).
    Replace,
}

impl UrlContext {
    /// Shares `state` through context, as the address of a page that does not change: what the
    /// build renders the start view with.
    pub fn provide_fixed(state: UrlState) -> UrlContext {
        let ctx = UrlContext {
            state: RwSignal::new(state),
            missing: RwSignal::new(None),
            arrivals: RwSignal::new(1),
            handled: StoredValue::new(0),
        };
        provide_context(ctx);
        ctx
    }

    /// Reads the address, follows its changes, and shares the result through context.
    pub fn provide() -> UrlContext {
        let (state, missing) = UrlState::parse_reporting(&current_hash());
        let ctx = UrlContext::provide_fixed(state);
        ctx.missing.set(missing);
        let on_change = move || {
            let (mut parsed, missing) = UrlState::parse_reporting(&current_hash());
            ctx.missing.set(missing);
            // A link inside the page (`#section=…`) says nothing of language: keep the one in use, and
            // put it back in the address so that a copied link still opens in that language.
            if parsed.lang.is_none() {
                if let Some(lang) = ctx.state.with_untracked(|s| s.lang) {
                    parsed.lang = Some(lang);
                    write_hash(&parsed.to_fragment(), HistoryMode::Replace);
                }
            }
            let current = ctx.state.get_untracked();
            if parsed != current {
                // A change of language alone is not a new place to bring into view.
                let moved = UrlState {
                    lang: current.lang,
                    ..parsed.clone()
                } != current;
                ctx.state.set(parsed);
                if moved {
                    ctx.arrivals.update(|n| *n += 1);
                }
            }
        };
        // Both, because browsers differ in which one a history step fires; the comparison dedupes.
        window_event_listener(leptos::ev::hashchange, move |_| on_change());
        window_event_listener(leptos::ev::popstate, move |_| on_change());
        ctx
    }

    /// Whether there is an arrival no view has acted on yet; tracks `arrivals`, and marks it handled.
    pub fn take_arrival(&self) -> bool {
        let current = self.arrivals.get();
        let fresh = self.handled.get_value() != current;
        self.handled.set_value(current);
        fresh
    }

    pub fn get() -> UrlContext {
        expect_context::<UrlContext>()
    }

    /// Makes `next` the current state and writes it to the address.
    pub fn navigate(&self, next: UrlState, mode: HistoryMode) {
        if next == self.state.get_untracked() {
            return;
        }
        write_hash(&next.to_fragment(), mode);
        self.missing.set(None);
        self.state.set(next);
    }
}

/// The language the address asks for, if any, read before the app starts.
pub fn lang_in_address() -> Option<Lang> {
    UrlState::parse(&current_hash()).lang
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Writes the fragment without firing `hashchange`. Some sandboxed frames refuse the History API:
/// then the address simply stays as it was, which loses a shareable link but never the page.
fn write_hash(fragment: &str, mode: HistoryMode) {
    let window = window();
    let location = window.location();
    let url = if fragment.is_empty() {
        // An empty fragment would leave a bare `#`; the path and query alone give a clean address.
        format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        )
    } else {
        format!("#{fragment}")
    };
    let Ok(history) = window.history() else {
        return;
    };
    let _ = match mode {
        HistoryMode::Push => {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        }
        HistoryMode::Replace => {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_section() -> &'static str {
        content::sections(Default::default())[0].id
    }

    #[test]
    fn empty_and_unknown_fragments_give_the_start_view() {
        for f in [
            "",
            "#",
            "#nonsense",
            "#view=atlas",
            "#section=no-such-section",
            "#a=b&&c",
            "#=x",
            "#%ZZ",
            "#main",
            "#lang=de",
        ] {
            assert_eq!(UrlState::parse(f), UrlState::default(), "{f}");
        }
    }

    #[test]
    fn a_section_link_opens_the_sections_view() {
        let id = first_section();
        let s = UrlState::parse(&format!("#view=timeline&section={id}"));
        assert_eq!(s.view, View::Sections);
        assert_eq!(s.section, Some(id));
        assert_eq!(s.to_fragment(), format!("section={id}"));
    }

    #[test]
    fn actor_filter_is_canonical() {
        let s = UrlState::parse("#view=timeline&actors=mali,un,bogus,un");
        assert_eq!(s.actors, Some(vec![Actor::Un, Actor::Mali]));
        assert_eq!(s.to_fragment(), "view=timeline&actors=un,mali");
        let all = Actor::ALL.map(Actor::code).join(",");
        assert_eq!(
            UrlState::parse(&format!("view=timeline&actors={all}")).actors,
            None
        );
        assert_eq!(
            UrlState::parse("view=timeline&actors=none").actors,
            Some(vec![])
        );
        // Unknown values are ignored: the whole timeline, not an empty one.
        assert_eq!(UrlState::parse("view=timeline&actors=xyz").actors, None);
    }

    #[test]
    fn the_teachers_guide_has_its_own_address() {
        let s = UrlState::parse("#view=guide&lang=fr");
        assert_eq!((s.view, s.lang), (View::Guide, Some(Lang::Fr)));
        assert_eq!(s.to_fragment(), "view=guide&lang=fr");
    }

    #[test]
    fn quiz_links() {
        let quiz = content::QUIZZES[0].id;
        let s = UrlState::parse(&format!("#quiz={quiz}&q=2"));
        assert_eq!(
            (s.view, s.quiz, s.question),
            (View::Quiz, Some(quiz), Some(2))
        );
        assert_eq!(s.to_fragment(), format!("quiz={quiz}&q=2"));
        assert_eq!(
            UrlState::parse(&format!("#quiz={quiz}&q=999")).question,
            None
        );
        assert_eq!(UrlState::parse(&format!("#quiz={quiz}&q=0")).question, None);
        assert_eq!(
            UrlState::parse("#q=2").question,
            None,
            "a question number needs its quiz"
        );
        // An unknown quiz opens the list of quizzes (it used to open the start view).
        assert_eq!(UrlState::parse("#quiz=nope").view, View::Quiz);
        assert_eq!(UrlState::parse("#view=quiz").to_fragment(), "view=quiz");
        for (i, _) in content::QUIZZES[0].questions.iter().enumerate() {
            let st = UrlState {
                view: View::Quiz,
                quiz: Some(quiz),
                question: Some(i + 1),
                ..Default::default()
            };
            assert_eq!(UrlState::parse(&st.href()), st);
        }
    }

    #[test]
    fn embed_mode_in_query_or_fragment() {
        assert!(embed_requested("?embed=1", ""));
        assert!(embed_requested("?x=2&embed=1", "#view=map"));
        assert!(embed_requested("", "#view=timeline&embed=1"));
        assert!(!embed_requested("?embed=0", "#embed=yes"));
        assert!(!embed_requested("?notembed=1", ""));
        assert_eq!(query_without_embed("?embed=1"), "");
        assert_eq!(query_without_embed("?a=1&embed=1&b=2"), "?a=1&b=2");
        // Embed mode is not part of the fragment the app writes.
        assert_eq!(
            UrlState::parse("#view=timeline&embed=1").to_fragment(),
            "view=timeline"
        );
    }

    #[test]
    fn what_an_address_names_and_is_not_here_is_reported() {
        let (s, missing) = UrlState::parse_reporting("#quiz=nope");
        assert_eq!(
            (s.view, s.quiz),
            (View::Quiz, None),
            "the quiz list, not the start view"
        );
        assert_eq!(missing, Some(Missing::Quiz("nope".into())));
        let (s, missing) = UrlState::parse_reporting("#select=atlantis");
        assert_eq!(
            (s.view, missing),
            (View::Map, Some(Missing::Place("atlantis".into())))
        );
        let (s, missing) = UrlState::parse_reporting("#section=nowhere");
        assert_eq!(
            (s.view, missing),
            (View::Sections, Some(Missing::Section("nowhere".into())))
        );
        assert_eq!(UrlState::parse_reporting("#section=").1, None);
        assert_eq!(
            UrlState::parse_reporting(&format!("#section={}", first_section())).1,
            None
        );
    }

    #[test]
    fn chart_links() {
        let id = content::FIGURES[0].id;
        let s = UrlState::parse(&format!("#view=figures&chart={id}"));
        assert_eq!((s.view, s.chart), (View::Figures, Some(id)));
        assert_eq!(s.to_fragment(), format!("view=figures&chart={id}"));
        assert_eq!(UrlState::parse(&s.href()), s);
        // `chart` alone names the view; another view's key does not keep it.
        assert_eq!(UrlState::parse(&format!("#chart={id}")).view, View::Figures);
        assert_eq!(
            UrlState::parse("#view=figures").to_fragment(),
            "view=figures"
        );
        let section = first_section();
        let s = UrlState::parse(&format!("#chart={id}&section={section}"));
        assert_eq!((s.view, s.chart), (View::Sections, None));
        // An unknown chart opens the Figures view, which says what was not found.
        let (s, missing) = UrlState::parse_reporting("#view=figures&chart=nope");
        assert_eq!((s.view, s.chart), (View::Figures, None));
        assert_eq!(missing, Some(Missing::Chart("nope".into())));
        for f in content::FIGURES {
            let st = UrlState {
                view: View::Figures,
                chart: Some(f.id),
                ..Default::default()
            };
            assert_eq!(UrlState::parse(&st.href()), st);
        }
    }

    #[test]
    fn a_language_in_capitals_is_still_that_language() {
        // The start view's script reads `#lang=FR` as French; the app must agree with it.
        assert_eq!(UrlState::parse("#lang=FR").lang, Some(Lang::Fr));
        assert_eq!(
            UrlState::parse("#view=map&lang=Fr").to_fragment(),
            "view=map&lang=fr"
        );
    }

    #[test]
    fn map_links() {
        let s = UrlState::parse("#select=gao&layers=minusma,aes,bogus&year=2019");
        assert_eq!(s.view, View::Map);
        assert_eq!(s.select, Some("gao"));
        assert_eq!(s.layers, Some(vec![Layer::Aes, Layer::Minusma]));
        assert_eq!(s.to_fragment(), "select=gao&layers=aes,minusma&year=2019");
        // A year the map does not have shows the nearest it has (it used to fall back to 2017).
        assert_eq!(
            UrlState::parse("#view=map&year=1900").year,
            Some(FIRST_YEAR)
        );
        assert_eq!(UrlState::parse("#view=map&year=2099").year, Some(LAST_YEAR));
        assert_eq!(UrlState::parse("#view=map&year=soon").year, None);
        assert_eq!(
            UrlState::parse("#view=map&layers=none").map_layers(),
            vec![]
        );
        assert_eq!(
            UrlState::parse("#view=map&layers=g5-sahel,minusma").layers,
            None,
            "the default set is implied"
        );
        assert_eq!(UrlState::parse("#view=map&select=atlantis").select, None);
        assert_eq!(
            UrlState::parse("#view=timeline&year=2019").year,
            None,
            "map keys belong to the map"
        );
        for layers in [None, Some(vec![]), Some(vec![Layer::Ecowas, Layer::Eutm])] {
            for select in [None, Some("mli"), Some("kidal")] {
                let st = UrlState {
                    view: View::Map,
                    select,
                    layers: layers.clone(),
                    year: Some(2013),
                    ..Default::default()
                };
                assert_eq!(UrlState::parse(&st.href()), st);
            }
        }
    }

    #[test]
    fn glossary_links() {
        let term = content::GLOSSARY[0].id;
        let s = UrlState::parse(&format!("#glossary={term}&lang=fr"));
        assert_eq!((s.view, s.term), (View::Glossary, Some(term)));
        assert_eq!(s.to_fragment(), format!("glossary={term}&lang=fr"));
        assert_eq!(
            UrlState::parse("#view=glossary").to_fragment(),
            "view=glossary"
        );
        let (s, missing) = UrlState::parse_reporting("#glossary=nope");
        assert_eq!(
            (s.view, s.term, missing),
            (View::Glossary, None, Some(Missing::Term("nope".into()))),
            "an unknown term opens the glossary, which says so"
        );
        // A section or a quiz named with it wins, as the more specific place.
        let section = first_section();
        let s = UrlState::parse(&format!("#glossary={term}&section={section}"));
        assert_eq!((s.view, s.term), (View::Sections, None));
        for t in content::GLOSSARY {
            let st = UrlState {
                view: View::Glossary,
                term: Some(t.id),
                ..Default::default()
            };
            assert_eq!(UrlState::parse(&st.href()), st);
        }
    }

    #[test]
    fn language_is_kept_with_the_rest() {
        let id = first_section();
        let s = UrlState::parse(&format!("#section={id}&lang=fr"));
        assert_eq!(s.lang, Some(Lang::Fr));
        assert_eq!(s.to_fragment(), format!("section={id}&lang=fr"));
        assert_eq!(UrlState::parse("#lang=xx").lang, None);
    }

    #[test]
    fn toggling_actors() {
        let s = UrlState {
            view: View::Timeline,
            ..Default::default()
        };
        let without_un = s.with_actor(Actor::Un, false);
        assert!(!without_un.shows_actor(Actor::Un));
        assert!(without_un.shows_actor(Actor::Mali));
        assert_eq!(without_un.with_actor(Actor::Un, true), s);
    }

    /// Every state the app can produce survives printing and parsing.
    #[test]
    fn round_trip_over_all_states() {
        let sections: Vec<Option<&'static str>> = std::iter::once(None)
            .chain(
                content::sections(Default::default())
                    .iter()
                    .map(|s| Some(s.id)),
            )
            .collect();
        for view in [View::Sections, View::Timeline, View::Guide] {
            for &section in &sections {
                for mask in 0u32..(1 << Actor::ALL.len()) {
                    let actors: Vec<Actor> = Actor::ALL
                        .into_iter()
                        .enumerate()
                        .filter(|(i, _)| mask & (1 << i) != 0)
                        .map(|(_, a)| a)
                        .collect();
                    for lang in [None, Some(Lang::En), Some(Lang::Fr)] {
                        let state = UrlState {
                            view: if section.is_some() {
                                View::Sections
                            } else {
                                view
                            },
                            section,
                            actors: (actors.len() < Actor::ALL.len()).then_some(actors.clone()),
                            lang,
                            quiz: None,
                            question: None,
                            select: None,
                            chart: None,
                            layers: None,
                            year: None,
                            teacher: view != View::Sections,
                            term: None,
                        };
                        assert_eq!(UrlState::parse(&state.href()), state);
                    }
                }
            }
        }
    }

    /// Arbitrary text never panics and always parses to something that prints and re-parses the same.
    #[test]
    fn parser_is_total_over_noise() {
        let alphabet = [
            "view",
            "section",
            "actors",
            "lang",
            "fr",
            "=",
            "&",
            ",",
            "timeline",
            "un",
            "%",
            "é",
            "#",
            first_section(),
            "none",
            "select",
            "gao",
            "layers",
            "year",
            "2019",
            "map",
            "glossary",
            "jnim",
        ];
        let mut seed = 0x2545_f491_u64;
        for _ in 0..20_000 {
            let mut s = String::new();
            for _ in 0..(seed % 9) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push_str(alphabet[(seed % alphabet.len() as u64) as usize]);
            }
            let parsed = UrlState::parse(&s);
            assert_eq!(UrlState::parse(&parsed.to_fragment()), parsed, "{s}");
        }
    }
}
