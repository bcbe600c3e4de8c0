//! The reference links the views share: "read more" and "source" links, and source lists.

use leptos::prelude::*;

use crate::content::{self, source_label};
use crate::i18n::Lang;
use crate::url_state::UrlState;

/// "{label} <section title>": the section that explains something.
#[component]
pub fn SectionRef(lang: Lang, label: &'static str, id: &'static str) -> impl IntoView {
    content::section(lang, id).map(|sec| {
        let href = UrlState {
            section: Some(id),
            ..Default::default()
        }
        .href();
        view! { <span>{label} " " <a href=href>{sec.title.get(lang)}</a></span> }
    })
}

/// "{label} <site>": where a fact comes from, named by its site.
#[component]
pub fn SourceRef(label: &'static str, url: &'static str) -> impl IntoView {
    view! { <span>{label} " " <a href=url class="external">{source_label(url)}</a></span> }
}

/// Source links as list items, each `(url, label)`; the caller chooses the list.
#[component]
pub fn SourceItems(sources: Vec<(&'static str, &'static str)>) -> impl IntoView {
    sources
        .into_iter()
        .map(|(url, label)| view! { <li><a href=url class="external">{label}</a></li> })
        .collect_view()
}
