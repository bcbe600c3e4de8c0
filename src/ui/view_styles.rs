//! The timeline's, the map's and the quizzes' stylesheets come with those views' code rather than
//! with the first page: the build moves their `<link>`s into `<template id="view-styles">`
//! (scripts/postbuild.mjs), and the first split-off view to open puts them in the page and waits
//! for them, so it is never drawn unstyled.

use std::cell::Cell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static ADDED: Cell<bool> = const { Cell::new(false) };
}

/// Adds the views' stylesheets to the page, once, and waits until they have loaded (or failed to:
/// the view then still works, only plainer).
pub async fn ensure() {
    if ADDED.get() {
        return;
    }
    ADDED.set(true);
    // The single-file edition and pages without the template have every style inline already.
    let Some(template) = document()
        .get_element_by_id("view-styles")
        .and_then(|t| t.dyn_into::<web_sys::HtmlTemplateElement>().ok())
    else {
        return;
    };
    let (Some(head), Ok(links)) = (
        document().head(),
        template.content().query_selector_all("link"),
    ) else {
        return;
    };
    let mut loading = Vec::new();
    for i in 0..links.length() {
        let Some(link) = links
            .item(i)
            .and_then(|l| document().import_node_with_deep(&l, true).ok())
            .and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let done = js_sys::Promise::new(&mut |resolve, _| {
            link.set_onload(Some(&resolve));
            link.set_onerror(Some(&resolve));
        });
        if head.append_child(&link).is_ok() {
            loading.push(done);
        }
    }
    for done in loading {
        let _ = JsFuture::from(done).await;
    }
}
