//! The end of a round: the score, the sections worth re-reading, a link back to each question, and
//! the solutions once asked for.

use leptos::prelude::*;

use super::question_card::solution_text;
use super::session::QuizSession;
use crate::i18n::{Lang, Localize};
use crate::quiz::Attempt;
use crate::ui::references::SectionList;
use crate::url_state::{UrlContext, UrlState};

#[component]
pub fn QuizResults(lang: Lang, session: QuizSession) -> impl IntoView {
    let s = &lang.strings().quiz;
    let quiz = session.quiz;
    let here = UrlContext::get().state.get_untracked();
    let attempt = Memo::new(move |_| session.attempt.get());
    let revisit = move || {
        attempt.with(|a| {
            let mut ids: Vec<&'static str> = Vec::new();
            for (i, ok) in a.results(quiz) {
                let section = quiz.questions[i].section;
                if ok != Some(true) && !ids.contains(&section) {
                    ids.push(section);
                }
            }
            ids
        })
    };
    let rows = move || {
        let a: Attempt = attempt.get();
        let solutions = session.solutions.get();
        a.results(quiz)
            .map(|(i, ok)| {
                let href = UrlState {
                    question: Some(i + 1),
                    ..here.clone()
                }
                .href();
                let practice = a.answers[i].as_ref().is_some_and(|c| !c.scored);
                let (mark, word) = match ok {
                    Some(true) => ("✓ ", s.correct),
                    Some(false) => ("✗ ", s.incorrect),
                    None => ("– ", s.not_started),
                };
                let q = quiz.questions[i];
                view! {
                    <li>
                        <span class="mark" aria-hidden="true">{mark}</span>
                        <a href=href>{q.prompt.get(lang)}</a>
                        " (" {word} {practice.then_some(s.practice_tag)} ")"
                        {solutions.then(|| view! {
                            <p class="solution-note">
                                {s.right_answer}{lang.strings().colon}{solution_text(q, lang)}
                            </p>
                        })}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <h2 id="question-heading" tabindex="-1">{s.results_heading}</h2>
        <p class="results-score">
            {move || attempt.with(|a| {
                let score = a.score();
                (s.score_line)(score.right, score.answered, score.total)
            })}
        </p>
        <Show when=move || attempt.with(Attempt::has_practice)>
            <p class="practice-note">{s.practice_explained}</p>
        </Show>
        {move || {
            let ids = revisit();
            if ids.is_empty() {
                view! { <p>{s.all_right}</p> }.into_any()
            } else {
                view! {
                    <h3>{s.revisit}</h3>
                    <SectionList lang=lang ids=ids />
                }
                .into_any()
            }
        }}
        <ol class="results-list">{rows}</ol>
    }
}
