use leptos::prelude::*;

use crate::i18n::Lang;
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
    view! {
        <footer class="site-footer">
            <p>{s.footer_about}</p>
            <p><a href=answer_key>{s.share.answer_key}</a></p>
            <p>{s.footer_licence}</p>
        </footer>
    }
}
