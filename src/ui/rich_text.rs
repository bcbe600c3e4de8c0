//! Renders a section body. Content is data, not HTML: every piece becomes a text node or one of a
//! few known elements, so nothing in a content file can inject markup.

use leptos::prelude::*;

use crate::content::{Block, Inline, LinkTarget};
use crate::url_state::UrlState;

#[component]
pub fn RichText(blocks: &'static [Block]) -> impl IntoView {
    blocks.iter().map(block).collect_view()
}

fn block(b: &'static Block) -> AnyView {
    match b {
        Block::Heading(text) => view! { <h3>{*text}</h3> }.into_any(),
        Block::Paragraph(runs) => view! { <p>{inlines(runs)}</p> }.into_any(),
        Block::List { ordered: true, items } => view! { <ol>{list_items(items)}</ol> }.into_any(),
        Block::List { ordered: false, items } => view! { <ul>{list_items(items)}</ul> }.into_any(),
        Block::Note(paras) => view! {
            <aside class="note">{paras.iter().map(|p| view! { <p>{inlines(p)}</p> }).collect_view()}</aside>
        }
        .into_any(),
    }
}

fn list_items(items: &'static [&'static [Inline]]) -> impl IntoView {
    items.iter().map(|item| view! { <li>{inlines(item)}</li> }).collect_view()
}

fn inlines(runs: &'static [Inline]) -> Vec<AnyView> {
    runs.iter().map(inline).collect()
}

fn inline(run: &'static Inline) -> AnyView {
    match run {
        Inline::Text { text, strong: true, em: true } => view! { <strong><em>{*text}</em></strong> }.into_any(),
        Inline::Text { text, strong: true, .. } => view! { <strong>{*text}</strong> }.into_any(),
        Inline::Text { text, em: true, .. } => view! { <em>{*text}</em> }.into_any(),
        Inline::Text { text, .. } => text.into_any(),
        Inline::Link { target: LinkTarget::Section(id), children } => {
            let href = UrlState { section: Some(id), ..Default::default() }.href();
            view! { <a href=href>{inlines(children)}</a> }.into_any()
        }
        Inline::Link { target: LinkTarget::External(url), children } => {
            view! { <a href=*url class="external">{inlines(children)}</a> }.into_any()
        }
    }
}
