use leptos::prelude::*;

use super::question_card::solution_text;
use crate::content::{text::Part, QUIZZES};
use crate::i18n::{Lang, Localize};
use crate::markup::Markup;
use crate::ui::words;

/// The teacher view (`teacher=1`): every quiz's questions with their answers, printable. A long,
/// static list: markup (see [`crate::markup`]), redrawn once the map's words arrive to name the
/// places that map questions ask for.
#[component]
pub fn AnswerKey(lang: Lang) -> impl IntoView {
    let s = &lang.strings().share;
    words::fetch(lang, Part::Map);
    let list = move || {
        // Until the map's words are here, places are named by their ids.
        words::ready(lang, Part::Map);
        let mut m = Markup::new();
        for quiz in QUIZZES {
            m.element("h3", &[], quiz.title.get(lang)).open("ol", &[]);
            for q in quiz.questions {
                m.open("li", &[])
                    .element("p", &[("class", "prompt")], q.prompt.get(lang))
                    .open("p", &[])
                    .element("strong", &[], &solution_text(q, lang))
                    .close("p")
                    .element("p", &[], q.explanation.get(lang))
                    .close("li");
            }
            m.close("ol");
        }
        m.finish()
    };
    view! {
        <section class="answer-key" aria-labelledby="answer-key-heading">
            <h2 id="answer-key-heading">{s.answer_key}</h2>
            <p>{s.answer_key_intro}</p>
            <div inner_html=list></div>
        </section>
    }
}
