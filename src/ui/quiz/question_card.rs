//! One question as a form: a fieldset of native inputs, "check", then feedback that stays until a
//! retry. What the reader picks lives in the session's signals; the inputs show it.

use leptos::html;
use leptos::prelude::*;

use super::map_pick::MapPick;
use super::quiz_view::go;
use super::session::QuizSession;
use crate::content::{self, OrderItem, Question, QuestionKind};
use crate::i18n::{Lang, Localize};
use crate::quiz::{chronological, is_correct, Answer, Attempt};
use crate::ui::references::{DateText, SectionRef, SourceRef};

/// Question `index` of the session's quiz.
#[component]
pub fn QuestionCard(lang: Lang, session: QuizSession, index: usize) -> impl IntoView {
    let s = lang.strings().quiz();
    let quiz = session.quiz;
    let q = quiz.questions[index];
    let total = quiz.questions.len();
    let checked = Memo::new(move |_| session.attempt.with(|a| a.answers[index].clone()));
    let locked = Signal::derive(move || checked.with(Option::is_some));
    let counter = move || {
        session
            .attempt
            .with(|a| match (&a.only, a.position(index)) {
                (Some(list), Some(at)) => s.missed_of(at + 1, list.len()),
                _ => s.question_of(index + 1, total),
            })
    };
    // Previous and next within the round; a question outside it (opened from the results) steps
    // through the quiz in order.
    let step = move |forward: bool| -> Option<Option<usize>> {
        session
            .attempt
            .with_untracked(|a: &Attempt| match a.position(index) {
                Some(_) => match a.step(index, forward) {
                    Some(i) => Some(Some(i)),
                    None if forward => Some(None),
                    None => None,
                },
                None if forward => Some((index + 1 < total).then_some(index + 1)),
                None => index.checked_sub(1).map(Some),
            })
    };
    let has_previous = step(false).is_some();
    let last = move || matches!(step(true), Some(None));
    let next_button = NodeRef::<html::Button>::new();

    let check = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        if locked.get_untracked() {
            return;
        }
        let answer = untrack(|| session.shown(index));
        if answer == Answer::Choices(Vec::new()) {
            session.announce.set(s.choose_first().to_string());
            return;
        }
        let verdict = if is_correct(q, &answer) {
            s.correct()
        } else {
            s.incorrect()
        };
        // Before the check button goes away, so focus never falls back to the page.
        if let Some(next) = next_button.get_untracked() {
            let _ = next.focus();
        }
        session.attempt.update(|a| a.check(quiz, index, answer));
        session.undo.set(None);
        let colon = lang.strings().colon();
        session.announce.set(format!(
            "{verdict} {}{colon}{}",
            s.explanation(),
            q.explanation.get(lang)
        ));
    };
    let hint = match q.kind {
        QuestionKind::Multiple(_) => Some(s.select_all()),
        QuestionKind::Order(_) => Some(s.order_hint()),
        QuestionKind::Map(..) => Some(s.map_hint()),
        QuestionKind::Single(_) | QuestionKind::TrueFalse(_) => None,
    };
    let hint_id = format!("{}-hint", q.id);
    let described = hint.map(|_| hint_id.clone());
    let body = match q.kind {
        QuestionKind::Single(_) | QuestionKind::Multiple(_) | QuestionKind::TrueFalse(_) => {
            view! { <Choices lang=lang session=session index=index locked=locked /> }.into_any()
        }
        QuestionKind::Order(items) => {
            view! { <OrderList lang=lang session=session index=index items=items locked=locked /> }
                .into_any()
        }
        QuestionKind::Map(..) => {
            view! { <MapPick lang=lang session=session index=index locked=locked /> }.into_any()
        }
    };

    view! {
        <h2 id="question-heading" tabindex="-1" class="question-number">{counter}</h2>
        <form class="question" on:submit=check>
            <fieldset aria-describedby=described>
                <legend class="prompt">{q.prompt.get(lang)}</legend>
                {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
                {body}
            </fieldset>
            {move || (!locked.get()).then(|| view! {
                <button type="submit" class="button primary">{s.check()}</button>
            })}
        </form>
        {move || checked.get().map(|c| view! { <Feedback lang=lang question=q checked=c.answer scored=c.scored /> })}
        <div class="toolbar question-nav">
            {has_previous.then(|| view! {
                <button type="button" class="button" on:click=move |_| {
                    if let Some(to) = step(false) {
                        go(to);
                    }
                }>{s.previous()}</button>
            })}
            <button type="button" class="button" id="question-next" node_ref=next_button on:click=move |_| {
                if let Some(to) = step(true) {
                    go(to);
                }
            }>{move || if last() { s.see_results() } else { s.next() }}</button>
        </div>
    }
}

