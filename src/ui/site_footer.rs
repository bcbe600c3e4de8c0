use leptos::prelude::*;

use crate::content::CHECKED_TEXT;
use crate::i18n::{Lang, Localize};
use crate::offline::Line;
use crate::ui::cite_dialog::{CiteButton, Cited};
use crate::ui::offline_status::OfflineLine;
use crate::url_state::{UrlContext, UrlState, View};

/// What the explainer rests on, when its content was last checked, the teacher's guide, a citation
/// of the whole explainer, and its licence. (The teachers' answer key is linked from the guide and
/// the README, not from every page students use.)
#[component]
pub fn SiteFooter(lang: Lang) -> impl IntoView {
    let s = lang.strings();
    let c = &s.classroom();
    let url = UrlContext::get();
    // The language the reader chose goes along to the guide.
    let guide = move || {
        UrlState {
            view: View::Guide,
            lang: url.state.with(|st| st.lang),
            ..Default::default()
        }
        .href()
    };
    view! {
        <footer class="site-footer">
            <p>{s.footer_about()}</p>
            // The date comes from the content (content/meta.toml), never from the build's clock.
            <p class="content-date">{c.checked(CHECKED_TEXT.get(lang))}</p>
            <p class="footer-tools">
                <a href=guide>{c.guide()}</a>
                <CiteButton lang=lang what=Cited::Explainer />
            </p>
            <p>{s.footer_licence()}</p>
            <OfflineLine lang=lang line=Line::Footer />
        </footer>
    }
}
