//! The page frame: header, the current view, footer.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::content::{self, text, text::Part};
use crate::embed;
use crate::i18n::{preferred_lang, Lang, Localize};
use crate::offline::{self, Line, Offline};
use crate::ui::cite_dialog::{CiteContext, CiteHost};
use crate::ui::language_status::{LangSwitch, LanguageStatus};
use crate::ui::language_switch::LanguageSwitch;
use crate::ui::lazy_view::{Lazy, LazyView};
use crate::ui::offline_status::OfflineLine;
use crate::ui::site_header::view_label;
use crate::ui::words;
use crate::ui::{sections_view::SectionsView, site_footer::SiteFooter, site_header::SiteHeader};
use crate::url_state::{UrlContext, View};

/// The app's own owner: state that must outlive the views (a quiz's session, which survives a
/// language switch or a visit to another view) is created under it.
#[derive(Clone)]
pub struct Keep(pub Owner);

#[component]
pub fn App() -> impl IntoView {
    let url = UrlContext::provide();
    provide_context(Keep(Owner::current().unwrap_or_default()));
    CiteContext::provide();
    let embedded = embed::is_embed_mode();
    if embedded {
        if let Some(root) = document().document_element() {
            let _ = root.class_list().add_1("embedded");
        }
    }
    embed::report_height();
    if embedded {
        // A host page with embed.js's `data-sync-hash` mirrors this into its own address.
        Effect::new(move |_| url.state.with(|st| embed::report_place(&st.to_fragment())));
    }
    Offline::provide(embedded);
    let fallback_lang = preferred_lang();
    let requested = Memo::new(move |_| url.state.with(|s| s.lang).unwrap_or(fallback_lang));
    // The language on screen follows the address once its words are here: the main part (main.rs
    // loaded the first one) and every part the reader has opened in the language before, so no
    // view shows a blank; until then the page stays whole in the previous language.
    let lang = RwSignal::new(requested.get_untracked());
    let switch = RwSignal::new(LangSwitch::Done);
    let attempt = RwSignal::new(0u32);
    Effect::new(move |_| {
        attempt.track();
        let want = requested.get();
        let before = lang.get_untracked();
        let parts: Vec<Part> = Part::all()
            .filter(|&p| p == Part::MAIN || text::is_loaded(before, p))
            .collect();
        if parts.iter().all(|&p| text::is_loaded(want, p)) {
            switch.set(LangSwitch::Done);
            if before != want {
                lang.set(want);
            }
            return;
        }
        // Say "loading" only if it takes a while: on a fast network the message would just flash
        // and shift the page.
        switch.set(LangSwitch::Done);
        set_timeout(
            move || {
                let still_waiting = requested.get_untracked() == want
                    && lang.get_untracked() != want
                    && switch.get_untracked() == LangSwitch::Done;
                if still_waiting {
                    switch.set(LangSwitch::Loading(want));
                }
            },
            std::time::Duration::from_millis(400),
        );
        leptos::task::spawn_local(async move {
            let mut result = Ok(());
            for part in parts {
                result = result.and(words::load(want, part).await);
            }
            if requested.get_untracked() != want {
                return; // the reader has asked for something else meanwhile
            }
            match result {
                Ok(()) => {
                    switch.set(LangSwitch::Done);
                    lang.set(want);
                }
                Err(e) => {
                    web_sys::console::error_1(&e.0.into());
                    switch.set(LangSwitch::Failed(want));
                }
            }
        });
    });
    // Which sections are open outlives the views and the language, so going to the timeline and
    // back, or switching language, keeps the reader's place. It starts with any the reader opened
    // on the start view before the app had started.
    let open = RwSignal::new(early_open());
    let view = Memo::new(move |_| url.state.with(|s| s.view));

    // The tab title and <html lang> follow the view and language. A new view is announced by moving
    // focus to its heading; a new language keeps focus on the language switch. Neither happens on
    // first load, where the browser's own focus handling is right.
    // A quiz opened from the list is a new place too, though the view stays the same.
    let quiz_open = Memo::new(move |_| url.state.with(|s| s.quiz));
    Effect::new(
        move |previous: Option<(View, Lang, Option<&'static str>)>| {
            let current = (view.get(), lang.get(), quiz_open.get());
            let strings = current.1.strings();
            // One format for every view but the start: each arm of its own cost the wasm a copy.
            let title = match current.0 {
                View::Sections => strings.site_title().to_string(),
                other => format!(
                    "{} – {}",
                    view_label(current.1, other),
                    strings.site_title()
                ),
            };
            document().set_title(&title);
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("lang", current.1.code());
            }
            offline::point_manifest(current.1);
            match previous {
                Some((v, _, q)) if v != current.0 || (q.is_none() && current.2.is_some()) => {
                    focus_when_drawn("view-heading");
                }
                Some((_, l, _)) if l != current.1 => {
                    let id = format!("lang-{}", current.1.code());
                    request_animation_frame(move || focus_by_id(&id));
                }
                _ => {}
            }
            current
        },
    );

    // Everything is rebuilt in the new language: simpler and smaller than making every text reactive,
    // and a language switch is rare. What the reader was doing lives outside the views (the address,
    // the open sections, each quiz's session), so the rebuilt views show the same place.
    let frame = Frame {
        view: view.into(),
        embedded,
        open,
        switch: switch.into(),
        retry: Callback::new(move |()| attempt.update(|n| *n += 1)),
    };
    move || view! { <Page lang=lang.get() frame=frame /> }
}

