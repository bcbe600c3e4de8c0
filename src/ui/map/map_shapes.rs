//! The map's countries and places as SVG markup (see [`crate::markup`] for why text): every one a
//! link named for screen readers. Drawn once per map; what changes (the layers in a year, the
//! selection, the links) is then set on these same elements through [`ItemHandle`], so nothing a
//! reader may be focused on is ever replaced.

use crate::content::{
    self, LabelSide, Layer, MapItem, Period, PlaceKind, BACKGROUND_SHAPES, COUNTRIES, PLACES,
};
use crate::i18n::Lang;
use crate::markup::Markup;

/// Marker outlines, centred on 0,0, in screen pixels (the map scales them to stay that size): the
/// kind of place is told by shape, not colour alone.
pub fn marker(kind: PlaceKind) -> &'static str {
    match kind {
        PlaceKind::Capital => "M-6 0a6 6 0 1 0 12 0a6 6 0 1 0-12 0z",
        PlaceKind::MissionHq => {
            "M0-8l2.4 5.6h5.6l-4.5 3.6 2.2 6.6-5.7-4.2-5.7 4.2 2.2-6.6-4.5-3.6h5.6z"
        }
        PlaceKind::SectorHq => "M-6-6h12v12h-12z",
        PlaceKind::Base => "M0-7l7 12h-14z",
        PlaceKind::Training => "M0-7l7 7-7 7-7-7z",
        PlaceKind::Town => "M-4 0a4 4 0 1 0 8 0a4 4 0 1 0-8 0z",
    }
}

