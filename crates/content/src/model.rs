//! The content as the build reads it (owned data). The app has its own `'static` twin of these types,
//! which `codegen` writes out.

use std::path::PathBuf;

pub use sahel_vocab::{Actor, LabelSide, Layer, Level, PlaceKind};

#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    /// Every cited work, and who published it.
    pub bibliography: Bibliography,
    /// One entry per language, the base language first.
    pub sections: Vec<LangSections>,
    pub timeline: Vec<Event>,
    pub quizzes: Vec<Quiz>,
    pub map: MapData,
    /// The charts (`figures/*.toml`), in file-name order.
    pub figures: Vec<crate::figures::Figure>,
    /// `glossary.toml`: terms and acronyms, marked where each section first uses them.
    pub glossary: Glossary,
    /// The interface's words (`words/<part>/<group>.toml`).
    pub words: Vec<crate::words::WordGroup>,
    /// Objectives, discussion questions, the teacher's guide and the content's date.
    pub classroom: Classroom,
}

/// The glossary, and the acronyms sections may use without an entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Glossary {
    pub terms: Vec<Term>,
    /// Acronyms that are not subject matter (a news agency named as a source), each with its line.
    pub allowed: Vec<(String, usize)>,
    pub file: PathBuf,
}

/// One term, one text per language (in the order of `Content::sections`).
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub id: String,
    /// As a reader of that language knows it: "ECOWAS" / « CEDEAO ».
    pub name: Vec<String>,
    /// What an acronym stands for, if it is one.
    pub full: Option<Vec<String>>,
    /// What to find in each language's sections: the name's spellings, plurals, other forms.
    pub forms: Vec<Vec<String>>,
    pub definition: Vec<String>,
    /// The section that explains it best, if one does.
    pub section: Option<String>,
    pub line: usize,
}

/// `publishers.toml` and `sources/*.toml`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Bibliography {
    pub publishers: Vec<Publisher>,
    pub banned: Vec<Banned>,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Publisher {
    pub id: String,
    pub name: String,
    /// The name French readers know it by, when it differs.
    pub name_fr: Option<String>,
    /// One of `sources::CLASSES`.
    pub class: String,
    /// Lower case, without `www.`.
    pub hosts: Vec<String>,
}

/// Hosts never to cite (class D), and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Banned {
    pub why: String,
    pub hosts: Vec<String>,
}

/// One cited work.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: String,
    /// Publisher id: who wrote it (the agency, for a wire story).
    pub publisher: String,
    /// Publisher id of the outlet whose site the address is on, when it is not the publisher's.
    pub via: Option<String>,
    /// As published, in its own language; or a description, when `described`.
    pub title: String,
    pub described: bool,
    /// `None`: the work carries no date.
    pub date: Option<SourceDate>,
    /// The language it is written in.
    pub lang: String,
    pub url: String,
    pub file: PathBuf,
    pub line: usize,
}

/// When a work was published, as precisely as it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapData {
    pub countries: Vec<Country>,
    pub places: Vec<Place>,
    /// Outlines in the frame with no entry in places.toml: drawn, not selectable.
    pub background: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    pub id: String,
    pub iso_numeric: u16,
    pub name: Vec<String>,
    pub summary: Vec<String>,
    pub sections: Vec<String>,
    pub events: Vec<String>,
    pub sources: Vec<String>,
    pub periods: Vec<Period>,
    /// SVG path data in the map's coordinates.
    pub path: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub id: String,
    pub name: Vec<String>,
    /// Projected position in the map's coordinates.
    pub x: f64,
    pub y: f64,
    pub kind: PlaceKind,
    /// right | left | above | below
    pub label: LabelSide,
    pub summary: Vec<String>,
    pub sections: Vec<String>,
    pub events: Vec<String>,
    pub sources: Vec<String>,
    pub periods: Vec<Period>,
}

