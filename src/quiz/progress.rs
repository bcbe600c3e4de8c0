//! Saved progress, one storage entry per quiz. The format is small and versioned:
//!
//! ```text
//! 1;<seed>;<question-id>=<answer>,<question-id>=<answer>…
//! answers: c0.2 (chosen options)  b1 / b0 (true / false)  o2.0.1 (order)  p<place-id> (map)
//! ```
//!
//! Anything that does not parse, or no longer fits the quiz (content changed), is dropped: the
//! reader starts afresh rather than meeting an error.

use super::{fits, Answer, Attempt};
use crate::content::Quiz;
use crate::storage;

const VERSION: &str = "1";

fn key(quiz: &Quiz) -> String {
    format!("sahel-explainer.quiz.{}", quiz.id)
}

pub fn save(quiz: &Quiz, attempt: &Attempt) {
    storage::set(&key(quiz), &encode(quiz, attempt));
}

pub fn load(quiz: &Quiz) -> Option<Attempt> {
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

pub(super) fn encode(quiz: &Quiz, attempt: &Attempt) -> String {
    let answers: Vec<String> = quiz
        .questions
        .iter()
        .zip(&attempt.answers)
        .filter_map(|(q, a)| {
            let a = match a.as_ref()? {
                Answer::Choices(c) => format!("c{}", indices(c)),
                Answer::Bool(b) => format!("b{}", u8::from(*b)),
                Answer::Order(o) => format!("o{}", indices(o)),
                Answer::Place(p) => format!("p{p}"),
            };
            Some(format!("{}={a}", q.id))
        })
        .collect();
    format!("{VERSION};{};{}", attempt.seed, answers.join(","))
}

pub(super) fn decode(quiz: &Quiz, text: &str) -> Option<Attempt> {
    let mut parts = text.split(';');
    if parts.next()? != VERSION {
        return None;
    }
    let seed = parts.next()?.parse().ok()?;
    let list = parts.next()?;
    if parts.next().is_some() {
        return None;
    }
    let mut attempt = Attempt::new(quiz, seed);
    for entry in list.split(',').filter(|e| !e.is_empty()) {
        let (id, value) = entry.split_once('=')?;
        let Some(pos) = quiz.questions.iter().position(|q| q.id == id) else {
            continue;
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
        attempt.answers[pos] = Some(answer);
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
            attempt.answers[i] = Some(match &q.kind {
                QuestionKind::Single(_) => Answer::Choices(vec![1]),
                QuestionKind::Multiple(_) => Answer::Choices(vec![0, 2]),
                QuestionKind::TrueFalse(_) => Answer::Bool(false),
                QuestionKind::Order(items) => Answer::Order((0..items.len()).rev().collect()),
                QuestionKind::Map(_) => Answer::Place("gao".into()),
            });
        }
        attempt.answers[0] = None;
        attempt
    }

    #[test]
    fn round_trip() {
        for quiz in QUIZZES {
            let attempt = answered_attempt(quiz);
            assert_eq!(decode(quiz, &encode(quiz, &attempt)), Some(attempt));
            let empty = Attempt::new(quiz, 0);
            assert_eq!(decode(quiz, &encode(quiz, &empty)), Some(empty));
        }
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
        let attempt = decode(quiz, "1;9;no-such-question=c0").unwrap();
        assert_eq!(attempt.answered(), 0);
        assert_eq!(attempt.seed, 9);
    }
}
