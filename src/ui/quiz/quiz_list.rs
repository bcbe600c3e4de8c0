use leptos::prelude::*;

use super::answer_key::AnswerKey;
use crate::content::QUIZZES;
use crate::i18n::Lang;
use crate::quiz;
use crate::url_state::{UrlContext, UrlState, View};

/// Every quiz with its size and the reader's progress, read from this browser's storage.
#[component]
pub fn QuizList(lang: Lang) -> impl IntoView {
    let s = &lang.strings().quiz;
    let chosen_lang = UrlContext::get().state.with_untracked(|st| st.lang);
    view! {
        <h1 id="view-heading" tabindex="-1">{s.list_heading}</h1>
        <p class="intro">{s.list_intro}</p>
        <ul class="quiz-list">
            {QUIZZES
                .iter()
                .map(|q| {
                    let total = q.questions.len();
                    let attempt = quiz::load(q);
                    let answered = attempt.as_ref().map_or(0, |a| a.answered());
                    let status = match &attempt {
                        Some(a) if a.is_complete() => (s.finished)(a.score(q), total),
                        Some(a) if answered > 0 => (s.in_progress)(a.answered(), total),
                        _ => s.not_started.to_string(),
                    };
                    let href = UrlState { view: View::Quiz, quiz: Some(q.id), lang: chosen_lang, ..Default::default() }.href();
                    view! {
                        <li class="quiz-card">
                            <h2><a href=href>{q.title.get(lang)}</a></h2>
                            <p>{q.description.get(lang)}</p>
                            <p class="quiz-meta">{(s.questions)(total)} " · " {status}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        {move || UrlContext::get().state.with(|st| st.teacher).then(|| view! { <AnswerKey lang=lang /> })}
    }
}
