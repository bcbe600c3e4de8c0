//! Saved progress, one storage entry per quiz. The format is small and versioned:
//!
//! ```text
//! 2;<seed>;<answers>;<first>;<only>
//! answers   <question-id>=<answer>,… for this round, with `!` before a practice answer (one given
//!           after the question's right answer was shown)
//!           c0.2 (chosen options)  b1 / b0 (true / false)  o2.0.1 (order)  p<place-id> (map)
//! first     <question-id>=1 or =0: whether the first answer to a question was right (the score)
//! only      ids of the questions a retry asks, comma-separated, or `*` for every question
//! ```
//!
//! Version 1 (`1;<seed>;<answers>`, before fair scores) still reads. Anything that does not parse,
//! or no longer fits the quiz (content changed), is dropped: the reader starts afresh rather than
//! meeting an error. The same text is what a course platform keeps for the reader (SCORM's
//! `suspend_data`), so it is input too.

use super::{fits, Answer, Attempt, Checked};
use crate::content::Quiz;
use crate::{lms, storage};

const VERSION: &str = "2";

fn key(quiz: &Quiz) -> String {
    format!("sahel-explainer.quiz.{}", quiz.id)
}

/// Saves the attempt, with the course platform when there is one (`crate::lms`), else in the
/// browser; `false` if the browser would not keep it (blocked storage).
pub fn save(quiz: &Quiz, attempt: &Attempt) -> bool {
    let text = encode(quiz, attempt);
    if lms::active() {
        lms::save(quiz.id, text);
        return true;
    }
    storage::set(&key(quiz), &text)
}

pub fn load(quiz: &Quiz) -> Option<Attempt> {
    if lms::active() {
        let attempt = decode(quiz, &lms::progress(quiz.id)?);
        if attempt.is_none() {
            lms::discard(quiz.id);
        }
        return attempt;
    }
    decode(quiz, &storage::get(&key(quiz))?)
}

pub fn reset(quiz: &Quiz) {
    storage::remove(&key(quiz));
}

fn indices(list: &[usize]) -> String {
    list.iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(".")
}

fn ids(quiz: &Quiz, list: impl Iterator<Item = usize>) -> String {
    list.map(|i| quiz.questions[i].id)
        .collect::<Vec<_>>()
        .join(",")
}

pub fn encode(quiz: &Quiz, attempt: &Attempt) -> String {
    let answers: Vec<String> = quiz
        .questions
        .iter()
        .zip(&attempt.answers)
        .filter_map(|(q, a)| {
            let checked = a.as_ref()?;
            let a = match &checked.answer {
                Answer::Choices(c) => format!("c{}", indices(c)),
                Answer::Bool(b) => format!("b{}", u8::from(*b)),
                Answer::Order(o) => format!("o{}", indices(o)),
                Answer::Place(p) => format!("p{p}"),
            };
            let mark = if checked.scored { "" } else { "!" };
            Some(format!("{}={mark}{a}", q.id))
        })
        .collect();
    let first: Vec<String> = quiz
        .questions
        .iter()
        .zip(&attempt.first)
        .filter_map(|(q, f)| Some(format!("{}={}", q.id, u8::from((*f)?))))
        .collect();
    let only = match &attempt.only {
        Some(list) => ids(quiz, list.iter().copied()),
        None => "*".to_string(),
    };
    format!(
        "{VERSION};{};{};{};{only}",
        attempt.seed,
        answers.join(","),
        first.join(",")
    )
}

/// The positions of the questions named in a comma-separated list; names of questions the quiz
/// no longer has are skipped.
fn positions(quiz: &Quiz, list: &str) -> Vec<usize> {
    list.split(',')
        .filter_map(|id| quiz.questions.iter().position(|q| q.id == id))
        .collect()
}

