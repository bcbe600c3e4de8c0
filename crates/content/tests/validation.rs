//! Malformed content must fail with the file, the line and what is wrong. Each test writes a small
//! content folder (a valid one, with one thing broken) and checks the exact message an editor sees.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use sahel_content::{load, Bibliography, Block, Inline, LinkTarget, Source};

const GOOD_SECTION: &str = r#"+++
id = "alpha"
title = "Alpha"
lead = "The first section."

# works from the bibliography, by id
sources = ["un-2013-a"]

+++

Some **strong** and *soft* words, see [beta](#beta).

## A sub-section

- one
- two [source](source:un-2023-c)

> **Often misstated:** a correction.
"#;

const BETA: &str = "+++\nid = \"beta\"\ntitle = \"Beta\"\nlead = \"Second.\"\n\nsources = [\n  \"afp-2022-b\",\n]\n+++\n\nBody of beta.\n";

const GOOD_TIMELINE: &str = r#"# events
[[event]]
id = "first"
date = "2012-01-16"
actor = "armed-groups"
section = "alpha"
source = "un-2013-a"
en = "Something happens."

[[event]]
id = "second"
date = "2013-04"
actor = "un"
section = "beta"
source = "afp-2022-b"
en = "Something else happens."
"#;

const PUBLISHERS: &str = r#"[[publisher]]
id = "un"
name = "United Nations"
name_fr = "Nations unies"
class = "A"
hosts = ["un.org", "press.un.org"]

[[publisher]]
id = "afp"
name = "AFP"
class = "B"
hosts = ["afp.com"]

[[publisher]]
id = "africanews"
name = "Africanews"
class = "B"
hosts = ["africanews.com"]

[[publisher]]
id = "zawya"
name = "Zawya"
class = "carrier"
hosts = ["zawya.com"]

[[banned]]
why = "Wikipedia mirror"
hosts = ["wikimili.com", "*.wiki.x.io", "staging.*"]
"#;

/// Three works: an official text, an agency story on an outlet's site in French, and an official
/// statement carried by a press-release wire, described rather than titled.
const SOURCES: &str = r#"[[source]]
id = "un-2013-a"
publisher = "un"
title = "Resolution A"
date = "2013-04-25"
lang = "en"
url = "https://press.un.org/en/2013/a.htm"

[[source]]
id = "afp-2022-b"
publisher = "afp"
via = "africanews"
title = "Départ de la force"
date = "2022-07-01"
lang = "fr"
url = "https://www.africanews.com/2022/07/01/b"

[[source]]
id = "un-2023-c"
publisher = "un"
via = "zawya"
title = "Statement on Mali"
described = true
date = "2023-12"
lang = "en"
url = "https://www.zawya.com/c"
"#;

/// The content's date, each section's objectives and questions (in both languages, so a test may
/// add a French folder), and a guide with one activity and one path.
const META: &str = "# when checked\nchecked = \"2026-12-01\"\n";

const CLASSROOM: &str = r#"[[objective]]
section = "alpha"
en = "explain alpha."
fr = "expliquer alpha."

[[objective]]
section = "alpha"
en = "compare alpha with beta."
fr = "comparer alpha et beta."

[[objective]]
section = "beta"
en = "place beta on a map."
fr = "situer beta sur une carte."

[[objective]]
section = "beta"
en = "evaluate beta."
fr = "évaluer beta."

[[question]]
section = "alpha"
en = "Why alpha?"
fr = "Pourquoi alpha ?"

[[question]]
section = "alpha"
en = "Why not beta?"
fr = "Pourquoi pas beta ?"

[[question]]
section = "beta"
en = "Who decides?"
fr = "Qui décide ?"

[[question]]
section = "beta"
en = "What would you change?"
fr = "Que changeriez-vous ?"
"#;

const GUIDE: &str = r#"[[activity]]
id = "two-views"
section = "alpha"
sources = ["un-2013-a", "afp-2022-b"]
title.en = "Two views"
title.fr = "Deux points de vue"
task.en = "Compare them."
task.fr = "Comparez-les."
look_for.en = "Who speaks."
look_for.fr = "Qui parle."

[[path]]
id = "one-hour"
title.en = "One hour"
title.fr = "Une heure"

[[path.lesson]]
title.en = "The lesson"
title.fr = "La séance"

[[path.lesson.step]]
minutes = 20
link = "section:beta"
text.en = "Read beta."
text.fr = "Lisez beta."

[[path.lesson.step]]
minutes = 20
link = "activity:two-views"
text.en = "Do the activity."
text.fr = "Faites l'activité."
"#;

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A fresh content folder holding the good fixture with `overrides` applied (path, text).
fn fixture(overrides: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "sahel-content-test-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = fs::remove_dir_all(&dir);
    let mut files = vec![
        ("en/sections/01-alpha.md", GOOD_SECTION),
        ("en/sections/02-beta.md", BETA),
        ("timeline.toml", GOOD_TIMELINE),
        ("publishers.toml", PUBLISHERS),
        ("sources/works.toml", SOURCES),
        ("meta.toml", META),
        ("classroom.toml", CLASSROOM),
        ("guide.toml", GUIDE),
    ];
    for (path, text) in overrides {
        files.retain(|(p, _)| p != path);
        files.push((path, text));
    }
    for (path, text) in files {
        let full = dir.join(path);
        fs::create_dir_all(full.parent().unwrap()).unwrap();
        fs::write(full, text).unwrap();
    }
    dir
}

/// The errors of loading `dir`, as `relative/path:line: message`.
fn errors(dir: &Path) -> Vec<String> {
    match load(dir) {
        Ok(_) => Vec::new(),
        Err(errs) => errs
            .iter()
            .map(|e| {
                let rel = e.file.strip_prefix(dir).unwrap_or(&e.file);
                let mut e = e.clone();
                e.file = rel.to_path_buf();
                e.to_string()
            })
            .collect(),
    }
}

fn assert_error(overrides: &[(&str, &str)], expected: &str) {
    let dir = fixture(overrides);
    let errs = errors(&dir);
    assert!(
        errs.iter().any(|e| e == expected),
        "expected error `{expected}`, got {errs:#?}"
    );
}

#[test]
fn good_content_loads_into_blocks() {
    let content = load(&fixture(&[])).expect("good fixture loads");
    let alpha = &content.sections[0].sections[0];
    assert_eq!(alpha.id, "alpha");
    assert_eq!(alpha.sources, ["un-2013-a"]);
    assert_eq!(content.bibliography.sources.len(), 3);
    assert!(matches!(&alpha.body[1], Block::Heading(h) if h == "A sub-section"));
    let Block::Paragraph(runs) = &alpha.body[0] else {
        panic!("paragraph first")
    };
    assert!(runs.contains(&Inline::Text {
        text: "strong".into(),
        strong: true,
        em: false
    }));
    assert!(runs.iter().any(
        |r| matches!(r, Inline::Link { target: LinkTarget::Section(id), .. } if id == "beta")
    ));
    assert!(matches!(&alpha.body[2], Block::List { ordered: false, items } if items.len() == 2));
    assert!(matches!(&alpha.body[3], Block::Note(_)));
    assert_eq!(content.timeline.len(), 2);
    assert_eq!(content.timeline[1].date.day, None);
}

#[test]
fn generated_rust_names_every_section_and_event() {
    let rust = sahel_content::to_rust(&load(&fixture(&[])).unwrap());
    assert!(rust.contains("id: \"alpha\""));
    assert!(rust.contains("actor: Actor::ArmedGroups"));
    assert!(rust.contains("day: None"));
}

/// The app finds each text by its index in a per-language file; the files must line up.
#[test]
fn text_files_hold_every_text_at_the_index_the_code_uses() {
    let fr_alpha = GOOD_SECTION.replace("title = \"Alpha\"", "title = \"Alpha en français\"");
    let fr_beta = BETA.replace("Body of beta.", "Corps de beta.");
    let content = load(&fixture(&[
        ("fr/sections/01-alpha.md", fr_alpha.as_str()),
        ("fr/sections/02-beta.md", fr_beta.as_str()),
        (
            "timeline.toml",
            &GOOD_TIMELINE
                .replace(
                    "en = \"Something happens.\"",
                    "en = \"Something happens.\"\nfr = \"Il se passe quelque chose.\"",
                )
                .replace(
                    "en = \"Something else happens.\"",
                    "en = \"Something else happens.\"\nfr = \"Autre chose.\"",
                ),
        ),
    ]))
    .expect("bilingual fixture loads");
    let generated = sahel_content::generate(&content);
    let parts = generated.parts.len();
    assert_eq!(generated.parts, sahel_content::part_names(&content.quizzes));
    assert_eq!(
        generated.texts.len(),
        2 * parts,
        "each language in {parts} parts"
    );
    // A language's parts, in order, hold its texts at the indices the code uses.
    let whole = |lang: &str| -> Vec<String> {
        let files: Vec<&sahel_content::TextFile> =
            generated.texts.iter().filter(|f| f.lang == lang).collect();
        for (file, part) in files.iter().zip(&generated.parts) {
            assert!(
                file.name.starts_with(&format!("{lang}-{part}-")) && file.name.ends_with(".txt")
            );
            assert!(generated.rust.contains(&file.name));
        }
        // This fixture has no quizzes or map: those parts are empty files.
        files
            .iter()
            .filter(|f| !f.contents.is_empty())
            .flat_map(|f| f.contents.split(sahel_content::TEXT_SEPARATOR))
            .map(String::from)
            .collect()
    };
    let (en_texts, fr_texts) = (whole("en"), whole("fr"));
    assert_eq!(en_texts.len(), fr_texts.len());
    assert!(
        generated.rust.contains(&format!(", {}];", en_texts.len())),
        "TEXT_BOUNDS ends at the number of texts"
    );
    // A shared text (a timeline event) sits at the same index in both files.
    let event = en_texts
        .iter()
        .position(|t| t == "Something happens.")
        .unwrap();
    assert_eq!(fr_texts[event], "Il se passe quelque chose.");
    assert!(generated.rust.contains(&format!("text: Text({event}) }}")));
    // A section's own words are in its language's file only.
    let title = fr_texts
        .iter()
        .position(|t| t == "Alpha en français")
        .unwrap();
    assert_eq!(en_texts[title], "");
    // The name follows the text, so a browser never keeps a stale copy.
    let name_of = |timeline: &str| {
        let content = load(&fixture(&[("timeline.toml", timeline)])).unwrap();
        let texts = sahel_content::generate(&content).texts;
        let file = texts.iter().find(|f| f.name.starts_with("en-timeline-"));
        file.expect("a timeline part").name.clone()
    };
    assert_eq!(name_of(GOOD_TIMELINE), name_of(GOOD_TIMELINE));
    assert_ne!(
        name_of(GOOD_TIMELINE),
        name_of(&GOOD_TIMELINE.replace("Something else", "More"))
    );
}

#[test]
fn a_source_cited_twice_in_a_part_is_stored_once() {
    let same = GOOD_TIMELINE.replace("afp-2022-b", "un-2013-a");
    let content = load(&fixture(&[("timeline.toml", same.as_str())])).unwrap();
    let generated = sahel_content::generate(&content);
    let file = generated
        .texts
        .iter()
        .find(|f| f.name.starts_with("en-timeline-"))
        .unwrap();
    let texts: Vec<&str> = file.contents.split(sahel_content::TEXT_SEPARATOR).collect();
    let count = |text: &str| texts.iter().filter(|t| **t == text).count();
    assert_eq!(count("https://press.un.org/en/2013/a.htm"), 1);
    assert_eq!(
        count("United Nations, \u{201C}Resolution A\u{201D}, 25 April 2013"),
        1
    );
    // Both events point at that one copy.
    let start = generated.rust.find("pub static TIMELINE").unwrap();
    let timeline = &generated.rust[start..generated.rust[start..].find("];").unwrap() + start];
    let sources: Vec<&str> = timeline
        .match_indices("source: SourceRef {")
        .map(|(i, _)| &timeline[i..i + timeline[i..].find('}').unwrap()])
        .collect();
    assert_eq!(sources.len(), 2);
    assert_eq!(sources[0], sources[1]);
}

/// Sections in one language citing the same work share its citation, written in that language.
#[test]
fn section_citations_are_in_the_sections_language_and_stored_once() {
    let beta = BETA.replace("\"afp-2022-b\"", "\"un-2013-a\", \"afp-2022-b\"");
    let fr_alpha = GOOD_SECTION.replace("see [beta](#beta)", "voir [beta](#beta)");
    let timeline = GOOD_TIMELINE
        .replace("en = \"Something happens.\"", "en = \"x\"\nfr = \"x\"")
        .replace("en = \"Something else happens.\"", "en = \"y\"\nfr = \"y\"");
    let content = load(&fixture(&[
        ("en/sections/02-beta.md", &beta),
        ("fr/sections/01-alpha.md", &fr_alpha),
        ("fr/sections/02-beta.md", &beta),
        ("timeline.toml", &timeline),
    ]))
    .expect("loads");
    let generated = sahel_content::generate(&content);
    // Citations come with the sections' bodies, in the part fetched when a section is opened.
    let main = |lang: &str| -> Vec<String> {
        let file = generated
            .texts
            .iter()
            .find(|f| f.name.starts_with(&format!("{lang}-sections-")))
            .unwrap();
        file.contents
            .split(sahel_content::TEXT_SEPARATOR)
            .map(String::from)
            .collect()
    };
    let (en, fr) = (main("en"), main("fr"));
    let en_cite = "United Nations, \u{201C}Resolution A\u{201D}, 25 April 2013";
    let fr_cite = "Nations unies, \u{AB}\u{A0}Resolution A\u{A0}\u{BB}, 25 avril 2013 (en anglais)";
    assert_eq!(en.iter().filter(|t| *t == en_cite).count(), 1);
    assert_eq!(fr.iter().filter(|t| *t == fr_cite).count(), 1);
    let at = en.iter().position(|t| t == en_cite).unwrap();
    assert_eq!(fr[at], "", "the English citation's slot is empty in French");
    let rust = &generated.rust;
    let part_start = generated
        .texts
        .iter()
        .find(|f| f.name.starts_with("en-main-"))
        .unwrap()
        .contents
        .split(sahel_content::TEXT_SEPARATOR)
        .count();
    let at = at + part_start;
    let url = en
        .iter()
        .position(|t| t == "https://press.un.org/en/2013/a.htm")
        .unwrap()
        + part_start;
    assert_eq!(
        rust.matches(&format!(
            "SourceRef {{ text: Text({at}), url: Text({url}) }}"
        ))
        .count(),
        2,
        "alpha and beta cite it, in English"
    );
}

#[test]
fn control_characters_are_refused() {
    assert_error(
        &[(
            "en/sections/02-beta.md",
            &BETA.replace("Body of", "Body \u{1F}of"),
        )],
        "en/sections/02-beta.md:11: invisible control character U+001F; delete it",
    );
}

#[test]
fn missing_front_matter() {
    assert_error(
        &[("en/sections/02-beta.md", "id = \"beta\"\n")],
        "en/sections/02-beta.md:1: a section must start with a `+++` line opening its front matter",
    );
}

#[test]
fn unclosed_front_matter() {
    assert_error(
        &[("en/sections/02-beta.md", "+++\nid = \"beta\"\n")],
        "en/sections/02-beta.md:1: the front matter opened on line 1 is never closed by a `+++` line",
    );
}

#[test]
fn toml_syntax_error_points_at_its_line() {
    let broken = BETA.replace("lead = \"Second.\"", "lead = Second.");
    let dir = fixture(&[("en/sections/02-beta.md", &broken)]);
    let errs = errors(&dir);
    assert!(
        errs.iter()
            .any(|e| e.starts_with("en/sections/02-beta.md:4: front matter:")),
        "{errs:#?}"
    );
}

#[test]
fn unknown_front_matter_field() {
    let broken = BETA.replace("lead = \"Second.\"", "lead = \"Second.\"\nauthor = \"x\"");
    let dir = fixture(&[("en/sections/02-beta.md", &broken)]);
    let errs = errors(&dir);
    assert!(
        errs.iter().any(
            |e| e.starts_with("en/sections/02-beta.md:5: front matter: unknown field `author`")
        ),
        "{errs:#?}"
    );
}

#[test]
fn empty_title() {
    assert_error(
        &[(
            "en/sections/02-beta.md",
            &BETA.replace("\"Beta\"", "\"  \""),
        )],
        "en/sections/02-beta.md:3: `title` must not be empty",
    );
}

#[test]
fn section_without_sources() {
    let broken = "+++\nid = \"beta\"\ntitle = \"Beta\"\nlead = \"Second.\"\n+++\n\nBody.\n";
    assert_error(
        &[("en/sections/02-beta.md", broken)],
        "en/sections/02-beta.md:2: a section must cite at least one source (sources = [\"id\", …], ids from sources/)",
    );
}

#[test]
fn sections_cite_known_sources_only() {
    assert_error(
        &[(
            "en/sections/02-beta.md",
            &BETA.replace("afp-2022-b", "afp-2099-z"),
        )],
        "en/sections/02-beta.md:7: unknown source `afp-2099-z` (no such id in sources/)",
    );
    assert_error(
        &[(
            "en/sections/02-beta.md",
            &format!("{BETA}\nSee [the report](source:un-1999-x).\n"),
        )],
        "en/sections/02-beta.md:13: unknown source `un-1999-x` (no such id in sources/)",
    );
}

#[test]
fn web_addresses_live_in_the_bibliography_only() {
    assert_error(
        &[(
            "en/sections/02-beta.md",
            &format!("{BETA}\nSee [the report](https://press.un.org/en/2013/a.htm).\n"),
        )],
        "en/sections/02-beta.md:13: web address outside sources/: cite the work by its id (add it to sources/ if it is new)",
    );
    assert_error(
        &[(
            "timeline.toml",
            &GOOD_TIMELINE.replace("source = \"un-2013-a\"", "source = \"https://press.un.org/en/2013/a.htm\""),
        )],
        "timeline.toml:7: web address outside sources/: cite the work by its id (add it to sources/ if it is new)",
    );
}

#[test]
fn duplicate_section_ids() {
    let dup = GOOD_SECTION.replace("see [beta](#beta)", "see beta");
    let dir = fixture(&[("en/sections/03-alpha.md", &dup)]);
    let errs = errors(&dir);
    assert!(
        errs.contains(&"en/sections/03-alpha.md:2: duplicate section id `alpha`".to_string()),
        "{errs:#?}"
    );
}

#[test]
fn file_name_must_match_id() {
    let dir = fixture(&[(
        "en/sections/02-beta.md",
        &BETA.replace("id = \"beta\"", "id = \"gamma\""),
    )]);
    let errs = errors(&dir);
    assert!(
        errs.contains(&"en/sections/02-beta.md:2: the file must be named NN-gamma.md (two digits for the order, then the id)".to_string()),
        "{errs:#?}"
    );
}

#[test]
fn bad_id_characters() {
    let dir = fixture(&[(
        "en/sections/02-beta.md",
        &BETA.replace("id = \"beta\"", "id = \"Beta Two\""),
    )]);
    let errs = errors(&dir);
    assert!(
        errs.iter().any(|e| e == "en/sections/02-beta.md:2: id `Beta Two` must use only lower-case letters, digits and single hyphens"),
        "{errs:#?}"
    );
}

#[test]
fn raw_html_is_refused() {
    assert_error(
        &[(
            "en/sections/02-beta.md",
            &format!("{BETA}\n<script>alert(1)</script>\n"),
        )],
        "en/sections/02-beta.md:13: raw HTML is not allowed in content",
    );
}

#[test]
fn inline_html_is_refused() {
    assert_error(
        &[("en/sections/02-beta.md", &format!("{BETA}\nText with <b>bold</b>.\n"))],
        "en/sections/02-beta.md:13: raw HTML is not allowed; use Markdown (**strong**, *emphasis*, [links](…))",
    );
}

#[test]
fn images_and_deep_headings_are_refused() {
    let dir = fixture(&[(
        "en/sections/02-beta.md",
        &format!("{BETA}\n### Deep\n\n![map](map.png)\n"),
    )]);
    let errs = errors(&dir);
    assert!(
        errs.contains(
            &"en/sections/02-beta.md:13: only `##` headings are allowed, found h3".to_string()
        ),
        "{errs:#?}"
    );
    assert!(
        errs.contains(&"en/sections/02-beta.md:15: images are not allowed in content".to_string()),
        "{errs:#?}"
    );
}

#[test]
fn nested_lists_are_refused() {
    assert_error(
        &[(
            "en/sections/02-beta.md",
            &format!("{BETA}\n- one\n  - nested\n"),
        )],
        "en/sections/02-beta.md:14: lists cannot be nested or put inside a note",
    );
}

#[test]
fn link_to_unknown_section() {
    assert_error(
        &[(
            "en/sections/02-beta.md",
            &format!("{BETA}\nSee [nowhere](#nowhere).\n"),
        )],
        "en/sections/02-beta.md:13: link to unknown section `#nowhere`",
    );
}

#[test]
fn unsafe_link_scheme() {
    assert_error(
        &[("en/sections/02-beta.md", &format!("{BETA}\nSee [x](javascript:alert(1)).\n"))],
        "en/sections/02-beta.md:13: link `javascript:alert(1)` must be `#section-id` or `source:id` (a work in sources/)",
    );
}

#[test]
fn empty_body() {
    let broken = BETA.replace("\nBody of beta.\n", "\n");
    assert_error(
        &[("en/sections/02-beta.md", &broken)],
        "en/sections/02-beta.md:10: the section has no body text",
    );
}

fn timeline_with(event: &str) -> String {
    format!("{GOOD_TIMELINE}\n[[event]]\n{event}\n")
}

#[test]
fn timeline_event_with_unknown_section() {
    let t = timeline_with("id = \"third\"\ndate = \"2014-01-01\"\nactor = \"un\"\nsection = \"gamma\"\nsource = \"un-2013-a\"\nen = \"Text.\"");
    assert_error(
        &[("timeline.toml", &t)],
        "timeline.toml:22: event `third` links to unknown section `gamma`",
    );
}

#[test]
fn timeline_bad_date_and_actor() {
    let t = timeline_with("id = \"third\"\ndate = \"2014-02-30\"\nactor = \"nato\"\nsection = \"beta\"\nsource = \"un-2013-a\"\nen = \"Text.\"");
    let dir = fixture(&[("timeline.toml", &t)]);
    let errs = errors(&dir);
    assert!(
        errs.contains(
            &"timeline.toml:20: date `2014-02-30` is not a day of that month".to_string()
        ),
        "{errs:#?}"
    );
    assert!(
        errs.iter()
            .any(|e| e.starts_with("timeline.toml:21: unknown actor `nato`")),
        "{errs:#?}"
    );
}

#[test]
fn timeline_out_of_order_and_range() {
    let t = timeline_with("id = \"third\"\ndate = \"2012-05\"\nactor = \"un\"\nsection = \"beta\"\nsource = \"un-2013-a\"\nen = \"Text.\"");
    assert_error(
        &[("timeline.toml", &t)],
        "timeline.toml:20: event `third` is out of date order: events must be sorted by date",
    );
    let t = timeline_with("id = \"third\"\ndate = \"2030-01\"\nactor = \"un\"\nsection = \"beta\"\nsource = \"un-2013-a\"\nen = \"Text.\"");
    assert_error(
        &[("timeline.toml", &t)],
        "timeline.toml:20: date `2030-01` is outside 2012–2025",
    );
}

#[test]
fn timeline_duplicate_id_and_missing_text() {
    let t = timeline_with("id = \"first\"\ndate = \"2014-01\"\nactor = \"un\"\nsection = \"beta\"\nsource = \"un-2013-a\"");
    let dir = fixture(&[("timeline.toml", &t)]);
    let errs = errors(&dir);
    assert!(
        errs.contains(&"timeline.toml:19: duplicate event id `first`".to_string()),
        "{errs:#?}"
    );
    assert!(
        errs.contains(&"timeline.toml:19: event `first` has no `en` text".to_string()),
        "{errs:#?}"
    );
}

#[test]
fn timeline_missing_field_is_reported() {
    let t = timeline_with("id = \"third\"\ndate = \"2014-01\"\nsection = \"beta\"\nsource = \"un-2013-a\"\nen = \"x\"");
    let dir = fixture(&[("timeline.toml", &t)]);
    let errs = errors(&dir);
    assert!(
        errs.iter()
            .any(|e| e.starts_with("timeline.toml:") && e.contains("missing field `actor`")),
        "{errs:#?}"
    );
}

#[test]
fn second_language_must_match_the_first() {
    let fr_alpha = GOOD_SECTION.replace("see [beta](#beta)", "voir beta");
    let t = GOOD_TIMELINE.replace(
        "en = \"Something happens.\"",
        "en = \"Something happens.\"\nfr = \"Il se passe quelque chose.\"",
    );
    let dir = fixture(&[
        ("fr/sections/01-alpha.md", &fr_alpha),
        ("timeline.toml", &t),
    ]);
    let errs = errors(&dir);
    assert!(
        errs.contains(&"fr/sections: `fr` lacks sections that `en` has: beta".to_string()),
        "{errs:#?}"
    );
    assert!(
        errs.contains(&"timeline.toml:12: event `second` has no `fr` text".to_string()),
        "{errs:#?}"
    );
}

#[test]
fn unknown_language_folder() {
    let dir = fixture(&[
        ("de/sections/01-alpha.md", GOOD_SECTION),
        ("quizzes/01-x.toml", ""),
    ]);
    let errs = errors(&dir);
    assert!(
        errs.contains(&"de: unknown language folder `de` (known: en, fr)".to_string()),
        "{errs:#?}"
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let dir = fixture(&[
        ("en/sections/02-beta.md", &format!("{BETA}\n<i>x</i>\n")),
        (
            "timeline.toml",
            &GOOD_TIMELINE.replace("actor = \"un\"", "actor = \"xx\""),
        ),
    ]);
    assert!(errors(&dir).len() >= 2);
}

#[test]
fn the_real_content_is_valid() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    if let Err(errs) = load(&dir) {
        let list: Vec<String> = errs.iter().map(ToString::to_string).collect();
        panic!("content/ has problems:\n{}", list.join("\n"));
    }
}

#[test]
fn body_markup_escapes_every_text() {
    let bib = Bibliography {
        sources: vec![Source {
            id: "odd".into(),
            publisher: "un".into(),
            via: None,
            title: "T".into(),
            described: false,
            date: None,
            lang: "en".into(),
            url: "https://example.org/?a=1&b=\"x\"".into(),
            file: PathBuf::new(),
            line: 1,
        }],
        ..Bibliography::default()
    };
    let body = sahel_content::body_html(
        &[
            Block::Paragraph(vec![
                Inline::Text {
                    text: "a < b & \"c\" 'd' <script>".into(),
                    strong: false,
                    em: false,
                },
                Inline::Link {
                    target: LinkTarget::Source("odd".into()),
                    children: vec![Inline::Text {
                        text: "<i>".into(),
                        strong: true,
                        em: true,
                    }],
                },
            ]),
            Block::Note(vec![vec![Inline::Text {
                text: "n".into(),
                strong: false,
                em: true,
            }]]),
            Block::List {
                ordered: true,
                items: vec![vec![Inline::Link {
                    target: LinkTarget::Section("beta".into()),
                    children: vec![Inline::Text {
                        text: "b".into(),
                        strong: false,
                        em: false,
                    }],
                }]],
            },
        ],
        &bib,
    );
    assert_eq!(
        body,
        "<p>a &lt; b &amp; &quot;c&quot; &#39;d&#39; &lt;script&gt;<a href=\"https://example.org/?a=1&amp;b=&quot;x&quot;\" class=\"external\"><strong><em>&lt;i&gt;</em></strong></a></p>\
         <div class=\"note\" role=\"note\"><p><em>n</em></p></div>\
         <ol><li><a href=\"#section=beta\">b</a></li></ol>"
    );
}

const GOOD_QUIZ: &str = r#"id = "basics"
title.en = "Basics"
description.en = "A first quiz."

[[question]]
id = "q-single"
type = "single"
section = "alpha"
source = "un-2013-a"
prompt.en = "Which?"
explanation.en = "Because."
level = "remember"
checks.en = "Recalling which."

[[question.option]]
id = "a"
correct = true
text.en = "This"
feedback.en = "Yes."

[[question.option]]
id = "b"
correct = false
text.en = "That"
feedback.en = "No."

[[question]]
id = "q-order"
type = "order"
section = "beta"
source = "afp-2022-b"
prompt.en = "Order these."
explanation.en = "By date."
level = "understand"
checks.en = "Sequencing three events."

[[question.item]]
id = "a"
date = "2013-01-11"
text.en = "Serval"

[[question.item]]
id = "b"
date = "2012-03-21"
text.en = "Coup"

[[question.item]]
id = "c"
date = "2013-07-01"
text.en = "Handover"

[[question]]
id = "q-tf"
type = "true-false"
section = "beta"
source = "afp-2022-b"
prompt.en = "True?"
explanation.en = "Yes."
level = "apply"
checks.en = "Applying a rule."
answer = true
"#;

fn quiz_error(quiz: &str, expected: &str) {
    assert_error(&[("quizzes/01-basics.toml", quiz)], expected);
}

#[test]
fn good_quiz_loads() {
    let content = load(&fixture(&[("quizzes/01-basics.toml", GOOD_QUIZ)])).expect("loads");
    assert_eq!(
        content.quizzes[0].questions,
        ["q-single", "q-order", "q-tf"]
    );
}

#[test]
fn single_choice_needs_exactly_one_correct_option() {
    quiz_error(
        &GOOD_QUIZ.replacen("correct = false", "correct = true", 1),
        "quizzes/01-basics.toml:7: question `q-single`: a single-choice question needs exactly one correct option, found 2",
    );
}

#[test]
fn multiple_choice_needs_a_correct_option() {
    let q = GOOD_QUIZ
        .replacen("type = \"single\"", "type = \"multiple\"", 1)
        .replacen("correct = true", "correct = false", 1);
    quiz_error(&q, "quizzes/01-basics.toml:7: question `q-single`: a multiple-choice question needs at least one correct option");
}

#[test]
fn order_items_need_distinct_dates() {
    quiz_error(
        &GOOD_QUIZ.replace("date = \"2013-07-01\"", "date = \"2013-01-11\""),
        "quizzes/01-basics.toml:49: question `q-order`: two items share the date 2013-01-11",
    );
}

#[test]
fn question_must_link_to_a_section() {
    quiz_error(
        &GOOD_QUIZ.replacen("section = \"alpha\"", "section = \"nowhere\"", 1),
        "quizzes/01-basics.toml:8: question `q-single` links to unknown section `nowhere`",
    );
}

#[test]
fn question_needs_explanation_and_source() {
    quiz_error(
        &GOOD_QUIZ.replacen("explanation.en = \"Because.\"\n", "", 1),
        "quizzes/01-basics.toml:5: missing field `explanation`",
    );
    quiz_error(
        &GOOD_QUIZ.replacen("source = \"un-2013-a\"", "source = \"un-2099\"", 1),
        "quizzes/01-basics.toml:9: question `q-single`: unknown source `un-2099` (no such id in sources/)",
    );
}

#[test]
fn true_false_needs_a_boolean_answer() {
    quiz_error(
        &GOOD_QUIZ.replace("answer = true", "answer = \"yes\""),
        "quizzes/01-basics.toml:54: question `q-tf`: a true-false question needs `answer = true` or `answer = false`",
    );
}

#[test]
fn map_question_must_name_a_place() {
    let q = format!("{GOOD_QUIZ}\n[[question]]\nid = \"q-map\"\ntype = \"map\"\nsection = \"alpha\"\nsource = \"un-2013-a\"\nprompt.en = \"Where?\"\nexplanation.en = \"There.\"\nlevel = \"remember\"\nchecks.en = \"Locating it.\"\nanswer = \"atlantis\"\n");
    quiz_error(&q, "quizzes/01-basics.toml:65: question `q-map`: `atlantis` is not a place or country in places.toml");
}

#[test]
fn duplicate_question_ids_and_bad_includes() {
    let other = "id = \"mixed\"\ntitle.en = \"Mixed\"\ndescription.en = \"All.\"\ninclude = [\"q-single\", \"q-missing\"]\n\n[[question]]\nid = \"q-tf\"\ntype = \"true-false\"\nsection = \"beta\"\nsource = \"afp-2022-b\"\nprompt.en = \"T?\"\nexplanation.en = \"Y.\"\nanswer = false\n";
    let dir = fixture(&[
        ("quizzes/01-basics.toml", GOOD_QUIZ),
        ("quizzes/02-mixed.toml", other),
    ]);
    let errs = errors(&dir);
    assert!(
        errs.contains(
            &"quizzes/02-mixed.toml:7: duplicate question id `q-tf` (also in quiz `basics`)"
                .to_string()
        ),
        "{errs:#?}"
    );
    assert!(
        errs.contains(
            &"quizzes/02-mixed.toml:4: included question `q-missing` does not exist".to_string()
        ),
        "{errs:#?}"
    );
}

/// A content folder in English and French whose quiz file is `quiz`.
fn bilingual(quiz: &str) -> PathBuf {
    let fr_alpha = GOOD_SECTION.replace("see [beta](#beta)", "voir");
    let timeline = GOOD_TIMELINE
        .replace(
            "en = \"Something happens.\"",
            "en = \"Something happens.\"\nfr = \"x\"",
        )
        .replace(
            "en = \"Something else happens.\"",
            "en = \"Something else happens.\"\nfr = \"y\"",
        );
    fixture(&[
        ("fr/sections/01-alpha.md", &fr_alpha),
        ("fr/sections/02-beta.md", BETA),
        ("timeline.toml", &timeline),
        ("quizzes/01-basics.toml", quiz),
    ])
}

#[test]
fn quiz_texts_are_needed_in_every_language() {
    let errs = errors(&bilingual(GOOD_QUIZ));
    assert!(
        errs.contains(
            &"quizzes/01-basics.toml:2: quiz `basics` title has no `fr` text".to_string()
        ),
        "{errs:#?}"
    );
    assert!(
        errs.contains(
            &"quizzes/01-basics.toml:19: question `q-single` option `a` feedback has no `fr` text"
                .to_string()
        ),
        "{errs:#?}"
    );
}

const SHAPES: &str = "# test outlines\n466\tM0 0l10 0 0 10z\n";
const PLACES: &str = r#"[[country]]
id = "mli"
iso_numeric = 466
name.en = "Mali"
summary.en = "Centre of the story."
sections = ["alpha"]
events = ["first"]
sources = ["un-2013-a"]

[[country.membership]]
layer = "g5-sahel"
from = "2014-02-16"
to = "2022-05-15"

[[place]]
id = "gao"
name.en = "Gao"
lat = 16.267
lon = -0.050
kind = "sector-hq"
summary.en = "Sector East."
sections = ["beta"]

[[place.presence]]
layer = "minusma"
from = "2013-07"
to = "2023-12"
"#;

fn map_error(places: &str, expected: &str) {
    assert_error(
        &[("places.toml", places), ("map/countries.tsv", SHAPES)],
        expected,
    );
}

#[test]
fn good_places_load_with_projected_positions() {
    let content = load(&fixture(&[
        ("places.toml", PLACES),
        ("map/countries.tsv", SHAPES),
    ]))
    .expect("loads");
    let gao = &content.map.places[0];
    assert!(gao.x > 0.0 && gao.y > 0.0);
    assert_eq!(content.map.countries[0].periods[0].from, 2014);
    assert_eq!(content.map.countries[0].path, "M0 0l10 0 0 10z");
}

#[test]
fn places_must_be_inside_the_frame() {
    map_error(
        &PLACES.replace("lat = 16.267", "lat = 48.85"),
        "places.toml:18: `gao`: 48.85, -0.05 is outside the map's frame",
    );
}

#[test]
fn places_link_to_existing_sections_and_events() {
    map_error(
        &PLACES.replace("sections = [\"beta\"]", "sections = [\"gamma\"]"),
        "places.toml:22: `gao` links to unknown section `gamma`",
    );
    map_error(
        &PLACES.replace("events = [\"first\"]", "events = [\"nope\"]"),
        "places.toml:7: `mli` lists unknown timeline event `nope`",
    );
}

#[test]
fn layers_kinds_and_periods_are_checked() {
    map_error(&PLACES.replace("layer = \"g5-sahel\"", "layer = \"minusma\""), "places.toml:11: `mli`: unknown layer `minusma` here (use g5-sahel, aes, ecowas, french-operations)");
    map_error(&PLACES.replace("kind = \"sector-hq\"", "kind = \"castle\""), "places.toml:20: `gao`: unknown kind `castle` (capital, mission-hq, sector-hq, base, training, town)");
    map_error(
        &PLACES.replace("to = \"2022-05-15\"", "to = \"2013\""),
        "places.toml:11: `mli`: a period ends (2013) before it starts (2014)",
    );
}

#[test]
fn countries_need_an_outline() {
    map_error(
        &PLACES.replace("iso_numeric = 466", "iso_numeric = 999"),
        "places.toml:3: `mli`: no outline with id 999 in map/countries.tsv",
    );
}

/// The committed outlines are what `build-map` makes from the npm package world-atlas (installed by
/// scripts/tools.sh); rerun it after changing the frame or the projection.
#[test]
fn committed_outlines_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let source = root.join("node_modules/world-atlas/countries-50m.json");
    // A missing package fails the test: a check that quietly does not run checks nothing.
    let topojson = fs::read_to_string(&source).unwrap_or_else(|e| {
        panic!(
            "cannot read {} ({e}): install the npm packages with scripts/tools.sh",
            source.display()
        )
    });
    let made =
        sahel_content::map::shapes_file(&sahel_content::map::country_paths(&topojson).unwrap());
    let committed = fs::read_to_string(root.join("content/map/countries.tsv")).unwrap();
    assert!(
        made == committed,
        "content/map/countries.tsv is stale: run build-map (see its header)"
    );
}

