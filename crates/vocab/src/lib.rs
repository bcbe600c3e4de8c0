//! One definition of each vocabulary the content files and the app share: the codes the content
//! files write (`actor = "un"`, `layer = "g5-sahel"`) and the enums the app shows. The build-time
//! content crate validates against these and writes the app's data with them, so the two can never
//! disagree. No dependencies, so it compiles anywhere in seconds.

/// An enum whose variants each have a code, as the content files and addresses write them. `ALL`
/// is in declaration order, which is the order readers see them in.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            pub const ALL: [$name; [$($code),+].len()] = [$($name::$variant),+];
            pub const CODES: [&'static str; [$($code),+].len()] = [$($code),+];

            pub const fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            pub fn from_code(code: &str) -> Option<$name> {
                Self::ALL.into_iter().find(|v| v.code() == code)
            }

            /// Every code, for messages that list what is allowed.
            pub fn codes() -> String {
                Self::CODES.join(", ")
            }
        }
    };
}

vocabulary! {
    /// A language the explainer is written in; English is the base every other is checked against.
    #[derive(Default)]
    Lang {
        #[default]
        En = "en",
        Fr = "fr",
    }
}

impl Lang {
    /// Position of this language in the generated content tables.
    pub fn index(self) -> usize {
        self as usize
    }

    /// A language named in an address, whatever its case (`#lang=FR`).
    pub fn from_code_any_case(code: &str) -> Option<Lang> {
        Lang::from_code(&code.to_ascii_lowercase())
    }

    /// What joins a label to its value: ": " in English; in French a narrow no-break space comes
    /// first, as `french_typography` puts it before every colon.
    pub const fn colon(self) -> &'static str {
        match self {
            Lang::En => ": ",
            Lang::Fr => "\u{202F}: ",
        }
    }

    /// The first supported language in the browser's list of preferences ("fr-ML" counts as French).
    pub fn from_preferences<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        preferred.into_iter().find_map(|tag| {
            let primary = tag.split(['-', '_']).next()?;
            Lang::from_code_any_case(primary)
        })
    }

    /// The language's own name, for the language switch.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }

    pub fn months(self) -> [&'static str; 12] {
        match self {
            Lang::En => [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ],
            Lang::Fr => [
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre",
            ],
        }
    }

    /// A date as the language writes it: "11 January 2013", « 1er mars 2013 », "March 2021",
    /// "2021". Used alike by the app and by the citations the build writes.
    pub fn date(self, year: u16, month: Option<u8>, day: Option<u8>) -> String {
        let Some(month) = month else {
            return year.to_string();
        };
        let name = self.months()[usize::from(month.clamp(1, 12)) - 1];
        match (day, self) {
            (Some(1), Lang::Fr) => format!("1er {name} {year}"),
            (Some(d), _) => format!("{d} {name} {year}"),
            (None, _) => format!("{name} {year}"),
        }
    }
}

vocabulary! {
    /// Who acted, for the timeline's filter.
    Actor {
        Un = "un",
        AuEcowas = "au-ecowas",
        FranceEu = "france-eu",
        Mali = "mali",
        ArmedGroups = "armed-groups",
        Regional = "regional",
    }
}

vocabulary! {
    /// A switchable group on the map: memberships of countries, or forces present at places.
    Layer {
        G5Sahel = "g5-sahel",
        Aes = "aes",
        Ecowas = "ecowas",
        Minusma = "minusma",
        FrenchOperations = "french-operations",
        Eutm = "eutm",
    }
}

impl Layer {
    /// Whether countries can belong to this layer (a membership).
    pub fn on_countries(self) -> bool {
        matches!(
            self,
            Layer::G5Sahel | Layer::Aes | Layer::Ecowas | Layer::FrenchOperations
        )
    }

    /// Whether places can be in this layer (a force present there).
    pub fn on_places(self) -> bool {
        matches!(self, Layer::Minusma | Layer::FrenchOperations | Layer::Eutm)
    }
}

vocabulary! {
    /// What a place on the map is; its marker has a shape of its own.
    PlaceKind {
        Capital = "capital",
        MissionHq = "mission-hq",
        SectorHq = "sector-hq",
        Base = "base",
        Training = "training",
        Town = "town",
    }
}

vocabulary! {
    /// Which side of its marker a place's name is written, where neighbours would overlap.
    LabelSide {
        Right = "right",
        Left = "left",
        Above = "above",
        Below = "below",
    }
}