pub fn decode(quiz: &Quiz, text: &str) -> Option<Attempt> {
    let parts: Vec<&str> = text.split(';').collect();
    let (seed, list, first, only) = match parts.as_slice() {
        ["1", seed, list] => (seed, list, None, "*"),
        ["2", seed, list, first, only] => (seed, list, Some(*first), *only),
        _ => return None,
    };
    let mut attempt = Attempt::new(quiz, seed.parse().ok()?);
    for entry in first
        .unwrap_or_default()
        .split(',')
        .filter(|e| !e.is_empty())
    {
        let (id, value) = entry.split_once('=')?;
        let right = match value {
            "1" => true,
            "0" => false,
            _ => return None,
        };
        if let Some(pos) = quiz.questions.iter().position(|q| q.id == id) {
            attempt.first[pos] = Some(right);
        }
    }
    if only != "*" {
        // A retry asks at least one question; an empty list is not something this app wrote.
        let list = positions(quiz, only);
        if list.is_empty() {
            return None;
        }
        attempt.only = Some(list);
    }
    for entry in list.split(',').filter(|e| !e.is_empty()) {
        let (id, value) = entry.split_once('=')?;
        let Some(pos) = quiz.questions.iter().position(|q| q.id == id) else {
            continue;
        };
        let (scored, value) = match value.strip_prefix('!') {
            Some(rest) => (false, rest),
            None => (true, value),
        };
        let numbers = |s: &str| {
            s.split('.')
                .map(|n| n.parse().ok())
                .collect::<Option<Vec<usize>>>()
        };
        let answer = match value.split_at_checked(1)? {
            ("c", rest) => Answer::Choices(numbers(rest)?),
            ("b", "1") => Answer::Bool(true),
            ("b", "0") => Answer::Bool(false),
            ("o", rest) => Answer::Order(numbers(rest)?),
            ("p", rest) if !rest.is_empty() => Answer::Place(rest.to_string()),
            _ => return None,
        };
        if !fits(quiz.questions[pos], &answer) {
            return None;
        }
        // Before version 2 every answer was a first answer.
        if first.is_none() {
            attempt.first[pos] = Some(super::is_correct(quiz.questions[pos], &answer));
        }
        attempt.answers[pos] = Some(Checked { answer, scored });
    }
    Some(attempt)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{QuestionKind, QUIZZES};

    fn answered_attempt(quiz: &Quiz) -> Attempt {
        let mut attempt = Attempt::new(quiz, 123_456);
        for (i, q) in quiz.questions.iter().enumerate() {
            let answer = match &q.kind {
                QuestionKind::Single(_) => Answer::Choices(vec![1]),
                QuestionKind::Multiple(_) => Answer::Choices(vec![0, 2]),
                QuestionKind::TrueFalse(_) => Answer::Bool(false),
                QuestionKind::Order(items) => Answer::Order((0..items.len()).rev().collect()),
                QuestionKind::Map(..) => Answer::Place("gao".into()),
            };
            attempt.first[i] = Some(i % 2 == 0);
            attempt.answers[i] = Some(Checked {
                answer,
                scored: i % 3 != 0,
            });
        }
        attempt.answers[0] = None;
        attempt
    }

    #[test]
    fn round_trip() {
        for quiz in QUIZZES {
            let attempt = answered_attempt(quiz);
            assert_eq!(decode(quiz, &encode(quiz, &attempt)), Some(attempt.clone()));
            let empty = Attempt::new(quiz, 0);
            assert_eq!(decode(quiz, &encode(quiz, &empty)), Some(empty));
            let retry = attempt.retry_missed(quiz, 5);
            assert!(retry.only.is_some());
            assert_eq!(decode(quiz, &encode(quiz, &retry)), Some(retry));
        }
    }

    #[test]
    fn progress_saved_before_fair_scores_still_reads() {
        let quiz = &QUIZZES[0];
        let q = quiz
            .questions
            .iter()
            .find(|q| matches!(q.kind, QuestionKind::TrueFalse(_)))
            .unwrap();
        let attempt = decode(quiz, &format!("1;77;{}=b1", q.id)).unwrap();
        assert_eq!(attempt.seed, 77);
        assert_eq!(attempt.answered(), 1);
        assert!(attempt.answers.iter().flatten().all(|c| c.scored));
        assert_eq!(
            attempt.score().answered,
            1,
            "old answers count as first answers"
        );
        assert_eq!(attempt.only, None);
    }

    #[test]
    fn corrupt_or_old_data_is_dropped() {
        let quiz = &QUIZZES[0];
        let q = quiz.questions[0].id;
        for bad in [
            "",
            "garbage",
            "0;1;",
            "2;1;",
            "2;1;;;",
            &format!("2;1;;{q}=2;*"),
            "3;1;;;*",
            "1;x;",
            "1;1",
            "1;1;;extra",
            "{\"json\":true}",
            &format!("1;1;{q}"),
            &format!("1;1;{q}=z1"),
            &format!("1;1;{q}=c99"),
            &format!("1;1;{q}=c"),
            &format!("1;1;{q}=b2"),
            &format!("1;1;{q}=o0.0"),
        ] {
            assert_eq!(decode(quiz, bad), None, "{bad:?}");
        }
    }

    #[test]
    fn answers_to_removed_questions_are_ignored() {
        let quiz = &QUIZZES[0];
        let attempt = decode(quiz, "2;9;no-such-question=c0;no-such-question=1;*").unwrap();
        assert_eq!(attempt.answered(), 0);
        assert_eq!(attempt.seed, 9);
    }
}
