//! Writes validated content as Rust `static` data, so the app does no parsing at start-up and ships
//! no parser. The types it names live in the app's `content::model`.

use std::collections::HashMap;
use std::fmt::Write;

use crate::escape::escape_into;
use crate::figures::Figure;
use crate::glossary::{Marker, Matcher};
use crate::model::{
    Bibliography, Block, Content, Event, Inline, LinkTarget, QuestionKind, Quiz, Section,
};
use crate::words::{WordGroup, WordKind, TOP_GROUP};

/// What the build makes of the content: the app's static data, and one text file per language and
/// part of the text.
pub struct Generated {
    pub rust: String,
    pub texts: Vec<TextFile>,
    /// The names of the parts, in index order (see [`part_names`]).
    pub parts: Vec<String>,
    /// The methods that read the interface's words (`impl Strings`), for the app's `i18n`.
    pub words: String,
}

/// One part ([`part_names`]) of the texts a reader sees in one language, in the order the generated
/// `Text` indices use, separated by [`TEXT_SEPARATOR`]. It ships beside the wasm rather than inside
/// it, so a reader downloads only the language they read, and each part once it is needed.
pub struct TextFile {
    pub lang: String,
    /// `<lang>-<part>-<hash>.txt`: the hash changes with the text, so a cached copy is never stale.
    pub name: String,
    pub contents: String,
}

/// The parts of each language's text, in index order, as named in the files: what every reader
/// needs first (the sections' titles and leads), then the sections' bodies and sources (fetched when
/// a reader first opens one), the timeline's words, the list of quizzes, each quiz's own questions
/// (fetched when that quiz is opened), the glossary's, the teacher's guide's, the map's words, and
/// the charts. The app's `text::Part` follows it.
pub fn part_names(quizzes: &[Quiz]) -> Vec<String> {
    let mut names: Vec<String> = PARTS_BEFORE_QUIZZES.map(String::from).to_vec();
    names.extend(quizzes.iter().map(|q| format!("quiz-{}", q.id)));
    names.extend(PARTS_AFTER_QUIZZES.map(String::from));
    names
}

/// The parts named for what they hold, before and after the quizzes' own ([`part_names`]).
pub const PARTS_BEFORE_QUIZZES: [&str; 4] = ["main", "sections", "timeline", "quizzes"];
pub const PARTS_AFTER_QUIZZES: [&str; 5] = ["glossary", "guide", "map", "figures", "share"];

/// Cannot occur in content: `load` rejects control characters.
pub const TEXT_SEPARATOR: char = '\u{1F}';

/// Collects texts into one table per language and hands out the index they share.
pub(crate) struct Texts<'a> {
    tables: Vec<Vec<String>>,
    /// Where each row stored with [`Texts::once`] already is in the current part: a source cited by
    /// several places is downloaded once.
    seen: HashMap<Vec<String>, usize>,
    /// The names of the parts, and how many have been started.
    parts: Vec<String>,
    started: usize,
    /// The interface's words, each group put first in its part as that part starts.
    words: &'a [WordGroup],
    /// Where each word's text (the first of an `Each` word's) went, by group and key.
    placed: HashMap<(&'a str, &'a str), usize>,
}

impl<'a> Texts<'a> {
    fn new(langs: usize, parts: Vec<String>, words: &'a [WordGroup]) -> Self {
        let mut texts = Texts {
            tables: vec![Vec::new(); langs],
            seen: HashMap::new(),
            parts,
            started: 0,
            words,
            placed: HashMap::new(),
        };
        texts.place_words();
        texts
    }

    /// A text in every language (in `LANG_CODES` order): `Text(i)` where table[i] holds each one.
    pub(crate) fn all(&mut self, texts: &[String]) -> String {
        self.push(texts.to_vec(), false)
    }

    /// The same string in every language: data that only one view shows (map outlines, source
    /// addresses), kept out of the wasm so that it comes with that view's part of the text.
    fn same(&mut self, text: &str) -> String {
        self.push(vec![text.to_string(); self.tables.len()], true)
    }

    /// A text that exists in one language only (a section's own words); the other tables keep an
    /// empty slot so every table has the same length.
    fn only(&mut self, lang: usize, text: &str) -> String {
        self.push(self.row_of(lang, text), false)
    }

    fn row_of(&self, lang: usize, text: &str) -> Vec<String> {
        (0..self.tables.len())
            .map(|i| {
                if i == lang {
                    text.to_string()
                } else {
                    String::new()
                }
            })
            .collect()
    }

