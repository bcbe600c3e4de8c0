//! `glossary.toml`: the terms and acronyms a student may stumble on, defined in plain words in
//! each language. The build marks the first use of each term in each section ([`Marker`]), checks
//! that every term is used in every language, and refuses an acronym that a section uses when
//! neither a term nor the file's explicit allow-list (`[[not_a_term]]`) covers it.

use std::collections::{HashMap, HashSet};
use std::fmt::Write;
use std::path::Path;

use sahel_vocab::TermIds;
use serde::Deserialize;
use toml::Spanned;

use crate::error::{line_of, ContentError};
use crate::escape::escape_into;
use crate::localized::{localized, Localized};
use crate::markdown::plain_text;
use crate::model::{Block, Content, Glossary, Section, Term};

pub const FILE: &str = "glossary.toml";

/// The fewest terms the explainer's glossary may hold (checked by `load_complete`).
pub const MIN_TERMS: usize = 50;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    term: Vec<Entry>,
    #[serde(default)]
    not_a_term: Vec<Allowed>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    id: Spanned<String>,
    term: Spanned<Localized>,
    full: Option<Spanned<Localized>>,
    forms: Spanned<Forms>,
    definition: Spanned<Localized>,
    section: Option<Spanned<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Forms {
    en: Option<Vec<Spanned<String>>>,
    fr: Option<Vec<Spanned<String>>>,
}

