use leptos::prelude::*;

use crate::content::{LabelSide, Layer, PlaceKind, BACKGROUND_SHAPES, COUNTRIES, MAP_SIZE, PLACES};
use crate::i18n::Lang;

/// Marker outlines, centred on 0,0: the kind of place is told by shape, not colour alone.
fn marker(kind: PlaceKind) -> &'static str {
    match kind {
        PlaceKind::Capital => "M-5 0a5 5 0 1 0 10 0a5 5 0 1 0-10 0z",
        PlaceKind::MissionHq => "M0-7l2 5h5l-4 3 2 6-5-4-5 4 2-6-4-3h5z",
        PlaceKind::SectorHq => "M-5-5h10v10h-10z",
        PlaceKind::Base => "M0-6l6 10h-12z",
        PlaceKind::Training => "M0-6l6 6-6 6-6-6z",
        PlaceKind::Town => "M-3 0a3 3 0 1 0 6 0a3 3 0 1 0-6 0z",
    }
}

fn label(side: LabelSide, name: &'static str) -> impl IntoView {
    let (x, y, anchor) = match side {
        LabelSide::Right => (8, 4, "start"),
        LabelSide::Left => (-8, 4, "end"),
        LabelSide::Above => (0, -9, "middle"),
        LabelSide::Below => (0, 16, "middle"),
    };
    view! { <text x=x y=y text-anchor=anchor class="place-label" aria-hidden="true">{name}</text> }
}

/// A coordinate for an SVG attribute, to the hundredth. Written by hand because Rust's float
/// formatting would add about 14 KB to the wasm for these few numbers.
fn svg_num(v: f32) -> String {
    let hundredths = (v * 100.0).round() as i64;
    let sign = if hundredths < 0 { "-" } else { "" };
    let (whole, frac) = (hundredths.abs() / 100, hundredths.abs() % 100);
    if frac == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac:02}")
    }
}

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

/// Pattern definitions, shared by the map and the legend's swatches.
pub fn pattern_defs() -> impl IntoView {
    view! {
        <defs>
            <pattern id="p-g5-sahel" class="pat-g5-sahel" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="3" height="8"></rect>
            </pattern>
            <pattern id="p-aes" class="pat-aes" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
                <rect width="3" height="8"></rect>
            </pattern>
            <pattern id="p-ecowas" class="pat-ecowas" width="8" height="8" patternUnits="userSpaceOnUse">
                <circle cx="4" cy="4" r="1.8"></circle>
            </pattern>
            <pattern id="p-french-operations" class="pat-french-operations" width="8" height="8" patternUnits="userSpaceOnUse">
                <rect width="8" height="2.5"></rect>
            </pattern>
            <pattern id="p-minusma" class="pat-minusma" width="8" height="8" patternUnits="userSpaceOnUse">
                <rect width="8" height="8"></rect>
            </pattern>
            <pattern id="p-eutm" class="pat-eutm" width="8" height="8" patternUnits="userSpaceOnUse">
                <rect width="8" height="8"></rect>
            </pattern>
        </defs>
    }
}

