//! A short message that may offer "Try again": a language or a part of the app that is still
//! downloading, or could not be. Markup (see [`crate::markup`]), with one click handler on its box.

use crate::markup::{self, Markup};

/// `<p>text</p>`, then a "try again" button if `retry` names one.
pub fn markup(lang: &str, text: &str, retry: Option<&str>) -> String {
    let mut m = Markup::new();
    m.element("p", &[("lang", lang)], text);
    if let Some(label) = retry {
        m.element("button", &[("type", "button"), ("class", "button")], label);
    }
    m.finish()
}

/// Whether a click in a notice was on its button.
pub fn on_button(ev: &web_sys::MouseEvent) -> bool {
    markup::closest(ev, "button").is_some()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_failure_offers_to_try_again() {
        assert_eq!(
            super::markup("fr", "Échec.", Some("Réessayer")),
            "<p lang=\"fr\">Échec.</p><button type=\"button\" class=\"button\">Réessayer</button>"
        );
        assert_eq!(
            super::markup("en", "Loading…", None),
            "<p lang=\"en\">Loading…</p>"
        );
    }
}
