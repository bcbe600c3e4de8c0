//! A quiz on paper: every question with its options and room to answer, no buttons. Shown only
//! when printing (a static list: markup, see [`crate::markup`]).

use crate::content::{self, QuestionKind, Quiz};
use crate::i18n::{Lang, Localize};
use crate::markup::Markup;
use crate::quiz::display_order;

pub fn worksheet_markup(quiz: &Quiz, lang: Lang, seed: u32) -> String {
    let s = lang.strings().quiz();
    let mut m = Markup::new();
    m.open("ol", &[("class", "worksheet-questions")]);
    for q in quiz.questions {
        m.open("li", &[])
            .element("p", &[("class", "prompt")], q.prompt.get(lang));
        match q.kind {
            QuestionKind::Single(options) | QuestionKind::Multiple(options) => {
                m.open("ul", &[("class", "worksheet-options")]);
                for i in display_order(q, seed) {
                    m.element("li", &[], &format!("☐ {}", options[i].text.get(lang)));
                }
                m.close("ul");
            }
            QuestionKind::TrueFalse(_) => {
                m.element(
                    "p",
                    &[],
                    &format!("☐ {}   ☐ {}", s.true_label(), s.false_label()),
                );
            }
            QuestionKind::Order(items) => {
                m.element("p", &[("class", "hint")], s.worksheet_order());
                m.open("ul", &[("class", "worksheet-options")]);
                for i in display_order(q, seed) {
                    m.element("li", &[], &format!("___ {}", items[i].text.get(lang)));
                }
                m.close("ul");
            }
            QuestionKind::Map(target, _) => {
                let what = match content::map_item(target) {
                    Some(content::MapItem::Country(_)) => s.map_counts_country(),
                    _ => s.map_counts_place(),
                };
                m.element("p", &[("class", "hint")], what).element(
                    "p",
                    &[("class", "worksheet-line")],
                    "",
                );
            }
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

    #[test]
    fn every_question_is_on_the_worksheet_with_its_options() {
        let quiz = &QUIZZES[0];
        let html = worksheet_markup(quiz, Lang::En, 3);
        assert_eq!(
            html.matches("<p class=\"prompt\">").count(),
            quiz.questions.len()
        );
        assert!(html.contains("☐ "));
        assert!(!html.contains("<button"), "nothing to press on paper");
    }
}
