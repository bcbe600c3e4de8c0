//! One question as a form: a fieldset of native inputs, "check", then feedback that stays until a
//! retry. Markup (see [`crate::markup`]), drawn by the pure functions here and driven by listeners
//! on its container (`QuizView`): a view tree per question type cost the quiz part of the wasm
//! several times more.

use crate::content::{self, Question, QuestionKind};
use crate::i18n::Lang;
use crate::markup::Markup;
use crate::quiz::{chronological, is_correct, Answer};
use crate::ui::reference_links::{date_text, section_ref, source_ref};

/// What a question shows besides itself: the answer (checked, or being made), whether it is
/// checked (and so locked), and whether the reader asked to see the solutions.
pub(super) struct Shown<'a> {
    pub answer: &'a Answer,
    pub locked: bool,
    pub solutions: bool,
}

/// A question as markup: its heading, the form with its options (or the place for the map) and
/// "check", and what [`after_markup`] adds below; the options and what is below are each in an
/// element of their own, to be redrawn in place. `order` is the shuffled order of the options.
pub(super) fn question_markup(
    q: &Question,
    lang: Lang,
    index: usize,
    total: usize,
    order: &[usize],
    shown: &Shown,
) -> String {
    let s = &lang.strings().quiz;
    let mut m = Markup::new();
    m.element(
        "h2",
        &[
            ("id", "question-heading"),
            ("tabindex", "-1"),
            ("class", "question-number"),
        ],
        &(s.question_of)(index + 1, total),
    )
    .open("form", &[("class", "question")]);
    let hint_id = format!("{}-hint", q.id);
    let hint = match q.kind {
        QuestionKind::Multiple(_) => Some(s.select_all),
        QuestionKind::Order(_) => Some(s.order_hint),
        _ => None,
    };
    match hint {
        Some(_) => m.open("fieldset", &[("aria-describedby", &hint_id)]),
        None => m.open("fieldset", &[]),
    };
    m.element("legend", &[("class", "prompt")], q.prompt.get(lang));
    if let Some(hint) = hint {
        m.element("p", &[("class", "hint"), ("id", &hint_id)], hint);
    }
    if let QuestionKind::Map(_) = q.kind {
        // The map goes into its place (map_question.rs); the choice is filled in as it is made.
        m.element("p", &[("class", "hint")], s.map_hint)
            .empty("div", &[("class", "map-slot"), ("id", MAP_SLOT)])
            .open("p", &[("class", "map-choice")])
            .text(lang.strings().map.your_choice)
            .text(" ")
            .element("strong", &[], &map_choice(shown.answer, lang))
            .close("p");
    } else {
        m.open("div", &[("class", "question-options")]);
        options(&mut m, q, lang, order, shown);
        m.close("div");
    }
    m.close("fieldset");
    let mut check = vec![("type", "submit"), ("class", "button primary")];
    if shown.locked {
        check.push(("hidden", ""));
    }
    m.element("button", &check, s.check)
        .close("form")
        .open("div", &[("class", "question-after")]);
    after(&mut m, q, lang, index, total, shown);
    m.close("div");
    m.finish()
}

/// The id of the place in a map question's form where the map goes.
pub const MAP_SLOT: &str = "question-map";

/// The name of the country or place a map question's answer picks, or nothing yet.
pub(super) fn map_choice(answer: &Answer, lang: Lang) -> String {
    match answer {
        Answer::Place(id) => content::map_item(id).map_or("", |item| item.name(lang)),
        _ => "",
    }
    .to_string()
}

/// [`options`] on their own, to redraw them in place.
pub(super) fn options_markup(q: &Question, lang: Lang, order: &[usize], shown: &Shown) -> String {
    let mut m = Markup::new();
    options(&mut m, q, lang, order, shown);
    m.finish()
}