impl Forms {
    fn get(&self, lang: &str) -> Option<&Vec<Spanned<String>>> {
        match lang {
            "en" => self.en.as_ref(),
            "fr" => self.fr.as_ref(),
            _ => None,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Allowed {
    acronym: Spanned<String>,
    why: Spanned<String>,
}

/// Reads `glossary.toml` in `dir`, if there is one (a small test folder may have none; the
/// explainer's own must, see `load_complete`). `sections` are the ids a term may point to.
pub(crate) fn parse(
    dir: &Path,
    langs: &[String],
    sections: &HashSet<&str>,
    errors: &mut Vec<ContentError>,
) -> Glossary {
    let file = dir.join(FILE);
    if !file.exists() {
        return Glossary::default();
    }
    let mut glossary = Glossary {
        file: file.clone(),
        ..Glossary::default()
    };
    let Some(text) = crate::read_file(&file, errors) else {
        return glossary;
    };
    let parsed: File = match toml::from_str(&text) {
        Ok(f) => f,
        Err(e) => {
            let line = e.span().map_or(1, |s| line_of(&text, s.start));
            errors.push(ContentError::new(&file, line, e.message().to_string()));
            return glossary;
        }
    };
    let line_at = |offset: usize| line_of(&text, offset);
    let err = |errors: &mut Vec<ContentError>, line: usize, message: String| {
        errors.push(ContentError::new(&file, line, message))
    };

    let mut ids = HashSet::new();
    // Per language, each form and the term it belongs to: a form names one term only.
    let mut owners: Vec<HashMap<String, String>> = vec![HashMap::new(); langs.len()];
    for e in parsed.term {
        let line = line_at(e.id.span().start);
        let id = e.id.into_inner();
        if !crate::is_valid_id(&id) {
            err(
                errors,
                line,
                format!("id `{id}` must use only lower-case letters, digits and single hyphens"),
            );
        } else if !ids.insert(id.clone()) {
            err(errors, line, format!("duplicate term id `{id}`"));
        }
        let what = |field: &str| format!("term `{id}`: `{field}`");
        let name = localized(&e.term, langs, &what("term"), &line_at, &file, errors);
        let definition = localized(
            &e.definition,
            langs,
            &what("definition"),
            &line_at,
            &file,
            errors,
        );
        let full = e
            .full
            .as_ref()
            .map(|f| localized(f, langs, &what("full"), &line_at, &file, errors));
        let mut forms = Vec::new();
        for (i, lang) in langs.iter().enumerate() {
            let mut list = Vec::new();
            for form in e.forms.get_ref().get(lang).into_iter().flatten() {
                let form_line = line_at(form.span().start);
                let written = crate::typeset(lang, form.get_ref().trim());
                if written.is_empty() {
                    err(errors, form_line, format!("term `{id}`: empty form"));
                    continue;
                }
                match owners[i].get(&written) {
                    Some(owner) => err(
                        errors,
                        form_line,
                        format!("term `{id}`: the form `{written}` ({lang}) is already a form of term `{owner}`"),
                    ),
                    None => {
                        owners[i].insert(written.clone(), id.clone());
                        list.push(written);
                    }
                }
            }
            if list.is_empty() {
                err(
                    errors,
                    line_at(e.forms.span().start),
                    format!(
                        "term `{id}` has no `forms.{lang}`: list how the {lang} sections write it"
                    ),
                );
            }
            forms.push(list);
        }
        let section = e.section.map(|s| {
            if !sections.contains(s.get_ref().as_str()) {
                err(
                    errors,
                    line_at(s.span().start),
                    format!("term `{id}`: unknown section `{}`", s.get_ref()),
                );
            }
            s.into_inner()
        });
        glossary.terms.push(Term {
            id,
            name,
            full,
            forms,
            definition,
            section,
            line,
        });
    }
    for a in parsed.not_a_term {
        let line = line_at(a.acronym.span().start);
        let acronym = a.acronym.into_inner();
        if !is_acronym(&acronym) || words(&acronym).count() != 1 {
            err(
                errors,
                line,
                format!("`{acronym}` is not an acronym (a word with three capitals in a row): only acronyms need listing here"),
            );
        }
        if a.why.get_ref().trim().is_empty() {
            err(
                errors,
                line_at(a.why.span().start),
                format!("`{acronym}`: say `why` it needs no glossary entry"),
            );
        }
        if owners.iter().any(|o| o.contains_key(&acronym)) {
            err(
                errors,
                line,
                format!("`{acronym}` is a term's form: it cannot also be listed as not a term"),
            );
        }
        glossary.allowed.push((acronym, line));
    }
    glossary
}

/// Finds the glossary's forms in one language's text: whole words only, the longest form first
/// (so "Security Council" wins over "Council"), and a form written in lower case also with a
/// capital, as at the start of a sentence ("Mandate").
pub(crate) struct Matcher {
    forms: Vec<(String, usize)>,
}

impl Matcher {
    pub fn new(glossary: &Glossary, lang: usize) -> Matcher {
        let mut forms = Vec::new();
        for (t, term) in glossary.terms.iter().enumerate() {
            for form in term.forms.get(lang).into_iter().flatten() {
                forms.push((form.clone(), t));
                let mut chars = form.chars();
                if let Some(first) = chars.next().filter(|c| c.is_lowercase()) {
                    forms.push((first.to_uppercase().chain(chars).collect(), t));
                }
            }
        }
        forms.sort_by_key(|f| std::cmp::Reverse(f.0.len()));
        Matcher { forms }
    }

    /// Every match in `text`, leftmost first and not overlapping: (start, end, term index).
    pub fn find(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        while let Some(c) = text[i..].chars().next() {
            if boundary(text[..i].chars().next_back()) {
                let found = self.forms.iter().find(|(form, _)| {
                    text[i..].starts_with(form.as_str())
                        && boundary(text[i + form.len()..].chars().next())
                });
                if let Some((form, t)) = found {
                    out.push((i, i + form.len(), *t));
                    i += form.len();
                    continue;
                }
            }
            i += c.len_utf8();
        }
        out
    }
}

/// Writes one section's text as markup, marking the first use of each term as a button that shows
/// its definition in place (a disclosure, after the WAI-ARIA pattern: `aria-expanded`,
/// `aria-controls`, the definition right after the button in reading order).
pub(crate) struct Marker<'a> {
    glossary: &'a Glossary,
    matcher: &'a Matcher,
    lang: (usize, &'a str),
    section: &'a str,
    /// The terms marked so far, in order.
    pub used: Vec<usize>,
}

impl<'a> Marker<'a> {
    pub fn new(
        glossary: &'a Glossary,
        matcher: &'a Matcher,
        lang: (usize, &'a str),
        section: &'a str,
    ) -> Self {
        Marker {
            glossary,
            matcher,
            lang,
            section,
            used: Vec::new(),
        }
    }

    /// `text`, escaped, with the first use in the section of each term it holds marked.
    pub fn write(&mut self, out: &mut String, text: &str) {
        let mut done = 0;
        for (start, end, t) in self.matcher.find(text) {
            if self.used.contains(&t) {
                continue;
            }
            self.used.push(t);
            escape_into(out, &text[done..start]);
            self.term(out, &text[start..end], &self.glossary.terms[t]);
            done = end;
        }
        escape_into(out, &text[done..]);
    }

    fn term(&self, out: &mut String, words: &str, term: &Term) {
        let (lang, code) = self.lang;
        let definition = TermIds::definition(self.section, &term.id);
        write!(
            out,
            r#"<button type="button" class="term" id="{}" aria-expanded="false" aria-controls="{definition}">"#,
            TermIds::button(self.section, &term.id)
        )
        .unwrap();
        escape_into(out, words);
        // The definition starts with the term as the glossary names it, linked to its entry there.
        write!(
            out,
            r##"</button><span class="term-def" id="{definition}" hidden><a href="#glossary={}">"##,
            term.id
        )
        .unwrap();
        escape_into(out, &term.name[lang]);
        out.push_str("</a>");
        if let Some(full) = &term.full {
            out.push_str(" (");
            escape_into(out, &full[lang]);
            out.push(')');
        }
        escape_into(out, &crate::typeset(code, ": "));
        escape_into(out, &term.definition[lang]);
        out.push_str("</span>");
    }
}

/// Which terms each section marks, per language (in the order of `content.sections`): what the
/// glossary view lists as where a term is used.
pub fn uses(content: &Content) -> Vec<Vec<(&str, Vec<usize>)>> {
    content
        .sections
        .iter()
        .enumerate()
        .map(|(lang, l)| {
            let matcher = Matcher::new(&content.glossary, lang);
            l.sections
                .iter()
                .map(|s| {
                    let mut marker =
                        Marker::new(&content.glossary, &matcher, (lang, &l.lang), &s.id);
                    crate::codegen::write_body(&s.body, &content.bibliography, Some(&mut marker));
                    (s.id.as_str(), marker.used)
                })
                .collect()
        })
        .collect()
}

/// Rules that need the sections: every term is marked somewhere in each language, and every
/// acronym a section uses is a term's form or listed as not a term.
pub(crate) fn check(content: &Content, errors: &mut Vec<ContentError>) {
    let g = &content.glossary;
    if g.file.as_os_str().is_empty() {
        return;
    }
    let uses = uses(content);
    let mut allowed_used = vec![false; g.allowed.len()];
    for (lang, l) in content.sections.iter().enumerate() {
        let mut used = vec![false; g.terms.len()];
        for (_, terms) in &uses[lang] {
            for &t in terms {
                used[t] = true;
            }
        }
        for (term, used) in g.terms.iter().zip(used) {
            if !used {
                errors.push(ContentError::new(
                    &g.file,
                    term.line,
                    format!(
                        "term `{}` is used in no `{}` section (outside links and headings): add the form the text uses, or delete the term",
                        term.id, l.lang
                    ),
                ));
            }
        }
        let matcher = Matcher::new(g, lang);
        for s in &l.sections {
            acronyms(g, &matcher, s, &mut allowed_used, errors);
        }
    }
    for ((acronym, line), used) in g.allowed.iter().zip(allowed_used) {
        if !used {
            errors.push(ContentError::new(
                &g.file,
                *line,
                format!("`{acronym}` is listed as not a term, but no section uses it: delete it"),
            ));
        }
    }
}

/// Reports each acronym of `s` that no term's form covers and the allow-list does not name.
fn acronyms(
    g: &Glossary,
    matcher: &Matcher,
    s: &Section,
    allowed_used: &mut [bool],
    errors: &mut Vec<ContentError>,
) {
    let mut texts = vec![s.title.clone(), s.lead.clone()];
    for block in &s.body {
        match block {
            Block::Heading(h) => texts.push(h.clone()),
            other => texts.extend(other.runs().into_iter().map(plain_text)),
        }
    }
    let mut reported = HashSet::new();
    for text in &texts {
        let covered = matcher.find(text);
        for (start, word) in words(text) {
            if !is_acronym(word)
                || covered
                    .iter()
                    .any(|&(a, b, _)| a <= start && start + word.len() <= b)
            {
                continue;
            }
            if let Some(i) = g.allowed.iter().position(|(a, _)| a == word) {
                allowed_used[i] = true;
            } else if reported.insert(word.to_string()) {
                errors.push(ContentError::new(
                    &s.file,
                    line_in_file(&s.file, word),
                    format!("acronym `{word}` is not in the glossary: add a term for it to {FILE} (or a form to the term it belongs to), or list it there under [[not_a_term]] with the reason"),
                ));
            }
        }
    }
}

/// The words of `text` (letters, digits and inner hyphens), with their byte offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter_map(move |w| {
            let word = w.trim_matches('-');
            let start = w.as_ptr() as usize - text.as_ptr() as usize
                + (w.len() - w.trim_start_matches('-').len());
            (!word.is_empty()).then_some((start, word))
        })
}

/// Three capitals in a row: "MINUSMA", "IEDs", "FAMa", "M5-RFP".
fn is_acronym(word: &str) -> bool {
    let mut run = 0;
    for c in word.chars() {
        run = if c.is_uppercase() { run + 1 } else { 0 };
        if run >= 3 {
            return true;
        }
    }
    false
}

/// The first line of `file` where `word` stands as a word; 0 (the whole file) if none does.
fn line_in_file(file: &Path, word: &str) -> usize {
    let text = std::fs::read_to_string(file).unwrap_or_default();
    text.lines()
        .position(|line| words(line).any(|(_, w)| w == word))
        .map_or(0, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glossary(terms: &[(&str, &[&str])]) -> Glossary {
        Glossary {
            terms: terms
                .iter()
                .map(|(id, forms)| Term {
                    id: id.to_string(),
                    name: vec![id.to_uppercase()],
                    full: None,
                    forms: vec![forms.iter().map(|f| f.to_string()).collect()],
                    definition: vec![format!("What {id} means.")],
                    section: None,
                    line: 1,
                })
                .collect(),
            allowed: Vec::new(),
            file: Default::default(),
        }
    }

    #[test]
    fn forms_match_whole_words_longest_first_and_capitalised() {
        let g = glossary(&[
            ("council", &["Council"]),
            ("security-council", &["Security Council"]),
            ("mandate", &["mandate", "mandates"]),
        ]);
        let m = Matcher::new(&g, 0);
        let text = "Mandates of the Security Council; the Council's mandate, not mandated.";
        let found: Vec<(&str, usize)> = m
            .find(text)
            .into_iter()
            .map(|(a, b, t)| (&text[a..b], t))
            .collect();
        assert_eq!(
            found,
            [
                ("Mandates", 2),
                ("Security Council", 1),
                ("Council", 0),
                ("mandate", 2)
            ]
        );
    }

    #[test]
    fn only_the_first_use_in_a_section_is_marked_and_text_stays_escaped() {
        let g = glossary(&[("jnim", &["JNIM"])]);
        let m = Matcher::new(&g, 0);
        let mut marker = Marker::new(&g, &m, (0, "en"), "threats");
        let mut out = String::new();
        marker.write(&mut out, "JNIM & <b>");
        marker.write(&mut out, " then JNIM again");
        assert_eq!(marker.used, [0]);
        assert_eq!(
            out,
            "<button type=\"button\" class=\"term\" id=\"gl-threats--jnim\" aria-expanded=\"false\" aria-controls=\"gd-threats--jnim\">JNIM</button>\
             <span class=\"term-def\" id=\"gd-threats--jnim\" hidden><a href=\"#glossary=jnim\">JNIM</a>: What jnim means.</span> &amp; &lt;b&gt; then JNIM again"
        );
    }

    #[test]
    fn acronyms_are_three_capitals_in_a_row() {
        for a in ["MINUSMA", "IEDs", "FAMa", "M5-RFP", "ÉTAT"] {
            assert!(is_acronym(a), "{a}");
        }
        for w in ["UN", "Mali", "G5", "Wagner", "EU-led"] {
            assert!(!is_acronym(w), "{w}");
        }
        let found: Vec<(usize, &str)> = words("the M5-RFP, MINUSMA's -x- base").collect();
        assert_eq!(
            found,
            [
                (0, "the"),
                (4, "M5-RFP"),
                (12, "MINUSMA"),
                (20, "s"),
                (23, "x"),
                (26, "base")
            ]
        );
    }
}
