//! The body of a section: a small, safe subset of Markdown turned into blocks. Anything outside the
//! subset (raw HTML, images, tables, code, deep headings, nested lists) is an error, so nothing a
//! content file says can inject markup into the page.

use std::path::Path;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::error::{line_of, ContentError};
use crate::model::{Block, Inline, LinkTarget, SectionLink};

pub(crate) struct Body {
    pub blocks: Vec<Block>,
    pub section_links: Vec<SectionLink>,
    /// Links to works in the bibliography (`source:id`), with their lines.
    pub source_links: Vec<SectionLink>,
}

enum Container {
    None,
    List {
        ordered: bool,
        items: Vec<Vec<Inline>>,
    },
    Note(Vec<Vec<Inline>>),
}

struct Builder<'a> {
    file: &'a Path,
    errors: &'a mut Vec<ContentError>,
    blocks: Vec<Block>,
    links: Vec<SectionLink>,
    source_links: Vec<SectionLink>,
    container: Container,
    inlines: Vec<Inline>,
    /// Inline runs of the enclosing text while inside a link.
    link_stack: Vec<(LinkTarget, Vec<Inline>)>,
    strong: usize,
    em: usize,
}

/// Parses `text`, whose first line is line `first_line` of `file`.
pub(crate) fn parse(
    text: &str,
    first_line: usize,
    file: &Path,
    errors: &mut Vec<ContentError>,
) -> Body {
    let mut b = Builder {
        file,
        errors,
        blocks: Vec::new(),
        links: Vec::new(),
        source_links: Vec::new(),
        container: Container::None,
        inlines: Vec::new(),
        link_stack: Vec::new(),
        strong: 0,
        em: 0,
    };
    for (event, range) in Parser::new_ext(text, Options::empty()).into_offset_iter() {
        let line = first_line + line_of(text, range.start) - 1;
        b.event(event, line);
    }
    Body {
        blocks: b.blocks,
        section_links: b.links,
        source_links: b.source_links,
    }
}