/// The answer after option `i` is ticked (`on`) or unticked. Indices 1 and 0 of a true/false
/// question stand for "true" and "false".
pub(super) fn picked(q: &Question, before: &Answer, i: usize, on: bool) -> Answer {
    let mut list = match (before, &q.kind) {
        (Answer::Choices(c), QuestionKind::Multiple(_)) => c.clone(),
        _ => Vec::new(),
    };
    list.retain(|&x| x != i);
    if on {
        list.push(i);
    }
    match q.kind {
        QuestionKind::TrueFalse(_) if on => Answer::Bool(i == 1),
        _ => Answer::Choices(list),
    }
}

/// Moves the item at `pos` one place up or down; returns where it went, or `None` at an end.
pub(super) fn moved(order: &mut [usize], pos: usize, up: bool) -> Option<usize> {
    let to = if up { pos.checked_sub(1)? } else { pos + 1 };
    if to >= order.len() {
        return None;
    }
    order.swap(pos, to);
    Some(to)
}

/// The options: radios or checkboxes, or the items to put in order.
fn options(m: &mut Markup, q: &Question, lang: Lang, order: &[usize], shown: &Shown) {
    let s = &lang.strings().quiz;
    match q.kind {
        QuestionKind::Single(options) | QuestionKind::Multiple(options) => {
            let rows = order.iter().map(|&i| {
                let o = &options[i];
                (i, o.text.get(lang), Some(o.feedback.get(lang)), o.correct)
            });
            let multiple = matches!(q.kind, QuestionKind::Multiple(_));
            choices(m, q, lang, rows, multiple, shown);
        }
        QuestionKind::TrueFalse(truth) => {
            let rows = [
                (1, s.true_label, None, truth),
                (0, s.false_label, None, !truth),
            ];
            choices(m, q, lang, rows.into_iter(), false, shown);
        }
        QuestionKind::Order(items) => {
            let current = match shown.answer {
                Answer::Order(o) => o.as_slice(),
                _ => order,
            };
            order_items(m, q, lang, items, current, shown.locked);
        }
        QuestionKind::Map(_) => {}
    }
}

/// Radios or checkboxes, one per `(index, label, feedback, correct)`, with feedback beside the
/// chosen ones once checked and the right ones marked when solutions are shown.
fn choices<'a>(
    m: &mut Markup,
    q: &Question,
    lang: Lang,
    rows: impl Iterator<Item = (usize, &'a str, Option<&'a str>, bool)>,
    multiple: bool,
    shown: &Shown,
) {
    let s = &lang.strings().quiz;
    m.open("ul", &[("class", "choices")]);
    for (i, label, feedback, correct) in rows {
        let chosen = match shown.answer {
            Answer::Choices(c) => c.contains(&i),
            Answer::Bool(b) => usize::from(*b) == i,
            _ => false,
        };
        let id = format!("{}-{i}", q.id);
        let index = i.to_string();
        let mut input = vec![
            ("type", if multiple { "checkbox" } else { "radio" }),
            ("id", id.as_str()),
            ("name", q.id),
            ("data-choice", index.as_str()),
        ];
        if chosen {
            input.push(("checked", ""));
        }
        if shown.locked {
            input.push(("disabled", ""));
        }
        m.open("li", &[("class", "choice")])
            .open("input", &input)
            .element("label", &[("for", &id)], label);
        if shown.locked && chosen {
            let (class, mark, word) = if correct {
                ("choice-feedback right", "✓ ", s.your_choice_right)
            } else {
                ("choice-feedback wrong", "✗ ", s.your_choice_wrong)
            };
            m.open("p", &[("class", class)])
                .element("span", &[("class", "mark"), ("aria-hidden", "true")], mark)
                .element("strong", &[], word);
            if let Some(f) = feedback {
                m.text(" ").text(f);
            }
            m.close("p");
        }
        if correct && shown.solutions {
            m.open("p", &[("class", "choice-feedback solution")])
                .element("span", &[("class", "mark"), ("aria-hidden", "true")], "★ ")
                .text(s.right_answer)
                .close("p");
        }
        m.close("li");
    }
    m.close("ul");
}