    /// One text per table; with `once`, a row already in the current part is not stored again.
    fn push(&mut self, row: Vec<String>, once: bool) -> String {
        format!("Text({})", self.push_index(row, once))
    }

    fn push_index(&mut self, row: Vec<String>, once: bool) -> usize {
        let next = self.tables[0].len();
        let index = if once {
            *self.seen.entry(row.clone()).or_insert(next)
        } else {
            next
        };
        if index == next {
            for (table, text) in self.tables.iter_mut().zip(row) {
                table.push(text);
            }
        }
        index
    }

    /// Starts the next part of the text (see [`part_names`]); returns the index it starts at.
    fn start_part(&mut self) -> usize {
        self.seen.clear();
        let start = self.tables[0].len();
        self.started += 1;
        self.place_words();
        start
    }

    /// Puts the words of the groups that belong to the part just started at its beginning.
    fn place_words(&mut self) {
        let part = self.parts[self.started].clone();
        let words = self.words;
        for group in words.iter().filter(|g| g.part == part) {
            for word in &group.words {
                let index = match &word.kind {
                    WordKind::Text(texts) | WordKind::Template { texts, .. } => {
                        self.push_index(texts.clone(), false)
                    }
                    WordKind::Each { texts, .. } => {
                        let first = self.tables[0].len();
                        for row in texts {
                            self.push_index(row.clone(), false);
                        }
                        first
                    }
                    WordKind::BuiltIn(_) => continue,
                };
                self.placed.insert((&group.name, &word.key), index);
            }
        }
    }

    /// A cited work, for a view that may be read in any language: its citation in each, and its
    /// address, both stored once per part (`SourceRef` in the app).
    fn source_ref(&mut self, bib: &Bibliography, langs: &[&str], id: &str) -> String {
        let source = bib.source(id).expect("references validated before codegen");
        let citations = langs.iter().map(|l| bib.citation(source, l)).collect();
        let text = self.push(citations, true);
        format!(
            "SourceRef {{ text: {text}, url: {} }}",
            self.same(&source.url)
        )
    }

    pub(crate) fn source_refs(
        &mut self,
        bib: &Bibliography,
        langs: &[&str],
        ids: &[String],
    ) -> String {
        let list: Vec<String> = ids
            .iter()
            .map(|id| self.source_ref(bib, langs, id))
            .collect();
        format!("&[{}]", list.join(", "))
    }
}

/// FNV-1a folded to 32 bits: a stable content hash for file names, with no dependency. Eight hex
/// digits tell a changed file from its cached copy; the app carries every name, so shorter is
/// smaller.
fn hash(text: &str) -> u32 {
    let h = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    (h ^ (h >> 32)) as u32
}

/// The Rust source of the app's content data (see [`generate`]).
pub fn to_rust(content: &Content) -> String {
    generate(content).rust
}