/// Where a place's name sits beside its marker, in screen pixels: x, y and `text-anchor`.
fn label_position(side: LabelSide) -> (&'static str, &'static str, &'static str) {
    match side {
        LabelSide::Right => ("10", "5", "start"),
        LabelSide::Left => ("-10", "5", "end"),
        LabelSide::Above => ("0", "-11", "middle"),
        LabelSide::Below => ("0", "20", "middle"),
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

/// The handle between a country's or place's link in the markup and the code that sets its state:
/// its element id, `map-<id>` (the map view draws one map at a time).
#[derive(Debug, Clone, Copy)]
pub struct ItemHandle(pub MapItem);

impl PartialEq for ItemHandle {
    fn eq(&self, other: &Self) -> bool {
        self.0.id() == other.0.id()
    }
}

impl ItemHandle {
    pub fn element_id(self) -> String {
        format!("map-{}", self.0.id())
    }

    /// The country or place an element of the map's markup stands for, if any.
    pub fn of_element_id(id: &str) -> Option<ItemHandle> {
        content::map_item(id.strip_prefix("map-")?).map(ItemHandle)
    }

    /// The `class` of the link in `year` with `layers` shown: the layers it is in then, or for a
    /// place no longer (or not yet) there, `closed`; and `selected`.
    pub fn class(self, year: u16, layers: &[Layer], selected: bool) -> String {
        let (base, periods) = match self.0 {
            MapItem::Country(c) => ("country", c.periods),
            MapItem::Place(p) => ("place", p.periods),
        };
        let on = active(periods, year, layers);
        let mut class = String::from(base);
        for layer in &on {
            class.push_str(" on-");
            class.push_str(layer.code());
        }
        if on.is_empty() && periods.iter().any(|x| layers.contains(&x.layer)) {
            class.push_str(" closed");
        }
        if selected {
            class.push_str(" selected");
        }
        class
    }
}

/// The land around the frame that is not selectable.
pub fn background(lang: Lang) -> String {
    let mut m = Markup::new();
    for d in BACKGROUND_SHAPES {
        m.empty("path", &[("d", d.get(lang))]);
    }
    m.finish()
}

/// Every country as a link, with a path per layer it is ever in (shown by its link's class).
pub fn countries(lang: Lang) -> String {
    let mut m = Markup::new();
    for c in COUNTRIES {
        let name = c.name.get(lang);
        let outline = c.path.get(lang);
        let handle = ItemHandle(MapItem::Country(c));
        m.open(
            "a",
            &[
                ("id", &handle.element_id()),
                ("class", "country"),
                ("aria-label", name),
            ],
        )
        .empty("path", &[("d", outline)]);
        let mut drawn: Vec<Layer> = Vec::new();
        for p in c.periods {
            if !drawn.contains(&p.layer) {
                drawn.push(p.layer);
                let class = format!("overlay ov-{}", p.layer.code());
                m.empty("path", &[("class", &class), ("d", outline)]);
            }
        }
        m.element("title", &[], name).close("a");
    }
    m.finish()
}

/// The names of the countries with room for one, in screen pixels like the places' names, unless
/// `unlabelled` (a quiz asks where one is). Seen, not read: the links name the countries.
pub fn country_names(lang: Lang, unlabelled: &[&str]) -> String {
    let mut m = Markup::new();
    m.open("g", &[("class", "country-names"), ("aria-hidden", "true")]);
    for c in COUNTRIES {
        let Some((x, y)) = c.label.filter(|_| !unlabelled.contains(&c.id)) else {
            continue;
        };
        m.open(
            "g",
            &[(
                "transform",
                &format!("translate({} {})", svg_num(x), svg_num(y)),
            )],
        )
        .open("g", &[("class", "marker-scale")])
        .element(
            "text",
            &[("class", "country-name"), ("text-anchor", "middle")],
            c.name.get(lang),
        )
        .close("g")
        .close("g");
    }
    m.close("g");
    m.finish()
}

/// Every place as a link: a marker with a target around it large enough to tap, and its name
/// unless `unlabelled` (a quiz asks where it is). Sized in screen pixels and scaled by the map, so
/// zooming keeps them readable.
pub fn places(lang: Lang, unlabelled: &[&str]) -> String {
    let mut m = Markup::new();
    for p in PLACES {
        let name = p.name.get(lang);
        let handle = ItemHandle(MapItem::Place(p));
        let (x, y, anchor) = label_position(p.label);
        m.open(
            "a",
            &[
                ("id", &handle.element_id()),
                ("class", "place"),
                ("aria-label", name),
            ],
        )
        .open(
            "g",
            &[(
                "transform",
                &format!("translate({} {})", svg_num(p.x), svg_num(p.y)),
            )],
        )
        .open("g", &[("class", "marker-scale")])
        .empty("circle", &[("class", "target"), ("r", "14")])
        .empty("path", &[("class", "marker"), ("d", marker(p.kind))]);
        if !unlabelled.contains(&p.id) {
            m.element(
                "text",
                &[
                    ("x", x),
                    ("y", y),
                    ("text-anchor", anchor),
                    ("class", "place-label"),
                    ("aria-hidden", "true"),
                ],
                name,
            );
        }
        m.close("g")
            .close("g")
            .element("title", &[], name)
            .close("a");
    }
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn every_country_and_place_is_a_named_link_with_its_handle() {
        let markup = countries(Lang::En) + &places(Lang::En, &[]);
        for item in COUNTRIES
            .iter()
            .map(MapItem::Country)
            .chain(PLACES.iter().map(MapItem::Place))
        {
            let handle = ItemHandle(item);
            let id = handle.element_id();
            assert!(
                markup.contains(&format!("id=\"{id}\"")),
                "{id} is not drawn"
            );
            assert_eq!(ItemHandle::of_element_id(&id), Some(handle));
        }
        assert_eq!(ItemHandle::of_element_id("map-nowhere"), None);
        assert_eq!(ItemHandle::of_element_id("mli"), None);
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
        assert_eq!(markup.matches("class=\"target\"").count(), PLACES.len());
    }

    #[test]
    fn a_quiz_can_hide_the_name_of_the_place_it_asks_for() {
        let gao = content::map_item("gao").expect("Gao is on the map");
        let all = places(Lang::En, &[]);
        let quiz = places(Lang::En, &["gao"]);
        let label = format!(">{}</text>", gao.name(Lang::En));
        assert!(all.contains(&label));
        assert!(
            !quiz.contains(&label),
            "the answer is not written on the map"
        );
        assert!(quiz.contains("aria-label=\"Gao\""), "still a named link");
    }

    #[test]
    fn countries_with_room_are_named_on_the_map_unless_asked_about() {
        let names = country_names(Lang::Fr, &[]);
        assert!(names.contains(">Mali</text>"));
        assert!(names.contains("aria-hidden=\"true\""));
        assert!(
            !names.contains(">Gambie</text>"),
            "too small to hold its name"
        );
        assert!(!country_names(Lang::Fr, &["mli"]).contains(">Mali</text>"));
    }

    #[test]
    fn layers_follow_the_year() {
        let g5 = |year| {
            COUNTRIES
                .iter()
                .filter(|c| {
                    ItemHandle(MapItem::Country(c))
                        .class(year, &[Layer::G5Sahel], false)
                        .contains("on-g5-sahel")
                })
                .count()
        };
        // The G5 Sahel had five members from 2014; none in 2013.
        assert_eq!(g5(2013), 0);
        assert_eq!(g5(2017), 5);
        let mali = ItemHandle(content::map_item("mli").unwrap());
        assert_eq!(mali.class(2017, &[], true), "country selected");
    }

    #[test]
    fn a_base_is_filled_while_open_and_dashed_once_closed() {
        let gao = ItemHandle(content::map_item("gao").unwrap());
        assert_eq!(
            gao.class(2019, &[Layer::Minusma], false),
            "place on-minusma"
        );
        assert_eq!(gao.class(2025, &[Layer::Minusma], false), "place closed");
    }
}
