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
    fn levels_are_ordered() {
        assert!(!Level::Understand.is_higher_order());
        assert!(Level::Apply.is_higher_order() && Level::Evaluate.is_higher_order());
    }
}
