//! The quiz engine, free of the web: answers, scoring, shuffling and saved progress. Tested natively.

mod progress;
mod shuffle;

pub use progress::{load, reset, save};
pub use shuffle::{display_order, new_seed};

use crate::content::{Question, QuestionKind, Quiz};

/// What a reader answered. Indices refer to the question's data order, never to screen order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// The chosen options (one for single choice).
    Choices(Vec<usize>),
    Bool(bool),
    /// Item indices in the order the reader put them.
    Order(Vec<usize>),
    /// The id of the place or country picked on the map.
    Place(String),
}

pub fn is_correct(question: &Question, answer: &Answer) -> bool {
    match (&question.kind, answer) {
        (
            QuestionKind::Single(options) | QuestionKind::Multiple(options),
            Answer::Choices(chosen),
        ) => {
            // Every chosen option right, and every right one chosen (no sort: see `chronological`).
            chosen
                .iter()
                .all(|&i| options.get(i).is_some_and(|o| o.correct))
                && (0..options.len()).all(|i| !options[i].correct || chosen.contains(&i))
        }
        (QuestionKind::TrueFalse(truth), Answer::Bool(b)) => truth == b,
        (QuestionKind::Order(items), Answer::Order(order)) => {
            order.len() == items.len() && is_chronological(items, order)
        }
        (QuestionKind::Map(target), Answer::Place(id)) => target == id,
        _ => false,
    }
}

/// Item indices from earliest to latest: the answer to an ordering question. Dates are distinct
/// (the build checks). An insertion sort of a handful of items: the standard library's sorts
/// would add kilobytes to the quiz part of the wasm.
pub fn chronological(items: &[crate::content::OrderItem]) -> Vec<usize> {
    let mut order: Vec<usize> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let at = order
            .iter()
            .position(|&j| items[j].date > item.date)
            .unwrap_or(order.len());
        order.insert(at, i);
    }
    order
}

fn is_chronological(items: &[crate::content::OrderItem], order: &[usize]) -> bool {
    order.iter().all(|&i| i < items.len())
        && order
            .windows(2)
            .all(|w| items[w[0]].date < items[w[1]].date)
}

/// Whether `answer` has the shape `question` expects, with indices in range (saved data may not).
pub fn fits(question: &Question, answer: &Answer) -> bool {
    match (&question.kind, answer) {
        (QuestionKind::Single(o), Answer::Choices(c)) => c.len() == 1 && c[0] < o.len(),
        (QuestionKind::Multiple(o), Answer::Choices(c)) => {
            !c.is_empty() && c.iter().all(|&i| i < o.len())
        }
        (QuestionKind::TrueFalse(_), Answer::Bool(_)) => true,
        (QuestionKind::Order(items), Answer::Order(order)) => {
            // A permutation of the items: as many, and each one there.
            order.len() == items.len() && (0..items.len()).all(|i| order.contains(&i))
        }
        (QuestionKind::Map(_), Answer::Place(_)) => true,
        _ => false,
    }
}

/// One run through a quiz: checked answers are locked until a retry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    /// Seeds the option order, so it stays put across reloads and changes on retry.
    pub seed: u32,
    /// Per question, in quiz order: the checked answer, if any.
    pub answers: Vec<Option<Answer>>,
}

impl Attempt {
    pub fn new(quiz: &Quiz, seed: u32) -> Attempt {
        Attempt {
            seed,
            answers: vec![None; quiz.questions.len()],
        }
    }

    pub fn answered(&self) -> usize {
        self.answers.iter().flatten().count()
    }

    pub fn score(&self, quiz: &Quiz) -> usize {
        self.results(quiz)
            .filter(|&(_, ok)| ok == Some(true))
            .count()
    }

