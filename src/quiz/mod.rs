//! The quiz engine, free of the web: answers, scoring, shuffling and saved progress. Tested natively.

mod progress;
mod shuffle;

pub use progress::{decode, load, reset, save};
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
        (QuestionKind::Map(target, accept), Answer::Place(id)) => map_accepts(target, accept, id),
        _ => false,
    }
}

/// Whether picking `id` on the map answers a question about `target`: the place itself, or one the
/// question accepts as the same (Sévaré's marker overlaps Mopti's; a capital stands for its country).
pub fn map_accepts(target: &str, accept: &[&str], id: &str) -> bool {
    target == id || accept.contains(&id)
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
        (QuestionKind::Map(..), Answer::Place(_)) => true,
        _ => false,
    }
}

/// A checked answer, and whether it counts towards the score. Checking a question shows its right
/// answer, so only the first answer to a question counts: answering it again (a retry) is practice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub answer: Answer,
    pub scored: bool,
}

/// A run through a quiz, and what the reader has already shown they know. Checked answers are
/// locked until a retry; a retry asks again, but the score keeps the first answer to each
/// question, so a score sent to a course page means what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    /// Seeds the option order, so it stays put across reloads and changes on retry.
    pub seed: u32,
    /// Per question, in quiz order: the answer checked in this round, if any.
    pub answers: Vec<Option<Checked>>,
    /// Per question: whether the first answer ever checked was right; what the score counts.
    pub first: Vec<Option<bool>>,
    /// A retry of only the missed questions: their indices, in quiz order. `None`: every question.
    pub only: Option<Vec<usize>>,
}

/// What the score says: first answers that were right, questions answered, questions in all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    pub right: usize,
    pub answered: usize,
    pub total: usize,
}

impl Attempt {
    pub fn new(quiz: &Quiz, seed: u32) -> Attempt {
        let n = quiz.questions.len();
        Attempt {
            seed,
            answers: vec![None; n],
            first: vec![None; n],
            only: None,
        }
    }

    /// The questions this round asks, in quiz order.
    pub fn in_play(&self) -> Vec<usize> {
        match &self.only {
            Some(list) => list.clone(),
            None => (0..self.answers.len()).collect(),
        }
    }

    /// Where question `index` stands in this round (from 0), if it is asked.
    pub fn position(&self, index: usize) -> Option<usize> {
        match &self.only {
            Some(list) => list.iter().position(|&i| i == index),
            None => (index < self.answers.len()).then_some(index),
        }
    }

    /// The question asked after (or before) `index` in this round.
    pub fn step(&self, index: usize, forward: bool) -> Option<usize> {
        let at = self.position(index)?;
        let to = if forward { at + 1 } else { at.checked_sub(1)? };
        self.in_play().get(to).copied()
    }

    /// The first question of this round not answered yet.
    pub fn first_open(&self) -> Option<usize> {
        self.in_play()
            .into_iter()
            .find(|&i| self.answers.get(i).is_some_and(Option::is_none))
    }

    /// Questions answered in this round.
    pub fn answered(&self) -> usize {
        self.answers.iter().flatten().count()
    }

    /// Whether this round's answer to question `index` is right; `None` if unanswered.
    pub fn result(&self, quiz: &Quiz, index: usize) -> Option<bool> {
        let checked = self.answers.get(index)?.as_ref()?;
        Some(is_correct(quiz.questions[index], &checked.answer))
    }

