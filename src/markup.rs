//! Markup written as text, for the parts of a view that are many and alike (map shapes, timeline
//! entries). One string given to `inner_html` costs the wasm a few hundred bytes, where a view
//! tree of the same elements costs kilobytes of generated code per shape of tree.
//!
//! Safe by construction, like the section bodies made at build time: tag and attribute names can
//! only be literals in the code (`&'static str`), and every text and attribute value is escaped.

#[path = "../crates/content/src/escape.rs"]
mod escape;
use escape::escape_into;

#[derive(Default)]
pub struct Markup(String);

impl Markup {
    pub fn new() -> Markup {
        Markup::default()
    }

    /// `<tag name="value" …>`.
    pub fn open(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) -> &mut Markup {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            escape_into(&mut self.0, value);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    pub fn close(&mut self, tag: &'static str) -> &mut Markup {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// An element with no content.
    pub fn empty(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) -> &mut Markup {
        self.open(tag, attrs).close(tag)
    }

    pub fn text(&mut self, text: &str) -> &mut Markup {
        escape_into(&mut self.0, text);
        self
    }

    /// `<tag …>text</tag>`.
    pub fn element(
        &mut self,
        tag: &'static str,
        attrs: &[(&'static str, &str)],
        text: &str,
    ) -> &mut Markup {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// Markup the build has already made safe: section bodies, written from the validated Markdown
    /// subset with every text escaped (`sahel_content::body_html`). Never for anything else.
    pub fn built_markup(&mut self, markup: &str) -> &mut Markup {
        self.0.push_str(markup);
        self
    }

    pub fn finish(self) -> String {
        self.0
    }
}

/// The element matching `selector` that an event happened in (its target or an ancestor): markup
/// written here has no handlers of its own, so one listener on its container asks this.
pub fn closest(ev: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest(selector).ok().flatten()
}

/// The first element in `root` matching `selector`: how the views find, inside their markup, the
/// elements whose state they set.
pub fn find_in(root: &web_sys::Element, selector: &str) -> Option<web_sys::Element> {
    root.query_selector(selector).ok().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_values_are_escaped() {
        let mut m = Markup::new();
        m.open("a", &[("href", "#x\"><script>"), ("title", "it's")])
            .text("<b>&</b>")
            .close("a")
            .empty("path", &[("d", "M0 0")]);
        assert_eq!(
            m.finish(),
            "<a href=\"#x&quot;&gt;&lt;script&gt;\" title=\"it&#39;s\">&lt;b&gt;&amp;&lt;/b&gt;</a><path d=\"M0 0\"></path>"
        );
    }

    #[test]
    fn element_wraps_its_text() {
        let mut m = Markup::new();
        m.element("title", &[], "Côte d'Ivoire");
        assert_eq!(m.finish(), "<title>Côte d&#39;Ivoire</title>");
    }
}
