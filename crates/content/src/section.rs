//! One section file: `+++` TOML front matter, then the Markdown body.

use std::collections::HashSet;
use std::path::Path;

use serde::Deserialize;

use crate::error::{line_of, ContentError};
use crate::markdown;
use crate::model::Section;
use crate::{is_valid_id, unknown_source};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    id: toml::Spanned<String>,
    title: toml::Spanned<String>,
    lead: toml::Spanned<String>,
    #[serde(default)]
    sources: Vec<toml::Spanned<String>>,
}

const FENCE: &str = "+++";

/// Reads one section in `lang`; `sources` are the ids of the bibliography it may cite.
pub(crate) fn parse_file(
    file: &Path,
    lang: &str,
    sources: &HashSet<&str>,
    errors: &mut Vec<ContentError>,
) -> Option<Section> {
    let text = crate::typeset(lang, &crate::read_file(file, errors)?);
    parse(file, &text, sources, errors)
}

pub(crate) fn parse(
    file: &Path,
    text: &str,
    sources: &HashSet<&str>,
    errors: &mut Vec<ContentError>,
) -> Option<Section> {
    let err = |errors: &mut Vec<ContentError>, line: usize, msg: String| {
        errors.push(ContentError::new(file, line, msg))
    };

    let Some(rest) = text.strip_prefix(FENCE).and_then(|r| r.strip_prefix('\n')) else {
        err(
            errors,
            1,
            format!("a section must start with a `{FENCE}` line opening its front matter"),
        );
        return None;
    };
    let fm_start = FENCE.len() + 1;
    let Some(fm_len) = find_fence(rest) else {
        err(
            errors,
            1,
            format!("the front matter opened on line 1 is never closed by a `{FENCE}` line"),
        );
        return None;
    };
    let front = &rest[..fm_len];
    let body_offset = fm_start + fm_len + FENCE.len() + 1;
    let body = text.get(body_offset..).unwrap_or("");
    let line_at = |offset_in_front: usize| line_of(text, fm_start + offset_in_front);

    let fm: FrontMatter = match toml::from_str(front) {
        Ok(fm) => fm,
        Err(e) => {
            let line = e.span().map_or(2, |s| line_at(s.start));
            err(errors, line, format!("front matter: {}", e.message()));
            return None;
        }
    };

    let before = errors.len();
    let id_line = line_at(fm.id.span().start);
    let id = fm.id.into_inner();
    if !is_valid_id(&id) {
        err(
            errors,
            id_line,
            format!("id `{id}` must use only lower-case letters, digits and single hyphens"),
        );
    }
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let named_ok = stem.split_once('-').is_some_and(|(nn, rest)| {
        nn.len() == 2 && nn.bytes().all(|b| b.is_ascii_digit()) && rest == id
    });
    if !named_ok {
        err(
            errors,
            id_line,
            format!("the file must be named NN-{id}.md (two digits for the order, then the id)"),
        );
    }
    for (field, value) in [("title", &fm.title), ("lead", &fm.lead)] {
        if value.get_ref().trim().is_empty() {
            err(
                errors,
                line_at(value.span().start),
                format!("`{field}` must not be empty"),
            );
        }
    }
    if fm.sources.is_empty() {
        err(
            errors,
            id_line,
            "a section must cite at least one source (sources = [\"id\", …], ids from sources/)"
                .into(),
        );
    }
    for s in &fm.sources {
        if !sources.contains(s.get_ref().as_str()) {
            err(errors, line_at(s.span().start), unknown_source(s.get_ref()));
        }
    }
    let cited: Vec<String> = fm.sources.into_iter().map(|s| s.into_inner()).collect();

    let body_line = line_of(text, body_offset.min(text.len()));
    let parsed = markdown::parse(body, body_line, file, errors);
    for link in &parsed.source_links {
        if !sources.contains(link.target.as_str()) {
            err(errors, link.line, unknown_source(&link.target));
        }
    }
    if parsed.blocks.is_empty() {
        err(errors, body_line, "the section has no body text".into());
    }

    (errors.len() == before).then(|| Section {
        id,
        title: fm.title.into_inner().trim().to_string(),
        lead: fm.lead.into_inner().trim().to_string(),
        sources: cited,
        body: parsed.blocks,
        file: file.to_path_buf(),
        id_line,
        section_links: parsed.section_links,
    })
}

/// Byte length of the front matter: up to the line that is exactly the fence.
fn find_fence(rest: &str) -> Option<usize> {
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == FENCE {
            return Some(offset);
        }
        offset += line.len();
    }
    None
}