    /// Per question: `None` if unanswered, else whether the answer was right.
    pub fn results<'a>(
        &'a self,
        quiz: &'a Quiz,
    ) -> impl Iterator<Item = (usize, Option<bool>)> + 'a {
        quiz.questions
            .iter()
            .zip(&self.answers)
            .enumerate()
            .map(|(i, (q, a))| (i, a.as_ref().map(|a| is_correct(q, a))))
    }

    pub fn is_complete(&self) -> bool {
        self.answers.iter().all(Option::is_some)
    }

    /// Keeps the right answers and clears the wrong ones, with a fresh option order.
    pub fn retry_missed(&self, quiz: &Quiz, seed: u32) -> Attempt {
        let answers = self
            .results(quiz)
            .map(|(i, ok)| {
                if ok == Some(true) {
                    self.answers[i].clone()
                } else {
                    None
                }
            })
            .collect();
        Attempt { seed, answers }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::QUIZZES;

    fn find(kind: fn(&QuestionKind) -> bool) -> &'static Question {
        QUIZZES
            .iter()
            .flat_map(|q| q.questions.iter().copied())
            .find(|q| kind(&q.kind))
            .expect("such a question exists")
    }

    #[test]
    fn single_choice_scores_only_the_correct_option() {
        let q = find(|k| matches!(k, QuestionKind::Single(_)));
        let QuestionKind::Single(options) = &q.kind else {
            unreachable!()
        };
        let right = options.iter().position(|o| o.correct).unwrap();
        assert!(is_correct(q, &Answer::Choices(vec![right])));
        assert!(!is_correct(
            q,
            &Answer::Choices(vec![(right + 1) % options.len()])
        ));
        assert!(
            !is_correct(q, &Answer::Bool(true)),
            "a mismatched answer is wrong, not a panic"
        );
    }

    #[test]
    fn multiple_choice_needs_exactly_the_correct_set() {
        let q = find(|k| matches!(k, QuestionKind::Multiple(_)));
        let QuestionKind::Multiple(options) = &q.kind else {
            unreachable!()
        };
        let right: Vec<usize> = (0..options.len()).filter(|&i| options[i].correct).collect();
        let mut reversed = right.clone();
        reversed.reverse();
        assert!(is_correct(q, &Answer::Choices(reversed)));
        let all: Vec<usize> = (0..options.len()).collect();
        assert_ne!(all, right, "the bank has a distractor here");
        assert!(!is_correct(q, &Answer::Choices(all)));
        assert!(
            !is_correct(q, &Answer::Choices(right[..right.len() - 1].to_vec())) || right.len() == 1
        );
    }

    #[test]
    fn order_questions_want_chronological_order() {
        let q = find(|k| matches!(k, QuestionKind::Order(_)));
        let QuestionKind::Order(items) = &q.kind else {
            unreachable!()
        };
        let mut order = chronological(items);
        assert!(is_correct(q, &Answer::Order(order.clone())));
        order.swap(0, 1);
        assert!(!is_correct(q, &Answer::Order(order)));
        assert!(!is_correct(q, &Answer::Order(vec![0])));
        assert!(!fits(q, &Answer::Order(vec![0, 0, 1, 2])));
    }

    #[test]
    fn true_false() {
        let q = find(|k| matches!(k, QuestionKind::TrueFalse(_)));
        let QuestionKind::TrueFalse(truth) = q.kind else {
            unreachable!()
        };
        assert!(is_correct(q, &Answer::Bool(truth)));
        assert!(!is_correct(q, &Answer::Bool(!truth)));
    }

    #[test]
    fn attempt_scores_and_retries_only_the_missed() {
        let quiz = &QUIZZES[0];
        let mut attempt = Attempt::new(quiz, 7);
        for (i, q) in quiz.questions.iter().enumerate() {
            // Right on even questions, wrong on odd ones.
            attempt.answers[i] = Some(match &q.kind {
                QuestionKind::Single(o) | QuestionKind::Multiple(o) => {
                    let right: Vec<usize> = (0..o.len()).filter(|&j| o[j].correct).collect();
                    let wrong: Vec<usize> =
                        (0..o.len()).filter(|&j| !o[j].correct).take(1).collect();
                    Answer::Choices(if i % 2 == 0 { right } else { wrong })
                }
                QuestionKind::TrueFalse(t) => Answer::Bool(if i % 2 == 0 { *t } else { !*t }),
                QuestionKind::Order(items) => {
                    let mut order = chronological(items);
                    if i % 2 == 1 {
                        order.reverse();
                    }
                    Answer::Order(order)
                }
                QuestionKind::Map(t) => Answer::Place(if i % 2 == 0 {
                    t.to_string()
                } else {
                    "nowhere".into()
                }),
            });
        }
        let n = quiz.questions.len();
        assert!(attempt.is_complete());
        assert_eq!(attempt.score(quiz), n.div_ceil(2));
        let retry = attempt.retry_missed(quiz, 8);
        assert_eq!(retry.answered(), n.div_ceil(2));
        assert_eq!(retry.score(quiz), n.div_ceil(2));
        assert!(retry.answers.iter().skip(1).step_by(2).all(Option::is_none));
        assert_ne!(retry.seed, attempt.seed);
    }
}
