//! The bibliography: `publishers.toml` (who publishes, how far the source policy trusts them, on which
//! hosts, and the hosts never to cite) and `sources/*.toml` (one entry per cited work). Content cites
//! works by id only, so every web address lives here, where the build checks it against the policy.

use std::collections::HashMap;
use std::path::Path;

use sahel_vocab::Lang;
use serde::Deserialize;
use toml::Spanned;

use crate::error::{line_of, ContentError};
use crate::is_valid_id;
use crate::model::{Banned, Bibliography, Publisher, Source, SourceDate};
use crate::timeline::calendar_date;

/// The source policy's classes (fact sheet §0.1). Class D is the `[[banned]]` list; `carrier` is an
/// outlet cited only for another publisher's text (`via`), never as a publisher itself.
pub const CLASSES: &[&str] = &["A", "A-copy", "B", "B-", "C", "carrier"];
pub const CARRIER: &str = "carrier";

/// What a source's `date` says when the work carries none (a reference article, a web page).
pub const UNDATED: &str = "undated";

/// Languages a source may be written in: its code, then its name in each language of [`STYLES`]
/// ("(in Arabic)", « (en arabe) »).
pub const SOURCE_LANGS: &[(&str, [&str; 2])] = &[
    ("en", ["English", "anglais"]),
    ("fr", ["French", "français"]),
    ("ar", ["Arabic", "arabe"]),
    ("da", ["Danish", "danois"]),
    ("de", ["German", "allemand"]),
    ("es", ["Spanish", "espagnol"]),
    ("it", ["Italian", "italien"]),
    ("nl", ["Dutch", "néerlandais"]),
    ("pt", ["Portuguese", "portugais"]),
    ("sw", ["Swahili", "swahili"]),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistryFile {
    #[serde(default)]
    publisher: Vec<PublisherEntry>,
    #[serde(default)]
    banned: Vec<BannedEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PublisherEntry {
    id: Spanned<String>,
    name: Spanned<String>,
    name_fr: Option<Spanned<String>>,
    class: Spanned<String>,
    #[serde(default)]
    hosts: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BannedEntry {
    why: Spanned<String>,
    #[serde(default)]
    hosts: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    #[serde(default)]
    source: Vec<Spanned<SourceEntry>>,
}

/// Every field but `id` is optional here so that a missing one is reported with the others, by name.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceEntry {
    id: Spanned<String>,
    publisher: Option<Spanned<String>>,
    via: Option<Spanned<String>>,
    title: Option<Spanned<String>>,
    #[serde(default)]
    described: bool,
    date: Option<Spanned<String>>,
    lang: Option<Spanned<String>>,
    url: Option<Spanned<String>>,
}

/// Reads and checks `publishers.toml` and `sources/*.toml` in `dir`.
pub(crate) fn load(dir: &Path, errors: &mut Vec<ContentError>) -> Bibliography {
    let mut bib = Bibliography::default();
    load_registry(&dir.join("publishers.toml"), &mut bib, errors);
    let folder = dir.join("sources");
    let files = match crate::toml_files(&folder) {
        Ok(files) => files,
        Err(e) => {
            errors.push(ContentError::new(
                &folder,
                0,
                format!("cannot read the bibliography folder: {e}"),
            ));
            Vec::new()
        }
    };
    for file in &files {
        if let Some(text) = crate::read_file(file, errors) {
            load_sources(file, &text, &mut bib, errors);
        }
    }
    bib
}

fn parse_toml<T: for<'de> Deserialize<'de>>(
    file: &Path,
    text: &str,
    errors: &mut Vec<ContentError>,
) -> Option<T> {
    toml::from_str(text)
        .map_err(|e| {
            errors.push(ContentError::new(
                file,
                e.span().map_or(1, |s| line_of(text, s.start)),
                e.message().to_string(),
            ))
        })
        .ok()
}

fn load_registry(file: &Path, bib: &mut Bibliography, errors: &mut Vec<ContentError>) {
    let Some(text) = crate::read_file(file, errors) else {
        return;
    };
    let Some(parsed) = parse_toml::<RegistryFile>(file, &text, errors) else {
        return;
    };
    let line = |s: &Spanned<String>| line_of(&text, s.span().start);
    let mut push = |at: usize, msg: String| errors.push(ContentError::new(file, at, msg));

    for b in parsed.banned {
        if b.why.get_ref().trim().is_empty() {
            push(line(&b.why), "a [[banned]] entry needs a `why`".into());
        }
        if b.hosts.is_empty() {
            push(line(&b.why), "a [[banned]] entry lists no hosts".into());
        }
        for h in &b.hosts {
            if !is_host_pattern(h.get_ref()) {
                push(
                    line(h),
                    format!(
                        "`{}` is not a host or host pattern (example.org, *.example.org, staging.*)",
                        h.get_ref()
                    ),
                );
            }
        }
        bib.banned.push(Banned {
            why: b.why.into_inner(),
            hosts: b.hosts.into_iter().map(Spanned::into_inner).collect(),
        });
    }

    let mut owners: HashMap<String, String> = HashMap::new();
    for p in parsed.publisher {
        let id = p.id.get_ref().clone();
        if !is_valid_id(&id) {
            push(
                line(&p.id),
                format!("publisher id `{id}` must use only lower-case letters, digits and single hyphens"),
            );
        } else if bib.publishers.iter().any(|q| q.id == id) {
            push(line(&p.id), format!("duplicate publisher id `{id}`"));
        }
        for (field, value) in [("name", Some(&p.name)), ("name_fr", p.name_fr.as_ref())] {
            if let Some(v) = value.filter(|v| v.get_ref().trim().is_empty()) {
                push(
                    line(v),
                    format!("publisher `{id}`: `{field}` must not be empty"),
                );
            }
        }
        if !CLASSES.contains(&p.class.get_ref().as_str()) {
            push(
                line(&p.class),
                format!(
                    "publisher `{id}`: class `{}` must be one of {}",
                    p.class.get_ref(),
                    CLASSES.join(", ")
                ),
            );
        }
        if p.hosts.is_empty() {
            push(
                line(&p.id),
                format!("publisher `{id}` lists no hosts (hosts = [\"example.org\"])"),
            );
        }
        let mut hosts = Vec::new();
        for h in &p.hosts {
            let host = normal_host(h.get_ref());
            if !is_host(h.get_ref()) {
                push(
                    line(h),
                    format!("publisher `{id}`: `{}` is not a host name", h.get_ref()),
                );
            } else if let Some(why) = bib.banned_why(&host) {
                push(
                    line(h),
                    format!("publisher `{id}`: host `{host}` is banned ({why})"),
                );
            } else if let Some(other) = owners.get(&host) {
                push(
                    line(h),
                    format!("publisher `{id}`: host `{host}` is already claimed by `{other}`"),
                );
            } else {
                owners.insert(host.clone(), id.clone());
            }
            hosts.push(host);
        }
        bib.publishers.push(Publisher {
            id,
            name: p.name.into_inner().trim().to_string(),
            name_fr: p.name_fr.map(|n| n.into_inner().trim().to_string()),
            class: p.class.into_inner(),
            hosts,
        });
    }
}

fn load_sources(file: &Path, text: &str, bib: &mut Bibliography, errors: &mut Vec<ContentError>) {
    let Some(parsed) = parse_toml::<SourcesFile>(file, text, errors) else {
        return;
    };
    let line = |s: &Spanned<String>| line_of(text, s.span().start);
    for entry in parsed.source {
        let entry_line = line_of(text, entry.span().start);
        let e = entry.into_inner();
        let id = e.id.get_ref().clone();
        let mut push = |at: usize, msg: String| {
            errors.push(ContentError::new(file, at, format!("source `{id}`: {msg}")))
        };
        if !is_valid_id(&id) {
            push(
                line(&e.id),
                "the id must use only lower-case letters, digits and single hyphens".into(),
            );
        } else if let Some(other) = bib.sources.iter().find(|s| s.id == id) {
            push(
                line(&e.id),
                format!(
                    "duplicate source id (also in {}, line {})",
                    other.file.file_name().unwrap_or_default().to_string_lossy(),
                    other.line
                ),
            );
        }
        // Each required text: present and not empty, or reported by name.
        let mut required = |field: &str, value: &Option<Spanned<String>>| -> Option<String> {
            match value {
                None => {
                    push(entry_line, format!("`{field}` is missing"));
                    None
                }
                Some(v) if v.get_ref().trim().is_empty() => {
                    push(line(v), format!("`{field}` must not be empty"));
                    None
                }
                Some(v) => Some(v.get_ref().trim().to_string()),
            }
        };
        let publisher = required("publisher", &e.publisher);
        let title = required("title", &e.title);
        let date = required("date", &e.date);
        let lang = required("lang", &e.lang);
        let url = required("url", &e.url);
        let at = |v: &Option<Spanned<String>>| v.as_ref().map_or(entry_line, line);

        let mut site = None;
        if let Some(p) = &publisher {
            match bib.publisher(p) {
                None => push(
                    at(&e.publisher),
                    format!("unknown publisher `{p}` (add it to publishers.toml)"),
                ),
                Some(pb) if pb.class == CARRIER => push(
                    at(&e.publisher),
                    format!(
                        "`{p}` is a carrier, never a publisher: name whose text it is and put `via = \"{p}\"`"
                    ),
                ),
                Some(pb) => site = Some(pb),
            }
        }
        if let Some(v) = &e.via {
            match bib.publisher(v.get_ref()) {
                None => push(
                    line(v),
                    format!("unknown publisher `{}` in `via`", v.get_ref()),
                ),
                Some(pb) if Some(v.get_ref()) == publisher.as_ref() => {
                    push(line(v), format!("`via` repeats the publisher `{}`", pb.id))
                }
                Some(pb) => site = Some(pb),
            }
        }
        let parsed_date = date.as_deref().and_then(|d| {
            if d == UNDATED {
                return Some(None);
            }
            calendar_date(d, true)
                .map(|(year, month, day)| Some(SourceDate { year, month, day }))
                .map_err(|msg| push(at(&e.date), format!("{msg} (or \"{UNDATED}\")")))
                .ok()
        });
        if let Some(l) = lang.as_deref() {
            if !SOURCE_LANGS.iter().any(|(code, _)| *code == l) {
                let known: Vec<&str> = SOURCE_LANGS.iter().map(|(c, _)| *c).collect();
                push(
                    at(&e.lang),
                    format!("unknown language `{l}` (one of: {})", known.join(", ")),
                );
            }
        }
        if let Some(u) = url.as_deref() {
            match host_of(u) {
                None => push(
                    at(&e.url),
                    format!("`{u}` must be an http:// or https:// address"),
                ),
                Some(host) => {
                    let owner = bib.publishers.iter().find(|q| q.hosts.contains(&host));
                    if let Some(why) = bib.banned_why(&host) {
                        push(at(&e.url), format!("host `{host}` is banned ({why})"));
                    } else if owner.is_none() {
                        push(
                            at(&e.url),
                            format!(
                                "unknown host `{host}`: no publisher in publishers.toml lists it"
                            ),
                        );
                    } else if let (Some(pb), Some(owner)) = (site, owner) {
                        if pb.id != owner.id {
                            push(
                                at(&e.url),
                                format!(
                                    "host `{host}` belongs to `{}`, not to `{}` (set `via`, or fix the address)",
                                    owner.id, pb.id
                                ),
                            );
                        }
                    }
                    if let Some(other) = bib.sources.iter().find(|s| s.url == u) {
                        push(
                            at(&e.url),
                            format!("the same address as `{}`: one work, one entry", other.id),
                        );
                    }
                }
            }
        }
        // Kept even when something is wrong, so that references to it resolve and only the real
        // problem is reported; a content folder with errors is never compiled.
        bib.sources.push(Source {
            id,
            publisher: publisher.unwrap_or_default(),
            via: e.via.map(Spanned::into_inner),
            title: title.unwrap_or_default(),
            described: e.described,
            date: parsed_date.flatten(),
            lang: lang.unwrap_or_default(),
            url: url.unwrap_or_default(),
            file: file.to_path_buf(),
            line: entry_line,
        });
    }
}

/// The host of an http(s) address, lower case and without `www.`; `None` if it is not one.
pub fn host_of(url: &str) -> Option<String> {
    if !crate::is_web_url(url) {
        return None;
    }
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    is_host(host).then(|| normal_host(host))
}

fn normal_host(host: &str) -> String {
    let host = host.to_ascii_lowercase();
    host.strip_prefix("www.")
        .map_or(host.clone(), str::to_string)
}

/// Letters, digits, hyphens and dots, with at least one dot: `news.un.org`.
fn is_host(host: &str) -> bool {
    host.contains('.')
        && host.split('.').all(|label| {
            !label.is_empty()
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// A host, `*.` and a host (the domain and all its sub-domains), or a first label and `.*`.
fn is_host_pattern(pattern: &str) -> bool {
    if let Some(domain) = pattern.strip_prefix("*.") {
        is_host(domain)
    } else if let Some(label) = pattern.strip_suffix(".*") {
        is_host(&format!("{label}.x"))
    } else {
        is_host(pattern)
    }
}

fn matches(pattern: &str, host: &str) -> bool {
    if let Some(domain) = pattern.strip_prefix("*.") {
        host == domain || host.ends_with(&format!(".{domain}"))
    } else if let Some(label) = pattern.strip_suffix(".*") {
        host.split('.').next() == Some(label)
    } else {
        host == normal_host(pattern)
    }
}

impl Bibliography {
    pub fn publisher(&self, id: &str) -> Option<&Publisher> {
        self.publishers.iter().find(|p| p.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// Why `host` must never be cited, if it is on the banned list.
    pub fn banned_why(&self, host: &str) -> Option<&str> {
        let host = normal_host(host);
        self.banned
            .iter()
            .find(|b| b.hosts.iter().any(|p| matches(p, &host)))
            .map(|b| b.why.as_str())
    }

    /// A source's class under the policy: its publisher's, except that an official (A) text read on
    /// a carrier's site, such as a UN statement on a press-release wire, is a copy (A-copy).
    pub fn class_of(&self, source: &Source) -> &str {
        let class = self
            .publisher(&source.publisher)
            .map_or("", |p| p.class.as_str());
        let carried = source
            .via
            .as_deref()
            .and_then(|v| self.publisher(v))
            .is_some_and(|v| v.class == CARRIER);
        if class == "A" && carried {
            "A-copy"
        } else {
            class
        }
    }
}

/// How a citation reads in one of the app's languages.
struct Style {
    lang: Lang,
    quotes: (&'static str, &'static str),
    undated: &'static str,
    /// "(in French)" / « (en anglais) »: the word before a language's name.
    written_in: &'static str,
}

/// One style per language the app is written in (`KNOWN_LANGS`), in the order of the names in
/// [`SOURCE_LANGS`].
const STYLES: &[(&str, Style)] = &[
    (
        "en",
        Style {
            lang: Lang::En,
            quotes: ("\u{201C}", "\u{201D}"),
            undated: "undated",
            written_in: "in",
        },
    ),
    (
        "fr",
        Style {
            lang: Lang::Fr,
            quotes: ("\u{AB}\u{A0}", "\u{A0}\u{BB}"),
            undated: "sans date",
            written_in: "en",
        },
    ),
];

/// Whether the app knows how to write a citation in `lang`.
pub fn has_citation_style(lang: &str) -> bool {
    STYLES.iter().any(|(l, _)| *l == lang)
}

impl Bibliography {
    /// `source` as a reader of `lang` sees it, ready to copy into a bibliography: publisher (and the
    /// outlet that carried it), title in quotes or [a description] in brackets, date, and the
    /// language it is written in when that is not the reader's.
    pub fn citation(&self, source: &Source, lang: &str) -> String {
        let column = STYLES.iter().position(|(l, _)| *l == lang).unwrap_or(0);
        let style = &STYLES[column].1;
        // French names and titles take French typography, like every French text the build writes.
        let name = |id: &str| {
            self.publisher(id)
                .map_or(id.to_string(), |p| match &p.name_fr {
                    Some(fr) if lang == "fr" => crate::typeset("fr", fr),
                    _ => p.name.clone(),
                })
        };
        let mut out = name(&source.publisher);
        if let Some(via) = &source.via {
            out.push_str(", via ");
            out.push_str(&name(via));
        }
        out.push_str(", ");
        let (open, close) = if source.described {
            ("[", "]")
        } else {
            style.quotes
        };
        out.push_str(open);
        out.push_str(&crate::typeset(&source.lang, &source.title));
        out.push_str(close);
        out.push_str(", ");
        match source.date {
            None => out.push_str(style.undated),
            Some(SourceDate { year, month, day }) => {
                out.push_str(&style.lang.date(year, month, day));
            }
        }
        if source.lang != lang {
            if let Some((_, names)) = SOURCE_LANGS.iter().find(|(code, _)| *code == source.lang) {
                out.push_str(&format!(" ({} {})", style.written_in, names[column]));
            }
        }
        out
    }
}
