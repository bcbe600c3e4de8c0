//! `quizzes/NN-id.toml`: question sets, each question tied to the section that teaches it.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::error::{line_of, ContentError};
use crate::localized::{localized, Localized};
use crate::model::{OrderItem, Question, QuestionKind, Quiz, QuizOption};
use crate::timeline::parse_date;
use crate::{is_valid_id, unknown_source};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizFile {
    id: Spanned<String>,
    title: Spanned<Localized>,
    description: Spanned<Localized>,
    #[serde(default)]
    include: Vec<Spanned<String>>,
    #[serde(default)]
    question: Vec<QuestionEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionEntry {
    id: Spanned<String>,
    #[serde(rename = "type")]
    kind: Spanned<String>,
    section: Spanned<String>,
    source: Spanned<String>,
    prompt: Spanned<Localized>,
    explanation: Spanned<Localized>,
    #[serde(default)]
    option: Vec<OptionEntry>,
    #[serde(default)]
    item: Vec<ItemEntry>,
    answer: Option<Spanned<toml::Value>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionEntry {
    id: Spanned<String>,
    correct: bool,
    text: Spanned<Localized>,
    feedback: Spanned<Localized>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemEntry {
    id: Spanned<String>,
    date: Spanned<String>,
    text: Spanned<Localized>,
}

/// What quiz questions may point at.
pub(crate) struct Targets<'a> {
    pub sections: &'a HashSet<&'a str>,
    /// Ids of places and countries on the map.
    pub places: &'a HashSet<String>,
    pub sources: &'a HashSet<&'a str>,
}

pub(crate) fn parse_dir(
    dir: &Path,
    langs: &[String],
    targets: &Targets,
    errors: &mut Vec<ContentError>,
) -> Vec<Quiz> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();

    let mut quizzes = Vec::new();
    let mut question_ids: HashMap<String, String> = HashMap::new();
    let mut includes = Vec::new();
    for file in &files {
        let text = match fs::read_to_string(file) {
            Ok(t) => t.replace("\r\n", "\n"),
            Err(e) => {
                errors.push(ContentError::new(file, 0, format!("cannot read file: {e}")));
                continue;
            }
        };
        if let Some((quiz, inc)) = parse(file, &text, langs, targets, &mut question_ids, errors) {
            includes.push((file.clone(), quiz.id.clone(), inc));
            quizzes.push(quiz);
        }
    }

    // Includes refer to other quizzes' own questions, so they are resolved once all are read.
    let mut seen_quiz_ids = HashSet::new();
    for quiz in &quizzes {
        if !seen_quiz_ids.insert(quiz.id.clone()) {
            errors.push(ContentError::new(
                &quiz.file,
                1,
                format!("duplicate quiz id `{}`", quiz.id),
            ));
        }
    }
    for (file, quiz_id, inc) in includes {
        for (id, line) in inc {
            match question_ids.get(&id) {
                None => errors.push(ContentError::new(
                    &file,
                    line,
                    format!("included question `{id}` does not exist"),
                )),
                Some(owner) if *owner == quiz_id => errors.push(ContentError::new(
                    &file,
                    line,
                    format!("question `{id}` is already in this quiz"),
                )),
                Some(_) => {
                    if let Some(q) = quizzes.iter_mut().find(|q| q.id == quiz_id) {
                        q.questions.push(id);
                    }
                }
            }
        }
    }
    for quiz in &quizzes {
        if quiz.questions.is_empty() {
            errors.push(ContentError::new(
                &quiz.file,
                1,
                format!("quiz `{}` has no questions", quiz.id),
            ));
        }
    }
    quizzes
}

type Includes = Vec<(String, usize)>;

fn parse(
    file: &Path,
    text: &str,
    langs: &[String],
    targets: &Targets,
    question_ids: &mut HashMap<String, String>,
    errors: &mut Vec<ContentError>,
) -> Option<(Quiz, Includes)> {
    let parsed: QuizFile = match toml::from_str(text) {
        Ok(q) => q,
        Err(e) => {
            errors.push(ContentError::new(
                file,
                e.span().map_or(1, |s| line_of(text, s.start)),
                e.message().to_string(),
            ));
            return None;
        }
    };
    let line = |offset: usize| line_of(text, offset);
    let push = |errors: &mut Vec<ContentError>, at: usize, msg: String| {
        errors.push(ContentError::new(file, line(at), msg))
    };

    let id = parsed.id.get_ref().clone();
    if !is_valid_id(&id) {
        push(
            errors,
            parsed.id.span().start,
            format!("quiz id `{id}` must use only lower-case letters, digits and single hyphens"),
        );
    }
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    if stem.split_once('-').map(|(_, rest)| rest) != Some(id.as_str()) {
        push(
            errors,
            parsed.id.span().start,
            format!("the file must be named NN-{id}.toml"),
        );
    }
    let title = localized(
        &parsed.title,
        langs,
        &format!("quiz `{id}` title"),
        &line,
        file,
        errors,
    );
    let description = localized(
        &parsed.description,
        langs,
        &format!("quiz `{id}` description"),
        &line,
        file,
        errors,
    );

    let mut questions = Vec::new();
    let mut own = Vec::new();
    for q in parsed.question {
        let qid = q.id.get_ref().clone();
        let at = q.id.span().start;
        if !is_valid_id(&qid) {
            push(errors, at, format!("question id `{qid}` must use only lower-case letters, digits and single hyphens"));
        } else if let Some(other) = question_ids.insert(qid.clone(), id.clone()) {
            push(
                errors,
                at,
                format!("duplicate question id `{qid}` (also in quiz `{other}`)"),
            );
        }
        if !targets.sections.contains(q.section.get_ref().as_str()) {
            push(
                errors,
                q.section.span().start,
                format!(
                    "question `{qid}` links to unknown section `{}`",
                    q.section.get_ref()
                ),
            );
        }
        if !targets.sources.contains(q.source.get_ref().as_str()) {
            push(
                errors,
                q.source.span().start,
                format!("question `{qid}`: {}", unknown_source(q.source.get_ref())),
            );
        }
        let what = format!("question `{qid}`");
        let prompt = localized(
            &q.prompt,
            langs,
            &format!("{what} prompt"),
            &line,
            file,
            errors,
        );
        let explanation = localized(
            &q.explanation,
            langs,
            &format!("{what} explanation"),
            &line,
            file,
            errors,
        );
        let kind = question_kind(&q, &what, langs, targets, &line, file, errors);
        questions.push(qid.clone());
        if let Some(kind) = kind {
            own.push(Question {
                id: qid,
                kind,
                section: q.section.into_inner(),
                source: q.source.into_inner(),
                prompt,
                explanation,
            });
        }
    }
    let includes = parsed
        .include
        .iter()
        .map(|i| (i.get_ref().clone(), line(i.span().start)))
        .collect();
    Some((
        Quiz {
            id,
            title,
            description,
            questions,
            own,
            file: file.to_path_buf(),
        },
        includes,
    ))
}

fn question_kind(
    q: &QuestionEntry,
    what: &str,
    langs: &[String],
    targets: &Targets,
    line: &dyn Fn(usize) -> usize,
    file: &Path,
    errors: &mut Vec<ContentError>,
) -> Option<QuestionKind> {
    let at = line(q.kind.span().start);
    let fail = |errors: &mut Vec<ContentError>, msg: String| {
        errors.push(ContentError::new(file, at, msg));
        None
    };
    let kind = q.kind.get_ref().as_str();
    let uses_options = matches!(kind, "single" | "multiple");
    if !uses_options && !q.option.is_empty() {
        return fail(
            errors,
            format!("{what}: a `{kind}` question takes no [[question.option]]"),
        );
    }
    if kind != "order" && !q.item.is_empty() {
        return fail(
            errors,
            format!("{what}: only `order` questions take [[question.item]]"),
        );
    }
    match kind {
        "single" | "multiple" => {
            if q.answer.is_some() {
                return fail(errors, format!("{what}: `{kind}` questions mark answers with `correct`, not `answer`"));
            }
            let mut ids = HashSet::new();
            let mut options = Vec::new();
            for o in &q.option {
                if !ids.insert(o.id.get_ref().clone()) {
                    errors.push(ContentError::new(file, line(o.id.span().start), format!("{what}: duplicate option id `{}`", o.id.get_ref())));
                }
                let owhat = format!("{what} option `{}`", o.id.get_ref());
                options.push(QuizOption {
                    id: o.id.get_ref().clone(),
                    correct: o.correct,
                    text: localized(&o.text, langs, &owhat, line, file, errors),
                    feedback: localized(&o.feedback, langs, &format!("{owhat} feedback"), line, file, errors),
                });
            }
            let correct = options.iter().filter(|o| o.correct).count();
            if options.len() < 2 {
                return fail(errors, format!("{what}: needs at least two options"));
            }
            if kind == "single" && correct != 1 {
                return fail(errors, format!("{what}: a single-choice question needs exactly one correct option, found {correct}"));
            }
            if kind == "multiple" && correct == 0 {
                return fail(errors, format!("{what}: a multiple-choice question needs at least one correct option"));
            }
            Some(if kind == "single" { QuestionKind::Single(options) } else { QuestionKind::Multiple(options) })
        }
        "true-false" => match q.answer.as_ref().map(|a| a.get_ref()) {
            Some(toml::Value::Boolean(b)) => Some(QuestionKind::TrueFalse(*b)),
            _ => fail(errors, format!("{what}: a true-false question needs `answer = true` or `answer = false`")),
        },
        "order" => {
            let mut items = Vec::new();
            let mut dates = HashSet::new();
            let mut ids = HashSet::new();
            for item in &q.item {
                let iline = line(item.date.span().start);
                if !ids.insert(item.id.get_ref().clone()) {
                    errors.push(ContentError::new(file, line(item.id.span().start), format!("{what}: duplicate item id `{}`", item.id.get_ref())));
                }
                match parse_date(item.date.get_ref()) {
                    Err(msg) => errors.push(ContentError::new(file, iline, msg)),
                    Ok(date) => {
                        if !dates.insert(date) {
                            errors.push(ContentError::new(file, iline, format!("{what}: two items share the date {}", item.date.get_ref())));
                        }
                        let text = localized(&item.text, langs, &format!("{what} item `{}`", item.id.get_ref()), line, file, errors);
                        items.push(OrderItem { id: item.id.get_ref().clone(), date, text });
                    }
                }
            }
            if q.item.len() < 3 {
                return fail(errors, format!("{what}: an order question needs at least three dated items"));
            }
            Some(QuestionKind::Order(items))
        }
        "map" => match q.answer.as_ref().map(|a| a.get_ref()) {
            Some(toml::Value::String(target)) if targets.places.contains(target) => Some(QuestionKind::Map(target.clone())),
            Some(toml::Value::String(target)) => fail(errors, format!("{what}: `{target}` is not a place or country in places.toml")),
            _ => fail(errors, format!("{what}: a map question needs `answer = \"place-or-country-id\"`")),
        },
        other => fail(errors, format!("{what}: unknown question type `{other}` (single, multiple, true-false, order, map)")),
    }
}
