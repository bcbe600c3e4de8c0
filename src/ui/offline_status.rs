//! What the reader sees of offline use (src/offline): in the footer, whether the explainer is
//! saved on this device; above the view, that a newer version is ready. The lines are drawn by
//! the offline part once it is here; the page holds their places.

use leptos::prelude::*;

use crate::i18n::{Lang, Localize};
use crate::offline::worker::{self, Saved};
use crate::offline::{Line, Offline};
use crate::ui::notice::Notice;

/// The place of one line. The update notice is a polite live region that exists before its text
/// does, so that a screen reader announces it; the footer's line is news to nobody in the middle
/// of reading, so it is not one.
#[component]
pub fn OfflineLine(lang: Lang, line: Line) -> impl IntoView {
    // Not in the start view, written at build time, nor in a copy that is not kept offline.
    let offline = use_context::<Offline>()?;
    let (class, role) = match line {
        Line::Footer => ("offline-note", None),
        Line::Update => ("update-notice", Some("status")),
    };
    Some(view! { <div class=class role=role>{move || offline.draw(lang, line)}</div> })
}

/// A button's label and what it does.
type Button = Option<(&'static str, fn())>;

/// A line's words and button, in the offline part.
pub fn draw(lang: Lang, line: Line) -> AnyView {
    let s = &lang.strings().offline;
    let state = worker::state();
    (move || {
        let (text, action): (_, Button) = match line {
            Line::Update if !state.update.get() => return None,
            Line::Update => (s.update, Some((s.reload, worker::reload))),
            Line::Footer => match state.saved.get() {
                Saved::Refused => (s.refused, None),
                Saved::Saving => (s.saving, None),
                Saved::Saved => (s.saved, None),
                Saved::Ask => (s.ask, Some((s.save, worker::save))),
                Saved::Failed => (s.failed, Some((lang.strings().try_again, worker::save))),
            },
        };
        let label = action.map(|(label, _)| label);
        let retry = action.map(|(_, act)| Callback::new(move |()| act()));
        Some(view! { <Notice lang=lang text=text retry=retry label=label /> })
    })
    .into_any()
}
