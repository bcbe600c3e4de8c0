use leptos::prelude::*;

use crate::content::{source_label, MapItem, Period, TIMELINE};
use crate::i18n::Lang;
use crate::ui::date_text::DateText;
use crate::ui::reference_links::SourceItems;
use crate::ui::section_links::SectionList;

/// What the selected country or place did in the story: in the chosen year, over the years, and
/// where to read more.
#[component]
pub fn MapPanel(lang: Lang, item: MapItem, year: u16) -> impl IntoView {
    let strings = lang.strings();
    let s = &strings.map;
    let (name, kind, summary, periods, sections, events, sources) = match item {
        MapItem::Country(c) => (
            c.name, s.country, c.summary, c.periods, c.sections, c.events, c.sources,
        ),
        MapItem::Place(p) => (
            p.name,
            (s.kind_names)(p.kind),
            p.summary,
            p.periods,
            p.sections,
            p.events,
            p.sources,
        ),
    };
    let now: Vec<&Period> = periods.iter().filter(|p| p.covers(year)).collect();
    let span = |p: &Period| match p.to {
        Some(to) if to == p.from => format!("{}", p.from),
        Some(to) => format!("{}–{to}", p.from),
        None => format!("{}–", p.from),
    };
    view! {
        <section class="map-panel" aria-labelledby="map-panel-heading">
            <h2 id="map-panel-heading" tabindex="-1">{name.get(lang)}</h2>
            <p class="map-panel-kind">{kind}</p>
            <p>{summary.get(lang)}</p>
            <h3>{(s.in_year)(year)}</h3>
            {if now.is_empty() {
                view! { <p>{s.nothing_in_year}</p> }.into_any()
            } else {
                view! { <ul>{now.iter().map(|p| view! { <li>{(s.layer_names)(p.layer)}</li> }).collect_view()}</ul> }.into_any()
            }}
            {(!periods.is_empty()).then(|| view! {
                <h3>{s.periods}</h3>
                <ul>
                    {periods.iter().map(|p| view! { <li>{(s.layer_names)(p.layer)}{strings.colon}{span(p)}</li> }).collect_view()}
                </ul>
            })}
            <h3>{s.read_more}</h3>
            <SectionList lang=lang ids=sections.to_vec() />
            {(!events.is_empty()).then(|| view! {
                <h3>{s.events}</h3>
                <ul class="map-events">
                    {TIMELINE
                        .iter()
                        .filter(|e| events.contains(&e.id))
                        .map(|e| view! {
                            <li>
                                <DateText lang=lang date=e.date />
                                {strings.colon}
                                {e.text(lang)}
                            </li>
                        })
                        .collect_view()}
                </ul>
            })}
            {(!sources.is_empty()).then(|| view! {
                <h3>{strings.sources_heading}</h3>
                <ul class="sources">
                    <SourceItems sources=sources.iter().map(|url| (url.get(lang), source_label(url.get(lang)))).collect() />
                </ul>
            })}
        </section>
    }
}
