use leptos::prelude::*;

use crate::content;
use crate::i18n::Lang;
use crate::url_state::UrlState;

/// Links to sections, by id, as list items; the caller chooses `<ul>` or `<ol>`. The contents, "read
/// more" under a map panel and "worth re-reading" after a quiz all use it.
#[component]
pub fn SectionLinks(lang: Lang, ids: Vec<&'static str>) -> impl IntoView {
    ids.into_iter()
        .filter_map(|id| content::section(lang, id))
        .map(|sec| {
            let href = UrlState {
                section: Some(sec.id),
                ..Default::default()
            }
            .href();
            view! { <li><a href=href>{sec.title.get(lang)}</a></li> }
        })
        .collect_view()
}
