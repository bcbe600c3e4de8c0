//! What happens while a newly chosen language downloads, and if it cannot.

use leptos::prelude::*;

use crate::i18n::Lang;

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
        <div class="language-status" role="status">
            {move || match state.get() {
                LangSwitch::Done => None,
                LangSwitch::Loading(l) => Some(view! {
                    <p lang=l.code()>{l.strings().lang_loading}</p>
                }.into_any()),
                LangSwitch::Failed(l) => Some(view! {
                    <p lang=l.code() class="failed">
                        {l.strings().lang_failed} " "
                        <button type="button" class="button" on:click=move |_| retry.run(())>
                            {l.strings().try_again}
                        </button>
                    </p>
                }.into_any()),
            }}
        </div>
    }
}
