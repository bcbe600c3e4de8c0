use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::question_card::MAP_SLOT;
use super::quiz_view::QuizState;
use crate::content;
use crate::i18n::Lang;
use crate::quiz::Answer;
use crate::ui::map::SahelMap;
use crate::url_state::{UrlContext, UrlState, LAST_YEAR};

/// "Find it on the map": puts the map into the place the question's markup keeps for it
/// (`question_card.rs`), where choosing a country or place picks the answer. It comes with the
/// map's code (see `lazy_view.rs`), so a reader who never meets a map question never downloads
/// the map; it draws nothing itself.
#[component]
pub fn MapQuestion(lang: Lang) -> impl IntoView {
    let url = UrlContext::get();
    let state = use_context::<QuizState>().filter(|state| state.lang == lang);
    let index = url.state.with_untracked(|st| st.question).map(|n| n - 1);
    // Kept while the question is shown; dropping it takes the map away.
    let map = StoredValue::new_local(None::<Box<dyn std::any::Any>>);
    Effect::new(move |_| {
        let (Some(state), Some(index)) = (state, index) else {
            return;
        };
        // Each time the question is drawn whole, its place for the map is new and empty.
        state.drawn.track();
        let Some(slot) = document().get_element_by_id(MAP_SLOT) else {
            return;
        };
        if slot.child_element_count() > 0 {
            return;
        }
        let picked = move || {
            state.draft.track();
            match state.shown(index).0 {
                Answer::Place(id) => content::map_item(&id).map(|item| item.id()),
                _ => None,
            }
        };
        let pick = Callback::new(move |id: &'static str| {
            if state.saved(index).is_none() {
                state
                    .draft
                    .set(Some((index, Answer::Place(id.to_string()))));
                if let Some(item) = content::map_item(id) {
                    state
                        .announce
                        .set((lang.strings().map.selected)(item.name(lang)));
                }
            }
        });
        let here = url.state.with_untracked(UrlState::href);
        let drawn = leptos::mount::mount_to(slot.unchecked_into(), move || {
            view! {
                <SahelMap
                    lang=lang
                    year=Signal::stored(LAST_YEAR)
                    layers=Signal::stored(Vec::new())
                    selected=Signal::derive(picked)
                    href=Callback::new(move |_| here.clone())
                    on_pick=pick
                />
            }
        });
        map.set_value(Some(Box::new(drawn)));
    });
}
