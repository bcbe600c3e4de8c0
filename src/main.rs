//! Entry point: installs the crash screen, then mounts the app in place of the loading notice.

use leptos::prelude::*;
use sahel_explainer::{fatal, App};

fn main() {
    fatal::install();
    let Some(root) = document().get_element_by_id("app") else {
        fatal::show("The page has no element with id \"app\" to show the explainer in.");
        return;
    };
    // The static notice stays until the app can replace it, so a browser that cannot run the app
    // still explains why.
    root.set_inner_html("");
    let Ok(root) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root) else {
        return;
    };
    leptos::mount::mount_to(root, App).forget();
}
