use leptos::prelude::*;

use super::quiz_view::QuizState;
use crate::content::{self, Question, QuestionKind};
use crate::quiz::{chronological, display_order, is_correct, Answer};
use crate::ui::app::focus_by_id;
use crate::ui::date_text::DateText;
use crate::ui::map::SahelMap;
use crate::ui::reference_links::{SectionRef, SourceRef};
use crate::url_state::{UrlContext, UrlState, LAST_YEAR};

/// One question as a form: a fieldset of native inputs, "check", then feedback that stays until a
/// retry. Choice questions (single, multiple, true/false) share one rendering.
#[component]
pub(super) fn QuestionCard(state: QuizState, index: usize) -> impl IntoView {
    let QuizState {
        quiz,
        lang,
        attempt,
        solutions,
        announce,
    } = state;
    let s = &lang.strings().quiz;
    let q: &'static Question = quiz.questions[index];
    let total = quiz.questions.len();
    let saved = Memo::new(move |_| attempt.with(|a| a.answers[index].clone()));
    let locked = Memo::new(move |_| saved.with(Option::is_some));
    let seed = attempt.with_untracked(|a| a.seed);
    let order = display_order(q, seed);
    // What the reader has picked but not checked yet; an order question starts from its shuffle.
    let draft = RwSignal::new(saved.get_untracked().unwrap_or_else(|| match q.kind {
        QuestionKind::Order(_) => Answer::Order(order.clone()),
        _ => Answer::Choices(Vec::new()),
    }));
    let shown = move || saved.get().unwrap_or_else(|| draft.get());

    let check = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if locked.get_untracked() {
            return;
        }
        let answer = draft.get_untracked();
        if answer == Answer::Choices(Vec::new()) {
            announce.set(s.choose_first.to_string());
            return;
        }
        let verdict = if is_correct(q, &answer) {
            s.correct
        } else {
            s.incorrect
        };
        attempt.update(|a| a.answers[index] = Some(answer));
        announce.set(format!(
            "{verdict} {}{}{}",
            s.explanation,
            lang.strings().colon,
            q.explanation.get(lang)
        ));
        request_animation_frame(|| focus_by_id("question-next"));
    };

    let body = match q.kind {
        QuestionKind::Single(options) | QuestionKind::Multiple(options) => {
            let multiple = matches!(q.kind, QuestionKind::Multiple(_));
            let rows = order
                .iter()
                .map(|&i| {
                    (
                        i,
                        options[i].text.get(lang),
                        Some(options[i].feedback.get(lang)),
                        options[i].correct,
                    )
                })
                .collect();
            choice_list(state, q, rows, multiple, draft, shown, locked).into_any()
        }
        QuestionKind::TrueFalse(truth) => {
            // Index 1 stands for "true", 0 for "false".
            let rows = vec![
                (1, s.true_label, None, truth),
                (0, s.false_label, None, !truth),
            ];
            choice_list(state, q, rows, false, draft, shown, locked).into_any()
        }
        QuestionKind::Order(items) => order_list(state, q, items, draft, shown, locked).into_any(),
        QuestionKind::Map(_) => map_pick(state, draft, shown, locked).into_any(),
    };
    let hint = match q.kind {
        QuestionKind::Multiple(_) => Some(s.select_all),
        QuestionKind::Order(_) => Some(s.order_hint),
        _ => None,
    };
    let hint_id = format!("{}-hint", q.id);
    let is_last = index + 1 == total;
    let strings = lang.strings();

    view! {
        <h2 id="question-heading" tabindex="-1" class="question-number">{(s.question_of)(index + 1, total)}</h2>
        <form class="question" on:submit=check>
            <fieldset aria-describedby=hint.map(|_| hint_id.clone())>
                <legend class="prompt">{q.prompt.get(lang)}</legend>
                {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
                {body}
            </fieldset>
            <Show when=move || !locked.get()>
                <button type="submit" class="button primary">{s.check}</button>
            </Show>
        </form>
        <Show when=move || locked.get()>
            <div class="feedback">
                <p class="verdict">
                    {move || {
                        let ok = saved.with(|a| a.as_ref().is_some_and(|a| is_correct(q, a)));
                        view! {
                            <span class=if ok { "mark right" } else { "mark wrong" } aria-hidden="true">{if ok { "✓" } else { "✗" }}</span>
                            {if ok { s.correct } else { s.incorrect }}
                        }
                    }}
                </p>
                <p><strong>{s.explanation}{strings.colon}</strong>{q.explanation.get(lang)}</p>
                <p class="event-links">
                    <SectionRef lang=lang label=s.learn_more id=q.section />
                    <SourceRef label=strings.source url=q.source.get(lang) />
                </p>
            </div>
        </Show>
        <Show when=move || solutions.get() && !locked.get()>
            <p class="solution-note">{s.right_answer}{strings.colon}{solution_text(q, lang)}</p>
        </Show>
        <div class="toolbar question-nav">
            {(index > 0).then(|| view! {
                <button type="button" class="button" on:click=move |_| state.go(Some(index))>{s.previous}</button>
            })}
            <button type="button" class="button" id="question-next" on:click=move |_| state.go(if is_last { None } else { Some(index + 2) })>
                {if is_last { s.see_results } else { s.next }}
            </button>
        </div>
    }
}

