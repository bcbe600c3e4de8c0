//! Reads the explainer's content folder, checks every rule a reader relies on (unique ids, working
//! links, sources everywhere and only from trusted publishers, no raw HTML) and compiles it to static
//! Rust data for the app.
//!
//! It runs at build time (from the app's `build.rs`) and in native tests, so a malformed file fails
//! the build with `file:line: what is wrong` instead of reaching a student.

pub mod chart;
mod classroom;
mod codegen;
mod error;
mod escape;
pub mod figures;
pub mod glossary;
mod localized;
pub mod map;
mod markdown;
mod model;
mod places;
mod quiz;
mod section;
pub mod sources;
mod timeline;
pub mod words;

use std::collections::HashSet;

use sahel_vocab::Lang;
use std::fs;
use std::path::Path;

pub use classroom::{MIN_ACTIVITIES, OBJECTIVES, QUESTIONS};
pub use codegen::{body_html, generate, part_names, to_rust, Generated, TextFile, TEXT_SEPARATOR};
pub use error::ContentError;
pub use model::*;
pub use quiz::{
    quiz_bank, LengthCues, QuizBank, QuizLevels, HIGHER_ORDER_ONE_IN, MAX_LENGTH_CUE_PERCENT,
    MIN_QUESTIONS,
};

/// The language every other language is checked against.
pub const BASE_LANG: &str = Lang::En.code();

/// `text` with the typography of `lang`: French texts get theirs from the build (narrow no-break
/// spaces, apostrophes, dashes; see `sahel_vocab::french_typography`), so writers type plain text.
pub(crate) fn typeset(lang: &str, text: &str) -> String {
    match Lang::from_code(lang) {
        Some(Lang::Fr) => sahel_vocab::french_typography(text),
        _ => text.to_string(),
    }
}

/// Languages the app knows how to show. A language folder outside this list is an error; a missing
/// one (other than the base) simply is not offered yet.
pub const KNOWN_LANGS: [&str; Lang::ALL.len()] = Lang::CODES;

/// Loads and validates the whole content folder, reporting every problem found, not just the first.
pub fn load(dir: &Path) -> Result<Content, Vec<ContentError>> {
    let mut errors = Vec::new();
    check_files(dir, dir, &mut errors);
    let langs = discover_langs(dir, &mut errors);
    let bibliography = sources::load(dir, &mut errors);
    let source_ids: HashSet<&str> = bibliography.sources.iter().map(|s| s.id.as_str()).collect();

    let mut sections = Vec::new();
    for lang in &langs {
        let files = section_files(&dir.join(lang).join("sections"), &mut errors);
        let parsed: Vec<Section> = files
            .iter()
            .filter_map(|file| section::parse_file(file, lang, &source_ids, &mut errors))
            .collect();
        sections.push(LangSections {
            lang: lang.clone(),
            sections: parsed,
        });
    }
    check_sections(&sections, &mut errors);

    let section_ids: HashSet<&str> = sections
        .first()
        .map(|l| l.sections.iter().map(|s| s.id.as_str()).collect())
        .unwrap_or_default();
    // Events and charts may point at the same things: sections and sources.
    let section_and_source_refs = timeline::Refs {
        sections: &section_ids,
        sources: &source_ids,
    };
    let timeline = timeline::parse_file(
        &dir.join("timeline.toml"),
        &langs,
        &section_and_source_refs,
        &mut errors,
    );
    let event_ids: HashSet<&str> = timeline.iter().map(|e| e.id.as_str()).collect();
    let map = places::parse(
        dir,
        &langs,
        &places::Refs {
            sections: &section_ids,
            events: &event_ids,
            sources: &source_ids,
        },
        &mut errors,
    );
    let place_ids: HashSet<String> = map
        .countries
        .iter()
        .map(|c| c.id.clone())
        .chain(map.places.iter().map(|p| p.id.clone()))
        .collect();
    let targets = quiz::Targets {
        sections: &section_ids,
        places: &place_ids,
        sources: &source_ids,
    };
    let quizzes = quiz::parse_dir(&dir.join("quizzes"), &langs, &targets, &mut errors);
    let figures = figures::parse_dir(
        &dir.join("figures"),
        &langs,
        &section_and_source_refs,
        &mut errors,
    );
    let glossary = glossary::parse(dir, &langs, &section_ids, &mut errors);
    let words = words::load(dir, &langs, &mut errors);
    let ordered: Vec<&str> = sections
        .first()
        .map(|l| l.sections.iter().map(|s| s.id.as_str()).collect())
        .unwrap_or_default();
    let quiz_ids: HashSet<&str> = quizzes.iter().map(|q| q.id.as_str()).collect();
    let classroom = classroom::parse(
        dir,
        &langs,
        &classroom::Refs {
            sections: &ordered,
            quizzes: &quiz_ids,
            sources: &source_ids,
        },
        &mut errors,
    );

    let content = Content {
        bibliography,
        sections,
        timeline,
        quizzes,
        map,
        figures,
        glossary,
        classroom,
        words,
    };
    // Only once everything parsed: a section that failed would make its sources look uncited.
    if errors.is_empty() {
        check_cited(&content, &mut errors);
        glossary::check(&content, &mut errors);
    }
    if errors.is_empty() {
        Ok(content)
    } else {
        Err(errors)
    }
}

