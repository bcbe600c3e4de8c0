//! The end of a round: the score, the sections worth re-reading, a link back to each question, and
//! the solutions once asked for. A static list of links: markup (see [`crate::markup`]), redrawn
//! when the attempt or the solutions change.

use leptos::prelude::*;

use super::question_card::solution_text;
use super::session::QuizSession;
use crate::content::Quiz;
use crate::i18n::{Lang, Localize};
use crate::markup::Markup;
use crate::quiz::Attempt;
use crate::ui::reference_links::section_items;
use crate::url_state::{UrlContext, UrlState};

#[component]
pub fn QuizResults(lang: Lang, session: QuizSession) -> impl IntoView {
    let here = UrlContext::get().state.get_untracked();
    let html = move || {
        let solutions = session.solutions.get();
        session
            .attempt
            .with(|a| results_markup(session.quiz, lang, a, &here, solutions))
    };
    view! { <div class="quiz-results" inner_html=html></div> }
}

/// The results of `attempt`; `here` is the quiz's address, which each question's link extends.
pub(super) fn results_markup(
    quiz: &Quiz,
    lang: Lang,
    attempt: &Attempt,
    here: &UrlState,
    solutions: bool,
) -> String {
    let strings = lang.strings();
    let s = strings.quiz();
    let score = attempt.score();
    let mut revisit: Vec<&str> = Vec::new();
    for (i, ok) in attempt.results(quiz) {
        let section = quiz.questions[i].section;
        if ok != Some(true) && !revisit.contains(&section) {
            revisit.push(section);
        }
    }
    let mut m = Markup::new();
    m.element(
        "h2",
        &[("id", "question-heading"), ("tabindex", "-1")],
        s.results_heading(),
    )
    .element(
        "p",
        &[("class", "results-score")],
        &s.score_line(score.right, score.answered, score.total),
    );
    if attempt.has_practice() {
        m.element("p", &[("class", "practice-note")], s.practice_explained());
    }
    // Which kinds of thinking the missed questions asked for, from recall to judgement.
    let kinds: Vec<(crate::content::Level, usize)> = crate::content::Level::ALL
        .into_iter()
        .map(|level| {
            let missed = attempt
                .results(quiz)
                .filter(|&(i, ok)| ok == Some(false) && quiz.questions[i].level == level)
                .count();
            (level, missed)
        })
        .filter(|&(_, n)| n > 0)
        .collect();
    if !kinds.is_empty() {
        m.element("h3", &[], s.missed_kinds())
            .open("ul", &[("class", "missed-kinds")]);
        for (level, n) in kinds {
            m.element("li", &[], &format!("{} ({n})", s.level_tasks(level)));
        }
        m.close("ul");
    }
    if revisit.is_empty() {
        m.element("p", &[], s.all_right());
    } else {
        m.element("h3", &[], s.revisit()).open("ul", &[]);
        section_items(&mut m, lang, revisit);
        m.close("ul");
    }
    m.open("ol", &[("class", "results-list")]);
    for (i, ok) in attempt.results(quiz) {
        let q = quiz.questions[i];
        let href = UrlState {
            question: Some(i + 1),
            ..here.clone()
        }
        .href();
        let (mark, word) = match ok {
            Some(true) => ("✓ ", s.correct()),
            Some(false) => ("✗ ", s.incorrect()),
            None => ("– ", s.not_started()),
        };
        let practice = attempt.answers[i].as_ref().is_some_and(|c| !c.scored);
        m.open("li", &[])
            .element("span", &[("class", "mark"), ("aria-hidden", "true")], mark)
            .element("a", &[("href", &href)], q.prompt.get(lang))
            .text(" (")
            .text(word);
        if practice {
            m.text(s.practice_tag());
        }
        m.text(")");
        if solutions {
            m.open("p", &[("class", "solution-note")])
                .text(s.right_answer())
                .text(strings.colon())
                .text(&solution_text(q, lang))
                .close("p");
        }
        m.close("li");
    }
    m.close("ol");
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::QUIZZES;
    use crate::quiz::Answer;
    use crate::url_state::View;

    #[test]
    fn results_list_every_question_and_what_to_reread() {
        let quiz = &QUIZZES[0];
        let mut attempt = Attempt::new(quiz, 1);
        // Only the first question answered, and wrongly.
        attempt.check(quiz, 0, Answer::Place("nowhere".into()));
        let here = UrlState {
            view: View::Quiz,
            quiz: Some(quiz.id),
            ..Default::default()
        };
        let html = results_markup(quiz, Lang::En, &attempt, &here, false);
        assert!(html.contains("Score: 0 right out of 1 answered."), "{html}");
        assert!(html.contains("<h3>Worth re-reading</h3><ul><li><a href=\"#section="));
        assert_eq!(
            html.matches("<li><span class=\"mark\"").count(),
            quiz.questions.len()
        );
        assert!(html.contains(&format!("href=\"#quiz={}&amp;q=1\"", quiz.id)));
        assert!(html.contains("✗ </span>"));
        let level = Lang::En
            .strings()
            .quiz()
            .level_tasks(quiz.questions[0].level);
        assert!(
            html.contains(&format!(
                "<ul class=\"missed-kinds\"><li>{level} (1)</li></ul>"
            )),
            "{html}"
        );
        assert_eq!(
            html.matches("(Not started)").count(),
            quiz.questions.len() - 1
        );
        assert!(!html.contains("solution-note"));
        let with = results_markup(quiz, Lang::En, &attempt, &here, true);
        assert_eq!(
            with.matches("class=\"solution-note\"").count(),
            quiz.questions.len()
        );
    }

    #[test]
    fn a_score_never_reads_zero_of_zero() {
        let quiz = &QUIZZES[0];
        let here = UrlState::default();
        let html = results_markup(quiz, Lang::En, &Attempt::new(quiz, 1), &here, false);
        assert!(html.contains("No answers yet."));
        assert!(!html.contains("0 of 0") && !html.contains("out of 0"));
    }
}
