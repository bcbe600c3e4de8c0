//! The content's words as the views see them. A part of the text may still be downloading when a
//! view that shows some of its words is drawn (a map question names places from the map's part);
//! asking [`ready`] inside a reactive closure redraws it when the part arrives.

use std::cell::RefCell;

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use leptos::prelude::*;

use crate::content::text::{self, LoadError, Part};
use crate::i18n::Lang;

type Loading = Shared<LocalBoxFuture<'static, Result<(), LoadError>>>;

thread_local! {
    /// Notified whenever a part of some language arrives.
    static ARRIVED: ArcTrigger = ArcTrigger::new();
    /// The downloads under way, so that several views asking for one part fetch it once.
    static LOADING: RefCell<Vec<((Lang, Part), Loading)>> = const { RefCell::new(Vec::new()) };
}

/// Whether `lang`'s `part` is here; tracked, so the caller runs again when it arrives.
pub fn ready(lang: Lang, part: Part) -> bool {
    ARRIVED.with(|t| t.track());
    text::is_loaded(lang, part)
}

/// Makes `lang`'s `part` available, telling every view waiting for it. A part already on its way
/// is not fetched again: every caller waits for the one download.
pub async fn load(lang: Lang, part: Part) -> Result<(), LoadError> {
    if text::is_loaded(lang, part) {
        return Ok(());
    }
    let key = (lang, part);
    let existing =
        LOADING.with_borrow(|l| l.iter().find(|(k, _)| *k == key).map(|(_, f)| f.clone()));
    let loading = existing.unwrap_or_else(|| {
        let fresh = async move {
            let result = text::load(lang, part).await;
            LOADING.with_borrow_mut(|l| l.retain(|(k, _)| *k != key));
            if result.is_ok() {
                ARRIVED.with(|t| t.notify());
            }
            result
        }
        .boxed_local()
        .shared();
        LOADING.with_borrow_mut(|l| l.push((key, fresh.clone())));
        fresh
    });
    loading.await
}

/// Starts loading `lang`'s `part` if it is not here; a failure is reported to the console and the
/// views keep showing what they can without it.
pub fn fetch(lang: Lang, part: Part) {
    if text::is_loaded(lang, part) {
        return;
    }
    if part == Part::SECTIONS {
        // The sections' bodies end with their charts, drawn with the Figures view's styles.
        leptos::task::spawn_local(crate::ui::view_styles::ensure(&[
            crate::ui::view_styles::Style::Figures,
        ]));
    }
    leptos::task::spawn_local(async move {
        if let Err(e) = load(lang, part).await {
            web_sys::console::error_1(&e.0.into());
        }
    });
}
