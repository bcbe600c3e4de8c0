//! Dated events, 2012–2025, grouped by year and filterable by actor.

use leptos::prelude::*;

use crate::content::{Actor, Event, TIMELINE};
use crate::i18n::Lang;
use crate::ui::date_text::DateText;
use crate::ui::reference_links::{SectionRef, SourceRef};
use crate::url_state::{HistoryMode, UrlContext, UrlState, View};

#[component]
pub fn TimelineView(lang: Lang) -> impl IntoView {
    let s = lang.strings();
    let url = UrlContext::get();
    let shown = Memo::new(move |_| {
        url.state.with(|st| {
            TIMELINE
                .iter()
                .filter(|e| st.shows_actor(e.actor))
                .collect::<Vec<&'static Event>>()
        })
    });
    let set_actor = move |actor: Actor, on: bool| {
        let next = url.state.with_untracked(|st| st.with_actor(actor, on));
        url.navigate(next, HistoryMode::Replace);
    };
    let show_all = move |_| {
        let next = url.state.with_untracked(|st| UrlState {
            actors: None,
            ..st.clone()
        });
        url.navigate(next, HistoryMode::Replace);
    };

    view! {
        <h1 id="view-heading" tabindex="-1">{s.timeline_heading}</h1>
        <p class="intro">{s.timeline_intro}</p>
        <fieldset class="actor-filter">
            <legend>{s.filter_legend}</legend>
            <ul>
                {Actor::ALL
                    .into_iter()
                    .map(|actor| {
                        let count = TIMELINE.iter().filter(|e| e.actor == actor).count();
                        view! {
                            <li>
                                <label>
                                    <input
                                        type="checkbox"
                                        prop:checked=move || url.state.with(|st| st.shows_actor(actor))
                                        on:change=move |ev| set_actor(actor, event_target_checked(&ev))
                                    />
                                    <ActorMark actor=actor />
                                    {(s.actor_names)(actor)}
                                    <span class="count">" (" {count} ")"</span>
                                </label>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <button type="button" class="button" on:click=show_all>{s.show_all_actors}</button>
        </fieldset>
        <p class="filter-status" role="status">
            {move || {
                let n = shown.with(Vec::len);
                if n == 0 { s.no_events.to_string() } else { (s.showing_events)(n, TIMELINE.len()) }
            }}
        </p>
        {move || {
            let events = shown.get();
            years(&events)
                .into_iter()
                .map(|(year, events)| {
                    let heading_id = format!("year-{year}");
                    let labelled_by = heading_id.clone();
                    view! {
                        <section class="timeline-year" aria-labelledby=labelled_by>
                            <h2 id=heading_id>{year}</h2>
                            <ol class="timeline">
                                {events.into_iter().map(|e| view! { <TimelineEvent event=e lang=lang /> }).collect_view()}
                            </ol>
                        </section>
                    }
                })
                .collect_view()
        }}
    }
}

/// Events grouped by year, keeping their order.
fn years(events: &[&'static Event]) -> Vec<(u16, Vec<&'static Event>)> {
    let mut out: Vec<(u16, Vec<&'static Event>)> = Vec::new();
    for &e in events {
        match out.last_mut() {
            Some((year, list)) if *year == e.date.year => list.push(e),
            _ => out.push((e.date.year, vec![e])),
        }
    }
    out
}

#[component]
fn TimelineEvent(event: &'static Event, lang: Lang) -> impl IntoView {
    let s = lang.strings();
    view! {
        <li class="timeline-event" id=format!("event-{}", event.id)>
            <p class="event-meta">
                <DateText lang=lang date=event.date />
                <span class="actor-badge">
                    <ActorMark actor=event.actor />
                    {(s.actor_names)(event.actor)}
                </span>
            </p>
            <p class="event-text">{event.text(lang)}</p>
            <p class="event-links">
                <SectionRef lang=lang label=s.read_more id=event.section />
                <span>
                    <a href=UrlState { view: View::Map, year: Some(event.date.year), ..Default::default() }.href()>
                        {s.map.on_map} " (" {event.date.year} ")"
                    </a>
                </span>
                <SourceRef label=s.source url=event.source />
            </p>
        </li>
    }
}

/// A small shape per actor, so the actor is told by shape and label, never by colour alone.
#[component]
fn ActorMark(actor: Actor) -> impl IntoView {
    view! { <span class=format!("actor-mark actor-{}", actor.code()) aria-hidden="true"></span> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_group_consecutive_events() {
        let all: Vec<&'static Event> = TIMELINE.iter().collect();
        let grouped = years(&all);
        assert_eq!(
            grouped.iter().map(|(_, e)| e.len()).sum::<usize>(),
            TIMELINE.len()
        );
        assert!(
            grouped.windows(2).all(|w| w[0].0 < w[1].0),
            "years ascend, each once"
        );
    }
}
