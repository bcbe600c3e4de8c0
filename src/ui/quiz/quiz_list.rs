use leptos::prelude::*;

use super::answer_key::answer_key;
use crate::content::{text, QUIZZES};
use crate::i18n::Lang;
use crate::markup::Markup;
use crate::quiz;
use crate::ui::app::view_heading;
use crate::url_state::{UrlContext, UrlState, View};

/// Every quiz with its size and the reader's progress, read from this browser's storage, and the
/// answer key in the teacher view.
#[component]
pub fn QuizList(lang: Lang) -> impl IntoView {
    let s = &lang.strings().quiz;
    let url = UrlContext::get();
    // The answer key names the places that map questions ask for: the map's words.
    let map_words = RwSignal::new(text::is_loaded(lang, text::Part::Map));
    Effect::new(move |_| {
        if url.state.with(|st| st.teacher) && !map_words.get_untracked() {
            leptos::task::spawn_local(async move {
                // Without them the key still shows, naming those places by their ids.
                let _ = text::load(lang, text::Part::Map).await;
                map_words.set(true);
            });
        }
    });
    let list = move || {
        let (chosen_lang, teacher) = url.state.with(|st| (st.lang, st.teacher));
        let mut m = Markup::new();
        m.open("ul", &[("class", "quiz-list")]);
        for q in QUIZZES {
            let total = q.questions.len();
            let status = match quiz::load(q) {
                Some(a) if a.is_complete() => (s.finished)(a.score(q), total),
                Some(a) if a.answered() > 0 => (s.in_progress)(a.answered(), total),
                _ => s.not_started.to_string(),
            };
            let href = UrlState {
                view: View::Quiz,
                quiz: Some(q.id),
                lang: chosen_lang,
                ..Default::default()
            }
            .href();
            m.open("li", &[("class", "quiz-card")])
                .open("h2", &[])
                .element("a", &[("href", &href)], q.title.get(lang))
                .close("h2")
                .element("p", &[], q.description.get(lang))
                .element(
                    "p",
                    &[("class", "quiz-meta")],
                    &format!("{} · {status}", (s.questions)(total)),
                )
                .close("li");
        }
        m.close("ul");
        if teacher && map_words.get() {
            answer_key(&mut m, lang);
        }
        m.finish()
    };
    // The heading stays put (it may have focus); the list below it is redrawn.
    let root = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let html = list();
        if let Some(slot) = root.get().and_then(|r| r.last_element_child()) {
            slot.set_inner_html(&html);
        }
    });
    let mut head = Markup::new();
    view_heading(&mut head, s.list_heading);
    head.element("p", &[("class", "intro")], s.list_intro)
        .empty("div", &[]);
    view! { <div node_ref=root inner_html=head.finish()></div> }
}
