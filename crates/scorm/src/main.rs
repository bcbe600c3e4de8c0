//! Writes the explainer's SCORM 1.2 packages, the files course platforms (Moodle, Canvas,
//! Brightspace, Blackboard) import so that scores reach their gradebooks: one per quiz, opening at
//! that quiz, and one for the whole explainer, graded on the final quiz (src/lms explains what they
//! report). Each is a zip with `imsmanifest.xml` at its root and every file of the build it needs,
//! with relative addresses only.
//!
//! `sahel-scorm <build dir> <out dir>`; scripts/postbuild.mjs runs it on the release build. The
//! mastery score (per cent of right first answers to pass) is 70 unless `SAHEL_SCORM_MASTERY` says
//! otherwise. Each package is read back and checked: the manifest is well-formed, every file it
//! names is in the zip and every file in the zip is named, and the entry point exists.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use sahel_explainer::content::{Quiz, QUIZZES};
use sahel_explainer::i18n::Lang;
use sahel_explainer::lms::DEFAULT_MASTERY;

/// What no package carries: the service worker (a package must not install one: the platform
/// serves it, and its scope would be the platform's), the single-file edition, embed.js (for host
/// pages), what makes the site installable (manifests and their icons), and the packages themselves.
fn excluded(path: &str) -> bool {
    matches!(path, "sw.js" | "sahel-explainer.html" | "embed.js")
        || path.starts_with("scorm/")
        || path.ends_with(".webmanifest")
        || (path.starts_with("icon-") && path.ends_with(".png"))
}

/// One package: its file name, title, what the launch asks for, and where it opens.
struct Package {
    file: String,
    identifier: String,
    title: String,
    graded: &'static Quiz,
    /// The fragment it opens at (`quiz=<id>`), or none for the start view.
    fragment: Option<String>,
}

fn packages() -> Vec<Package> {
    let both = |q: &Quiz| format!("{} / {}", q.title.get(Lang::En), q.title.get(Lang::Fr));
    let final_quiz = QUIZZES
        .iter()
        .find(|q| q.id == "final")
        .or(QUIZZES.last())
        .expect("the explainer has quizzes");
    let mut out: Vec<Package> = QUIZZES
        .iter()
        .map(|q| Package {
            file: format!("sahel-quiz-{}.zip", q.id),
            identifier: format!("sahel-quiz-{}", q.id),
            title: format!("Quiz: {}", both(q)),
            graded: q,
            fragment: Some(format!("quiz={}", q.id)),
        })
        .collect();
    out.push(Package {
        file: "sahel-explainer.zip".into(),
        identifier: "sahel-explainer".into(),
        title: "Peacekeeping in Mali and the Sahel / Le maintien de la paix au Mali et au Sahel"
            .into(),
        graded: final_quiz,
        fragment: None,
    });
    out
}

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [build, out] = args.as_slice() else {
        eprintln!("usage: sahel-scorm <build dir> <out dir>");
        return ExitCode::from(2);
    };
    match write_all(build, out) {
        Ok(written) => {
            println!("sahel-scorm: {}", written.join(", "));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("sahel-scorm: {e}");
            ExitCode::FAILURE
        }
    }
}

fn mastery_from_env() -> Result<u8, String> {
    match std::env::var("SAHEL_SCORM_MASTERY") {
        Err(_) => Ok(DEFAULT_MASTERY),
        Ok(text) => sahel_explainer::lms::mastery(&text)
            .filter(|_| text.trim().bytes().all(|b| b.is_ascii_digit()))
            .ok_or_else(|| {
                format!("SAHEL_SCORM_MASTERY={text:?}: give a whole per cent from 0 to 100")
            }),
    }
}

