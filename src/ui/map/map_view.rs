use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::map_panel::{panel_links_markup, panel_markup};
use super::sahel_map::{pattern_id, SahelMap};
use crate::content::{self, text, Layer, Period, COUNTRIES, PLACES};
use crate::i18n::Lang;
use crate::markup::{self, find_in, Markup};
use crate::ui::app::{focus_by_id, view_heading};
use crate::url_state::{HistoryMode, UrlContext, UrlState, FIRST_YEAR, LAST_YEAR};

/// The map with its controls, the panel for the selection and the same facts as text. The
/// controls are markup (see [`crate::markup`]) whose state (ticks, year, "play") is set on the
/// elements, so changing one never replaces the control that has focus.
#[component]
pub fn MapView(lang: Lang) -> impl IntoView {
    let s = &lang.strings().map;
    let url = UrlContext::get();
    // Read from the address; the effects below skip work when what they show has not changed.
    let year = move || url.state.with(UrlState::map_year);
    let layers = move || url.state.with(UrlState::map_layers);
    let selected = move || url.state.with(|st| st.select);
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

    let controls = NodeRef::<leptos::html::Div>::new();
    // "Play" steps through the years; a second press, or reaching the end, stops it.
    let show_playing = move |on: bool| {
        if let Some(button) = find(controls, "[data-play]") {
            let _ = button.set_attribute("aria-pressed", if on { "true" } else { "false" });
        }
    };
    let stop = move || {
        if let Some(h) = PLAYING.take() {
            h.clear();
            show_playing(false);
        }
    };
    let play = move || {
        if PLAYING.get().is_some() {
            stop();
            return;
        }
        if untrack(year) == LAST_YEAR {
            set_year(FIRST_YEAR);
        }
        let handle = set_interval_with_handle(
            move || {
                let y = untrack(year);
                if y >= LAST_YEAR {
                    stop();
                } else {
                    set_year(y + 1);
                }
            },
            std::time::Duration::from_millis(1500),
        );
        PLAYING.set(handle.ok());
        show_playing(true);
    };
    on_cleanup(stop);

    // The controls show the address's year and layers.
    Effect::new(move |_| {
        let (y, shown) = (year(), layers());
        let Some(div) = controls.get() else {
            return;
        };
        for layer in Layer::ALL {
            if let Some(input) = find_in(&div, &format!("[data-layer=\"{}\"]", layer.code())) {
                input
                    .unchecked_into::<web_sys::HtmlInputElement>()
                    .set_checked(shown.contains(&layer));
            }
        }
        if let Some(input) = find_in(&div, "#map-year-input") {
            input
                .unchecked_into::<web_sys::HtmlInputElement>()
                .set_value(&y.to_string());
        }
        if let Some(label) = find_in(&div, "#map-year-label strong") {
            label.set_text_content(Some(&y.to_string()));
        }
    });
    let on_change = move |ev: web_sys::Event| {
        if let Some(input) = markup::closest(&ev, "input[data-layer]") {
            let layer = input.get_attribute("data-layer");
            if let Some(layer) = layer.as_deref().and_then(Layer::from_code) {
                let on = input
                    .unchecked_into::<web_sys::HtmlInputElement>()
                    .checked();
                toggle_layer(layer, on);
            }
        }
    };
    let on_input = move |ev: web_sys::Event| {
        if let Some(input) = markup::closest(&ev, "#map-year-input") {
            let value = input.unchecked_into::<web_sys::HtmlInputElement>().value();
            if let Ok(y) = value.parse() {
                set_year(y);
            }
        }
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        let Some(button) = markup::closest(&ev, "button") else {
            return;
        };
        let y = untrack(year);
        if button.has_attribute("data-play") {
            play();
        } else if button.has_attribute("data-earlier") {
            set_year(y.saturating_sub(1));
        } else if button.has_attribute("data-later") {
            set_year(y + 1);
        }
    };

    // A new selection is announced.
    let announce = move || {
        selected()
            .and_then(content::map_item)
            .map(|item| (s.selected)(item.name(lang)))
    };
    // A panel lists the events of its country or place: the timeline's words, fetched with the
    // first selection rather than with the map.
    let events_here = RwSignal::new(text::is_loaded(lang, text::Part::Timeline));
    // The panel and the text alternative are drawn into their places as what they show changes.
    let layout = NodeRef::<leptos::html::Div>::new();
    let below = NodeRef::<leptos::html::Div>::new();
    let item = move || selected().and_then(content::map_item);
    Effect::new(move |drawn: Option<Option<(Option<&'static str>, u16)>>| {
        let now = (selected(), year());
        let slot = layout.get().and_then(|l| find_in(&l, ".map-panel-slot"))?;
        let before = drawn.flatten();
        if before == Some(now) {
            return Some(now);
        }
        let events = events_here.get_untracked();
        if now.0.is_some() && !events {
            leptos::task::spawn_local(async move {
                match text::load(lang, text::Part::Timeline).await {
                    Ok(()) => events_here.set(true),
                    Err(e) => web_sys::console::error_1(&e.0.into()),
                }
            });
        }
        slot.set_inner_html(&match item() {
            Some(item) => panel_section(lang, item, now.1, events),
            None => hint_markup(lang),
        });
        // A new selection's panel takes focus, when chosen from the map or the list.
        if before.is_some_and(|b| b.0 != now.0) && now.0.is_some() {
            request_animation_frame(|| focus_by_id("map-panel-heading"));
        }
        Some(now)
    });
    Effect::new(move |_| {
        let events = events_here.get();
        let (Some(item), Some(layout)) = (untrack(item), layout.get_untracked()) else {
            return;
        };
        if let Some(links) = find_in(&layout, ".map-panel-links") {
            links.set_inner_html(&panel_links_markup(lang, item, events));
        }
    });
    // The list follows the year, and its links the whole address (layers too).
    Effect::new(move |shown: Option<Option<(Option<String>, String)>>| {
        let now = (announce(), text_markup(lang, year(), &|id| href.run(id)));
        let below = below.get()?;
        let before = shown.flatten();
        // A live region speaks whenever its text is written: only a new selection writes it.
        if before.as_ref().map(|b| &b.0) != Some(&now.0) {
            if let Some(status) = find_in(&below, "[role=\"status\"]") {
                status.set_text_content(now.0.as_deref());
            }
        }
        if before.as_ref().map(|b| &b.1) != Some(&now.1) {
            if let Some(div) = find_in(&below, ".map-text-list") {
                div.set_inner_html(&now.1);
            }
        }
        Some(now)
    });

    view! {
        <div
            node_ref=controls
            inner_html=top_markup(lang)
            on:change=on_change
            on:input=on_input
            on:click=on_click
        ></div>
        <div class="map-layout" node_ref=layout>
            <SahelMap
                lang=lang
                year=Signal::derive(year)
                layers=Signal::derive(layers)
                selected=Signal::derive(selected)
                href=href
            />
            <div class="map-panel-slot"></div>
        </div>
        <div node_ref=below inner_html=bottom_markup(lang)></div>
    }
}

