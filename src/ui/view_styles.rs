//! The timeline's, the map's, the quizzes', the charts' and the glossary's stylesheets come with those views' code rather than
//! with the first page: the build moves their `<link>`s into `<template id="view-styles">`, each
//! marked `data-view` (scripts/postbuild.mjs). The first view that needs one puts it in the page
//! and waits for it, so no view is ever drawn unstyled.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A split-off view's stylesheet, by the name the build marks it with.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Control variants the views and the share dialog share.
    Controls,
    Timeline,
    Quiz,
    Map,
    Figures,
    Glossary,
    /// The teacher's guide and the citation dialog.
    Classroom,
}

impl Style {
    fn name(self) -> &'static str {
        match self {
            Style::Controls => "controls",
            Style::Timeline => "timeline",
            Style::Quiz => "quiz",
            Style::Map => "map",
            Style::Figures => "figures",
            Style::Glossary => "glossary",
            Style::Classroom => "classroom",
        }
    }
}

thread_local! {
    static ADDED: RefCell<Vec<Style>> = const { RefCell::new(Vec::new()) };
}

/// Adds these stylesheets to the page, once each, and waits until they have loaded (or failed to:
/// the view then still works, only plainer).
pub async fn ensure(styles: &[Style]) {
    // The single-file edition and pages without the template have every style inline already.
    let Some(template) = document()
        .get_element_by_id("view-styles")
        .and_then(|t| t.dyn_into::<web_sys::HtmlTemplateElement>().ok())
    else {
        return;
    };
    let Some(head) = document().head() else {
        return;
    };
    let mut loading = Vec::new();
    for &style in styles {
        if ADDED.with_borrow(|added| added.contains(&style)) {
            continue;
        }
        ADDED.with_borrow_mut(|added| added.push(style));
        let selector = format!("link[data-view=\"{}\"]", style.name());
        let Some(link) = template
            .content()
            .query_selector(&selector)
            .ok()
            .flatten()
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
