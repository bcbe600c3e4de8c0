use leptos::prelude::*;

use crate::content::Date;
use crate::i18n::{iso_date, Lang};

/// A date as the reader's language writes it, machine-readable in `datetime`.
#[component]
pub fn DateText(lang: Lang, date: Date) -> impl IntoView {
    view! { <time datetime=iso_date(date)>{lang.strings().date(date)}</time> }
}
