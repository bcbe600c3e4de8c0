//! Texts with one version per language, written `field.en = "…"` / `field.fr = "…"` in TOML.

use serde::Deserialize;
use toml::Spanned;

use crate::error::ContentError;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct Localized {
    pub en: Option<Spanned<String>>,
    pub fr: Option<Spanned<String>>,
}

impl Localized {
    fn get(&self, lang: &str) -> Option<&Spanned<String>> {
        match lang {
            "en" => self.en.as_ref(),
            "fr" => self.fr.as_ref(),
            _ => None,
        }
    }
}

/// One text per language in `langs`, or an error naming `what` and the missing language.
/// `get` picks a language's text; `line_of` turns a span into a line; `line` is where `what` starts.
pub(crate) fn texts<'a>(
    langs: &[String],
    get: impl Fn(&str) -> Option<&'a Spanned<String>>,
    what: &str,
    line: usize,
    line_of: &dyn Fn(usize) -> usize,
    file: &std::path::Path,
    errors: &mut Vec<ContentError>,
) -> Vec<String> {
    let mut out = Vec::new();
    for lang in langs {
        match get(lang) {
            Some(t) if !t.get_ref().trim().is_empty() => {
                out.push(crate::typeset(lang, t.get_ref().trim()))
            }
            Some(t) => errors.push(ContentError::new(
                file,
                line_of(t.span().start),
                format!("{what}: `{lang}` text must not be empty"),
            )),
            None => errors.push(ContentError::new(
                file,
                line,
                format!("{what} has no `{lang}` text"),
            )),
        }
    }
    out
}

/// [`texts`] for a `Localized` field.
pub(crate) fn localized(
    field: &Spanned<Localized>,
    langs: &[String],
    what: &str,
    line_of: &dyn Fn(usize) -> usize,
    file: &std::path::Path,
    errors: &mut Vec<ContentError>,
) -> Vec<String> {
    let line = line_of(field.span().start);
    texts(
        langs,
        |l| field.get_ref().get(l),
        what,
        line,
        line_of,
        file,
        errors,
    )
}
