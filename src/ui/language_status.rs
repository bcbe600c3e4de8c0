//! What happens while a newly chosen language downloads, and if it cannot.

use leptos::prelude::*;

use crate::i18n::{Lang, Localize};
use crate::ui::notice::Notice;

/// Where a language switch stands. The page keeps showing the previous language meanwhile.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LangSwitch {
    Done,
    Loading(Lang),
    Failed(Lang),
}

/// A polite live region: "Loading the French version…", or why it failed with a way to retry. Each
/// message is in the language asked for, since that is the one the reader chose to read.
#[component]
pub fn LanguageStatus(
    #[prop(into)] state: Signal<LangSwitch>,
    retry: Callback<()>,
) -> impl IntoView {
    view! {
        <div
            class="language-status"
            class:failed=move || matches!(state.get(), LangSwitch::Failed(_))
            role="status"
        >
            {move || match state.get() {
                LangSwitch::Done => None,
                LangSwitch::Loading(l) => Some(view! { <Notice lang=l text=l.strings().lang_loading /> }.into_any()),
                LangSwitch::Failed(l) => Some(view! { <Notice lang=l text=l.strings().lang_failed retry=Some(retry) /> }.into_any()),
            }}
        </div>
    }
}
