//! The interface's words (`words/<part>/<group>.toml`): every label, message and heading the app
//! shows around the content, in every language.
//!
//! They are content like the rest: the build checks them (every language, the same placeholders,
//! one name per vocabulary value) and puts them in the part of the text that comes with the view
//! that shows them (the folder names the part), so a reader downloads the words of their own
//! language only, and a view's words only with that view. The app reads them through typed
//! methods the build writes (`lang.strings().quiz().check()`), so a word the catalogue lacks does
//! not compile.
//!
//! An entry is one of:
//! - a text: `en = "…"`, `fr = "…"`;
//! - a template: the same with `args = ["shown", "total"]` and `{shown}`, `{total}` in each text; the
//!   method takes the arguments in the order `args` lists them;
//! - one text per value of a vocabulary: `of = "actor"` and an `[<key>.each]` table naming each
//!   value's code (`un = { en = "…", fr = "…" }`);
//! - built in (`built_in = true`): compiled into the app for every language, for the few words
//!   shown before a language's text has arrived (that it is loading, or failed to).
//!
//! `note` says where the words appear, for translators; it becomes the method's documentation.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use sahel_vocab::{Actor, Layer, Level, PlaceKind};
use serde::Deserialize;
use toml::Spanned;

use crate::error::{line_of, ContentError};
use crate::localized::{texts, Localized};

/// The parts a group of words may go in: those named for what they hold (`codegen::part_names`).
/// A quiz's own part is for its questions; the quizzes' words go in the list's part.
fn parts() -> impl Iterator<Item = &'static str> {
    crate::codegen::PARTS_BEFORE_QUIZZES
        .into_iter()
        .chain(crate::codegen::PARTS_AFTER_QUIZZES)
}

/// The group whose words are methods of `Strings` itself rather than of a group of their own.
pub const TOP_GROUP: &str = "main";

/// The vocabularies a word may be given per value of, by the name an entry's `of` uses, with the
/// Rust type the app knows them by and their codes in declaration order.
const VOCABULARIES: [(&str, &str, &[&str]); 4] = [
    ("actor", "Actor", &Actor::CODES),
    ("layer", "Layer", &Layer::CODES),
    ("place-kind", "PlaceKind", &PlaceKind::CODES),
    ("level", "Level", &Level::CODES),
];

