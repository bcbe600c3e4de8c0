use leptos::prelude::*;

use crate::i18n::{Lang, Localize};
use crate::ui::language_switch::LanguageSwitch;
use crate::ui::share_dialog::ShareButton;
use crate::url_state::{UrlContext, UrlState, View};

/// Title and the navigation between views. Plain links, so "open in new tab" works too; the
/// current one is marked for screen readers and by its look.
#[component]
pub fn SiteHeader(lang: Lang, view: Signal<View>) -> impl IntoView {
    let s = lang.strings();
    let url = UrlContext::get();
    let view_name = Signal::derive(move || view_label(lang, view.get()));
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <p class="site-title">
                    <span class="site-name">{s.site_title()}</span>
                    <span class="site-tagline">{s.site_tagline()}</span>
                </p>
                <nav aria-label=s.nav_label() class="view-nav">
                    <ul>
                        {[View::Sections, View::Timeline, View::Map, View::Figures, View::Quiz, View::Glossary]
                            .into_iter()
                            .map(|target| {
                                // The language the reader chose goes along to the other view.
                                let href = move || {
                                    UrlState {
                                        view: target,
                                        lang: url.state.with(|st| st.lang),
                                        ..Default::default()
                                    }
                                    .href()
                                };
                                let current = move || (view.get() == target).then_some("page");
                                view! {
                                    <li><a href=href aria-current=current>{view_label(lang, target)}</a></li>
                                }
                            })
                            .collect_view()}
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
        View::Sections => s.nav_sections(),
        View::Timeline => s.nav_timeline(),
        View::Map => s.nav_map(),
        View::Figures => s.nav_figures(),
        View::Quiz => s.nav_quizzes(),
        View::Glossary => s.nav_glossary(),
        View::Guide => s.classroom().guide(),
    }
}
