use leptos::prelude::*;

use crate::i18n::Lang;

#[component]
pub fn SiteFooter(lang: Lang) -> impl IntoView {
    let s = lang.strings();
    view! {
        <footer class="site-footer">
            <p>{s.footer_about}</p>
            <p>{s.footer_licence}</p>
        </footer>
    }
}
