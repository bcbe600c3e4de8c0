//! The glossary terms marked in section bodies. The build writes each term's first use in a
//! section as a disclosure (`sahel_content::glossary::Marker`): a button with `aria-expanded` and
//! `aria-controls`, and right after it (its next sibling) the definition, hidden. One delegated
//! handler on whatever holds the bodies opens and closes them: a click, a tap, Enter or Space on
//! the button toggles it; Escape closes it and puts focus back on the button, so focus never falls
//! to the page.

use sahel_vocab::TermIds;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The button of the marked term an event happened on or in (ids as [`TermIds`] writes them), and
/// whether it happened inside the definition rather than on the button.
fn term_of(ev: &web_sys::Event) -> Option<(HtmlElement, bool)> {
    let mut el = ev.target()?.dyn_into::<web_sys::Element>().ok();
    while let Some(e) = el {
        match TermIds::parse(&e.id()) {
            Some((false, ..)) => return Some((e.dyn_into().ok()?, false)),
            Some((true, ..)) => {
                return Some((e.previous_element_sibling()?.dyn_into().ok()?, true))
            }
            None => el = e.parent_element(),
        }
    }
    None
}

fn is_open(button: &HtmlElement) -> bool {
    button.get_attribute("aria-expanded").as_deref() == Some("true")
}

fn set_open(button: &HtmlElement, open: bool) {
    let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
    if let Some(definition) = button
        .next_element_sibling()
        .and_then(|d| d.dyn_into::<HtmlElement>().ok())
    {
        definition.set_hidden(!open);
    }
}

/// A click in section bodies: on a term's button, opens or closes its definition. Returns whether
/// the click was the term's, so the caller does nothing else with it.
pub fn on_click(ev: &web_sys::Event) -> bool {
    match term_of(ev) {
        Some((button, false)) => {
            set_open(&button, !is_open(&button));
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
    match term_of(ev) {
        Some((button, _)) if is_open(&button) => {
            let _ = button.focus();
            set_open(&button, false);
            ev.prevent_default();
            true
        }
        _ => false,
    }
}