pub fn generate(content: &Content) -> Generated {
    let mut out = String::from("// @generated by sahel-content from the content/ folder. Edit the content, not this file.\n\n");
    let codes: Vec<&str> = content.sections.iter().map(|l| l.lang.as_str()).collect();
    let mut texts = Texts::new(codes.len(), part_names(&content.quizzes), &content.words);
    let bib = &content.bibliography;
    writeln!(out, "pub static LANG_CODES: &[&str] = &{codes:?};").unwrap();

    // Titles and leads first (the main part), then what a section shows when opened.
    let heads: Vec<Vec<(String, String)>> = content
        .sections
        .iter()
        .enumerate()
        .map(|(lang, l)| {
            l.sections
                .iter()
                .map(|s| (texts.only(lang, &s.title), texts.only(lang, &s.lead)))
                .collect()
        })
        .collect();
    // The content's date as the footer writes it, with the titles: every reader sees it.
    crate::classroom::write_checked(&mut out, &mut texts, &content.classroom, &codes);
    let sections_start = texts.start_part();
    out.push_str("pub static SECTIONS: &[&[Section]] = &[\n");
    for (lang, sections) in content.sections.iter().enumerate() {
        out.push_str("  &[\n");
        let matcher = Matcher::new(&content.glossary, lang);
        for (s, head) in sections.sections.iter().zip(&heads[lang]) {
            let mut marker =
                Marker::new(&content.glossary, &matcher, (lang, &sections.lang), &s.id);
            let mut body = write_body(&s.body, bib, Some(&mut marker));
            // The section ends with each chart that belongs to it, drawn, and linked to the
            // Figures view for its table, data and sources.
            for chart in content.figures.iter().filter(|f| f.section == s.id) {
                body.push_str(&crate::chart::section_figure(chart, lang, &sections.lang));
            }
            section(
                &mut out,
                &mut texts,
                bib,
                (lang, &sections.lang),
                s,
                head,
                &body,
            );
        }
        out.push_str("  ],\n");
    }
    out.push_str("];\n");
    // Objectives and discussion questions come with the sections' bodies, which show them.
    crate::classroom::write_aims(&mut out, &mut texts, &content.classroom);

    let timeline_start = texts.start_part();
    out.push_str("pub static TIMELINE: &[Event] = &[\n");
    for e in &content.timeline {
        event(&mut out, &mut texts, bib, &codes, e);
    }
    out.push_str("];\n");
    // The texts fall into parts, each fetched when a reader first needs it: the timeline's, the
    // quizzes' and the map's words only come with those views. Each part is a contiguous range of
    // indices.
    let quiz_starts = quizzes(&mut out, &mut texts, bib, &codes, &content.quizzes);
    let glossary_start = texts.start_part();
    glossary(&mut out, &mut texts, content);
    let guide_start = texts.start_part();
    crate::classroom::write_guide(&mut out, &mut texts, bib, &codes, &content.classroom);
    let map_start = texts.start_part();
    map(&mut out, &mut texts, bib, &codes, &content.map);
    let figures_start = texts.start_part();
    figures(&mut out, &mut texts, bib, &codes, &content.figures);
    // The share dialog's part holds only its interface words.
    let share_start = texts.start_part();
    let mut bounds = vec![0, sections_start, timeline_start];
    bounds.extend(quiz_starts);
    bounds.extend([
        glossary_start,
        guide_start,
        map_start,
        figures_start,
        share_start,
        texts.tables[0].len(),
    ]);
    let part_names = part_names(&content.quizzes);
    debug_assert_eq!(bounds.len(), part_names.len() + 1);

    let mut files = Vec::new();
    for (lang, table) in codes.iter().zip(&texts.tables) {
        debug_assert!(table.iter().all(|t| !t.contains(TEXT_SEPARATOR)));
        for (part, range) in part_names.iter().zip(bounds.windows(2)) {
            let contents = table[range[0]..range[1]].join(&TEXT_SEPARATOR.to_string());
            files.push(TextFile {
                lang: lang.to_string(),
                name: format!("{lang}-{part}-{:08x}.txt", hash(&contents)),
                contents,
            });
        }
    }
    let names: Vec<Vec<&str>> = files
        .chunks(part_names.len())
        .map(|lang| lang.iter().map(|f| f.name.as_str()).collect())
        .collect();
    writeln!(
        out,
        "pub const TEXT_SEPARATOR: char = {TEXT_SEPARATOR:?};\n/// How many parts each language's text comes in.\npub const PART_COUNT: usize = {};\n/// Where each part's texts start, and the end of the last.\npub static TEXT_BOUNDS: [u32; {}] = {bounds:?};\npub static TEXT_FILES: &[[&str; {}]] = &{names:?};",
        part_names.len(),
        bounds.len(),
        part_names.len(),
    )
    .unwrap();
    // The parts after the quizzes' own move as quizzes are added: the app finds them by name.
    for name in PARTS_AFTER_QUIZZES {
        let at = part_names
            .iter()
            .position(|p| p == name)
            .expect("a named part");
        writeln!(
            out,
            "/// The {name} part.\npub const {}_PART: usize = {at};",
            name.to_uppercase()
        )
        .unwrap();
    }
    // Native builds (the tests) read the same files from the build directory.
    write!(
        out,
        "#[cfg(not(target_arch = \"wasm32\"))]\npub static EMBEDDED_TEXTS: &[[&str; {}]] = &[",
        part_names.len()
    )
    .unwrap();
    for lang in &names {
        out.push('[');
        for name in lang {
            write!(
                out,
                "include_str!(concat!(env!(\"OUT_DIR\"), \"/{name}\")), "
            )
            .unwrap();
        }
        out.push_str("], ");
    }
    out.push_str("];\n");
    let words = words_rust(&content.words, &texts.placed, &codes);
    Generated {
        rust: out,
        texts: files,
        parts: part_names,
        words,
    }
}

