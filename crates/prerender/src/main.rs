//! Prints the start view (the sections view with the page around it) in every language, as JSON:
//! `[{"lang": "en", "title": "…", "markup": "…"}, …]`. scripts/postbuild.mjs writes it into
//! index.html, so the first paint shows the real header, contents and section titles before the
//! app's code has arrived.
//!
//! It renders the app's own `Page` component natively: nothing is written by hand, so the copy
//! cannot drift from what the app draws, and the release build needs no browser.

use std::collections::BTreeSet;

use leptos::prelude::*;
use sahel_explainer::i18n::{Lang, Localize};
use sahel_explainer::ui::app::{Frame, Keep, Page};
use sahel_explainer::ui::language_status::LangSwitch;
use sahel_explainer::url_state::{UrlContext, UrlState, View};

/// Effects and tasks belong to the browser: the start view is what the components draw before any
/// of them runs.
struct NoTasks;

impl any_spawner::CustomExecutor for NoTasks {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// The start view in `lang`, as markup.
fn start_view(lang: Lang) -> String {
    let owner = Owner::new();
    owner.with(|| {
        UrlContext::provide_fixed(UrlState::default());
        provide_context(Keep(Owner::current().unwrap_or_default()));
        let frame = Frame {
            view: Signal::stored(View::Sections),
            embedded: false,
            open: RwSignal::new(BTreeSet::new()),
            switch: Signal::stored(LangSwitch::Done),
            retry: Callback::new(|()| {}),
        };
        // Reading signals once, outside any effect, is the point here: no warnings about it.
        let _quiet = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
        let html = view! { <Page lang=lang frame=frame /> }.to_html();
        // The markers Leptos leaves between text nodes matter only to hydration, which this page
        // does not use: the app replaces the start view when it starts.
        html.replace("<!>", "")
    })
}

fn main() {
    if any_spawner::Executor::init_custom_executor(NoTasks).is_err() {
        eprintln!("prerender: an executor was already set");
        std::process::exit(1);
    }
    let views: Vec<serde_json::Value> = Lang::ALL
        .into_iter()
        .map(|lang| {
            serde_json::json!({
                "lang": lang.code(),
                "title": lang.strings().site_title(),
                "markup": start_view(lang),
            })
        })
        .collect();
    println!("{}", serde_json::Value::Array(views));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_view_is_the_apps_own_page_in_each_language() {
        let _ = any_spawner::Executor::init_custom_executor(NoTasks);
        let en = start_view(Lang::En);
        let fr = start_view(Lang::Fr);
        for (html, lang) in [(&en, Lang::En), (&fr, Lang::Fr)] {
            let s = lang.strings();
            assert!(html.contains(s.sections_heading()), "{lang:?} heading");
            assert!(html.contains("<main id=\"main\" tabindex=\"-1\">"));
            assert!(html.contains("class=\"site-header\""));
            for sec in sahel_explainer::content::sections(lang) {
                assert!(
                    html.contains(&format!("id=\"btn-{}\"", sec.id)),
                    "{}",
                    sec.id
                );
            }
            assert!(!html.contains("<!>"));
        }
        assert!(
            en.contains("hreflang=\"fr\""),
            "the language links are there"
        );
        assert_ne!(en, fr);
    }
}
