use leptos::prelude::*;

use super::question_card::QuestionCard;
use super::quiz_results::QuizResults;
use crate::content::Quiz;
use crate::i18n::Lang;
use crate::quiz::{self, Attempt};
use crate::ui::app::focus_by_id;
use crate::url_state::{HistoryMode, UrlContext, UrlState, View};

/// State shared by a quiz's parts.
#[derive(Clone, Copy)]
pub(super) struct QuizState {
    pub quiz: &'static Quiz,
    pub lang: Lang,
    pub attempt: RwSignal<Attempt>,
    pub solutions: RwSignal<bool>,
    /// Text for the polite live region: verdicts and other changes a screen reader should hear.
    pub announce: RwSignal<String>,
}

impl QuizState {
    /// Shows question `n` (from 1), or the results with `None`, and moves focus to its heading.
    pub fn go(&self, n: Option<usize>) {
        let url = UrlContext::get();
        let next = url.state.with_untracked(|st| UrlState {
            question: n,
            ..st.clone()
        });
        url.navigate(next, HistoryMode::Push);
        request_animation_frame(|| focus_by_id("question-heading"));
    }

    pub fn restart(&self, attempt: Attempt) {
        self.attempt.set(attempt);
        self.solutions.set(false);
        let first = self
            .attempt
            .with_untracked(|a| a.answers.iter().position(Option::is_none));
        self.go(first.map(|i| i + 1));
    }
}

#[component]
pub fn QuizView(lang: Lang, quiz: &'static Quiz) -> impl IntoView {
    let s = &lang.strings().quiz;
    let url = UrlContext::get();
    let state = QuizState {
        quiz,
        lang,
        attempt: RwSignal::new(
            quiz::load(quiz).unwrap_or_else(|| Attempt::new(quiz, quiz::new_seed())),
        ),
        solutions: RwSignal::new(false),
        announce: RwSignal::new(String::new()),
    };
    Effect::new(move |_| state.attempt.with(|a| quiz::save(quiz, a)));
    // A host course page hears of each finished attempt (once, when its last answer is checked).
    Effect::new(move |was_complete: Option<bool>| {
        let (complete, score) = state.attempt.with(|a| (a.is_complete(), a.score(quiz)));
        if complete && was_complete == Some(false) {
            crate::embed::report_score(quiz.id, score, quiz.questions.len());
        }
        complete
    });

    // The address names the question; without one, it is the first unanswered (or the results).
    if url.state.with_untracked(|st| st.question.is_none()) {
        if let Some(i) = state
            .attempt
            .with_untracked(|a| a.answers.iter().position(Option::is_none))
        {
            let next = url.state.with_untracked(|st| UrlState {
                question: Some(i + 1),
                ..st.clone()
            });
            url.navigate(next, HistoryMode::Replace);
        }
    }
    let current = Memo::new(move |_| url.state.with(|st| st.question).map(|n| n - 1));
    let missed = Memo::new(move |_| {
        state
            .attempt
            .with(|a| a.results(quiz).any(|(_, ok)| ok == Some(false)))
    });
    let list_href = url.state.with_untracked(|st| {
        UrlState {
            view: View::Quiz,
            lang: st.lang,
            ..Default::default()
        }
        .href()
    });

    view! {
        <p class="back-link"><a href=list_href>{s.back_to_list}</a></p>
        <h1 id="view-heading" tabindex="-1">{quiz.title.get(lang)}</h1>
        <p class="quiz-progress">
            {move || state.attempt.with(|a| (s.score_so_far)(a.score(quiz), a.answered()))}
        </p>
        // A new attempt (new seed) redraws the question, so its options are shuffled afresh.
        {move || match (current.get(), state.attempt.with(|a| a.seed)).0 {
            Some(index) => view! { <QuestionCard state=state index=index /> }.into_any(),
            None => view! { <QuizResults state=state /> }.into_any(),
        }}
        <div class="toolbar quiz-actions">
            <button type="button" class="button" on:click=move |_| state.restart(Attempt::new(quiz, quiz::new_seed()))>
                {s.retry_all}
            </button>
            <Show when=move || missed.get()>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| state.restart(state.attempt.with_untracked(|a| a.retry_missed(quiz, quiz::new_seed())))
                >
                    {s.retry_missed}
                </button>
            </Show>
            <button
                type="button"
                class="button"
                aria-pressed=move || state.solutions.get().to_string()
                on:click=move |_| state.solutions.update(|on| *on = !*on)
            >
                {s.show_solutions}
            </button>
            <button
                type="button"
                class="button"
                on:click=move |_| {
                    quiz::reset(quiz);
                    state.restart(Attempt::new(quiz, quiz::new_seed()));
                    state.announce.set(s.reset_done.to_string());
                }
            >
                {s.reset}
            </button>
        </div>
        <p class="visually-hidden" role="status">{move || state.announce.get()}</p>
    }
}
