//! The teacher's guide (`#view=guide`): for each section its learning objectives, discussion
//! questions and the quizzes that test it; the source-analysis activities; two ready lesson paths
//! with links into the explainer; and the answer key. It prints as a handout. Its code is a part of
//! the wasm of its own, its words a part of the text of their own (`text::Part::GUIDE`).
//!
//! A long static page, so written as markup ([`crate::markup`]); the links to activities within the
//! page go through [`ActivityHandle`], since the page's address names the view, not a place in it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::content::{
    self, Activity, LessonStep, StepLink, Term, ACTIVITIES, GLOSSARY, LESSON_PATHS, QUIZZES,
};
use crate::i18n::{Lang, Localize};
use crate::markup::{closest, Markup};
use crate::ui::aims;
use crate::ui::app::ViewHeading;
use crate::ui::cite_dialog::{CiteButton, Cited};
use crate::ui::reference_links::source_items;
use crate::ui::site_header::view_label;
use crate::url_state::{UrlContext, UrlState, View};

/// An activity's place in the guide's markup, and the links to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActivityHandle(pub &'static str);

impl ActivityHandle {
    /// The attribute a link to an activity carries, naming the activity.
    const LINK_ATTR: &'static str = "data-activity";
    const LINK_SELECTOR: &'static str = "a[data-activity]";

    pub fn element_id(self) -> String {
        format!("activity-{}", self.0)
    }

    /// The activity a link within the guide points at.
    fn of_link(link: &web_sys::Element) -> Option<ActivityHandle> {
        let id = link.get_attribute(Self::LINK_ATTR)?;
        ACTIVITIES
            .iter()
            .find(|a| a.id == id)
            .map(|a| ActivityHandle(a.id))
    }
}

/// Links keep the language the reader chose.
fn href(state: UrlState, lang: Option<Lang>) -> String {
    UrlState { lang, ..state }.href()
}

/// The whole guide below its heading and tools, as markup. `chosen` is the language the address
/// names, if any, which every link keeps.
pub fn markup(lang: Lang, chosen: Option<Lang>) -> String {
    let s = lang.strings();
    let mut m = Markup::new();

    part(
        &mut m,
        "guide-sections",
        lang.strings().guide().by_section(),
    );
    for sec in content::sections(lang) {
        let Some(aims_of) = content::aims(sec.id) else {
            continue;
        };
        let section = UrlState {
            section: Some(sec.id),
            ..Default::default()
        };
        m.open("article", &[("class", "guide-section")])
            .open("h3", &[])
            .element(
                "a",
                &[("href", &href(section, chosen))],
                sec.title.get(lang),
            )
            .close("h3")
            .element("h4", &[], lang.strings().guide().students_can());
        aims::list(&mut m, lang, "ul", aims_of.objectives);
        key_terms(&mut m, lang, sec.id, chosen);
        m.element("h4", &[], s.classroom().discussion());
        aims::list(&mut m, lang, "ol", aims_of.questions);
        let quizzes: Vec<_> = QUIZZES
            .iter()
            .filter(|q| {
                q.questions
                    .iter()
                    .any(|question| question.section == sec.id)
            })
            .collect();
        if !quizzes.is_empty() {
            m.open("p", &[("class", "guide-quizzes")])
                .text(lang.strings().guide().quizzes())
                .text(s.colon());
            for (i, quiz) in quizzes.iter().enumerate() {
                if i > 0 {
                    m.text(", ");
                }
                let state = UrlState {
                    quiz: Some(quiz.id),
                    view: View::Quiz,
                    ..Default::default()
                };
                m.element("a", &[("href", &href(state, chosen))], quiz.title.get(lang));
            }
            m.close("p");
        }
        m.close("article");
    }
    m.close("section");

    part(
        &mut m,
        "guide-activities",
        lang.strings().guide().activities(),
    )
    .element("p", &[], lang.strings().guide().activities_intro());
    for a in ACTIVITIES {
        activity(&mut m, lang, chosen, a);
    }
    m.close("section");

    part(&mut m, "guide-paths", lang.strings().guide().paths());
    for path in LESSON_PATHS {
        m.open("article", &[("class", "guide-path")])
            .element("h3", &[], path.title.get(lang));
        for lesson in path.lessons {
            // A one-lesson path needs no lesson heading of its own.
            if path.lessons.len() > 1 {
                m.element("h4", &[], lesson.title.get(lang));
            }
            m.open("ol", &[("class", "guide-steps")]);
            for step in lesson.steps {
                self::step(&mut m, lang, chosen, step);
            }
            m.close("ol");
        }
        m.close("article");
    }
    m.close("section");
    m.finish()
}

