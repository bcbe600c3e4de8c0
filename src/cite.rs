//! "Cite this": a reference to the explainer, or to what is on screen, in APA 7, MLA 9 and Chicago
//! (17th edition, bibliography entry), written as a reader of each language writes it. Web-free and
//! tested natively: the dialog gives it the title, the link to what is on screen, the content's
//! "checked as of" date (from the content, never the build's clock) and the day of access.
//!
//! The explainer has no named author, so each style's rule for a work without one applies: the
//! title takes the author's place (APA), or the entry starts with the title (MLA, Chicago).

use crate::lang::Lang;

/// A citation style a teacher may ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Apa,
    Mla,
    Chicago,
}

impl Style {
    pub const ALL: [Style; 3] = [Style::Apa, Style::Mla, Style::Chicago];

    /// Its name, the same in every language.
    pub fn name(self) -> &'static str {
        match self {
            Style::Apa => "APA 7",
            Style::Mla => "MLA 9",
            Style::Chicago => "Chicago",
        }
    }
}

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// What is cited.
#[derive(Debug, Clone, Copy)]
pub struct Work<'a> {
    /// The explainer's name.
    pub site: &'a str,
    /// What is on screen (a section, the timeline, a quiz…); `None` for the whole explainer.
    pub title: Option<&'a str>,
    pub url: &'a str,
    /// When the content was last checked: the date the work carries.
    pub checked: Day,
    /// The reader's today.
    pub accessed: Day,
}

/// A citation in runs of plain and italic text: plain text for the clipboard, markup for the screen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Citation(pub Vec<(String, bool)>);

impl Citation {
    fn roman(mut self, text: impl Into<String>) -> Self {
        self.0.push((text.into(), false));
        self
    }

    fn italic(mut self, text: impl Into<String>) -> Self {
        self.0.push((text.into(), true));
        self
    }

    pub fn plain(&self) -> String {
        self.0.iter().map(|(t, _)| t.as_str()).collect()
    }

    /// As escaped markup, italics as `<i>`.
    pub fn html(&self) -> String {
        let mut m = crate::markup::Markup::new();
        for (text, italic) in &self.0 {
            if *italic {
                m.element("i", &[], text);
            } else {
                m.text(text);
            }
        }
        m.finish()
    }
}

const MLA_MONTHS_EN: [&str; 12] = [
    "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
];
const MLA_MONTHS_FR: [&str; 12] = [
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.",
    "déc.",
];

/// "December 1, 2026" in English (APA, Chicago); « 1er décembre 2026 » in French.
fn long_date(lang: Lang, d: Day) -> String {
    match lang {
        Lang::En => format!(
            "{} {}, {}",
            lang.months()[usize::from(d.month) - 1],
            d.day,
            d.year
        ),
        Lang::Fr => lang.date(d.year, Some(d.month), Some(d.day)),
    }
}

/// MLA's day-month-year with abbreviated months: "1 Dec. 2026", « 1er déc. 2026 ».
fn mla_date(lang: Lang, d: Day) -> String {
    let (months, first) = match lang {
        Lang::En => (MLA_MONTHS_EN, "1"),
        Lang::Fr => (MLA_MONTHS_FR, "1er"),
    };
    let day = if d.day == 1 {
        first.to_string()
    } else {
        d.day.to_string()
    };
    format!("{day} {} {}", months[usize::from(d.month) - 1], d.year)
}

/// APA's "(2026, December 1)" / « (2026, 1er décembre) ».
fn apa_date(lang: Lang, d: Day) -> String {
    let month = lang.months()[usize::from(d.month) - 1];
    match lang {
        Lang::En => format!("({}, {month} {})", d.year, d.day),
        Lang::Fr => {
            let day = if d.day == 1 {
                "1er".to_string()
            } else {
                d.day.to_string()
            };
            format!("({}, {day} {month})", d.year)
        }
    }
}

/// A title that already ends with its own punctuation takes no added full stop.
fn closed(title: &str) -> bool {
    title.ends_with(['.', '?', '!'])
}

/// "Title." inside quotation marks, as each language quotes: “Title.” / « Title ».
fn quoted(lang: Lang, title: &str) -> String {
    match lang {
        Lang::En if closed(title) => format!("\u{201C}{title}\u{201D}"),
        Lang::En => format!("\u{201C}{title}.\u{201D}"),
        Lang::Fr if closed(title) => format!("«\u{A0}{title}\u{A0}»"),
        Lang::Fr => format!("«\u{A0}{title}\u{A0}»."),
    }
}

fn stop(title: &str) -> &'static str {
    if closed(title) {
        ""
    } else {
        "."
    }
}

