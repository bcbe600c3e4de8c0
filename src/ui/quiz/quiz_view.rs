use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::question_card::{
    after_markup, map_choice, moved, options_markup, picked, question_markup, Shown,
};
use super::quiz_results::results_markup;
use crate::content::{Question, QuestionKind, Quiz};
use crate::i18n::Lang;
use crate::markup::{self, find_in, Markup};
use crate::quiz::{self, display_order, is_correct, Answer, Attempt};
use crate::ui::app::{focus_by_id, focus_when_drawn, view_heading};
use crate::ui::lazy_view::{Lazy, LazyView};
use crate::url_state::{HistoryMode, UrlContext, UrlState, View};

/// State shared by a quiz's parts, and by the map question drawn by the map's part of the wasm
/// (through context: it crosses that boundary with the one signature every split-off view has).
#[derive(Clone, Copy)]
pub struct QuizState {
    pub quiz: &'static Quiz,
    pub lang: Lang,
    pub attempt: RwSignal<Attempt>,
    pub solutions: RwSignal<bool>,
    /// What the reader has picked but not checked yet, and for which question (by index).
    pub draft: RwSignal<Option<(usize, Answer)>>,
    /// Text for the polite live region: verdicts and other changes a screen reader should hear.
    pub announce: RwSignal<String>,
    /// Counts the times a question was drawn whole, so a map question puts its map back in.
    pub drawn: RwSignal<u32>,
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
        focus_when_drawn("question-heading");
    }

    pub fn restart(&self, attempt: Attempt) {
        self.attempt.set(attempt);
        self.solutions.set(false);
        self.draft.set(None);
        let first = self
            .attempt
            .with_untracked(|a| a.answers.iter().position(Option::is_none));
        self.go(first.map(|i| i + 1));
    }

    pub fn question(&self, index: usize) -> &'static Question {
        self.quiz.questions[index]
    }

    /// The order in which question `index` shows its options, shuffled per attempt.
    pub fn order(&self, index: usize) -> Vec<usize> {
        display_order(self.question(index), self.attempt.with(|a| a.seed))
    }

    /// The checked answer to question `index`, if any.
    pub fn saved(&self, index: usize) -> Option<Answer> {
        self.attempt
            .with(|a| a.answers.get(index).cloned().flatten())
    }

    /// The answer being made to question `index`: the draft, or where it starts (an order
    /// question from its shuffle). Not tracked: the browser shows a choice as it is made.
    pub fn draft_for(&self, index: usize) -> Answer {
        match self.draft.get_untracked() {
            Some((i, answer)) if i == index => answer,
            _ => match self.question(index).kind {
                QuestionKind::Order(_) => untrack(|| Answer::Order(self.order(index))),
                _ => Answer::Choices(Vec::new()),
            },
        }
    }

    /// What question `index` shows: the checked answer, or the one being made.
    pub fn shown(&self, index: usize) -> (Answer, bool) {
        match self.saved(index) {
            Some(answer) => (answer, true),
            None => (self.draft_for(index), false),
        }
    }

    /// "Check answer": locks the answer in, says whether it was right and why, and moves focus
    /// to "next".
    pub fn check(&self, index: usize) {
        let (s, q) = (&self.lang.strings().quiz, self.question(index));
        if self.saved(index).is_some() {
            return;
        }
        let answer = self.draft_for(index);
        if answer == Answer::Choices(Vec::new()) {
            self.announce.set(s.choose_first.to_string());
            return;
        }
        let verdict = if is_correct(q, &answer) {
            s.correct
        } else {
            s.incorrect
        };
        self.attempt.update(|a| a.answers[index] = Some(answer));
        self.announce.set(format!(
            "{verdict} {}{}{}",
            s.explanation,
            self.lang.strings().colon,
            q.explanation.get(self.lang)
        ));
        request_animation_frame(|| focus_by_id("question-next"));
    }

    /// A click on "previous" or "next" below question `index`.
    pub fn navigate(&self, ev: &web_sys::MouseEvent, index: usize) {
        let total = self.quiz.questions.len();
        match markup::closest(ev, "button[data-go]")
            .and_then(|b| b.get_attribute("data-go"))
            .as_deref()
        {
            Some("previous") => self.go(Some(index)),
            Some("next") if index + 1 < total => self.go(Some(index + 2)),
            Some("next") => self.go(None),
            _ => {}
        }
    }

    /// A change in an option of question `index`: a radio or checkbox ticked or unticked.
    fn choose(&self, ev: &web_sys::Event, index: usize) {
        let Some(input) = markup::closest(ev, "input[data-choice]") else {
            return;
        };
        let Some(i) = data_number(&input, "data-choice") else {
            return;
        };
        let on = input
            .unchecked_into::<web_sys::HtmlInputElement>()
            .checked();
        let next = picked(self.question(index), &self.draft_for(index), i, on);
        self.draft.set(Some((index, next)));
    }

    /// A click on an order question's "move up" or "move down".
    fn move_item(&self, ev: &web_sys::MouseEvent, index: usize) {
        let q = self.question(index);
        let (Some(button), QuestionKind::Order(items)) =
            (markup::closest(ev, "button[data-move]"), &q.kind)
        else {
            return;
        };
        let (Some(pos), up) = (
            data_number(&button, "data-move"),
            button.has_attribute("data-up"),
        ) else {
            return;
        };
        let Answer::Order(mut order) = self.draft_for(index) else {
            return;
        };
        let Some(to) = moved(&mut order, pos, up) else {
            return;
        };
        let (item, last) = (order[to], order.len() - 1);
        self.draft.set(Some((index, Answer::Order(order))));
        let s = &self.lang.strings().quiz;
        self.announce
            .set((s.moved)(items[item].text.get(self.lang), to + 1));
        // The list is redrawn; keep focus on the moved item's button, or its other one at an end.
        let dir = match (up, to) {
            (true, 0) => "down",
            (false, t) if t == last => "up",
            (true, _) => "up",
            (false, _) => "down",
        };
        let id = format!("{}-item-{item}-{dir}", q.id);
        request_animation_frame(move || focus_by_id(&id));
    }
}