fn activity(m: &mut Markup, lang: Lang, chosen: Option<Lang>, a: &Activity) {
    let handle = ActivityHandle(a.id);
    m.open(
        "article",
        &[
            ("class", "guide-activity"),
            ("id", &handle.element_id()),
            ("tabindex", "-1"),
        ],
    )
    .element("h3", &[], a.title.get(lang));
    if let Some(sec) = content::section(lang, a.section) {
        let state = UrlState {
            section: Some(sec.id),
            ..Default::default()
        };
        m.open("p", &[])
            .element("strong", &[], lang.strings().guide().background())
            .text(lang.strings().colon())
            .element("a", &[("href", &href(state, chosen))], sec.title.get(lang))
            .close("p");
    }
    m.element("h4", &[], lang.strings().guide().sources())
        .open("ul", &[]);
    source_items(m, a.sources.iter().map(|src| src.get(lang)));
    m.close("ul")
        .element("h4", &[], lang.strings().guide().task())
        .element("p", &[], a.task.get(lang))
        .element("h4", &[], lang.strings().guide().look_for())
        .element("p", &[], a.look_for.get(lang))
        .close("article");
}

/// Opens one of the guide's three parts, named by its heading.
fn part<'m>(m: &'m mut Markup, id: &str, heading: &str) -> &'m mut Markup {
    m.open(
        "section",
        &[("class", "guide-part"), ("aria-labelledby", id)],
    )
    .element("h2", &[("id", id)], heading)
}

/// The glossary terms a section marks (where each is first used in it), A to Z, each linking to
/// its entry: the words to go over before the class reads it.
fn key_terms(m: &mut Markup, lang: Lang, section: &str, chosen: Option<Lang>) {
    let mut terms: Vec<&Term> = GLOSSARY
        .iter()
        .filter(|t| t.used().get(lang).split(' ').any(|id| id == section))
        .collect();
    if terms.is_empty() {
        return;
    }
    terms.sort_by_cached_key(|t| t.name().get(lang).to_lowercase());
    let s = lang.strings();
    m.open("p", &[("class", "guide-terms")])
        .text(s.guide().key_terms())
        .text(s.colon());
    for (i, term) in terms.iter().enumerate() {
        if i > 0 {
            m.text(", ");
        }
        let state = UrlState {
            view: View::Glossary,
            term: Some(term.id),
            ..Default::default()
        };
        m.element(
            "a",
            &[("href", &href(state, chosen))],
            term.name().get(lang),
        );
    }
    m.close("p");
}
/// "10 min  Read the section…  → <where>".
fn step(m: &mut Markup, lang: Lang, chosen: Option<Lang>, step: &LessonStep) {
    m.open("li", &[])
        .element(
            "span",
            &[("class", "guide-minutes")],
            &format!("{}\u{A0}min", step.minutes),
        )
        .text(" ")
        .text(step.text.get(lang))
        .text(" ");
    let view = |view: View| UrlState {
        view,
        ..Default::default()
    };
    let (state, label) = match step.link {
        StepLink::Section(id) => (
            UrlState {
                section: Some(id),
                ..Default::default()
            },
            content::section(lang, id).map(|sec| sec.title.get(lang)),
        ),
        StepLink::Quiz(id) => (
            UrlState {
                quiz: Some(id),
                view: View::Quiz,
                ..Default::default()
            },
            content::quiz(id).map(|q| q.title.get(lang)),
        ),
        StepLink::View(code) => {
            let v = match code {
                "timeline" => View::Timeline,
                "map" => View::Map,
                _ => View::Quiz,
            };
            (view(v), Some(view_label(lang, v)))
        }
        StepLink::Activity(id) => {
            let target = ACTIVITIES.iter().find(|a| a.id == id);
            let title = target.map(|a| a.title.get(lang)).unwrap_or_default();
            m.element(
                "a",
                &[
                    ("href", &href(view(View::Guide), chosen)),
                    (ActivityHandle::LINK_ATTR, id),
                ],
                title,
            )
            .close("li");
            return;
        }
    };
    if let Some(label) = label {
        m.element("a", &[("href", &href(state, chosen))], label);
    }
    m.close("li");
}

