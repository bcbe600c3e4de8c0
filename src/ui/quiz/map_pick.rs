use leptos::prelude::*;

use super::session::QuizSession;
use crate::content::{self, text::Part, QuestionKind};
use crate::i18n::{Lang, Localize};
use crate::quiz::{map_accepts, Answer};
use crate::ui::lazy_view::MapPicker;
use crate::ui::words;

/// "Find it on the map": the map, where choosing a country or place picks the answer, and the
/// choice in words. The map's code and words come only with the first map question a reader meets.
#[component]
pub fn MapPick(
    lang: Lang,
    session: QuizSession,
    index: usize,
    locked: Signal<bool>,
) -> impl IntoView {
    let strings = lang.strings();
    let s = strings.quiz();
    let q = session.quiz.questions[index];
    let QuestionKind::Map(target, accept) = q.kind else {
        return ().into_any();
    };
    let picked = Memo::new(move |_| match session.shown(index) {
        Answer::Place(id) => content::map_item(&id).map(|item| item.id()),
        _ => None,
    });
    // Names come with the map's words, which may still be on their way: shown once they are here.
    let name = move |id: Option<&'static str>| {
        words::ready(lang, Part::MAP)
            .then(|| id.and_then(content::map_item).map(|item| item.name(lang)))
            .flatten()
            .unwrap_or_default()
    };
    let pick = Callback::new(move |id: &'static str| {
        if locked.get_untracked() {
            return;
        }
        session.set_draft(index, Answer::Place(id.to_string()));
        if let Some(item) = content::map_item(id) {
            session
                .announce
                .set(strings.map().selected(item.name(lang)));
        }
    });
    let wrong = move || {
        locked.get()
            && !picked
                .get()
                .is_some_and(|id| map_accepts(target, accept, id))
    };
    // What counts as right, said from the answer: a country anywhere, or a place's marker (and
    // markers the question counts as the same place).
    let counts = match content::map_item(target) {
        Some(content::MapItem::Country(_)) => s.map_counts_country().to_string(),
        _ if accept.is_empty() => s.map_counts_place().to_string(),
        _ => format!("{} {}", s.map_counts_place(), s.map_counts_also()),
    };
    // The map does not write the names of the places asked about: it would give the answer away.
    let unlabelled: Vec<&'static str> = std::iter::once(target)
        .chain(accept.iter().copied())
        .collect();
    view! {
        <p class="hint map-counts">{counts}</p>
        <MapPicker
            lang=lang
            selected=Signal::derive(move || picked.get())
            on_pick=pick
            unlabelled=unlabelled
        />
        <p class="map-choice">
            {s.your_choice()}" "<strong>{move || name(picked.get())}</strong>
        </p>
        {move || (wrong()).then(|| view! {
            <p class="choice-feedback solution">
                <span class="mark" aria-hidden="true">"★ "</span>
                <strong>{s.right_answer()}{strings.colon()}</strong>
                {move || name(Some(target))}
            </p>
        })}
    }
    .into_any()
}
