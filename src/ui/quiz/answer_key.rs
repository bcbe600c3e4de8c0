use super::question_card::solution_text;
use crate::content::QUIZZES;
use crate::i18n::Lang;
use crate::markup::Markup;

/// The teacher view (`teacher=1`): every quiz's questions with their answers, printable.
pub(super) fn answer_key(m: &mut Markup, lang: Lang) {
    let s = &lang.strings().share;
    m.open(
        "section",
        &[
            ("class", "answer-key"),
            ("aria-labelledby", "answer-key-heading"),
        ],
    )
    .element("h2", &[("id", "answer-key-heading")], s.answer_key)
    .element("p", &[], s.answer_key_intro);
    for quiz in QUIZZES {
        m.element("h3", &[], quiz.title.get(lang)).open("ol", &[]);
        for q in quiz.questions {
            m.open("li", &[])
                .element("p", &[("class", "prompt")], q.prompt.get(lang))
                .open("p", &[])
                .element("strong", &[], &solution_text(q, lang))
                .close("p")
                .element("p", &[], q.explanation.get(lang))
                .close("li");
        }
        m.close("ol");
    }
    m.close("section");
}
