//! The glossary: every term A to Z in the reader's language, a filter box, and for each term its
//! definition and links to the sections that use it. `#glossary=jnim` opens it at that term.
//! Its code is split off (`lazy_view.rs`) and its words come in their own part of the text.

use leptos::prelude::*;

use crate::content::{self, Term, GLOSSARY};
use crate::i18n::{Lang, Localize};
use crate::markup::Markup;
use crate::ui::app::focus_when_drawn;
use crate::url_state::{UrlContext, UrlState};

#[component]
pub fn GlossaryView(lang: Lang) -> impl IntoView {
    let s = lang.strings();
    let g = s.glossary();
    let url = UrlContext::get();
    let query = RwSignal::new(String::new());
    let all = sorted(lang);
    let shown = Memo::new(move |_| {
        let wanted = fold(&query.get());
        all.iter()
            .copied()
            .filter(|t| matches(lang, t, wanted.trim()))
            .collect::<Vec<&'static Term>>()
    });
    // The term the address names (`#glossary=…`: page load, a link, back/forward) comes into view
    // with focus on it, which screen readers announce. Its focus has no ring (the entry is
    // highlighted instead): the reader did not move it.
    Effect::new(move |_| {
        if let Some(id) = url.state.with(|st| st.term) {
            // Focus takes an id that lives as long as the page; one short string per arrival.
            focus_when_drawn(Box::leak(entry_id(id).into_boxed_str()));
        }
    });
    view! {
        <h1 id="view-heading" tabindex="-1">{g.heading()}</h1>
        <p class="intro">{g.intro()}</p>
        <div class="glossary-filter">
            <label for="glossary-filter">{g.filter()}</label>
            <input
                id="glossary-filter"
                type="search"
                autocomplete="off"
                spellcheck="false"
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
            />
            <p class="filter-status" role="status">{move || g.count(shown.with(Vec::len))}</p>
        </div>
        // Some sixty entries alike: markup (see crate::markup), redrawn whole as the filter changes.
        <div class="glossary-list" inner_html=move || shown.with(|terms| entries(lang, terms))></div>
    }
}

/// The element of a term's entry, where `#glossary=…` puts focus.
pub fn entry_id(term: &str) -> String {
    format!("term-{term}")
}

/// Every term, A to Z as a reader of `lang` sorts them: without regard to case or accents.
fn sorted(lang: Lang) -> Vec<&'static Term> {
    let mut terms: Vec<&'static Term> = GLOSSARY.iter().collect();
    terms.sort_by_cached_key(|t| fold(t.name().get(lang)));
    terms
}

/// Lower case, without accents: what sorting and the filter compare, so that « Etat » finds
/// « État » and « écart » sorts among the E.
fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'ç' => 'c',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            '’' => '\'',
            c => c,
        })
        .collect()
}

/// Whether a term is one the reader's (folded) query names: by its name, what it stands for or
/// its id.
fn matches(lang: Lang, term: &Term, query: &str) -> bool {
    query.is_empty()
        || [term.name().get(lang), term.full().get(lang), term.id]
            .into_iter()
            .any(|text| fold(text).contains(query))
}

/// The terms, grouped under their initial letters: each its name, what an acronym stands for, its
/// definition, and links to the sections that use it and the one that explains it.
fn entries(lang: Lang, terms: &[&'static Term]) -> String {
    let s = lang.strings();
    let mut m = Markup::new();
    let mut letter = None;
    for term in terms {
        let name = term.name().get(lang);
        let initial = fold(name).chars().next().map(|c| c.to_ascii_uppercase());
        if initial != letter {
            if letter.is_some() {
                m.close("dl").close("section");
            }
            letter = initial;
            let heading = format!("letter-{}", initial.unwrap_or('-'));
            m.open(
                "section",
                &[("class", "glossary-letter"), ("aria-labelledby", &heading)],
            )
            .element(
                "h2",
                &[("id", &heading)],
                &initial.unwrap_or('-').to_string(),
            )
            .open("dl", &[("class", "glossary-terms")]);
        }
        m.open("div", &[("class", "glossary-entry")])
            .open("dt", &[("id", &entry_id(term.id)), ("tabindex", "-1")])
            .element("dfn", &[], name);
        let full = term.full().get(lang);
        if !full.is_empty() {
            m.text(" ")
                .element("span", &[("class", "term-full")], &format!("({full})"));
        }
        m.close("dt")
            .open("dd", &[])
            .element("p", &[], term.definition().get(lang))
            .open("p", &[("class", "ref-links")]);
        let used: Vec<&str> = term
            .used()
            .get(lang)
            .split(' ')
            .filter(|id| !id.is_empty())
            .collect();
        if !used.is_empty() {
            m.open("span", &[]).text(s.glossary().used_in());
            for (i, id) in used.iter().enumerate() {
                let Some(section) = content::section(lang, id) else {
                    continue;
                };
                m.text(if i == 0 { " " } else { ", " }).element(
                    "a",
                    &[("href", &section_href(section.id))],
                    section.title.get(lang),
                );
            }
            m.close("span");
        }
        if let Some(section) = content::section(lang, term.section().get(lang)) {
            m.open("span", &[])
                .text(s.read_more())
                .text(" ")
                .element(
                    "a",
                    &[("href", &section_href(section.id))],
                    section.title.get(lang),
                )
                .close("span");
        }
        m.close("p").close("dd").close("div");
    }
    if letter.is_some() {
        m.close("dl").close("section");
    }
    m.finish()
}

fn section_href(id: &'static str) -> String {
    UrlState {
        section: Some(id),
        ..Default::default()
    }
    .href()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_term_is_listed_a_to_z_with_where_it_is_used() {
        for lang in Lang::ALL {
            let terms = sorted(lang);
            assert_eq!(terms.len(), GLOSSARY.len());
            assert!(terms.len() >= 50);
            let keys: Vec<String> = terms.iter().map(|t| fold(t.name().get(lang))).collect();
            assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{keys:?}");
            let html = entries(lang, &terms);
            assert_eq!(
                html.matches("<div class=\"glossary-entry\">").count(),
                terms.len()
            );
            for t in &terms {
                assert!(html.contains(&format!("<dt id=\"term-{}\" tabindex=\"-1\">", t.id)));
            }
            // Every term links to at least one section that uses it.
            assert_eq!(
                html.matches("<p class=\"ref-links\"><span>").count(),
                terms.len(),
                "{lang:?}"
            );
        }
        let html = entries(Lang::Fr, &sorted(Lang::Fr));
        assert!(html.contains("<dfn>CEDEAO</dfn> <span class=\"term-full\">(Communauté économique des États de l’Afrique de l’Ouest)</span>"));
        assert!(html.contains("<h2 id=\"letter-E\">E</h2>"));
    }

    #[test]
    fn the_filter_ignores_case_and_accents() {
        let find = |lang, q: &str| -> Vec<&str> {
            sorted(lang)
                .into_iter()
                .filter(|t| matches(lang, t, &fold(q)))
                .map(|t| t.id)
                .collect()
        };
        assert_eq!(find(Lang::En, "jnim"), ["jnim"]);
        assert_eq!(find(Lang::Fr, "cedeao"), ["ecowas"]);
        assert_eq!(find(Lang::Fr, "etats de l'afrique"), ["ecowas"]);
        assert!(find(Lang::En, "zzz").is_empty());
        assert_eq!(find(Lang::En, "").len(), GLOSSARY.len());
    }
}
