//! `check-content [DIR]`: validates the content folder (default `content`) and lists every problem
//! as `file:line: message`, for editors who want feedback without building the whole app.
//!
//! `check-content DIR --write-text OUT`: also writes each language's text file into OUT, where the
//! web build serves them (see scripts/postbuild.mjs).

use std::path::PathBuf;
use std::process::ExitCode;

/// `check-content DIR --answer-key`: prints the quizzes' answers as JSON (English texts), for the
/// browser tests, which answer as a reader would: by the words on screen.
fn answer_key(content: &sahel_content::Content) -> serde_json::Value {
    use sahel_content::QuestionKind;
    let quizzes = content.quizzes.iter().map(|quiz| {
        let questions = quiz.questions.iter().map(|id| {
            let q = content.quizzes.iter().flat_map(|z| &z.own).find(|q| &q.id == id).expect("resolved");
            let (kind, answer) = match &q.kind {
                QuestionKind::Single(o) | QuestionKind::Multiple(o) => (
                    if matches!(q.kind, QuestionKind::Single(_)) { "single" } else { "multiple" },
                    serde_json::json!({
                        "right": o.iter().filter(|c| c.correct).map(|c| &c.text[0]).collect::<Vec<_>>(),
                        "wrong": o.iter().filter(|c| !c.correct).map(|c| &c.text[0]).collect::<Vec<_>>(),
                    }),
                ),
                QuestionKind::TrueFalse(t) => ("true-false", serde_json::json!(t)),
                QuestionKind::Order(items) => {
                    let mut sorted: Vec<_> = items.iter().collect();
                    sorted.sort_by_key(|i| i.date);
                    ("order", serde_json::json!(sorted.iter().map(|i| &i.text[0]).collect::<Vec<_>>()))
                }
                QuestionKind::Map(target, accept) => {
                    let map = &content.map;
                    let name = |id: &String| map.countries.iter().find(|c| &c.id == id).map(|c| &c.name[0])
                        .or_else(|| map.places.iter().find(|p| &p.id == id).map(|p| &p.name[0]));
                    let accept: Vec<_> = accept.iter().map(|id| serde_json::json!({ "id": id, "name": name(id) })).collect();
                    ("map", serde_json::json!({ "id": target, "name": name(target), "accept": accept }))
                }
            };
            serde_json::json!({
                "id": q.id, "type": kind, "level": q.level.code(), "checks": q.checks[0],
                "prompt": q.prompt[0], "section": q.section, "answer": answer,
            })
        });
        serde_json::json!({ "id": quiz.id, "title": quiz.title[0], "questions": questions.collect::<Vec<_>>() })
    });
    serde_json::Value::Array(quizzes.collect())
}

/// Writes each language's text file into `out` and prints the names written.
fn write_texts(content: &sahel_content::Content, out: &std::path::Path) -> ExitCode {
    let written = std::fs::create_dir_all(out).and_then(|()| {
        for file in sahel_content::generate(content).texts {
            std::fs::write(out.join(&file.name), file.contents)?;
            println!("{}", file.name);
        }
        Ok(())
    });
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cannot write the text files to {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("content"), PathBuf::from);
    let args: Vec<String> = std::env::args().collect();
    let want_key = args.iter().any(|a| a == "--answer-key");
    let write_text = args
        .iter()
        .position(|a| a == "--write-text")
        .map(|i| args.get(i + 1).cloned().unwrap_or_default());
    let content = match sahel_content::load_complete(&dir) {
        Ok(content) => content,
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            eprintln!("{} problem(s) in {}", errors.len(), dir.display());
            return ExitCode::FAILURE;
        }
    };
    if want_key {
        println!("{}", answer_key(&content));
        return ExitCode::SUCCESS;
    }
    if let Some(out) = write_text {
        return write_texts(&content, &PathBuf::from(out));
    }
    let sections: Vec<String> = content
        .sections
        .iter()
        .map(|l| format!("{} sections in `{}`", l.sections.len(), l.lang))
        .collect();
    let questions: usize = content.quizzes.iter().map(|q| q.own.len()).sum();
    println!(
        "content OK: {}; {} timeline events; {} quizzes with {questions} questions",
        sections.join(", "),
        content.timeline.len(),
        content.quizzes.len()
    );
    for line in sahel_content::quiz_bank(&content).report() {
        println!("{line}");
    }
    let bib = &content.bibliography;
    let by_class: Vec<String> = sahel_content::sources::CLASSES
        .iter()
        .filter_map(|class| {
            let n = bib
                .sources
                .iter()
                .filter(|s| bib.class_of(s) == *class)
                .count();
            (n > 0).then(|| format!("{class} {n}"))
        })
        .collect();
    println!(
        "{} sources by class (source policy): {}",
        bib.sources.len(),
        by_class.join(", ")
    );
    ExitCode::SUCCESS
}
