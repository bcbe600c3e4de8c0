use leptos::prelude::*;

use crate::i18n::{remember_lang, Lang, Localize};
use crate::url_state::{UrlContext, UrlState};

/// Links to the same place in each language, each named in its own language. Links rather than a
/// select: one click, and "open in a new tab" works. Their addresses follow the reader's moves; a
/// click on one remembers the choice.
#[component]
pub fn LanguageSwitch(lang: Lang) -> impl IntoView {
    let url = UrlContext::get();
    view! {
        <ul class="language-switch" aria-label=lang.strings().language_label()>
            {Lang::ALL
                .into_iter()
                .map(|l| {
                    let href = move || {
                        url.state.with(|st| {
                            UrlState {
                                lang: Some(l),
                                ..st.clone()
                            }
                            .href()
                        })
                    };
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