// The bibliography: publishers.toml and sources/*.toml.

fn source_error(sources: &str, expected: &str) {
    assert_error(&[("sources/works.toml", sources)], expected);
}

fn publisher_error(publishers: &str, expected: &str) {
    assert_error(&[("publishers.toml", publishers)], expected);
}

#[test]
fn citations_name_publisher_title_date_and_language() {
    let content = load(&fixture(&[])).expect("loads");
    let bib = &content.bibliography;
    let cite = |id: &str, lang: &str| bib.citation(bib.source(id).unwrap(), lang);
    assert_eq!(
        cite("un-2013-a", "en"),
        "United Nations, \u{201C}Resolution A\u{201D}, 25 April 2013"
    );
    assert_eq!(
        cite("un-2013-a", "fr"),
        "Nations unies, \u{AB}\u{A0}Resolution A\u{A0}\u{BB}, 25 avril 2013 (en anglais)"
    );
    // A wire story names the agency, then the outlet whose site carries it.
    assert_eq!(
        cite("afp-2022-b", "en"),
        "AFP, via Africanews, \u{201C}Départ de la force\u{201D}, 1 July 2022 (in French)"
    );
    assert_eq!(
        cite("afp-2022-b", "fr"),
        "AFP, via Africanews, \u{AB}\u{A0}Départ de la force\u{A0}\u{BB}, 1er juillet 2022"
    );
    // A description is in brackets, not quotes; a month without a day reads as such.
    assert_eq!(
        cite("un-2023-c", "en"),
        "United Nations, via Zawya, [Statement on Mali], December 2023"
    );
    let undated = SOURCES.replace("date = \"2023-12\"", "date = \"undated\"");
    let content = load(&fixture(&[("sources/works.toml", &undated)])).expect("loads");
    let bib = &content.bibliography;
    assert!(bib
        .citation(bib.source("un-2023-c").unwrap(), "fr")
        .ends_with("[Statement on Mali], sans date (en anglais)"));
}

