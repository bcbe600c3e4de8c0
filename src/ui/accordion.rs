//! The sections as collapsible panels, after the WAI-ARIA accordion pattern: a heading holding a
//! button with `aria-expanded` and `aria-controls`, and the panel it shows or hides.
//!
//! Many panels alike are written as markup ([`crate::markup`]) and driven by one set of listeners on
//! the group; [`SectionHandle`] is the one link between the elements that markup writes and the code
//! that sets their state. The bodies come with the text's sections part, fetched when a reader
//! first opens (or points at) a section; once here, every panel gets its body, so find-in-page
//! finds text in closed sections too.

use std::collections::BTreeSet;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::content::{text::Part, Section};
use crate::i18n::{Lang, Localize};
use crate::markup::Markup;
use crate::ui::cite_dialog::{CiteContext, Cited};
use crate::ui::{aims, glossary_terms, words};

/// A section's elements in the accordion's markup, by their ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SectionHandle(pub &'static str);

impl SectionHandle {
    /// The whole block: heading, lead and panel; what "bring into view" scrolls to.
    pub fn block_id(self) -> String {
        format!("sec-{}", self.0)
    }

    pub fn button_id(self) -> String {
        format!("btn-{}", self.0)
    }

    pub fn panel_id(self) -> String {
        format!("panel-{}", self.0)
    }

    /// The "print this section" button at the end of the panel.
    pub fn print_id(self) -> String {
        format!("print-{}", self.0)
    }

    /// The "cite this" button beside it.
    pub fn cite_id(self) -> String {
        format!("cite-{}", self.0)
    }

    /// The section whose button, panel or print button carries `element_id`, among `sections`,
    /// and which of them it is.
    pub fn of_element_id(
        sections: &'static [Section],
        element_id: &str,
    ) -> Option<(SectionHandle, Target)> {
        let (target, id) = [
            ("btn-", Target::Button),
            ("panel-", Target::Panel),
            ("print-", Target::Print),
            ("cite-", Target::Cite),
        ]
        .into_iter()
        .find_map(|(prefix, t)| Some((t, element_id.strip_prefix(prefix)?)))?;
        let sec = sections.iter().find(|s| s.id == id)?;
        Some((SectionHandle(sec.id), target))
    }

    pub fn element(self, id: String) -> Option<web_sys::Element> {
        document().get_element_by_id(&id)
    }
}

/// Which of a section's elements something happened on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Button,
    Panel,
    Print,
    Cite,
}

