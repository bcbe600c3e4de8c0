use leptos::prelude::*;

use crate::i18n::Lang;
use crate::url_state::{UrlState, View};

/// Title and the navigation between views. Plain links, so "open in new tab" works too.
#[component]
pub fn SiteHeader(lang: Lang, view: Memo<View>) -> impl IntoView {
    let s = lang.strings();
    let link = move |target: View, label: &'static str| {
        let href = UrlState {
            view: target,
            ..Default::default()
        }
        .href();
        view! {
            <li>
                <a href=href aria-current=move || (view.get() == target).then_some("page")>{label}</a>
            </li>
        }
    };
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <p class="site-title">
                    <span class="site-name">{s.site_title}</span>
                    <span class="site-tagline">{s.site_tagline}</span>
                </p>
                <nav aria-label=s.nav_label class="view-nav">
                    <ul>
                        {link(View::Sections, s.nav_sections)}
                        {link(View::Timeline, s.nav_timeline)}
                    </ul>
                </nav>
            </div>
        </header>
    }
}