/// `impl Strings` and a type per group of words, each word a method that reads its text in the
/// reader's language from the part it was put in (or, built in, from the code).
fn words_rust(
    groups: &[WordGroup],
    placed: &HashMap<(&str, &str), usize>,
    codes: &[&str],
) -> String {
    let mut out = String::from(
        "// @generated by sahel-content from content/words/. Edit those files, not this one.\n",
    );
    for group in groups {
        let owner = if group.name == TOP_GROUP {
            "Strings".to_string()
        } else {
            let ty = format!("{}Strings", camel(&group.name));
            writeln!(
                out,
                "/// The words of `words/{}/{}.toml`.\n#[derive(Clone, Copy)]\npub struct {ty}(Lang);\nimpl Strings {{\n    pub fn {}(self) -> {ty} {{\n        {ty}(self.0)\n    }}\n}}",
                group.part, group.name, group.name
            )
            .unwrap();
            ty
        };
        writeln!(out, "impl {owner} {{").unwrap();
        for word in &group.words {
            let english = match &word.kind {
                WordKind::Text(t) | WordKind::BuiltIn(t) | WordKind::Template { texts: t, .. } => {
                    format!("{:?}", t[0])
                }
                WordKind::Each { texts, .. } => format!("{:?}…", texts[0][0]),
            };
            if let Some(note) = &word.note {
                writeln!(out, "    /// {note}").unwrap();
            }
            writeln!(out, "    /// English: {english}.").unwrap();
            let key = &word.key;
            let index = placed.get(&(group.name.as_str(), key.as_str()));
            match (&word.kind, index) {
                (WordKind::Text(_), Some(i)) => writeln!(
                    out,
                    "    pub fn {key}(self) -> &'static str {{\n        get(self.0, {i})\n    }}"
                ),
                (WordKind::Template { args, .. }, Some(i)) => {
                    let params: Vec<String> = args
                        .iter()
                        .map(|a| format!("{a}: impl std::fmt::Display"))
                        .collect();
                    let refs: Vec<String> = args.iter().map(|a| format!("&{a}")).collect();
                    writeln!(
                        out,
                        "    pub fn {key}(self, {}) -> String {{\n        fill(get(self.0, {i}), &[{}])\n    }}",
                        params.join(", "),
                        refs.join(", ")
                    )
                }
                (WordKind::Each { vocabulary, .. }, Some(i)) => writeln!(
                    out,
                    "    pub fn {key}(self, of: sahel_vocab::{vocabulary}) -> &'static str {{\n        get(self.0, {i} + of as u32)\n    }}"
                ),
                (WordKind::BuiltIn(texts), _) => {
                    let arms: Vec<String> = codes
                        .iter()
                        .zip(texts)
                        .map(|(code, text)| {
                            let lang = sahel_vocab::Lang::from_code(code)
                                .expect("content languages are known ones");
                            format!("Lang::{lang:?} => {text:?}")
                        })
                        .collect();
                    writeln!(
                        out,
                        "    pub fn {key}(self) -> &'static str {{\n        match self.0 {{\n            {},\n        }}\n    }}",
                        arms.join(",\n            ")
                    )
                }
                (_, None) => unreachable!("every word but a built-in one is placed"),
            }
            .unwrap();
        }
        out.push_str("}\n");
    }
    out
}

