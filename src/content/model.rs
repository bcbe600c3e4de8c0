//! The content as the app sees it: `'static` data written by the build from `content/`.

#[derive(Debug, PartialEq)]
pub struct Section {
    pub id: &'static str,
    pub title: &'static str,
    pub lead: &'static str,
    pub sources: &'static [Source],
    /// The body as escaped markup, produced at build time from the validated Markdown subset
    /// (`sahel_content::body_html`): only p, h3, ul/ol/li, strong, em, links and notes.
    pub body_html: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct Source {
    pub title: &'static str,
    pub url: &'static str,
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
    pub text: Text,
}

/// A text in every language, in the order of [`super::LANG_CODES`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Text(pub &'static [&'static str]);

impl Text {
    pub fn get(self, lang: crate::i18n::Lang) -> &'static str {
        self.0[lang.index()]
    }
}

#[derive(Debug)]
pub struct Quiz {
    pub id: &'static str,
    pub title: Text,
    pub description: Text,
    pub questions: &'static [&'static Question],
}

#[derive(Debug)]
pub struct Question {
    pub id: &'static str,
    pub kind: QuestionKind,
    /// Id of the section that teaches the answer.
    pub section: &'static str,
    pub source: &'static str,
    pub prompt: Text,
    pub explanation: Text,
}

#[derive(Debug)]
pub enum QuestionKind {
    Single(&'static [Choice]),
    Multiple(&'static [Choice]),
    TrueFalse(bool),
    Order(&'static [OrderItem]),
    /// Find it on the map: the id of a place or country.
    Map(&'static str),
}

#[derive(Debug)]
pub struct Choice {
    pub id: &'static str,
    pub correct: bool,
    pub text: Text,
    pub feedback: Text,
}

#[derive(Debug)]
pub struct OrderItem {
    pub id: &'static str,
    pub date: Date,
    pub text: Text,
}
