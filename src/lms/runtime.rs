//! The course platform's SCORM 1.2 API (`window.API`, provided by the platform in a window around
//! the package's), found the standard way and called through JavaScript. A split-off part: only a
//! package's launch fetches it (see the module above).
//!
//! The platform is outside the explainer: a missing API, a call that throws or answers "false", or
//! data this app did not write must never break the page. Without an API the explainer keeps its
//! progress in the browser, as anywhere else.

use std::cell::Cell;

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::{
    begin, decode_suspend, encode_suspend, launch, mastery, percent, session_time, with_session,
    Session, Status,
};
use crate::quiz;

/// How many windows up the chain to look for the API: the ADL's own search stops at 7 (platforms
/// nest the package in a few frames of their own; beyond that it is not a platform's).
const MAX_DEPTH: usize = 7;

thread_local! {
    static API: std::cell::RefCell<Option<JsValue>> = const { std::cell::RefCell::new(None) };
    /// When the session began (ms), for `cmi.core.session_time`.
    static STARTED: Cell<f64> = const { Cell::new(0.0) };
    static FINISHED: Cell<bool> = const { Cell::new(false) };
}

/// The `API` object of `window`, or of one of the windows around it. A window of another site
/// throws on access: it is passed by, as the search goes on.
fn api_in_chain(mut window: web_sys::Window) -> Option<JsValue> {
    for _ in 0..=MAX_DEPTH {
        if let Ok(api) = Reflect::get(&window, &"API".into()) {
            if api.is_object() {
                return Some(api);
            }
        }
        let parent = window.parent().ok().flatten()?;
        if Object::is(&parent, &window) {
            return None;
        }
        window = parent;
    }
    None
}

/// The API: up the chain of parent frames, then in the window that opened this one (platforms
/// that launch a package in a new window) and its parents.
fn find_api() -> Option<JsValue> {
    let window = web_sys::window()?;
    api_in_chain(window.clone()).or_else(|| {
        let opener = window.opener().ok()?;
        if opener.is_null() || opener.is_undefined() {
            return None;
        }
        api_in_chain(opener.unchecked_into())
    })
}

/// Calls `name` on the API with string arguments; its answer as a string ("" on any failure).
fn call(name: &str, args: &[&str]) -> String {
    API.with_borrow(|api| {
        let api = api.as_ref()?;
        let f = Reflect::get(api, &name.into())
            .ok()?
            .dyn_into::<Function>()
            .ok()?;
        let args: js_sys::Array = args.iter().map(|a| JsValue::from_str(a)).collect();
        let answer = f.apply(api, &args).ok()?;
        Some(match answer.as_bool() {
            Some(b) => b.to_string(),
            None => answer.as_string().unwrap_or_default(),
        })
    })
    .unwrap_or_default()
}

fn get(element: &str) -> String {
    call("LMSGetValue", &[element])
}

fn set(element: &str, value: &str) {
    call("LMSSetValue", &[element, value]);
}

/// Finds the platform and starts its session; without one, leaves the explainer as it is.
pub fn start() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(launch) = launch(&window.location().search().unwrap_or_default()) else {
        return;
    };
    let Some(api) = find_api() else { return };
    API.set(Some(api));
    if call("LMSInitialize", &[""]) != "true" {
        API.set(None);
        return;
    }
    STARTED.set(js_sys::Date::now());
    let mastery = mastery(&get("cmi.student_data.mastery_score")).unwrap_or(launch.mastery);
    let (progress, discarded) = match decode_suspend(&get("cmi.suspend_data")) {
        Ok(progress) => (progress, false),
        Err(_) => (Vec::new(), true),
    };
    begin(Session {
        launch: super::Launch { mastery, ..launch },
        progress,
        discarded,
        report,
    });
    // The graded quiz's progress is checked now, not when it is opened: its score is reported
    // from the start, and progress that no longer fits it must not reach the gradebook.
    let graded = launch.graded;
    if let Some(text) = super::progress(graded.id) {
        if quiz::decode(graded, &text).is_none() {
            super::discard(graded.id);
        }
    }
    report();
    // Leaving (closing the window, another page of the platform) ends the session; pagehide is
    // the last event a page reliably gets, on phones too.
    let finish = Closure::<dyn FnMut()>::new(finish);
    let _ = window.add_event_listener_with_callback("pagehide", finish.as_ref().unchecked_ref());
    finish.forget();
}

/// Sends the progress, the graded quiz's score and status, and the time so far; commits them.
fn report() {
    if FINISHED.get() {
        return;
    }
    let Some((suspend, score, mastery)) = with_session(|s| {
        let graded = s.launch.graded;
        let score = super::progress(graded.id)
            .and_then(|text| quiz::decode(graded, &text))
            .map(|a| a.score());
        (
            encode_suspend(graded.id, &s.progress),
            score,
            s.launch.mastery,
        )
    }) else {
        return;
    };
    set("cmi.suspend_data", &suspend);
    let status = score.map_or(Status::Incomplete, |s| Status::of(s, mastery));
    // A score only once there is one: a gradebook would read 0 before any answer as a mark.
    if let Some(score) = score.filter(|s| s.answered > 0) {
        set("cmi.core.score.min", "0");
        set("cmi.core.score.max", "100");
        set("cmi.core.score.raw", &percent(score).to_string());
    }
    set("cmi.core.lesson_status", status.as_str());
    // Unfinished, the platform keeps the session to resume; finished, the attempt is over.
    let exit = if status == Status::Incomplete {
        "suspend"
    } else {
        ""
    };
    set("cmi.core.exit", exit);
    set(
        "cmi.core.session_time",
        &session_time(js_sys::Date::now() - STARTED.get()),
    );
    call("LMSCommit", &[""]);
}

fn finish() {
    if FINISHED.get() {
        return;
    }
    report();
    FINISHED.set(true);
    call("LMSFinish", &[""]);
}