/// Below a checked question: the verdict, why, and where to read more.
#[component]
fn Feedback(
    lang: Lang,
    question: &'static Question,
    checked: Answer,
    scored: bool,
) -> impl IntoView {
    let strings = lang.strings();
    let s = strings.quiz();
    let right = is_correct(question, &checked);
    let (class, mark, word) = if right {
        ("mark right", "✓", s.correct())
    } else {
        ("mark wrong", "✗", s.incorrect())
    };
    view! {
        <div class="feedback">
            <p class="verdict">
                <span class=class aria-hidden="true">{mark}</span>
                {word}
            </p>
            {(!scored).then(|| view! { <p class="practice-note">{s.practice()}</p> })}
            <p>
                <strong>{s.explanation()}{strings.colon()}</strong>
                {question.explanation.get(lang)}
            </p>
            <p class="ref-links">
                <SectionRef lang=lang label=s.learn_more() id=question.section />
                <SourceRef lang=lang source=question.source />
            </p>
        </div>
    }
}

/// The answer after option `i` is ticked (`on`) or unticked. Indices 1 and 0 of a true/false
/// question stand for "true" and "false".
pub(super) fn picked(q: &Question, before: &Answer, i: usize, on: bool) -> Answer {
    let mut list = match (before, &q.kind) {
        (Answer::Choices(c), QuestionKind::Multiple(_)) => c.clone(),
        _ => Vec::new(),
    };
    list.retain(|&x| x != i);
    if on {
        list.push(i);
    }
    match q.kind {
        QuestionKind::TrueFalse(_) if on => Answer::Bool(i == 1),
        _ => Answer::Choices(list),
    }
}

/// Whether option `i` is chosen in `answer` (indices 1 and 0 of a true/false question stand for
/// "true" and "false").
fn is_chosen(answer: &Answer, i: usize) -> bool {
    match answer {
        Answer::Choices(c) => c.contains(&i),
        Answer::Bool(b) => usize::from(*b) == i,
        _ => false,
    }
}

/// One option: its index, label, feedback and whether it is right.
struct Choice {
    index: usize,
    label: &'static str,
    feedback: Option<&'static str>,
    correct: bool,
}

/// The options, in the attempt's order.
fn choices(q: &Question, lang: Lang, order: &[usize]) -> Vec<Choice> {
    let s = lang.strings().quiz();
    match q.kind {
        QuestionKind::Single(options) | QuestionKind::Multiple(options) => order
            .iter()
            .map(|&i| Choice {
                index: i,
                label: options[i].text.get(lang),
                feedback: Some(options[i].feedback.get(lang)),
                correct: options[i].correct,
            })
            .collect(),
        QuestionKind::TrueFalse(truth) => vec![
            Choice {
                index: 1,
                label: s.true_label(),
                feedback: None,
                correct: truth,
            },
            Choice {
                index: 0,
                label: s.false_label(),
                feedback: None,
                correct: !truth,
            },
        ],
        QuestionKind::Order(_) | QuestionKind::Map(..) => Vec::new(),
    }
}

