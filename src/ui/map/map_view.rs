use crate::ui::cite_dialog::{CiteButton, Cited};
use leptos::prelude::*;

use super::map_panel::MapPanel;
use super::map_shapes::marker;
use super::sahel_map::{pattern_id, SahelMap};
use crate::content::{self, Layer, MapItem, Period, PlaceKind, COUNTRIES, PLACES};
use crate::i18n::{Lang, Localize};
use crate::ui::app::{focus_when_drawn, ViewHeading};
use crate::url_state::{HistoryMode, UrlContext, UrlState, FIRST_YEAR, LAST_YEAR};

/// The map with its controls, the panel for the selection, a key, and the same facts as text. The
/// address holds the year, the layers and the selection; the controls show it and change it.
#[component]
pub fn MapView(lang: Lang) -> impl IntoView {
    let s = lang.strings().map();
    let url = UrlContext::get();
    let year = Memo::new(move |_| url.state.with(UrlState::map_year));
    let layers = Memo::new(move |_| url.state.with(UrlState::map_layers));
    let selected = Memo::new(move |_| url.state.with(|st| st.select));
    let href = Callback::new(move |id: &'static str| {
        url.state.with(|st| {
            UrlState {
                select: Some(id),
                ..st.clone()
            }
            .href()
        })
    });
    // Announced politely: a new selection, and each year while "play" steps through them.
    let announce = RwSignal::new(String::new());
    Effect::new(move |before: Option<Option<&'static str>>| {
        let now = selected.get();
        if let (Some(before), Some(item)) = (before, now.and_then(content::map_item)) {
            if before != now {
                announce.set(s.selected(item.name(lang)));
                // A new selection's panel takes focus, when chosen from the map or the list.
                focus_when_drawn("map-panel-heading");
            }
        }
        now
    });

    view! {
        <ViewHeading text=s.heading() />
        <p class="intro">{s.intro()}</p>
        <p class="view-cite"><CiteButton lang=lang what=Cited::Shown /></p>
        <MapControls lang=lang year=year layers=layers announce=announce />
        <div class="map-layout">
            <div class="map-main">
                <SahelMap
                    lang=lang
                    year=year
                    layers=layers
                    selected=selected
                    href=href
                />
                <MapKey lang=lang />
            </div>
            {move || match selected.get().and_then(content::map_item) {
                Some(item) => view! { <MapPanel lang=lang item=item year=year /> }.into_any(),
                None => view! { <p class="map-panel map-hint">{s.hint()}</p> }.into_any(),
            }}
        </div>
        <p class="map-attribution">{s.attribution()}</p>
        <p class="visually-hidden" role="status">{move || announce.get()}</p>
        <MapText lang=lang year=year href=href />
    }
}

/// Changes the map's part of the address. Takes the context rather than looking it up, since a
/// timer ("play") calls it outside any component.
fn update(url: UrlContext, f: impl FnOnce(&mut UrlState)) {
    let mut next = url.state.get_untracked();
    f(&mut next);
    url.navigate(next, HistoryMode::Replace);
}

fn set_year(url: UrlContext, y: u16) {
    update(url, |st| st.year = Some(y.clamp(FIRST_YEAR, LAST_YEAR)));
}

/// The layer switches, each with its pattern as a swatch, and the year: a slider with a button a
/// year either way, and "play", which steps through the years until pressed again.
#[component]
fn MapControls(
    lang: Lang,
    year: Memo<u16>,
    layers: Memo<Vec<Layer>>,
    announce: RwSignal<String>,
) -> impl IntoView {
    let strings = lang.strings();
    let s = strings.map();
    let url = UrlContext::get();
    let set_year = move |y: u16| set_year(url, y);
    let timer = StoredValue::new(None::<IntervalHandle>);
    let playing = RwSignal::new(false);
    let stop = move || {
        if let Some(t) = timer.get_value() {
            t.clear();
            timer.set_value(None);
        }
        playing.set(false);
    };
    let play = move |_| {
        if playing.get_untracked() {
            stop();
            return;
        }
        if year.get_untracked() == LAST_YEAR {
            set_year(FIRST_YEAR);
        }
        let step = move || {
            let y = year.get_untracked();
            if y >= LAST_YEAR {
                stop();
            } else {
                set_year(y + 1);
                announce.set(s.year_now(y + 1));
            }
        };
        timer
            .set_value(set_interval_with_handle(step, std::time::Duration::from_millis(1500)).ok());
        playing.set(true);
        announce.set(s.year_now(year.get_untracked()));
    };
    on_cleanup(stop);
    let toggle = move |layer: Layer, on: bool| {
        update(url, |st| {
            let mut list = st.map_layers();
            list.retain(|&l| l != layer);
            if on {
                list.push(layer);
            }
            st.layers = Some(
                Layer::ALL
                    .into_iter()
                    .filter(|l| list.contains(l))
                    .collect(),
            );
        })
    };
    // A year earlier or later, named for screen readers; the arrow is for the eye.
    let step = move |later: bool| {
        let (arrow, name, end) = if later {
            ("▶", s.next_year(), LAST_YEAR)
        } else {
            ("◀", s.previous_year(), FIRST_YEAR)
        };
        view! {
            <button
                type="button"
                class="button small"
                disabled=move || { year.get() == end }
                on:click=move |_| {
                    let y = year.get_untracked();
                    set_year(if later { y + 1 } else { y.saturating_sub(1) });
                }
            >
                <span aria-hidden="true">{arrow}</span>
                <span class="visually-hidden">{name}</span>
            </button>
        }
    };
    view! {
        <div class="map-controls">
            <fieldset class="map-layers">
                <legend>{s.layers_legend()}</legend>
                <ul>
                    {Layer::ALL
                        .into_iter()
                        .map(|layer| view! {
                            <li>
                                <label>
                                    <input
                                        type="checkbox"
                                        prop:checked=move || layers.with(|l| l.contains(&layer))
                                        on:change=move |ev| toggle(layer, event_target_checked(&ev))
                                    />
                                    <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true">
                                        <rect width="16" height="16" class="swatch-base"></rect>
                                        <rect width="16" height="16" fill=format!("url(#{})", pattern_id(layer))></rect>
                                    </svg>
                                    {s.layer_names(layer)}
                                </label>
                            </li>
                        })
                        .collect_view()}
                </ul>
            </fieldset>
            <div class="map-year" role="group" aria-labelledby="map-year-label">
                <label id="map-year-label" for="map-year-input">
                    {s.year()}{strings.colon()}<strong>{move || year.get()}</strong>
                </label>
                <div class="map-year-row">
                    {step(false)}
                    <input
                        id="map-year-input"
                        type="range"
                        min=FIRST_YEAR
                        max=LAST_YEAR
                        step="1"
                        prop:value=move || year.get().to_string()
                        on:input=move |ev| {
                            if let Ok(y) = event_target_value(&ev).parse() {
                                set_year(y);
                            }
                        }
                    />
                    {step(true)}
                    <button
                        type="button"
                        class="button small"
                        aria-pressed=move || if playing.get() { "true" } else { "false" }
                        on:click=play
                    >
                        {move || if playing.get() { s.pause() } else { s.play() }}
                    </button>
                </div>
            </div>
        </div>
    }
}