/// Loads the content folder as the app ships it: every file's rules ([`load`]), then the question
/// bank's as a whole ([`QuizBank::problems`]: its size, its levels, no answer cues), the
/// glossary's size and the teacher's guide's (enough activities, both lesson paths), which a small
/// folder, such as a test's, need not meet.
pub fn load_complete(dir: &Path) -> Result<Content, Vec<ContentError>> {
    let content = load(dir)?;
    let mut problems = quiz_bank(&content).problems(&dir.join("quizzes"));
    problems.extend(classroom_problems(&content, dir));
    let terms = content.glossary.terms.len();
    if terms < glossary::MIN_TERMS {
        problems.push(ContentError::new(
            &dir.join(glossary::FILE),
            0,
            format!(
                "the glossary holds {terms} terms; the explainer needs at least {}",
                glossary::MIN_TERMS
            ),
        ));
    }
    if problems.is_empty() {
        Ok(content)
    } else {
        Err(problems)
    }
}

/// The teacher's guide's rules as a whole (see [`load_complete`]).
pub fn classroom_problems(content: &Content, dir: &Path) -> Vec<ContentError> {
    classroom::problems(&content.classroom, dir)
}

/// Every work in the bibliography is cited somewhere: an entry nothing cites rots unnoticed.
fn check_cited(content: &Content, errors: &mut Vec<ContentError>) {
    let cited = content.cited_sources();
    for s in &content.bibliography.sources {
        if !cited.contains(s.id.as_str()) {
            errors.push(ContentError::new(
                &s.file,
                s.line,
                format!("source `{}` is cited nowhere: cite it or delete it", s.id),
            ));
        }
    }
}

impl Content {
    /// The ids of every work the content cites, wherever it cites them.
    pub fn cited_sources(&self) -> HashSet<&str> {
        let mut cited = HashSet::new();
        for s in self.sections.iter().flat_map(|l| &l.sections) {
            cited.extend(s.sources.iter().map(String::as_str));
            for block in &s.body {
                for runs in block.runs() {
                    source_links(runs, &mut cited);
                }
            }
        }
        cited.extend(self.timeline.iter().map(|e| e.source.as_str()));
        cited.extend(
            self.quizzes
                .iter()
                .flat_map(|q| &q.own)
                .map(|q| q.source.as_str()),
        );
        let map = &self.map;
        cited.extend(
            map.countries
                .iter()
                .flat_map(|c| &c.sources)
                .chain(map.places.iter().flat_map(|p| &p.sources))
                .map(String::as_str),
        );
        for f in &self.figures {
            cited.extend(chart::source_ids(f));
        }
        cited.extend(
            self.classroom
                .activities
                .iter()
                .flat_map(|a| &a.sources)
                .map(String::as_str),
        );
        cited
    }
}

fn source_links<'a>(runs: &'a [Inline], cited: &mut HashSet<&'a str>) {
    for r in runs {
        if let Inline::Link { target, children } = r {
            if let LinkTarget::Source(id) = target {
                cited.insert(id);
            }
            source_links(children, cited);
        }
    }
}

impl Block {
    /// The inline runs of the block: its paragraphs or list items (none for a heading).
    pub fn runs(&self) -> Vec<&[Inline]> {
        match self {
            Block::Heading(_) => Vec::new(),
            Block::Paragraph(runs) => vec![runs],
            Block::List { items, .. } => items.iter().map(Vec::as_slice).collect(),
            Block::Note(paras) => paras.iter().map(Vec::as_slice).collect(),
        }
    }
}

/// Checks every content file for what no file may hold. Control characters are invisible in an
/// editor and never meant (one of them also separates the texts in the files the build writes,
/// [`TEXT_SEPARATOR`]). Web addresses belong in the bibliography, `sources/`, where the build checks
/// them against the source policy; everywhere else a work is cited by its id.
fn check_files(root: &Path, dir: &Path, errors: &mut Vec<ContentError>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return; // discover_langs reports an unreadable folder
    };
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            check_files(root, &path, errors);
            continue;
        }
        if !path.extension().is_some_and(|e| e == "md" || e == "toml") {
            continue;
        }
        let Ok(text) = fs::read_to_string(&path) else {
            continue; // the file's own parser reports it
        };
        // The guide for editors explains addresses without being content itself.
        let addresses_allowed = path.starts_with(root.join("sources"))
            || path.file_name().is_some_and(|n| n == "README.md");
        for (i, line) in text.lines().enumerate() {
            if let Some(c) = line
                .chars()
                .find(|c| c.is_control() && *c != '\t' && *c != '\r')
            {
                errors.push(ContentError::new(
                    &path,
                    i + 1,
                    format!("invisible control character U+{:04X}; delete it", c as u32),
                ));
            }
            if !addresses_allowed && (line.contains("http://") || line.contains("https://")) {
                errors.push(ContentError::new(
                    &path,
                    i + 1,
                    "web address outside sources/: cite the work by its id (add it to sources/ if it is new)"
                        .into(),
                ));
            }
        }
    }
}