thread_local! {
    /// The timer of "play", while the years step on (one map view is shown at a time).
    static PLAYING: std::cell::Cell<Option<IntervalHandle>> = const { std::cell::Cell::new(None) };
}

/// The heading, the introduction and the controls.
fn top_markup(lang: Lang) -> String {
    let s = &lang.strings().map;
    let mut m = Markup::new();
    view_heading(&mut m, s.heading);
    m.element("p", &[("class", "intro")], s.intro)
        .open("div", &[("class", "map-controls")]);
    controls(&mut m, lang);
    m.close("div");
    m.finish()
}

/// The selection's panel: its facts, then its events and sources (redrawn apart, see
/// [`panel_links_markup`]).
fn panel_section(lang: Lang, item: content::MapItem, year: u16, events: bool) -> String {
    let mut m = Markup::new();
    m.open(
        "section",
        &[
            ("class", "map-panel"),
            ("aria-labelledby", "map-panel-heading"),
        ],
    )
    .open("div", &[])
    .built_markup(&panel_markup(lang, item, year))
    .close("div")
    .open("div", &[("class", "map-panel-links")])
    .built_markup(&panel_links_markup(lang, item, events))
    .close("div")
    .close("section");
    m.finish()
}

/// What the panel's place says while nothing is selected.
fn hint_markup(lang: Lang) -> String {
    let mut m = Markup::new();
    m.element(
        "p",
        &[("class", "map-panel map-hint")],
        lang.strings().map.hint,
    );
    m.finish()
}

/// The attribution, the live region that announces a selection, and the text alternative.
fn bottom_markup(lang: Lang) -> String {
    let s = &lang.strings().map;
    let mut m = Markup::new();
    m.element("p", &[("class", "map-attribution")], s.attribution)
        .empty("p", &[("class", "visually-hidden"), ("role", "status")])
        .open("details", &[("class", "map-text")])
        .element("summary", &[], s.as_text)
        .empty("div", &[("class", "map-text-list")])
        .close("details");
    m.finish()
}

fn find(root: NodeRef<leptos::html::Div>, selector: &str) -> Option<web_sys::Element> {
    find_in(&root.get_untracked()?.into(), selector)
}

