use crate::ui::cite_dialog::{CiteButton, Cited};
use leptos::prelude::*;

use super::question_card::QuestionCard;
use super::quiz_results::QuizResults;
use super::session::{session, QuizSession};
use super::worksheet::worksheet_markup;
use crate::content::Quiz;
use crate::i18n::{Lang, Localize};
use crate::lms;
use crate::quiz::{self, Attempt};
use crate::ui::app::{focus_when_drawn, ViewHeading};
use crate::url_state::{HistoryMode, UrlContext, UrlState, View};

/// One quiz: the question the address names (or the results), the quiz's own buttons, and a live
/// region for what a screen reader should hear.
#[component]
pub fn QuizView(lang: Lang, quiz: &'static Quiz) -> impl IntoView {
    let s = lang.strings().quiz();
    let url = UrlContext::get();
    let session = session(quiz);

    // The address names the question; without one, it is the first unanswered (or the results).
    if url.state.with_untracked(|st| st.question.is_none()) {
        if let Some(i) = session.attempt.with_untracked(Attempt::first_open) {
            let next = url.state.with_untracked(|st| UrlState {
                question: Some(i + 1),
                ..st.clone()
            });
            url.navigate(next, HistoryMode::Replace);
        }
    }
    let current = Memo::new(move |_| url.state.with(|st| st.question).map(|n| n - 1));
    // A question is drawn anew for a new question or a new round, not for each pick or check.
    let seed = Memo::new(move |_| session.attempt.with(|a| a.seed));
    let list_href = url.state.with_untracked(|st| {
        UrlState {
            view: View::Quiz,
            lang: st.lang,
            ..Default::default()
        }
        .href()
    });
    let score = move || {
        let score = session.attempt.with(Attempt::score);
        s.score_line(score.right, score.answered, score.total)
    };

    view! {
        <p class="back-link"><a href=list_href>{s.back_to_list()}</a></p>
        <ViewHeading text=quiz.title.get(lang) />
        <p class="quiz-progress">{score}</p>
        <p class="view-cite"><CiteButton lang=lang what=Cited::Shown /></p>
        {move || (!session.kept.get()).then(|| view! {
            <p class="storage-note" role="note">{s.not_kept()}</p>
        })}
        {lms::discarded().then(|| view! { <p class="storage-note" role="note">{s.lms_fresh()}</p> })}
        {move || {
            seed.track();
            match current.get() {
                Some(index) if index < quiz.questions.len() => {
                    view! { <QuestionCard lang=lang session=session index=index /> }.into_any()
                }
                _ => view! { <QuizResults lang=lang session=session /> }.into_any(),
            }
        }}
        <QuizActions lang=lang session=session />
        // On paper, the whole quiz as a worksheet instead of the question on screen.
        <div class="print-only worksheet" inner_html=move || worksheet_markup(quiz, lang, seed.get())></div>
        // A live region speaks whenever its text changes; only new messages are written to it.
        <p class="visually-hidden" role="status">{move || session.announce.get()}</p>
    }
}

/// Shows question `index` (quiz order), or the results with `None`, and moves focus to its heading.
pub fn go(index: Option<usize>) {
    let url = UrlContext::get();
    let next = url.state.with_untracked(|st| UrlState {
        question: index.map(|i| i + 1),
        ..st.clone()
    });
    url.navigate(next, HistoryMode::Push);
    focus_when_drawn("question-heading");
}

/// The quiz's own buttons: retry the missed questions or all of them, the solutions once an attempt
/// is finished, and "reset progress", which can be undone while its notice shows (not in a course
/// platform's package).
#[component]
fn QuizActions(lang: Lang, session: QuizSession) -> impl IntoView {
    let s = lang.strings().quiz();
    let quiz = session.quiz;
    let complete = Memo::new(move |_| session.attempt.with(Attempt::is_complete));
    let missed = Memo::new(move |_| session.attempt.with(|a| a.has_missed(quiz)));
    let start = move |attempt: Attempt| {
        session.restart(attempt);
        go(session.attempt.with_untracked(Attempt::first_open));
    };
    let retry_all = move |_| {
        let next = session
            .attempt
            .with_untracked(|a| a.retry_all(quiz, quiz::new_seed()));
        start(next);
    };
    let retry_missed = move |_| {
        let next = session
            .attempt
            .with_untracked(|a| a.retry_missed(quiz, quiz::new_seed()));
        start(next);
    };
    let toggle_solutions = move |_| session.solutions.update(|on| *on = !*on);
    let reset = move |_| {
        session.undo.set(Some(session.attempt.get_untracked()));
        quiz::reset(quiz);
        start(Attempt::new(quiz, quiz::new_seed()));
        session.announce.set(s.reset_done().to_string());
    };
    let undo = move |_| {
        if let Some(before) = session.undo.get_untracked() {
            session.undo.set(None);
            session.restart(before);
            session.announce.set(s.reset_undone().to_string());
            go(session.attempt.with_untracked(Attempt::first_open));
        }
    };
    view! {
        <div class="toolbar quiz-actions">
            {move || (missed.get()).then(|| view! {
                <button type="button" class="button" on:click=retry_missed>{s.retry_missed()}</button>
            })}
            <button type="button" class="button" on:click=retry_all>{s.retry_all()}</button>
            {move || (complete.get()).then(|| view! {
                <button
                    type="button"
                    class="button"
                    aria-pressed=move || if session.solutions.get() { "true" } else { "false" }
                    on:click=toggle_solutions
                >
                    {s.show_solutions()}
                </button>
            })}
            // In a course platform's package the platform owns the attempts and the score.
            {(!lms::active()).then(|| view! {
                <button type="button" class="button" on:click=reset>{s.reset()}</button>
            })}
        </div>
        {move || (session.undo.with(Option::is_some)).then(|| view! {
            <p class="undo-note">
                {s.reset_done()}" "
                <button type="button" class="button small" on:click=undo>{s.undo()}</button>
            </p>
        })}
    }
}
