//! Compiles `content/` into static Rust data. Malformed content stops the build here, listing every
//! problem as `file:line: what is wrong`, so broken text never reaches a student.

use std::path::Path;

fn main() {
    let dir = Path::new("content");
    println!("cargo:rerun-if-changed=content");
    match sahel_content::load_complete(dir) {
        Ok(content) => {
            let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
            let out = Path::new(&out_dir);
            let generated = sahel_content::generate(&content);
            std::fs::write(out.join("content.rs"), generated.rust)
                .expect("write generated content");
            std::fs::write(out.join("words.rs"), generated.words)
                .expect("write the interface's words");
            // The wasm build fetches these from the site (scripts/postbuild.mjs puts them there);
            // native builds embed them, so tests see the texts without a browser.
            for file in generated.texts {
                std::fs::write(out.join(&file.name), file.contents).expect("write a text file");
            }
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
