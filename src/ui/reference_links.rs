//! The references the views share, as markup (see [`crate::markup`]): "read more" and "source"
//! links, source lists, section lists and dates.

use crate::content::{self, Citation, Date};
use crate::i18n::Lang;
use crate::markup::Markup;
use crate::ui::references::section_href;

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

/// "{label} <citation>": where a fact comes from, as a citation that links to the work.
pub fn source_ref(m: &mut Markup, label: &str, source: Citation) {
    m.open("span", &[]).text(label).text(" ");
    citation(m, source);
    m.close("span");
}

/// One list item per cited work; the caller chooses the list.
pub fn source_items(m: &mut Markup, sources: impl IntoIterator<Item = Citation>) {
    for source in sources {
        m.open("li", &[]);
        citation(m, source);
        m.close("li");
    }
}

/// The citation (written at build time in the reader's language), as the link to the work.
fn citation(m: &mut Markup, source: Citation) {
    m.element(
        "a",
        &[("href", source.url), ("class", "external")],
        source.text,
    );
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
    m.element("time", &[("datetime", &date.iso())], &date.text(lang));
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
        let event = content::TIMELINE
            .iter()
            .find(|e| e.id == "aguelhok")
            .unwrap();
        let source = event.source.get(Lang::En);
        source_ref(&mut m, "Source:", source);
        assert_eq!(
            m.finish(),
            format!(
                "<span>Learn more: <a href=\"#section={}\">{}</a></span>\
                 <span>Source: <a href=\"{}\" class=\"external\">RFI, \u{201C}Mali\u{202F}: exécutions sommaires à Aguelhoc, selon Paris et Bamako\u{201D}, 13 February 2012 (in French)</a></span>",
                sec.id,
                sec.title.get(Lang::En).replace('\'', "&#39;"),
                source.url
            )
        );
    }

    #[test]
    fn source_lists_name_each_work_and_escape_it() {
        let mut m = Markup::new();
        source_items(
            &mut m,
            [Citation {
                text: "UN, \u{201C}A <b> & 'c'\u{201D}, 2013",
                url: "https://example.org/?a=1&b=2",
            }],
        );
        assert_eq!(
            m.finish(),
            "<li><a href=\"https://example.org/?a=1&amp;b=2\" class=\"external\">UN, \u{201C}A &lt;b&gt; &amp; &#39;c&#39;\u{201D}, 2013</a></li>"
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