/// `site_header` → `SiteHeader`.
fn camel(name: &str) -> String {
    name.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Where a country's name is written on the map, if its part of the map is large enough to hold
/// it (smaller ones are named by their links and the text alternative).
fn country_label(path: &str) -> String {
    const ROOM: f64 = 2500.0;
    match crate::map::label_point(path) {
        Some((x, y, area)) if area >= ROOM => format!("Some(({x:.1}, {y:.1}))"),
        _ => "None".to_string(),
    }
}

fn periods(periods: &[crate::model::Period]) -> String {
    let list: Vec<String> = periods
        .iter()
        .map(|p| {
            format!(
                "Period {{ layer: Layer::{:?}, from: {}, to: {:?} }}",
                p.layer, p.from, p.to
            )
        })
        .collect();
    format!("&[{}]", list.join(", "))
}

fn map(
    out: &mut String,
    texts: &mut Texts,
    bib: &Bibliography,
    langs: &[&str],
    map: &crate::model::MapData,
) {
    let (w, h) = crate::map::size();
    writeln!(out, "pub const MAP_SIZE: (u16, u16) = ({w}, {h});").unwrap();
    out.push_str("pub static COUNTRIES: &[Country] = &[\n");
    for c in &map.countries {
        writeln!(
            out,
            "  Country {{ id: {:?}, name: {}, summary: {}, sections: &{:?}, events: &{:?}, sources: {}, periods: {}, path: {}, label: {} }},",
            c.id, texts.all(&c.name), texts.all(&c.summary), c.sections, c.events, texts.source_refs(bib, langs, &c.sources), periods(&c.periods), texts.same(&c.path), country_label(&c.path)
        )
        .unwrap();
    }
    out.push_str("];\npub static PLACES: &[Place] = &[\n");
    for p in &map.places {
        writeln!(
            out,
            "  Place {{ id: {:?}, name: {}, x: {:.1}, y: {:.1}, kind: PlaceKind::{:?}, label: LabelSide::{:?}, summary: {}, sections: &{:?}, events: &{:?}, sources: {}, periods: {} }},",
            p.id, texts.all(&p.name), p.x, p.y, p.kind, p.label, texts.all(&p.summary), p.sections, p.events, texts.source_refs(bib, langs, &p.sources), periods(&p.periods)
        )
        .unwrap();
    }
    let background: Vec<String> = map.background.iter().map(|d| texts.same(d)).collect();
    writeln!(
        out,
        "];\npub static BACKGROUND_SHAPES: &[Text] = &[{}];",
        background.join(", ")
    )
    .unwrap();
}

/// The quizzes: their titles and descriptions (the list's part), then each quiz's own questions in
/// a part of its own. Returns where each of those parts starts.
fn quizzes(
    out: &mut String,
    texts: &mut Texts,
    bib: &Bibliography,
    langs: &[&str],
    quizzes: &[Quiz],
) -> Vec<usize> {
    let mut starts = vec![texts.start_part()];
    let heads: Vec<(String, String)> = quizzes
        .iter()
        .map(|q| (texts.all(&q.title), texts.all(&q.description)))
        .collect();
    // Each question is a static of its own, so a mixed quiz can share questions with the others;
    // its words are in the part of the quiz that writes it (`home`).
    let mut names: HashMap<&str, (String, usize)> = HashMap::new();
    for (home, quiz) in quizzes.iter().enumerate() {
        starts.push(texts.start_part());
        for q in &quiz.own {
            question(out, texts, bib, langs, q, &mut names, home);
        }
    }
    out.push_str("pub static QUIZZES: &[Quiz] = &[\n");
    for (quiz, (title, description)) in quizzes.iter().zip(&heads) {
        let refs: Vec<String> = quiz
            .questions
            .iter()
            .map(|id| format!("&{}", names[id.as_str()].0))
            .collect();
        // The parts this quiz's questions are in: its own, and those of the quizzes it includes from.
        let mut parts: Vec<usize> = Vec::new();
        for id in &quiz.questions {
            let part = QUIZ_PARTS_FROM + names[id.as_str()].1;
            if !parts.contains(&part) {
                parts.push(part);
            }
        }
        writeln!(
            out,
            "  Quiz {{ id: {:?}, title: {title}, description: {description}, questions: &[{}], parts: &{parts:?} }},",
            quiz.id,
            refs.join(", ")
        )
        .unwrap();
    }
    out.push_str("];\n");
    starts
}

/// The index of the first quiz's own part (see [`part_names`]).
const QUIZ_PARTS_FROM: usize = 4;

/// One question, as a static named in `names` (with the quiz whose part holds its words).
fn question<'a>(
    out: &mut String,
    texts: &mut Texts,
    bib: &Bibliography,
    langs: &[&str],
    q: &'a crate::model::Question,
    names: &mut HashMap<&'a str, (String, usize)>,
    home: usize,
) {
    {
        let name = format!("Q{}", names.len());
        let kind = match &q.kind {
            QuestionKind::Single(options) | QuestionKind::Multiple(options) => {
                let variant = if matches!(q.kind, QuestionKind::Single(_)) {
                    "Single"
                } else {
                    "Multiple"
                };
                let options: Vec<String> = options
                    .iter()
                    .map(|o| {
                        format!(
                            "Choice {{ id: {:?}, correct: {}, text: {}, feedback: {} }}",
                            o.id,
                            o.correct,
                            texts.all(&o.text),
                            texts.all(&o.feedback)
                        )
                    })
                    .collect();
                format!("QuestionKind::{variant}(&[{}])", options.join(", "))
            }
            QuestionKind::TrueFalse(answer) => format!("QuestionKind::TrueFalse({answer})"),
            QuestionKind::Order(items) => {
                let items: Vec<String> = items
                    .iter()
                    .map(|i| {
                        let day = i.date.day.map_or("None".to_string(), |d| format!("Some({d})"));
                        format!(
                            "OrderItem {{ id: {:?}, date: Date {{ year: {}, month: {}, day: {day} }}, text: {} }}",
                            i.id, i.date.year, i.date.month, texts.all(&i.text)
                        )
                    })
                    .collect();
                format!("QuestionKind::Order(&[{}])", items.join(", "))
            }
            QuestionKind::Map(target, accept) => {
                format!("QuestionKind::Map({target:?}, &{accept:?})")
            }
        };
        writeln!(
            out,
            "static {name}: Question = Question {{ id: {:?}, kind: {kind}, level: Level::{:?}, section: {:?}, source: {}, prompt: {}, explanation: {}, checks: {} }};",
            q.id, q.level, q.section, texts.source_ref(bib, langs, &q.source), texts.all(&q.prompt), texts.all(&q.explanation), texts.all(&q.checks)
        )
        .unwrap();
        names.insert(&q.id, (name, home));
    }
}

