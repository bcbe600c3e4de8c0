//! A short message that may offer "Try again": a language or a part of the app that is still
//! downloading, or could not be.

use leptos::prelude::*;

use crate::i18n::{Lang, Localize};

/// `text`, in `lang` (which may not be the page's language yet), and a "try again" button (or one
/// named `label`) when `retry` is given. The caller's element carries the live-region role.
#[component]
pub fn Notice(
    lang: Lang,
    text: &'static str,
    #[prop(optional_no_strip)] retry: Option<Callback<()>>,
    #[prop(optional_no_strip)] label: Option<&'static str>,
) -> impl IntoView {
    view! {
        <p lang=lang.code()>{text}</p>
        {retry.map(|retry| view! {
            <button type="button" class="button" lang=lang.code() on:click=move |_| retry.run(())>
                {label.unwrap_or(lang.strings().try_again)}
            </button>
        })}
    }
}