/// The citation of `work` in `style`, in `lang`.
pub fn cite(style: Style, lang: Lang, work: &Work) -> Citation {
    let (checked, accessed, url, site) = (work.checked, work.accessed, work.url, work.site);
    let c = Citation::default();
    match style {
        Style::Apa => {
            let retrieved = match lang {
                Lang::En => format!("Retrieved {}, from {url}", long_date(lang, accessed)),
                Lang::Fr => format!(
                    "Consulté le {}, à l\u{2019}adresse {url}",
                    long_date(lang, accessed)
                ),
            };
            match work.title {
                Some(title) => c.italic(title).roman(format!(
                    "{} {}. {site}. {retrieved}",
                    stop(title),
                    apa_date(lang, checked)
                )),
                None => c
                    .italic(site)
                    .roman(format!(". {}. {retrieved}", apa_date(lang, checked))),
            }
        }
        Style::Mla => {
            let accessed = match lang {
                Lang::En => format!("Accessed {}.", mla_date(lang, accessed)),
                Lang::Fr => format!("Consulté le {}.", mla_date(lang, accessed)),
            };
            let rest = format!(", {}, {url}. {accessed}", mla_date(lang, checked));
            match work.title {
                Some(title) => c
                    .roman(format!("{} ", quoted(lang, title)))
                    .italic(site)
                    .roman(rest),
                None => c
                    .italic(site)
                    .roman(format!(". {}, {url}. {accessed}", mla_date(lang, checked))),
            }
        }
        Style::Chicago => {
            let dates = match lang {
                Lang::En => format!(
                    "Last modified {}. Accessed {}. {url}.",
                    long_date(lang, checked),
                    long_date(lang, accessed)
                ),
                Lang::Fr => format!(
                    "Dernière modification le {}. Consulté le {}. {url}.",
                    long_date(lang, checked),
                    long_date(lang, accessed)
                ),
            };
            match work.title {
                Some(title) => c.roman(format!("{} {site}. {dates}", quoted(lang, title))),
                None => c.roman(format!("{site}. {dates}")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn work(title: Option<&'static str>) -> Work<'static> {
        Work {
            site: "Peacekeeping in Mali and the Sahel",
            title,
            url: "https://example.org/sahel/#section=causes",
            checked: Day {
                year: 2026,
                month: 12,
                day: 1,
            },
            accessed: Day {
                year: 2027,
                month: 3,
                day: 9,
            },
        }
    }

    #[test]
    fn each_style_in_english() {
        let w = work(Some("The roots of the crisis"));
        let apa = cite(Style::Apa, Lang::En, &w);
        assert_eq!(
            apa.plain(),
            "The roots of the crisis. (2026, December 1). Peacekeeping in Mali and the Sahel. Retrieved March 9, 2027, from https://example.org/sahel/#section=causes"
        );
        assert_eq!(apa.0[0], ("The roots of the crisis".to_string(), true));
        assert_eq!(
            cite(Style::Mla, Lang::En, &w).plain(),
            "\u{201C}The roots of the crisis.\u{201D} Peacekeeping in Mali and the Sahel, 1 Dec. 2026, https://example.org/sahel/#section=causes. Accessed 9 Mar. 2027."
        );
        assert_eq!(
            cite(Style::Chicago, Lang::En, &w).plain(),
            "\u{201C}The roots of the crisis.\u{201D} Peacekeeping in Mali and the Sahel. Last modified December 1, 2026. Accessed March 9, 2027. https://example.org/sahel/#section=causes."
        );
    }

    #[test]
    fn each_style_in_french() {
        let w = work(Some("Les racines de la crise"));
        assert_eq!(
            cite(Style::Apa, Lang::Fr, &w).plain(),
            "Les racines de la crise. (2026, 1er décembre). Peacekeeping in Mali and the Sahel. Consulté le 9 mars 2027, à l\u{2019}adresse https://example.org/sahel/#section=causes"
        );
        assert_eq!(
            cite(Style::Mla, Lang::Fr, &w).plain(),
            "«\u{A0}Les racines de la crise\u{A0}». Peacekeeping in Mali and the Sahel, 1er déc. 2026, https://example.org/sahel/#section=causes. Consulté le 9 mars 2027."
        );
        assert_eq!(
            cite(Style::Chicago, Lang::Fr, &w).plain(),
            "«\u{A0}Les racines de la crise\u{A0}». Peacekeeping in Mali and the Sahel. Dernière modification le 1er décembre 2026. Consulté le 9 mars 2027. https://example.org/sahel/#section=causes."
        );
    }

    #[test]
    fn the_whole_explainer_is_cited_by_its_name() {
        let w = work(None);
        let apa = cite(Style::Apa, Lang::En, &w);
        assert_eq!(
            apa.plain(),
            "Peacekeeping in Mali and the Sahel. (2026, December 1). Retrieved March 9, 2027, from https://example.org/sahel/#section=causes"
        );
        assert_eq!(
            apa.html(),
            "<i>Peacekeeping in Mali and the Sahel</i>. (2026, December 1). Retrieved March 9, 2027, from https://example.org/sahel/#section=causes"
        );
        assert_eq!(
            cite(Style::Mla, Lang::En, &w).plain(),
            "Peacekeeping in Mali and the Sahel. 1 Dec. 2026, https://example.org/sahel/#section=causes. Accessed 9 Mar. 2027."
        );
        assert!(cite(Style::Chicago, Lang::Fr, &w).plain().starts_with(
            "Peacekeeping in Mali and the Sahel. Dernière modification le 1er décembre 2026."
        ));
    }

    #[test]
    fn a_title_with_its_own_question_mark_takes_no_full_stop() {
        let w = work(Some("Why 2012? The roots"));
        let w2 = Work {
            title: Some("Who sent the peacekeepers?"),
            ..w
        };
        assert!(cite(Style::Apa, Lang::En, &w2)
            .plain()
            .starts_with("Who sent the peacekeepers? (2026, December 1)."));
        assert!(cite(Style::Mla, Lang::En, &w2)
            .plain()
            .starts_with("\u{201C}Who sent the peacekeepers?\u{201D} Peacekeeping"));
        assert!(cite(Style::Chicago, Lang::Fr, &w2)
            .plain()
            .starts_with("«\u{A0}Who sent the peacekeepers?\u{A0}» Peacekeeping"));
    }

    #[test]
    fn markup_is_escaped() {
        let w = Work {
            url: "https://x.org/?a=1&b=<2>",
            ..work(Some("A & B"))
        };
        let html = cite(Style::Apa, Lang::En, &w).html();
        assert!(html.starts_with("<i>A &amp; B</i>. (2026"), "{html}");
        assert!(
            html.ends_with("https://x.org/?a=1&amp;b=&lt;2&gt;"),
            "{html}"
        );
    }
}