fn discover_langs(dir: &Path, errors: &mut Vec<ContentError>) -> Vec<String> {
    let mut langs = Vec::new();
    match fs::read_dir(dir) {
        Ok(entries) => {
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                // Language folders have two-letter names; others (quizzes/) hold shared content.
                let is_lang_name = name.len() == 2 && name.bytes().all(|b| b.is_ascii_lowercase());
                if !entry.path().is_dir() || !is_lang_name {
                    continue;
                }
                if KNOWN_LANGS.contains(&name.as_str()) {
                    langs.push(name);
                } else {
                    errors.push(ContentError::new(
                        &entry.path(),
                        0,
                        format!(
                            "unknown language folder `{name}` (known: {})",
                            KNOWN_LANGS.join(", ")
                        ),
                    ));
                }
            }
        }
        Err(e) => errors.push(ContentError::new(
            dir,
            0,
            format!("cannot read the content folder: {e}"),
        )),
    }
    // The base language first, then the others in the order the app lists them.
    langs.sort_by_key(|l| KNOWN_LANGS.iter().position(|k| k == l));
    if langs.first().map(String::as_str) != Some(BASE_LANG) && errors.is_empty() {
        errors.push(ContentError::new(
            dir,
            0,
            format!("the `{BASE_LANG}` folder is missing"),
        ));
    }
    langs
}

fn section_files(dir: &Path, errors: &mut Vec<ContentError>) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = match fs::read_dir(dir) {
        Ok(entries) => entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
            .collect(),
        Err(e) => {
            errors.push(ContentError::new(
                dir,
                0,
                format!("cannot read the sections folder: {e}"),
            ));
            Vec::new()
        }
    };
    files.sort();
    if files.is_empty() && dir.exists() {
        errors.push(ContentError::new(
            dir,
            0,
            "no section files (NN-id.md) found".into(),
        ));
    }
    files
}

/// Rules that need all sections at once: unique ids, links that land, and languages that match.
fn check_sections(all: &[LangSections], errors: &mut Vec<ContentError>) {
    for lang in all {
        let mut seen: HashSet<&str> = HashSet::new();
        for s in &lang.sections {
            if !seen.insert(&s.id) {
                errors.push(ContentError::new(
                    &s.file,
                    s.id_line,
                    format!("duplicate section id `{}`", s.id),
                ));
            }
        }
        for s in &lang.sections {
            for link in &s.section_links {
                if !seen.contains(link.target.as_str()) {
                    errors.push(ContentError::new(
                        &s.file,
                        link.line,
                        format!("link to unknown section `#{}`", link.target),
                    ));
                }
            }
        }
    }
    let Some((base, others)) = all.split_first() else {
        return;
    };
    let base_ids: Vec<&str> = base.sections.iter().map(|s| s.id.as_str()).collect();
    for other in others {
        let ids: Vec<&str> = other.sections.iter().map(|s| s.id.as_str()).collect();
        let missing: Vec<&str> = base_ids
            .iter()
            .copied()
            .filter(|id| !ids.contains(id))
            .collect();
        let extra: Vec<&str> = ids
            .iter()
            .copied()
            .filter(|id| !base_ids.contains(id))
            .collect();
        let folder = Path::new(&other.lang).join("sections");
        if !missing.is_empty() {
            errors.push(ContentError::new(
                &folder,
                0,
                format!(
                    "`{}` lacks sections that `{BASE_LANG}` has: {}",
                    other.lang,
                    missing.join(", ")
                ),
            ));
        }
        if !extra.is_empty() {
            errors.push(ContentError::new(
                &folder,
                0,
                format!(
                    "`{}` has sections that `{BASE_LANG}` lacks: {}",
                    other.lang,
                    extra.join(", ")
                ),
            ));
        }
        if missing.is_empty() && extra.is_empty() && ids != base_ids {
            errors.push(ContentError::new(
                &folder,
                0,
                format!("sections are not in the same order as in `{BASE_LANG}`"),
            ));
        }
    }
}

/// Shared id rule: what can appear in a URL without escaping and reads well there.
/// A content file's text with Unix line ends (so lines count the same on every system), or `None`
/// with the reason recorded.
pub(crate) fn read_file(file: &Path, errors: &mut Vec<ContentError>) -> Option<String> {
    match fs::read_to_string(file) {
        Ok(t) => Some(t.replace("\r\n", "\n")),
        Err(e) => {
            errors.push(ContentError::new(file, 0, format!("cannot read file: {e}")));
            None
        }
    }
}

/// The `.toml` files directly in `dir`, in file-name order (which sets the order content appears in).
pub(crate) fn toml_files(dir: &Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut files: Vec<_> = fs::read_dir(dir)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    Ok(files)
}

pub(crate) fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The message for a citation of an id the bibliography lacks.
pub(crate) fn unknown_source(id: &str) -> String {
    format!("unknown source `{id}` (no such id in sources/)")
}

pub(crate) fn is_web_url(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !r.contains(char::is_whitespace))
}