/// Radios or checkboxes. Once checked, the reader's choices say whether they were right, and the
/// right options that were not chosen say so too, each with its feedback.
#[component]
fn Choices(lang: Lang, session: QuizSession, index: usize, locked: Signal<bool>) -> impl IntoView {
    let s = lang.strings().quiz();
    let q = session.quiz.questions[index];
    let multiple = matches!(q.kind, QuestionKind::Multiple(_));
    let shown = Memo::new(move |_| session.shown(index));
    let rows = choices(q, lang, &untrack(|| session.order(index)));
    view! {
        <ul class="choices">
            {rows
                .into_iter()
                .map(|c| {
                    let id = format!("{}-{}", q.id, c.index);
                    let chosen = move || shown.with(|a| is_chosen(a, c.index));
                    let change = move |ev: web_sys::Event| {
                        let on = event_target_checked(&ev);
                        let next = picked(q, &untrack(|| session.shown(index)), c.index, on);
                        session.set_draft(index, next);
                    };
                    let note = move || {
                        if !locked.get() {
                            return None;
                        }
                        let (class, mark, word) = match (chosen(), c.correct) {
                            (true, true) => ("choice-feedback right", "✓ ", s.your_choice_right()),
                            (true, false) => ("choice-feedback wrong", "✗ ", s.your_choice_wrong()),
                            (false, true) => ("choice-feedback solution", "★ ", s.right_answer()),
                            (false, false) => return None,
                        };
                        Some(view! {
                            <p class=class>
                                <span class="mark" aria-hidden="true">{mark}</span>
                                <strong>{word}</strong>
                                {c.feedback.map(|f| format!(" {f}"))}
                            </p>
                        })
                    };
                    view! {
                        <li class="choice">
                            <input
                                type=if multiple { "checkbox" } else { "radio" }
                                id=id.clone()
                                name=q.id
                                prop:checked=chosen
                                disabled=move || locked.get()
                                on:change=change
                            />
                            <label for=id>{c.label}</label>
                            {note}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// Moves the item at `pos` one place up or down; returns where it went, or `None` at an end or for
/// a position that is not in the list.
pub(super) fn moved(order: &mut [usize], pos: usize, up: bool) -> Option<usize> {
    let to = if up { pos.checked_sub(1)? } else { pos + 1 };
    if to >= order.len() || pos >= order.len() {
        return None;
    }
    order.swap(pos, to);
    Some(to)
}

/// Items to put in date order, moved by buttons so it works by keyboard and touch alike. The rows
/// stay where they are and show whichever item is at their position: a move changes two rows'
/// words and moves focus to the button that now carries the item, so focus never leaves the list.
/// Once checked, each says its date and whether it is in the right place.
#[component]
fn OrderList(
    lang: Lang,
    session: QuizSession,
    index: usize,
    items: &'static [OrderItem],
    locked: Signal<bool>,
) -> impl IntoView {
    let s = lang.strings().quiz();
    let sorted = StoredValue::new(chronological(items));
    let order = Memo::new(move |_| match session.shown(index) {
        Answer::Order(o) if o.len() == items.len() => o,
        _ => session.order(index),
    });
    let buttons: Vec<(NodeRef<html::Button>, NodeRef<html::Button>)> = (0..items.len())
        .map(|_| (NodeRef::new(), NodeRef::new()))
        .collect();
    let buttons = StoredValue::new(buttons);
    let last = items.len() - 1;
    let shift = move |pos: usize, up: bool| {
        let mut next = order.get_untracked();
        let Some(to) = moved(&mut next, pos, up) else {
            return;
        };
        let item = next[to];
        session.set_draft(index, Answer::Order(next));
        session
            .announce
            .set(s.moved(items[item].text.get(lang), to + 1));
        // The same direction, unless the item reached that end; then the other button.
        let keep_up = if up { to > 0 } else { to == last };
        let target = buttons.with_value(|b| if keep_up { b[to].0 } else { b[to].1 });
        if let Some(button) = target.get_untracked() {
            let _ = button.focus();
        }
    };
    view! {
        <ol class="order-list">
            {(0..items.len())
                .map(|pos| {
                    let (up_ref, down_ref) = buttons.with_value(|b| b[pos]);
                    let item = move || order.with(|o| o[pos]);
                    let text = move || items[item()].text.get(lang);
                    let result = move || {
                        locked.get().then(|| {
                            let i = item();
                            let (mark, word) = if sorted.with_value(|s| s.get(pos) == Some(&i)) {
                                ("✓ ", s.right_position())
                            } else {
                                ("✗ ", s.wrong_position())
                            };
                            view! {
                                <span class="order-result">
                                    <DateText lang=lang date=items[i].date />
                                    " · "
                                    <span class="mark" aria-hidden="true">{mark}</span>
                                    {word}
                                </span>
                            }
                        })
                    };
                    view! {
                        <li class="order-item">
                            <span class="order-text">{text}</span>
                            {result}
                            <span class="order-buttons">
                                <button
                                    type="button"
                                    class="button small"
                                    node_ref=up_ref
                                    aria-label=move || format!("{}: {}", s.move_up(), text())
                                    disabled=move || locked.get() || pos == 0
                                    on:click=move |_| shift(pos, true)
                                >
                                    <span aria-hidden="true">"↑ "</span>{s.move_up_short()}
                                </button>
                                <button
                                    type="button"
                                    class="button small"
                                    node_ref=down_ref
                                    aria-label=move || format!("{}: {}", s.move_down(), text())
                                    disabled=move || locked.get() || pos == last
                                    on:click=move |_| shift(pos, false)
                                >
                                    <span aria-hidden="true">"↓ "</span>{s.move_down_short()}
                                </button>
                            </span>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

/// The right answer in words: the solutions and the teacher's answer key.
pub(super) fn solution_text(q: &Question, lang: Lang) -> String {
    let s = lang.strings().quiz();
    match q.kind {
        QuestionKind::Single(o) | QuestionKind::Multiple(o) => o
            .iter()
            .filter(|c| c.correct)
            .map(|c| c.text.get(lang))
            .collect::<Vec<_>>()
            .join(" · "),
        QuestionKind::TrueFalse(t) => {
            (if t { s.true_label() } else { s.false_label() }).to_string()
        }
        QuestionKind::Order(items) => chronological(items)
            .into_iter()
            .map(|i| items[i].text.get(lang))
            .collect::<Vec<_>>()
            .join(" → "),
        QuestionKind::Map(id, _) => content::map_item(id)
            .map(|item| item.name(lang))
            .filter(|name| !name.is_empty())
            .unwrap_or(id)
            .to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::QUIZZES;

    fn find(pred: impl Fn(&Question) -> bool) -> &'static Question {
        QUIZZES
            .iter()
            .flat_map(|quiz| quiz.questions.iter().copied())
            .find(|q| pred(q))
            .expect("the bank has such a question")
    }

    #[test]
    fn picking_and_moving() {
        let multiple = find(|q| matches!(q.kind, QuestionKind::Multiple(_)));
        let two = picked(multiple, &Answer::Choices(vec![0]), 2, true);
        assert_eq!(two, Answer::Choices(vec![0, 2]));
        assert_eq!(picked(multiple, &two, 0, false), Answer::Choices(vec![2]));
        let single = find(|q| matches!(q.kind, QuestionKind::Single(_)));
        assert_eq!(
            picked(single, &Answer::Choices(vec![0]), 1, true),
            Answer::Choices(vec![1])
        );
        let truth = find(|q| matches!(q.kind, QuestionKind::TrueFalse(_)));
        assert_eq!(
            picked(truth, &Answer::Choices(vec![]), 1, true),
            Answer::Bool(true)
        );
        assert!(is_chosen(&Answer::Bool(true), 1));
        assert!(!is_chosen(&Answer::Bool(true), 0));
        let mut order = vec![2, 0, 1];
        assert_eq!(moved(&mut order, 1, true), Some(0));
        assert_eq!(order, vec![0, 2, 1]);
        assert_eq!(moved(&mut order, 0, true), None);
        assert_eq!(moved(&mut order, 2, false), None);
        assert_eq!(
            moved(&mut order, 7, true),
            None,
            "a stale position is ignored"
        );
        assert_eq!(order, vec![0, 2, 1]);
    }

    #[test]
    fn options_keep_the_attempts_order_and_true_comes_first() {
        let single = find(|q| matches!(q.kind, QuestionKind::Single(_)));
        let QuestionKind::Single(options) = single.kind else {
            unreachable!()
        };
        let order: Vec<usize> = (0..options.len()).rev().collect();
        let rows = choices(single, Lang::En, &order);
        assert_eq!(rows.iter().map(|c| c.index).collect::<Vec<_>>(), order);
        assert_eq!(rows.iter().filter(|c| c.correct).count(), 1);
        let truth = find(|q| matches!(q.kind, QuestionKind::TrueFalse(_)));
        let rows = choices(truth, Lang::Fr, &[]);
        assert_eq!(rows[0].label, "Vrai");
        assert_eq!(rows.iter().filter(|c| c.correct).count(), 1);
    }

    #[test]
    fn solutions_name_the_right_answers() {
        let order = find(|q| matches!(q.kind, QuestionKind::Order(_)));
        assert_eq!(
            solution_text(order, Lang::En).matches(" → ").count() + 1,
            {
                let QuestionKind::Order(items) = order.kind else {
                    unreachable!()
                };
                items.len()
            }
        );
        let map = find(|q| matches!(q.kind, QuestionKind::Map(..)));
        let QuestionKind::Map(id, _) = map.kind else {
            unreachable!()
        };
        assert_eq!(
            solution_text(map, Lang::En),
            content::map_item(id).unwrap().name(Lang::En)
        );
    }
}