/// The layer switches, each with its pattern as a swatch (drawn from the map's pattern
/// definitions), and the year: a slider with a button a year either way and "play".
fn controls(m: &mut Markup, lang: Lang) {
    let s = &lang.strings().map;
    m.open("fieldset", &[("class", "map-layers")])
        .element("legend", &[], s.layers_legend)
        .open("ul", &[]);
    for layer in Layer::ALL {
        let fill = format!("url(#{})", pattern_id(layer));
        m.open("li", &[])
            .open("label", &[])
            .open(
                "input",
                &[("type", "checkbox"), ("data-layer", layer.code())],
            )
            .open(
                "svg",
                &[
                    ("class", "swatch"),
                    ("viewBox", "0 0 16 16"),
                    ("aria-hidden", "true"),
                ],
            )
            .empty(
                "rect",
                &[("width", "16"), ("height", "16"), ("class", "swatch-base")],
            )
            .empty(
                "rect",
                &[("width", "16"), ("height", "16"), ("fill", &fill)],
            )
            .close("svg")
            .text((s.layer_names)(layer))
            .close("label")
            .close("li");
    }
    m.close("ul").close("fieldset");
    let (first, last) = (FIRST_YEAR.to_string(), LAST_YEAR.to_string());
    m.open(
        "div",
        &[
            ("class", "map-year"),
            ("role", "group"),
            ("aria-labelledby", "map-year-label"),
        ],
    )
    .open(
        "label",
        &[("id", "map-year-label"), ("for", "map-year-input")],
    )
    .text(s.year)
    .text(lang.strings().colon)
    .empty("strong", &[])
    .close("label")
    .open("div", &[("class", "map-year-row")]);
    let small = ("class", "button small");
    m.element(
        "button",
        &[
            ("type", "button"),
            small,
            ("aria-label", s.previous_year),
            ("data-earlier", ""),
        ],
        "◀",
    )
    .open(
        "input",
        &[
            ("id", "map-year-input"),
            ("type", "range"),
            ("min", &first),
            ("max", &last),
            ("step", "1"),
        ],
    )
    .element(
        "button",
        &[
            ("type", "button"),
            small,
            ("aria-label", s.next_year),
            ("data-later", ""),
        ],
        "▶",
    )
    .element(
        "button",
        &[
            ("type", "button"),
            small,
            ("aria-pressed", "false"),
            ("data-play", ""),
        ],
        s.play,
    )
    .close("div")
    .close("div");
}

/// The text alternative: every country and place as a link, with the layers it is in that year.
pub fn text_markup(lang: Lang, year: u16, href: &dyn Fn(&'static str) -> String) -> String {
    let s = &lang.strings().map;
    let mut m = Markup::new();
    let item = |m: &mut Markup, id: &'static str, name: &str, kind: Option<&str>, periods| {
        m.open("li", &[]).element("a", &[("href", &href(id))], name);
        if let Some(kind) = kind {
            m.text(" (").text(kind).text(")");
        }
        m.text(&in_year(lang, periods, year)).close("li");
    };
    m.element("h2", &[], s.countries).open("ul", &[]);
    for c in COUNTRIES {
        item(&mut m, c.id, c.name.get(lang), None, c.periods);
    }
    m.close("ul").element("h2", &[], s.places).open("ul", &[]);
    for p in PLACES {
        let kind = (s.kind_names)(p.kind);
        item(&mut m, p.id, p.name.get(lang), Some(kind), p.periods);
    }
    m.close("ul");
    m.finish()
}

/// " — In 2019: G5 Sahel members, …" for the text alternative, or nothing that year.
fn in_year(lang: Lang, periods: &[Period], year: u16) -> String {
    let s = &lang.strings().map;
    let now: Vec<&str> = periods
        .iter()
        .filter(|p| p.covers(year))
        .map(|p| (s.layer_names)(p.layer))
        .collect();
    if now.is_empty() {
        return String::new();
    }
    format!(
        " — {}{}{}",
        (s.in_year)(year),
        lang.strings().colon,
        now.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_name_every_layer_and_the_year() {
        let html = top_markup(Lang::En);
        assert!(html.starts_with("<h1 id=\"view-heading\" tabindex=\"-1\">"));
        for layer in Layer::ALL {
            assert!(html.contains(&format!(
                "<input type=\"checkbox\" data-layer=\"{}\">",
                layer.code()
            )));
            assert!(html.contains(&format!("fill=\"url(#{})\"", pattern_id(layer))));
        }
        assert!(html.contains(
            "<label id=\"map-year-label\" for=\"map-year-input\">Year: <strong></strong></label>"
        ));
        assert!(html.contains("min=\"2012\" max=\"2025\""));
        assert!(html.contains("aria-pressed=\"false\" data-play=\"\">"));
    }

    #[test]
    fn the_text_alternative_lists_every_country_and_place_for_the_year() {
        let html = text_markup(Lang::En, 2015, &|id| format!("#select={id}"));
        assert_eq!(
            html.matches("<li><a href=\"#select=").count(),
            COUNTRIES.len() + PLACES.len()
        );
        assert!(html.contains("<a href=\"#select=mli\">Mali</a> — In 2015: "));
        let later = text_markup(Lang::En, 2025, &|id| format!("#select={id}"));
        assert_ne!(html, later, "the layers follow the year");
    }
}
