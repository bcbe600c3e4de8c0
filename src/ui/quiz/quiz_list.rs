use leptos::prelude::*;

use super::answer_key::AnswerKey;
use crate::content::QUIZZES;
use crate::i18n::{Lang, Localize};
use crate::quiz;
use crate::storage;
use crate::ui::app::ViewHeading;
use crate::url_state::{UrlContext, UrlState, View};

/// Every quiz with its size and the reader's progress in this browser, and the answer key in the
/// teacher view (`#view=quiz&teacher=1`).
#[component]
pub fn QuizList(lang: Lang) -> impl IntoView {
    let s = &lang.strings().quiz;
    let url = UrlContext::get();
    let chosen_lang = url.state.with_untracked(|st| st.lang);
    let teacher = Memo::new(move |_| url.state.with(|st| st.teacher));
    // Said only where it is true: many course pages frame the explainer where storage is blocked.
    let kept = storage::works();
    let cards = QUIZZES
        .iter()
        .map(|q| {
            let total = q.questions.len();
            let score = quiz::load(q).map(|a| a.score());
            let status = match score {
                Some(score) if score.answered == score.total => (s.finished)(score.right, total),
                Some(score) if score.answered > 0 => (s.in_progress)(score.answered, total),
                _ => s.not_started.to_string(),
            };
            let href = UrlState {
                view: View::Quiz,
                quiz: Some(q.id),
                lang: chosen_lang,
                ..Default::default()
            }
            .href();
            view! {
                <li class="quiz-card">
                    <h2><a href=href>{q.title.get(lang)}</a></h2>
                    <p>{q.description.get(lang)}</p>
                    <p class="quiz-meta">{format!("{} · {status}", (s.questions)(total))}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <ViewHeading text=s.list_heading />
        <p class="intro">{s.list_intro}" "{if kept { s.kept } else { s.not_kept }}</p>
        <ul class="quiz-list">{cards}</ul>
        <Show when=move || teacher.get()>
            <AnswerKey lang=lang />
        </Show>
    }
}
