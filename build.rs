//! Compiles `content/` into static Rust data. Malformed content stops the build here, listing every
//! problem as `file:line: what is wrong`, so broken text never reaches a student.

use std::path::Path;

fn main() {
    let dir = Path::new("content");
    println!("cargo:rerun-if-changed=content");
    match sahel_content::load(dir) {
        Ok(content) => {
            let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
                .join("content.rs");
            std::fs::write(out, sahel_content::to_rust(&content)).expect("write generated content");
        }
        Err(errors) => {
            eprintln!("The content folder has {} problem(s):", errors.len());
            for e in &errors {
                eprintln!("  {e}");
            }
            std::process::exit(1);
        }
    }
}
