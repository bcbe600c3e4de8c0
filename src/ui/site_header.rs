use leptos::prelude::*;

use crate::i18n::{Lang, Localize};
use crate::markup::Markup;
use crate::ui::language_switch::LanguageSwitch;
use crate::ui::share_dialog::ShareButton;
use crate::url_state::{UrlContext, UrlState, View};

/// Title and the navigation between views. Plain links, so "open in new tab" works too.
#[component]
pub fn SiteHeader(lang: Lang, view: Memo<View>) -> impl IntoView {
    let s = lang.strings();
    let view_name = Signal::derive(move || view_label(lang, view.get()));
    let chosen_lang = UrlContext::get().state.with_untracked(|st| st.lang);
    // Markup (see crate::markup), redrawn when the view changes; focus then moves to the new view.
    let nav = move || {
        let current = view.get();
        let mut m = Markup::new();
        m.open("ul", &[]);
        for target in [View::Sections, View::Timeline, View::Map, View::Quiz] {
            let href = UrlState {
                view: target,
                lang: chosen_lang,
                ..Default::default()
            }
            .href();
            let mut attrs = vec![("href", href.as_str())];
            if target == current {
                attrs.push(("aria-current", "page"));
            }
            m.open("li", &[])
                .element("a", &attrs, view_label(lang, target))
                .close("li");
        }
        m.close("ul");
        m.finish()
    };
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <p class="site-title">
                    <span class="site-name">{s.site_title}</span>
                    <span class="site-tagline">{s.site_tagline}</span>
                </p>
                <nav aria-label=s.nav_label class="view-nav" inner_html=nav></nav>
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
