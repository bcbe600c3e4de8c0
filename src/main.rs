//! Entry point: installs the crash screen, loads the reader's language, then mounts the app in place
//! of the loading notice.

use leptos::prelude::*;
use sahel_explainer::{content, fatal, i18n, lms, url_state, App};

fn main() {
    fatal::install();
    let Some(root) = document().get_element_by_id("app") else {
        fatal::show("The page has no element with id \"app\" to show the explainer in.");
        return;
    };
    let Ok(root) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root) else {
        return;
    };
    let lang = url_state::lang_in_address().unwrap_or_else(i18n::preferred_lang);
    // Any message from here on (even a failure) is in the reader's language.
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", lang.code());
    }
    // Leptos starts its executor when it mounts, so this first task uses the browser's directly.
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = content::text::load(lang, content::text::Part::MAIN).await {
            fatal::show(&e.0);
            return;
        }
        // In a course platform's package, the platform's progress first (nothing else waits).
        lms::start().await;
        // The static notice stays until the app can replace it, so a browser that cannot run the
        // app still explains why.
        root.set_inner_html("");
        leptos::mount::mount_to(root, App).forget();
    });
}
