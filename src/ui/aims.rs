//! A section's learning objectives (at its top) and discussion questions (at its end), as markup in
//! the section's panel. Their words come with the sections' bodies (`text::Part::SECTIONS`).

use crate::content::{self, Text};
use crate::i18n::{Lang, Localize};
use crate::markup::Markup;

/// "By the end of this section you can:" and the objectives, under a heading screen readers can
/// jump to (not a landmark: eighteen regions of the same name would only crowd the landmarks list).
/// Nothing for a section without any.
pub fn objectives(m: &mut Markup, lang: Lang, section: &str) {
    if let Some(aims) = content::aims(section) {
        let heading = lang.strings().classroom().objectives();
        block(m, lang, ("objectives", heading), "ul", aims.objectives);
    }
}

/// The discussion questions, numbered so a class can refer to them.
pub fn discussion(m: &mut Markup, lang: Lang, section: &str) {
    if let Some(aims) = content::aims(section) {
        let heading = lang.strings().classroom().discussion();
        block(m, lang, ("discussion", heading), "ol", aims.questions);
    }
}

/// A box of the given class with its heading and its texts as a `tag` list.
fn block(
    m: &mut Markup,
    lang: Lang,
    (class, heading): (&str, &str),
    tag: &'static str,
    items: &[Text],
) {
    m.open("div", &[("class", class)])
        .element("h3", &[], heading);
    list(m, lang, tag, items);
    m.close("div");
}

/// Texts as the items of a `tag` list.
pub fn list(m: &mut Markup, lang: Lang, tag: &'static str, items: &[Text]) {
    m.open(tag, &[]);
    for item in items {
        m.element("li", &[], item.get(lang));
    }
    m.close(tag);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_opens_with_its_objectives_and_ends_with_questions_in_each_language() {
        for lang in Lang::ALL {
            for sec in content::sections(lang) {
                let aims = content::aims(sec.id).expect("every section has objectives");
                assert!((2..=3).contains(&aims.objectives.len()), "{}", sec.id);
                assert!((2..=4).contains(&aims.questions.len()), "{}", sec.id);
                let mut m = Markup::new();
                objectives(&mut m, lang, sec.id);
                discussion(&mut m, lang, sec.id);
                let html = m.finish();
                assert!(html.contains(lang.strings().classroom().objectives()));
                for text in aims.objectives.iter().chain(aims.questions) {
                    let words = text.get(lang);
                    assert!(!words.is_empty(), "{} in {lang:?}", sec.id);
                    assert!(
                        html.contains(&{
                            let mut m = Markup::new();
                            m.text(words);
                            m.finish()
                        }),
                        "{}: {words}",
                        sec.id
                    );
                }
            }
        }
        let causes = content::aims("causes").unwrap();
        assert!(causes.objectives[0].get(Lang::En).starts_with("identify "));
        assert!(causes.objectives[0]
            .get(Lang::Fr)
            .starts_with("identifier "));
    }
}
