use leptos::prelude::*;

use super::question_card::{after_markup, Shown};
use super::quiz_view::QuizState;
use crate::content;
use crate::i18n::Lang;
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
    let (s, m) = (&lang.strings().quiz, &lang.strings().map);
    let q = state.question(index);
    let total = state.quiz.questions.len();
    let picked = Signal::derive(move || {
        state.draft.track();
        match state.shown(index).0 {
            Answer::Place(id) => content::map_item(&id).map(|item| (item.id(), item.name(lang))),
            _ => None,
        }
    });
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
    let after = move || {
        let (answer, locked) = state.shown(index);
        let shown = Shown {
            answer: &answer,
            locked,
            solutions: state.solutions.get(),
        };
        after_markup(q, lang, index, total, &shown)
    };
    let here = UrlContext::get().state.with_untracked(UrlState::href);
    let check = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        state.check(index);
    };
    view! {
        <h2 id="question-heading" tabindex="-1" class="question-number">{(s.question_of)(index + 1, total)}</h2>
        <form class="question" on:submit=check>
            <fieldset>
                <legend class="prompt">{q.prompt.get(lang)}</legend>
                <p class="hint">{s.map_hint}</p>
                <SahelMap
                    lang=lang
                    year=Signal::stored(LAST_YEAR)
                    layers=Signal::stored(Vec::new())
                    selected=Signal::derive(move || picked.get().map(|p| p.0))
                    href=Callback::new(move |_| here.clone())
                    on_pick=pick
                />
                <p class="map-choice">{m.your_choice} " " <strong>{move || picked.get().map(|p| p.1)}</strong></p>
            </fieldset>
            <button type="submit" class="button primary" hidden=move || state.saved(index).is_some()>{s.check}</button>
        </form>
        <div class="question-after" inner_html=after on:click=move |ev| state.navigate(&ev, index)></div>
    }
}
