use leptos::prelude::*;
use leptos::{html, svg};
use wasm_bindgen::JsCast;

use super::map_shapes::{background, countries, country_names, places, svg_num, ItemHandle};
use crate::content::{Layer, MapItem, COUNTRIES, MAP_SIZE, PLACES};
use crate::i18n::{Lang, Localize};

/// `v` kept between `lo` and `hi`. Not `f32::clamp`: its panic message formats floats, which
/// would bring the float formatting code back (see `svg_num`).
fn within(v: f32, lo: f32, hi: f32) -> f32 {
    v.max(lo).min(hi)
}

/// The pattern that shows a layer on a country: hatching, dots or lines, each also coloured.
pub fn pattern_id(layer: Layer) -> &'static str {
    match layer {
        Layer::G5Sahel => "p-g5-sahel",
        Layer::Aes => "p-aes",
        Layer::Ecowas => "p-ecowas",
        Layer::FrenchOperations => "p-french-operations",
        Layer::Minusma => "p-minusma",
        Layer::Eutm => "p-eutm",
    }
}

/// Pattern definitions, in the map and used by the legend's swatches too (by id).
const PATTERNS: &str = concat!(
    "<defs>",
    r#"<pattern id="p-g5-sahel" class="pat-g5-sahel" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="8"></rect></pattern>"#,
    r#"<pattern id="p-aes" class="pat-aes" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="3" height="8"></rect></pattern>"#,
    r#"<pattern id="p-ecowas" class="pat-ecowas" width="8" height="8" patternUnits="userSpaceOnUse"><circle cx="4" cy="4" r="1.8"></circle></pattern>"#,
    r#"<pattern id="p-french-operations" class="pat-french-operations" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="2.5"></rect></pattern>"#,
    r#"<pattern id="p-minusma" class="pat-minusma" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8"></rect></pattern>"#,
    r#"<pattern id="p-eutm" class="pat-eutm" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8"></rect></pattern>"#,
    "</defs>",
);

/// What a zoom or pan button does.
type Action = Box<dyn Fn() + Send + Sync>;

/// x, y, width, height, in the map's units.
type ViewBox = (f32, f32, f32, f32);

/// A drag in progress: where it started, the part then in view, and whether it has moved yet.
#[derive(Clone, Copy)]
struct Drag {
    from: (f32, f32),
    start: ViewBox,
    moved: bool,
}

/// The country or place an event happened on: the nearest element with a map item's handle.
fn item_at(ev: &web_sys::Event) -> Option<ItemHandle> {
    let mut el = ev.target()?.dyn_into::<web_sys::Element>().ok();
    while let Some(e) = el {
        if let Some(handle) = ItemHandle::of_element_id(&e.id()) {
            return Some(handle);
        }
        el = e.parent_element();
    }
    None
}

