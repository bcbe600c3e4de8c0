use leptos::prelude::*;

use crate::i18n::{Lang, Localize};
use crate::markup::Markup;
use crate::url_state::{UrlContext, UrlState, View};

#[component]
pub fn SiteFooter(lang: Lang) -> impl IntoView {
    let s = lang.strings();
    let chosen_lang = UrlContext::get().state.with_untracked(|st| st.lang);
    let answer_key = UrlState {
        view: View::Quiz,
        teacher: true,
        lang: chosen_lang,
        ..Default::default()
    }
    .href();
    // Static text: markup, which costs the wasm less than a view tree (see crate::markup).
    let mut m = Markup::new();
    m.element("p", &[], s.footer_about)
        .open("p", &[])
        .element("a", &[("href", &answer_key)], s.share.answer_key)
        .close("p")
        .element("p", &[], s.footer_licence);
    view! { <footer class="site-footer" inner_html=m.finish()></footer> }
}
