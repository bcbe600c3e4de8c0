//! `quizzes/NN-id.toml`: question sets, each question tied to the section that teaches it.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::error::{line_of, ContentError};
use crate::localized::{localized, Localized};
use crate::model::Date;
use crate::model::{Content, Level, OrderItem, Question, QuestionKind, Quiz, QuizOption};
use crate::timeline::calendar_date;
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
    level: Option<Spanned<String>>,
    prompt: Spanned<Localized>,
    explanation: Spanned<Localized>,
    checks: Option<Spanned<Localized>>,
    #[serde(default)]
    option: Vec<OptionEntry>,
    #[serde(default)]
    item: Vec<ItemEntry>,
    answer: Option<Spanned<toml::Value>>,
    accept: Option<Spanned<Vec<Spanned<String>>>>,
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
    let Ok(files) = crate::toml_files(dir) else {
        return Vec::new();
    };

    let mut quizzes = Vec::new();
    let mut question_ids: HashMap<String, String> = HashMap::new();
    let mut includes = Vec::new();
    for file in &files {
        let Some(text) = crate::read_file(file, errors) else {
            continue;
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
    let title = text_of(
        &parsed.title,
        langs,
        &format!("quiz `{id}` title"),
        &line,
        file,
        errors,
    );
    let description = text_of(
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
        let prompt = text_of(
            &q.prompt,
            langs,
            &format!("{what} prompt"),
            &line,
            file,
            errors,
        );
        let explanation = text_of(
            &q.explanation,
            langs,
            &format!("{what} explanation"),
            &line,
            file,
            errors,
        );
        let checks = match &q.checks {
            Some(checks) => text_of(
                checks,
                langs,
                &format!("{what} checks"),
                &line,
                file,
                errors,
            ),
            None => {
                push(
                    errors,
                    at,
                    format!("{what} has no `checks` (one line for teachers: what it checks)"),
                );
                Vec::new()
            }
        };
        let level = level_of(&q, &what, &line, file, errors);
        let kind = question_kind(&q, &what, langs, targets, &line, file, errors);
        questions.push(qid.clone());
        if let (Some(kind), Some(level)) = (kind, level) {
            own.push(Question {
                id: qid,
                kind,
                level,
                section: q.section.into_inner(),
                source: q.source.into_inner(),
                prompt,
                explanation,
                checks,
                line: line(at),
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

fn level_of(
    q: &QuestionEntry,
    what: &str,
    line: &dyn Fn(usize) -> usize,
    file: &Path,
    errors: &mut Vec<ContentError>,
) -> Option<Level> {
    let Some(level) = &q.level else {
        errors.push(ContentError::new(
            file,
            line(q.id.span().start),
            format!("{what} has no `level` ({})", Level::codes()),
        ));
        return None;
    };
    let found = Level::from_code(level.get_ref());
    if found.is_none() {
        errors.push(ContentError::new(
            file,
            line(level.span().start),
            format!(
                "{what}: unknown level `{}` ({})",
                level.get_ref(),
                Level::codes()
            ),
        ));
    }
    found
}

/// [`localized`], checked for numbers that differ between languages (see [`numbers`]).
fn text_of(
    field: &Spanned<Localized>,
    langs: &[String],
    what: &str,
    line: &dyn Fn(usize) -> usize,
    file: &Path,
    errors: &mut Vec<ContentError>,
) -> Vec<String> {
    let texts = localized(field, langs, what, line, file, errors);
    // A missing language is reported by `localized`; only complete texts can be compared.
    if texts.len() == langs.len() {
        let base = numbers(&langs[0], &texts[0]);
        for (lang, text) in langs.iter().zip(&texts).skip(1) {
            let other = numbers(lang, text);
            if other != base {
                let only = |a: &BTreeSet<String>, b: &BTreeSet<String>, lang: &str| {
                    let list: Vec<&str> = a.difference(b).map(String::as_str).collect();
                    (!list.is_empty()).then(|| format!("{} only in `{lang}`", list.join(", ")))
                };
                let diff: Vec<String> = [only(&base, &other, &langs[0]), only(&other, &base, lang)]
                    .into_iter()
                    .flatten()
                    .collect();
                errors.push(ContentError::new(
                    file,
                    line(field.span().start),
                    format!(
                        "{what}: the numbers differ between `{}` and `{lang}` ({})",
                        langs[0],
                        diff.join("; ")
                    ),
                ));
            }
        }
    }
    texts
}

/// The numbers a text states, written alike whatever its language, so that the English and the
/// French of one text can be compared: "1,440" and « 1 440 » are both `1440`, "1.5" and « 1,5 »
/// both `1.5`, and the words for two to twelve count as their digits ("seven", « sept »: `7`).
pub(crate) fn numbers(lang: &str, text: &str) -> BTreeSet<String> {
    // French groups thousands with a space (the build makes it a narrow no-break one) and writes
    // decimals with a comma; English groups with a comma and writes decimals with a point.
    let (groups, decimal): (&[char], char) = match lang {
        "fr" => (&[' ', '\u{A0}', '\u{202F}'], ','),
        _ => (&[','], '.'),
    };
    let chars: Vec<char> = text.chars().collect();
    let digits_from = |i: usize| {
        chars.get(i..).map_or(0, |rest| {
            rest.iter().take_while(|c| c.is_ascii_digit()).count()
        })
    };
    let mut found = BTreeSet::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let run = digits_from(i);
            let mut number: String = chars[i..i + run].iter().collect();
            i += run;
            // "15,209" and « 15 209 »: groups of exactly three digits after a first one of one to three.
            if run <= 3 {
                while i < chars.len() && groups.contains(&chars[i]) && digits_from(i + 1) == 3 {
                    number.extend(&chars[i + 1..i + 4]);
                    i += 4;
                }
            }
            let number = match number.trim_start_matches('0') {
                "" => "0".to_string(),
                n => n.to_string(),
            };
            let decimals = if chars.get(i) == Some(&decimal) {
                digits_from(i + 1)
            } else {
                0
            };
            if decimals > 0 {
                let fraction: String = chars[i + 1..i + 1 + decimals].iter().collect();
                found.insert(format!("{number}.{fraction}"));
                i += 1 + decimals;
            } else {
                found.insert(number);
            }
        } else if chars[i].is_alphabetic() {
            let start = i;
            while i < chars.len() && chars[i].is_alphabetic() {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect::<String>().to_lowercase();
            if let Some(n) = number_word(lang, &word) {
                found.insert(n.to_string());
            }
        } else {
            i += 1;
        }
    }
    found
}

/// Two to twelve in words. One is left out: "one" and « un » are also a pronoun and an article.
fn number_word(lang: &str, word: &str) -> Option<usize> {
    const EN: [&str; 11] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ];
    const FR: [&str; 11] = [
        "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
    ];
    let words = match lang {
        "fr" => &FR,
        _ => &EN,
    };
    words.iter().position(|w| *w == word).map(|i| i + 2)
}

/// A right option longer than this share of the longest wrong one (in %) gives a single-choice
/// question away by its length alone.
const MAX_RIGHT_LENGTH_PERCENT: usize = 150;

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
    if kind != "map" && q.accept.is_some() {
        return fail(
            errors,
            format!("{what}: only `map` questions take `accept`"),
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
                    text: text_of(&o.text, langs, &owhat, line, file, errors),
                    feedback: text_of(&o.feedback, langs, &format!("{owhat} feedback"), line, file, errors),
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
            if kind == "multiple" && correct == options.len() {
                return fail(errors, format!("{what}: a multiple-choice question needs at least one wrong option, or choosing everything always wins"));
            }
            if kind == "single" {
                for (i, lang) in langs.iter().enumerate() {
                    let (right, wrong) = right_and_longest_wrong(&options, i);
                    if right * 100 > wrong * MAX_RIGHT_LENGTH_PERCENT {
                        return fail(errors, format!("{what}: in `{lang}` the right option is far longer than every wrong one ({right} characters against at most {wrong}), which gives it away; balance the options"));
                    }
                }
                Some(QuestionKind::Single(options))
            } else {
                Some(QuestionKind::Multiple(options))
            }
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
                match item_date(item.date.get_ref()) {
                    Err(msg) => errors.push(ContentError::new(file, iline, msg)),
                    Ok(date) => {
                        if !dates.insert(date) {
                            errors.push(ContentError::new(file, iline, format!("{what}: two items share the date {}", item.date.get_ref())));
                        }
                        let text = text_of(&item.text, langs, &format!("{what} item `{}`", item.id.get_ref()), line, file, errors);
                        items.push(OrderItem { id: item.id.get_ref().clone(), date, text });
                    }
                }
            }
            if q.item.len() < 3 {
                return fail(errors, format!("{what}: an order question needs at least three dated items"));
            }
            Some(QuestionKind::Order(items))
        }
        "map" => {
            let target = match q.answer.as_ref().map(|a| a.get_ref()) {
                Some(toml::Value::String(target)) if targets.places.contains(target) => target.clone(),
                Some(toml::Value::String(target)) => return fail(errors, format!("{what}: `{target}` is not a place or country in places.toml")),
                _ => return fail(errors, format!("{what}: a map question needs `answer = \"place-or-country-id\"`")),
            };
            let mut accept: Vec<String> = Vec::new();
            for id in q.accept.iter().flat_map(|a| a.get_ref()) {
                let aline = line(id.span().start);
                let id = id.get_ref();
                let problem = if !targets.places.contains(id) {
                    Some(format!("{what}: accepted `{id}` is not a place or country in places.toml"))
                } else if *id == target {
                    Some(format!("{what}: `{id}` is the answer itself; `accept` lists other places or countries that also count"))
                } else if accept.contains(id) {
                    Some(format!("{what}: `{id}` is accepted twice"))
                } else {
                    None
                };
                match problem {
                    Some(msg) => errors.push(ContentError::new(file, aline, msg)),
                    None => accept.push(id.clone()),
                }
            }
            Some(QuestionKind::Map(target, accept))
        }
        other => fail(errors, format!("{what}: unknown question type `{other}` (single, multiple, true-false, order, map)")),
    }
}

/// An order item's date: any real `YYYY-MM-DD` or `YYYY-MM`. Unlike the timeline's, it may lie
/// before 2012: the causes of the crisis go back to the rebellion of 1963.
fn item_date(s: &str) -> Result<Date, String> {
    let (year, month, day) = calendar_date(s, false)?;
    let month = month.expect("calendar_date gives a month unless asked for years");
    Ok(Date { year, month, day })
}

/// In language `lang` (an index), the length in characters of the right option and of the longest
/// wrong one.
fn right_and_longest_wrong(options: &[QuizOption], lang: usize) -> (usize, usize) {
    let len = |o: &QuizOption| o.text.get(lang).map_or(0, |t| t.chars().count());
    let right = options
        .iter()
        .filter(|o| o.correct)
        .map(len)
        .max()
        .unwrap_or(0);
    let wrong = options
        .iter()
        .filter(|o| !o.correct)
        .map(len)
        .max()
        .unwrap_or(0);
    (right, wrong)
}

/// The bank needs at least this many questions.
pub const MIN_QUESTIONS: usize = 70;
/// At least one question in this many asks the reader to apply, analyse or evaluate, not only to
/// remember or understand.
pub const HIGHER_ORDER_ONE_IN: usize = 3;
/// In at most this share of single-choice questions (in %) may the right option be the longest
/// (or tied for it): above it, picking the longest option pays. The same cap holds for the
/// shortest, so that the cue is not merely turned round.
pub const MAX_LENGTH_CUE_PERCENT: usize = 40;

/// The question bank as a whole, measured against the rules that keep it from being answerable
/// without knowing the subject. [`QuizBank::problems`] says what breaks them; `check-content`
/// prints [`QuizBank::report`].
#[derive(Debug, Clone, PartialEq)]
pub struct QuizBank {
    /// Every question, once, with its level.
    pub levels: Vec<(String, Level)>,
    /// Per quiz (own and included questions): its id, its file, its question count and how many
    /// of them are higher-order.
    pub quizzes: Vec<QuizLevels>,
    /// Per language (in content order): where the right options of single-choice questions stand
    /// by length.
    pub lengths: Vec<LengthCues>,
    /// Multiple-choice questions by their number of right options.
    pub right_counts: BTreeMap<usize, Vec<String>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuizLevels {
    pub id: String,
    pub file: PathBuf,
    pub questions: usize,
    pub higher_order: usize,
}

/// In one language, the single-choice questions whose right option is the longest of its options
/// or the shortest (ties included), out of `single`.
#[derive(Debug, Clone, PartialEq)]
pub struct LengthCues {
    pub lang: String,
    pub single: usize,
    pub longest: Vec<String>,
    pub shortest: Vec<String>,
}

/// Measures the bank of `content`.
pub fn quiz_bank(content: &Content) -> QuizBank {
    let all: Vec<&Question> = content.quizzes.iter().flat_map(|q| &q.own).collect();
    let level_of: HashMap<&str, Level> = all.iter().map(|q| (q.id.as_str(), q.level)).collect();
    let quizzes = content
        .quizzes
        .iter()
        .map(|quiz| QuizLevels {
            id: quiz.id.clone(),
            file: quiz.file.clone(),
            questions: quiz.questions.len(),
            higher_order: quiz
                .questions
                .iter()
                .filter(|id| {
                    level_of
                        .get(id.as_str())
                        .is_some_and(|l| l.is_higher_order())
                })
                .count(),
        })
        .collect();
    let singles: Vec<(&str, &[QuizOption])> = all
        .iter()
        .filter_map(|q| match &q.kind {
            QuestionKind::Single(options) => Some((q.id.as_str(), options.as_slice())),
            _ => None,
        })
        .collect();
    let lengths = content
        .sections
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let where_right = |keep: fn(usize, &[usize]) -> bool| -> Vec<String> {
                singles
                    .iter()
                    .filter(|(_, options)| {
                        let len = |o: &QuizOption| o.text.get(i).map_or(0, |t| t.chars().count());
                        let right = options.iter().filter(|o| o.correct).map(len).sum();
                        let wrong: Vec<usize> =
                            options.iter().filter(|o| !o.correct).map(len).collect();
                        keep(right, &wrong)
                    })
                    .map(|(id, _)| id.to_string())
                    .collect()
            };
            LengthCues {
                lang: l.lang.clone(),
                single: singles.len(),
                longest: where_right(|right, wrong| wrong.iter().all(|&w| right >= w)),
                shortest: where_right(|right, wrong| wrong.iter().all(|&w| right <= w)),
            }
        })
        .collect();
    let mut right_counts: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for q in &all {
        if let QuestionKind::Multiple(options) = &q.kind {
            let right = options.iter().filter(|o| o.correct).count();
            right_counts.entry(right).or_default().push(q.id.clone());
        }
    }
    QuizBank {
        levels: all.iter().map(|q| (q.id.clone(), q.level)).collect(),
        quizzes,
        lengths,
        right_counts,
    }
}

/// `part` of `whole` in whole percent, rounded down.
fn percent(part: usize, whole: usize) -> usize {
    (part * 100).checked_div(whole).unwrap_or(0)
}

impl QuizBank {
    pub fn count(&self, level: Level) -> usize {
        self.levels.iter().filter(|(_, l)| *l == level).count()
    }

    pub fn higher_order(&self) -> usize {
        self.levels
            .iter()
            .filter(|(_, l)| l.is_higher_order())
            .count()
    }

    /// What breaks the bank's rules, each reported against `dir` (the quizzes folder) or the quiz
    /// file concerned.
    pub fn problems(&self, dir: &Path) -> Vec<ContentError> {
        let mut problems = Vec::new();
        let mut push = |file: &Path, line: usize, msg: String| {
            problems.push(ContentError::new(file, line, msg))
        };
        let total = self.levels.len();
        if total < MIN_QUESTIONS {
            push(
                dir,
                0,
                format!("{total} questions in all; the bank needs at least {MIN_QUESTIONS}"),
            );
        }
        let higher = self.higher_order();
        if higher * HIGHER_ORDER_ONE_IN < total {
            push(dir, 0, format!("{higher} of {total} questions ({} %) ask to apply, analyse or evaluate; at least one in {HIGHER_ORDER_ONE_IN} must", percent(higher, total)));
        }
        for quiz in &self.quizzes {
            if quiz.higher_order == 0 {
                push(
                    &quiz.file,
                    1,
                    format!(
                        "quiz `{}` has no question that asks to apply, analyse or evaluate",
                        quiz.id
                    ),
                );
            }
        }
        for l in &self.lengths {
            for (which, ids) in [("longest", &l.longest), ("shortest", &l.shortest)] {
                if ids.len() * 100 > l.single * MAX_LENGTH_CUE_PERCENT {
                    push(dir, 0, format!(
                        "in `{}` the right option is the {which} in {} of {} single-choice questions ({} %), above {MAX_LENGTH_CUE_PERCENT} %, so picking the {which} pays; rebalance some of: {}",
                        l.lang, ids.len(), l.single, percent(ids.len(), l.single), ids.join(", ")
                    ));
                }
            }
        }
        let multiple: usize = self.right_counts.values().map(Vec::len).sum();
        if let Some((count, ids)) = self.right_counts.iter().max_by_key(|(_, ids)| ids.len()) {
            // Enough variety that the number of ticks itself is no clue.
            if ids.len() * 2 > multiple || (multiple >= 3 && self.right_counts.len() < 3) {
                push(dir, 0, format!(
                    "{} of {multiple} multiple-choice questions have {count} right options and only {} different counts are used; vary them (1 to 4) so that the count is no clue",
                    ids.len(), self.right_counts.len()
                ));
            }
        }
        problems
    }

    /// The measures, as `check-content` prints them.
    pub fn report(&self) -> Vec<String> {
        let total = self.levels.len();
        let levels: Vec<String> = Level::ALL
            .iter()
            .map(|&l| format!("{} {}", l.code(), self.count(l)))
            .collect();
        let beyond_recall = total - self.count(Level::Remember);
        let higher = self.higher_order();
        let mut lines = vec![
            format!("{total} questions by level: {}", levels.join(", ")),
            format!(
                "beyond remember: {beyond_recall} ({} %); apply, analyse or evaluate: {higher} ({} %; at least one in {HIGHER_ORDER_ONE_IN})",
                percent(beyond_recall, total),
                percent(higher, total)
            ),
        ];
        let per_quiz: Vec<String> = self
            .quizzes
            .iter()
            .map(|q| format!("{} {} of {}", q.id, q.higher_order, q.questions))
            .collect();
        lines.push(format!("apply or above, per quiz: {}", per_quiz.join("; ")));
        for which in ["longest", "shortest"] {
            let shares: Vec<String> = self
                .lengths
                .iter()
                .map(|l| {
                    let n = if which == "longest" {
                        l.longest.len()
                    } else {
                        l.shortest.len()
                    };
                    format!(
                        "{n} of {} ({} %) in `{}`",
                        l.single,
                        percent(n, l.single),
                        l.lang
                    )
                })
                .collect();
            lines.push(format!(
                "right option the {which} in single-choice questions: {} (at most {MAX_LENGTH_CUE_PERCENT} %)",
                shares.join(", ")
            ));
        }
        let counts: Vec<String> = self
            .right_counts
            .iter()
            .map(|(count, ids)| format!("{count} right: {}", ids.len()))
            .collect();
        lines.push(format!(
            "multiple-choice questions by right options: {}",
            counts.join(", ")
        ));
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::numbers;

    fn set(list: &[&str]) -> std::collections::BTreeSet<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn numbers_are_read_the_way_each_language_writes_them() {
        let en = numbers(
            "en",
            "On 1 July 2013, 1,440 police, seven units, US$1.27 billion, 2012–2025.",
        );
        // As the build writes French: a narrow no-break space between groups of digits.
        let fr = numbers("fr", "Le 1er juillet 2013, 1\u{202F}440 policiers, sept unités, 1,27 milliard de dollars, 2012–2025.");
        assert_eq!(en, set(&["1", "2013", "1440", "7", "1.27", "2012", "2025"]));
        assert_eq!(fr, en);
        // Plain spaces group digits too, as a writer types them.
        assert_eq!(numbers("fr", "15 209 personnels"), set(&["15209"]));
    }

    #[test]
    fn separators_that_are_not_thousands_stay_apart() {
        // A comma before a space ends a clause; a year is never the first group of a number.
        assert_eq!(
            numbers("en", "In 2013, 120 soldiers"),
            set(&["2013", "120"])
        );
        assert_eq!(numbers("fr", "en 2013 120 soldats"), set(&["2013", "120"]));
        // An English comma before one or two digits is no thousands separator, nor a decimal one.
        assert_eq!(numbers("en", "1,5"), set(&["1", "5"]));
        assert_eq!(numbers("fr", "1,5"), set(&["1.5"]));
        // "one" and « un » are also words, and "neuf" is nine.
        assert_eq!(numbers("en", "one of twelve"), set(&["12"]));
        assert_eq!(numbers("fr", "l'un des douze, neuf"), set(&["12", "9"]));
        assert_eq!(
            numbers("en", "S/2023/463 and 007"),
            set(&["2023", "463", "7"])
        );
    }
}
