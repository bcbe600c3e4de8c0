use leptos::prelude::*;

use crate::content;
use crate::i18n::Lang;
use crate::markup::Markup;
use crate::url_state::UrlState;

/// A list of links to sections, by id: the contents, "read more" under a map panel and "worth
/// re-reading" after a quiz. Written as markup (see [`crate::markup`]).
#[component]
pub fn SectionList(
    lang: Lang,
    ids: Vec<&'static str>,
    #[prop(optional)] ordered: bool,
) -> impl IntoView {
    let mut m = Markup::new();
    for sec in ids.into_iter().filter_map(|id| content::section(lang, id)) {
        let href = UrlState {
            section: Some(sec.id),
            ..Default::default()
        }
        .href();
        m.open("li", &[])
            .element("a", &[("href", &href)], sec.title.get(lang))
            .close("li");
    }
    let items = m.finish();
    if ordered {
        view! { <ol inner_html=items></ol> }.into_any()
    } else {
        view! { <ul inner_html=items></ul> }.into_any()
    }
}