/// Every section as a panel, closed and empty. Closed panels are `hidden="until-found"`, so
/// find-in-page still finds their text (once it is here) and opens them (`beforematch`).
pub fn markup(lang: Lang, sections: &[Section]) -> String {
    let mut m = Markup::new();
    for sec in sections {
        let handle = SectionHandle(sec.id);
        m.open("div", &[("class", "accordion"), ("id", &handle.block_id())])
            .open("h2", &[("class", "accordion-heading")])
            .open(
                "button",
                &[
                    ("type", "button"),
                    ("class", "accordion-trigger"),
                    ("id", &handle.button_id()),
                    ("aria-expanded", "false"),
                    ("aria-controls", &handle.panel_id()),
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
            .empty(
                "div",
                &[
                    ("class", "accordion-panel"),
                    ("id", &handle.panel_id()),
                    ("hidden", "until-found"),
                ],
            )
            .close("div");
    }
    m.finish()
}

/// A section's body and its sources, as the panel and the embedded single section show them; needs
/// the sections part of the text.
pub fn body(m: &mut Markup, lang: Lang, sec: &Section) {
    aims::objectives(m, lang, sec.id);
    m.open("div", &[("class", "section-body")])
        // Made at build time from the validated Markdown subset, every text escaped.
        .built_markup(sec.body_html.get(lang))
        .close("div");
    aims::discussion(m, lang, sec.id);
    m.element(
        "h3",
        &[("class", "sources-heading")],
        lang.strings().sources_heading(),
    )
    .open("ol", &[("class", "sources")]);
    for src in sec.sources {
        let cited = src.get(lang);
        m.open("li", &[])
            .element(
                "a",
                &[("href", cited.url), ("class", "external")],
                cited.text,
            )
            .close("li");
    }
    m.close("ol");
}

/// What a panel holds: its body and a button to print it, or while the bodies are on their way, a
/// note that says so.
fn panel_markup(lang: Lang, sec: &Section, ready: bool) -> String {
    let mut m = Markup::new();
    if ready {
        body(&mut m, lang, sec);
        m.element(
            "button",
            &[
                ("type", "button"),
                ("class", "button print-section"),
                ("id", &SectionHandle(sec.id).print_id()),
            ],
            lang.strings().print_section(),
        )
        .element(
            "button",
            &[
                ("type", "button"),
                ("class", "button cite-button"),
                ("id", &SectionHandle(sec.id).cite_id()),
                ("aria-haspopup", "dialog"),
            ],
            lang.strings().classroom().cite(),
        );
    } else {
        m.element(
            "p",
            &[("class", "panel-loading"), ("role", "status")],
            lang.strings().view_loading(),
        );
    }
    m.finish()
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
    // What each panel holds now, so a panel is written only when that changes.
    let filled = StoredValue::new(Vec::<(&'static str, bool)>::new());
    Effect::new(move |_| {
        let (Some(_), shown, ready) = (group.get(), open.get(), words::ready(lang, Part::SECTIONS))
        else {
            return;
        };
        if !shown.is_empty() {
            words::fetch(lang, Part::SECTIONS);
        }
        for sec in sections {
            let handle = SectionHandle(sec.id);
            let is_open = shown.contains(sec.id);
            if let Some(button) = handle.element(handle.button_id()) {
                let _ =
                    button.set_attribute("aria-expanded", if is_open { "true" } else { "false" });
            }
            let Some(panel) = handle.element(handle.panel_id()) else {
                continue;
            };
            let _ = if is_open {
                panel.remove_attribute("hidden")
            } else {
                panel.set_attribute("hidden", "until-found")
            };
            // Open panels say "loading" until the bodies are here; then every panel has its body.
            let wanted = ready || is_open;
            let now = filled.with_value(|f| f.iter().find(|(id, _)| *id == sec.id).map(|x| x.1));
            if wanted && now != Some(ready) {
                panel.set_inner_html(&panel_markup(lang, sec, ready));
                filled.update_value(|f| {
                    f.retain(|(id, _)| *id != sec.id);
                    f.push((sec.id, ready));
                });
            }
        }
    });
    let cite = CiteContext::get();
    // The section a click, key or find-in-page happened in, and on which of its elements.
    let hit = move |ev: &web_sys::Event| -> Option<(SectionHandle, Target)> {
        let mut el = ev.target()?.dyn_into::<web_sys::Element>().ok();
        while let Some(e) = el {
            if let Some(found) = SectionHandle::of_element_id(sections, &e.id()) {
                return Some(found);
            }
            el = e.parent_element();
        }
        None
    };
    let on_click = move |ev: web_sys::MouseEvent| match hit(&ev) {
        // A glossary term in a body opens or closes its definition.
        _ if glossary_terms::on_click(&ev) => {}
        Some((SectionHandle(id), Target::Button)) => {
            on_toggle.run((id, !open.with_untracked(|o| o.contains(id))));
        }
        Some((handle, Target::Print)) => print_one(handle),
        Some((SectionHandle(id), Target::Cite)) => {
            if let Some(c) = cite {
                c.open(lang, Cited::Section(id));
            }
        }
        // A click inside an open panel (a link, text) changes nothing.
        _ => {}
    };
    let on_beforematch = move |ev: web_sys::Event| {
        if let Some((SectionHandle(id), _)) = hit(&ev) {
            on_toggle.run((id, true));
        }
    };
    // The pattern's optional keys: Up/Down move between headers, Home/End jump to the first/last.
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if glossary_terms::on_key(&ev) {
            return;
        }
        let Some((SectionHandle(id), Target::Button)) = hit(&ev) else {
            return;
        };
        let Some(index) = sections.iter().position(|s| s.id == id) else {
            return;
        };
        let last = sections.len() - 1;
        let target = match ev.key().as_str() {
            "ArrowDown" => (index + 1) % sections.len(),
            "ArrowUp" => (index + last) % sections.len(),
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        ev.prevent_default();
        let handle = SectionHandle(sections[target].id);
        if let Some(button) = handle.element(handle.button_id()) {
            if let Ok(button) = button.dyn_into::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        }
    };
    // A reader about to open a section (pointing at or focusing a header) starts the download.
    let prefetch = move || words::fetch(lang, Part::SECTIONS);
    view! {
        <div
            class="accordion-group"
            node_ref=group
            inner_html=markup(lang, sections)
            on:click=on_click
            on:keydown=on_key
            on:beforematch=on_beforematch
            on:pointerover=move |_| prefetch()
            on:focusin=move |_| prefetch()
        ></div>
    }
}

thread_local! {
    /// The section being printed on its own, until the browser says printing is over.
    static PRINTING: std::cell::Cell<Option<SectionHandle>> = const { std::cell::Cell::new(None) };
    static PRINT_LISTENER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Prints one section: the page marks it, the print styles leave out everything else, and the marks
/// go when the browser says printing is over (`afterprint`).
fn print_one(handle: SectionHandle) {
    let (Some(root), Some(block)) = (
        document().document_element(),
        handle.element(handle.block_id()),
    ) else {
        return;
    };
    if !PRINT_LISTENER.replace(true) {
        // Once for the page's life: each print ends with one afterprint.
        window_event_listener(leptos::ev::afterprint, move |_| {
            if let Some(done) = PRINTING.take() {
                if let Some(root) = document().document_element() {
                    let _ = root.class_list().remove_1("print-one");
                }
                if let Some(block) = done.element(done.block_id()) {
                    let _ = block.class_list().remove_1("printing");
                }
            }
        });
    }
    PRINTING.set(Some(handle));
    let _ = root.class_list().add_1("print-one");
    let _ = block.class_list().add_1("printing");
    let _ = window().print();
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
            let h = SectionHandle(sec.id);
            assert!(html.contains(&format!(
                "id=\"{}\" aria-expanded=\"false\" aria-controls=\"{}\"",
                h.button_id(),
                h.panel_id()
            )));
            assert!(html.contains(&format!(
                "id=\"{}\" hidden=\"until-found\"></div>",
                h.panel_id()
            )));
            assert_eq!(
                SectionHandle::of_element_id(sections, &h.button_id()),
                Some((h, Target::Button))
            );
            assert_eq!(
                SectionHandle::of_element_id(sections, &h.panel_id()),
                Some((h, Target::Panel))
            );
            assert_eq!(
                SectionHandle::of_element_id(sections, &h.print_id()),
                Some((h, Target::Print))
            );
            assert_eq!(
                SectionHandle::of_element_id(sections, &h.cite_id()),
                Some((h, Target::Cite))
            );
        }
        assert_eq!(SectionHandle::of_element_id(sections, "btn-nowhere"), None);
        assert_eq!(SectionHandle::of_element_id(sections, "sec-causes"), None);
        assert_eq!(
            html.matches("<h2 class=\"accordion-heading\">").count(),
            sections.len()
        );
    }

    #[test]
    fn a_panel_shows_its_body_and_sources_once_they_are_here() {
        let sec = &content::sections(Lang::Fr)[0];
        let waiting = panel_markup(Lang::Fr, sec, false);
        assert!(waiting.contains("role=\"status\""));
        let full = panel_markup(Lang::Fr, sec, true);
        assert!(full.starts_with("<div class=\"objectives\"><h3>"));
        assert!(full.contains("<div class=\"section-body\"><"));
        assert!(full.contains(&format!("id=\"cite-{}\"", sec.id)));
        assert!(full.contains("<h3 class=\"sources-heading\">Sources</h3>"));
        let list = &full[full.find("<ol class=\"sources\">").unwrap()..];
        assert_eq!(
            list.matches("class=\"external\"").count(),
            sec.sources.len()
        );
        assert!(full.contains(&format!("id=\"print-{}\"", sec.id)));
    }
}