/// The map itself. Every country and place is a link (or, answering a quiz, a pick), named for
/// screen readers and reachable by Tab, places first; zoom and pan by buttons, keys, mouse or touch.
#[component]
pub fn SahelMap(
    lang: Lang,
    #[prop(into)] year: Signal<u16>,
    #[prop(into)] layers: Signal<Vec<Layer>>,
    #[prop(into)] selected: Signal<Option<&'static str>>,
    /// The address a country or place links to.
    href: Callback<&'static str, String>,
    /// When set (a "find it on the map" question), choosing picks instead of following the link.
    #[prop(optional)]
    on_pick: Option<Callback<&'static str>>,
    /// Places whose names the map does not write (a quiz asks where they are).
    #[prop(optional)]
    unlabelled: Vec<&'static str>,
) -> impl IntoView {
    let s = lang.strings().map();
    let (w, h) = (f32::from(MAP_SIZE.0), f32::from(MAP_SIZE.1));
    let view_box = RwSignal::new((0.0, 0.0, w, h));
    let drag = StoredValue::new(None::<Drag>);
    let frame = NodeRef::<html::Div>::new();
    let land = NodeRef::<svg::Svg>::new();
    // Markers and labels are drawn in screen pixels: the map scales them by its units per pixel,
    // so they stay readable and large enough to tap at every zoom and on every screen.
    let units_per_px = move |vw: f32| {
        let width = land.get_untracked().map_or(0, |svg| svg.client_width());
        vw / (width.max(1) as f32)
    };
    let rescale = move || {
        let (Some(frame), vw) = (frame.get_untracked(), view_box.get_untracked().2) else {
            return;
        };
        let scale = svg_num(units_per_px(vw));
        // Through the CSS object model: the page's policy blocks style attributes.
        let _ = web_sys::HtmlElement::style(&frame).set_property("--px", &scale);
    };
    Effect::new(move |_| {
        view_box.track();
        rescale();
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| rescale());
    on_cleanup(move || resize.remove());

    let zoom = move |factor: f32| {
        let (x, y, vw, vh) = view_box.get_untracked();
        let (nw, nh) = (
            within(vw * factor, w / 8.0, w),
            within(vh * factor, h / 8.0, h),
        );
        view_box.set((
            within(x + (vw - nw) / 2.0, 0.0, w - nw),
            within(y + (vh - nh) / 2.0, 0.0, h - nh),
            nw,
            nh,
        ));
    };
    let pan = move |dx: f32, dy: f32| {
        let (x, y, vw, vh) = view_box.get_untracked();
        view_box.set((
            within(x + dx * vw, 0.0, w - vw),
            within(y + dy * vh, 0.0, h - vh),
            vw,
            vh,
        ));
    };
    let box_text = move || {
        let (x, y, vw, vh) = view_box.get();
        [x, y, vw, vh].map(svg_num).join(" ")
    };
    let zoomed = move || view_box.with(|v| v.2 < w);

    // What changes is set on the links drawn once: their layers that year, the selection, the
    // address each leads to.
    Effect::new(move |_| {
        let (y, shown, chosen) = (year.get(), layers.get(), selected.get());
        let items = COUNTRIES
            .iter()
            .map(MapItem::Country)
            .chain(PLACES.iter().map(MapItem::Place));
        for item in items {
            let handle = ItemHandle(item);
            let Some(el) = document().get_element_by_id(&handle.element_id()) else {
                continue;
            };
            let is_selected = chosen == Some(item.id());
            let _ = el.set_attribute("class", &handle.class(y, &shown, is_selected));
            let _ = el.set_attribute("href", &href.run(item.id()));
            let _ = if is_selected {
                el.set_attribute("aria-current", "true")
            } else {
                el.remove_attribute("aria-current")
            };
        }
    });

    // Dragging pans; a drag must not also count as a click on what it started over.
    let on_down = move |ev: web_sys::PointerEvent| {
        if ev.button() == 0 {
            let from = (ev.client_x() as f32, ev.client_y() as f32);
            let start = view_box.get_untracked();
            drag.set_value(Some(Drag {
                from,
                start,
                moved: false,
            }));
        }
    };
    let on_move = move |ev: web_sys::PointerEvent| {
        let Some(d) = drag.get_value() else {
            return;
        };
        let (dx, dy) = (
            ev.client_x() as f32 - d.from.0,
            ev.client_y() as f32 - d.from.1,
        );
        if !d.moved && dx.abs() + dy.abs() < 5.0 {
            return;
        }
        drag.set_value(Some(Drag { moved: true, ..d }));
        if let Some(frame) = frame.get_untracked() {
            let _ = frame.set_pointer_capture(ev.pointer_id());
        }
        let (x, y, vw, vh) = d.start;
        let per_px = units_per_px(vw);
        view_box.set((
            within(x - dx * per_px, 0.0, w - vw),
            within(y - dy * per_px, 0.0, h - vh),
            vw,
            vh,
        ));
    };
    let on_up = move |_: web_sys::PointerEvent| {
        // Keep a finished drag until the click it causes has been seen.
        drag.update_value(|d| {
            if d.is_some_and(|d| !d.moved) {
                *d = None;
            }
        });
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        match ev.key().as_str() {
            "+" | "=" => zoom(1.0 / 1.5),
            "-" | "_" => zoom(1.5),
            _ => return,
        }
        ev.prevent_default();
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        let dragged = drag.get_value().is_some_and(|d| d.moved);
        drag.set_value(None);
        let Some(handle) = item_at(&ev) else {
            return;
        };
        if dragged {
            ev.prevent_default();
        } else if let Some(pick) = on_pick {
            ev.prevent_default();
            pick.run(handle.0.id());
        }
    };

    let land_markup = format!(
        "{PATTERNS}<rect class=\"sea\" x=\"-20\" y=\"-20\" width=\"{}\" height=\"{}\"></rect><g class=\"background\" aria-hidden=\"true\">{}</g>{}{}",
        svg_num(w + 40.0),
        svg_num(h + 40.0),
        background(lang),
        countries(lang),
        country_names(lang, &unlabelled)
    );
    let zoom_buttons: [(&'static str, &'static str, Action); 7] = [
        (s.zoom_in(), "+", Box::new(move || zoom(1.0 / 1.5))),
        (s.zoom_out(), "−", Box::new(move || zoom(1.5))),
        (s.pan_left(), "←", Box::new(move || pan(-0.25, 0.0))),
        (s.pan_right(), "→", Box::new(move || pan(0.25, 0.0))),
        (s.pan_up(), "↑", Box::new(move || pan(0.0, -0.25))),
        (s.pan_down(), "↓", Box::new(move || pan(0.0, 0.25))),
        (
            s.reset_view(),
            "",
            Box::new(move || view_box.set((0.0, 0.0, w, h))),
        ),
    ];
    view! {
        <div
            class="map-frame"
            class:zoomed=zoomed
            node_ref=frame
            on:keydown=on_key
            on:pointerdown=on_down
            on:pointermove=on_move
            on:pointerup=on_up
            on:pointercancel=on_up
            on:click=on_click
        >
            // Places come first, so Tab reaches them before the countries; drawn over the land.
            <svg
                class="map-places"
                role="group"
                aria-label=s.places()
                viewBox=box_text
                inner_html=places(lang, &unlabelled)
            ></svg>
            <svg
                class="sahel-map"
                node_ref=land
                role="group"
                aria-label=s.countries()
                viewBox=box_text
                inner_html=land_markup
            ></svg>
        </div>
        <div class="map-zoom" role="group" aria-label=s.label()>
            {zoom_buttons
                .into_iter()
                .map(|(label, arrow, act)| {
                    // Each is named by its words; an arrow shows them to the eye, not twice to
                    // a screen reader.
                    view! {
                        <button type="button" class="button small" on:click=move |_| act()>
                            {(!arrow.is_empty()).then(|| view! { <span aria-hidden="true">{arrow}</span> })}
                            <span class:visually-hidden=!arrow.is_empty()>{label}</span>
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
