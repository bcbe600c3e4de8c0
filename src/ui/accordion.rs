//! The sections as collapsible panels, after the WAI-ARIA accordion pattern: a heading holding a
//! button with `aria-expanded` and `aria-controls`, and the panel it shows or hides.
//!
//! Fifteen panels alike are written as markup ([`crate::markup`]) and driven by one set of
//! listeners on the group, which costs the wasm far less than a view tree per panel: the
//! [`Accordions`] component marks which are open on the elements themselves.

use std::collections::BTreeSet;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::content::Section;
use crate::i18n::{Lang, Localize};
use crate::markup::{self, Markup};

/// Every section as a panel, closed. Closed panels are `hidden="until-found"`, so find-in-page
/// still finds their text and opens them (`beforematch`).
pub fn markup(lang: Lang, sections: &[Section]) -> String {
    let mut m = Markup::new();
    for sec in sections {
        let (button, panel) = (format!("btn-{}", sec.id), format!("panel-{}", sec.id));
        m.open(
            "div",
            &[("class", "accordion"), ("id", &format!("sec-{}", sec.id))],
        )
        .open("h2", &[("class", "accordion-heading")])
        .open(
            "button",
            &[
                ("type", "button"),
                ("class", "accordion-trigger"),
                ("id", &button),
                ("aria-expanded", "false"),
                ("aria-controls", &panel),
                ("data-section", sec.id),
            ],
        )
        .element("span", &[("class", "accordion-title")], sec.title.get(lang))
        .empty(
            "span",
            &[("class", "accordion-icon"), ("aria-hidden", "true")],
        )
        .close("button")
        .close("h2")
        .element("p", &[("class", "accordion-lead")], sec.lead.get(lang))
        .open(
            "div",
            &[
                ("class", "accordion-panel"),
                ("id", &panel),
                ("hidden", "until-found"),
                ("data-section", sec.id),
            ],
        );
        body(&mut m, lang, sec);
        m.close("div").close("div");
    }
    m.finish()
}

/// A section's body and its sources, as the panel and the embedded single section show them.
pub fn body(m: &mut Markup, lang: Lang, sec: &Section) {
    m.open("div", &[("class", "section-body")])
        // Made at build time from the validated Markdown subset, every text escaped.
        .built_markup(sec.body_html.get(lang))
        .close("div")
        .element(
            "h3",
            &[("class", "sources-heading")],
            lang.strings().sources_heading,
        )
        .open("ol", &[("class", "sources")]);
    for src in sec.sources {
        m.open("li", &[])
            .element(
                "a",
                &[("href", src.url), ("class", "external")],
                src.title.get(lang),
            )
            .close("li");
    }
    m.close("ol");
}

/// The panels of `sections`, open as `open` says. `on_toggle(id, now_open)` is called when the
/// reader opens or closes one, by click, key or find-in-page.
#[component]
pub fn Accordions(
    lang: Lang,
    sections: &'static [Section],
    open: RwSignal<BTreeSet<&'static str>>,
    on_toggle: Callback<(&'static str, bool)>,
) -> impl IntoView {
    let group = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let (Some(group), shown) = (group.get(), open.get()) else {
            return;
        };
        for sec in sections {
            let is_open = shown.contains(sec.id);
            let query = |prefix: &str| {
                group
                    .query_selector(&format!("#{prefix}-{}", sec.id))
                    .ok()
                    .flatten()
            };
            if let Some(button) = query("btn") {
                let _ =
                    button.set_attribute("aria-expanded", if is_open { "true" } else { "false" });
            }
            if let Some(panel) = query("panel") {
                let _ = if is_open {
                    panel.remove_attribute("hidden")
                } else {
                    panel.set_attribute("hidden", "until-found")
                };
            }
        }
    });
    // The section a click, key or find-in-page happened in, from its `data-section`.
    let section_of = move |ev: &web_sys::Event, selector: &str| -> Option<&'static str> {
        let id = markup::closest(ev, selector)?.get_attribute("data-section")?;
        sections.iter().find(|s| s.id == id).map(|s| s.id)
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        if let Some(id) = section_of(&ev, ".accordion-trigger") {
            on_toggle.run((id, !open.with_untracked(|o| o.contains(id))));
        }
    };
    let on_beforematch = move |ev: web_sys::Event| {
        if let Some(id) = section_of(&ev, ".accordion-panel") {
            on_toggle.run((id, true));
        }
    };
    view! {
        <div
            class="accordion-group"
            node_ref=group
            inner_html=markup(lang, sections)
            on:click=on_click
            on:keydown=move_between_headers
            on:beforematch=on_beforematch
        ></div>
    }
}

/// The pattern's optional keys: Up/Down move between headers, Home/End jump to the first/last.
fn move_between_headers(ev: web_sys::KeyboardEvent) {
    let Some(current) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .filter(|el| el.class_list().contains("accordion-trigger"))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;

    #[test]
    fn every_section_is_a_closed_panel_named_by_its_button() {
        let sections = content::sections(Lang::En);
        let html = markup(Lang::En, sections);
        for sec in sections {
            let id = sec.id;
            assert!(html.contains(&format!(
                "id=\"btn-{id}\" aria-expanded=\"false\" aria-controls=\"panel-{id}\""
            )));
            assert!(html.contains(&format!(
                "id=\"panel-{id}\" hidden=\"until-found\" data-section=\"{id}\""
            )));
        }
        assert_eq!(
            html.matches("<h2 class=\"accordion-heading\">").count(),
            sections.len()
        );
        assert!(html.contains("<h3 class=\"sources-heading\">Sources</h3>"));
        // The bodies are the build's markup, not escaped a second time.
        assert!(
            html.contains("<div class=\"section-body\"><p>")
                || html.contains("<div class=\"section-body\"><h3>")
        );
    }
}