/// Items to put in date order, in `current` order, moved by buttons so it works by keyboard and
/// touch alike; once checked, each says its date and whether it is in the right place.
fn order_items(
    m: &mut Markup,
    q: &Question,
    lang: Lang,
    items: &[content::OrderItem],
    current: &[usize],
    locked: bool,
) {
    let s = &lang.strings().quiz;
    let sorted = chronological(items);
    m.open("ol", &[("class", "order-list")]);
    for (pos, &i) in current.iter().enumerate() {
        let text = items[i].text.get(lang);
        m.open("li", &[("class", "order-item")])
            .element("span", &[("class", "order-text")], text);
        if locked {
            let (mark, word) = if sorted.get(pos) == Some(&i) {
                ("✓ ", s.right_position)
            } else {
                ("✗ ", s.wrong_position)
            };
            m.open("span", &[("class", "order-result")]);
            date_text(m, lang, items[i].date);
            m.text(" · ")
                .element("span", &[("class", "mark"), ("aria-hidden", "true")], mark)
                .text(word)
                .close("span");
        }
        m.open("span", &[("class", "order-buttons")]);
        let position = pos.to_string();
        for (up, dir, label, arrow, at_end) in [
            (true, "up", s.move_up, "↑", pos == 0),
            (false, "down", s.move_down, "↓", pos + 1 == current.len()),
        ] {
            let id = format!("{}-item-{i}-{dir}", q.id);
            let name = format!("{label}: {text}");
            let mut attrs = vec![
                ("type", "button"),
                ("class", "button small"),
                ("id", id.as_str()),
                ("aria-label", name.as_str()),
                ("data-move", position.as_str()),
            ];
            if up {
                attrs.push(("data-up", ""));
            }
            if locked || at_end {
                attrs.push(("disabled", ""));
            }
            m.element("button", &attrs, arrow);
        }
        m.close("span").close("li");
    }
    m.close("ol");
}

/// Below the form: the verdict, explanation and links once checked, the right answer when
/// solutions are shown, and the way to the previous and next questions.
fn after(m: &mut Markup, q: &Question, lang: Lang, index: usize, total: usize, shown: &Shown) {
    let strings = lang.strings();
    let s = &strings.quiz;
    if shown.locked {
        let ok = is_correct(q, shown.answer);
        let (class, mark, word) = if ok {
            ("mark right", "✓", s.correct)
        } else {
            ("mark wrong", "✗", s.incorrect)
        };
        m.open("div", &[("class", "feedback")])
            .open("p", &[("class", "verdict")])
            .element("span", &[("class", class), ("aria-hidden", "true")], mark)
            .text(word)
            .close("p")
            .open("p", &[])
            .open("strong", &[])
            .text(s.explanation)
            .text(strings.colon)
            .close("strong")
            .text(q.explanation.get(lang))
            .close("p")
            .open("p", &[("class", "ref-links")]);
        section_ref(m, lang, s.learn_more, q.section);
        source_ref(m, strings.source, q.source.get(lang));
        m.close("p").close("div");
    } else if shown.solutions {
        m.open("p", &[("class", "solution-note")])
            .text(s.right_answer)
            .text(strings.colon)
            .text(&solution_text(q, lang))
            .close("p");
    }
    m.open("div", &[("class", "toolbar question-nav")]);
    if index > 0 {
        m.element(
            "button",
            &[
                ("type", "button"),
                ("class", "button"),
                ("data-go", "previous"),
            ],
            s.previous,
        );
    }
    m.element(
        "button",
        &[
            ("type", "button"),
            ("class", "button"),
            ("id", "question-next"),
            ("data-go", "next"),
        ],
        if index + 1 == total {
            s.see_results
        } else {
            s.next
        },
    );
    m.close("div");
}

/// [`after`] on its own, to redraw it in place.
pub(super) fn after_markup(
    q: &Question,
    lang: Lang,
    index: usize,
    total: usize,
    shown: &Shown,
) -> String {
    let mut m = Markup::new();
    after(&mut m, q, lang, index, total, shown);
    m.finish()
}