/// The map itself. Every country and place is a link (or, answering a quiz, a pick), named for
/// screen readers, reachable by Tab, with zoom and pan by buttons, keys, mouse or touch.
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
) -> impl IntoView {
    let s = &lang.strings().map;
    let (w, h) = (f32::from(MAP_SIZE.0), f32::from(MAP_SIZE.1));
    let view_box = RwSignal::new((0.0f32, 0.0f32, w, h));
    let zoom = move |factor: f32| {
        view_box.update(|(x, y, vw, vh)| {
            let (nw, nh) = (
                within(*vw * factor, w / 8.0, w),
                within(*vh * factor, h / 8.0, h),
            );
            *x = within(*x + (*vw - nw) / 2.0, 0.0, w - nw);
            *y = within(*y + (*vh - nh) / 2.0, 0.0, h - nh);
            (*vw, *vh) = (nw, nh);
        })
    };
    let pan = move |dx: f32, dy: f32| {
        view_box.update(|(x, y, vw, vh)| {
            *x = within(*x + dx * *vw, 0.0, w - *vw);
            *y = within(*y + dy * *vh, 0.0, h - *vh);
        })
    };
    // Markers and labels keep their size on screen however far the map is zoomed.
    let marker_scale = move || view_box.with(|v| v.2 / w);

    // Dragging pans; a drag must not also count as a click on what it started over.
    let drag = StoredValue::new(None::<(f32, f32, (f32, f32, f32, f32))>);
    let dragged = StoredValue::new(false);
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let on_down = move |ev: web_sys::PointerEvent| {
        if ev.button() == 0 {
            drag.set_value(Some((
                ev.client_x() as f32,
                ev.client_y() as f32,
                view_box.get_untracked(),
            )));
            dragged.set_value(false);
        }
    };
    let on_move = move |ev: web_sys::PointerEvent| {
        let Some((sx, sy, (x, y, vw, vh))) = drag.get_value() else {
            return;
        };
        let (dx, dy) = (ev.client_x() as f32 - sx, ev.client_y() as f32 - sy);
        if !dragged.get_value() && dx.abs() + dy.abs() < 5.0 {
            return;
        }
        dragged.set_value(true);
        let Some(svg) = svg_ref.get_untracked() else {
            return;
        };
        let _ = svg.set_pointer_capture(ev.pointer_id());
        let per_px = vw / (svg.client_width().max(1) as f32);
        view_box.set((
            within(x - dx * per_px, 0.0, w - vw),
            within(y - dy * per_px, 0.0, h - vh),
            vw,
            vh,
        ));
    };
    let on_up = move |_: web_sys::PointerEvent| drag.set_value(None);
    let activate = move |ev: web_sys::MouseEvent, id: &'static str| {
        if dragged.get_value() {
            ev.prevent_default();
            dragged.set_value(false);
        } else if let Some(pick) = on_pick {
            ev.prevent_default();
            pick.run(id);
        }
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        match ev.key().as_str() {
            "+" | "=" => zoom(1.0 / 1.5),
            "-" | "_" => zoom(1.5),
            _ => return,
        }
        ev.prevent_default();
    };
    // One link per country or place: named for screen readers, marked when selected. The <g> tells
    // the view macro that <a> and <title> are SVG elements here.
    let link = move |id: &'static str, name: &'static str, class: &'static str, shape: AnyView| {
        view! {
            <g>
                <a
                    href=move || href.run(id)
                    class=class
                    class:selected=move || selected.get() == Some(id)
                    aria-label=name
                    aria-current=move || (selected.get() == Some(id)).then_some("true")
                    on:click=move |ev| activate(ev, id)
                >
                    {shape}
                    <title>{name}</title>
                </a>
            </g>
        }
    };
    let active_in = move |periods: &'static [crate::content::Period]| {
        let (year, layers) = (year.get(), layers.get());
        periods
            .iter()
            .filter(|p| layers.contains(&p.layer) && p.covers(year))
            .map(|p| p.layer)
            .collect::<Vec<_>>()
    };

    view! {
        <div class="map-frame" on:keydown=on_key>
            <svg
                node_ref=svg_ref
                class="sahel-map"
                class:zoomed=move || view_box.with(|v| v.2 < w)
                viewBox=move || view_box.with(|&(x, y, vw, vh)| [x, y, vw, vh].map(svg_num).join(" "))
                role="group"
                aria-label=s.label
                on:pointerdown=on_down
                on:pointermove=on_move
                on:pointerup=on_up
                on:pointercancel=on_up
            >
                {pattern_defs()}
                <rect class="sea" x="-20" y="-20" width=svg_num(w + 40.0) height=svg_num(h + 40.0)></rect>
                <g class="background" aria-hidden="true">
                    {BACKGROUND_SHAPES.iter().map(|d| view! { <path d=*d></path> }).collect_view()}
                </g>
                {COUNTRIES
                    .iter()
                    .map(|c| {
                        let overlays = move || {
                            active_in(c.periods)
                                .into_iter()
                                .map(|l| view! { <path class=format!("overlay ov-{}", l.code()) d=c.path></path> })
                                .collect_view()
                        };
                        link(c.id, c.name.get(lang), "country", view! { <path d=c.path></path> {overlays} }.into_any())
                    })
                    .collect_view()}
                {PLACES
                    .iter()
                    .map(|p| {
                        let name = p.name.get(lang);
                        let active = move || active_in(p.periods);
                        let marker = view! {
                            <g transform=move || format!("translate({} {}) scale({})", svg_num(p.x), svg_num(p.y), svg_num(marker_scale()))>
                                    <path
                                        class=move || {
                                            // Filled with its layer's colour while a force was there that
                                            // year; outlined and dashed once it had gone (or not yet come).
                                            let on = active();
                                            let mut class = String::from("marker");
                                            for l in &on {
                                                class.push_str(" on-");
                                                class.push_str(l.code());
                                            }
                                            let shown = layers.get();
                                            if on.is_empty() && p.periods.iter().any(|x| shown.contains(&x.layer)) {
                                                class.push_str(" closed");
                                            }
                                            class
                                        }
                                        d=marker(p.kind)
                                    ></path>
                                    {label(p.label, name)}
                                </g>
                        };
                        link(p.id, name, "place", marker.into_any())
                    })
                    .collect_view()}
            </svg>
            <div class="map-zoom" role="group" aria-label=s.label>
                <button type="button" class="button small" aria-label=s.zoom_in on:click=move |_| zoom(1.0 / 1.5)>"+"</button>
                <button type="button" class="button small" aria-label=s.zoom_out on:click=move |_| zoom(1.5)>"−"</button>
                <button type="button" class="button small" aria-label=s.pan[0] on:click=move |_| pan(-0.25, 0.0)>"←"</button>
                <button type="button" class="button small" aria-label=s.pan[1] on:click=move |_| pan(0.25, 0.0)>"→"</button>
                <button type="button" class="button small" aria-label=s.pan[2] on:click=move |_| pan(0.0, -0.25)>"↑"</button>
                <button type="button" class="button small" aria-label=s.pan[3] on:click=move |_| pan(0.0, 0.25)>"↓"</button>
                <button type="button" class="button small" on:click=move |_| view_box.set((0.0, 0.0, w, h))>{s.reset_view}</button>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::svg_num;

    #[test]
    fn svg_numbers_round_to_hundredths() {
        assert_eq!(svg_num(0.0), "0");
        assert_eq!(svg_num(812.0), "812");
        assert_eq!(svg_num(101.5), "101.50");
        assert_eq!(svg_num(0.125), "0.13");
        assert_eq!(svg_num(-20.04), "-20.04");
        assert_eq!(svg_num(-0.5), "-0.50");
    }
}
