use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::question_card::{after_markup, Shown};
use super::quiz_view::QuizState;
use crate::content::{self, Question};
use crate::i18n::Lang;
use crate::markup::{find_in, Markup};
use crate::quiz::Answer;
use crate::ui::map::SahelMap;
use crate::url_state::{UrlContext, UrlState, LAST_YEAR};

/// "Find it on the map": the question's form around the map itself, where choosing a country or
/// place picks the answer. It comes with the map's code (see `lazy_view.rs`), so a reader who
/// never meets a map question never downloads the map.
#[component]
pub fn MapQuestion(lang: Lang) -> impl IntoView {
    let index = UrlContext::get()
        .state
        .with_untracked(|st| st.question)
        .map(|n| n - 1);
    use_context::<QuizState>()
        .filter(|state| state.lang == lang)
        .zip(index)
        .map(|(state, index)| card(state, index))
}

fn card(state: QuizState, index: usize) -> impl IntoView {
    let lang = state.lang;
    let m = &lang.strings().map;
    let q = state.question(index);
    let total = state.quiz.questions.len();
    let picked = move || {
        state.draft.track();
        match state.shown(index).0 {
            Answer::Place(id) => content::map_item(&id).map(|item| (item.id(), item.name(lang))),
            _ => None,
        }
    };
    let pick = Callback::new(move |id: &'static str| {
        if state.saved(index).is_none() {
            state
                .draft
                .set(Some((index, Answer::Place(id.to_string()))));
            if let Some(item) = content::map_item(id) {
                state.announce.set((m.selected)(item.name(lang)));
            }
        }
    });
    let here = UrlContext::get().state.with_untracked(UrlState::href);

    // The card is markup drawn once; the map goes into its place in the form, and what changes
    // (the choice, "check", the feedback) is set on the elements, so the map is never redrawn.
    let root = NodeRef::<leptos::html::Div>::new();
    let map = StoredValue::new_local(None::<Box<dyn std::any::Any>>);
    Effect::new(move |_| {
        let Some(slot) = root.get().and_then(|r| find_in(&r, ".map-slot")) else {
            return;
        };
        if map.with_value(Option::is_some) {
            return;
        }
        let here = here.clone();
        let drawn = leptos::mount::mount_to(slot.unchecked_into(), move || {
            view! {
                <SahelMap
                    lang=lang
                    year=Signal::stored(LAST_YEAR)
                    layers=Signal::stored(Vec::new())
                    selected=Signal::derive(move || picked().map(|p| p.0))
                    href=Callback::new(move |_| here.clone())
                    on_pick=pick
                />
            }
        });
        map.set_value(Some(Box::new(drawn)));
    });
    Effect::new(move |_| {
        let name = picked().map(|p| p.1);
        let (answer, locked) = state.shown(index);
        let shown = Shown {
            answer: &answer,
            locked,
            solutions: state.solutions.get(),
        };
        let Some(root) = root.get() else {
            return;
        };
        if let Some(choice) = find_in(&root, ".map-choice strong") {
            choice.set_text_content(name);
        }
        if let Some(button) = find_in(&root, "button[type=\"submit\"]") {
            let _ = button.toggle_attribute_with_force("hidden", locked);
        }
        if let Some(after) = find_in(&root, ".question-after") {
            after.set_inner_html(&after_markup(q, lang, index, total, &shown));
        }
    });
    let on_submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        state.check(index);
    };
    view! {
        <div
            node_ref=root
            inner_html=card_markup(q, lang, index, total)
            on:submit=on_submit
            on:click=move |ev| state.navigate(&ev, index)
        ></div>
    }
}

/// The question's heading and form, with an empty place for the map and for the choice, then
/// the place for the feedback and the way on.
fn card_markup(q: &Question, lang: Lang, index: usize, total: usize) -> String {
    let (s, m) = (&lang.strings().quiz, &lang.strings().map);
    let mut html = Markup::new();
    html.element(
        "h2",
        &[
            ("id", "question-heading"),
            ("tabindex", "-1"),
            ("class", "question-number"),
        ],
        &(s.question_of)(index + 1, total),
    )
    .open("form", &[("class", "question")])
    .open("fieldset", &[])
    .element("legend", &[("class", "prompt")], q.prompt.get(lang))
    .element("p", &[("class", "hint")], s.map_hint)
    .empty("div", &[("class", "map-slot")])
    .open("p", &[("class", "map-choice")])
    .text(m.your_choice)
    .text(" ")
    .empty("strong", &[])
    .close("p")
    .close("fieldset")
    .element(
        "button",
        &[("type", "submit"), ("class", "button primary")],
        s.check,
    )
    .close("form")
    .empty("div", &[("class", "question-after")]);
    html.finish()
}
