//! One collapsible section, after the WAI-ARIA accordion pattern: a heading holding a button with
//! `aria-expanded` and `aria-controls`, and the panel it shows or hides.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Accordion(
    /// Used in element ids; must be unique on the page.
    id: &'static str,
    title: &'static str,
    /// A one-line preview shown whether the panel is open or not.
    lead: &'static str,
    #[prop(into)] open: Signal<bool>,
    /// Called with the new state when the reader opens or closes the panel.
    on_toggle: Callback<bool>,
    children: Children,
) -> impl IntoView {
    let button_id = format!("btn-{id}");
    let panel_id = format!("panel-{id}");
    view! {
        <div class="accordion" id=format!("sec-{id}")>
            <h2 class="accordion-heading">
                <button
                    type="button"
                    class="accordion-trigger"
                    id=button_id.clone()
                    aria-expanded=move || open.get().to_string()
                    aria-controls=panel_id.clone()
                    on:click=move |_| on_toggle.run(!open.get_untracked())
                    on:keydown=move_between_headers
                >
                    <span class="accordion-title">{title}</span>
                    <span class="accordion-icon" aria-hidden="true"></span>
                </button>
            </h2>
            <p class="accordion-lead">{lead}</p>
            // "until-found" keeps a closed panel searchable: find-in-page opens it (beforematch).
            <div
                class="accordion-panel"
                id=panel_id
                hidden=move || (!open.get()).then_some("until-found")
                on:beforematch=move |_: web_sys::Event| on_toggle.run(true)
            >
                {children()}
            </div>
        </div>
    }
}

/// The pattern's optional keys: Up/Down move between headers, Home/End jump to the first/last.
fn move_between_headers(ev: web_sys::KeyboardEvent) {
    let Some(current) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(list) = document().query_selector_all(".accordion-trigger") else {
        return;
    };
    let triggers: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect();
    let Some(index) = triggers.iter().position(|t| **t == current) else {
        return;
    };
    let last = triggers.len() - 1;
    let target = match ev.key().as_str() {
        "ArrowDown" => (index + 1) % triggers.len(),
        "ArrowUp" => (index + last) % triggers.len(),
        "Home" => 0,
        "End" => last,
        _ => return,
    };
    ev.prevent_default();
    let _ = triggers[target].focus();
}
