use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::embed;
use crate::i18n::{Lang, Localize};
use crate::ui::lazy_view::{fetch, share_dialog_part, Fetched, Needs};
use crate::ui::view_styles::Style;
use crate::url_state::UrlContext;

/// The "Share or embed" button. The dialog's code is a part of the wasm of its own, fetched on the
/// first press; if it cannot be downloaded, the next press tries again.
#[component]
pub fn ShareButton(lang: Lang, view_name: Signal<&'static str>) -> impl IntoView {
    let requests = RwSignal::new(0u32);
    let dialog = RwSignal::new(Fetched::Idle);
    let press = move |_| {
        requests.update(|n| *n += 1);
        if matches!(dialog.get_untracked(), Fetched::Idle | Fetched::Failed) {
            let needs = Needs {
                words: &[],
                styles: &[Style::Controls],
            };
            fetch(dialog, lang, needs, Box::pin(share_dialog_part()), || {});
        }
    };
    view! {
        <button type="button" class="button share-button" aria-haspopup="dialog" on:click=press>
            {lang.strings().share.button}
        </button>
        {move || match dialog.get() {
            Fetched::Ready(draw) => draw(lang, view_name, requests.read_only()),
            Fetched::Failed => view! { <p class="share-failed" role="alert">{lang.strings().view_failed}</p> }.into_any(),
            Fetched::Idle | Fetched::Loading => ().into_any(),
        }}
    }
}

/// "Share or embed": the link to the current state and an iframe snippet to copy, with a live
/// preview. A native modal <dialog>: focus stays inside, Escape closes it, focus returns after. It
/// opens when drawn, and again whenever `requests` changes.
#[component]
pub fn ShareDialog(
    lang: Lang,
    view_name: Signal<&'static str>,
    requests: ReadSignal<u32>,
) -> impl IntoView {
    let s = &lang.strings().share;
    let url = UrlContext::get();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let is_open = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    let link = Memo::new(move |_| {
        url.state.track();
        embed::full_url()
    });
    let frame_src = Memo::new(move |_| url.state.with(|st| embed::embed_url(&st.to_fragment())));
    let snippet = Memo::new(move |_| {
        format!(
            "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"600\" style=\"border:0;max-width:100%\"></iframe>\n<script src=\"{}\" async></script>",
            frame_src.get(),
            (s.frame_title)(view_name.get()),
            embed::embed_script_url()
        )
    });
    let open = move || {
        status.set(String::new());
        is_open.set(true);
        if let Some(d) = dialog.get_untracked() {
            // Browsers without modal dialogs still show it, just not modal.
            if d.show_modal().is_err() {
                d.set_open(true);
            }
        }
    };
    let copy = move |field: &'static str, text: String| {
        let fallback = move || {
            select_field(field);
            status.set(s.copy_failed.to_string());
        };
        let Some(clipboard) = clipboard() else {
            return fallback();
        };
        let done = Closure::<dyn FnMut(JsValue)>::new(move |_| status.set(s.copied.to_string()));
        let failed = Closure::<dyn FnMut(JsValue)>::new(move |_| fallback());
        let _ = clipboard.write_text(&text).then2(&done, &failed);
        // Each runs at most once, after this function returns: they must outlive it.
        done.forget();
        failed.forget();
    };

    Effect::new(move |_| {
        requests.track();
        open();
    });

    view! {
        <dialog node_ref=dialog class="share-dialog" aria-labelledby="share-title" on:close=move |_| is_open.set(false)>
            <h2 id="share-title">{s.title}</h2>
            <label for="share-link">{s.link_label}</label>
            <div class="share-row">
                <input id="share-link" type="text" readonly prop:value=move || link.get() />
                <button type="button" class="button" on:click=move |_| copy("share-link", link.get_untracked())>{s.copy_link}</button>
            </div>
            <label for="share-code">{s.code_label}</label>
            <p class="hint" id="share-code-hint">{s.code_hint}</p>
            <div class="share-row">
                <textarea id="share-code" readonly rows="4" aria-describedby="share-code-hint" prop:value=move || snippet.get()></textarea>
                <button type="button" class="button" on:click=move |_| copy("share-code", snippet.get_untracked())>{s.copy_code}</button>
            </div>
            <p class="share-status" role="status">{move || status.get()}</p>
            <h3>{s.preview}</h3>
            // The preview loads only while the dialog is open.
            {move || is_open.get().then(|| view! {
                <iframe class="share-preview" src=frame_src.get() title=s.preview></iframe>
            })}
            <form method="dialog">
                <button class="button primary">{s.close}</button>
            </form>
        </dialog>
    }
}

/// The Clipboard API, where the page may use it (secure contexts only).
fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = web_sys::window()?.navigator();
    let value = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
    (!value.is_undefined()).then(|| value.unchecked_into())
}

fn select_field(id: &str) {
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        input.select();
    } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.select();
    }
}
