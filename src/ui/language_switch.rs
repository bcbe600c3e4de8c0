use leptos::prelude::*;

use crate::i18n::{remember_lang, Lang, Localize};
use crate::markup::{self, Markup};
use crate::url_state::{UrlContext, UrlState};

/// Links to the same state in each language, each named in its own language. Links rather than a
/// select: one click, and "open in a new tab" works. Markup (see [`crate::markup`]), redrawn when
/// the address changes; a click on one remembers the choice.
#[component]
pub fn LanguageSwitch(lang: Lang) -> impl IntoView {
    let url = UrlContext::get();
    let links = move || {
        url.state.with(|st| {
            let mut m = Markup::new();
            for l in Lang::ALL {
                let href = UrlState {
                    lang: Some(l),
                    ..st.clone()
                }
                .href();
                let id = format!("lang-{}", l.code());
                let mut attrs = vec![
                    ("id", id.as_str()),
                    ("href", href.as_str()),
                    ("lang", l.code()),
                    ("hreflang", l.code()),
                ];
                if l == lang {
                    attrs.push(("aria-current", "true"));
                }
                m.open("li", &[]).element("a", &attrs, l.name()).close("li");
            }
            m.finish()
        })
    };
    let remember = |ev: web_sys::MouseEvent| {
        let chosen = markup::closest(&ev, "a[hreflang]")
            .and_then(|a| a.get_attribute("hreflang"))
            .and_then(|code| Lang::from_code(&code));
        if let Some(l) = chosen {
            remember_lang(l);
        }
    };
    view! {
        <ul class="language-switch" aria-label=lang.strings().language_label inner_html=links on:click=remember></ul>
    }
}
