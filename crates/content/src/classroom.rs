//! What teachers reach for first, beside the story itself:
//!
//! - `meta.toml`: the date the content was last checked against the fact sheet (`checked`), which
//!   the footer and every citation of the explainer show; never the build's clock.
//! - `classroom.toml`: each section's learning objectives (shown at its top) and discussion
//!   questions (at its end), in every language.
//! - `guide.toml`: the teacher's guide's source-analysis activities (two works side by side, and
//!   what to look for) and its lesson paths (steps that link into the explainer).

use std::collections::HashSet;
use std::fmt::Write;
use std::ops::RangeInclusive;
use std::path::Path;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use toml::Spanned;

use crate::codegen::Texts;
use crate::error::{line_of, ContentError};
use crate::localized::{localized, texts, Localized};
use crate::model::{
    Activity, Bibliography, Classroom, Date, Lesson, LessonPath, LessonStep, SectionAims, StepLink,
};
use crate::timeline::calendar_date;
use crate::{is_valid_id, unknown_source};

/// How many learning objectives each section has: enough to say what it teaches, few enough to assess.
pub const OBJECTIVES: RangeInclusive<usize> = 2..=3;
/// How many discussion questions each section ends with.
pub const QUESTIONS: RangeInclusive<usize> = 2..=4;
/// The fewest source-analysis activities the teacher's guide offers (the whole folder only).
pub const MIN_ACTIVITIES: usize = 5;
/// The views a lesson step may open (`view:<code>`), as `src/url_state.rs` names them.
const VIEWS: [&str; 3] = ["timeline", "map", "quiz"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MetaFile {
    checked: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClassroomFile {
    #[serde(default)]
    objective: Vec<AimEntry>,
    #[serde(default)]
    question: Vec<AimEntry>,
}

/// One objective or question: the section it belongs to and its text in each language.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AimEntry {
    section: Spanned<String>,
    en: Option<Spanned<String>>,
    fr: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GuideFile {
    #[serde(default)]
    activity: Vec<ActivityEntry>,
    #[serde(default)]
    path: Vec<PathEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActivityEntry {
    id: Spanned<String>,
    section: Spanned<String>,
    sources: Spanned<Vec<Spanned<String>>>,
    title: Spanned<Localized>,
    task: Spanned<Localized>,
    look_for: Spanned<Localized>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PathEntry {
    id: Spanned<String>,
    title: Spanned<Localized>,
    lesson: Vec<LessonEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LessonEntry {
    title: Spanned<Localized>,
    step: Vec<StepEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepEntry {
    minutes: Spanned<u16>,
    link: Spanned<String>,
    text: Spanned<Localized>,
}

/// What the classroom files may point at.
pub(crate) struct Refs<'a> {
    /// Section ids, in reading order.
    pub sections: &'a [&'a str],
    pub quizzes: &'a HashSet<&'a str>,
    pub sources: &'a HashSet<&'a str>,
}

/// Reads one TOML file, reporting a missing file or a syntax error with its line.
fn read<T: DeserializeOwned>(file: &Path, errors: &mut Vec<ContentError>) -> Option<(T, String)> {
    let text = crate::read_file(file, errors)?;
    match toml::from_str(&text) {
        Ok(parsed) => Some((parsed, text)),
        Err(e) => {
            let line = e.span().map_or(1, |s| line_of(&text, s.start));
            errors.push(ContentError::new(file, line, e.message().to_string()));
            None
        }
    }
}

pub(crate) fn parse(
    dir: &Path,
    langs: &[String],
    refs: &Refs,
    errors: &mut Vec<ContentError>,
) -> Classroom {
    Classroom {
        checked: checked(&dir.join("meta.toml"), errors),
        sections: aims(&dir.join("classroom.toml"), langs, refs, errors),
        ..guide(&dir.join("guide.toml"), langs, refs, errors)
    }
}

/// `checked = "YYYY-MM-DD"`: a full date, not in the future of the explainer's own period.
fn checked(file: &Path, errors: &mut Vec<ContentError>) -> Option<Date> {
    let (meta, text) = read::<MetaFile>(file, errors)?;
    let line = line_of(&text, meta.checked.span().start);
    match calendar_date(meta.checked.get_ref(), false) {
        Ok((year, Some(month), Some(day))) => Some(Date {
            year,
            month,
            day: Some(day),
        }),
        Ok(_) => {
            errors.push(ContentError::new(
                file,
                line,
                format!(
                    "`checked` must be a full date (YYYY-MM-DD), the day the content was last checked, not `{}`",
                    meta.checked.get_ref()
                ),
            ));
            None
        }
        Err(e) => {
            errors.push(ContentError::new(file, line, format!("`checked`: {e}")));
            None
        }
    }
}

/// Each section's objectives and questions, in the sections' order, with counts in range.
fn aims(
    file: &Path,
    langs: &[String],
    refs: &Refs,
    errors: &mut Vec<ContentError>,
) -> Vec<SectionAims> {
    let Some((parsed, text)) = read::<ClassroomFile>(file, errors) else {
        return Vec::new();
    };
    let line = |offset: usize| line_of(&text, offset);
    let before = errors.len();
    let mut out: Vec<SectionAims> = refs
        .sections
        .iter()
        .map(|id| SectionAims {
            id: id.to_string(),
            objectives: Vec::new(),
            questions: Vec::new(),
        })
        .collect();
    for (kind, entries) in [
        ("objective", &parsed.objective),
        ("question", &parsed.question),
    ] {
        for entry in entries {
            let at = line(entry.section.span().start);
            let id = entry.section.get_ref();
            let words = texts(
                langs,
                |l| match l {
                    "en" => entry.en.as_ref(),
                    "fr" => entry.fr.as_ref(),
                    _ => None,
                },
                &format!("{kind} of section `{id}`"),
                at,
                &line,
                file,
                errors,
            );
            let Some(aims) = out.iter_mut().find(|a| &a.id == id) else {
                errors.push(ContentError::new(
                    file,
                    at,
                    format!("{kind} for unknown section `{id}`"),
                ));
                continue;
            };
            if words.len() == langs.len() {
                match kind {
                    "objective" => aims.objectives.push(words),
                    _ => aims.questions.push(words),
                }
            }
        }
    }
    // Counts only once every entry read: a missing translation is reported as such, not as a count.
    if errors.len() == before {
        for aims in &out {
            for (what, found, range) in [
                ("learning objectives", aims.objectives.len(), OBJECTIVES),
                ("discussion questions", aims.questions.len(), QUESTIONS),
            ] {
                if !range.contains(&found) {
                    errors.push(ContentError::new(
                        file,
                        0,
                        format!(
                            "section `{}` has {found} {what}; it needs {} to {}",
                            aims.id,
                            range.start(),
                            range.end()
                        ),
                    ));
                }
            }
        }
    }
    out
}

/// The teacher's guide: activities and lesson paths, each link checked.
fn guide(file: &Path, langs: &[String], refs: &Refs, errors: &mut Vec<ContentError>) -> Classroom {
    let mut out = Classroom::default();
    let Some((parsed, text)) = read::<GuideFile>(file, errors) else {
        return out;
    };
    let line = |offset: usize| line_of(&text, offset);
    let push = |errors: &mut Vec<ContentError>, at: usize, msg: String| {
        errors.push(ContentError::new(file, line(at), msg))
    };
    let words = |field: &Spanned<Localized>, what: &str, errors: &mut Vec<ContentError>| {
        localized(field, langs, what, &line, file, errors)
    };
    let mut ids = HashSet::new();
    let activity_ids = ids_of(&parsed.activity);
    for a in &parsed.activity {
        let id = a.id.get_ref();
        let at = a.id.span().start;
        if !is_valid_id(id) {
            push(
                errors,
                at,
                format!("activity id `{id}` must use only lower-case letters, digits and single hyphens"),
            );
        }
        if !ids.insert(id.clone()) {
            push(errors, at, format!("duplicate activity id `{id}`"));
        }
        if !refs.sections.contains(&a.section.get_ref().as_str()) {
            push(
                errors,
                a.section.span().start,
                format!("activity `{id}`: unknown section `{}`", a.section.get_ref()),
            );
        }
        let sources: Vec<String> = a
            .sources
            .get_ref()
            .iter()
            .map(|s| s.get_ref().clone())
            .collect();
        for s in a.sources.get_ref() {
            if !refs.sources.contains(s.get_ref().as_str()) {
                push(errors, s.span().start, unknown_source(s.get_ref()));
            }
        }
        let distinct: HashSet<&String> = sources.iter().collect();
        if distinct.len() < 2 || distinct.len() != sources.len() {
            push(
                errors,
                a.sources.span().start,
                format!(
                    "activity `{id}` sets two or more different works side by side: list each once"
                ),
            );
        }
        out.activities.push(Activity {
            id: id.clone(),
            section: a.section.get_ref().clone(),
            sources,
            title: words(&a.title, &format!("activity `{id}` title"), errors),
            task: words(&a.task, &format!("activity `{id}` task"), errors),
            look_for: words(&a.look_for, &format!("activity `{id}` look_for"), errors),
        });
    }
    for p in &parsed.path {
        let id = p.id.get_ref();
        if !is_valid_id(id) || !ids.insert(id.clone()) {
            push(
                errors,
                p.id.span().start,
                format!("lesson path id `{id}` must be a valid id used nowhere else in guide.toml"),
            );
        }
        if p.lesson.is_empty() {
            push(
                errors,
                p.id.span().start,
                format!("lesson path `{id}` has no lessons"),
            );
        }
        let lessons = p
            .lesson
            .iter()
            .enumerate()
            .map(|(n, l)| {
                let what = format!("lesson {} of path `{id}`", n + 1);
                if l.step.is_empty() {
                    push(errors, l.title.span().start, format!("{what} has no steps"));
                }
                let steps = l
                    .step
                    .iter()
                    .map(|s| {
                        let link =
                            step_link(s.link.get_ref(), refs, &activity_ids).unwrap_or_else(|e| {
                                push(errors, s.link.span().start, format!("{what}: {e}"));
                                StepLink::View(String::new())
                            });
                        if *s.minutes.get_ref() == 0 {
                            push(
                                errors,
                                s.minutes.span().start,
                                format!("{what}: a step takes at least a minute"),
                            );
                        }
                        LessonStep {
                            minutes: *s.minutes.get_ref(),
                            link,
                            text: words(&s.text, &format!("{what} step"), errors),
                        }
                    })
                    .collect();
                Lesson {
                    title: words(&l.title, &format!("{what} title"), errors),
                    steps,
                }
            })
            .collect();
        out.paths.push(LessonPath {
            id: id.clone(),
            title: words(&p.title, &format!("lesson path `{id}` title"), errors),
            lessons,
        });
    }
    out
}

fn ids_of(activities: &[ActivityEntry]) -> HashSet<&str> {
    activities.iter().map(|a| a.id.get_ref().as_str()).collect()
}

/// `section:<id>`, `quiz:<id>`, `view:timeline|map|quiz` or `activity:<id>` (in this guide).
fn step_link(link: &str, refs: &Refs, activities: &HashSet<&str>) -> Result<StepLink, String> {
    let (kind, id) = link.split_once(':').ok_or_else(|| {
        format!("link `{link}` must be section:<id>, quiz:<id>, view:<timeline|map|quiz> or activity:<id>")
    })?;
    let known = match kind {
        "section" => refs.sections.contains(&id),
        "quiz" => refs.quizzes.contains(id),
        "view" => VIEWS.contains(&id),
        "activity" => activities.contains(id),
        _ => {
            return Err(format!(
                "link `{link}`: unknown kind `{kind}` (section, quiz, view or activity)"
            ))
        }
    };
    if !known {
        return Err(format!("link `{link}`: no {kind} `{id}`"));
    }
    let id = id.to_string();
    Ok(match kind {
        "section" => StepLink::Section(id),
        "quiz" => StepLink::Quiz(id),
        "view" => StepLink::View(id),
        _ => StepLink::Activity(id),
    })
}

/// The rules for the guide as a whole, which a small folder (a test's) need not meet.
pub(crate) fn problems(classroom: &Classroom, dir: &Path) -> Vec<ContentError> {
    let mut out = Vec::new();
    let file = dir.join("guide.toml");
    if classroom.activities.len() < MIN_ACTIVITIES {
        out.push(ContentError::new(
            &file,
            0,
            format!(
                "the guide has {} source-analysis activities; it needs at least {MIN_ACTIVITIES}",
                classroom.activities.len()
            ),
        ));
    }
    let lessons: Vec<usize> = classroom.paths.iter().map(|p| p.lessons.len()).collect();
    if !(lessons.contains(&1) && lessons.iter().any(|&n| n >= 3)) {
        out.push(ContentError::new(
            &file,
            0,
            "the guide needs two lesson paths: a one-hour lesson (one lesson) and a unit of three lessons or more".into(),
        ));
    }
    out
}

/// The content's date: as data (for citations) and as each language writes it (for the footer, in
/// the main part of the text, so the app needs no date formatting to show it).
pub(crate) fn write_checked(
    out: &mut String,
    texts: &mut Texts,
    classroom: &Classroom,
    langs: &[&str],
) {
    let date = classroom.checked.expect("validated before codegen");
    let written: Vec<String> = langs
        .iter()
        .map(|code| {
            let lang = sahel_vocab::Lang::from_code(code).expect("known languages only");
            lang.date(date.year, Some(date.month), date.day)
        })
        .collect();
    writeln!(
        out,
        "pub const CHECKED: Date = Date {{ year: {}, month: {}, day: {:?} }};\npub static CHECKED_TEXT: Text = {};",
        date.year,
        date.month,
        date.day,
        texts.all(&written)
    )
    .unwrap();
}

/// Each section's objectives and questions, as the app's static data (in the sections' part of the
/// text, which the sections view loads to show them).
pub(crate) fn write_aims(out: &mut String, texts: &mut Texts, classroom: &Classroom) {
    out.push_str("pub static AIMS: &[Aims] = &[\n");
    for a in &classroom.sections {
        let list = |texts: &mut Texts, rows: &[Vec<String>]| {
            let list: Vec<String> = rows.iter().map(|r| texts.all(r)).collect();
            format!("&[{}]", list.join(", "))
        };
        let objectives = list(texts, &a.objectives);
        let questions = list(texts, &a.questions);
        writeln!(
            out,
            "  Aims {{ id: {:?}, objectives: {objectives}, questions: {questions} }},",
            a.id
        )
        .unwrap();
    }
    out.push_str("];\n");
}

/// The teacher's guide's activities and lesson paths, their words in the guide's part of the text.
pub(crate) fn write_guide(
    out: &mut String,
    texts: &mut Texts,
    bib: &Bibliography,
    langs: &[&str],
    classroom: &Classroom,
) {
    out.push_str("pub static ACTIVITIES: &[Activity] = &[\n");
    for a in &classroom.activities {
        writeln!(
            out,
            "  Activity {{ id: {:?}, section: {:?}, sources: {}, title: {}, task: {}, look_for: {} }},",
            a.id,
            a.section,
            texts.source_refs(bib, langs, &a.sources),
            texts.all(&a.title),
            texts.all(&a.task),
            texts.all(&a.look_for)
        )
        .unwrap();
    }
    out.push_str("];\npub static LESSON_PATHS: &[LessonPath] = &[\n");
    for p in &classroom.paths {
        write!(
            out,
            "  LessonPath {{ id: {:?}, title: {}, lessons: &[",
            p.id,
            texts.all(&p.title)
        )
        .unwrap();
        for l in &p.lessons {
            write!(out, "Lesson {{ title: {}, steps: &[", texts.all(&l.title)).unwrap();
            for s in &l.steps {
                let link = match &s.link {
                    StepLink::Section(id) => format!("StepLink::Section({id:?})"),
                    StepLink::Quiz(id) => format!("StepLink::Quiz({id:?})"),
                    StepLink::View(id) => format!("StepLink::View({id:?})"),
                    StepLink::Activity(id) => format!("StepLink::Activity({id:?})"),
                };
                write!(
                    out,
                    "LessonStep {{ minutes: {}, link: {link}, text: {} }}, ",
                    s.minutes,
                    texts.all(&s.text)
                )
                .unwrap();
            }
            out.push_str("] }, ");
        }
        out.push_str("] },\n");
    }
    out.push_str("];\n");
}
