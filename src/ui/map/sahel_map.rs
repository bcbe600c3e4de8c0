use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::map_shapes::{background, shapes, svg_num};
use crate::content::{self, Layer, MAP_SIZE};
use crate::i18n::Lang;
use crate::markup::{self, Markup};

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

/// The map's SVG with the parts that never change (patterns, sea, the countries outside the
/// story) and an empty group for the shapes that do, then the zoom and pan buttons.
fn frame_markup(lang: Lang) -> String {
    let s = &lang.strings().map;
    let (w, h) = (f32::from(MAP_SIZE.0), f32::from(MAP_SIZE.1));
    let mut m = Markup::new();
    m.open(
        "svg",
        &[
            ("class", "sahel-map"),
            ("viewBox", &format!("0 0 {} {}", svg_num(w), svg_num(h))),
            ("role", "group"),
            ("aria-label", s.label),
        ],
    )
    .built_markup(PATTERNS)
    .empty(
        "rect",
        &[
            ("class", "sea"),
            ("x", "-20"),
            ("y", "-20"),
            ("width", &svg_num(w + 40.0)),
            ("height", &svg_num(h + 40.0)),
        ],
    )
    .open("g", &[("class", "background"), ("aria-hidden", "true")])
    .built_markup(&background(lang))
    .close("g")
    .empty("g", &[("class", "shapes")])
    .close("svg")
    .open(
        "div",
        &[
            ("class", "map-zoom"),
            ("role", "group"),
            ("aria-label", s.label),
        ],
    );
    zoom_buttons(&mut m, lang);
    m.close("div");
    m.finish()
}

/// Zoom and pan buttons; `data-zoom` and `data-pan` say which way.
fn zoom_buttons(m: &mut Markup, lang: Lang) {
    let s = &lang.strings().map;
    let buttons = [
        (s.zoom_in, "+", ("data-zoom", "in")),
        (s.zoom_out, "−", ("data-zoom", "out")),
        (s.pan[0], "←", ("data-pan", "left")),
        (s.pan[1], "→", ("data-pan", "right")),
        (s.pan[2], "↑", ("data-pan", "up")),
        (s.pan[3], "↓", ("data-pan", "down")),
    ];
    for (label, arrow, data) in buttons {
        m.element(
            "button",
            &[
                ("type", "button"),
                ("class", "button small"),
                ("aria-label", label),
                data,
            ],
            arrow,
        );
    }
    m.element(
        "button",
        &[
            ("type", "button"),
            ("class", "button small"),
            ("data-reset", ""),
        ],
        s.reset_view,
    );
}

/// What the reader is doing with the map: the part in view (x, y, width, height), and a drag
/// (where it started, and the part then in view) and whether it has moved yet.
struct Gesture {
    view_box: ViewBox,
    drag: Option<(f32, f32, ViewBox)>,
    dragged: bool,
}