fn write_all(build: &Path, out: &Path) -> Result<Vec<String>, String> {
    let mastery = mastery_from_env()?;
    let files = build_files(build)?;
    let index = fs::read_to_string(build.join("index.html"))
        .map_err(|e| format!("{}: {e}", build.join("index.html").display()))?;
    let index = package_index(&index)?;
    fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut written = Vec::new();
    for package in packages() {
        let manifest = manifest(&package, mastery, &files);
        let path = out.join(&package.file);
        write_zip(&path, build, &files, &index, &manifest)?;
        check_package(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(package.file);
    }
    Ok(written)
}

/// Every file of the build a package carries, as relative addresses with `/`, sorted.
fn build_files(build: &Path) -> Result<Vec<String>, String> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) -> Result<(), String> {
        let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                walk(&path, root, out)?;
            } else {
                let rel = path.strip_prefix(root).map_err(|e| e.to_string())?;
                let parts: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                out.push(parts.join("/"));
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(build, build, &mut files)?;
    files.retain(|f| !excluded(f));
    files.sort();
    if !files.iter().any(|f| f == "index.html") {
        return Err(format!("{}: no index.html", build.display()));
    }
    Ok(files)
}

/// The build's index.html without its link to the web app manifest: the app registers its
/// service worker only when the page has one (src/offline), and a package must not.
fn package_index(html: &str) -> Result<String, String> {
    let start = html
        .find("<link rel=\"manifest\"")
        .ok_or("index.html has no <link rel=\"manifest\">: update sahel-scorm")?;
    let end = start
        + html[start..]
            .find('>')
            .ok_or("index.html: unclosed manifest link")?;
    let out = format!("{}{}", &html[..start], &html[end + 1..]);
    if out.contains("rel=\"manifest\"") || out.contains("rel=manifest") {
        return Err("index.html links a manifest twice".into());
    }
    Ok(out)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The package's launch address, relative to its root.
fn launch(package: &Package, mastery: u8) -> String {
    let fragment = package
        .fragment
        .as_ref()
        .map(|f| format!("#{f}"))
        .unwrap_or_default();
    format!(
        "index.html?scorm=1&graded={}&mastery={mastery}{fragment}",
        package.graded.id
    )
}

/// `imsmanifest.xml`: IMS Content Packaging 1.1.2 with the ADL SCORM 1.2 extensions, one
/// organization with one item, one SCO that lists every file.
fn manifest(package: &Package, mastery: u8, files: &[String]) -> String {
    let mut xml = String::new();
    let _ = write!(
        xml,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="{id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="{id}-org">
    <organization identifier="{id}-org">
      <title>{title}</title>
      <item identifier="{id}-item" identifierref="{id}-sco" isvisible="true">
        <title>{title}</title>
        <adlcp:masteryscore>{mastery}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="{id}-sco" type="webcontent" adlcp:scormtype="sco" href="{href}">
"#,
        id = escape(&package.identifier),
        title = escape(&package.title),
        href = escape(&launch(package, mastery)),
    );
    for f in files {
        let _ = writeln!(xml, "      <file href=\"{}\"/>", escape(f));
    }
    xml.push_str("    </resource>\n  </resources>\n</manifest>\n");
    xml
}

fn write_zip(
    path: &Path,
    build: &Path,
    files: &[String],
    index: &str,
    manifest: &str,
) -> Result<(), String> {
    let err = |e: &dyn std::fmt::Display| format!("{}: {e}", path.display());
    let file = fs::File::create(path).map_err(|e| err(&e))?;
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("imsmanifest.xml", options)
        .map_err(|e| err(&e))?;
    zip.write_all(manifest.as_bytes()).map_err(|e| err(&e))?;
    for f in files {
        let bytes = if f == "index.html" {
            index.as_bytes().to_vec()
        } else {
            fs::read(build.join(f)).map_err(|e| err(&e))?
        };
        zip.start_file(f.as_str(), options).map_err(|e| err(&e))?;
        zip.write_all(&bytes).map_err(|e| err(&e))?;
    }
    zip.finish().map_err(|e| err(&e))?;
    Ok(())
}

/// Reads a written package back and checks what a platform relies on.
fn check_package(path: &Path) -> Result<(), String> {
    let file = fs::File::open(path).map_err(|e| e.to_string())?;
    let mut zip = zip::ZipArchive::new(file).map_err(|e| e.to_string())?;
    let entries: BTreeSet<String> = zip.file_names().map(str::to_string).collect();
    let mut xml = String::new();
    zip.by_name("imsmanifest.xml")
        .map_err(|_| "no imsmanifest.xml at the root".to_string())?
        .read_to_string(&mut xml)
        .map_err(|e| e.to_string())?;
    let named = check_manifest(&xml)?;
    let contents: BTreeSet<String> = entries
        .into_iter()
        .filter(|e| e != "imsmanifest.xml")
        .collect();
    if let Some(missing) = named.files.difference(&contents).next() {
        return Err(format!(
            "the manifest names {missing}, which is not in the zip"
        ));
    }
    if let Some(unnamed) = contents.difference(&named.files).next() {
        return Err(format!("{unnamed} is in the zip but not in the manifest"));
    }
    if !contents.contains(&named.entry) {
        return Err(format!("the entry point {} is not in the zip", named.entry));
    }
    let mut index = String::new();
    zip.by_name(&named.entry)
        .map_err(|e| e.to_string())?
        .read_to_string(&mut index)
        .map_err(|e| e.to_string())?;
    if index.contains("rel=\"manifest\"") {
        return Err("the entry point links a web app manifest (it would install a worker)".into());
    }
    Ok(())
}

/// What a manifest names: its files and its entry point (the SCO's href without query or fragment).
#[derive(Debug)]
struct Named {
    files: BTreeSet<String>,
    entry: String,
}

fn check_manifest(xml: &str) -> Result<Named, String> {
    let doc =
        roxmltree::Document::parse(xml).map_err(|e| format!("imsmanifest.xml: not XML: {e}"))?;
    let root = doc.root_element();
    const CP: &str = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    const ADLCP: &str = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    if !root.has_tag_name((CP, "manifest")) {
        return Err("imsmanifest.xml: the root is not an IMS CP 1.1.2 <manifest>".into());
    }
    let version = root
        .descendants()
        .find(|n| n.has_tag_name((CP, "schemaversion")))
        .and_then(|n| n.text());
    if version != Some("1.2") {
        return Err("imsmanifest.xml: schemaversion is not 1.2".into());
    }
    let elements = |name: &'static str| {
        root.descendants()
            .filter(move |n| n.has_tag_name((CP, name)))
    };
    let resources: Vec<_> = elements("resource").collect();
    let mut ids = BTreeSet::new();
    for node in root.descendants().filter(|n| n.is_element()) {
        if let Some(id) = node.attribute("identifier") {
            if !ids.insert(id) {
                return Err(format!("imsmanifest.xml: identifier {id} is used twice"));
            }
        }
    }
    for item in elements("item") {
        let target = item.attribute("identifierref").unwrap_or_default();
        if !resources
            .iter()
            .any(|r| r.attribute("identifier") == Some(target))
        {
            return Err(format!(
                "imsmanifest.xml: item refers to no resource {target:?}"
            ));
        }
        if let Some(score) = item
            .children()
            .find(|n| n.has_tag_name((ADLCP, "masteryscore")))
        {
            let ok = score
                .text()
                .and_then(|t| t.parse::<u8>().ok())
                .is_some_and(|v| v <= 100);
            if !ok {
                return Err("imsmanifest.xml: masteryscore is not 0 to 100".into());
            }
        }
    }
    let [sco] = resources
        .iter()
        .filter(|r| r.attribute((ADLCP, "scormtype")) == Some("sco"))
        .collect::<Vec<_>>()[..]
    else {
        return Err("imsmanifest.xml: not exactly one SCO resource".into());
    };
    let href = sco.attribute("href").ok_or("the SCO has no href")?;
    let entry = href
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_string();
    let mut files = BTreeSet::new();
    for file in resources
        .iter()
        .flat_map(|r| r.children().filter(|n| n.has_tag_name((CP, "file"))))
    {
        let href = file.attribute("href").ok_or("a <file> has no href")?;
        if href.contains(':') || href.starts_with('/') || href.split('/').any(|p| p == "..") {
            return Err(format!(
                "imsmanifest.xml: {href} is not a relative address inside the package"
            ));
        }
        files.insert(href.to_string());
    }
    Ok(Named { files, entry })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> Vec<String> {
        ["index.html", "pkg-1/app.wasm", "text/en-main.txt"]
            .map(String::from)
            .to_vec()
    }

    #[test]
    fn a_quiz_package_opens_at_its_quiz_with_its_mastery() {
        let all = packages();
        let quiz = all.iter().find(|p| p.graded.id == "minusma").unwrap();
        assert_eq!(
            launch(quiz, 80),
            "index.html?scorm=1&graded=minusma&mastery=80#quiz=minusma"
        );
        let whole = all.last().unwrap();
        assert_eq!(whole.graded.id, "final");
        assert_eq!(
            launch(whole, 70),
            "index.html?scorm=1&graded=final&mastery=70"
        );
        assert_eq!(all.len(), QUIZZES.len() + 1);
        let xml = manifest(quiz, 80, &files());
        let named = check_manifest(&xml).unwrap();
        assert_eq!(named.entry, "index.html");
        assert_eq!(named.files.len(), 3);
        assert!(xml.contains("<adlcp:masteryscore>80</adlcp:masteryscore>"));
        assert!(xml.contains("href=\"index.html?scorm=1&amp;graded=minusma"));
    }

    #[test]
    fn broken_manifests_are_caught() {
        let all = packages();
        let good = manifest(&all[0], 70, &files());
        for (bad, why) in [
            (good.replace("</manifest>", ""), "not XML"),
            (
                good.replace("<schemaversion>1.2", "<schemaversion>2004"),
                "schemaversion",
            ),
            (
                good.replace("<file href=\"text/en-main.txt\"/>", "<file href=\"../x\"/>"),
                "relative",
            ),
            (
                good.replace(
                    "<file href=\"index.html\"/>",
                    "<file href=\"/index.html\"/>",
                ),
                "relative",
            ),
            (
                good.replace("masteryscore>70<", "masteryscore>170<"),
                "masteryscore",
            ),
            (
                good.replace("adlcp:scormtype=\"sco\"", "adlcp:scormtype=\"asset\""),
                "SCO",
            ),
            (
                good.replace("identifierref=\"", "identifierref=\"x"),
                "no resource",
            ),
        ] {
            let e = check_manifest(&bad).unwrap_err();
            assert!(e.contains(why), "{why}: {e}");
        }
    }

    #[test]
    fn a_package_is_complete_and_every_file_named() {
        let dir = std::env::temp_dir().join(format!("sahel-scorm-test-{}", std::process::id()));
        let build = dir.join("build");
        fs::create_dir_all(build.join("pkg-1")).unwrap();
        fs::create_dir_all(build.join("text")).unwrap();
        for (f, body) in [
            (
                "index.html",
                "<head><link rel=\"manifest\" href=\"./m.webmanifest\"></head>",
            ),
            ("pkg-1/app.wasm", "wasm"),
            ("text/en-main.txt", "words"),
            ("sw.js", "worker"),
            ("embed.js", "embed"),
            ("sahel-explainer.html", "single"),
            ("manifest-en.webmanifest", "{}"),
            ("icon-192.png", "png"),
        ] {
            fs::write(build.join(f), body).unwrap();
        }
        let found = build_files(&build).unwrap();
        assert_eq!(
            found,
            files(),
            "the worker, the single file, embed.js and the manifests stay out"
        );
        let index = package_index(&fs::read_to_string(build.join("index.html")).unwrap()).unwrap();
        assert_eq!(index, "<head></head>");
        let all = packages();
        let path = dir.join("p.zip");
        write_zip(
            &path,
            &build,
            &found,
            &index,
            &manifest(&all[0], 70, &found),
        )
        .unwrap();
        check_package(&path).unwrap();
        // A file the manifest does not name, and one it names that is not there.
        let mut fewer = found.clone();
        fewer.pop();
        write_zip(
            &path,
            &build,
            &found,
            &index,
            &manifest(&all[0], 70, &fewer),
        )
        .unwrap();
        assert!(check_package(&path)
            .unwrap_err()
            .contains("not in the manifest"));
        write_zip(
            &path,
            &build,
            &fewer,
            &index,
            &manifest(&all[0], 70, &found),
        )
        .unwrap();
        assert!(check_package(&path).unwrap_err().contains("not in the zip"));
        // No entry point.
        let no_index: Vec<String> = found
            .iter()
            .filter(|f| *f != "index.html")
            .cloned()
            .collect();
        write_zip(
            &path,
            &build,
            &no_index,
            &index,
            &manifest(&all[0], 70, &no_index),
        )
        .unwrap();
        assert!(check_package(&path).unwrap_err().contains("entry point"));
        fs::remove_dir_all(&dir).unwrap();
    }
}
