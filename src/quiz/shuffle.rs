//! Option order: shuffled per attempt and per question, the same again for the same seed.

use crate::content::{Question, QuestionKind};

/// A small, well-mixed generator (SplitMix64): enough to shuffle answers, deterministic for tests.
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn hash(text: &str) -> u64 {
    // FNV-1a: stable across builds, unlike the standard library's hasher.
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// The order to show `n` things in for this question and seed: a permutation of `0..n`.
fn permutation(seed: u32, question_id: &str, n: usize) -> Vec<usize> {
    let mut state = u64::from(seed) ^ hash(question_id);
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = (splitmix(&mut state) % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    order
}

/// Screen order of a question's options, or of an order question's items. True/false keeps "true"
/// first, as readers expect; an order question never starts already solved.
pub fn display_order(question: &Question, seed: u32) -> Vec<usize> {
    match &question.kind {
        QuestionKind::Single(o) | QuestionKind::Multiple(o) => {
            permutation(seed, question.id, o.len())
        }
        QuestionKind::Order(items) => {
            let mut order = permutation(seed, question.id, items.len());
            if order
                .windows(2)
                .all(|w| items[w[0]].date < items[w[1]].date)
            {
                order.rotate_left(1);
            }
            order
        }
        QuestionKind::TrueFalse(_) | QuestionKind::Map(..) => Vec::new(),
    }
}

/// A fresh seed for a new attempt.
pub fn new_seed() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::QUIZZES;

    fn questions() -> impl Iterator<Item = &'static Question> {
        QUIZZES.iter().flat_map(|q| q.questions.iter().copied())
    }

    #[test]
    fn same_seed_same_order_and_always_a_permutation() {
        for q in questions() {
            for seed in [0, 1, 42, u32::MAX] {
                let a = display_order(q, seed);
                assert_eq!(a, display_order(q, seed));
                let mut sorted = a.clone();
                sorted.sort_unstable();
                assert_eq!(sorted, (0..a.len()).collect::<Vec<_>>());
            }
        }
    }

    #[test]
    fn the_correct_option_moves_around() {
        for q in questions() {
            let QuestionKind::Single(options) = &q.kind else {
                continue;
            };
            let right = options.iter().position(|o| o.correct).unwrap();
            let places: std::collections::HashSet<usize> = (0..50)
                .map(|seed| {
                    display_order(q, seed)
                        .iter()
                        .position(|&i| i == right)
                        .unwrap()
                })
                .collect();
            assert!(
                places.len() >= 2,
                "{}: correct option always at {places:?}",
                q.id
            );
        }
    }

    #[test]
    fn order_questions_never_start_solved() {
        for q in questions() {
            let QuestionKind::Order(items) = &q.kind else {
                continue;
            };
            for seed in 0..200 {
                let order = display_order(q, seed);
                assert!(
                    !order
                        .windows(2)
                        .all(|w| items[w[0]].date < items[w[1]].date),
                    "{} seed {seed}",
                    q.id
                );
            }
        }
    }
}