#[test]
fn every_language_of_the_app_has_a_citation_style() {
    for lang in sahel_content::KNOWN_LANGS {
        assert!(sahel_content::sources::has_citation_style(lang), "{lang}");
    }
}

/// A source's class is its publisher's; an official text on a carrier's site is a copy (A-copy).
#[test]
fn sources_take_their_class_from_the_publisher() {
    let content = load(&fixture(&[])).expect("loads");
    let bib = &content.bibliography;
    let class = |id: &str| bib.class_of(bib.source(id).unwrap()).to_string();
    assert_eq!(class("un-2013-a"), "A");
    assert_eq!(class("afp-2022-b"), "B");
    assert_eq!(class("un-2023-c"), "A-copy");
}

#[test]
fn unknown_hosts_are_refused() {
    source_error(
        &SOURCES.replace("https://press.un.org/en/2013/a.htm", "https://example.net/a"),
        "sources/works.toml:7: source `un-2013-a`: unknown host `example.net`: no publisher in publishers.toml lists it",
    );
    source_error(
        &SOURCES.replace("https://press.un.org/en/2013/a.htm", "press.un.org/a"),
        "sources/works.toml:7: source `un-2013-a`: `press.un.org/a` must be an http:// or https:// address",
    );
}

#[test]
fn banned_hosts_are_refused() {
    for (url, host) in [
        ("https://wikimili.com/en/Mali", "wikimili.com"),
        ("http://fr.m.wiki.x.io/wiki/Gao", "fr.m.wiki.x.io"),
        ("https://staging.un.org/a", "staging.un.org"),
    ] {
        source_error(
            &SOURCES.replace("https://press.un.org/en/2013/a.htm", url),
            &format!("sources/works.toml:7: source `un-2013-a`: host `{host}` is banned (Wikipedia mirror)"),
        );
    }
}

