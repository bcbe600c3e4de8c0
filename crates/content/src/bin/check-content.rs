//! `check-content [DIR]`: validates the content folder (default `content`) and lists every problem
//! as `file:line: message`, for editors who want feedback without building the whole app.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("content"), PathBuf::from);
    match sahel_content::load(&dir) {
        Ok(content) => {
            let sections: Vec<String> = content
                .sections
                .iter()
                .map(|l| format!("{} sections in `{}`", l.sections.len(), l.lang))
                .collect();
            println!(
                "content OK: {}; {} timeline events",
                sections.join(", "),
                content.timeline.len()
            );
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            eprintln!("{} problem(s) in {}", errors.len(), dir.display());
            ExitCode::FAILURE
        }
    }
}