/// What the map's symbols mean: a shape per kind of place, and what filled and dashed say.
#[component]
fn MapKey(lang: Lang) -> impl IntoView {
    let s = lang.strings().map();
    let mut kinds: Vec<PlaceKind> = Vec::new();
    for p in PLACES {
        if !kinds.contains(&p.kind) {
            kinds.push(p.kind);
        }
    }
    view! {
        <div class="map-key">
            <h2 class="map-key-heading">{s.key()}</h2>
            <ul>
                {kinds
                    .into_iter()
                    .map(|kind| view! {
                        <li>
                            <svg class="key-marker" viewBox="-9 -9 18 18" aria-hidden="true">
                                <path class="marker" d=marker(kind)></path>
                            </svg>
                            {s.kind_names(kind)}
                        </li>
                    })
                    .collect_view()}
                <li>
                    <svg class="key-marker" viewBox="-9 -9 18 18" aria-hidden="true">
                        <path class="marker on-minusma" d=marker(PlaceKind::Base)></path>
                    </svg>
                    {s.key_open()}
                </li>
                <li>
                    <svg class="key-marker" viewBox="-9 -9 18 18" aria-hidden="true">
                        <path class="marker closed" d=marker(PlaceKind::Base)></path>
                    </svg>
                    {s.key_closed()}
                </li>
            </ul>
        </div>
    }
}

/// " — In 2019: G5 Sahel members, …" for the text alternative, or nothing that year.
fn in_year(lang: Lang, periods: &[Period], year: u16) -> String {
    let s = lang.strings().map();
    let now: Vec<&str> = periods
        .iter()
        .filter(|p| p.covers(year))
        .map(|p| s.layer_names(p.layer))
        .collect();
    if now.is_empty() {
        return String::new();
    }
    format!(
        " — {}{}{}",
        s.in_year(year),
        lang.strings().colon(),
        now.join(", ")
    )
}

/// The text alternative: every country and place as a link, with the layers it is in that year.
#[component]
fn MapText(lang: Lang, year: Memo<u16>, href: Callback<&'static str, String>) -> impl IntoView {
    let s = lang.strings().map();
    let row = move |item: MapItem, kind: Option<&'static str>| {
        let periods = match item {
            MapItem::Country(c) => c.periods,
            MapItem::Place(p) => p.periods,
        };
        view! {
            <li>
                <a href=move || href.run(item.id())>{item.name(lang)}</a>
                {kind.map(|k| format!(" ({k})"))}
                {move || in_year(lang, periods, year.get())}
            </li>
        }
    };
    view! {
        <details class="map-text">
            <summary>{s.as_text()}</summary>
            <h2>{s.countries()}</h2>
            <ul>{COUNTRIES.iter().map(|c| row(MapItem::Country(c), None)).collect_view()}</ul>
            <h2>{s.places()}</h2>
            <ul>
                {PLACES
                    .iter()
                    .map(|p| row(MapItem::Place(p), Some(s.kind_names(p.kind))))
                    .collect_view()}
            </ul>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_alternative_says_the_layers_of_the_year() {
        let mali = COUNTRIES.iter().find(|c| c.id == "mli").unwrap();
        let in_2015 = in_year(Lang::En, mali.periods, 2015);
        assert!(in_2015.starts_with(" — In 2015: "), "{in_2015}");
        assert_ne!(
            in_2015,
            in_year(Lang::En, mali.periods, 2025),
            "the layers follow the year"
        );
        assert_eq!(in_year(Lang::En, &[], 2015), "");
    }
}
