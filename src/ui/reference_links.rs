//! Small pieces the views share: "read more" and "source" links, source lists and dates.

use leptos::prelude::*;

use crate::content::{self, source_label, Date};
use crate::i18n::{iso_date, Lang};
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

/// A date as the reader's language writes it, machine-readable in `datetime`.
#[component]
pub fn DateText(lang: Lang, date: Date) -> impl IntoView {
    view! { <time datetime=iso_date(date)>{lang.strings().date(date)}</time> }
}