impl Builder<'_> {
    fn error(&mut self, line: usize, message: String) {
        self.errors
            .push(ContentError::new(self.file, line, message));
    }

    fn event(&mut self, event: Event<'_>, line: usize) {
        match event {
            Event::Start(tag) => self.start(tag, line),
            Event::End(tag) => self.end(tag, line),
            Event::Text(t) => self.push_text(&t),
            Event::SoftBreak | Event::HardBreak => self.push_text(" "),
            Event::Html(_) | Event::InlineHtml(_) => self.error(
                line,
                "raw HTML is not allowed; use Markdown (**strong**, *emphasis*, [links](…))".into(),
            ),
            Event::Code(_) => self.error(line, "code (`…`) is not allowed in content".into()),
            Event::Rule => self.error(
                line,
                "horizontal rules (---) are not allowed; use a ## heading".into(),
            ),
            other => self.error(line, format!("unsupported Markdown: {other:?}")),
        }
    }

    fn start(&mut self, tag: Tag<'_>, line: usize) {
        match tag {
            Tag::Paragraph => {
                // A loose list item holds paragraphs: keep them as one item, separated by a space.
                if matches!(self.container, Container::List { .. }) && !self.inlines.is_empty() {
                    self.push_text(" ");
                }
            }
            Tag::Heading { level, .. } => {
                if level != HeadingLevel::H2 {
                    self.error(
                        line,
                        format!("only `##` headings are allowed, found {level}"),
                    );
                }
                if !matches!(self.container, Container::None) {
                    self.error(
                        line,
                        "a heading cannot stand inside a list or a note".into(),
                    );
                }
                self.inlines.clear();
            }
            Tag::List(start) => match self.container {
                Container::None => {
                    self.container = Container::List {
                        ordered: start.is_some(),
                        items: Vec::new(),
                    }
                }
                _ => self.error(line, "lists cannot be nested or put inside a note".into()),
            },
            Tag::Item => self.inlines.clear(),
            Tag::BlockQuote(_) => match self.container {
                Container::None => self.container = Container::Note(Vec::new()),
                _ => self.error(
                    line,
                    "a note (>) cannot be nested or put inside a list".into(),
                ),
            },
            Tag::Emphasis => self.em += 1,
            Tag::Strong => self.strong += 1,
            Tag::Link { dest_url, .. } => {
                let target = if let Some(id) = dest_url.strip_prefix('#') {
                    self.links.push(SectionLink {
                        target: id.to_string(),
                        line,
                    });
                    LinkTarget::Section(id.to_string())
                } else if let Some(id) = dest_url.strip_prefix("source:") {
                    self.source_links.push(SectionLink {
                        target: id.to_string(),
                        line,
                    });
                    LinkTarget::Source(id.to_string())
                } else {
                    // Web addresses live in the bibliography; the check of raw addresses in every
                    // content file reports one here, so only other targets need a word.
                    if !crate::is_web_url(&dest_url) {
                        self.error(
                            line,
                            format!("link `{dest_url}` must be `#section-id` or `source:id` (a work in sources/)"),
                        );
                    }
                    LinkTarget::Source(String::new())
                };
                let outer = std::mem::take(&mut self.inlines);
                self.link_stack.push((target, outer));
            }
            Tag::Image { .. } => self.error(line, "images are not allowed in content".into()),
            Tag::CodeBlock(_) => self.error(line, "code blocks are not allowed in content".into()),
            Tag::HtmlBlock => self.error(line, "raw HTML is not allowed in content".into()),
            other => self.error(line, format!("unsupported Markdown: {other:?}")),
        }
    }

    fn end(&mut self, tag: TagEnd, line: usize) {
        match tag {
            TagEnd::Paragraph => match &mut self.container {
                Container::None => {
                    let runs = self.take_runs(line);
                    self.blocks.push(Block::Paragraph(runs));
                }
                Container::Note(_) => {
                    let runs = self.take_runs(line);
                    if let Container::Note(paras) = &mut self.container {
                        paras.push(runs);
                    }
                }
                Container::List { .. } => {}
            },
            TagEnd::Heading(_) => {
                let text = plain_text(&std::mem::take(&mut self.inlines));
                let text = text.trim().to_string();
                if text.is_empty() {
                    self.error(line, "empty heading".into());
                }
                self.blocks.push(Block::Heading(text));
            }
            TagEnd::Item => {
                let runs = self.take_runs(line);
                if let Container::List { items, .. } = &mut self.container {
                    items.push(runs);
                }
            }
            TagEnd::List(_) => {
                if let Container::List { ordered, items } =
                    std::mem::replace(&mut self.container, Container::None)
                {
                    self.blocks.push(Block::List { ordered, items });
                }
            }
            TagEnd::BlockQuote(_) => {
                if let Container::Note(paras) =
                    std::mem::replace(&mut self.container, Container::None)
                {
                    self.blocks.push(Block::Note(paras));
                }
            }
            TagEnd::Emphasis => self.em = self.em.saturating_sub(1),
            TagEnd::Strong => self.strong = self.strong.saturating_sub(1),
            TagEnd::Link => {
                if let Some((target, outer)) = self.link_stack.pop() {
                    let children = std::mem::replace(&mut self.inlines, outer);
                    if plain_text(&children).trim().is_empty() {
                        self.error(line, "a link needs visible text".into());
                    }
                    self.inlines.push(Inline::Link { target, children });
                }
            }
            _ => {}
        }
    }

    fn push_text(&mut self, text: &str) {
        let (strong, em) = (self.strong > 0, self.em > 0);
        if let Some(Inline::Text {
            text: last,
            strong: s,
            em: e,
        }) = self.inlines.last_mut()
        {
            if *s == strong && *e == em {
                last.push_str(text);
                return;
            }
        }
        self.inlines.push(Inline::Text {
            text: text.to_string(),
            strong,
            em,
        });
    }

    /// Takes the collected runs of a paragraph or item, trimmed; empty text is an error.
    fn take_runs(&mut self, line: usize) -> Vec<Inline> {
        let mut runs = std::mem::take(&mut self.inlines);
        if let Some(Inline::Text { text, .. }) = runs.first_mut() {
            *text = text.trim_start().to_string();
        }
        if let Some(Inline::Text { text, .. }) = runs.last_mut() {
            *text = text.trim_end().to_string();
        }
        runs.retain(|r| !matches!(r, Inline::Text { text, .. } if text.is_empty()));
        if runs.is_empty() {
            self.error(line, "empty paragraph or list item".into());
        }
        runs
    }
}

pub(crate) fn plain_text(runs: &[Inline]) -> String {
    runs.iter()
        .map(|r| match r {
            Inline::Text { text, .. } => text.clone(),
            Inline::Link { children, .. } => plain_text(children),
        })
        .collect()
}