/// Membership or presence in a map layer, by year, both ends included; `to: None` runs to the end.
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    pub layer: Layer,
    pub from: u16,
    pub to: Option<u16>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LangSections {
    pub lang: String,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub lead: String,
    /// Ids of works in the bibliography.
    pub sources: Vec<String>,
    pub body: Vec<Block>,
    pub file: PathBuf,
    pub id_line: usize,
    /// Links to other sections, kept with their line so a dangling one can be reported precisely.
    pub section_links: Vec<SectionLink>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SectionLink {
    pub target: String,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Heading(String),
    Paragraph(Vec<Inline>),
    List {
        ordered: bool,
        items: Vec<Vec<Inline>>,
    },
    /// A boxed aside (Markdown `>`), one entry per paragraph.
    Note(Vec<Vec<Inline>>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text {
        text: String,
        strong: bool,
        em: bool,
    },
    Link {
        target: LinkTarget,
        children: Vec<Inline>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    Section(String),
    /// A work in the bibliography, by id.
    Source(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    /// `None` when only the month is known; such dates sort before the month's days.
    pub day: Option<u8>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: String,
    pub date: Date,
    pub actor: Actor,
    pub section: String,
    /// Id of a work in the bibliography.
    pub source: String,
    /// One text per language, in the order of `Content::sections`.
    pub text: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Quiz {
    pub id: String,
    pub title: Vec<String>,
    pub description: Vec<String>,
    /// Ids of every question in the quiz, its own first, then the included ones.
    pub questions: Vec<String>,
    /// The questions written in this quiz's file.
    pub own: Vec<Question>,
    pub file: PathBuf,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    /// What the question asks a reader to do (revised Bloom taxonomy).
    pub level: Level,
    pub section: String,
    pub source: String,
    pub prompt: Vec<String>,
    pub explanation: Vec<String>,
    /// For teachers: what the question checks, one line per language.
    pub checks: Vec<String>,
    /// Where the question starts, for messages about the bank as a whole.
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum QuestionKind {
    Single(Vec<QuizOption>),
    Multiple(Vec<QuizOption>),
    TrueFalse(bool),
    Order(Vec<OrderItem>),
    /// Find it on the map: the id of a place or country, and other ids that count as right (a
    /// marker that overlaps it or names the same place).
    Map(String, Vec<String>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuizOption {
    pub id: String,
    pub correct: bool,
    pub text: Vec<String>,
    pub feedback: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OrderItem {
    pub id: String,
    pub date: Date,
    pub text: Vec<String>,
}

/// The classroom layer (`meta.toml`, `classroom.toml`, `guide.toml`; see `classroom.rs`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Classroom {
    /// The day the content was last checked against the fact sheet.
    pub checked: Option<Date>,
    /// One entry per section, in reading order.
    pub sections: Vec<SectionAims>,
    pub activities: Vec<Activity>,
    pub paths: Vec<LessonPath>,
}

/// A section's learning objectives and discussion questions, each with one text per language.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionAims {
    pub id: String,
    pub objectives: Vec<Vec<String>>,
    pub questions: Vec<Vec<String>>,
}

/// A source-analysis activity: two or more cited works side by side, and what to look for.
#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    pub id: String,
    pub section: String,
    /// Ids of works in the bibliography.
    pub sources: Vec<String>,
    pub title: Vec<String>,
    pub task: Vec<String>,
    pub look_for: Vec<String>,
}

/// A ready lesson plan: one lesson, or a unit of several.
#[derive(Debug, Clone, PartialEq)]
pub struct LessonPath {
    pub id: String,
    pub title: Vec<String>,
    pub lessons: Vec<Lesson>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Lesson {
    pub title: Vec<String>,
    pub steps: Vec<LessonStep>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LessonStep {
    pub minutes: u16,
    pub link: StepLink,
    pub text: Vec<String>,
}

/// Where a lesson step takes the class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepLink {
    Section(String),
    Quiz(String),
    /// `timeline`, `map` or `quiz` (the list).
    View(String),
    /// An activity of the guide, by id.
    Activity(String),
}
