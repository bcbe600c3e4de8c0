//! `timeline.toml`: dated events, each tied to an actor, a section and a source.

use std::collections::HashSet;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::error::{line_of, ContentError};
use crate::localized::texts;
use crate::model::{Actor, Date, Event};
use crate::{is_valid_id, unknown_source};
pub use sahel_vocab::{FIRST_YEAR, LAST_YEAR};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    event: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    id: Spanned<String>,
    date: Spanned<String>,
    actor: Spanned<String>,
    section: Spanned<String>,
    source: Spanned<String>,
    en: Option<Spanned<String>>,
    fr: Option<Spanned<String>>,
}

/// What events and charts may point at: section ids and source ids.
pub(crate) struct Refs<'a> {
    pub sections: &'a HashSet<&'a str>,
    pub sources: &'a HashSet<&'a str>,
}

pub(crate) fn parse_file(
    file: &Path,
    langs: &[String],
    refs: &Refs,
    errors: &mut Vec<ContentError>,
) -> Vec<Event> {
    match crate::read_file(file, errors) {
        Some(text) => parse(file, &text, langs, refs, errors),
        None => Vec::new(),
    }
}

pub(crate) fn parse(
    file: &Path,
    text: &str,
    langs: &[String],
    refs: &Refs,
    errors: &mut Vec<ContentError>,
) -> Vec<Event> {
    let parsed: File = match toml::from_str(text) {
        Ok(f) => f,
        Err(e) => {
            push(
                errors,
                file,
                e.span().map_or(1, |s| line_of(text, s.start)),
                e.message().to_string(),
            );
            return Vec::new();
        }
    };
    let line = |s: &Spanned<String>| line_of(text, s.span().start);

    let mut events = Vec::new();
    let mut ids = HashSet::new();
    let mut previous: Option<Date> = None;
    for entry in parsed.event {
        let id = entry.id.get_ref().clone();
        if !is_valid_id(&id) {
            push(
                errors,
                file,
                line(&entry.id),
                format!("id `{id}` must use only lower-case letters, digits and single hyphens"),
            );
        } else if !ids.insert(id.clone()) {
            push(
                errors,
                file,
                line(&entry.id),
                format!("duplicate event id `{id}`"),
            );
        }
        let date = parse_date(entry.date.get_ref());
        match &date {
            Err(msg) => push(errors, file, line(&entry.date), msg.clone()),
            Ok(d) => {
                if previous.is_some_and(|p| *d < p) {
                    push(
                        errors,
                        file,
                        line(&entry.date),
                        format!("event `{id}` is out of date order: events must be sorted by date"),
                    );
                }
                previous = Some(*d);
            }
        }
        let actor = Actor::from_code(entry.actor.get_ref());
        if actor.is_none() {
            push(
                errors,
                file,
                line(&entry.actor),
                format!(
                    "unknown actor `{}` (use one of: {})",
                    entry.actor.get_ref(),
                    Actor::codes()
                ),
            );
        }
        if !refs.sections.contains(entry.section.get_ref().as_str()) {
            push(
                errors,
                file,
                line(&entry.section),
                format!(
                    "event `{id}` links to unknown section `{}`",
                    entry.section.get_ref()
                ),
            );
        }
        if !refs.sources.contains(entry.source.get_ref().as_str()) {
            push(
                errors,
                file,
                line(&entry.source),
                format!("event `{id}`: {}", unknown_source(entry.source.get_ref())),
            );
        }
        let id_line = line(&entry.id);
        let text_by_lang = texts(
            langs,
            |lang| match lang {
                "en" => entry.en.as_ref(),
                "fr" => entry.fr.as_ref(),
                _ => None,
            },
            &format!("event `{id}`"),
            id_line,
            &|offset| line_of(text, offset),
            file,
            errors,
        );
        if let (Ok(date), Some(actor)) = (date, actor) {
            events.push(Event {
                id,
                date,
                actor,
                section: entry.section.into_inner(),
                source: entry.source.into_inner(),
                text: text_by_lang,
            });
        }
    }
    if events.is_empty() && errors.is_empty() {
        errors.push(ContentError::new(
            file,
            0,
            "the timeline has no [[event]] entries".into(),
        ));
    }
    events
}

fn push(errors: &mut Vec<ContentError>, file: &Path, line: usize, message: String) {
    errors.push(ContentError::new(file, line, message));
}

/// `YYYY-MM-DD` or `YYYY-MM`, a real calendar date within the explainer's period.
pub fn parse_date(s: &str) -> Result<Date, String> {
    let (year, month, day) = calendar_date(s, false)?;
    let month = month.expect("calendar_date gives a month unless asked for years");
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return Err(format!("date `{s}` is outside {FIRST_YEAR}–{LAST_YEAR}"));
    }
    Ok(Date { year, month, day })
}

/// `YYYY-MM-DD`, `YYYY-MM` or (if `year_only` is allowed) `YYYY`, each part a real one (month 1–12,
/// a day of that month).
pub(crate) fn calendar_date(
    s: &str,
    year_only: bool,
) -> Result<(u16, Option<u8>, Option<u8>), String> {
    let formats = if year_only {
        "YYYY-MM-DD, YYYY-MM or YYYY"
    } else {
        "YYYY-MM-DD or YYYY-MM"
    };
    let bad = || format!("date `{s}` must be {formats}");
    let num = |p: &str, len: usize| -> Result<u16, String> {
        if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
            p.parse().map_err(|_| bad())
        } else {
            Err(bad())
        }
    };
    let parts: Vec<&str> = s.split('-').collect();
    let (year, month, day) = match parts.as_slice() {
        [y] if year_only => (num(y, 4)?, None, None),
        [y, m] => (num(y, 4)?, Some(num(m, 2)?), None),
        [y, m, d] => (num(y, 4)?, Some(num(m, 2)?), Some(num(d, 2)?)),
        _ => return Err(bad()),
    };
    if let Some(month) = month.filter(|m| !(1..=12).contains(m)) {
        return Err(format!("date `{s}` has no month {month}"));
    }
    if let (Some(month), Some(d)) = (month, day) {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        if d == 0 || d > days {
            return Err(format!("date `{s}` is not a day of that month"));
        }
    }
    Ok((year, month.map(|m| m as u8), day.map(|d| d as u8)))
}
