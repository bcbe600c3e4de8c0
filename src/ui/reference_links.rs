//! The references the views share, as markup (see [`crate::markup`]): "read more" and "source"
//! links, source lists, section lists and dates.

use crate::content::{self, source_label, Date};
use crate::i18n::{iso_date, Lang};
use crate::markup::Markup;
use crate::url_state::UrlState;

/// The address of a section, opened.
fn section_href(id: &'static str) -> String {
    UrlState {
        section: Some(id),
        ..Default::default()
    }
    .href()
}

/// "{label} <section title>": the section that explains something.
pub fn section_ref(m: &mut Markup, lang: Lang, label: &str, id: &str) {
    if let Some(sec) = content::section(lang, id) {
        m.open("span", &[])
            .text(label)
            .text(" ")
            .element("a", &[("href", &section_href(sec.id))], sec.title.get(lang))
            .close("span");
    }
}

/// "{label} <site>": where a fact comes from, named by its site.
pub fn source_ref(m: &mut Markup, label: &str, url: &str) {
    m.open("span", &[])
        .text(label)
        .text(" ")
        .element(
            "a",
            &[("href", url), ("class", "external")],
            source_label(url),
        )
        .close("span");
}

/// One list item per source address, each named by its site; the caller chooses the list.
pub fn source_items<'a>(m: &mut Markup, urls: impl IntoIterator<Item = &'a str>) {
    for url in urls {
        m.open("li", &[])
            .element(
                "a",
                &[("href", url), ("class", "external")],
                source_label(url),
            )
            .close("li");
    }
}

/// One list item per section, by id, each a link to it: the contents, "read more" under a map
/// panel and "worth re-reading" after a quiz.
pub fn section_items<'a>(m: &mut Markup, lang: Lang, ids: impl IntoIterator<Item = &'a str>) {
    for sec in ids.into_iter().filter_map(|id| content::section(lang, id)) {
        m.open("li", &[])
            .element("a", &[("href", &section_href(sec.id))], sec.title.get(lang))
            .close("li");
    }
}

/// A date as the reader's language writes it, machine-readable in `datetime`.
pub fn date_text(m: &mut Markup, lang: Lang, date: Date) {
    m.element(
        "time",
        &[("datetime", &iso_date(date))],
        &lang.strings().date(date),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_link_to_sections_and_sources() {
        let sec = &content::sections(Lang::En)[0];
        let mut m = Markup::new();
        section_ref(&mut m, Lang::En, "Learn more:", sec.id);
        section_ref(&mut m, Lang::En, "Learn more:", "no-such-section");
        source_ref(
            &mut m,
            "Source:",
            "https://press.un.org/en/2013/sc11039.doc.htm",
        );
        assert_eq!(
            m.finish(),
            format!(
                "<span>Learn more: <a href=\"#section={}\">{}</a></span>\
                 <span>Source: <a href=\"https://press.un.org/en/2013/sc11039.doc.htm\" class=\"external\">{}</a></span>",
                sec.id,
                sec.title.get(Lang::En).replace('\'', "&#39;"),
                source_label("https://press.un.org/en/2013/sc11039.doc.htm")
            )
        );
    }

    #[test]
    fn dates_are_machine_readable() {
        let mut m = Markup::new();
        let date = Date {
            year: 2013,
            month: 1,
            day: Some(11),
        };
        date_text(&mut m, Lang::Fr, date);
        assert_eq!(
            m.finish(),
            "<time datetime=\"2013-01-11\">11 janvier 2013</time>"
        );
    }
}
