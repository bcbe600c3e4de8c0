use crate::content::{MapItem, Period, TIMELINE};
use crate::i18n::Lang;
use crate::markup::Markup;
use crate::ui::reference_links::{date_text, section_items, source_items};

/// What the selected country or place did in the story: in the chosen year, over the years, and
/// where to read more. Markup (see [`crate::markup`]), redrawn when the selection or the year
/// changes.
pub fn panel_markup(lang: Lang, item: MapItem, year: u16) -> String {
    let strings = lang.strings();
    let s = &strings.map;
    let (name, kind, summary, periods, sections) = match item {
        MapItem::Country(c) => (c.name, s.country, c.summary, c.periods, c.sections),
        MapItem::Place(p) => (
            p.name,
            (s.kind_names)(p.kind),
            p.summary,
            p.periods,
            p.sections,
        ),
    };
    let mut m = Markup::new();
    m.element(
        "h2",
        &[("id", "map-panel-heading"), ("tabindex", "-1")],
        name.get(lang),
    )
    .element("p", &[("class", "map-panel-kind")], kind)
    .element("p", &[], summary.get(lang))
    .element("h3", &[], &(s.in_year)(year));
    let now: Vec<&Period> = periods.iter().filter(|p| p.covers(year)).collect();
    if now.is_empty() {
        m.element("p", &[], s.nothing_in_year);
    } else {
        m.open("ul", &[]);
        for p in now {
            m.element("li", &[], (s.layer_names)(p.layer));
        }
        m.close("ul");
    }
    if !periods.is_empty() {
        m.element("h3", &[], s.periods).open("ul", &[]);
        for p in periods {
            let span = match p.to {
                Some(to) if to == p.from => format!("{}", p.from),
                Some(to) => format!("{}–{to}", p.from),
                None => format!("{}–", p.from),
            };
            m.open("li", &[])
                .text((s.layer_names)(p.layer))
                .text(strings.colon)
                .text(&span)
                .close("li");
        }
        m.close("ul");
    }
    m.element("h3", &[], s.read_more).open("ul", &[]);
    section_items(&mut m, lang, sections.iter().copied());
    m.close("ul");
    m.finish()
}

/// The rest of the panel: the events of the country or place (when the timeline's words are here:
/// `events_here`), then its sources. Apart from the facts above, so that the words arriving never
/// redraw the heading that has focus.
pub fn panel_links_markup(lang: Lang, item: MapItem, events_here: bool) -> String {
    let strings = lang.strings();
    let s = &strings.map;
    let (events, sources) = match item {
        MapItem::Country(c) => (c.events, c.sources),
        MapItem::Place(p) => (p.events, p.sources),
    };
    let mut m = Markup::new();
    if events_here && !events.is_empty() {
        m.element("h3", &[], s.events)
            .open("ul", &[("class", "map-events")]);
        for e in TIMELINE.iter().filter(|e| events.contains(&e.id)) {
            m.open("li", &[]);
            date_text(&mut m, lang, e.date);
            m.text(strings.colon).text(e.text(lang)).close("li");
        }
        m.close("ul");
    }
    if !sources.is_empty() {
        m.element("h3", &[], strings.sources_heading)
            .open("ul", &[("class", "sources")]);
        source_items(&mut m, sources.iter().map(|url| url.get(lang)));
        m.close("ul");
    }
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{self, COUNTRIES};

    #[test]
    fn a_panel_tells_the_year_the_periods_and_where_to_read_more() {
        let mali = content::map_item("mli").expect("Mali is on the map");
        let html = panel_markup(Lang::En, mali, 2015);
        assert!(html.starts_with("<h2 id=\"map-panel-heading\" tabindex=\"-1\">Mali</h2>"));
        assert!(html.contains("<h3>In 2015</h3><ul><li>"));
        assert!(html.contains("<li><a href=\"#section="));
        let before = panel_markup(Lang::En, mali, 2012);
        assert_ne!(html, before, "the year changes what it says");
    }

    #[test]
    fn events_wait_for_the_timelines_words_and_sources_do_not() {
        let c = COUNTRIES
            .iter()
            .find(|c| !c.events.is_empty() && !c.sources.is_empty())
            .unwrap();
        let item = content::map_item(c.id).unwrap();
        let without = panel_links_markup(Lang::En, item, false);
        assert!(!without.contains("map-events"));
        assert_eq!(
            without.matches("class=\"external\"").count(),
            c.sources.len()
        );
        let with = panel_links_markup(Lang::En, item, true);
        assert_eq!(with.matches("<time datetime=").count(), c.events.len());
    }
}