vocabulary! {
    /// What a quiz question asks a student to do, after the revised Bloom taxonomy.
    Level {
        Remember = "remember",
        Understand = "understand",
        Apply = "apply",
        Analyse = "analyse",
        Evaluate = "evaluate",
    }
}

impl Level {
    /// Apply, analyse or evaluate: beyond recalling and understanding.
    pub fn is_higher_order(self) -> bool {
        self >= Level::Apply
    }
}

/// The years the explainer covers: the timeline's events and the map's year control.
pub const FIRST_YEAR: u16 = 2012;
pub const LAST_YEAR: u16 = 2025;

/// The attribute that marks a chart's data points in the markup the build draws: the app finds
/// the focused or pointed point by it and shows its `aria-label`, its value.
pub const CHART_POINT_ATTR: &str = "data-point";
/// The ids of a glossary term's button and definition where the term is first used in a section
/// (written into section bodies by the build, found by the app's delegated handler). The
/// definition is always the button's next sibling. Section and term ids never hold `--` (single
/// hyphens only), so `--` separates them unambiguously.
pub struct TermIds;

impl TermIds {
    const BUTTON: &'static str = "gl-";
    const DEFINITION: &'static str = "gd-";

    pub fn button(section: &str, term: &str) -> String {
        format!("{}{section}--{term}", Self::BUTTON)
    }

    pub fn definition(section: &str, term: &str) -> String {
        format!("{}{section}--{term}", Self::DEFINITION)
    }

    /// The section and term of a button's (`false`) or definition's (`true`) id.
    pub fn parse(id: &str) -> Option<(bool, &str, &str)> {
        let (is_definition, rest) = match id.strip_prefix(Self::BUTTON) {
            Some(rest) => (false, rest),
            None => (true, id.strip_prefix(Self::DEFINITION)?),
        };
        // A byte scan rather than `split_once("--")`, whose substring search the app's wasm
        // would otherwise carry only for this.
        let at = rest.as_bytes().windows(2).position(|w| w == b"--")?;
        let (section, term) = (&rest[..at], &rest[at + 2..]);
        (!section.is_empty() && !term.is_empty()).then_some((is_definition, section, term))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for a in Actor::ALL {
            assert_eq!(Actor::from_code(a.code()), Some(a));
        }
        for l in Layer::ALL {
            assert_eq!(Layer::from_code(l.code()), Some(l));
            assert!(l.on_countries() || l.on_places(), "{l:?} shows somewhere");
        }
        assert_eq!(Actor::from_code("nato"), None);
        assert_eq!(
            PlaceKind::codes(),
            "capital, mission-hq, sector-hq, base, training, town"
        );
    }

