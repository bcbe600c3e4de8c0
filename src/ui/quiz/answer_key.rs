use leptos::prelude::*;

use super::question_card::solution_text;
use crate::content::QUIZZES;
use crate::i18n::Lang;

/// The teacher view (`teacher=1`): every quiz's questions with their answers, printable.
#[component]
pub fn AnswerKey(lang: Lang) -> impl IntoView {
    let s = &lang.strings().share;
    view! {
        <section class="answer-key" aria-labelledby="answer-key-heading">
            <h2 id="answer-key-heading">{s.answer_key}</h2>
            <p>{s.answer_key_intro}</p>
            {QUIZZES
                .iter()
                .map(|quiz| view! {
                    <h3>{quiz.title.get(lang)}</h3>
                    <ol>
                        {quiz.questions.iter().map(|q| view! {
                            <li>
                                <p class="prompt">{q.prompt.get(lang)}</p>
                                <p><strong>{solution_text(q, lang)}</strong></p>
                                <p>{q.explanation.get(lang)}</p>
                            </li>
                        }).collect_view()}
                    </ol>
                })
                .collect_view()}
        </section>
    }
}
