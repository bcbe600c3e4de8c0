use leptos::prelude::*;

use crate::i18n::Lang;
use crate::ui::language_switch::LanguageSwitch;
use crate::ui::share_dialog::ShareButton;
use crate::url_state::{UrlContext, UrlState, View};

/// Title and the navigation between views. Plain links, so "open in new tab" works too.
#[component]
pub fn SiteHeader(lang: Lang, view: Memo<View>) -> impl IntoView {
    let s = lang.strings();
    let view_name = Signal::derive(move || view_label(lang, view.get()));
    let chosen_lang = UrlContext::get().state.with_untracked(|st| st.lang);
    let link = move |target: View, label: &'static str| {
        let href = UrlState {
            view: target,
            lang: chosen_lang,
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
                        {[View::Sections, View::Timeline, View::Map, View::Quiz].map(|v| link(v, view_label(lang, v)))}
                    </ul>
                </nav>
                <div class="header-tools">
                    <ShareButton lang=lang view_name=view_name />
                    <LanguageSwitch lang=lang />
                </div>
            </div>
        </header>
    }
}

/// The name of a view, as the navigation shows it.
pub fn view_label(lang: Lang, view: View) -> &'static str {
    let s = lang.strings();
    match view {
        View::Sections => s.nav_sections,
        View::Timeline => s.nav_timeline,
        View::Map => s.map.nav,
        View::Quiz => s.quiz.nav,
    }
}
