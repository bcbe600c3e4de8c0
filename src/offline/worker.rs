//! The split-off part that talks to the service worker: registers it, follows its installs, and
//! hands over to a new version when the reader asks. Its state lives as long as the page, apart
//! from the views that show it (a language switch redraws those).

use std::cell::{Cell, OnceCell, RefCell};

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// The worker's address, beside index.html: its scope is the folder the explainer is served from.
const WORKER: &str = "sw.js";
/// What the page tells a waiting worker when the reader asks for the new version.
const TAKE_OVER: &str = "skip-waiting";

/// Whether this copy of the explainer is kept on the reader's device.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Saved {
    /// The browser does not allow it here.
    Refused,
    /// Data saver is on: the download waits for the reader's word.
    Ask,
    Saving,
    Saved,
    /// The download broke off; the reader may try again.
    Failed,
}

/// What the footer and the update notice show.
#[derive(Clone)]
pub struct State {
    pub saved: ArcRwSignal<Saved>,
    /// A newer build has been stored and waits for the reader to reload.
    pub update: ArcRwSignal<bool>,
}

thread_local! {
    static STATE: OnceCell<State> = const { OnceCell::new() };
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    /// Set when the reader asked for the new version: only then does a change of worker reload.
    static RELOADING: Cell<bool> = const { Cell::new(false) };
}

pub fn state() -> State {
    STATE.with(|s| {
        s.get_or_init(|| State {
            saved: ArcRwSignal::new(Saved::Saving),
            update: ArcRwSignal::new(false),
        })
        .clone()
    })
}

fn set_saved(saved: Saved) {
    state().saved.set(saved);
}

/// Starts keeping the explainer offline, or checks for a newer build if it already is.
pub fn start() {
    let Some(container) = container() else {
        set_saved(Saved::Refused);
        return;
    };
    if container.controller().is_some() {
        // A worker answers this page, so its install finished: every file is stored. Register
        // anyway: that looks for a newer build.
        set_saved(Saved::Saved);
        register(container);
    } else if save_data() {
        set_saved(Saved::Ask);
    } else {
        register(container);
    }
}

/// Saves now: the reader's answer to "data saver is on", or another try after a failure.
pub fn save() {
    if let Some(container) = container() {
        register(container);
    }
}

/// Puts the waiting new version in charge; the page reloads when it has taken over.
pub fn reload() {
    RELOADING.set(true);
    let waiting = REGISTRATION.with_borrow(|r| r.as_ref().and_then(|r| r.waiting()));
    match waiting {
        Some(worker) => {
            let _ = worker.post_message(&TAKE_OVER.into());
        }
        None => reload_page(),
    }
}

fn register(container: ServiceWorkerContainer) {
    let saved = state().saved;
    if saved.get_untracked() != Saved::Saved {
        saved.set(Saved::Saving);
    }
    leptos::task::spawn_local(async move {
        // A browser may refuse (a SecurityError), or answer with no registration at all (some
        // automation and privacy settings block workers that way); only a download that broke
        // off is worth another try.
        let registration = match JsFuture::from(container.register(WORKER)).await {
            Ok(r) => match r.dyn_into::<ServiceWorkerRegistration>() {
                Ok(r) => r,
                Err(_) => return set_saved(Saved::Refused),
            },
            Err(e) => {
                let refused = e
                    .dyn_ref::<js_sys::Error>()
                    .is_some_and(|e| e.name() == "SecurityError");
                return set_saved(if refused {
                    Saved::Refused
                } else {
                    Saved::Failed
                });
            }
        };
        watch(&container, &registration);
        REGISTRATION.set(Some(registration));
    });
}

/// Follows the registration's workers for as long as the page is open.
fn watch(container: &ServiceWorkerContainer, registration: &ServiceWorkerRegistration) {
    let controlled = container.controller().is_some();
    if registration.waiting().is_some() && controlled {
        state().update.set(true);
    }
    if registration.active().is_some() && registration.installing().is_none() && !controlled {
        // A reload that bypassed the worker (Shift+reload): the stored copy is complete.
        set_saved(Saved::Saved);
    }
    if let Some(worker) = registration.installing() {
        follow(worker);
    }
    // These listeners live as long as the page, and are set once per page load: they are leaked
    // on purpose rather than kept somewhere.
    let reg = registration.clone();
    let found = Closure::<dyn Fn()>::new(move || {
        if let Some(worker) = reg.installing() {
            follow(worker);
        }
    });
    registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
    found.forget();
    let changed = Closure::<dyn Fn()>::new(|| {
        if RELOADING.get() {
            reload_page();
        }
    });
    container.set_oncontrollerchange(Some(changed.as_ref().unchecked_ref()));
    changed.forget();
    // A tab can stay open for days on a phone: look for a newer build when it comes back.
    let reg = registration.clone();
    let visible = Closure::<dyn Fn()>::new(move || {
        if document().visibility_state() == web_sys::VisibilityState::Visible {
            if let Ok(check) = reg.update() {
                settle(check);
            }
        }
    });
    let _ = document()
        .add_event_listener_with_callback("visibilitychange", visible.as_ref().unchecked_ref());
    visible.forget();
}

/// Follows one worker through its install: the first one saves the explainer, a later one is a
/// new version.
fn follow(worker: ServiceWorker) {
    let w = worker.clone();
    let step = Closure::<dyn Fn()>::new(move || {
        let state = state();
        match w.state() {
            ServiceWorkerState::Installed if has_controller() => state.update.set(true),
            ServiceWorkerState::Activated => state.saved.set(Saved::Saved),
            ServiceWorkerState::Redundant if state.saved.get_untracked() != Saved::Saved => {
                state.saved.set(Saved::Failed)
            }
            _ => {}
        }
    });
    worker.set_onstatechange(Some(step.as_ref().unchecked_ref()));
    step.forget();
}

/// The browser's service workers, if it has them here: the property is missing in some browsers
/// and contexts, and reading it throws in others (sandboxed frames).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    let value = js_sys::Reflect::get(&navigator, &"serviceWorker".into()).ok()?;
    value
        .is_object()
        .then(|| value.unchecked_into::<ServiceWorkerContainer>())
}

fn has_controller() -> bool {
    container().is_some_and(|c| c.controller().is_some())
}

/// Whether the reader asked the browser to save data (`navigator.connection.saveData`).
fn save_data() -> bool {
    let navigator = window().navigator();
    js_sys::Reflect::get(&navigator, &"connection".into())
        .ok()
        .filter(JsValue::is_object)
        .and_then(|c| js_sys::Reflect::get(&c, &"saveData".into()).ok())
        .is_some_and(|v| v.is_truthy())
}

/// Waits for a promise whose outcome does not matter (a check for updates with no connection
/// fails, and must not show up as an error).
fn settle(promise: js_sys::Promise) {
    leptos::task::spawn_local(async move {
        let _ = JsFuture::from(promise).await;
    });
}

fn reload_page() {
    let _ = window().location().reload();
}
