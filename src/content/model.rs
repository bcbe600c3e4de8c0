//! The content as the app sees it: `'static` data written by the build from `content/`.

pub use sahel_vocab::{Actor, LabelSide, Layer, Level, PlaceKind};

use crate::lang::Lang;

#[derive(Debug, PartialEq)]
pub struct Section {
    pub id: &'static str,
    pub title: Text,
    pub lead: Text,
    /// Its sources and body are in the part of the text that comes when a reader first opens a
    /// section (`text::Part::SECTIONS`); the title and lead are in every reader's first download.
    pub sources: &'static [SourceRef],
    /// The body as escaped markup, produced at build time from the validated Markdown subset
    /// (`sahel_content::body_html`): only p, h3, ul/ol/li, strong, em, links and notes.
    pub body_html: Text,
}

/// A work cited by an event, a question or a map item: its citation in each language and its
/// address, both in the text part of the view that shows them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SourceRef {
    pub text: Text,
    pub url: Text,
}

impl SourceRef {
    pub fn get(self, lang: Lang) -> Citation {
        Citation {
            text: self.text.get(lang),
            url: self.url.get(lang),
        }
    }
}

/// A cited work as a reader sees it: "AFP, via Africanews, “Title”, 1 July 2022", and its address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Citation {
    pub text: &'static str,
    pub url: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: Option<u8>,
}

impl Date {
    /// As a reader of `lang` writes it: "11 January 2013" / « 1er juillet 2013 », or only the month
    /// and year when the day is unknown.
    pub fn text(self, lang: Lang) -> String {
        lang.date(self.year, Some(self.month), self.day)
    }

    /// The machine-readable form for `<time datetime>`.
    pub fn iso(self) -> String {
        match self.day {
            Some(day) => format!("{:04}-{:02}-{day:02}", self.year, self.month),
            None => format!("{:04}-{:02}", self.year, self.month),
        }
    }
}

#[derive(Debug, PartialEq)]
pub struct Event {
    pub id: &'static str,
    pub date: Date,
    pub actor: Actor,
    /// Id of the section that explains the event.
    pub section: &'static str,
    pub source: SourceRef,
    pub text: Text,
}

/// A chart (`content/figures/`), drawn at build time: every text here, the drawing included, is in
/// the figures part of the text (`text::Part::FIGURES`), which comes with the Figures view.
#[derive(Debug, PartialEq)]
pub struct Figure {
    pub id: &'static str,
    /// The section that explains it, where its points link to.
    pub section: &'static str,
    pub title: Text,
    pub summary: Text,
    /// Its panels (SVG, each with its key) and notes, as escaped markup (`sahel_content::chart`).
    pub chart_html: Text,
    /// The same numbers as tables.
    pub table_html: Text,
    /// Its sources, numbered as the tables cite them.
    pub sources_html: Text,
    /// Its data as CSV (`sahel_content::chart::csv`).
    pub csv: Text,
}

/// A text, by its index in each language's text file (see [`super::text`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Text(pub u32);

impl Text {
    pub fn get(self, lang: Lang) -> &'static str {
        super::text::get(lang, self.0)
    }
}

#[derive(Debug)]
pub struct Quiz {
    pub id: &'static str,
    /// The title and description are in the list's part of the text (`text::Part::QUIZZES`).
    pub title: Text,
    pub description: Text,
    pub questions: &'static [&'static Question],
    /// The parts of the text its questions' words are in (`text::Part::numbered`): its own, and
    /// those of the quizzes it includes questions from. Fetched when the quiz is opened.
    pub parts: &'static [u8],
}

#[derive(Debug)]
pub struct Question {
    pub id: &'static str,
    pub kind: QuestionKind,
    /// What the question asks a reader to do, for teachers (revised Bloom taxonomy).
    pub level: Level,
    /// Id of the section that teaches the answer.
    pub section: &'static str,
    pub source: SourceRef,
    pub prompt: Text,
    pub explanation: Text,
    /// For teachers: what the question checks, in one line.
    pub checks: Text,
}