/// The sections a reader tapped open on the start view before the app started, which
/// public/first-view.js kept in `window.sahelEarlyOpen`; reading them ends that script's part.
fn early_open() -> BTreeSet<&'static str> {
    let window = window();
    let key = wasm_bindgen::JsValue::from_str("sahelEarlyOpen");
    let list = js_sys::Reflect::get(&window, &key).unwrap_or_default();
    let _ = js_sys::Reflect::set(&window, &key, &wasm_bindgen::JsValue::NULL);
    // Anything but a list (no script ran, or something else set it) opens nothing.
    let ids: Vec<String> = wasm_bindgen::JsCast::dyn_into::<js_sys::Array>(list)
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    content::sections(Lang::default())
        .iter()
        .map(|s| s.id)
        .filter(|id| ids.iter().any(|i| i == id))
        .collect()
}

/// What the page frame shows besides its language: the view, whether it is embedded, the open
/// sections, and where a language switch stands.
#[derive(Clone, Copy)]
pub struct Frame {
    pub view: Signal<View>,
    pub embedded: bool,
    pub open: RwSignal<BTreeSet<&'static str>>,
    pub switch: Signal<LangSwitch>,
    pub retry: Callback<()>,
}

/// The page in `lang`: skip link, header (or the embed bar), the current view, footer. The app
/// shows it; the build writes its start view into index.html with the same component
/// (`crates/prerender`), so the first paint cannot drift from what the app draws.
#[component]
pub fn Page(lang: Lang, frame: Frame) -> impl IntoView {
    let strings = lang.strings();
    let url = UrlContext::get();
    let quiz = Memo::new(move |_| url.state.with(|s| s.quiz));
    let Frame {
        view,
        embedded,
        open,
        switch,
        retry,
    } = frame;
    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            focus_by_id("main");
        }>{strings.skip_to_content()}</a>
        {if embedded {
            view! { <EmbedBar lang=lang /> }.into_any()
        } else {
            view! { <SiteHeader lang=lang view=view /> }.into_any()
        }}
        <LanguageStatus state=switch retry=retry />
        <OfflineLine lang=lang line=Line::Update />
        <main id="main" tabindex="-1">
            {move || url.missing.get().map(|m| view! {
                <p class="not-found" role="status">{strings.not_found(&m)}</p>
            })}
            // One call site for the split-off views: each of its own cost the wasm a copy.
            {move || match Lazy::of(view.get(), || quiz.get().and_then(content::quiz)) {
                None => view! { <SectionsView lang=lang open=open embedded=embedded /> }.into_any(),
                Some(which) => view! { <LazyView lang=lang which=which /> }.into_any(),
            }}
        </main>
        {(!embedded).then(|| view! { <SiteFooter lang=lang /> })}
        <CiteHost lang=lang />
    }
}

/// In embed mode the site's header and footer give way to this slim bar.
#[component]
fn EmbedBar(lang: Lang) -> impl IntoView {
    let url = UrlContext::get();
    let full = Memo::new(move |_| url.state.with(|st| embed::full_url(&st.to_fragment())));
    view! {
        <header class="embed-bar">
            <a href=move || full.get() target="_blank" rel="noopener">{lang.strings().share().open_full()}</a>
            <LanguageSwitch lang=lang />
        </header>
    }
}

thread_local! {
    /// The element a move asked focus for (a new view's heading, a new question's), which a
    /// split-off view draws only once its code is here.
    static PENDING_FOCUS: std::cell::Cell<Option<&'static str>> = const { std::cell::Cell::new(None) };
}

/// Moves focus to the element with `id` once it is drawn: in the next frame, or when the split-off
/// view that draws it arrives ([`focus_pending`]).
pub fn focus_when_drawn(id: &'static str) {
    PENDING_FOCUS.set(Some(id));
    request_animation_frame(focus_pending);
}

/// A view's main heading: where a move to the view puts focus, so focusable by script.
#[component]
pub fn ViewHeading(text: &'static str) -> impl IntoView {
    view! { <h1 id="view-heading" tabindex="-1">{text}</h1> }
}

/// Moves focus where [`focus_when_drawn`] asked, if that element is there now.
pub fn focus_pending() {
    if let Some(id) = PENDING_FOCUS.get() {
        if document().get_element_by_id(id).is_some() {
            PENDING_FOCUS.set(None);
            focus_by_id(id);
        }
    }
}

/// Moves focus to the element with `id` without painting a focus ring, for a move the reader did
/// not make (a deep link's section on page load); the ring comes back with the next key press.
pub fn focus_quietly(id: &str) {
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    let _ = el.class_list().add_1("quiet-focus");
    focus_by_id(id);
    let handle = std::rc::Rc::new(std::cell::Cell::new(None::<WindowListenerHandle>));
    let remove = handle.clone();
    let listener = window_event_listener(leptos::ev::keydown, move |_| {
        let _ = el.class_list().remove_1("quiet-focus");
        if let Some(h) = remove.take() {
            h.remove();
        }
    });
    handle.set(Some(listener));
}

/// Moves keyboard focus to the element with `id`, if it exists.
pub fn focus_by_id(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
            let _ = el.focus();
        }
    }
}
