use leptos::prelude::*;

use super::answer_key::AnswerKey;
use crate::content::QUIZZES;
use crate::i18n::{Lang, Localize};
use crate::markup::Markup;
use crate::quiz;
use crate::storage;
use crate::ui::app::ViewHeading;
use crate::url_state::{UrlContext, UrlState, View};

/// Every quiz with its size and the reader's progress in this browser, and the answer key in the
/// teacher view (`#view=quiz&teacher=1`).
#[component]
pub fn QuizList(lang: Lang) -> impl IntoView {
    let s = lang.strings().quiz();
    let url = UrlContext::get();
    let chosen_lang = url.state.with_untracked(|st| st.lang);
    let teacher = Memo::new(move |_| url.state.with(|st| st.teacher));
    // Said only where it is true: many course pages frame the explainer where storage is blocked.
    let kept = storage::works();
    // A static list of links: markup (see crate::markup).
    let mut m = Markup::new();
    for q in QUIZZES {
        let total = q.questions.len();
        let score = quiz::load(q).map(|a| a.score());
        let status = match score {
            Some(score) if score.answered == score.total => s.finished(score.right, total),
            Some(score) if score.answered > 0 => s.in_progress(score.answered, total),
            _ => s.not_started().to_string(),
        };
        let href = UrlState {
            view: View::Quiz,
            quiz: Some(q.id),
            lang: chosen_lang,
            ..Default::default()
        }
        .href();
        m.open("li", &[("class", "quiz-card")])
            .open("h2", &[])
            .element("a", &[("href", &href)], q.title.get(lang))
            .close("h2")
            .element("p", &[], q.description.get(lang))
            .element(
                "p",
                &[("class", "quiz-meta")],
                &format!("{} · {status}", s.questions(total)),
            )
            .close("li");
    }
    view! {
        <ViewHeading text=s.list_heading() />
        <p class="intro">{s.list_intro()}" "{if crate::lms::active() { s.lms_kept() } else if kept { s.kept() } else { s.not_kept() }}</p>
        <ul class="quiz-list" inner_html=m.finish()></ul>
        {move || teacher.get().then(|| view! { <AnswerKey lang=lang /> })}
    }
}
