use leptos::prelude::*;

use super::quiz_view::QuizState;
use crate::ui::section_links::SectionList;
use crate::url_state::{UrlContext, UrlState};

/// Score, the sections worth re-reading, and a link back to each question.
#[component]
pub(super) fn QuizResults(state: QuizState) -> impl IntoView {
    let QuizState {
        quiz,
        lang,
        attempt,
        ..
    } = state;
    let s = &lang.strings().quiz;
    let url = UrlContext::get();
    view! {
        <h2 id="question-heading" tabindex="-1">{s.results_heading}</h2>
        {move || {
            let results: Vec<(usize, Option<bool>)> = attempt.with(|a| a.results(quiz).collect());
            let score = results.iter().filter(|r| r.1 == Some(true)).count();
            let mut revisit: Vec<&'static str> = Vec::new();
            for &(i, ok) in &results {
                let section = quiz.questions[i].section;
                if ok != Some(true) && !revisit.contains(&section) {
                    revisit.push(section);
                }
            }
            view! {
                <p class="results-score">{(s.results_score)(score, quiz.questions.len())}</p>
                {revisit.is_empty().then(|| view! { <p>{s.all_right}</p> })}
                {(!revisit.is_empty()).then(|| view! {
                    <h3>{s.revisit}</h3>
                    <SectionList lang=lang ids=revisit />
                })}
                <ol class="results-list">
                    {results
                        .into_iter()
                        .map(|(i, ok)| {
                            let q = quiz.questions[i];
                            let href = url.state.with_untracked(|st| UrlState { question: Some(i + 1), ..st.clone() }.href());
                            let (mark, word) = match ok {
                                Some(true) => ("✓ ", s.correct),
                                Some(false) => ("✗ ", s.incorrect),
                                None => ("– ", s.not_started),
                            };
                            view! {
                                <li>
                                    <span class="mark" aria-hidden="true">{mark}</span>
                                    <a href=href>{q.prompt.get(lang)}</a>
                                    " (" {word} ")"
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            }
        }}
    }
}
