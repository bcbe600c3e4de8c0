use leptos::prelude::*;

use crate::i18n::{remember_lang, Lang};
use crate::url_state::{UrlContext, UrlState};

/// Links to the same state in each language, each named in its own language. Links rather than a
/// select: one click, and "open in a new tab" works.
#[component]
pub fn LanguageSwitch(lang: Lang) -> impl IntoView {
    let url = UrlContext::get();
    let s = lang.strings();
    view! {
        <ul class="language-switch" aria-label=s.language_label>
            {Lang::ALL
                .into_iter()
                .map(|l| {
                    let href = move || url.state.with(|st| UrlState { lang: Some(l), ..st.clone() }.href());
                    view! {
                        <li>
                            <a
                                id=format!("lang-{}", l.code())
                                href=href
                                lang=l.code()
                                hreflang=l.code()
                                aria-current=(l == lang).then_some("true")
                                on:click=move |_| remember_lang(l)
                            >
                                {l.name()}
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
