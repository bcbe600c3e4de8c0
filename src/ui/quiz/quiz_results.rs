//! The end of a quiz: the score, the sections worth re-reading, and a link back to each question.

use crate::content::Quiz;
use crate::i18n::Lang;
use crate::markup::Markup;
use crate::quiz::Attempt;
use crate::ui::reference_links::section_items;
use crate::url_state::UrlState;

/// The results of `attempt`; `here` is the quiz's address, which each question's link extends.
pub(super) fn results_markup(
    quiz: &Quiz,
    lang: Lang,
    attempt: &Attempt,
    here: &UrlState,
) -> String {
    let s = &lang.strings().quiz;
    let results: Vec<(usize, Option<bool>)> = attempt.results(quiz).collect();
    let score = results.iter().filter(|r| r.1 == Some(true)).count();
    let mut revisit: Vec<&str> = Vec::new();
    for &(i, ok) in &results {
        let section = quiz.questions[i].section;
        if ok != Some(true) && !revisit.contains(&section) {
            revisit.push(section);
        }
    }
    let mut m = Markup::new();
    m.element(
        "h2",
        &[("id", "question-heading"), ("tabindex", "-1")],
        s.results_heading,
    )
    .element(
        "p",
        &[("class", "results-score")],
        &(s.results_score)(score, quiz.questions.len()),
    );
    if revisit.is_empty() {
        m.element("p", &[], s.all_right);
    } else {
        m.element("h3", &[], s.revisit).open("ul", &[]);
        section_items(&mut m, lang, revisit);
        m.close("ul");
    }
    m.open("ol", &[("class", "results-list")]);
    for (i, ok) in results {
        let href = UrlState {
            question: Some(i + 1),
            ..here.clone()
        }
        .href();
        let (mark, word) = match ok {
            Some(true) => ("✓ ", s.correct),
            Some(false) => ("✗ ", s.incorrect),
            None => ("– ", s.not_started),
        };
        m.open("li", &[])
            .element("span", &[("class", "mark"), ("aria-hidden", "true")], mark)
            .element("a", &[("href", &href)], quiz.questions[i].prompt.get(lang))
            .text(" (")
            .text(word)
            .text(")")
            .close("li");
    }
    m.close("ol");
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::QUIZZES;
    use crate::url_state::View;

    #[test]
    fn results_list_every_question_and_what_to_reread() {
        let quiz = &QUIZZES[0];
        let mut attempt = Attempt::new(quiz, 1);
        // Only the first question answered, and wrongly.
        attempt.answers[0] = Some(crate::quiz::Answer::Place("nowhere".into()));
        let here = UrlState {
            view: View::Quiz,
            quiz: Some(quiz.id),
            ..Default::default()
        };
        let html = results_markup(quiz, Lang::En, &attempt, &here);
        assert!(html.contains(&format!("You got 0 of {} right.", quiz.questions.len())));
        assert!(html.contains("<h3>Worth re-reading</h3><ul><li><a href=\"#section="));
        assert_eq!(
            html.matches("<li><span class=\"mark\"").count(),
            quiz.questions.len()
        );
        assert!(html.contains(&format!("href=\"#quiz={}&amp;q=1\"", quiz.id)));
        assert!(html.contains("✗ </span>"));
        assert_eq!(
            html.matches("(Not started)").count(),
            quiz.questions.len() - 1
        );
    }
}