/// A section whose title and lead (`head`) are already in the main part; its sources and body (as
/// markup, with its glossary terms marked) go into the current part.
fn section(
    out: &mut String,
    texts: &mut Texts,
    bib: &Bibliography,
    (lang, code): (usize, &str),
    s: &Section,
    (title, lead): &(String, String),
    body: &str,
) {
    write!(
        out,
        "    Section {{ id: {:?}, title: {title}, lead: {lead}, sources: &[",
        s.id,
    )
    .unwrap();
    for id in &s.sources {
        let source = bib.source(id).expect("references validated before codegen");
        // The citation in the section's language, once per language however many sections cite it,
        // and its address, both in the part that comes when a section is opened.
        let citation = texts.row_of(lang, &bib.citation(source, code));
        write!(
            out,
            "SourceRef {{ text: {}, url: {} }}, ",
            texts.push(citation, true),
            texts.same(&source.url)
        )
        .unwrap();
    }
    writeln!(out, "], body_html: {} }},", texts.only(lang, body)).unwrap();
}

/// The charts: their words, their drawings, tables, sources and CSV in every language, all in the
/// figures part of the text, so that only the Figures view fetches them.
fn figures(
    out: &mut String,
    texts: &mut Texts,
    bib: &Bibliography,
    langs: &[&str],
    figures: &[Figure],
) {
    use crate::chart;
    out.push_str("pub static FIGURES: &[Figure] = &[\n");
    for f in figures {
        let each = |draw: &dyn Fn(usize, &str) -> String| -> Vec<String> {
            langs
                .iter()
                .enumerate()
                .map(|(i, code)| draw(i, code))
                .collect()
        };
        let chart_html = each(&|i, code| chart::chart_html(f, i, code));
        let table_html = each(&|i, code| chart::table_html(f, i, code));
        let sources_html = each(&|_, code| chart::sources_html(f, bib, code));
        let csv = each(&|i, code| chart::csv(f, bib, i, code));
        writeln!(
            out,
            "  Figure {{ id: {:?}, section: {:?}, title: {}, summary: {}, chart_html: {}, table_html: {}, sources_html: {}, csv: {} }},",
            f.id,
            f.section,
            texts.all(&f.title),
            texts.all(&f.summary),
            texts.all(&chart_html),
            texts.all(&table_html),
            texts.all(&sources_html),
            texts.all(&csv),
        )
        .unwrap();
    }
    out.push_str("];\n");
}

/// The body as markup, made here rather than in the browser: the page then needs no per-node view
/// code and no block data, just one string per section. Safe by construction: the blocks come from
/// the validated Markdown subset, every text is escaped, and only these tags and attributes exist.
pub fn body_html(blocks: &[Block], bib: &Bibliography) -> String {
    write_body(blocks, bib, None)
}