/// An index kept in a `data-` attribute of the markup.
fn data_number(el: &web_sys::Element, name: &str) -> Option<usize> {
    el.get_attribute(name)?.parse().ok()
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
        draft: RwSignal::new(None),
        announce: RwSignal::new(String::new()),
        drawn: RwSignal::new(0),
    };
    provide_context(state);
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
    let current = move || url.state.with(|st| st.question).map(|n| n - 1);
    let list_href = url.state.with_untracked(|st| {
        UrlState {
            view: View::Quiz,
            lang: st.lang,
            ..Default::default()
        }
        .href()
    });

    // The question (or the results) as markup: drawn whole for a new question or attempt, then
    // its options and what is below them redrawn in place when an answer is checked, the
    // solutions are shown or an item is moved. A map question's map stays where it was put.
    let body = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |drawn: Option<Option<(usize, u32)>>| {
        let root = body.get()?;
        let Some(index) = current() else {
            let here = url.state.with(Clone::clone);
            root.set_inner_html(&state.attempt.with(|a| results_markup(quiz, lang, a, &here)));
            return None;
        };
        let q = state.question(index);
        if matches!(q.kind, QuestionKind::Order(_) | QuestionKind::Map(_)) {
            state.draft.track();
        }
        let (answer, locked) = state.shown(index);
        let shown = Shown {
            answer: &answer,
            locked,
            solutions: state.solutions.get(),
        };
        let (order, total) = (state.order(index), quiz.questions.len());
        let key = (index, state.attempt.with(|a| a.seed));
        if drawn.flatten() != Some(key) {
            root.set_inner_html(&question_markup(q, lang, index, total, &order, &shown));
            state.drawn.update(|n| *n += 1);
            return Some(key);
        }
        let part = |selector: &str| find_in(&root, selector);
        if let Some(options) = part(".question-options") {
            options.set_inner_html(&options_markup(q, lang, &order, &shown));
        }
        if let Some(choice) = part(".map-choice strong") {
            choice.set_text_content(Some(&map_choice(&answer, lang)));
        }
        if let Some(check) = part("button[type=\"submit\"]") {
            let _ = check.toggle_attribute_with_force("hidden", locked);
        }
        if let Some(after) = part(".question-after") {
            after.set_inner_html(&after_markup(q, lang, index, total, &shown));
        }
        Some(key)
    });
    let on_submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        if let Some(index) = current() {
            state.check(index);
        }
    };
    let on_change = move |ev: web_sys::Event| {
        if let Some(index) = current() {
            state.choose(&ev, index);
        }
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        if let Some(index) = current() {
            state.move_item(&ev, index);
            state.navigate(&ev, index);
        }
    };
    let is_map =
        move || current().is_some_and(|i| matches!(state.question(i).kind, QuestionKind::Map(_)));
    let missed = move || {
        state
            .attempt
            .with(|a| a.results(quiz).any(|(_, ok)| ok == Some(false)))
    };
    // Around the question, markup: what it shows (the score, whether there is anything to retry,
    // whether solutions are shown, what to announce) is set on its elements, so pressing a
    // button never replaces it.
    let top = NodeRef::<leptos::html::Div>::new();
    let bottom = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let score = state
            .attempt
            .with(|a| (s.score_so_far)(a.score(quiz), a.answered()));
        if let Some(p) = top.get().and_then(|t| find_in(&t, ".quiz-progress")) {
            p.set_text_content(Some(&score));
        }
    });
    Effect::new(move |_| {
        let (missed, solutions) = (missed(), state.solutions.get());
        let Some(div) = bottom.get() else {
            return;
        };
        if let Some(b) = find_in(&div, "[data-action=\"retry-missed\"]") {
            let _ = b.toggle_attribute_with_force("hidden", !missed);
        }
        if let Some(b) = find_in(&div, "[data-action=\"solutions\"]") {
            let _ = b.set_attribute("aria-pressed", if solutions { "true" } else { "false" });
        }
    });
    // Apart: a live region speaks whenever its text is written, so only a new message writes it.
    Effect::new(move |_| {
        let said = state.announce.get();
        if let Some(status) = bottom
            .get()
            .and_then(|div| find_in(&div, "[role=\"status\"]"))
        {
            status.set_text_content(Some(&said));
        }
    });
    let on_action = move |ev: web_sys::MouseEvent| {
        let action = markup::closest(&ev, "button[data-action]")
            .and_then(|b| b.get_attribute("data-action"));
        match action.as_deref() {
            Some("retry-all") => state.restart(Attempt::new(quiz, quiz::new_seed())),
            Some("retry-missed") => state.restart(
                state
                    .attempt
                    .with_untracked(|a| a.retry_missed(quiz, quiz::new_seed())),
            ),
            Some("solutions") => state.solutions.update(|on| *on = !*on),
            Some("reset") => {
                quiz::reset(quiz);
                state.restart(Attempt::new(quiz, quiz::new_seed()));
                state.announce.set(s.reset_done.to_string());
            }
            _ => {}
        }
    };

    view! {
        <div node_ref=top inner_html=top_markup(lang, quiz, &list_href)></div>
        <div class="quiz-body" node_ref=body on:submit=on_submit on:change=on_change on:click=on_click></div>
        // A map question's map comes with the map's code, fetched the first time one is shown.
        {move || is_map().then(|| view! { <LazyView lang=lang which=Lazy::MapQuestion /> })}
        <div node_ref=bottom inner_html=bottom_markup(lang) on:click=on_action></div>
    }
}