#[test]
fn the_address_must_be_on_the_publishers_or_the_carriers_site() {
    source_error(
        &SOURCES.replace("via = \"africanews\"\n", ""),
        "sources/works.toml:15: source `afp-2022-b`: host `africanews.com` belongs to `africanews`, not to `afp` (set `via`, or fix the address)",
    );
}

#[test]
fn publishers_must_exist_and_carriers_only_carry() {
    source_error(
        &SOURCES.replacen("publisher = \"un\"", "publisher = \"bbc\"", 1),
        "sources/works.toml:3: source `un-2013-a`: unknown publisher `bbc` (add it to publishers.toml)",
    );
    source_error(
        &SOURCES.replace("via = \"africanews\"", "via = \"le-monde\""),
        "sources/works.toml:12: source `afp-2022-b`: unknown publisher `le-monde` in `via`",
    );
    source_error(
        &SOURCES.replace("publisher = \"un\"\nvia = \"zawya\"", "publisher = \"zawya\""),
        "sources/works.toml:20: source `un-2023-c`: `zawya` is a carrier, never a publisher: name whose text it is and put `via = \"zawya\"`",
    );
}

#[test]
fn missing_or_empty_fields_are_named() {
    for field in ["publisher", "title", "date", "lang", "url"] {
        let start = SOURCES.find(&format!("\n{field} = ")).unwrap() + 1;
        let end = start + SOURCES[start..].find('\n').unwrap() + 1;
        let without = format!("{}{}", &SOURCES[..start], &SOURCES[end..]);
        source_error(
            &without,
            &format!("sources/works.toml:1: source `un-2013-a`: `{field}` is missing"),
        );
    }
    source_error(
        &SOURCES.replace("title = \"Resolution A\"", "title = \" \""),
        "sources/works.toml:4: source `un-2013-a`: `title` must not be empty",
    );
}

#[test]
fn dates_and_languages_are_checked() {
    source_error(
        &SOURCES.replace("2013-04-25", "2013-13"),
        "sources/works.toml:5: source `un-2013-a`: date `2013-13` has no month 13 (or \"undated\")",
    );
    source_error(
        &SOURCES.replace("2013-04-25", "25 April 2013"),
        "sources/works.toml:5: source `un-2013-a`: date `25 April 2013` must be YYYY-MM-DD, YYYY-MM or YYYY (or \"undated\")",
    );
    source_error(
        &SOURCES.replacen("lang = \"en\"", "lang = \"english\"", 1),
        "sources/works.toml:6: source `un-2013-a`: unknown language `english` (one of: en, fr, ar, da, de, es, it, nl, pt, sw)",
    );
    // A year alone is a date; so is "undated", for works that carry none.
    let year = SOURCES
        .replace("2013-04-25", "2013")
        .replace("2023-12", "undated");
    load(&fixture(&[("sources/works.toml", &year)])).expect("years and undated works load");
}

#[test]
fn one_work_is_one_entry() {
    let first = &SOURCES[..SOURCES.find("\n\n").unwrap() + 1];
    // Files are read in name order: 'more' comes first, so the copy in 'works' is the duplicate.
    let dir = fixture(&[("sources/more.toml", first)]);
    let errs = errors(&dir);
    for expected in [
        "sources/works.toml:2: source `un-2013-a`: duplicate source id (also in more.toml, line 1)",
        "sources/works.toml:7: source `un-2013-a`: the same address as `un-2013-a`: one work, one entry",
    ] {
        assert!(errs.contains(&expected.to_string()), "{errs:#?}");
    }
}

#[test]
fn every_entry_is_cited() {
    let extra = format!(
        "{SOURCES}\n[[source]]\nid = \"un-2014-d\"\npublisher = \"un\"\ntitle = \"D\"\ndate = \"2014\"\nlang = \"en\"\nurl = \"https://press.un.org/d\"\n"
    );
    source_error(
        &extra,
        "sources/works.toml:28: source `un-2014-d` is cited nowhere: cite it or delete it",
    );
}

#[test]
fn events_and_places_cite_known_sources() {
    assert_error(
        &[(
            "timeline.toml",
            &GOOD_TIMELINE.replace("source = \"afp-2022-b\"", "source = \"afp-2022\""),
        )],
        "timeline.toml:15: event `second`: unknown source `afp-2022` (no such id in sources/)",
    );
    map_error(
        &PLACES.replace(
            "sources = [\"un-2013-a\"]",
            "sources = [\"un-2013-a\", \"un-1\"]",
        ),
        "places.toml:8: `mli`: unknown source `un-1` (no such id in sources/)",
    );
}