/// [`body_html`], with the first use of each glossary term marked by `marker` (outside links and
/// headings).
pub(crate) fn write_body(
    blocks: &[Block],
    bib: &Bibliography,
    mut marker: Option<&mut Marker>,
) -> String {
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Heading(t) => {
                out.push_str("<h3>");
                escape_into(&mut out, t);
                out.push_str("</h3>");
            }
            Block::Paragraph(runs) => {
                out.push_str("<p>");
                inline_html(&mut out, bib, runs, &mut marker);
                out.push_str("</p>");
            }
            Block::List { ordered, items } => {
                let tag = if *ordered { "ol" } else { "ul" };
                write!(out, "<{tag}>").unwrap();
                for item in items {
                    out.push_str("<li>");
                    inline_html(&mut out, bib, item, &mut marker);
                    out.push_str("</li>");
                }
                write!(out, "</{tag}>").unwrap();
            }
            Block::Note(paras) => {
                out.push_str(r#"<div class="note" role="note">"#);
                for p in paras {
                    out.push_str("<p>");
                    inline_html(&mut out, bib, p, &mut marker);
                    out.push_str("</p>");
                }
                out.push_str("</div>");
            }
        }
    }
    out
}

fn inline_html(
    out: &mut String,
    bib: &Bibliography,
    runs: &[Inline],
    marker: &mut Option<&mut Marker>,
) {
    for r in runs {
        match r {
            Inline::Text { text, strong, em } => {
                let (open, close) = match (strong, em) {
                    (true, true) => ("<strong><em>", "</em></strong>"),
                    (true, false) => ("<strong>", "</strong>"),
                    (false, true) => ("<em>", "</em>"),
                    (false, false) => ("", ""),
                };
                out.push_str(open);
                match marker {
                    Some(m) => m.write(out, text),
                    None => escape_into(out, text),
                }
                out.push_str(close);
            }
            Inline::Link { target, children } => {
                out.push_str("<a href=\"");
                match target {
                    // The app's address format for a section (see src/url_state.rs).
                    LinkTarget::Section(id) => {
                        out.push_str("#section=");
                        escape_into(out, id);
                        out.push('"');
                    }
                    LinkTarget::Source(id) => {
                        let source = bib.source(id).expect("links validated before codegen");
                        escape_into(out, &source.url);
                        out.push_str("\" class=\"external\"");
                    }
                }
                out.push('>');
                // A link's words are its own: a term is not marked inside one.
                inline_html(out, bib, children, &mut None);
                out.push_str("</a>");
            }
        }
    }
}

/// The glossary's terms, in the file's order (the view sorts them in the reader's language): each
/// its name, what it stands for, its definition, the sections that mark it (per language, ids
/// separated by spaces) and the one that explains it, as five texts in a row.
fn glossary(out: &mut String, texts: &mut Texts, content: &Content) {
    let uses = crate::glossary::uses(content);
    out.push_str("pub static GLOSSARY: &[Term] = &[\n");
    for (t, term) in content.glossary.terms.iter().enumerate() {
        let used: Vec<String> = uses
            .iter()
            .map(|sections| {
                let ids: Vec<&str> = sections
                    .iter()
                    .filter(|(_, terms)| terms.contains(&t))
                    .map(|(id, _)| *id)
                    .collect();
                ids.join(" ")
            })
            .collect();
        let none = vec![String::new(); term.name.len()];
        let section = vec![term.section.clone().unwrap_or_default(); term.name.len()];
        // Five texts in a row, in the order the app's `Term` reads them.
        let first = texts.all(&term.name);
        for row in [
            term.full.as_ref().unwrap_or(&none),
            &term.definition,
            &used,
            &section,
        ] {
            texts.all(row);
        }
        let first = first.trim_start_matches("Text(").trim_end_matches(')');
        writeln!(out, "  Term {{ id: {:?}, text: {first} }},", term.id).unwrap();
    }
    out.push_str("];\n");
}

fn event(out: &mut String, texts: &mut Texts, bib: &Bibliography, langs: &[&str], e: &Event) {
    let actor = e.actor;
    let day = match e.date.day {
        Some(d) => format!("Some({d})"),
        None => "None".into(),
    };
    writeln!(
        out,
        "  Event {{ id: {:?}, date: Date {{ year: {}, month: {}, day: {day} }}, actor: Actor::{actor:?}, section: {:?}, source: {}, text: {} }},",
        e.id, e.date.year, e.date.month, e.section, texts.source_ref(bib, langs, &e.source), texts.all(&e.text)
    )
    .unwrap();
}