/// Radios or checkboxes, one per option, with feedback beside the chosen ones once checked and the
/// right ones marked when solutions are shown.
fn choice_list(
    state: QuizState,
    q: &'static Question,
    rows: Vec<(usize, &'static str, Option<&'static str>, bool)>,
    multiple: bool,
    draft: RwSignal<Answer>,
    shown: impl Fn() -> Answer + Copy + Send + Sync + 'static,
    locked: Memo<bool>,
) -> impl IntoView {
    let s = &state.lang.strings().quiz;
    let chosen = move |i: usize| match shown() {
        Answer::Choices(c) => c.contains(&i),
        Answer::Bool(b) => usize::from(b) == i,
        _ => false,
    };
    let pick = move |i: usize, on: bool| {
        draft.update(|d| {
            let mut list = match d {
                Answer::Choices(c) if multiple => c.clone(),
                _ => Vec::new(),
            };
            list.retain(|&x| x != i);
            if on {
                list.push(i);
            }
            *d = match q.kind {
                QuestionKind::TrueFalse(_) if on => Answer::Bool(i == 1),
                _ => Answer::Choices(list),
            };
        })
    };
    view! {
        <ul class="choices">
            {rows
                .into_iter()
                .map(|(i, label, feedback, correct)| {
                    let id = format!("{}-{i}", q.id);
                    view! {
                        <li class="choice">
                            <input
                                type=if multiple { "checkbox" } else { "radio" }
                                id=id.clone()
                                name=q.id
                                prop:checked=move || chosen(i)
                                disabled=move || locked.get()
                                on:change=move |ev| pick(i, event_target_checked(&ev))
                            />
                            <label for=id>{label}</label>
                            <Show when=move || locked.get() && chosen(i)>
                                <p class=if correct { "choice-feedback right" } else { "choice-feedback wrong" }>
                                    <span class="mark" aria-hidden="true">{if correct { "✓ " } else { "✗ " }}</span>
                                    <strong>{if correct { s.your_choice_right } else { s.your_choice_wrong }}</strong>
                                    {feedback.map(|f| format!(" {f}"))}
                                </p>
                            </Show>
                            <Show when=move || correct && state.solutions.get()>
                                <p class="choice-feedback solution"><span class="mark" aria-hidden="true">"★ "</span>{s.right_answer}</p>
                            </Show>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// Items to put in date order, moved by buttons so it works by keyboard and touch alike.
fn order_list(
    state: QuizState,
    q: &'static Question,
    items: &'static [content::OrderItem],
    draft: RwSignal<Answer>,
    shown: impl Fn() -> Answer + Copy + Send + Sync + 'static,
    locked: Memo<bool>,
) -> impl IntoView {
    let lang = state.lang;
    let s = &lang.strings().quiz;
    let current = move || match shown() {
        Answer::Order(o) => o,
        _ => Vec::new(),
    };
    let shift = move |pos: usize, up: bool| {
        let Answer::Order(mut o) = draft.get_untracked() else {
            return;
        };
        let to = if up { pos.wrapping_sub(1) } else { pos + 1 };
        if to >= o.len() {
            return;
        }
        o.swap(pos, to);
        let item = o[to];
        draft.set(Answer::Order(o.clone()));
        state
            .announce
            .set((s.moved)(items[item].text.get(lang), to + 1));
        // The list is redrawn; keep focus on the moved item's button (or its other one at an end).
        let dir = if up && to > 0 || !up && to + 1 == o.len() {
            "up"
        } else {
            "down"
        };
        let dir = if up && to == 0 { "down" } else { dir };
        let id = format!("{}-item-{item}-{dir}", q.id);
        request_animation_frame(move || focus_by_id(&id));
    };
    let sorted = chronological(items);
    view! {
        <ol class="order-list">
            {move || {
                let order = current();
                let n = order.len();
                let sorted = sorted.clone();
                order
                    .into_iter()
                    .enumerate()
                    .map(|(pos, i)| {
                        let item = &items[i];
                        let text = item.text.get(lang);
                        let right_place = sorted[pos] == i;
                        view! {
                            <li class="order-item">
                                <span class="order-text">{text}</span>
                                <Show when=move || locked.get()>
                                    <span class="order-result">
                                        <DateText lang=lang date=item.date />
                                        " · "
                                        <span class="mark" aria-hidden="true">{if right_place { "✓ " } else { "✗ " }}</span>
                                        {if right_place { s.right_position } else { s.wrong_position }}
                                    </span>
                                </Show>
                                <span class="order-buttons">
                                    <button
                                        type="button"
                                        class="button small"
                                        id=format!("{}-item-{i}-up", q.id)
                                        aria-label=format!("{}: {text}", s.move_up)
                                        disabled=move || locked.get() || pos == 0
                                        on:click=move |_| shift(pos, true)
                                    >
                                        "↑"
                                    </button>
                                    <button
                                        type="button"
                                        class="button small"
                                        id=format!("{}-item-{i}-down", q.id)
                                        aria-label=format!("{}: {text}", s.move_down)
                                        disabled=move || locked.get() || pos + 1 == n
                                        on:click=move |_| shift(pos, false)
                                    >
                                        "↓"
                                    </button>
                                </span>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ol>
    }
}

/// "Find it on the map": the map itself, where choosing a country or place picks the answer.
fn map_pick(
    state: QuizState,
    draft: RwSignal<Answer>,
    shown: impl Fn() -> Answer + Copy + Send + Sync + 'static,
    locked: Memo<bool>,
) -> impl IntoView {
    let lang = state.lang;
    let m = &lang.strings().map;
    let picked = Signal::derive(move || match shown() {
        Answer::Place(id) => content::map_item(&id).map(|item| (item.id(), item.name(lang))),
        _ => None,
    });
    let here = UrlContext::get().state.with_untracked(UrlState::href);
    let pick = Callback::new(move |id: &'static str| {
        if !locked.get_untracked() {
            draft.set(Answer::Place(id.to_string()));
            if let Some(item) = content::map_item(id) {
                state.announce.set((m.selected)(item.name(lang)));
            }
        }
    });
    view! {
        <p class="hint">{lang.strings().quiz.map_hint}</p>
        <SahelMap
            lang=lang
            year=Signal::stored(LAST_YEAR)
            layers=Signal::stored(Vec::new())
            selected=Signal::derive(move || picked.get().map(|p| p.0))
            href=Callback::new(move |_| here.clone())
            on_pick=pick
        />
        <p class="map-choice">{m.your_choice} " " <strong>{move || picked.get().map(|p| p.1)}</strong></p>
    }
}

/// The right answer in words: "show solutions" and the teacher's answer key.
pub(super) fn solution_text(q: &Question, lang: crate::i18n::Lang) -> String {
    let s = &lang.strings().quiz;
    match q.kind {
        QuestionKind::Single(o) | QuestionKind::Multiple(o) => o
            .iter()
            .filter(|c| c.correct)
            .map(|c| c.text.get(lang))
            .collect::<Vec<_>>()
            .join(" · "),
        QuestionKind::TrueFalse(t) => (if t { s.true_label } else { s.false_label }).to_string(),
        QuestionKind::Order(items) => chronological(items)
            .into_iter()
            .map(|i| items[i].text.get(lang))
            .collect::<Vec<_>>()
            .join(" → "),
        QuestionKind::Map(id) => {
            content::map_item(id).map_or(id.to_string(), |item| item.name(lang).to_string())
        }
    }
}
