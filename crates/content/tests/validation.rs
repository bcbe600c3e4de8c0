//! Malformed content must fail with the file, the line and what is wrong. Each test writes a small
//! content folder (a valid one, with one thing broken) and checks the exact message an editor sees.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use sahel_content::{load, Block, Inline, LinkTarget};

const GOOD_SECTION: &str = r#"+++
id = "alpha"
title = "Alpha"
lead = "The first section."

[[sources]]
title = "A source"
url = "https://example.org/a"
+++

Some **strong** and *soft* words, see [beta](#beta).

## A sub-section

- one
- two [source](https://example.org/x)

> **Often misstated:** a correction.
"#;

const BETA: &str = "+++\nid = \"beta\"\ntitle = \"Beta\"\nlead = \"Second.\"\n\n[[sources]]\ntitle = \"S\"\nurl = \"https://example.org/b\"\n+++\n\nBody of beta.\n";

const GOOD_TIMELINE: &str = r#"# events
[[event]]
id = "first"
date = "2012-01-16"
actor = "armed-groups"
section = "alpha"
source = "https://example.org/a"
en = "Something happens."

[[event]]
id = "second"
date = "2013-04"
actor = "un"
section = "beta"
source = "https://example.org/b"
en = "Something else happens."
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
    assert_eq!(alpha.sources[0].url, "https://example.org/a");
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
    let parts = sahel_content::TEXT_PARTS.len();
    assert_eq!(
        generated.texts.len(),
        2 * parts,
        "each language in {parts} parts"
    );
    // A language's parts, in order, hold its texts at the indices the code uses.
    let whole = |lang: &str| -> Vec<String> {
        let files: Vec<&sahel_content::TextFile> =
            generated.texts.iter().filter(|f| f.lang == lang).collect();
        for (file, part) in files.iter().zip(sahel_content::TEXT_PARTS) {
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
    let same = GOOD_TIMELINE.replace("https://example.org/b", "https://example.org/a");
    let content = load(&fixture(&[("timeline.toml", same.as_str())])).unwrap();
    let generated = sahel_content::generate(&content);
    let file = generated
        .texts
        .iter()
        .find(|f| f.name.starts_with("en-timeline-"))
        .unwrap();
    let texts: Vec<&str> = file.contents.split(sahel_content::TEXT_SEPARATOR).collect();
    assert_eq!(
        texts
            .iter()
            .filter(|t| **t == "https://example.org/a")
            .count(),
        1
    );
    // Both events point at that one copy.
    let start = generated.rust.find("pub static TIMELINE").unwrap();
    let timeline = &generated.rust[start..generated.rust[start..].find("];").unwrap() + start];
    let sources: Vec<&str> = timeline
        .match_indices("source: Text(")
        .map(|(i, _)| &timeline[i..i + timeline[i..].find(')').unwrap()])
        .collect();
    assert_eq!(sources.len(), 2);
    assert_eq!(sources[0], sources[1]);
}

#[test]
fn control_characters_are_refused() {
    assert_error(
        &[("en/sections/02-beta.md", "+++\nid = \"beta\"\ntitle = \"Beta\"\nlead = \"Second.\"\n\n[[sources]]\ntitle = \"S\"\nurl = \"https://example.org/b\"\n+++\n\nBody \u{1F}of beta.\n")],
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
        "en/sections/02-beta.md:2: a section must list at least one source ([[sources]] with title and url)",
    );
}

#[test]
fn source_url_must_be_web() {
    assert_error(
        &[("en/sections/02-beta.md", &BETA.replace("https://example.org/b", "javascript:alert(1)"))],
        "en/sections/02-beta.md:8: source url `javascript:alert(1)` must start with http:// or https://",
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
        &format!("{BETA}\n### Deep\n\n![map](https://example.org/m.png)\n"),
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
        "en/sections/02-beta.md:13: link `javascript:alert(1)` must be `#section-id` or an http(s):// address",
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
    let t = timeline_with("id = \"third\"\ndate = \"2014-01-01\"\nactor = \"un\"\nsection = \"gamma\"\nsource = \"https://example.org\"\nen = \"Text.\"");
    assert_error(
        &[("timeline.toml", &t)],
        "timeline.toml:22: event `third` links to unknown section `gamma`",
    );
}

#[test]
fn timeline_bad_date_and_actor() {
    let t = timeline_with("id = \"third\"\ndate = \"2014-02-30\"\nactor = \"nato\"\nsection = \"beta\"\nsource = \"https://example.org\"\nen = \"Text.\"");
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
    let t = timeline_with("id = \"third\"\ndate = \"2012-05\"\nactor = \"un\"\nsection = \"beta\"\nsource = \"https://example.org\"\nen = \"Text.\"");
    assert_error(
        &[("timeline.toml", &t)],
        "timeline.toml:20: event `third` is out of date order: events must be sorted by date",
    );
    let t = timeline_with("id = \"third\"\ndate = \"2030-01\"\nactor = \"un\"\nsection = \"beta\"\nsource = \"https://example.org\"\nen = \"Text.\"");
    assert_error(
        &[("timeline.toml", &t)],
        "timeline.toml:20: date `2030-01` is outside 2012–2025",
    );
}

#[test]
fn timeline_duplicate_id_and_missing_text() {
    let t = timeline_with("id = \"first\"\ndate = \"2014-01\"\nactor = \"un\"\nsection = \"beta\"\nsource = \"https://example.org\"");
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
    let t = timeline_with("id = \"third\"\ndate = \"2014-01\"\nsection = \"beta\"\nsource = \"https://example.org\"\nen = \"x\"");
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
    let body = sahel_content::body_html(&[
        Block::Paragraph(vec![
            Inline::Text {
                text: "a < b & \"c\" 'd' <script>".into(),
                strong: false,
                em: false,
            },
            Inline::Link {
                target: LinkTarget::External("https://example.org/?a=1&b=\"x\"".into()),
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
    ]);
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
source = "https://example.org/a"
prompt.en = "Which?"
explanation.en = "Because."

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
source = "https://example.org/b"
prompt.en = "Order these."
explanation.en = "By date."

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
source = "https://example.org/b"
prompt.en = "True?"
explanation.en = "Yes."
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
        "quizzes/01-basics.toml:45: question `q-order`: two items share the date 2013-01-11",
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
        &GOOD_QUIZ.replacen("source = \"https://example.org/a\"", "source = \"example.org\"", 1),
        "quizzes/01-basics.toml:9: question `q-single`: source `example.org` must start with http:// or https://",
    );
}

#[test]
fn true_false_needs_a_boolean_answer() {
    quiz_error(
        &GOOD_QUIZ.replace("answer = true", "answer = \"yes\""),
        "quizzes/01-basics.toml:50: question `q-tf`: a true-false question needs `answer = true` or `answer = false`",
    );
}

#[test]
fn map_question_must_name_a_place() {
    let q = format!("{GOOD_QUIZ}\n[[question]]\nid = \"q-map\"\ntype = \"map\"\nsection = \"alpha\"\nsource = \"https://example.org/a\"\nprompt.en = \"Where?\"\nexplanation.en = \"There.\"\nanswer = \"atlantis\"\n");
    quiz_error(&q, "quizzes/01-basics.toml:59: question `q-map`: `atlantis` is not a place or country in places.toml");
}

#[test]
fn duplicate_question_ids_and_bad_includes() {
    let other = "id = \"mixed\"\ntitle.en = \"Mixed\"\ndescription.en = \"All.\"\ninclude = [\"q-single\", \"q-missing\"]\n\n[[question]]\nid = \"q-tf\"\ntype = \"true-false\"\nsection = \"beta\"\nsource = \"https://example.org/b\"\nprompt.en = \"T?\"\nexplanation.en = \"Y.\"\nanswer = false\n";
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

#[test]
fn quiz_texts_are_needed_in_every_language() {
    let fr_sections = [
        (
            "fr/sections/01-alpha.md",
            GOOD_SECTION.replace("see [beta](#beta)", "voir"),
        ),
        ("fr/sections/02-beta.md", BETA.to_string()),
    ];
    let timeline = GOOD_TIMELINE
        .replace(
            "en = \"Something happens.\"",
            "en = \"Something happens.\"\nfr = \"x\"",
        )
        .replace(
            "en = \"Something else happens.\"",
            "en = \"Something else happens.\"\nfr = \"y\"",
        );
    let dir = fixture(&[
        (fr_sections[0].0, &fr_sections[0].1),
        (fr_sections[1].0, &fr_sections[1].1),
        ("timeline.toml", &timeline),
        ("quizzes/01-basics.toml", GOOD_QUIZ),
    ]);
    let errs = errors(&dir);
    assert!(
        errs.contains(
            &"quizzes/01-basics.toml:2: quiz `basics` title has no `fr` text".to_string()
        ),
        "{errs:#?}"
    );
    assert!(
        errs.contains(
            &"quizzes/01-basics.toml:17: question `q-single` option `a` feedback has no `fr` text"
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
sources = ["https://example.org/a"]

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
    let Ok(topojson) = fs::read_to_string(&source) else {
        eprintln!(
            "skipped: {} is not installed (run scripts/tools.sh)",
            source.display()
        );
        return;
    };
    let made =
        sahel_content::map::shapes_file(&sahel_content::map::country_paths(&topojson).unwrap());
    let committed = fs::read_to_string(root.join("content/map/countries.tsv")).unwrap();
    assert!(
        made == committed,
        "content/map/countries.tsv is stale: run build-map (see its header)"
    );
}
