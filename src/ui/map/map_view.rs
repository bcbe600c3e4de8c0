use leptos::prelude::*;

use super::map_panel::panel_markup;
use super::sahel_map::{pattern_defs, pattern_id, SahelMap};
use crate::content::{self, Layer, COUNTRIES, PLACES};
use crate::i18n::Lang;
use crate::ui::app::focus_by_id;
use crate::url_state::{HistoryMode, UrlContext, UrlState, FIRST_YEAR, LAST_YEAR};

#[component]
pub fn MapView(lang: Lang) -> impl IntoView {
    let s = &lang.strings().map;
    let url = UrlContext::get();
    let year = Memo::new(move |_| url.state.with(UrlState::map_year));
    let layers = Memo::new(move |_| url.state.with(UrlState::map_layers));
    let selected = Memo::new(move |_| url.state.with(|st| st.select));
    let update = move |f: &dyn Fn(&mut UrlState)| {
        let mut next = url.state.get_untracked();
        f(&mut next);
        url.navigate(next, HistoryMode::Replace);
    };
    let set_year = move |y: u16| update(&|st| st.year = Some(y.clamp(FIRST_YEAR, LAST_YEAR)));
    let toggle_layer = move |layer: Layer, on: bool| {
        update(&|st| {
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
    let href = Callback::new(move |id: &'static str| {
        url.state.with(|st| {
            UrlState {
                select: Some(id),
                ..st.clone()
            }
            .href()
        })
    });

    // "Play" steps through the years; a second press, or reaching the end, stops it.
    let playing = RwSignal::new(None::<IntervalHandle>);
    let stop = move || {
        if let Some(h) = playing.get_untracked() {
            h.clear();
            playing.set(None);
        }
    };
    let play = move |_| {
        if playing.get_untracked().is_some() {
            stop();
            return;
        }
        if year.get_untracked() == LAST_YEAR {
            set_year(FIRST_YEAR);
        }
        let handle = set_interval_with_handle(
            move || {
                let y = year.get_untracked();
                if y >= LAST_YEAR {
                    stop();
                } else {
                    set_year(y + 1);
                }
            },
            std::time::Duration::from_millis(1500),
        );
        playing.set(handle.ok());
    };
    on_cleanup(stop);

    // A new selection is announced, and its panel takes focus when chosen from the map or list.
    let announce = Memo::new(move |_| {
        selected
            .get()
            .and_then(content::map_item)
            .map(|item| (s.selected)(item.name(lang)))
    });
    Effect::new(move |previous: Option<Option<&'static str>>| {
        let current = selected.get();
        if previous.is_some_and(|p| p != current) && current.is_some() {
            request_animation_frame(|| focus_by_id("map-panel-heading"));
        }
        current
    });

    let item_link = move |id: &'static str, name: &'static str| view! { <a href=move || href.run(id)>{name}</a> };
    view! {
        <h1 id="view-heading" tabindex="-1">{s.heading}</h1>
        <p class="intro">{s.intro}</p>
        <div class="map-controls">
            <fieldset class="map-layers">
                <legend>{s.layers_legend}</legend>
                <ul>
                    {Layer::ALL
                        .into_iter()
                        .map(|layer| view! {
                            <li>
                                <label>
                                    <input
                                        type="checkbox"
                                        prop:checked=move || layers.with(|l| l.contains(&layer))
                                        on:change=move |ev| toggle_layer(layer, event_target_checked(&ev))
                                    />
                                    <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true">
                                        {pattern_defs()}
                                        <rect width="16" height="16" class="swatch-base"></rect>
                                        <rect width="16" height="16" fill=format!("url(#{})", pattern_id(layer))></rect>
                                    </svg>
                                    {(s.layer_names)(layer)}
                                </label>
                            </li>
                        })
                        .collect_view()}
                </ul>
            </fieldset>
            <div class="map-year" role="group" aria-labelledby="map-year-label">
                <label id="map-year-label" for="map-year-input">{s.year}{lang.strings().colon}<strong>{move || year.get()}</strong></label>
                <div class="map-year-row">
                    <button type="button" class="button small" aria-label=s.previous_year on:click=move |_| set_year(year.get_untracked().saturating_sub(1))>"◀"</button>
                    <input
                        id="map-year-input"
                        type="range"
                        min=FIRST_YEAR
                        max=LAST_YEAR
                        step="1"
                        prop:value=move || year.get().to_string()
                        on:input=move |ev| { if let Ok(y) = event_target_value(&ev).parse() { set_year(y) } }
                    />
                    <button type="button" class="button small" aria-label=s.next_year on:click=move |_| set_year(year.get_untracked() + 1)>"▶"</button>
                    <button type="button" class="button small" aria-pressed=move || playing.with(Option::is_some).to_string() on:click=play>{s.play}</button>
                </div>
            </div>
        </div>
        <div class="map-layout">
            <SahelMap lang=lang year=year layers=layers selected=selected href=href />
            {move || match selected.get().and_then(content::map_item) {
                Some(item) => {
                    let panel = panel_markup(lang, item, year.get());
                    view! { <section class="map-panel" aria-labelledby="map-panel-heading" inner_html=panel></section> }.into_any()
                }
                None => view! { <p class="map-panel map-hint">{s.hint}</p> }.into_any(),
            }}
        </div>
        <p class="map-attribution">{s.attribution}</p>
        <p class="visually-hidden" role="status">{move || announce.get()}</p>
        <details class="map-text">
            <summary>{s.as_text}</summary>
            <h2>{s.countries}</h2>
            <ul>
                {COUNTRIES
                    .iter()
                    .map(|c| view! {
                        <li>
                            {item_link(c.id, c.name.get(lang))}
                            {move || in_year(lang, c.periods, year.get())}
                        </li>
                    })
                    .collect_view()}
            </ul>
            <h2>{s.places}</h2>
            <ul>
                {PLACES
                    .iter()
                    .map(|p| view! {
                        <li>
                            {item_link(p.id, p.name.get(lang))}
                            " (" {(s.kind_names)(p.kind)} ")"
                            {move || in_year(lang, p.periods, year.get())}
                        </li>
                    })
                    .collect_view()}
            </ul>
        </details>
    }
}

/// " — In 2019: G5 Sahel members, …" for the text alternative, or nothing that year.
fn in_year(lang: Lang, periods: &[crate::content::Period], year: u16) -> Option<String> {
    let s = &lang.strings().map;
    let now: Vec<&str> = periods
        .iter()
        .filter(|p| p.covers(year))
        .map(|p| (s.layer_names)(p.layer))
        .collect();
    (!now.is_empty()).then(|| {
        format!(
            " — {}{}{}",
            (s.in_year)(year),
            lang.strings().colon,
            now.join(", ")
        )
    })
}