#[test]
fn publishers_need_a_class_and_their_own_hosts() {
    publisher_error(
        &PUBLISHERS.replace("class = \"B\"", "class = \"D\""),
        "publishers.toml:11: publisher `afp`: class `D` must be one of A, A-copy, B, B-, C, carrier",
    );
    publisher_error(
        &PUBLISHERS.replace("hosts = [\"afp.com\"]", "hosts = []"),
        "publishers.toml:9: publisher `afp` lists no hosts (hosts = [\"example.org\"])",
    );
    publisher_error(
        &PUBLISHERS.replace("id = \"africanews\"", "id = \"afp\""),
        "publishers.toml:15: duplicate publisher id `afp`",
    );
    publisher_error(
        &PUBLISHERS.replace("hosts = [\"africanews.com\"]", "hosts = [\"www.afp.com\"]"),
        "publishers.toml:18: publisher `africanews`: host `afp.com` is already claimed by `afp`",
    );
    publisher_error(
        &PUBLISHERS.replace("hosts = [\"africanews.com\"]", "hosts = [\"africanews.com\", \"wikimili.com\"]"),
        "publishers.toml:18: publisher `africanews`: host `wikimili.com` is banned (Wikipedia mirror)",
    );
    publisher_error(
        &PUBLISHERS.replace("\"staging.*\"", "\"staging\""),
        "publishers.toml:28: `staging` is not a host or host pattern (example.org, *.example.org, staging.*)",
    );
}