    #[test]
    fn languages_by_code_and_preference() {
        assert_eq!(Lang::from_code("fr"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("FR"), None, "content codes are lower case");
        assert_eq!(Lang::from_code_any_case("FR"), Some(Lang::Fr));
        assert_eq!(
            Lang::from_preferences(["de-DE", "fr-ML", "en"]),
            Some(Lang::Fr)
        );
        assert_eq!(Lang::from_preferences(["de"]), None);
        assert_eq!(Lang::Fr.index(), 1);
    }

    #[test]
    fn dates_read_naturally_in_each_language() {
        assert_eq!(Lang::En.date(2013, Some(1), Some(11)), "11 January 2013");
        assert_eq!(Lang::En.date(2013, Some(3), Some(1)), "1 March 2013");
        assert_eq!(Lang::Fr.date(2013, Some(3), Some(1)), "1er mars 2013");
        assert_eq!(Lang::Fr.date(2021, Some(8), None), "août 2021");
        assert_eq!(Lang::En.date(2021, None, None), "2021");
    }

    #[test]
    fn term_ids_round_trip() {
        let button = TermIds::button("minusma-mandate", "chapter-vii");
        assert_eq!(button, "gl-minusma-mandate--chapter-vii");
        assert_eq!(
            TermIds::parse(&button),
            Some((false, "minusma-mandate", "chapter-vii"))
        );
        assert_eq!(
            TermIds::parse(&TermIds::definition("a", "b")),
            Some((true, "a", "b"))
        );
        assert_eq!(TermIds::parse("btn-a"), None);
        assert_eq!(TermIds::parse("gl-a"), None);
        assert_eq!(TermIds::parse("gl---b"), None);
    }

    #[test]
    fn levels_are_ordered() {
        assert!(!Level::Understand.is_higher_order());
        assert!(Level::Apply.is_higher_order() && Level::Evaluate.is_higher_order());
    }
}

/// French typography, applied by the build to every French text so that writers need not type
/// special spaces: a narrow no-break space before `: ; ? !`, a no-break space inside « », narrow
/// no-break spaces between groups of digits ("1 440"), a typographic apostrophe, and an en dash
/// between two years ("2012-2025"). Lines never break as « 1 / 440 » or « : elle crée ».
pub fn french_typography(text: &str) -> String {
    const NARROW: char = '\u{202F}';
    const NBSP: char = '\u{A0}';
    let chars: Vec<char> = text.chars().collect();
    let is_space = |c: char| c == ' ' || c == NBSP || c == NARROW;
    let digits_before = |i: usize| {
        chars[..i]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let digits_after = |i: usize| {
        chars[i + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let prev = i.checked_sub(1).map(|p| chars[p]);
        match c {
            // A space before high punctuation becomes a narrow no-break space; none gets one.
            ' ' | NBSP | NARROW if matches!(next, Some(':' | ';' | '?' | '!')) => out.push(NARROW),
            ':' | ';' | '?' | '!'
                if prev.is_some_and(|p| !is_space(p) && p.is_alphanumeric() || p == '»') =>
            {
                // "10:30" and URLs-like "source:id" keep their colon: only after a word that is
                // followed by a space or the end is it punctuation.
                let punctuation =
                    next.is_none_or(|n| is_space(n) || matches!(n, '»' | ')' | '*' | '_'));
                if punctuation && !(c == ':' && prev.is_some_and(|p| p.is_ascii_digit())) {
                    out.push(NARROW);
                }
                out.push(c);
            }
            // Inside guillemets, a no-break space.
            ' ' | NARROW if prev == Some('«') || next == Some('»') => out.push(NBSP),
            '«' => {
                out.push(c);
                if next.is_some_and(|n| !is_space(n)) {
                    out.push(NBSP);
                }
            }
            '»' => {
                if prev.is_some_and(|p| !is_space(p)) {
                    out.push(NBSP);
                }
                out.push(c);
            }
            '\'' if prev.is_some_and(char::is_alphabetic) => out.push('’'),
            // Groups of three digits after a number are one number: "1 440", "15 209".
            ' ' | NBSP
                if digits_before(i) >= 1
                    && digits_before(i) <= 3
                    && digits_after(i) == 3
                    && chars.get(i + 4).is_none_or(|c| !c.is_ascii_digit()) =>
            {
                out.push(NARROW)
            }
            ' ' | NBSP
                if digits_before(i) >= 1 && digits_after(i) == 3 && {
                    // The second and later groups: "1 000 000".
                    let start = i - digits_before(i);
                    start > 0 && chars[start - 1] == NARROW
                } =>
            {
                out.push(NARROW)
            }
            // "2012-2025": a range of years takes an en dash.
            '-' if digits_before(i) == 4 && digits_after(i) == 4 => out.push('–'),
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod typography {
    use super::french_typography as fr;

    #[test]
    fn high_punctuation_gets_a_narrow_no_break_space() {
        assert_eq!(
            fr("Pourquoi ? Voici : elle crée ; enfin !"),
            "Pourquoi\u{202F}? Voici\u{202F}: elle crée\u{202F}; enfin\u{202F}!"
        );
        assert_eq!(fr("Attention: non"), "Attention\u{202F}: non");
        assert_eq!(
            fr("à 10:30 (source:x)"),
            "à 10:30 (source:x)",
            "times and ids keep their colon"
        );
        assert_eq!(
            fr(fr("Voici : x").as_str()),
            fr("Voici : x"),
            "applying it twice changes nothing"
        );
    }

    #[test]
    fn guillemets_apostrophes_numbers_and_ranges() {
        assert_eq!(fr("« chapitre VII »"), "«\u{A0}chapitre VII\u{A0}»");
        assert_eq!(fr("«mot»"), "«\u{A0}mot\u{A0}»");
        assert_eq!(fr("l'ONU, aujourd'hui"), "l’ONU, aujourd’hui");
        assert_eq!(fr("1 440 soldats"), "1\u{202F}440 soldats");
        assert_eq!(
            fr("15 209 et 1 000 000"),
            "15\u{202F}209 et 1\u{202F}000\u{202F}000"
        );
        assert_eq!(
            fr("en 2013 1 soldat"),
            "en 2013 1 soldat",
            "two numbers side by side stay two"
        );
        assert_eq!(fr("2012-2025"), "2012–2025");
        assert_eq!(fr("S/RES/2100 (2013)"), "S/RES/2100 (2013)");
        assert_eq!(fr("1er juillet"), "1er juillet");
    }
}
