//! The map's countries and places as SVG markup (see [`crate::markup`] for why text): every one a
//! link named for screen readers, drawn for the chosen year and layers. The selection is not part
//! of it: `SahelMap` marks that on the elements, so choosing never redraws what has focus.

use crate::content::{LabelSide, Layer, Period, PlaceKind, BACKGROUND_SHAPES, COUNTRIES, PLACES};
use crate::i18n::Lang;
use crate::markup::Markup;

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

/// Where a place's name sits beside its marker: x, y and `text-anchor`.
fn label_position(side: LabelSide) -> (&'static str, &'static str, &'static str) {
    match side {
        LabelSide::Right => ("8", "4", "start"),
        LabelSide::Left => ("-8", "4", "end"),
        LabelSide::Above => ("0", "-9", "middle"),
        LabelSide::Below => ("0", "16", "middle"),
    }
}

/// A coordinate for an SVG attribute, to the hundredth. Written by hand because Rust's float
/// formatting would add about 14 KB to the wasm for these few numbers.
pub fn svg_num(v: f32) -> String {
    let hundredths = (v * 100.0).round() as i64;
    let sign = if hundredths < 0 { "-" } else { "" };
    let (whole, frac) = (hundredths.abs() / 100, hundredths.abs() % 100);
    if frac == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac:02}")
    }
}

/// The layers shown in `layers` that `periods` covers in `year`.
fn active(periods: &[Period], year: u16, layers: &[Layer]) -> Vec<Layer> {
    periods
        .iter()
        .filter(|p| layers.contains(&p.layer) && p.covers(year))
        .map(|p| p.layer)
        .collect()
}

/// `<a>` for a country or place: its link, its id for the click handler, its name for screen readers.
fn open_link<'m>(
    m: &'m mut Markup,
    class: &'static str,
    id: &'static str,
    name: &str,
    href: &dyn Fn(&'static str) -> String,
) -> &'m mut Markup {
    m.open(
        "a",
        &[
            ("href", &href(id)),
            ("class", class),
            ("data-id", id),
            ("aria-label", name),
        ],
    )
}

/// The land around the frame that is not selectable.
pub fn background(lang: Lang) -> String {
    let mut m = Markup::new();
    for d in BACKGROUND_SHAPES {
        m.empty("path", &[("d", d.get(lang))]);
    }
    m.finish()
}

/// Every country, then every place, as links to `href(id)`, carrying `data-id`.
pub fn shapes(
    lang: Lang,
    year: u16,
    layers: &[Layer],
    href: &dyn Fn(&'static str) -> String,
) -> String {
    let mut m = Markup::new();
    for c in COUNTRIES {
        let name = c.name.get(lang);
        let outline = c.path.get(lang);
        open_link(&mut m, "country", c.id, name, href).empty("path", &[("d", outline)]);
        for layer in active(c.periods, year, layers) {
            m.empty(
                "path",
                &[
                    ("class", &format!("overlay ov-{}", layer.code())),
                    ("d", outline),
                ],
            );
        }
        m.element("title", &[], name).close("a");
    }
    for p in PLACES {
        let name = p.name.get(lang);
        // Filled with its layer's colour while a force was there that year; outlined and dashed
        // once it had gone (or before it came).
        let on = active(p.periods, year, layers);
        let mut class = String::from("marker");
        for layer in &on {
            class.push_str(" on-");
            class.push_str(layer.code());
        }
        if on.is_empty() && p.periods.iter().any(|x| layers.contains(&x.layer)) {
            class.push_str(" closed");
        }
        let (x, y, anchor) = label_position(p.label);
        open_link(&mut m, "place", p.id, name, href)
            .open(
                "g",
                &[(
                    "transform",
                    &format!("translate({} {})", svg_num(p.x), svg_num(p.y)),
                )],
            )
            // Scaled by a CSS variable, so zooming keeps markers and labels their size on screen
            // without redrawing the links (which would take focus away from the one in use).
            .open("g", &[("class", "marker-scale")])
            .empty("path", &[("class", &class), ("d", marker(p.kind))])
            .element(
                "text",
                &[
                    ("x", x),
                    ("y", y),
                    ("text-anchor", anchor),
                    ("class", "place-label"),
                    ("aria-hidden", "true"),
                ],
                name,
            )
            .close("g")
            .close("g")
            .element("title", &[], name)
            .close("a");
    }
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(year: u16) -> String {
        shapes(Lang::En, year, &Layer::ALL, &|id| format!("#select={id}"))
    }

    #[test]
    fn svg_numbers_round_to_hundredths() {
        assert_eq!(svg_num(0.0), "0");
        assert_eq!(svg_num(812.0), "812");
        assert_eq!(svg_num(101.5), "101.50");
        assert_eq!(svg_num(0.125), "0.13");
        assert_eq!(svg_num(-20.04), "-20.04");
        assert_eq!(svg_num(-0.5), "-0.50");
    }

    #[test]
    fn every_country_and_place_is_a_named_link() {
        let markup = all(2017);
        for id in COUNTRIES
            .iter()
            .map(|c| c.id)
            .chain(PLACES.iter().map(|p| p.id))
        {
            assert!(
                markup.contains(&format!("href=\"#select={id}\"")),
                "{id} has no link"
            );
            assert!(markup.contains(&format!("data-id=\"{id}\"")));
        }
        assert!(markup.contains("aria-label=\"Mali\""));
        assert!(markup.contains("<title>Mali</title>"));
        assert!(markup.contains("aria-label=\"Côte d&#39;Ivoire\""));
        assert_eq!(
            markup.matches("<a ").count(),
            COUNTRIES.len() + PLACES.len()
        );
        assert_eq!(
            markup.matches("<a ").count(),
            markup.matches("</a>").count()
        );
    }

    #[test]
    fn layers_follow_the_year() {
        let g5 = |year| {
            shapes(Lang::En, year, &[Layer::G5Sahel], &|_| String::new())
                .matches("ov-g5-sahel")
                .count()
        };
        // The G5 Sahel had five members from 2014; none in 2013.
        assert_eq!(g5(2013), 0);
        assert_eq!(g5(2017), 5);
        // With no layer shown, nothing is marked.
        let bare = shapes(Lang::En, 2017, &[], &|_| String::new());
        assert!(!bare.contains("overlay") && !bare.contains("on-") && !bare.contains("closed"));
    }

    #[test]
    fn a_base_is_filled_while_open_and_dashed_once_closed() {
        let gao = |year| {
            let markup = shapes(Lang::En, year, &[Layer::Minusma], &|_| String::new());
            let at = markup.find("data-id=\"gao\"").expect("Gao is on the map");
            let rest = &markup[at..];
            let class = &rest[rest.find("<path class=\"").unwrap() + 13..];
            class[..class.find('"').unwrap()].to_string()
        };
        assert_eq!(gao(2019), "marker on-minusma");
        assert_eq!(gao(2025), "marker closed");
    }
}