/// The words of one file: its part, its group, its entries in file order of their names.
#[derive(Debug, Clone, PartialEq)]
pub struct WordGroup {
    pub part: String,
    /// The file's name: the method on `Strings` that leads to these words (`quiz` for
    /// `strings().quiz()`), or [`TOP_GROUP`].
    pub name: String,
    pub words: Vec<Word>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub key: String,
    pub note: Option<String>,
    pub kind: WordKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum WordKind {
    /// One text per language (in the content's language order).
    Text(Vec<String>),
    /// One text per language with `{0}`, `{1}`… where the arguments go, named as in `args`.
    Template {
        args: Vec<String>,
        texts: Vec<String>,
    },
    /// For each value of the vocabulary (the Rust type named), in its order, one text per language.
    Each {
        vocabulary: &'static str,
        texts: Vec<Vec<String>>,
    },
    /// Compiled into the app, one text per language.
    BuiltIn(Vec<String>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWord {
    en: Option<Spanned<String>>,
    fr: Option<Spanned<String>>,
    note: Option<String>,
    args: Option<Vec<String>>,
    of: Option<Spanned<String>>,
    each: Option<BTreeMap<String, Spanned<Localized>>>,
    #[serde(default)]
    built_in: bool,
}

impl RawWord {
    fn text(&self, lang: &str) -> Option<&Spanned<String>> {
        match lang {
            "en" => self.en.as_ref(),
            "fr" => self.fr.as_ref(),
            _ => None,
        }
    }
}

/// Reads `words/`: one folder per part, one file per group. A content folder without one (a test's)
/// has no interface words.
pub fn load(dir: &Path, langs: &[String], errors: &mut Vec<ContentError>) -> Vec<WordGroup> {
    let root = dir.join("words");
    let Ok(entries) = fs::read_dir(&root) else {
        return Vec::new();
    };
    let mut folders: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    folders.sort();
    let mut groups = Vec::new();
    for folder in folders {
        let part = folder
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !folder.is_dir() || !parts().any(|p| p == part) {
            errors.push(ContentError::new(
                &folder,
                0,
                format!(
                    "words/ holds one folder per part of the text, named {}",
                    parts().collect::<Vec<_>>().join(", ")
                ),
            ));
            continue;
        }
        let files = match crate::toml_files(&folder) {
            Ok(files) => files,
            Err(e) => {
                errors.push(ContentError::new(&folder, 0, format!("cannot read: {e}")));
                continue;
            }
        };
        for file in files {
            if let Some(group) = parse_file(&file, &part, langs, errors) {
                groups.push(group);
            }
        }
    }
    check_names(&groups, &root, errors);
    groups
}

fn is_identifier(name: &str) -> bool {
    const KEYWORDS: [&str; 12] = [
        "as", "fn", "for", "if", "in", "loop", "match", "move", "mod", "ref", "self", "type",
    ];
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && !KEYWORDS.contains(&name)
}

/// A group's name and its words' names become method names: each must be one, and unique where it
/// is called.
fn check_names(groups: &[WordGroup], root: &Path, errors: &mut Vec<ContentError>) {
    let mut seen: HashSet<&str> = HashSet::new();
    for g in groups {
        if !seen.insert(&g.name) {
            errors.push(ContentError::new(
                &root.join(&g.part).join(format!("{}.toml", g.name)),
                0,
                format!(
                    "another part already has a group `{}`: name files uniquely",
                    g.name
                ),
            ));
        }
    }
    if let Some(top) = groups.iter().find(|g| g.name == TOP_GROUP) {
        for g in groups.iter().filter(|g| g.name != TOP_GROUP) {
            if top.words.iter().any(|w| w.key == g.name) {
                errors.push(ContentError::new(
                    &root.join(&top.part).join(format!("{TOP_GROUP}.toml")),
                    0,
                    format!("`{}` is also the name of a group of words", g.name),
                ));
            }
        }
    }
}

fn parse_file(
    file: &Path,
    part: &str,
    langs: &[String],
    errors: &mut Vec<ContentError>,
) -> Option<WordGroup> {
    let name = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !is_identifier(&name) {
        errors.push(ContentError::new(
            file,
            0,
            "a group's file name is a method name: lower case, digits and `_`".into(),
        ));
        return None;
    }
    let source = crate::read_file(file, errors)?;
    let raw: BTreeMap<String, Spanned<RawWord>> = match toml::from_str(&source) {
        Ok(raw) => raw,
        Err(e) => {
            let line = e.span().map(|s| line_of(&source, s.start)).unwrap_or(0);
            errors.push(ContentError::new(file, line, e.message().to_string()));
            return None;
        }
    };
    let line_at = |offset: usize| line_of(&source, offset);
    let mut words = Vec::new();
    for (key, raw) in &raw {
        let line = line_at(raw.span().start);
        let before = errors.len();
        if !is_identifier(key) {
            errors.push(ContentError::new(
                file,
                line,
                format!("`{key}` is a method name: lower case, digits and `_`, not a Rust keyword"),
            ));
        }
        let kind = word_kind(key, raw.get_ref(), line, &line_at, file, langs, errors);
        if errors.len() == before {
            words.push(Word {
                key: key.clone(),
                note: raw.get_ref().note.clone(),
                kind: kind?,
            });
        }
    }
    Some(WordGroup {
        part: part.to_string(),
        name,
        words,
    })
}

fn word_kind(
    key: &str,
    raw: &RawWord,
    line: usize,
    line_at: &dyn Fn(usize) -> usize,
    file: &Path,
    langs: &[String],
    errors: &mut Vec<ContentError>,
) -> Option<WordKind> {
    let mut error = |message: String| errors.push(ContentError::new(file, line, message));
    if let Some(of) = &raw.of {
        if raw.en.is_some() || raw.fr.is_some() || raw.args.is_some() || raw.built_in {
            error(format!(
                "`{key}`: a word given per value of `of` has its texts in `each` only"
            ));
            return None;
        }
        let Some(&(_, vocabulary, codes)) = VOCABULARIES.iter().find(|v| v.0 == of.get_ref())
        else {
            error(format!(
                "`{key}`: unknown vocabulary `{}` (known: {})",
                of.get_ref(),
                VOCABULARIES.map(|v| v.0).join(", ")
            ));
            return None;
        };
        let each = raw.each.as_ref();
        let missing: Vec<&str> = codes
            .iter()
            .copied()
            .filter(|c| !each.is_some_and(|e| e.contains_key(*c)))
            .collect();
        let unknown: Vec<&str> = each
            .into_iter()
            .flat_map(|e| e.keys())
            .map(String::as_str)
            .filter(|c| !codes.contains(c))
            .collect();
        if !missing.is_empty() {
            error(format!("`{key}.each` lacks {}", missing.join(", ")));
        }
        if !unknown.is_empty() {
            error(format!(
                "`{key}.each`: {} is not a code of `{}` ({})",
                unknown.join(", "),
                of.get_ref(),
                codes.join(", ")
            ));
        }
        let each = each.filter(|_| missing.is_empty() && unknown.is_empty())?;
        let texts = codes
            .iter()
            .map(|c| {
                let field = &each[*c];
                crate::localized::localized(
                    field,
                    langs,
                    &format!("`{key}.each.{c}`"),
                    line_at,
                    file,
                    errors,
                )
            })
            .collect();
        return Some(WordKind::Each { vocabulary, texts });
    }
    if raw.each.is_some() {
        error(format!(
            "`{key}`: `each` needs `of`, the vocabulary it names"
        ));
        return None;
    }
    let found = texts(
        langs,
        |l| raw.text(l),
        &format!("`{key}`"),
        line,
        line_at,
        file,
        errors,
    );
    if found.len() != langs.len() {
        return None;
    }
    match (&raw.args, raw.built_in) {
        (Some(_), true) => {
            errors.push(ContentError::new(
                file,
                line,
                format!("`{key}`: built-in words are plain texts, without `args`"),
            ));
            None
        }
        (Some(args), false) => template(key, args, found, langs, line, file, errors),
        (None, built_in) => {
            // A lone brace is a placeholder someone forgot to declare.
            if let Some((lang, _)) = langs.iter().zip(&found).find(|(_, t)| t.contains('{')) {
                errors.push(ContentError::new(
                    file,
                    line,
                    format!(
                        "`{key}`: the `{lang}` text has a `{{`: list its placeholders in `args`"
                    ),
                ));
                return None;
            }
            Some(match built_in {
                true => WordKind::BuiltIn(found),
                false => WordKind::Text(found),
            })
        }
    }
}

/// Checks that every language uses each argument and no other placeholder, and numbers them.
fn template(
    key: &str,
    args: &[String],
    found: Vec<String>,
    langs: &[String],
    line: usize,
    file: &Path,
    errors: &mut Vec<ContentError>,
) -> Option<WordKind> {
    let mut ok = true;
    let mut seen = HashSet::new();
    for arg in args {
        if !is_identifier(arg) || !seen.insert(arg) {
            errors.push(ContentError::new(
                file,
                line,
                format!("`{key}`: argument `{arg}` must be a unique lower-case name"),
            ));
            ok = false;
        }
    }
    let mut numbered = Vec::new();
    for (lang, text) in langs.iter().zip(found) {
        match number_placeholders(&text, args) {
            Ok(t) => numbered.push(t),
            Err(what) => {
                errors.push(ContentError::new(
                    file,
                    line,
                    format!("`{key}`, `{lang}` text: {what}"),
                ));
                ok = false;
            }
        }
    }
    ok.then(|| WordKind::Template {
        args: args.to_vec(),
        texts: numbered,
    })
}

/// `text` with each `{name}` replaced by `{i}`, `i` the position of `name` in `args`; an error if a
/// placeholder is not an argument, a brace is unmatched, or an argument is not used.
fn number_placeholders(text: &str, args: &[String]) -> Result<String, String> {
    let mut out = String::new();
    let mut used = vec![false; args.len()];
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        out.push_str(&rest[..open]);
        if rest[open..].starts_with('}') {
            return Err("a `}` closes no placeholder".into());
        }
        let Some(close) = rest[open..].find('}') else {
            return Err("a `{` is not closed".into());
        };
        let name = &rest[open + 1..open + close];
        let Some(i) = args.iter().position(|a| a == name) else {
            return Err(format!(
                "`{{{name}}}` is not one of its args ({})",
                args.join(", ")
            ));
        };
        used[i] = true;
        out.push_str(&format!("{{{i}}}"));
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    match args.iter().zip(&used).find(|(_, u)| !**u) {
        Some((arg, _)) => Err(format!("`{{{arg}}}` is not used")),
        None => Ok(out),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn placeholders_are_numbered_by_their_argument() {
        assert_eq!(
            number_placeholders("{total} : {shown}", &args(&["shown", "total"])).unwrap(),
            "{1} : {0}"
        );
        assert!(number_placeholders("{shown}", &args(&["shown", "total"]))
            .unwrap_err()
            .contains("`{total}` is not used"));
        assert!(number_placeholders("{count}", &args(&["n"]))
            .unwrap_err()
            .contains("not one of its args"));
        assert!(number_placeholders("{n", &args(&["n"]))
            .unwrap_err()
            .contains("not closed"));
        assert!(number_placeholders("n}", &args(&["n"])).is_err());
    }

    #[test]
    fn identifiers() {
        assert!(is_identifier("site_title"));
        assert!(is_identifier("nav2"));
        assert!(!is_identifier("type"));
        assert!(!is_identifier("Site"));
        assert!(!is_identifier("site-title"));
        assert!(!is_identifier("2nd"));
    }
}
