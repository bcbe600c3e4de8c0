//! Offline use: once the app has started and the page has settled, a service worker (sw.js,
//! written by scripts/webapp.mjs) stores every file of the build, so that a reader who opened the
//! explainer once can open any view later with no connection. A newer build, once published,
//! waits until the reader chooses to reload, so a page never mixes two builds.
//!
//! Nothing here may break the page: a browser without service workers, one that refuses them
//! (private modes, settings, frames), a copy that is offline by nature (the single file, which has
//! no manifest) or an embedded frame all leave the app exactly as it is without them.
//!
//! Everything that talks to the service worker, and what the page says about it, is a split-off
//! part ([`worker`], `ui::offline_status`) fetched once the page has settled: a reader's first
//! load carries only the place where its words will go.

pub mod worker;

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::Lang;

/// Where the page speaks of offline use.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// In the footer: whether the explainer is saved on this device.
    Footer,
    /// Above the view: a newer version is ready.
    Update,
}

/// Draws one of the lines in a language, once the part is here.
pub type Draw = fn(Lang, Line) -> AnyView;

#[wasm_split(offline_worker, wasm_split_path = ::leptos::wasm_split, fallible)]
fn worker_part() -> Result<Draw, SplitLoaderError> {
    worker::start();
    Ok(crate::ui::offline_status::draw)
}

/// The part, once here (for the page's lifetime: a language switch only redraws its lines).
#[derive(Clone, Copy)]
pub struct Offline(RwSignal<Option<Draw>>);

impl Offline {
    /// Unless this copy is not one to keep, provides the place for the part's lines and, once the
    /// page has settled, fetches the part. Only a hosted copy has a manifest
    /// (scripts/postbuild.mjs), and an embedded frame lives in a course page that would not be
    /// there offline anyway: those show no line at all.
    pub fn provide(embedded: bool) {
        let hosted = document()
            .query_selector("link[rel=manifest]")
            .ok()
            .flatten()
            .is_some();
        if hosted && !embedded {
            let part = RwSignal::new(None);
            provide_context(Offline(part));
            when_settled(move || {
                leptos::task::spawn_local(async move {
                    // Without the part (no connection), the app works as it would without a
                    // service worker; the next visit tries again.
                    if let Ok(draw) = worker_part().await {
                        part.set(Some(draw));
                    }
                });
            });
        }
    }

    /// Draws `line` in `lang`, once the part is here.
    pub fn draw(self, lang: Lang, line: Line) -> Option<AnyView> {
        self.0.get().map(|draw| draw(lang, line))
    }
}

/// Points the page at the manifest in `lang`, so an installed app carries the reader's language.
pub fn point_manifest(lang: Lang) {
    if let Ok(Some(link)) = document().query_selector("link[rel=manifest]") {
        let _ = link.set_attribute("href", &format!("./manifest-{}.webmanifest", lang.code()));
    }
}

/// Runs `then` once the page has loaded and the browser is idle, so that storing the build does
/// not compete with what the reader is waiting for.
fn when_settled(then: impl FnOnce() + 'static) {
    let after_load = move || {
        set_timeout(
            move || {
                let run = Closure::once_into_js(then);
                let asked = js_sys::Reflect::get(&window(), &"requestIdleCallback".into())
                    .ok()
                    .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
                    .is_some_and(|f| f.call1(&window(), &run).is_ok());
                if !asked {
                    let _ = run
                        .unchecked_ref::<js_sys::Function>()
                        .call0(&JsValue::NULL);
                }
            },
            std::time::Duration::from_secs(2),
        );
    };
    if document().ready_state() == "complete" {
        after_load();
    } else {
        let once = Closure::once_into_js(after_load);
        let _ = window().add_event_listener_with_callback("load", once.unchecked_ref());
    }
}