/// The source policy, on the real content: every address in content/ is on an allowed host, and
/// every work is class A, A-copy, B, B- or C, carried by another site only through `via`.
#[test]
fn the_real_content_cites_only_what_the_policy_allows() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let content = load(&dir).expect("content/ loads");
    let bib = &content.bibliography;
    let mut files = vec![dir.join("publishers.toml")];
    files.extend(
        fs::read_dir(dir.join("sources"))
            .unwrap()
            .map(|e| e.unwrap().path()),
    );
    let mut addresses = 0;
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for (at, _) in text.match_indices("://") {
            let host: String = text[at + 3..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '-')
                .collect();
            assert!(
                bib.banned_why(&host).is_none(),
                "{}: banned host {host}",
                file.display()
            );
            addresses += 1;
        }
    }
    assert_eq!(addresses, bib.sources.len(), "one address per work");
    for s in &bib.sources {
        let class = bib.class_of(s);
        assert!(
            ["A", "A-copy", "B", "B-", "C"].contains(&class),
            "{}: class {class}",
            s.id
        );
        let host = sahel_content::sources::host_of(&s.url).unwrap();
        let site = bib
            .publisher(s.via.as_deref().unwrap_or(&s.publisher))
            .unwrap();
        assert!(
            site.hosts.contains(&host),
            "{}: the address is on the site of its `via`, or else of its publisher",
            s.id
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Quiz questions: levels, lines for teachers, accepted places, numbers across languages, cues.
// ---------------------------------------------------------------------------------------------

/// The line of the first occurrence of `needle` in `text`, as an editor counts lines.
fn line_in(text: &str, needle: &str) -> usize {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` is in the fixture"));
    text[..at].matches('\n').count() + 1
}

#[test]
fn questions_need_a_known_level_and_a_line_for_teachers() {
    quiz_error(
        &GOOD_QUIZ.replacen("level = \"remember\"\n", "", 1),
        "quizzes/01-basics.toml:6: question `q-single` has no `level` (remember, understand, apply, analyse, evaluate)",
    );
    let unknown = GOOD_QUIZ.replacen("level = \"remember\"", "level = \"create\"", 1);
    quiz_error(
        &unknown,
        &format!(
            "quizzes/01-basics.toml:{}: question `q-single`: unknown level `create` (remember, understand, apply, analyse, evaluate)",
            line_in(&unknown, "level = \"create\"")
        ),
    );
    quiz_error(
        &GOOD_QUIZ.replacen("checks.en = \"Recalling which.\"\n", "", 1),
        "quizzes/01-basics.toml:6: question `q-single` has no `checks` (one line for teachers: what it checks)",
    );
}

/// GOOD_QUIZ with a map question about Gao whose `accept` line is `accept`.
fn with_map_question(accept: &str) -> String {
    format!("{GOOD_QUIZ}\n[[question]]\nid = \"q-map\"\ntype = \"map\"\nlevel = \"apply\"\nsection = \"alpha\"\nsource = \"un-2013-a\"\nprompt.en = \"Which sector headquarters lies east of Timbuktu?\"\nexplanation.en = \"Gao.\"\nchecks.en = \"Reading the map.\"\nanswer = \"gao\"\n{accept}\n")
}

fn map_quiz_errors(quiz: &str) -> Vec<String> {
    errors(&fixture(&[
        ("places.toml", PLACES),
        ("map/countries.tsv", SHAPES),
        ("quizzes/01-basics.toml", quiz),
    ]))
}

#[test]
fn a_map_question_counts_the_places_it_accepts_as_right() {
    let quiz = with_map_question("accept = [\"mli\"]");
    let content = load(&fixture(&[
        ("places.toml", PLACES),
        ("map/countries.tsv", SHAPES),
        ("quizzes/01-basics.toml", &quiz),
    ]))
    .expect("loads");
    let map = content.quizzes[0]
        .own
        .iter()
        .find(|q| q.id == "q-map")
        .unwrap();
    assert_eq!(
        map.kind,
        sahel_content::QuestionKind::Map("gao".into(), vec!["mli".into()])
    );
    let rust = sahel_content::to_rust(&content);
    assert!(
        rust.contains("QuestionKind::Map(\"gao\", &[\"mli\"])"),
        "{rust}"
    );
    assert!(rust.contains("level: Level::Apply"));
}

#[test]
fn accepted_places_must_exist_and_differ_from_the_answer() {
    for (accept, message) in [
        (
            "accept = [\"atlantis\"]",
            "question `q-map`: accepted `atlantis` is not a place or country in places.toml",
        ),
        (
            "accept = [\"gao\"]",
            "question `q-map`: `gao` is the answer itself; `accept` lists other places or countries that also count",
        ),
        ("accept = [\"mli\", \"mli\"]", "question `q-map`: `mli` is accepted twice"),
    ] {
        let quiz = with_map_question(accept);
        let expected = format!("quizzes/01-basics.toml:{}: {message}", line_in(&quiz, "accept ="));
        let errs = map_quiz_errors(&quiz);
        assert!(errs.contains(&expected), "expected `{expected}`, got {errs:#?}");
    }
    let single = GOOD_QUIZ.replacen(
        "type = \"single\"\n",
        "type = \"single\"\naccept = [\"gao\"]\n",
        1,
    );
    let errs = map_quiz_errors(&single);
    assert!(
        errs.contains(
            &"quizzes/01-basics.toml:7: question `q-single`: only `map` questions take `accept`"
                .to_string()
        ),
        "{errs:#?}"
    );
}

/// A bilingual quiz of one true-false question with the given English and French prompts.
fn bilingual_quiz(en: &str, fr: &str) -> String {
    format!(
        "id = \"basics\"\ntitle.en = \"Basics\"\ntitle.fr = \"Bases\"\ndescription.en = \"A quiz.\"\ndescription.fr = \"Un quiz.\"\n\n[[question]]\nid = \"q-tf\"\ntype = \"true-false\"\nlevel = \"remember\"\nsection = \"beta\"\nsource = \"afp-2022-b\"\nprompt.en = \"{en}\"\nprompt.fr = \"{fr}\"\nexplanation.en = \"Yes.\"\nexplanation.fr = \"Oui.\"\nchecks.en = \"Recalling a figure.\"\nchecks.fr = \"Se rappeler un chiffre.\"\nanswer = true\n"
    )
}

#[test]
fn numbers_written_either_way_match_between_languages() {
    let quiz = bilingual_quiz(
        "On 1 July 2013, 1,440 police and seven units; 1.5 billion; 2012–2025.",
        "Le 1er juillet 2013, 1 440 policiers et sept unités ; 1,5 milliard ; 2012–2025.",
    );
    assert_eq!(errors(&bilingual(&quiz)), Vec::<String>::new());
}

#[test]
fn numbers_that_differ_between_languages_are_refused() {
    // The known mismatch: "seven" largest contributors in one text, « huit » in its translation.
    let quiz = bilingual_quiz(
        "The seven largest contributors had 1,427 troops at most.",
        "Les huit premiers contributeurs avaient au plus 1 247 soldats.",
    );
    let errs = errors(&bilingual(&quiz));
    assert_eq!(
        errs,
        [format!(
            "quizzes/01-basics.toml:{}: question `q-tf` prompt: the numbers differ between `en` and `fr` (1427, 7 only in `en`; 1247, 8 only in `fr`)",
            line_in(&quiz, "prompt.en")
        )]
    );
}

#[test]
fn answer_cues_in_one_question_are_refused() {
    let everything_right = GOOD_QUIZ
        .replacen("type = \"single\"", "type = \"multiple\"", 1)
        .replacen("correct = false", "correct = true", 1);
    quiz_error(
        &everything_right,
        "quizzes/01-basics.toml:7: question `q-single`: a multiple-choice question needs at least one wrong option, or choosing everything always wins",
    );
    let long = GOOD_QUIZ.replacen("text.en = \"This\"", "text.en = \"This one, obviously\"", 1);
    quiz_error(
        &long,
        "quizzes/01-basics.toml:7: question `q-single`: in `en` the right option is far longer than every wrong one (19 characters against at most 4), which gives it away; balance the options",
    );
}

#[test]
fn order_items_may_come_before_the_timeline() {
    let quiz = GOOD_QUIZ.replace("date = \"2012-03-21\"", "date = \"1963-05\"");
    assert!(load(&fixture(&[("quizzes/01-basics.toml", &quiz)])).is_ok());
}

#[test]
fn the_bank_is_measured_and_its_rules_enforced() {
    let dir = fixture(&[("quizzes/01-basics.toml", GOOD_QUIZ)]);
    let content = load(&dir).expect("each file is valid");
    let bank = sahel_content::quiz_bank(&content);
    assert_eq!(bank.count(sahel_content::Level::Remember), 1);
    assert_eq!(bank.higher_order(), 1);
    // "This" and "That" are as long as each other: the right option is both longest and shortest.
    assert_eq!(bank.lengths[0].longest, ["q-single"]);
    assert_eq!(bank.lengths[0].shortest, ["q-single"]);
    let quizzes = dir.join("quizzes");
    let problems: Vec<String> = bank
        .problems(&quizzes)
        .iter()
        .map(ToString::to_string)
        .collect();
    let q = quizzes.display();
    assert!(
        problems.contains(&format!(
            "{q}: 3 questions in all; the bank needs at least 70"
        )),
        "{problems:#?}"
    );
    assert!(problems.contains(&format!("{q}: in `en` the right option is the longest in 1 of 1 single-choice questions (100 %), above 40 %, so picking the longest pays; rebalance some of: q-single")), "{problems:#?}");
    assert!(
        problems
            .iter()
            .any(|p| p.contains("the right option is the shortest in 1 of 1")),
        "{problems:#?}"
    );
    // One question in three above understand is enough; none is not, in the bank or in a quiz.
    assert!(
        !problems.iter().any(|p| p.contains("ask to apply")),
        "{problems:#?}"
    );
    assert!(
        sahel_content::load_complete(&dir).is_err(),
        "the build refuses a bank that breaks the rules"
    );

    let low = GOOD_QUIZ.replace("level = \"apply\"", "level = \"remember\"");
    let dir = fixture(&[("quizzes/01-basics.toml", &low)]);
    let problems: Vec<String> = sahel_content::quiz_bank(&load(&dir).unwrap())
        .problems(&dir.join("quizzes"))
        .iter()
        .map(ToString::to_string)
        .collect();
    let file = dir.join("quizzes/01-basics.toml");
    assert!(
        problems.contains(&format!(
            "{}:1: quiz `basics` has no question that asks to apply, analyse or evaluate",
            file.display()
        )),
        "{problems:#?}"
    );
    assert!(
        problems.iter().any(|p| p.ends_with(
            "0 of 3 questions (0 %) ask to apply, analyse or evaluate; at least one in 3 must"
        )),
        "{problems:#?}"
    );
}

#[test]
fn multiple_choice_questions_must_not_all_have_the_same_number_of_right_answers() {
    let multiple = GOOD_QUIZ.replacen("type = \"single\"", "type = \"multiple\"", 1);
    let second = format!(
        "{}\n{}",
        multiple,
        &multiple[multiple.find("[[question]]").unwrap()
            ..multiple.find("[[question]]\nid = \"q-order\"").unwrap()]
            .replace("q-single", "q-other")
    );
    let dir = fixture(&[("quizzes/01-basics.toml", &second)]);
    let bank = sahel_content::quiz_bank(&load(&dir).expect("each file is valid"));
    assert_eq!(bank.right_counts.get(&1).map(Vec::len), Some(2));
    let problems: Vec<String> = bank
        .problems(&dir.join("quizzes"))
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(problems.iter().any(|p| p.ends_with("2 of 2 multiple-choice questions have 1 right options and only 1 different counts are used; vary them (1 to 4) so that the count is no clue")), "{problems:#?}");
}

#[test]
fn the_real_quiz_bank_meets_its_rules() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let content = sahel_content::load_complete(&dir).unwrap_or_else(|errs| {
        let list: Vec<String> = errs.iter().map(ToString::to_string).collect();
        panic!("the quiz bank breaks its rules:\n{}", list.join("\n"))
    });
    let bank = sahel_content::quiz_bank(&content);
    assert!(bank.levels.len() >= sahel_content::MIN_QUESTIONS);
    assert!(bank.higher_order() * 3 >= bank.levels.len());
    assert!(bank.quizzes.iter().all(|q| q.higher_order > 0));
    // The answer key fixed from the fact sheet: ISGS was formed in May 2015, not October 2016.
    let isgs = content
        .quizzes
        .iter()
        .flat_map(|q| &q.own)
        .find(|q| q.id == "armed-groups-facts")
        .expect("the question on armed groups exists");
    let sahel_content::QuestionKind::Multiple(options) = &isgs.kind else {
        panic!("a multiple-choice question")
    };
    let october = options
        .iter()
        .find(|o| o.text[0].contains("ISGS was formed in October 2016"))
        .unwrap();
    assert!(!october.correct);
}

/// The answer keys the fact sheet v2 changed, pinned: a later edit that brings an old key back
/// fails here, naming the question.
#[test]
fn answer_keys_changed_by_the_fact_sheet_stay_changed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let content = sahel_content::load(&dir).expect("the content loads");
    let question = |id: &str| {
        content
            .quizzes
            .iter()
            .flat_map(|q| &q.own)
            .find(|q| q.id == id)
            .unwrap_or_else(|| panic!("question {id} exists"))
    };
    let right = |id: &str| -> Vec<String> {
        match &question(id).kind {
            sahel_content::QuestionKind::Single(o) | sahel_content::QuestionKind::Multiple(o) => o
                .iter()
                .filter(|c| c.correct)
                .map(|c| c.id.clone())
                .collect(),
            other => panic!("{id} is not a choice question: {other:?}"),
        }
    };
    // The helicopters of 2021: bought from Russia with donated weapons; not "after the coup".
    assert_eq!(right("helicopters-2021"), ["b", "c"]);
    // The funding problem the sources document is the 2023 drawdown, not 2016's capabilities.
    assert_eq!(right("capabilities-not-funding"), ["a"]);
    assert_eq!(right("forces-side-by-side"), ["b"]);
    // EUTM trained "near Bamako" (the camp's name is not in the EU's own text).
    assert_eq!(right("eutm-mali-facts"), ["a", "e"]);
    // The rebellion started on 17 January 2012, before anything else in the year.
    let sahel_content::QuestionKind::Order(items) = &question("crisis-2012-order").kind else {
        panic!("an ordering question")
    };
    let first = items.iter().min_by_key(|i| i.date).unwrap();
    assert!(first.text[0].contains("Ménaka"), "{:?}", first.text[0]);
    assert_eq!(
        (first.date.year, first.date.month, first.date.day),
        (2012, 1, Some(17))
    );
    // Sector Centre was Mopti-Sévaré: a click on either marker is right.
    let sahel_content::QuestionKind::Map(target, accept) = &question("map-sector-centre").kind
    else {
        panic!("a map question")
    };
    assert_eq!(
        (target.as_str(), accept.as_slice()),
        ("mopti", &["sevare".to_string()][..])
    );
}

// ---- Charts (figures/*.toml) ------------------------------------------------------------------

/// A chart with a time panel (a step ceiling, a line with a declared gap and a change of method)
/// and a bar panel with a category that has no figure.
const GOOD_CHART: &str = r#"id = "force"
section = "alpha"
title.en = "Force"
summary.en = "What the chart shows."

[[panel]]
axis = "time"
unit.en = "personnel"

[[panel.series]]
id = "ceiling"
basis = "authorised-ceiling"
style = "step"
end = "2016-06-30"
label.en = "Ceiling"

[[panel.series.point]]
date = "2013-04-25"
value = 11200
source = "un-2013-a"

[[panel.series.point]]
date = "2015-06"
value = 13289
source = "un-2013-a"

[[panel.series]]
id = "deployed"
basis = "deployed"
style = "line"
label.en = "Deployed"

[[panel.series.gap]]
from = "2013-08"
to = "2014-12"
note.en = "No figure found."

[[panel.series.point]]
date = "2013-07-01"
value = 6000
qualifier = "about"
source = "afp-2022-b"

[[panel.series.point]]
date = "2015-01"
value = 9000.5
method.en = "Counted by another office."
source = "afp-2022-b"

[[panel]]
axis = "categories"
unit.en = "killed"

[[panel.category]]
id = "2014"

[[panel.category]]
id = "2015"
note.en = "Not published."

[[panel.series]]
id = "killed"
basis = "killed-in-attacks"
style = "bars"
label.en = "Killed"

[[panel.series.point]]
category = "2014"
date = "2014"
value = 28
source = "un-2023-c"
"#;

/// The good chart with `from` replaced by `to` (which must be there).
fn chart_with(from: &str, to: &str) -> String {
    assert!(GOOD_CHART.contains(from), "{from}");
    GOOD_CHART.replacen(from, to, 1)
}

fn good_chart() -> sahel_content::figures::Figure {
    let dir = fixture(&[("figures/1-force.toml", GOOD_CHART)]);
    let content = load(&dir).expect("the good chart loads");
    content.figures.into_iter().next().expect("one chart")
}

#[test]
fn a_chart_loads_with_its_series_bases_and_gaps() {
    let f = good_chart();
    assert_eq!((f.id.as_str(), f.section.as_str()), ("force", "alpha"));
    assert_eq!(f.panels.len(), 2);
    let deployed = &f.panels[0].series[1];
    assert_eq!(deployed.basis, "deployed");
    assert_eq!(deployed.gaps.len(), 1);
    assert_eq!(deployed.points[1].value, 9000.5);
    assert_eq!(
        sahel_content::chart::source_ids(&f),
        ["un-2013-a", "afp-2022-b", "un-2023-c"]
    );
}

#[test]
fn numbers_are_written_the_readers_way() {
    use sahel_content::chart::number;
    assert_eq!(number(11200.0, "en"), "11,200");
    assert_eq!(number(11200.0, "fr"), "11\u{202F}200");
    assert_eq!(number(454.43, "en"), "454.43");
    assert_eq!(number(454.43, "fr"), "454,43");
    assert_eq!(number(440436.0, "fr"), "440\u{202F}436");
    assert_eq!(number(590.0, "en"), "590");
    assert_eq!(number(0.5, "en"), "0.5");
    assert_eq!(number(1000000.0, "en"), "1,000,000");
}

#[test]
fn the_drawing_is_honest_gaps_stay_gaps_and_bars_start_at_zero() {
    use sahel_content::chart::{chart_html, table_html};
    let f = good_chart();
    let html = chart_html(&f, 0, "en");
    // Every point is a focusable link that says its value and leads to its section.
    assert_eq!(html.matches("data-point=\"\"").count(), 5);
    assert!(html.contains(
        "<a class=\"pt\" href=\"#section=alpha\" data-point=\"\" aria-label=\"Ceiling, 25 April 2013: 11,200 personnel\">"
    ));
    assert!(html.contains("aria-label=\"Deployed, 1 July 2013: about 6,000 personnel\""));
    // The gap is drawn as a band, and the line is not drawn across it: two pieces.
    assert_eq!(html.matches("<g class=\"gap\"").count(), 1);
    let line = html
        .split("<path class=\"line s1\" d=\"")
        .nth(1)
        .expect("the deployed line")
        .split('"')
        .next()
        .unwrap();
    assert_eq!(line.matches('M').count(), 2, "{line}");
    assert!(!line.contains('L'), "no segment across the gap: {line}");
    // The change of method is marked on the chart and explained under it.
    assert_eq!(html.matches("<g class=\"method\"").count(), 1);
    assert!(html.contains("Change of counting method, January 2015: Counted by another office."));
    // Bars start at zero: the value axis starts at the bars' left edge.
    assert!(html.contains("<rect class=\"bar s2\" x=\"150\""));
    assert!(html.contains(">0</text>"));
    // A category without a figure says so, on the chart and in the table, never as a zero bar.
    assert!(html.contains("<text class=\"none\""));
    assert!(html.contains("2015: no figure – Not published."));
    // The key says what each series counts and its latest date.
    assert!(html.contains("Ceiling <span class=\"as-of\">(latest figure June 2015)</span>"));
    let table = table_html(&f, 0, "en");
    assert_eq!(table.matches("<table").count(), 2);
    assert!(table.contains("<td class=\"num\">about 6,000</td>"));
    assert!(table.contains("<td class=\"num\">9,000.5</td>"));
    assert!(table.contains("August 2013 to December 2014</td><td class=\"num\">no figure</td>"));
    assert!(table.contains("<td>2015</td><td></td><td class=\"num\">no figure</td>"));
}

#[test]
fn a_chart_offers_its_data_as_csv() {
    use sahel_content::chart::csv;
    let dir = fixture(&[("figures/1-force.toml", GOOD_CHART)]);
    let content = load(&dir).unwrap();
    let f = &content.figures[0];
    let data = csv(f, &content.bibliography, 0, "en");
    let rows: Vec<&str> = data.split("\r\n").filter(|r| !r.is_empty()).collect();
    assert_eq!(rows.len(), 1 + 5, "a header and a row per point");
    assert!(rows[0].starts_with("chart,panel,series,basis,unit,category,date,value"));
    assert!(rows[3].starts_with("force,1,Deployed,deployed,personnel,,2013-07-01,6000,about,"));
    assert!(rows[5].starts_with("force,2,Killed,killed-in-attacks,killed,2014,2014,28,,"));
}

#[test]
fn a_point_needs_a_source_and_a_date() {
    let text = chart_with(
        "date = \"2013-04-25\"\nvalue = 11200\nsource = \"un-2013-a\"\n",
        "value = 11200\n",
    );
    let line = line_in(&text, "value = 11200") - 1;
    assert_error(
        &[("figures/1-force.toml", &text)],
        &format!(
            "figures/1-force.toml:{line}: series `ceiling`, point at line {line} has no `date`"
        ),
    );
    assert_error(
        &[("figures/1-force.toml", &text)],
        &format!(
            "figures/1-force.toml:{line}: series `ceiling`, point at line {line} has no `source`"
        ),
    );
    let text = chart_with("source = \"un-2023-c\"", "source = \"nobody\"");
    assert_error(
        &[("figures/1-force.toml", &text)],
        &format!(
            "figures/1-force.toml:{}: series `killed`, point at line {}: unknown source `nobody` (no such id in sources/)",
            line_in(&text, "source = \"nobody\""),
            line_in(&text, "category = \"2014\"\ndate") - 1
        ),
    );
}

#[test]
fn a_series_that_mixes_bases_fails() {
    let text = chart_with(
        "value = 9000.5\n",
        "value = 9000.5\nbasis = \"all-personnel\"\n",
    );
    assert_error(
        &[("figures/1-force.toml", &text)],
        &format!(
            "figures/1-force.toml:{}: series `deployed` mixes bases: this point counts `all-personnel`, the series `deployed`; put it in a series of its own",
            line_in(&text, "basis = \"all-personnel\"")
        ),
    );
}

#[test]
fn a_line_is_not_drawn_across_a_long_stretch_without_data() {
    let text = chart_with(
        "[[panel.series.gap]]\nfrom = \"2013-08\"\nto = \"2014-12\"\nnote.en = \"No figure found.\"\n",
        "",
    );
    assert_error(
        &[("figures/1-force.toml", &text)],
        &format!(
            "figures/1-force.toml:{}: series `deployed`: 2013-07-01 and 2015-01 are more than 12 months apart; declare the [[panel.series.gap]] between them (a line would invent the figures in between)",
            line_in(&text, "[[panel.series]]\nid = \"deployed\"")
        ),
    );
    // A gap holds no point.
    let text = chart_with("to = \"2014-12\"", "to = \"2015-02\"");
    assert_error(
        &[("figures/1-force.toml", &text)],
        &format!(
            "figures/1-force.toml:{}: series `deployed`: a gap from 2013-08 to 2015-02 holds the point of 2015-01",
            line_in(&text, "[[panel.series.gap]]")
        ),
    );
}

#[test]
fn malformed_charts_fail_with_file_and_line() {
    // (the change, where the error is, the message; `{point}` is the line of the changed point)
    let cases = [
        (
            ("style = \"bars\"", "style = \"line\""),
            "style = \"line\"\nlabel.en = \"Killed\"",
            "series `killed`: style `line` is not allowed here (use bars on a categories axis)",
        ),
        (
            ("category = \"2014\"\ndate", "category = \"2016\"\ndate"),
            "category = \"2016\"",
            "series `killed`, point at line {point}: unknown category `2016`",
        ),
        (
            ("section = \"alpha\"", "section = \"gamma\""),
            "section = \"gamma\"",
            "chart `force` belongs to unknown section `gamma`",
        ),
        (
            ("value = 28", "value = -28"),
            "value = -28",
            "series `killed`, point at line {point}: a value must be a number of zero or more",
        ),
        (
            ("date = \"2015-06\"", "date = \"2013-01\""),
            "[[panel.series.point]]\ndate = \"2013-01\"",
            "series `ceiling`, point at line {point}: points must be in date order, each after the one before",
        ),
    ];
    for ((from, to), at, message) in cases {
        let text = chart_with(from, to);
        // The point's own line is its [[panel.series.point]] header, the last one before the change.
        let changed = text.find(to).unwrap();
        let point = text[..changed]
            .rfind("[[panel.series.point]]")
            .map_or(0, |p| text[..p].matches('\n').count() + 1);
        let message = message.replace("{point}", &point.to_string());
        assert_error(
            &[("figures/1-force.toml", &text)],
            &format!("figures/1-force.toml:{}: {message}", line_in(&text, at)),
        );
    }
}

#[test]
fn every_real_chart_has_sources_and_dates_and_is_linked_from_its_section() {
    let content = sahel_content::load_complete(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../content"
    )))
    .expect("the real content loads");
    assert!(content.figures.len() >= 6, "at least six charts");
    let generated = sahel_content::generate(&content);
    for f in &content.figures {
        let points: Vec<_> = f
            .panels
            .iter()
            .flat_map(|p| &p.series)
            .flat_map(|s| &s.points)
            .collect();
        assert!(!points.is_empty(), "{}", f.id);
        assert!(points.iter().all(|p| !p.source.is_empty()));
        // The section it belongs to links to it, in every language.
        let link = format!("#view=figures&amp;chart={}", f.id);
        let texts: String = generated
            .texts
            .iter()
            .filter(|t| t.name.contains("-sections-"))
            .map(|t| t.contents.as_str())
            .collect();
        assert_eq!(
            texts.matches(&link).count(),
            content.sections.len(),
            "{}",
            f.id
        );
    }
}

/// The French sections and timeline texts that make the fixture bilingual.
fn french_too() -> [String; 3] {
    [
        GOOD_SECTION.replace("title = \"Alpha\"", "title = \"Alpha en français\""),
        BETA.replace("Body of beta.", "Corps de beta."),
        GOOD_TIMELINE
            .replace("en = \"Something happens.\"", "en = \"A.\"\nfr = \"A.\"")
            .replace(
                "en = \"Something else happens.\"",
                "en = \"B.\"\nfr = \"B.\"",
            ),
    ]
}

#[test]
fn interface_words_need_every_language_and_their_placeholders() {
    // Words need every language the sections are written in.
    let [fr_alpha, fr_beta, timeline] = french_too();
    let assert_error = |words: (&str, &str), expected: &str| {
        assert_error(
            &[
                ("fr/sections/01-alpha.md", fr_alpha.as_str()),
                ("fr/sections/02-beta.md", fr_beta.as_str()),
                ("timeline.toml", timeline.as_str()),
                words,
            ],
            expected,
        )
    };
    assert_error(
        ("words/main/main.toml", "[title]\nen = \"Title\"\n"),
        "words/main/main.toml:1: `title` has no `fr` text",
    );
    assert_error(
        (
            "words/timeline/timeline.toml",
            "[shown]\nargs = [\"n\"]\nen = \"{n} shown\"\nfr = \"{count} affichés\"\n",
        ),
        "words/timeline/timeline.toml:1: `shown`, `fr` text: `{count}` is not one of its args (n)",
    );
    assert_error(
        (
            "words/main/main.toml",
            "[shown]\nen = \"{n} shown\"\nfr = \"{n} affichés\"\n",
        ),
        "words/main/main.toml:1: `shown`: the `en` text has a `{`: list its placeholders in `args`",
    );
    assert_error(
        (
            "words/map/map.toml",
            "[layers]\nof = \"layer\"\n\n[layers.each]\ng5-sahel = { en = \"G5\", fr = \"G5\" }\nmoon = { en = \"Moon\", fr = \"Lune\" }\n",
        ),
        "words/map/map.toml:1: `layers.each`: moon is not a code of `layer` (g5-sahel, aes, ecowas, minusma, french-operations, eutm)",
    );
    assert_error(
        ("words/notes/terms.toml", "[a]\nen = \"A\"\nfr = \"A\"\n"),
        "words/notes: words/ holds one folder per part of the text, named main, sections, timeline, quizzes, glossary, guide, map, figures, share",
    );
}

#[test]
fn interface_words_go_in_their_part_and_become_methods() {
    let [fr_alpha, fr_beta, timeline] = french_too();
    let content = load(&fixture(&[
        ("fr/sections/01-alpha.md", fr_alpha.as_str()),
        ("fr/sections/02-beta.md", fr_beta.as_str()),
        ("timeline.toml", timeline.as_str()),
        (
            "words/main/main.toml",
            "[loading]\nbuilt_in = true\nen = \"Loading…\"\nfr = \"Chargement…\"\n\n[title]\nen = \"Title\"\nfr = \"Titre : ici\"\n",
        ),
        (
            "words/timeline/timeline.toml",
            "[shown]\nargs = [\"n\", \"total\"]\nen = \"{n} of {total}\"\nfr = \"{total} dont {n}\"\n",
        ),
    ]))
    .expect("fixture with words loads");
    let generated = sahel_content::generate(&content);
    let file = |lang: &str, part: &str| {
        generated
            .texts
            .iter()
            .find(|f| f.lang == lang && f.name.starts_with(&format!("{lang}-{part}-")))
            .unwrap()
            .contents
            .clone()
    };
    // First in its part, French typeset, placeholders numbered; built-in words in no file.
    assert!(file("fr", "main").starts_with("Titre\u{202F}: ici\u{1F}"));
    assert!(file("en", "timeline").starts_with("{0} of {1}\u{1F}"));
    assert!(file("fr", "timeline").starts_with("{1} dont {0}\u{1F}"));
    assert!(!generated
        .texts
        .iter()
        .any(|f| f.contents.contains("Loading")));
    let words = &generated.words;
    assert!(words.contains("pub fn title(self) -> &'static str {\n        get(self.0, 0)"));
    assert!(words.contains("pub struct TimelineStrings(Lang);"));
    assert!(words.contains(
        "pub fn shown(self, n: impl std::fmt::Display, total: impl std::fmt::Display) -> String"
    ));
    assert!(words.contains("Lang::Fr => \"Chargement…\""));
}

const GLOSSARY: &str = r#"[[term]]
id = "strong-word"
term.en = "strong"
forms.en = ["strong", "sub-section"]
definition.en = "Firm & <solid>."
section = "beta"

[[term]]
id = "beta-body"
term.en = "body"
full.en = "BODY of text"
forms.en = ["Body"]
definition.en = "The main text."

[[not_a_term]]
acronym = "AFP"
why = "a news agency"
"#;

/// A section that names an acronym, for the acronym check.
fn beta_saying(text: &str) -> String {
    BETA.replace("Body of beta.", text)
}

/// The good fixture with the glossary above, `overrides` applied (beta cites AFP, which the
/// glossary allows).
fn with_glossary(overrides: &[(&str, &str)]) -> Vec<String> {
    let beta = beta_saying("Body of beta, as AFP reported.");
    let mut files = vec![
        ("glossary.toml", GLOSSARY),
        ("en/sections/02-beta.md", beta.as_str()),
    ];
    for (path, text) in overrides {
        files.retain(|(p, _)| p != path);
        files.push((path, text));
    }
    errors(&fixture(&files))
}

fn assert_glossary_error(overrides: &[(&str, &str)], expected: &str) {
    let errs = with_glossary(overrides);
    assert!(
        errs.iter().any(|e| e == expected),
        "expected error `{expected}`, got {errs:#?}"
    );
}

#[test]
fn glossary_terms_are_marked_once_per_section_outside_links_and_headings() {
    assert_eq!(with_glossary(&[]), Vec::<String>::new());
    let beta = beta_saying("Body of beta, as AFP reported.");
    let content = load(&fixture(&[
        ("glossary.toml", GLOSSARY),
        ("en/sections/02-beta.md", &beta),
    ]))
    .expect("good glossary loads");
    assert_eq!(content.glossary.terms.len(), 2);
    let uses = sahel_content::glossary::uses(&content);
    assert_eq!(
        uses[0][0],
        ("alpha", vec![0]),
        "`sub-section` is only in a heading"
    );
    assert_eq!(uses[0][1], ("beta", vec![1]));
    let generated = sahel_content::generate(&content);
    let sections = generated
        .texts
        .iter()
        .find(|f| f.name.starts_with("en-sections-"))
        .unwrap();
    let alpha = sections
        .contents
        .split(sahel_content::TEXT_SEPARATOR)
        .find(|t| t.contains("A sub-section"))
        .unwrap();
    assert!(alpha.starts_with(
        "<p>Some <strong><button type=\"button\" class=\"term\" id=\"gl-alpha--strong-word\" aria-expanded=\"false\" aria-controls=\"gd-alpha--strong-word\">strong</button>\
         <span class=\"term-def\" id=\"gd-alpha--strong-word\" hidden><a href=\"#glossary=strong-word\">strong</a>: Firm &amp; &lt;solid&gt;.</span></strong>"
    ), "{alpha}");
    assert_eq!(alpha.matches("class=\"term\"").count(), 1);
    // The glossary's own part holds each term's words and where it is used.
    let glossary = generated
        .texts
        .iter()
        .find(|f| f.name.starts_with("en-glossary-"))
        .unwrap();
    let words: Vec<&str> = glossary
        .contents
        .split(sahel_content::TEXT_SEPARATOR)
        .collect();
    assert_eq!(
        words,
        [
            "strong",
            "",
            "Firm & <solid>.",
            "alpha",
            "beta",
            "body",
            "BODY of text",
            "The main text.",
            "beta",
            ""
        ]
    );
    let first = generated
        .rust
        .find("Term { id: \"strong-word\", text: ")
        .unwrap();
    assert!(generated.rust[first..].contains("Term { id: \"beta-body\", text: "));
}

#[test]
fn a_glossary_term_must_be_defined_used_and_its_forms_unique() {
    let no_definition = GLOSSARY.replace("definition.en = \"The main text.\"", "");
    assert_glossary_error(
        &[("glossary.toml", no_definition.as_str())],
        "glossary.toml:8: missing field `definition`",
    );
    let french_only = GLOSSARY.replace(
        "definition.en = \"The main text.\"",
        "definition.fr = \"Le texte.\"",
    );
    assert_glossary_error(
        &[("glossary.toml", french_only.as_str())],
        "glossary.toml:13: term `beta-body`: `definition` has no `en` text",
    );
    let unused = GLOSSARY.replace("forms.en = [\"Body\"]", "forms.en = [\"nowhere\"]");
    assert_glossary_error(
        &[("glossary.toml", unused.as_str())],
        "glossary.toml:9: term `beta-body` is used in no `en` section (outside links and headings): add the form the text uses, or delete the term",
    );
    let twice = GLOSSARY.replace("forms.en = [\"Body\"]", "forms.en = [\"Body\", \"strong\"]");
    assert_glossary_error(
        &[("glossary.toml", twice.as_str())],
        "glossary.toml:12: term `beta-body`: the form `strong` (en) is already a form of term `strong-word`",
    );
    let only_in_a_link = GLOSSARY.replace("forms.en = [\"Body\"]", "forms.en = [\"beta\"]");
    assert_glossary_error(
        &[
            ("glossary.toml", only_in_a_link.as_str()),
            ("en/sections/02-beta.md", &beta_saying("Nothing here.")),
        ],
        "glossary.toml:9: term `beta-body` is used in no `en` section (outside links and headings): add the form the text uses, or delete the term",
    );
    let nowhere = GLOSSARY.replace("section = \"beta\"", "section = \"gamma\"");
    assert_glossary_error(
        &[("glossary.toml", nowhere.as_str())],
        "glossary.toml:6: term `strong-word`: unknown section `gamma`",
    );
    let no_forms = GLOSSARY.replace("forms.en = [\"Body\"]", "forms.en = []");
    assert_glossary_error(
        &[("glossary.toml", no_forms.as_str())],
        "glossary.toml:12: term `beta-body` has no `forms.en`: list how the en sections write it",
    );
    assert_glossary_error(
        &[(
            "glossary.toml",
            &GLOSSARY.replace("id = \"beta-body\"", "id = \"strong-word\""),
        )],
        "glossary.toml:9: duplicate term id `strong-word`",
    );
}

#[test]
fn an_acronym_not_in_the_glossary_fails_unless_allowed() {
    let said = beta_saying("Body of beta, as the AFP and the MINUSMA reported.");
    assert_glossary_error(
        &[("glossary.toml", GLOSSARY), ("en/sections/02-beta.md", &said)],
        "en/sections/02-beta.md:11: acronym `MINUSMA` is not in the glossary: add a term for it to glossary.toml (or a form to the term it belongs to), or list it there under [[not_a_term]] with the reason",
    );
    // A form covers it, and so does the allow-list (AFP); headings and link text count too.
    let covered = GLOSSARY.replace(
        "forms.en = [\"Body\"]",
        "forms.en = [\"Body\", \"MINUSMA\"]",
    );
    let heading = said.replace("Body of beta,", "## The FAMa\n\nBody of beta,");
    let errs = with_glossary(&[
        ("glossary.toml", covered.as_str()),
        ("en/sections/02-beta.md", &heading),
    ]);
    assert_eq!(
        errs,
        ["en/sections/02-beta.md:11: acronym `FAMa` is not in the glossary: add a term for it to glossary.toml (or a form to the term it belongs to), or list it there under [[not_a_term]] with the reason"]
    );
    assert!(with_glossary(&[
        ("glossary.toml", covered.as_str()),
        ("en/sections/02-beta.md", &said),
    ])
    .is_empty());
    // An allowed acronym that no section uses rots unnoticed: it is an error too.
    assert_glossary_error(
        &[("en/sections/02-beta.md", BETA)],
        "glossary.toml:16: `AFP` is listed as not a term, but no section uses it: delete it",
    );
    assert_glossary_error(
        &[("glossary.toml", &GLOSSARY.replace("acronym = \"AFP\"", "acronym = \"Afp\""))],
        "glossary.toml:16: `Afp` is not an acronym (a word with three capitals in a row): only acronyms need listing here",
    );
}

#[test]
fn without_a_glossary_file_nothing_is_marked_or_checked() {
    let said = beta_saying("The MINUSMA reported.");
    let content = load(&fixture(&[("en/sections/02-beta.md", &said)])).expect("loads");
    assert!(content.glossary.terms.is_empty());
}

#[test]
fn classroom_content_loads_in_each_language() {
    let content = load(&fixture(&[])).expect("good fixture loads");
    let c = &content.classroom;
    let checked = c.checked.expect("a date");
    assert_eq!(
        (checked.year, checked.month, checked.day),
        (2026, 12, Some(1))
    );
    assert_eq!(c.sections.len(), 2);
    assert_eq!(c.sections[0].id, "alpha");
    assert_eq!(
        c.sections[0].objectives[1],
        vec!["compare alpha with beta."]
    );
    assert_eq!(c.sections[1].questions.len(), 2);
    assert_eq!(c.activities[0].sources, vec!["un-2013-a", "afp-2022-b"]);
    assert_eq!(
        c.paths[0].lessons[0].steps[1].link,
        sahel_content::StepLink::Activity("two-views".into())
    );
    // Their words: objectives and questions with the sections' bodies, the guide's in its own part.
    let generated = sahel_content::generate(&content);
    let part = |name: &str| {
        generated
            .texts
            .iter()
            .find(|f| f.name.starts_with(&format!("en-{name}-")))
            .unwrap()
            .contents
            .clone()
    };
    assert!(part("sections").contains("compare alpha with beta."));
    assert!(part("guide").contains("Who speaks."));
    assert!(!part("main").contains("Who speaks."));
    assert!(generated
        .rust
        .contains("pub const CHECKED: Date = Date { year: 2026, month: 12, day: Some(1) };"));
}

#[test]
fn a_french_folder_needs_french_objectives() {
    let fr_alpha = GOOD_SECTION.replace("title = \"Alpha\"", "title = \"Alpha en français\"");
    let fr_beta = BETA.replace("Body of beta.", "Corps de beta.");
    let timeline = GOOD_TIMELINE
        .replace(
            "en = \"Something happens.\"",
            "en = \"Something happens.\"\nfr = \"Un.\"",
        )
        .replace(
            "en = \"Something else happens.\"",
            "en = \"Something else happens.\"\nfr = \"Deux.\"",
        );
    let classroom = CLASSROOM.replace("fr = \"évaluer beta.\"\n", "");
    let dir = fixture(&[
        ("fr/sections/01-alpha.md", fr_alpha.as_str()),
        ("fr/sections/02-beta.md", fr_beta.as_str()),
        ("timeline.toml", timeline.as_str()),
        ("classroom.toml", classroom.as_str()),
    ]);
    let errs = errors(&dir);
    assert_eq!(
        errs,
        vec!["classroom.toml:17: objective of section `beta` has no `fr` text"],
        "only the missing translation, not a count"
    );
}

#[test]
fn each_section_has_two_or_three_objectives_and_two_to_four_questions() {
    let one = CLASSROOM.replacen(
        "[[objective]]\nsection = \"beta\"\nen = \"evaluate beta.\"\nfr = \"évaluer beta.\"\n",
        "",
        1,
    );
    assert_error(
        &[("classroom.toml", one.as_str())],
        "classroom.toml: section `beta` has 1 learning objectives; it needs 2 to 3",
    );
    let five = format!(
        "{CLASSROOM}{}",
        "\n[[question]]\nsection = \"alpha\"\nen = \"Why?\"\nfr = \"Pourquoi ?\"\n".repeat(3)
    );
    assert_error(
        &[("classroom.toml", five.as_str())],
        "classroom.toml: section `alpha` has 5 discussion questions; it needs 2 to 4",
    );
    let stray = CLASSROOM.replacen("section = \"alpha\"", "section = \"gamma\"", 1);
    assert_error(
        &[("classroom.toml", stray.as_str())],
        "classroom.toml:2: objective for unknown section `gamma`",
    );
    let empty = CLASSROOM.replacen("en = \"explain alpha.\"", "en = \" \"", 1);
    assert_error(
        &[("classroom.toml", empty.as_str())],
        "classroom.toml:3: objective of section `alpha`: `en` text must not be empty",
    );
}

#[test]
fn the_content_date_is_a_full_date_from_the_content() {
    assert_error(
        &[("meta.toml", "checked = \"2026-12\"\n")],
        "meta.toml:1: `checked` must be a full date (YYYY-MM-DD), the day the content was last checked, not `2026-12`",
    );
    assert_error(
        &[("meta.toml", "\nchecked = \"2026-02-30\"\n")],
        "meta.toml:2: `checked`: date `2026-02-30` is not a day of that month",
    );
    let dir = fixture(&[]);
    fs::remove_file(dir.join("meta.toml")).unwrap();
    let errs = errors(&dir);
    assert!(
        errs.iter()
            .any(|e| e.starts_with("meta.toml: cannot read file")),
        "{errs:?}"
    );
}

#[test]
fn activities_set_known_works_side_by_side_and_steps_link_to_what_exists() {
    let alone = GUIDE.replace(
        "[\"un-2013-a\", \"afp-2022-b\"]",
        "[\"un-2013-a\", \"un-2013-a\"]",
    );
    assert_error(
        &[("guide.toml", alone.as_str())],
        "guide.toml:4: activity `two-views` sets two or more different works side by side: list each once",
    );
    let unknown = GUIDE.replace("\"afp-2022-b\"]", "\"nowhere\"]");
    assert_error(
        &[("guide.toml", unknown.as_str())],
        "guide.toml:4: unknown source `nowhere` (no such id in sources/)",
    );
    let bad_link = GUIDE.replace("link = \"section:beta\"", "link = \"section:gamma\"");
    assert_error(
        &[("guide.toml", bad_link.as_str())],
        "guide.toml:23: lesson 1 of path `one-hour`: link `section:gamma`: no section `gamma`",
    );
    let bad_kind = GUIDE.replace("link = \"section:beta\"", "link = \"page:beta\"");
    assert_error(
        &[("guide.toml", bad_kind.as_str())],
        "guide.toml:23: lesson 1 of path `one-hour`: link `page:beta`: unknown kind `page` (section, quiz, view or activity)",
    );
    let untranslated = GUIDE.replace("task.fr = \"Comparez-les.\"\n", "");
    let dir = fixture(&[
        ("fr/sections/01-alpha.md", GOOD_SECTION),
        ("fr/sections/02-beta.md", BETA),
        ("guide.toml", untranslated.as_str()),
    ]);
    assert!(
        errors(&dir)
            .contains(&"guide.toml:7: activity `two-views` task has no `fr` text".to_string()),
        "{:?}",
        errors(&dir)
    );
    // The folder as shipped needs five activities and both lesson paths; a test's need not.
    let content = load(&fixture(&[])).unwrap();
    let dir = fixture(&[]);
    let problems: Vec<String> = sahel_content::classroom_problems(&content, &dir)
        .iter()
        .map(|e| e.message.clone())
        .collect();
    assert_eq!(
        problems,
        vec![
            "the guide has 1 source-analysis activities; it needs at least 5",
            "the guide needs two lesson paths: a one-hour lesson (one lesson) and a unit of three lessons or more",
        ]
    );
}