/// x, y, width, height, in the map's units.
type ViewBox = (f32, f32, f32, f32);

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
    let (w, h) = (f32::from(MAP_SIZE.0), f32::from(MAP_SIZE.1));
    // One element, its contents markup: the svg and the buttons are found in it.
    let frame = NodeRef::<leptos::html::Div>::new();
    let svg = move || frame.get_untracked()?.query_selector("svg").ok()?;
    // The part in view is set on the element as it changes.
    let gesture = StoredValue::new(Gesture {
        view_box: (0.0, 0.0, w, h),
        drag: None,
        dragged: false,
    });
    let show = move |v: ViewBox| {
        gesture.update_value(|g| g.view_box = v);
        let Some(svg) = svg() else {
            return;
        };
        let (x, y, vw, vh) = v;
        let _ = svg.set_attribute("viewBox", &[x, y, vw, vh].map(svg_num).join(" "));
        let _ = svg.class_list().toggle_with_force("zoomed", vw < w);
        // Through the CSS object model: the page's policy blocks style attributes.
        if let Some(svg) = svg.dyn_ref::<web_sys::SvgElement>() {
            let _ = svg.style().set_property("--marker-scale", &svg_num(vw / w));
        }
    };
    let zoom = move |factor: f32| {
        let (x, y, vw, vh) = gesture.with_value(|g| g.view_box);
        let (nw, nh) = (
            within(vw * factor, w / 8.0, w),
            within(vh * factor, h / 8.0, h),
        );
        show((
            within(x + (vw - nw) / 2.0, 0.0, w - nw),
            within(y + (vh - nh) / 2.0, 0.0, h - nh),
            nw,
            nh,
        ));
    };
    let pan = move |dx: f32, dy: f32| {
        let (x, y, vw, vh) = gesture.with_value(|g| g.view_box);
        show((
            within(x + dx * vw, 0.0, w - vw),
            within(y + dy * vh, 0.0, h - vh),
            vw,
            vh,
        ));
    };
    // The shapes are markup (map_shapes.rs), redrawn only when the year, the layers or their links
    // change; the selection and the marker size are set on the elements, so neither choosing nor
    // zooming replaces the link that has focus.
    Effect::new(move |drawn: Option<Option<String>>| {
        let markup = shapes(lang, year.get(), &layers.get(), &|id| href.run(id));
        let g = frame.get()?.query_selector("g.shapes").ok()??;
        if drawn.flatten().as_deref() != Some(markup.as_str()) {
            g.set_inner_html(&markup);
        }
        mark_selected(&g, selected.get());
        Some(markup)
    });

    // Dragging pans; a drag must not also count as a click on what it started over.
    let on_down = move |ev: web_sys::PointerEvent| {
        if ev.button() == 0 && markup::closest(&ev, "svg").is_some() {
            let at = (ev.client_x() as f32, ev.client_y() as f32);
            gesture.update_value(|g| {
                g.drag = Some((at.0, at.1, g.view_box));
                g.dragged = false;
            });
        }
    };
    let on_move = move |ev: web_sys::PointerEvent| {
        let Some((sx, sy, (x, y, vw, vh))) = gesture.with_value(|g| g.drag) else {
            return;
        };
        let (dx, dy) = (ev.client_x() as f32 - sx, ev.client_y() as f32 - sy);
        if !gesture.with_value(|g| g.dragged) && dx.abs() + dy.abs() < 5.0 {
            return;
        }
        gesture.update_value(|g| g.dragged = true);
        let Some(svg) = svg() else {
            return;
        };
        let _ = svg.set_pointer_capture(ev.pointer_id());
        let per_px = vw / (svg.client_width().max(1) as f32);
        show((
            within(x - dx * per_px, 0.0, w - vw),
            within(y - dy * per_px, 0.0, h - vh),
            vw,
            vh,
        ));
    };
    let on_up = move |_: web_sys::PointerEvent| gesture.update_value(|g| g.drag = None);
    let on_key = move |ev: web_sys::KeyboardEvent| {
        match ev.key().as_str() {
            "+" | "=" => zoom(1.0 / 1.5),
            "-" | "_" => zoom(1.5),
            _ => return,
        }
        ev.prevent_default();
    };
    // Clicks are taken where the links are drawn, so the markup needs no handler of its own.
    let on_link = move |ev: &web_sys::MouseEvent| {
        let item = markup::closest(ev, "a[data-id]")
            .and_then(|a| a.get_attribute("data-id"))
            .and_then(|id| content::map_item(&id));
        let Some(item) = item else {
            return;
        };
        if gesture.with_value(|g| g.dragged) {
            ev.prevent_default();
            gesture.update_value(|g| g.dragged = false);
        } else if let Some(pick) = on_pick {
            ev.prevent_default();
            pick.run(item.id());
        }
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        on_link(&ev);
        let Some(button) = markup::closest(&ev, "button") else {
            return;
        };
        let data = |name| button.get_attribute(name);
        match (data("data-zoom").as_deref(), data("data-pan").as_deref()) {
            (Some("in"), _) => zoom(1.0 / 1.5),
            (Some(_), _) => zoom(1.5),
            (_, Some("left")) => pan(-0.25, 0.0),
            (_, Some("right")) => pan(0.25, 0.0),
            (_, Some("up")) => pan(0.0, -0.25),
            (_, Some(_)) => pan(0.0, 0.25),
            _ if button.has_attribute("data-reset") => show((0.0, 0.0, w, h)),
            _ => {}
        }
    };
    view! {
        <div
            class="map-frame"
            node_ref=frame
            inner_html=frame_markup(lang)
            on:keydown=on_key
            on:pointerdown=on_down
            on:pointermove=on_move
            on:pointerup=on_up
            on:pointercancel=on_up
            on:click=on_click
        ></div>
    }
}

/// Marks the selected country or place (`aria-current`, and `.selected` for the eye) and unmarks
/// the one before.
fn mark_selected(shapes: &web_sys::Element, selected: Option<&str>) {
    if let Ok(Some(old)) = shapes.query_selector("[aria-current]") {
        let _ = old.remove_attribute("aria-current");
        let _ = old.class_list().remove_1("selected");
    }
    let Some(id) = selected else {
        return;
    };
    if let Ok(Some(el)) = shapes.query_selector(&format!("a[data-id=\"{id}\"]")) {
        let _ = el.set_attribute("aria-current", "true");
        let _ = el.class_list().add_1("selected");
    }
}
