use leptos::prelude::*;

use crate::content;
use crate::i18n::Lang;
use crate::url_state::UrlState;

/// A list of links to sections, by id: "read more" after a map panel, "worth re-reading" after a quiz.
#[component]
pub fn SectionLinks(lang: Lang, ids: Vec<&'static str>) -> impl IntoView {
    view! {
        <ul>
            {ids
                .into_iter()
                .filter_map(|id| content::section(lang, id))
                .map(|sec| {
                    let href = UrlState { section: Some(sec.id), ..Default::default() }.href();
                    view! { <li><a href=href>{sec.title.get(lang)}</a></li> }
                })
                .collect_view()}
        </ul>
    }
}
