//! The content as the app sees it: `'static` data written by the build from `content/`.

#[derive(Debug, PartialEq)]
pub struct Section {
    pub id: &'static str,
    pub title: &'static str,
    pub lead: &'static str,
    pub sources: &'static [Source],
    pub body: &'static [Block],
}

#[derive(Debug, PartialEq)]
pub struct Source {
    pub title: &'static str,
    pub url: &'static str,
}

#[derive(Debug, PartialEq)]
pub enum Block {
    Heading(&'static str),
    Paragraph(&'static [Inline]),
    List {
        ordered: bool,
        items: &'static [&'static [Inline]],
    },
    Note(&'static [&'static [Inline]]),
}

#[derive(Debug, PartialEq)]
pub enum Inline {
    Text {
        text: &'static str,
        strong: bool,
        em: bool,
    },
    Link {
        target: LinkTarget,
        children: &'static [Inline],
    },
}

#[derive(Debug, PartialEq)]
pub enum LinkTarget {
    Section(&'static str),
    External(&'static str),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: Option<u8>,
}

/// Who acted, for the timeline's filter. The codes are the ones `timeline.toml` uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Actor {
    Un,
    AuEcowas,
    FranceEu,
    Mali,
    ArmedGroups,
    Regional,
}

impl Actor {
    pub const ALL: [Actor; 6] = [
        Actor::Un,
        Actor::AuEcowas,
        Actor::FranceEu,
        Actor::Mali,
        Actor::ArmedGroups,
        Actor::Regional,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Actor::Un => "un",
            Actor::AuEcowas => "au-ecowas",
            Actor::FranceEu => "france-eu",
            Actor::Mali => "mali",
            Actor::ArmedGroups => "armed-groups",
            Actor::Regional => "regional",
        }
    }

    pub fn from_code(code: &str) -> Option<Actor> {
        Actor::ALL.into_iter().find(|a| a.code() == code)
    }
}

#[derive(Debug, PartialEq)]
pub struct Event {
    pub id: &'static str,
    pub date: Date,
    pub actor: Actor,
    /// Id of the section that explains the event.
    pub section: &'static str,
    pub source: &'static str,
    /// One text per language, in the order of [`super::LANG_CODES`].
    pub text: &'static [&'static str],
}