/// The right answer in words: "show solutions" and the teacher's answer key.
pub(super) fn solution_text(q: &Question, lang: Lang) -> String {
    let s = &lang.strings().quiz;
    match q.kind {
        QuestionKind::Single(o) | QuestionKind::Multiple(o) => o
            .iter()
            .filter(|c| c.correct)
            .map(|c| c.text.get(lang))
            .collect::<Vec<_>>()
            .join(" · "),
        QuestionKind::TrueFalse(t) => (if t { s.true_label } else { s.false_label }).to_string(),
        QuestionKind::Order(items) => chronological(items)
            .into_iter()
            .map(|i| items[i].text.get(lang))
            .collect::<Vec<_>>()
            .join(" → "),
        QuestionKind::Map(id) => content::map_item(id)
            .map(|item| item.name(lang))
            .filter(|name| !name.is_empty())
            .unwrap_or(id)
            .to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::QUIZZES;
    use crate::quiz::display_order;

    fn find(pred: impl Fn(&Question) -> bool) -> &'static Question {
        QUIZZES
            .iter()
            .flat_map(|quiz| quiz.questions.iter().copied())
            .find(|q| pred(q))
            .expect("the bank has such a question")
    }

    fn draw(q: &Question, answer: &Answer, locked: bool, solutions: bool) -> String {
        let shown = Shown {
            answer,
            locked,
            solutions,
        };
        question_markup(q, Lang::En, 1, 10, &display_order(q, 7), &shown)
    }

    #[test]
    fn a_fresh_question_can_be_answered_and_checked() {
        let q = find(|q| matches!(q.kind, QuestionKind::Single(_)));
        let html = draw(q, &Answer::Choices(vec![]), false, false);
        assert!(html.starts_with("<h2 id=\"question-heading\" tabindex=\"-1\" class=\"question-number\">Question 2 of 10</h2>"));
        let mut legend = Markup::new();
        legend.element("legend", &[("class", "prompt")], q.prompt.get(Lang::En));
        assert!(html.contains(&legend.finish()));
        assert!(html.contains("type=\"radio\""));
        assert!(!html.contains("checked"), "nothing chosen yet");
        assert!(!html.contains("disabled"));
        assert!(
            html.contains("<button type=\"submit\" class=\"button primary\">Check answer</button>")
        );
        assert!(!html.contains("class=\"feedback\""));
        assert!(html.contains("data-go=\"previous\">Previous question</button>"));
        assert!(html.contains("id=\"question-next\" data-go=\"next\">Next question</button>"));
    }

    #[test]
    fn a_checked_answer_is_locked_with_feedback_on_the_choice() {
        let q = find(|q| matches!(q.kind, QuestionKind::Single(_)));
        let QuestionKind::Single(options) = q.kind else {
            unreachable!()
        };
        let wrong = options.iter().position(|o| !o.correct).unwrap();
        let html = draw(q, &Answer::Choices(vec![wrong]), true, false);
        assert_eq!(html.matches(" checked=\"\"").count(), 1);
        assert_eq!(
            html.matches(" disabled=\"\"").count(),
            options.len(),
            "every option is locked"
        );
        assert!(
            html.contains("<button type=\"submit\" class=\"button primary\" hidden=\"\">"),
            "no second check"
        );
        assert!(html.contains("<p class=\"choice-feedback wrong\"><span class=\"mark\" aria-hidden=\"true\">✗ </span><strong>Your choice, wrong:</strong>"));
        assert!(html.contains("<span class=\"mark wrong\" aria-hidden=\"true\">✗</span>Not quite."));
        assert!(html.contains(&format!("href=\"#section={}\"", q.section)));
    }

    #[test]
    fn solutions_mark_the_right_options_and_name_them_below() {
        let q = find(|q| matches!(q.kind, QuestionKind::Multiple(_)));
        let QuestionKind::Multiple(options) = q.kind else {
            unreachable!()
        };
        let right = options.iter().filter(|o| o.correct).count();
        let html = draw(q, &Answer::Choices(vec![]), false, true);
        assert_eq!(html.matches("choice-feedback solution").count(), right);
        assert!(html.contains("<p class=\"solution-note\">Right answer: "));
        assert!(html.contains("type=\"checkbox\""));
        assert!(html.contains(&format!("aria-describedby=\"{}-hint\"", q.id)));
    }

    #[test]
    fn order_items_can_move_except_past_the_ends() {
        let q = find(|q| matches!(q.kind, QuestionKind::Order(_)));
        let QuestionKind::Order(items) = q.kind else {
            unreachable!()
        };
        let order = display_order(q, 7);
        let html = draw(q, &Answer::Order(order.clone()), false, false);
        let first = format!("id=\"{}-item-{}-up\"", q.id, order[0]);
        let at = html.find(&first).unwrap();
        assert!(html[at..].split('>').next().unwrap().contains("disabled"));
        assert_eq!(html.matches("data-move=").count(), 2 * items.len());
        assert_eq!(html.matches("disabled").count(), 2, "only the two ends");
        let checked = draw(q, &Answer::Order(chronological(items)), true, false);
        assert_eq!(checked.matches("✓ </span>right place").count(), items.len());
        assert_eq!(checked.matches("<time datetime=").count(), items.len());
    }

    #[test]
    fn a_map_question_keeps_a_place_for_the_map_and_names_the_choice() {
        let q = find(|q| matches!(q.kind, QuestionKind::Map(_)));
        let QuestionKind::Map(target) = q.kind else {
            unreachable!()
        };
        let html = draw(q, &Answer::Place(target.to_string()), false, false);
        assert!(html.contains(&format!("<div class=\"map-slot\" id=\"{MAP_SLOT}\"></div>")));
        let name = content::map_item(target).unwrap().name(Lang::En);
        assert!(html.contains(&format!(
            "<p class=\"map-choice\">Your choice: <strong>{name}</strong></p>"
        )));
        assert!(
            !html.contains("question-options"),
            "no options to redraw over the map"
        );
        assert_eq!(map_choice(&Answer::Choices(vec![]), Lang::En), "");
    }

    #[test]
    fn picking_and_moving() {
        let multiple = find(|q| matches!(q.kind, QuestionKind::Multiple(_)));
        let two = picked(multiple, &Answer::Choices(vec![0]), 2, true);
        assert_eq!(two, Answer::Choices(vec![0, 2]));
        assert_eq!(picked(multiple, &two, 0, false), Answer::Choices(vec![2]));
        let single = find(|q| matches!(q.kind, QuestionKind::Single(_)));
        assert_eq!(
            picked(single, &Answer::Choices(vec![0]), 1, true),
            Answer::Choices(vec![1])
        );
        let truth = find(|q| matches!(q.kind, QuestionKind::TrueFalse(_)));
        assert_eq!(
            picked(truth, &Answer::Choices(vec![]), 1, true),
            Answer::Bool(true)
        );
        let mut order = vec![2, 0, 1];
        assert_eq!(moved(&mut order, 1, true), Some(0));
        assert_eq!(order, vec![0, 2, 1]);
        assert_eq!(moved(&mut order, 0, true), None);
        assert_eq!(moved(&mut order, 2, false), None);
        assert_eq!(order, vec![0, 2, 1]);
    }

    #[test]
    fn the_last_question_leads_to_the_results() {
        let q = find(|q| matches!(q.kind, QuestionKind::TrueFalse(_)));
        let shown = Shown {
            answer: &Answer::Bool(true),
            locked: true,
            solutions: false,
        };
        let html = after_markup(q, Lang::Fr, 9, 10, &shown);
        assert!(html.contains("data-go=\"next\">"));
        assert!(html.contains(Lang::Fr.strings().quiz.see_results));
        assert!(html.starts_with("<div class=\"feedback\">"));
    }
}
