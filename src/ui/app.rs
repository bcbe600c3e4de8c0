//! The page frame: header, the current view, footer.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::ui::{
    sections_view::SectionsView, site_footer::SiteFooter, site_header::SiteHeader,
    timeline_view::TimelineView,
};
use crate::url_state::{UrlContext, View};

#[component]
pub fn App() -> impl IntoView {
    let url = UrlContext::provide();
    let lang = Lang::default();
    let strings = lang.strings();
    // Which sections are open outlives the sections view, so going to the timeline and back keeps
    // the reader's place.
    let open = RwSignal::new(BTreeSet::<&'static str>::new());
    let view = Memo::new(move |_| url.state.with(|s| s.view));

    // A new view is announced by moving focus to its heading (skipped on first load, where the
    // browser's own focus handling is right) and named in the tab title.
    Effect::new(move |previous: Option<View>| {
        let current = view.get();
        let title = match current {
            View::Sections => strings.site_title.to_string(),
            View::Timeline => format!("{} – {}", strings.nav_timeline, strings.site_title),
        };
        document().set_title(&title);
        if previous.is_some_and(|p| p != current) {
            request_animation_frame(|| focus_by_id("view-heading"));
        }
        current
    });

    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            focus_by_id("main");
        }>{strings.skip_to_content}</a>
        <SiteHeader lang=lang view=view />
        <main id="main" tabindex="-1">
            {move || match view.get() {
                View::Sections => view! { <SectionsView lang=lang open=open /> }.into_any(),
                View::Timeline => view! { <TimelineView lang=lang /> }.into_any(),
            }}
        </main>
        <SiteFooter lang=lang />
    }
}

/// Moves keyboard focus to the element with `id`, if it exists.
pub fn focus_by_id(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
            let _ = el.focus();
        }
    }
}