#[derive(Debug)]
pub enum QuestionKind {
    Single(&'static [Choice]),
    Multiple(&'static [Choice]),
    TrueFalse(bool),
    Order(&'static [OrderItem]),
    /// Find it on the map: the id of a place or country, then the ids of others that count as
    /// right too (a marker that overlaps it or names the same place).
    Map(&'static str, &'static [&'static str]),
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

/// A country on the map, selectable, with its part in the story.
#[derive(Debug)]
pub struct Country {
    pub id: &'static str,
    pub name: Text,
    pub summary: Text,
    pub sections: &'static [&'static str],
    pub events: &'static [&'static str],
    pub sources: &'static [SourceRef],
    pub periods: &'static [Period],
    /// SVG path data, projected at build time; in the map's part of the text, which comes with the
    /// views that draw it.
    pub path: Text,
    /// Where its name is written on the map, if there is room for it.
    pub label: Option<(f32, f32)>,
}

#[derive(Debug)]
pub struct Place {
    pub id: &'static str,
    pub name: Text,
    /// Position in the map's coordinates, projected at build time.
    pub x: f32,
    pub y: f32,
    pub kind: PlaceKind,
    pub label: LabelSide,
    pub summary: Text,
    pub sections: &'static [&'static str],
    pub events: &'static [&'static str],
    pub sources: &'static [SourceRef],
    pub periods: &'static [Period],
}

/// Membership or presence in a layer over whole years, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub layer: Layer,
    pub from: u16,
    pub to: Option<u16>,
}

impl Period {
    pub fn covers(&self, year: u16) -> bool {
        self.from <= year && self.to.is_none_or(|to| year <= to)
    }
}

/// A glossary term. Its words are in the glossary's part of the text (`text::Part::GLOSSARY`),
/// which comes with the glossary view, as five texts in a row from `text` (one index rather than
/// five: every reader's download carries this list, for the addresses that name a term). Sections
/// carry their own copy of the definitions of the terms they mark.
#[derive(Debug, PartialEq)]
pub struct Term {
    pub id: &'static str,
    pub text: u32,
}

impl Term {
    /// As a reader of the language knows it: "ECOWAS" / « CEDEAO ».
    pub fn name(&self) -> Text {
        Text(self.text)
    }

    /// What an acronym stands for; empty if it is not one.
    pub fn full(&self) -> Text {
        Text(self.text + 1)
    }

    pub fn definition(&self) -> Text {
        Text(self.text + 2)
    }

    /// The ids of the sections that use it, separated by spaces: they may differ by language.
    pub fn used(&self) -> Text {
        Text(self.text + 3)
    }

    /// The id of the section that explains it best; empty if none does.
    pub fn section(&self) -> Text {
        Text(self.text + 4)
    }
}

/// A section's learning objectives and discussion questions (in the sections' part of the text).
#[derive(Debug)]
pub struct Aims {
    pub id: &'static str,
    pub objectives: &'static [Text],
    pub questions: &'static [Text],
}

/// A source-analysis activity of the teacher's guide (its words in the guide's part of the text).
#[derive(Debug)]
pub struct Activity {
    pub id: &'static str,
    /// The section that gives the background.
    pub section: &'static str,
    pub sources: &'static [SourceRef],
    pub title: Text,
    pub task: Text,
    pub look_for: Text,
}

/// A ready lesson plan of the teacher's guide.
#[derive(Debug)]
pub struct LessonPath {
    pub id: &'static str,
    pub title: Text,
    pub lessons: &'static [Lesson],
}

#[derive(Debug)]
pub struct Lesson {
    pub title: Text,
    pub steps: &'static [LessonStep],
}

#[derive(Debug)]
pub struct LessonStep {
    pub minutes: u16,
    pub link: StepLink,
    pub text: Text,
}

/// Where a lesson step takes the class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepLink {
    Section(&'static str),
    Quiz(&'static str),
    /// `timeline`, `map` or `quiz` (the list).
    View(&'static str),
    /// An activity of the guide, by id.
    Activity(&'static str),
}
