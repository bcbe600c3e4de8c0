//! What happens while a newly chosen language downloads, and if it cannot.

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::ui::notice;

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
    let message = move || match state.get() {
        LangSwitch::Done => String::new(),
        LangSwitch::Loading(l) => notice::markup(l.code(), l.strings().lang_loading, None),
        LangSwitch::Failed(l) => {
            let s = l.strings();
            notice::markup(l.code(), s.lang_failed, Some(s.try_again))
        }
    };
    view! {
        <div
            class="language-status"
            class:failed=move || matches!(state.get(), LangSwitch::Failed(_))
            role="status"
            inner_html=message
            on:click=move |ev| {
                if notice::on_button(&ev) {
                    retry.run(())
                }
            }
        ></div>
    }
}
