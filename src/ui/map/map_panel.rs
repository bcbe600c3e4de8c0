use crate::content::{MapItem, Period, TIMELINE};
use crate::i18n::Lang;
use crate::markup::Markup;
use crate::ui::reference_links::{date_text, section_items, source_items};

/// What the selected country or place did in the story: in the chosen year, over the years, and
/// where to read more. Markup (see [`crate::markup`]): it is redrawn whole when the selection or
/// the year changes.
pub fn panel_markup(lang: Lang, item: MapItem, year: u16) -> String {
    let strings = lang.strings();
    let s = &strings.map;
    let (name, kind, summary, periods, sections, events, sources) = match item {
        MapItem::Country(c) => (
            c.name, s.country, c.summary, c.periods, c.sections, c.events, c.sources,
        ),
        MapItem::Place(p) => (
            p.name,
            (s.kind_names)(p.kind),
            p.summary,
            p.periods,
            p.sections,
            p.events,
            p.sources,
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
    if !events.is_empty() {
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
