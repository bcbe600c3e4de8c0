//! Languages and every interface string. A typed catalogue: a language that lacks a string does not
//! compile, so no user ever sees a missing key.

use crate::content::{Actor, Date};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// Position of this language in the generated content tables.
    pub fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Fr => 1,
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The first supported language in the browser's list of preferences ("fr-ML" counts as French).
    pub fn from_preferences<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        preferred.into_iter().find_map(|tag| {
            let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
            Lang::from_code(&primary)
        })
    }

    /// The language's own name, for the language switch.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }

    pub fn code(self) -> &'static str {
        crate::content::LANG_CODES[self.index()]
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &EN,
            Lang::Fr => &FR,
        }
    }
}

const LANG_KEY: &str = "sahel-explainer.lang";

/// The language to use when the address names none: the reader's last choice, else the browser's
/// preference, else English.
pub fn preferred_lang() -> Lang {
    crate::storage::get(LANG_KEY)
        .and_then(|code| Lang::from_code(&code))
        .or_else(|| {
            let languages = web_sys::window()?.navigator().languages();
            let tags: Vec<String> = languages.iter().filter_map(|v| v.as_string()).collect();
            Lang::from_preferences(tags.iter().map(String::as_str))
        })
        .unwrap_or_default()
}

pub fn remember_lang(lang: Lang) {
    crate::storage::set(LANG_KEY, lang.code());
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
    pub language_label: &'static str,
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
    language_label: "Language",
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

pub static FR: Strings = Strings {
    site_title: "Le maintien de la paix au Mali et au Sahel",
    site_tagline: "Un dossier pour comprendre, 2012–2025",
    skip_to_content: "Aller au contenu",
    nav_label: "Rubriques",
    nav_sections: "Chapitres",
    nav_timeline: "Chronologie",
    sections_heading: "L'histoire, chapitre par chapitre",
    sections_intro: "De la crise de 2012 à la fin de la mission de l'ONU, et au-delà. Ouvrez un chapitre pour le lire ; chacun se termine par les sources sur lesquelles il s'appuie.",
    contents_heading: "Sommaire",
    expand_all: "Tout déplier",
    collapse_all: "Tout replier",
    sources_heading: "Sources",
    timeline_heading: "Chronologie, 2012–2025",
    timeline_intro: "Les principaux événements datés. Choisissez les acteurs à afficher ; chaque événement renvoie au chapitre qui l'explique.",
    filter_legend: "Afficher les événements par acteur",
    show_all_actors: "Tout afficher",
    showing_events: |shown, total| format!("{shown} événements affichés sur {total}"),
    no_events: "Aucun acteur n'est sélectionné. Cochez-en au moins un pour voir les événements.",
    read_more: "En savoir plus :",
    source: "Source :",
    footer_about: "Rédigé pour les élèves, les étudiants et les enseignants à partir d'une fiche de faits vérifiés ; chaque chapitre cite ses sources. Les chiffres et les dates sont ceux des sources citées.",
    footer_licence: "Textes : CC BY 4.0. Code : licence MIT. Ni cookies ni pistage : tout est servi depuis ce site.",
    language_label: "Langue",
    months: [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre",
    ],
    actor_names: |actor| match actor {
        Actor::Un => "Nations unies",
        Actor::AuEcowas => "Union africaine et CEDEAO",
        Actor::FranceEu => "France et Union européenne",
        Actor::Mali => "Autorités maliennes",
        Actor::ArmedGroups => "Groupes armés",
        Actor::Regional => "États et alliances de la région",
    },
};

impl Strings {
    /// A date as a reader writes it: "11 January 2013" / "1er juillet 2013", or only the month and
    /// year when the day is unknown.
    pub fn date(&self, d: Date) -> String {
        let month = self.months[usize::from(d.month.clamp(1, 12)) - 1];
        let french = std::ptr::eq(self, &FR);
        match d.day {
            Some(1) if french => format!("1er {month} {}", d.year),
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
        assert_eq!(
            FR.date(Date {
                year: 2013,
                month: 7,
                day: Some(1)
            }),
            "1er juillet 2013"
        );
        assert_eq!(
            FR.date(Date {
                year: 2023,
                month: 12,
                day: Some(31)
            }),
            "31 décembre 2023"
        );
        assert_eq!(FR.date(m), "mars 2021");
        assert_eq!(iso_date(m), "2021-03");
    }

    #[test]
    fn language_codes_match_the_content() {
        for lang in Lang::ALL {
            assert_eq!(crate::content::LANG_CODES[lang.index()], lang.code());
        }
        assert_eq!(Lang::En.code(), "en");
        assert_eq!(Lang::Fr.code(), "fr");
    }

    #[test]
    fn browser_preferences_pick_the_first_supported_language() {
        assert_eq!(Lang::from_preferences(["fr-ML", "en"]), Some(Lang::Fr));
        assert_eq!(Lang::from_preferences(["de-DE", "EN-gb"]), Some(Lang::En));
        assert_eq!(Lang::from_preferences(["bm", "de"]), None);
        assert_eq!(Lang::from_preferences([""]), None);
    }
}
