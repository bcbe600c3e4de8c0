use leptos::prelude::*;

use super::question_card::solution_text;
use crate::content::{text::Part, QUIZZES};
use crate::i18n::{Lang, Localize};
use crate::markup::Markup;
use crate::ui::words;

/// Every quiz's questions with the right answer, why, the question's level and what it checks.
fn key(m: &mut Markup, lang: Lang) {
    let colon = lang.strings().colon();
    let qs = lang.strings().quiz();
    for quiz in QUIZZES {
        m.element("h3", &[], quiz.title.get(lang)).open("ol", &[]);
        for q in quiz.questions {
            m.open("li", &[])
                .element("p", &[("class", "prompt")], q.prompt.get(lang))
                .open("p", &[])
                .element("strong", &[], &solution_text(q, lang))
                .close("p")
                .element("p", &[], q.explanation.get(lang))
                // For the teacher: what kind of thinking it asks, and what it checks.
                .open("p", &[("class", "key-meta")])
                .element(
                    "span",
                    &[("class", "key-level")],
                    &format!("{}{colon}{}", qs.level_label(), qs.level_names(q.level)),
                )
                .text(" · ")
                .text(qs.checks_label())
                .text(colon)
                .text(q.checks.get(lang))
                .close("p")
                .close("li");
        }
        m.close("ol");
    }
}

/// The teacher view (`teacher=1`): every quiz's questions with their answers, printable. A long,
/// static list: markup (see [`crate::markup`]), redrawn once the map's words arrive to name the
/// places that map questions ask for.
#[component]
pub fn AnswerKey(lang: Lang) -> impl IntoView {
    let s = lang.strings().share();
    // Every quiz's questions, and the map's words to name the places map questions ask for.
    let mut parts = vec![Part::QUIZZES, Part::MAP];
    for part in QUIZZES.iter().flat_map(|q| q.parts) {
        if let Some(part) = Part::numbered(*part).filter(|p| !parts.contains(p)) {
            parts.push(part);
        }
    }
    for &part in &parts {
        words::fetch(lang, part);
    }
    let list = move || {
        // Drawn again as each part arrives; until the map's words are here, places are named by
        // their ids.
        let mut m = Markup::new();
        if !parts.iter().all(|&p| words::ready(lang, p)) {
            m.element("p", &[("role", "status")], lang.strings().view_loading());
            return m.finish();
        }
        key(&mut m, lang);
        m.finish()
    };
    view! {
        <section class="answer-key" aria-labelledby="answer-key-heading">
            <h2 id="answer-key-heading">{s.answer_key()}</h2>
            <p>{lang.strings().quiz().answer_key_intro()}</p>
            <div inner_html=list></div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_gives_each_questions_answer_level_and_what_it_checks() {
        let mut m = Markup::new();
        key(&mut m, Lang::Fr);
        let html = m.finish();
        let questions: usize = QUIZZES.iter().map(|q| q.questions.len()).sum();
        assert_eq!(html.matches("<p class=\"key-meta\">").count(), questions);
        assert!(html.contains("Niveau\u{202F}: Appliquer"));
        let q = QUIZZES[0].questions[0];
        assert!(html.contains(q.checks.get(Lang::Fr).split('\'').next().unwrap()));
    }
}
