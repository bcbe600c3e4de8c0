//! Languages and every interface string. A typed catalogue: a language that lacks a string does not
//! compile, so no user ever sees a missing key.

use crate::content::{Actor, Date};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 1] = [Lang::En];

    /// Position of this language in the generated content tables.
    pub fn index(self) -> usize {
        match self {
            Lang::En => 0,
        }
    }

    pub fn code(self) -> &'static str {
        crate::content::LANG_CODES[self.index()]
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &EN,
        }
    }
}

pub struct Strings {
    pub site_title: &'static str,
    pub site_tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_sections: &'static str,
    pub nav_timeline: &'static str,
    pub sections_heading: &'static str,
    pub sections_intro: &'static str,
    pub contents_heading: &'static str,
    pub expand_all: &'static str,
    pub collapse_all: &'static str,
    pub sources_heading: &'static str,
    pub timeline_heading: &'static str,
    pub timeline_intro: &'static str,
    pub filter_legend: &'static str,
    pub show_all_actors: &'static str,
    /// "Showing {shown} of {total} events".
    pub showing_events: fn(usize, usize) -> String,
    pub no_events: &'static str,
    pub read_more: &'static str,
    pub source: &'static str,
    pub footer_about: &'static str,
    pub footer_licence: &'static str,
    pub months: [&'static str; 12],
    pub actor_names: fn(Actor) -> &'static str,
}

pub static EN: Strings = Strings {
    site_title: "Peacekeeping in Mali and the Sahel",
    site_tagline: "An explainer, 2012–2025",
    skip_to_content: "Skip to content",
    nav_label: "Views",
    nav_sections: "Sections",
    nav_timeline: "Timeline",
    sections_heading: "The story, section by section",
    sections_intro: "From the 2012 crisis to the end of the UN mission and after. Open a section to read it; each one ends with the sources it rests on.",
    contents_heading: "Contents",
    expand_all: "Expand all",
    collapse_all: "Collapse all",
    sources_heading: "Sources",
    timeline_heading: "Timeline, 2012–2025",
    timeline_intro: "Key dated events. Choose whose actions to show; each event links to the section that explains it.",
    filter_legend: "Show events by actor",
    show_all_actors: "Show all",
    showing_events: |shown, total| format!("Showing {shown} of {total} events"),
    no_events: "No actor is selected. Tick at least one to see events.",
    read_more: "Read more:",
    source: "Source:",
    footer_about: "Written for students and teachers from a checked fact sheet; every section lists its sources. Figures and dates are as the cited sources give them.",
    footer_licence: "Text: CC BY 4.0. Code: MIT licence. No cookies, no tracking: everything is served from this site.",
    months: [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ],
    actor_names: |actor| match actor {
        Actor::Un => "United Nations",
        Actor::AuEcowas => "African Union and ECOWAS",
        Actor::FranceEu => "France and the European Union",
        Actor::Mali => "Malian authorities",
        Actor::ArmedGroups => "Armed groups",
        Actor::Regional => "Regional states and alliances",
    },
};

impl Strings {
    /// A date as a reader writes it: "11 January 2013", or "January 2013" when the day is unknown.
    pub fn date(&self, d: Date) -> String {
        let month = self.months[usize::from(d.month.clamp(1, 12)) - 1];
        match d.day {
            Some(day) => format!("{day} {month} {}", d.year),
            None => format!("{month} {}", d.year),
        }
    }
}

/// The machine-readable form for `<time datetime>`.
pub fn iso_date(d: Date) -> String {
    match d.day {
        Some(day) => format!("{:04}-{:02}-{day:02}", d.year, d.month),
        None => format!("{:04}-{:02}", d.year, d.month),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_naturally() {
        let d = Date {
            year: 2013,
            month: 1,
            day: Some(11),
        };
        assert_eq!(EN.date(d), "11 January 2013");
        assert_eq!(iso_date(d), "2013-01-11");
        let m = Date {
            year: 2021,
            month: 3,
            day: None,
        };
        assert_eq!(EN.date(m), "March 2021");
        assert_eq!(iso_date(m), "2021-03");
    }

    #[test]
    fn language_codes_match_the_content() {
        for lang in Lang::ALL {
            assert_eq!(crate::content::LANG_CODES[lang.index()], lang.code());
        }
        assert_eq!(Lang::En.code(), "en");
    }
}
