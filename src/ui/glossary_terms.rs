//! The glossary terms marked in section bodies. The build writes each term's first use in a
//! section as a disclosure (`sahel_content::glossary::Marker`): a button with `aria-expanded` and
//! `aria-controls`, and right after it the definition, hidden. One delegated handler on whatever
//! holds the bodies opens and closes them: a click, a tap, Enter or Space on the button toggles it;
//! Escape closes it and puts focus back on the button, so focus never falls to the page.

use sahel_vocab::TermIds;
use wasm_bindgen::JsCast;

/// A marked term's button and definition, by the ids the build gave them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermHandle {
    pub section: String,
    pub term: String,
}

impl TermHandle {
    /// The term whose button (`false`) or definition (`true`) is `el`, or holds it.
    fn around(el: Option<web_sys::Element>) -> Option<(TermHandle, bool)> {
        let mut el = el;
        while let Some(e) = el {
            if let Some((in_definition, section, term)) = TermIds::parse(&e.id()) {
                let handle = TermHandle {
                    section: section.to_string(),
                    term: term.to_string(),
                };
                return Some((handle, in_definition));
            }
            el = e.parent_element();
        }
        None
    }

    fn of_event(ev: &web_sys::Event) -> Option<(TermHandle, bool)> {
        TermHandle::around(ev.target()?.dyn_into::<web_sys::Element>().ok())
    }

    fn button(&self) -> Option<web_sys::HtmlElement> {
        element(&TermIds::button(&self.section, &self.term))
    }

    fn definition(&self) -> Option<web_sys::HtmlElement> {
        element(&TermIds::definition(&self.section, &self.term))
    }

    fn is_open(&self) -> bool {
        self.button()
            .and_then(|b| b.get_attribute("aria-expanded"))
            .is_some_and(|v| v == "true")
    }

    fn set_open(&self, open: bool) {
        if let (Some(button), Some(definition)) = (self.button(), self.definition()) {
            let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
            definition.set_hidden(!open);
        }
    }
}

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    leptos::prelude::document()
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

/// A click in section bodies: on a term's button, opens or closes its definition. Returns whether
/// the click was the term's, so the caller does nothing else with it.
pub fn on_click(ev: &web_sys::Event) -> bool {
    match TermHandle::of_event(ev) {
        Some((term, false)) => {
            term.set_open(!term.is_open());
            true
        }
        _ => false,
    }
}

/// A key in section bodies: Escape on an open term's button or inside its definition closes it,
/// focus back on the button first (focus inside a definition being hidden would fall to the page).
/// Returns whether the key was handled.
pub fn on_key(ev: &web_sys::KeyboardEvent) -> bool {
    if ev.key() != "Escape" {
        return false;
    }
    let Some((term, _)) = TermHandle::of_event(ev) else {
        return false;
    };
    if !term.is_open() {
        return false;
    }
    if let Some(button) = term.button() {
        let _ = button.focus();
    }
    term.set_open(false);
    ev.prevent_default();
    true
}
