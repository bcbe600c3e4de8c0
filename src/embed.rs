//! Life inside a course page: embed mode (`?embed=1`), and the messages a framed explainer sends its
//! host — its height, so the iframe can fit it, where it is (for links that survive embedding), and
//! finished quiz scores. See docs/embedding.md.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::url_state;

/// What every message carries, so a host can tell the explainer's messages from others.
pub const SOURCE: &str = "sahel-explainer";

/// Whether the page was opened in embed mode (see `url_state::embed_requested`).
pub fn is_embed_mode() -> bool {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return false;
    };
    url_state::embed_requested(
        &location.search().unwrap_or_default(),
        &location.hash().unwrap_or_default(),
    )
}

/// The window that frames this one, if any.
fn host() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

fn post(message: &[(&str, JsValue)]) {
    let Some(host) = host() else { return };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"source".into(), &SOURCE.into());
    for (key, value) in message {
        let _ = js_sys::Reflect::set(&data, &(*key).into(), value);
    }
    // "*": the data is only a height or a score, and the explainer cannot know its host's origin;
    // embed.js on the host checks that the message really comes from its own iframe.
    let _ = host.post_message(&data, "*");
}

/// When framed, reports the content's height now and whenever it changes.
pub fn report_height() {
    if host().is_none() {
        return;
    }
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return;
    };
    let last = std::cell::Cell::new(0.0f64);
    let send = move || {
        let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        else {
            return;
        };
        let height = body.get_bounding_client_rect().height().ceil();
        if height != last.get() {
            last.set(height);
            post(&[("type", "resize".into()), ("height", height.into())]);
        }
    };
    send();
    let callback = Closure::<dyn FnMut()>::new(send);
    // Old browsers without ResizeObserver simply keep the host's default height.
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    callback.forget();
}

/// When framed, tells the host a quiz was finished, for a course page to record.
pub fn report_score(quiz: &str, score: usize, max: usize) {
    post(&[
        ("type", "score".into()),
        ("quiz", quiz.into()),
        ("score", (score as f64).into()),
        ("max", (max as f64).into()),
    ]);
}

/// When framed, tells the host what the explainer shows (its address fragment, canonical, without
/// `#`), so that a host page that asks for it can keep the same place in its own address.
pub fn report_place(fragment: &str) {
    post(&[("type", "place".into()), ("fragment", fragment.into())]);
}

/// This page's address without embed mode, showing `fragment` (canonical, without `#`): for
/// "open the full explainer" and the share dialog's link.
pub fn full_url(fragment: &str) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let search = url_state::query_without_embed(&location.search().unwrap_or_default());
    let hash = if fragment.is_empty() {
        String::new()
    } else {
        format!("#{fragment}")
    };
    format!(
        "{}{}{search}{hash}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// Whether the page was opened from a file on disk, where its addresses mean nothing elsewhere.
pub fn is_file_page() -> bool {
    web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "file:")
}

/// The address of the current state in embed mode, for the share dialog's iframe snippet.
pub fn embed_url(fragment: &str) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let hash = if fragment.is_empty() {
        String::new()
    } else {
        format!("#{fragment}")
    };
    format!(
        "{}{}?embed=1{hash}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// Where embed.js lives: beside index.html, wherever the explainer is hosted.
pub fn embed_script_url() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let path = location.pathname().unwrap_or_default();
    let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    format!("{}{dir}embed.js", location.origin().unwrap_or_default())
}
