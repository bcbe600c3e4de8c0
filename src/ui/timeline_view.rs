//! Dated events, 2012–2025, grouped by year and filterable by actor.

use crate::ui::cite_dialog::{CiteButton, Cited};
use leptos::prelude::*;

use crate::content::{self, Actor, Event, TIMELINE};
use crate::i18n::{Lang, Localize};
use crate::markup::Markup;
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
    let show = move |actors: Option<Vec<Actor>>| {
        let next = url.state.with_untracked(|st| UrlState {
            actors,
            ..st.clone()
        });
        url.navigate(next, HistoryMode::Replace);
    };
    // Said on screen, and on paper, where a filtered timeline must say what it leaves out.
    let status = move || {
        let n = shown.with(Vec::len);
        if n == 0 {
            return s.timeline().no_events().to_string();
        }
        let all = s.timeline().showing_events(n, TIMELINE.len());
        match url.state.with(|st| st.actors.clone()) {
            Some(actors) => {
                let names: Vec<&str> = actors
                    .into_iter()
                    .map(|a| s.timeline().actor_names(a))
                    .collect();
                format!("{all}{}{}", s.colon(), names.join(", "))
            }
            None => all,
        }
    };

    view! {
        <h1 id="view-heading" tabindex="-1">{s.timeline().heading()}</h1>
        <p class="intro">{s.timeline().intro()}</p>
        <p class="view-cite"><CiteButton lang=lang what=Cited::Shown /></p>
        <fieldset class="actor-filter">
            <legend>{s.timeline().filter_legend()}</legend>
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
                                    {s.timeline().actor_names(actor)}
                                    <span class="count">" (" {count} ")"</span>
                                </label>
                                <button
                                    type="button"
                                    class="button small only-actor"
                                    aria-label=s.timeline().only_actor(s.timeline().actor_names(actor))
                                    on:click=move |_| show(Some(vec![actor]))
                                >
                                    {s.timeline().only()}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <button type="button" class="button" on:click=move |_| show(None)>{s.timeline().show_all()}</button>
        </fieldset>
        <p class="filter-status" role="status">{status}</p>
        // Sixty entries alike: written as markup (see crate::markup), which costs the wasm far less
        // than a view tree, and redrawn whole when the filter changes.
        <div class="timeline-years" inner_html=move || shown.with(|events| entries(lang, events))></div>
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

/// The events, by year: a section per year, an entry per event with its date, actor, text and
/// links to its section, to the map in its year and to its source.
fn entries(lang: Lang, events: &[&'static Event]) -> String {
    let s = lang.strings();
    let mut m = Markup::new();
    for (year, events) in years(events) {
        let heading = format!("year-{year}");
        m.open(
            "section",
            &[("class", "timeline-year"), ("aria-labelledby", &heading)],
        )
        .element("h2", &[("id", &heading)], &year.to_string())
        .open("ol", &[("class", "timeline")]);
        for e in events {
            let section = content::section(lang, e.section);
            m.open(
                "li",
                &[
                    ("class", "timeline-event"),
                    ("id", &format!("event-{}", e.id)),
                ],
            )
            .open("p", &[("class", "event-meta")])
            .element("time", &[("datetime", &e.date.iso())], &e.date.text(lang))
            .open("span", &[("class", "actor-badge")])
            .empty(
                "span",
                &[
                    ("class", &actor_mark_class(e.actor)),
                    ("aria-hidden", "true"),
                ],
            )
            .text(s.timeline().actor_names(e.actor))
            .close("span")
            .close("p")
            .element("p", &[("class", "event-text")], e.text(lang))
            .open("p", &[("class", "ref-links")]);
            if let Some(section) = section {
                let href = UrlState {
                    section: Some(e.section),
                    ..Default::default()
                }
                .href();
                m.open("span", &[])
                    .text(s.read_more())
                    .text(" ")
                    .element("a", &[("href", &href)], section.title.get(lang))
                    .close("span");
            }
            // The map in the event's year, with the place (or country) where it happened selected.
            let on_map = UrlState {
                view: View::Map,
                select: content::place_of_event(e.id).map(|item| item.id()),
                year: Some(e.date.year),
                ..Default::default()
            }
            .href();
            m.open("span", &[])
                .element(
                    "a",
                    &[("href", &on_map)],
                    &format!("{} ({})", s.on_map(), e.date.year),
                )
                .close("span");
            crate::ui::reference_links::source_ref(&mut m, s.source(), e.source.get(lang));
            m.close("p").close("li");
        }
        m.close("ol").close("section");
    }
    m.finish()
}

fn actor_mark_class(actor: Actor) -> String {
    format!("actor-mark actor-{}", actor.code())
}

/// A small shape per actor, so the actor is told by shape and label, never by colour alone.
#[component]
fn ActorMark(actor: Actor) -> impl IntoView {
    view! { <span class=actor_mark_class(actor) aria-hidden="true"></span> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_is_an_entry_with_its_links() {
        let all: Vec<&'static Event> = TIMELINE.iter().collect();
        let markup = entries(Lang::En, &all);
        assert_eq!(
            markup.matches("<li class=\"timeline-event\"").count(),
            TIMELINE.len()
        );
        for e in TIMELINE {
            assert!(markup.contains(&format!("id=\"event-{}\"", e.id)));
        }
        assert!(markup.contains("<h2 id=\"year-2012\">2012</h2>"));
        assert!(markup.contains("href=\"#view=map&amp;year=2013\""));
        assert!(markup.contains("Read more: <a href=\"#section=crisis-2012\">"));
        let un_only: Vec<&'static Event> = all
            .iter()
            .copied()
            .filter(|e| e.actor == Actor::Un)
            .collect();
        let markup = entries(Lang::En, &un_only);
        assert_eq!(markup.matches("actor-mark actor-").count(), un_only.len());
        assert!(!markup.contains("actor-mali"));
    }

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