#[component]
pub fn GuideView(lang: Lang) -> impl IntoView {
    let s = lang.strings();
    let c = &s.classroom();
    let url = UrlContext::get();
    let chosen = url.state.with_untracked(|st| st.lang);
    let answer_key = href(
        UrlState {
            view: View::Quiz,
            teacher: true,
            ..Default::default()
        },
        chosen,
    );
    // A link to an activity brings it into view, with focus, without leaving the guide.
    let on_click = move |ev: web_sys::MouseEvent| {
        let Some(target) = closest(&ev, ActivityHandle::LINK_SELECTOR)
            .and_then(|link| ActivityHandle::of_link(&link))
        else {
            return;
        };
        ev.prevent_default();
        if let Some(el) = document()
            .get_element_by_id(&target.element_id())
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            el.scroll_into_view();
            let _ = el.focus();
        }
    };
    view! {
        <div class="guide">
            <ViewHeading text=c.guide() />
            <p class="intro">{lang.strings().guide().intro()}</p>
            <div class="toolbar guide-tools">
                <button type="button" class="button" on:click=|_| { let _ = window().print(); }>
                    {lang.strings().guide().print()}
                </button>
                <CiteButton lang=lang what=Cited::Shown />
                <a class="answer-key-link" href=answer_key>{s.share().answer_key()}</a>
            </div>
            <div class="guide-body" inner_html=markup(lang, chosen) on:click=on_click></div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guide_gives_every_sections_aims_and_quizzes_in_each_language() {
        for lang in Lang::ALL {
            let html = markup(lang, Some(lang));
            for sec in content::sections(lang) {
                assert!(
                    html.contains(&format!(
                        "href=\"#section={}&amp;lang={}\"",
                        sec.id,
                        lang.code()
                    )),
                    "{}",
                    sec.id
                );
            }
            assert_eq!(
                html.matches("class=\"guide-section\"").count(),
                content::sections(lang).len()
            );
            assert!(html.matches("class=\"guide-activity\"").count() >= 5);
            for a in ACTIVITIES {
                assert!(html.contains(&format!("id=\"activity-{}\"", a.id)));
                assert!(!a.task.get(lang).is_empty() && !a.look_for.get(lang).is_empty());
            }
            // Each section lists the terms it marks, linked to their entries: AFISMA's section
            // names AFISMA, in each language's spelling, and every term is some section's.
            let afisma = &html[html.find("#section=afisma&amp;").unwrap()..];
            let afisma = &afisma[..afisma.find("</article>").unwrap()];
            let term = content::term("afisma").unwrap();
            assert!(afisma.contains(&format!(
                "href=\"#glossary=afisma&amp;lang={}\">{}</a>",
                lang.code(),
                term.name().get(lang)
            )));
            assert_eq!(
                html.matches("class=\"guide-terms\"").count(),
                content::sections(lang).len(),
                "every section marks some term"
            );
            for t in GLOSSARY {
                assert!(
                    html.contains(&format!("#glossary={}&amp;", t.id)),
                    "{}",
                    t.id
                );
            }
            // Every quiz is linked from the sections it tests.
            for quiz in QUIZZES {
                assert!(
                    html.contains(&format!("href=\"#quiz={}&amp;lang=", quiz.id)),
                    "{}",
                    quiz.id
                );
            }
        }
    }

    #[test]
    fn lesson_paths_link_into_the_explainer() {
        assert_eq!(LESSON_PATHS.len(), 2);
        let html = markup(Lang::En, None);
        // A one-hour lesson and a three-lesson unit, each step timed.
        let hour: u16 = LESSON_PATHS[0].lessons[0]
            .steps
            .iter()
            .map(|s| s.minutes)
            .sum();
        assert_eq!(hour, 60);
        assert!(LESSON_PATHS[1].lessons.len() >= 3);
        let steps: usize = LESSON_PATHS
            .iter()
            .flat_map(|p| p.lessons)
            .map(|l| l.steps.len())
            .sum();
        assert_eq!(html.matches("class=\"guide-minutes\"").count(), steps);
        assert!(html.contains("href=\"#view=timeline\""));
        assert!(html.contains("href=\"#view=map\""));
        assert!(html.contains("href=\"#view=guide\" data-activity=\"asking-the-un-to-leave\""));
    }
}
