//! References as components, for the views drawn as components: the section that explains
//! something, where a fact comes from, a date, a list of sections. (`reference_links` writes the
//! same as markup for the views that are static bulk.)

use leptos::prelude::*;

use crate::content::{self, Date, SourceRef as Cited};
use crate::i18n::{Lang, Localize};
use crate::url_state::UrlState;

/// The address of a section, opened.
pub fn section_href(id: &'static str) -> String {
    UrlState {
        section: Some(id),
        ..Default::default()
    }
    .href()
}

/// "{label} <section title>": the section that explains something (nothing for an unknown id).
#[component]
pub fn SectionRef(lang: Lang, label: &'static str, id: &'static str) -> impl IntoView {
    content::section(lang, id).map(|sec| {
        view! {
            <span>{label}" "<a href=section_href(sec.id)>{sec.title.get(lang)}</a></span>
        }
    })
}

/// "Source: <citation>": where a fact comes from, as a citation that links to the work.
#[component]
pub fn SourceRef(lang: Lang, source: Cited) -> impl IntoView {
    let cited = source.get(lang);
    view! {
        <span>
            {lang.strings().source()}" "
            <a href=cited.url class="external">{cited.text}</a>
        </span>
    }
}

/// A date as the reader's language writes it, machine-readable in `datetime`.
#[component]
pub fn DateText(lang: Lang, date: Date) -> impl IntoView {
    view! { <time datetime=date.iso()>{date.text(lang)}</time> }
}

/// A list of sections, each a link to it.
#[component]
pub fn SectionList(lang: Lang, ids: Vec<&'static str>) -> impl IntoView {
    view! {
        <ul>
            {ids
                .into_iter()
                .filter_map(|id| content::section(lang, id))
                .map(|sec| view! { <li><a href=section_href(sec.id)>{sec.title.get(lang)}</a></li> })
                .collect_view()}
        </ul>
    }
}

/// A list of sources, each a citation that links to the work.
#[component]
pub fn SourceList(lang: Lang, sources: &'static [Cited]) -> impl IntoView {
    view! {
        <ul class="sources">
            {sources
                .iter()
                .map(|src| {
                    let cited = src.get(lang);
                    view! { <li><a href=cited.url class="external">{cited.text}</a></li> }
                })
                .collect_view()}
        </ul>
    }
}
