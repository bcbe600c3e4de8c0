use leptos::prelude::*;

use crate::i18n::{Lang, Localize};
use crate::offline::Line;
use crate::ui::offline_status::OfflineLine;

/// What the explainer rests on and its licence. (The teachers' answer key is linked from the
/// teachers' pages and the README, not from every page students use.)
#[component]
pub fn SiteFooter(lang: Lang) -> impl IntoView {
    let s = lang.strings();
    view! {
        <footer class="site-footer">
            <p>{s.footer_about}</p>
            <p>{s.footer_licence}</p>
            <OfflineLine lang=lang line=Line::Footer />
        </footer>
    }
}
