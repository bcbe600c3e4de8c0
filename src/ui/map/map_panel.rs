use leptos::prelude::*;

use crate::content::{text::Part, MapItem, Period, TIMELINE};
use crate::i18n::{Lang, Localize};
use crate::ui::references::{DateText, SectionList, SourceList};
use crate::ui::words;

/// "2014–2022", "2019" or "2020–" for a period.
fn span(p: &Period) -> String {
    match p.to {
        Some(to) if to == p.from => format!("{}", p.from),
        Some(to) => format!("{}–{to}", p.from),
        None => format!("{}–", p.from),
    }
}

/// What the selected country or place did in the story: in the chosen year, over the years, where
/// to read more, its events on the timeline and its sources.
#[component]
pub fn MapPanel(lang: Lang, item: MapItem, year: Memo<u16>) -> impl IntoView {
    let strings = lang.strings();
    let s = strings.map();
    let (name, kind, summary, periods, sections, events, sources) = match item {
        MapItem::Country(c) => (
            c.name,
            s.country(),
            c.summary,
            c.periods,
            c.sections,
            c.events,
            c.sources,
        ),
        MapItem::Place(p) => (
            p.name,
            s.kind_names(p.kind),
            p.summary,
            p.periods,
            p.sections,
            p.events,
            p.sources,
        ),
    };
    // The events are in the timeline's words, which come with the first selection, not the map.
    words::fetch(lang, Part::TIMELINE);
    let now = move || {
        let y = year.get();
        let list: Vec<&'static str> = periods
            .iter()
            .filter(|p| p.covers(y))
            .map(|p| s.layer_names(p.layer))
            .collect();
        if list.is_empty() {
            view! { <p>{s.nothing_in_year()}</p> }.into_any()
        } else {
            view! { <ul>{list.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }
                .into_any()
        }
    };
    let events_here = move || {
        (words::ready(lang, Part::TIMELINE) && !events.is_empty()).then(|| {
            view! {
                <h3>{s.events()}</h3>
                <ul class="map-events">
                    {TIMELINE
                        .iter()
                        .filter(|e| events.contains(&e.id))
                        .map(|e| view! {
                            <li><DateText lang=lang date=e.date />{strings.colon()}{e.text(lang)}</li>
                        })
                        .collect_view()}
                </ul>
            }
        })
    };
    view! {
        <section class="map-panel" aria-labelledby="map-panel-heading">
            <h2 id="map-panel-heading" tabindex="-1">{name.get(lang)}</h2>
            <p class="map-panel-kind">{kind}</p>
            <p>{summary.get(lang)}</p>
            <h3>{move || s.in_year(year.get())}</h3>
            {now}
            {(!periods.is_empty()).then(|| view! {
                <h3>{s.periods()}</h3>
                <ul>
                    {periods
                        .iter()
                        .map(|p| view! { <li>{s.layer_names(p.layer)}{strings.colon()}{span(p)}</li> })
                        .collect_view()}
                </ul>
            })}
            <h3>{s.read_more()}</h3>
            <SectionList lang=lang ids=sections.to_vec() />
            {events_here}
            {(!sources.is_empty()).then(|| view! {
                <h3>{strings.sources_heading()}</h3>
                <SourceList lang=lang sources=sources />
            })}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_read_as_spans_of_years() {
        let p = |from, to| Period {
            layer: crate::content::Layer::Minusma,
            from,
            to,
        };
        assert_eq!(span(&p(2014, Some(2022))), "2014–2022");
        assert_eq!(span(&p(2019, Some(2019))), "2019");
        assert_eq!(span(&p(2020, None)), "2020–");
    }
}
