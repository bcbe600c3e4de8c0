//! The crash screen. After a panic the reactive app cannot be trusted, so this writes plain DOM
//! directly: a reader sees what happened and how to recover instead of a blank or frozen page.

use wasm_bindgen::prelude::*;

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let detail = info.to_string();
        web_sys::console::error_1(&JsValue::from_str(&detail));
        show(&detail);
    }));
}

/// Replaces the app with an explanation; `detail` goes in a collapsed "technical details" box.
pub fn show(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document
        .get_element_by_id("app")
        .or_else(|| document.body().map(Into::into))
    else {
        return;
    };
    let make = |tag: &str, text: &str| {
        let el = document.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        Some(el)
    };
    let Some(panel) = document.create_element("div").ok() else {
        return;
    };
    let _ = panel.set_attribute("class", "fatal");
    let _ = panel.set_attribute("role", "alert");
    // The page's language is the one the reader was using when it broke.
    let french = document
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .as_deref()
        == Some("fr");
    let [title, body, reload, details] = if french {
        [
            "Un problème est survenu",
            "Le dossier a rencontré une erreur dont il ne peut pas se remettre. Recharger la page suffit en général ; vos réponses aux quiz et vos réglages sont conservés.",
            "Recharger la page",
            "Détails techniques",
        ]
    } else {
        [
            "Something went wrong",
            "The explainer ran into an error it could not recover from. Reloading the page usually fixes it; your quiz answers and settings are kept.",
            "Reload the page",
            "Technical details",
        ]
    };
    let parts = [
        make("h1", title),
        make("p", body),
        make("a", reload).inspect(|a| {
            let _ = a.set_attribute("href", "");
        }),
        make("details", "").inspect(|d| {
            if let (Some(summary), Some(pre)) = (make("summary", details), make("pre", detail)) {
                let _ = d.append_child(&summary);
                let _ = d.append_child(&pre);
            }
        }),
    ];
    for part in parts.into_iter().flatten() {
        let _ = panel.append_child(&part);
    }
    root.set_inner_html("");
    let _ = root.append_child(&panel);
}
