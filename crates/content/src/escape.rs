//! HTML escaping, shared by the build (section bodies, `codegen.rs`) and the app (`src/markup.rs`
//! includes this file by path, so the wasm gets the function without the content crate).

/// Appends `text` to `out` with the characters that could end a text or an attribute value
/// escaped.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}