/// The way back to the list, the quiz's title and its score (filled in as it changes).
fn top_markup(lang: Lang, quiz: &Quiz, list_href: &str) -> String {
    let mut m = Markup::new();
    m.open("p", &[("class", "back-link")])
        .element(
            "a",
            &[("href", list_href)],
            lang.strings().quiz.back_to_list,
        )
        .close("p");
    view_heading(&mut m, quiz.title.get(lang));
    m.empty("p", &[("class", "quiz-progress")]);
    m.finish()
}

/// The quiz's own buttons (retry all or only the missed, show solutions, reset) and the polite
/// live region for what a screen reader should hear.
fn bottom_markup(lang: Lang) -> String {
    let s = &lang.strings().quiz;
    let mut m = Markup::new();
    m.open("div", &[("class", "toolbar quiz-actions")]);
    for (action, label) in [
        ("retry-all", s.retry_all),
        ("retry-missed", s.retry_missed),
        ("solutions", s.show_solutions),
        ("reset", s.reset),
    ] {
        let mut attrs = vec![
            ("type", "button"),
            ("class", "button"),
            ("data-action", action),
        ];
        match action {
            "retry-missed" => attrs.push(("hidden", "")),
            "solutions" => attrs.push(("aria-pressed", "false")),
            _ => {}
        }
        m.element("button", &attrs, label);
    }
    m.close("div")
        .empty("p", &[("class", "visually-hidden"), ("role", "status")]);
    m.finish()
}
