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

/// What the command line asks for: the folder (the first argument that is not an option or an
/// option's value; `content` if none), the answer key, or the text files written to a folder.
struct Args {
    dir: PathBuf,
    answer_key: bool,
    write_text: Option<String>,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut parsed = Args {
        dir: PathBuf::from("content"),
        answer_key: false,
        write_text: None,
    };
    let mut dir = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--answer-key" => parsed.answer_key = true,
            "--write-text" => {
                let out = rest
                    .next()
                    .ok_or("--write-text needs a folder to write into")?;
                parsed.write_text = Some(out.clone());
            }
            option if option.starts_with("--") => return Err(format!("unknown option {option}")),
            folder if dir.is_none() => dir = Some(PathBuf::from(folder)),
            extra => {
                return Err(format!(
                    "unexpected argument {extra}: one content folder at most"
                ))
            }
        }
    }
    if let Some(dir) = dir {
        parsed.dir = dir;
    }
    Ok(parsed)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Args {
        dir,
        answer_key: want_key,
        write_text,
    } = match parse_args(&args) {
        Ok(args) => args,
        Err(e) => {
            eprintln!(
                "check-content: {e}\nusage: check-content [DIR] [--answer-key | --write-text OUT]"
            );
            return ExitCode::FAILURE;
        }
    };
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
    // How many terms each section marks: a teacher reading the report sees the density.
    for (l, sections) in content
        .sections
        .iter()
        .zip(sahel_content::glossary::uses(&content))
    {
        let marked: Vec<String> = sections.iter().map(|(_, t)| t.len().to_string()).collect();
        println!(
            "{} glossary terms; marked in `{}` per section: {}",
            content.glossary.terms.len(),
            l.lang,
            marked.join(" ")
        );
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

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Result<Args, String> {
        parse_args(&list.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn options_are_not_taken_for_the_folder() {
        // `check-content --answer-key` once read the content from a folder named "--answer-key".
        let a = args(&["--answer-key"]).unwrap();
        assert_eq!((a.dir, a.answer_key), (PathBuf::from("content"), true));
        let a = args(&["elsewhere", "--write-text", "out"]).unwrap();
        assert_eq!(
            (a.dir, a.write_text),
            (PathBuf::from("elsewhere"), Some("out".into()))
        );
        let a = args(&["--write-text", "out", "elsewhere"]).unwrap();
        assert_eq!(a.dir, PathBuf::from("elsewhere"));
        assert!(args(&["--write-text"]).is_err());
        assert!(args(&["--anser-key"]).is_err());
        assert!(args(&["a", "b"]).is_err());
    }
}
