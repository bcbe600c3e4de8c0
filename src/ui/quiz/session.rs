//! A reader's state in one quiz: the attempt, the picks not checked yet, whether the solutions are
//! shown, what to announce. It outlives the quiz view, so a language switch (which redraws every
//! view in the other language) or a visit to another view keeps the reader's place.

use std::cell::RefCell;

use leptos::prelude::*;

use crate::content::{QuestionKind, Quiz};
use crate::quiz::{self, display_order, Answer, Attempt};
use crate::ui::app::Keep;

#[derive(Clone, Copy)]
pub struct QuizSession {
    pub quiz: &'static Quiz,
    pub attempt: RwSignal<Attempt>,
    /// Per question, what the reader has picked but not checked yet.
    pub drafts: RwSignal<Vec<Option<Answer>>>,
    /// The solutions, listed with the results; offered once an attempt is finished.
    pub solutions: RwSignal<bool>,
    /// Text for the polite live region: verdicts and other changes a screen reader should hear.
    pub announce: RwSignal<String>,
    /// Whether this browser keeps the progress (it may block storage, as in many frames).
    pub kept: RwSignal<bool>,
    /// The attempt before "reset progress", while the reader can still undo it.
    pub undo: RwSignal<Option<Attempt>>,
}

thread_local! {
    static SESSIONS: RefCell<Vec<QuizSession>> = const { RefCell::new(Vec::new()) };
}

/// The reader's session in `quiz`: the one already open, or a new one from saved progress.
pub fn session(quiz: &'static Quiz) -> QuizSession {
    if let Some(s) = SESSIONS.with_borrow(|all| all.iter().find(|s| s.quiz.id == quiz.id).copied())
    {
        return s;
    }
    // Owned by the app, not by the view that asked first, so it survives that view.
    let owner = use_context::<Keep>().map(|k| k.0).unwrap_or_default();
    let session = owner.with(|| {
        let attempt = quiz::load(quiz).unwrap_or_else(|| Attempt::new(quiz, quiz::new_seed()));
        let session = QuizSession {
            quiz,
            attempt: RwSignal::new(attempt),
            drafts: RwSignal::new(vec![None; quiz.questions.len()]),
            solutions: RwSignal::new(false),
            announce: RwSignal::new(String::new()),
            kept: RwSignal::new(true),
            undo: RwSignal::new(None),
        };
        Effect::new(move |_| {
            let kept = session.attempt.with(|a| quiz::save(quiz, a));
            session.kept.set(kept);
        });
        // A host course page hears of each finished attempt (once, when its last answer is checked).
        Effect::new(move |was_complete: Option<bool>| {
            let (complete, score) = session.attempt.with(|a| (a.is_complete(), a.score()));
            if complete && was_complete == Some(false) {
                crate::embed::report_score(quiz.id, score.right, score.total);
            }
            complete
        });
        session
    });
    SESSIONS.with_borrow_mut(|all| all.push(session));
    session
}

impl QuizSession {
    /// The order in which question `index` shows its options, shuffled per attempt.
    pub fn order(&self, index: usize) -> Vec<usize> {
        display_order(self.quiz.questions[index], self.attempt.with(|a| a.seed))
    }

    /// What question `index` shows as chosen: the checked answer, else the reader's picks, else
    /// where it starts (an order question from its shuffle).
    pub fn shown(&self, index: usize) -> Answer {
        if let Some(checked) = self.attempt.with(|a| a.answers[index].clone()) {
            return checked.answer;
        }
        if let Some(draft) = self.drafts.with(|d| d.get(index).cloned().flatten()) {
            return draft;
        }
        match self.quiz.questions[index].kind {
            QuestionKind::Order(_) => Answer::Order(self.order(index)),
            _ => Answer::Choices(Vec::new()),
        }
    }

    pub fn set_draft(&self, index: usize, answer: Answer) {
        self.drafts.update(|d| {
            if let Some(slot) = d.get_mut(index) {
                *slot = Some(answer);
            }
        });
    }

    /// Starts a new round: picks and the solutions go, the score stays.
    pub fn restart(&self, attempt: Attempt) {
        self.attempt.set(attempt);
        self.solutions.set(false);
        self.drafts.set(vec![None; self.quiz.questions.len()]);
    }
}
