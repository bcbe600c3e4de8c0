//! The main reading view: contents, expand/collapse all, and every section as an accordion.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::content::{self, text::Part, Section};
use crate::i18n::{Lang, Localize};
use crate::markup::Markup;
use crate::ui::accordion::{self, Accordions, SectionHandle};
use crate::ui::app::{focus_by_id, focus_quietly};
use crate::ui::glossary_terms;
use crate::ui::reference_links::section_items;
use crate::ui::words;
use crate::url_state::{HistoryMode, UrlContext, UrlState};

#[component]
pub fn SectionsView(
    lang: Lang,
    open: RwSignal<BTreeSet<&'static str>>,
    embedded: bool,
) -> impl IntoView {
    let s = lang.strings();
    let url = UrlContext::get();
    let sections = content::sections(lang);
    // Embedding one section shows just that section, in full.
    if let Some(section) = url
        .state
        .with_untracked(|st| st.section)
        .filter(|_| embedded)
        .and_then(|id| content::section(lang, id))
    {
        words::fetch(lang, Part::SECTIONS);
        let html = move || single(lang, section, words::ready(lang, Part::SECTIONS));
        return view! {
            <article
                class="single-section"
                inner_html=html
                on:click=move |ev| {
                    glossary_terms::on_click(&ev);
                }
                on:keydown=move |ev| {
                    glossary_terms::on_key(&ev);
                }
            ></article>
        }
        .into_any();
    }

    // Arriving at `#section=…` (page load, a link, back/forward) opens that section and brings it
    // into view with keyboard focus on its header.
    Effect::new(move |_| {
        if !url.take_arrival() {
            return;
        }
        // Arriving with the page itself (the first arrival), the reader did not move focus.
        let on_load = url.arrivals.get_untracked() == 1;
        if let Some(id) = url.state.with_untracked(|st| st.section) {
            open.update(|o| {
                o.insert(id);
            });
            request_animation_frame(move || bring_into_view(id, on_load));
        }
    });

    let toggle = move |id: &'static str, now_open: bool| {
        open.update(|o| {
            if now_open {
                o.insert(id);
            } else {
                o.remove(id);
            }
        });
        let current = url.state.get_untracked();
        let section = if now_open {
            Some(id)
        } else {
            current.section.filter(|&s| s != id)
        };
        url.navigate(UrlState { section, ..current }, HistoryMode::Replace);
    };

    // Inserting one by one rather than collecting: `collect` into a set sorts first, which would
    // add a sort routine to the wasm for fifteen ids.
    let expand_all = move |_| {
        open.update(|o| {
            for s in sections {
                o.insert(s.id);
            }
        })
    };
    let collapse_all = move |_| {
        open.set(BTreeSet::new());
        let current = url.state.get_untracked();
        url.navigate(
            UrlState {
                section: None,
                ..current
            },
            HistoryMode::Replace,
        );
    };

    let mut contents = Markup::new();
    section_items(&mut contents, lang, sections.iter().map(|sec| sec.id));
    let contents = contents.finish();
    view! {
        <h1 id="view-heading" tabindex="-1">{s.sections_heading()}</h1>
        <p class="intro">{s.sections_intro()}</p>
        <nav class="contents" aria-labelledby="contents-heading">
            <h2 id="contents-heading">{s.contents_heading()}</h2>
            <ol inner_html=contents></ol>
        </nav>
        <div class="toolbar">
            <button type="button" class="button" on:click=expand_all>{s.expand_all()}</button>
            <button type="button" class="button" on:click=collapse_all>{s.collapse_all()}</button>
        </div>
        // On paper only, while the sections' text has not been downloaded: how to print it all.
        {move || (!words::ready(lang, Part::SECTIONS)).then(|| view! {
            <p class="print-only">{s.print_all_hint()}</p>
        })}
        <Accordions
            lang=lang
            sections=sections
            open=open
            on_toggle=Callback::new(move |(id, now_open)| toggle(id, now_open))
        />
    }
    .into_any()
}

/// One section in full, for a page that embeds just that section; its body once it is here.
fn single(lang: Lang, section: &Section, ready: bool) -> String {
    let mut m = Markup::new();
    // The site's name stays the page's top heading, so the section's headings keep their levels.
    m.element(
        "h1",
        &[("class", "visually-hidden")],
        lang.strings().site_title(),
    )
    .element(
        "h2",
        &[("id", "view-heading"), ("tabindex", "-1")],
        section.title.get(lang),
    )
    .element("p", &[("class", "intro")], section.lead.get(lang));
    if ready {
        accordion::body(&mut m, lang, section);
    } else {
        m.element("p", &[("role", "status")], lang.strings().view_loading());
    }
    m.finish()
}

fn bring_into_view(id: &'static str, quietly: bool) {
    let handle = SectionHandle(id);
    if quietly {
        focus_quietly(&handle.button_id());
    } else {
        focus_by_id(&handle.button_id());
    }
    if let Some(el) = handle.element(handle.block_id()) {
        el.scroll_into_view_with_bool(true);
    }
}
