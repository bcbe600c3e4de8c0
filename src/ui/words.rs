//! The content's words as the views see them. A part of the text may still be downloading when a
//! view that shows some of its words is drawn (a map question names places from the map's part);
//! asking [`ready`] inside a reactive closure redraws it when the part arrives.

use leptos::prelude::*;

use crate::content::text::{self, LoadError, Part};
use crate::i18n::Lang;

thread_local! {
    /// Notified whenever a part of some language arrives.
    static ARRIVED: ArcTrigger = ArcTrigger::new();
}

/// Whether `lang`'s `part` is here; tracked, so the caller runs again when it arrives.
pub fn ready(lang: Lang, part: Part) -> bool {
    ARRIVED.with(|t| t.track());
    text::is_loaded(lang, part)
}

/// Makes `lang`'s `part` available, telling every view waiting for it.
pub async fn load(lang: Lang, part: Part) -> Result<(), LoadError> {
    let was = text::is_loaded(lang, part);
    let result = text::load(lang, part).await;
    if result.is_ok() && !was {
        ARRIVED.with(|t| t.notify());
    }
    result
}

/// Starts loading `lang`'s `part` if it is not here; a failure is reported to the console and the
/// views keep showing what they can without it.
pub fn fetch(lang: Lang, part: Part) {
    if text::is_loaded(lang, part) {
        return;
    }
    leptos::task::spawn_local(async move {
        if let Err(e) = load(lang, part).await {
            web_sys::console::error_1(&e.0.into());
        }
    });
}