    /// Per question: `None` if unanswered in this round, else whether the answer is right.
    pub fn results<'a>(
        &'a self,
        quiz: &'a Quiz,
    ) -> impl Iterator<Item = (usize, Option<bool>)> + 'a {
        (0..self.answers.len()).map(move |i| (i, self.result(quiz, i)))
    }

    /// The score: first answers only.
    pub fn score(&self) -> Score {
        Score {
            right: self.first.iter().filter(|&&f| f == Some(true)).count(),
            answered: self.first.iter().flatten().count(),
            total: self.first.len(),
        }
    }

    /// Whether every question this round asks is answered.
    pub fn is_complete(&self) -> bool {
        self.in_play()
            .into_iter()
            .all(|i| self.answers.get(i).is_some_and(Option::is_some))
    }

    /// Whether some answer of this round is wrong, so that a retry of those makes sense.
    pub fn has_missed(&self, quiz: &Quiz) -> bool {
        self.results(quiz).any(|(_, ok)| ok == Some(false))
    }

    /// Whether some answer of this round was given after the question's right answer was shown.
    pub fn has_practice(&self) -> bool {
        self.answers.iter().flatten().any(|c| !c.scored)
    }

    /// Locks in the answer to question `index`; the first answer to a question is the one that
    /// counts. An answer to a question already answered in this round, or not asked, is ignored.
    pub fn check(&mut self, quiz: &Quiz, index: usize, answer: Answer) {
        if self.position(index).is_none() || self.answers.get(index) != Some(&None) {
            return;
        }
        let scored = self.first[index].is_none();
        if scored {
            self.first[index] = Some(is_correct(quiz.questions[index], &answer));
        }
        self.answers[index] = Some(Checked { answer, scored });
    }

    /// Keeps the right answers and asks again only the missed ones, with a fresh option order.
    pub fn retry_missed(&self, quiz: &Quiz, seed: u32) -> Attempt {
        let missed: Vec<usize> = self
            .results(quiz)
            .filter(|&(_, ok)| ok == Some(false))
            .map(|(i, _)| i)
            .collect();
        let answers = (0..self.answers.len())
            .map(|i| {
                if missed.contains(&i) {
                    None
                } else {
                    self.answers[i].clone()
                }
            })
            .collect();
        Attempt {
            seed,
            answers,
            first: self.first.clone(),
            only: Some(missed),
        }
    }

    /// Every question again; the score keeps the first answers.
    pub fn retry_all(&self, quiz: &Quiz, seed: u32) -> Attempt {
        Attempt {
            first: self.first.clone(),
            ..Attempt::new(quiz, seed)
        }
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
    fn a_map_question_accepts_the_places_it_counts_as_the_same() {
        let q = find(|k| matches!(k, QuestionKind::Map(_, accept) if !accept.is_empty()));
        let QuestionKind::Map(target, accept) = q.kind else {
            unreachable!()
        };
        assert!(is_correct(q, &Answer::Place(target.to_string())));
        for id in accept {
            assert!(
                is_correct(q, &Answer::Place(id.to_string())),
                "{id} counts for {target}"
            );
        }
        assert!(!is_correct(q, &Answer::Place("nowhere".into())));
    }

    #[test]
    fn sevare_counts_for_sector_centre() {
        // Their markers overlap, and the base was known as Mopti-Sévaré: a click on either is right.
        let q = QUIZZES
            .iter()
            .flat_map(|z| z.questions.iter().copied())
            .find(|q| q.id == "map-sector-centre")
            .expect("the question on Sector Centre exists");
        assert!(is_correct(q, &Answer::Place("mopti".into())));
        assert!(is_correct(q, &Answer::Place("sevare".into())));
        assert!(!is_correct(q, &Answer::Place("gao".into())));
    }

    /// An answer to question `i` of `quiz`: right on even questions, wrong on odd ones.
    fn alternate(quiz: &Quiz, i: usize) -> Answer {
        match &quiz.questions[i].kind {
            QuestionKind::Single(o) | QuestionKind::Multiple(o) => {
                let right: Vec<usize> = (0..o.len()).filter(|&j| o[j].correct).collect();
                let wrong: Vec<usize> = (0..o.len()).filter(|&j| !o[j].correct).take(1).collect();
                Answer::Choices(if i.is_multiple_of(2) { right } else { wrong })
            }
            QuestionKind::TrueFalse(t) => Answer::Bool(if i.is_multiple_of(2) { *t } else { !*t }),
            QuestionKind::Order(items) => {
                let mut order = chronological(items);
                if i % 2 == 1 {
                    order.reverse();
                }
                Answer::Order(order)
            }
            QuestionKind::Map(t, _) => Answer::Place(if i.is_multiple_of(2) {
                t.to_string()
            } else {
                "nowhere".into()
            }),
        }
    }

    fn right_answer(q: &Question) -> Answer {
        match &q.kind {
            QuestionKind::Single(o) | QuestionKind::Multiple(o) => {
                Answer::Choices((0..o.len()).filter(|&j| o[j].correct).collect())
            }
            QuestionKind::TrueFalse(t) => Answer::Bool(*t),
            QuestionKind::Order(items) => Answer::Order(chronological(items)),
            QuestionKind::Map(t, _) => Answer::Place(t.to_string()),
        }
    }

    #[test]
    fn attempt_scores_and_retries_only_the_missed() {
        let quiz = &QUIZZES[0];
        let mut attempt = Attempt::new(quiz, 7);
        let n = quiz.questions.len();
        for i in 0..n {
            attempt.check(quiz, i, alternate(quiz, i));
        }
        assert!(attempt.is_complete());
        let score = attempt.score();
        assert_eq!(
            (score.right, score.answered, score.total),
            (n.div_ceil(2), n, n)
        );
        let retry = attempt.retry_missed(quiz, 8);
        assert_eq!(retry.answered(), n.div_ceil(2));
        let missed: Vec<usize> = (1..n).step_by(2).collect();
        assert_eq!(
            retry.in_play(),
            missed,
            "a retry asks only the missed questions"
        );
        assert_eq!(retry.first_open(), Some(1));
        assert_eq!(retry.step(1, true), Some(3));
        assert_eq!(retry.step(1, false), None);
        assert_eq!(retry.position(3), Some(1), "the second missed question");
        assert!(!retry.is_complete());
        // A retry shuffles the options afresh.
        assert!(retry.in_play().iter().any(|&i| {
            let q = quiz.questions[i];
            display_order(q, retry.seed) != display_order(q, attempt.seed)
        }));
    }

    #[test]
    fn only_first_answers_count() {
        let quiz = &QUIZZES[0];
        let mut attempt = Attempt::new(quiz, 1);
        for i in 0..quiz.questions.len() {
            attempt.check(quiz, i, alternate(quiz, i));
        }
        let before = attempt.score();
        // Retried after seeing the right answers: checked, shown right, but practice.
        for mut next in [attempt.retry_missed(quiz, 2), attempt.retry_all(quiz, 3)] {
            for i in next.in_play() {
                next.check(quiz, i, right_answer(quiz.questions[i]));
            }
            assert!(next.is_complete());
            assert!(!next.has_missed(quiz));
            assert!(next.has_practice());
            assert_eq!(next.score(), before, "the score keeps the first answers");
            assert!(next
                .answers
                .iter()
                .flatten()
                .all(|c| !c.scored || next.only.is_some()));
        }
    }

    #[test]
    fn an_answer_is_locked_once_checked() {
        let quiz = &QUIZZES[0];
        let mut attempt = Attempt::new(quiz, 1);
        attempt.check(quiz, 0, alternate(quiz, 1));
        attempt.check(quiz, 0, alternate(quiz, 0));
        assert_eq!(
            attempt.answers[0].as_ref().unwrap().answer,
            alternate(quiz, 1)
        );
        attempt.check(quiz, 999, alternate(quiz, 0));
        assert_eq!(attempt.answered(), 1);
        assert_eq!(attempt.score().answered, 1);
    }
}
