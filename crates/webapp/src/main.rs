//! Writes what makes the explainer installable ("Add to home screen"): a web app manifest per
//! language and the PNG icons it names, drawn from the SVG icon in Rust, so the build needs no
//! browser and no image tool.
//!
//! `sahel-webapp <icon.svg> <out dir>`; scripts/postbuild.mjs runs it and then checks what it wrote
//! against the files (every icon exists, its pixels are the sizes the manifest declares, every
//! address is relative).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use resvg::{tiny_skia, usvg};
use sahel_explainer::i18n::{Lang, Localize};
use serde_json::json;

/// The icon's own background, also the header's colour (`--accent` in style/base.css): the
/// colour of the title bar and of the splash screen around the icon.
const THEME: &str = "#1f4e79";
const BACKGROUND: &str = "#ffffff";

/// A PNG to draw: its file, its side in pixels, and whether it is "maskable" (Android crops
/// those to a circle or a squircle, so the picture keeps to the middle 80 % on a full background).
struct Png {
    file: &'static str,
    side: u32,
    maskable: bool,
}

/// Chromium asks for 192 and 512 px before it offers to install; Android masks the third.
const PNGS: [Png; 3] = [
    Png {
        file: "icon-192.png",
        side: 192,
        maskable: false,
    },
    Png {
        file: "icon-512.png",
        side: 512,
        maskable: false,
    },
    Png {
        file: "icon-maskable-512.png",
        side: 512,
        maskable: true,
    },
];

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [svg, out] = args.as_slice() else {
        eprintln!("usage: sahel-webapp <icon.svg> <out dir>");
        return ExitCode::from(2);
    };
    match write_all(svg, out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sahel-webapp: {e}");
            ExitCode::FAILURE
        }
    }
}

fn write_all(svg: &Path, out: &Path) -> Result<(), String> {
    let source = std::fs::read(svg).map_err(|e| format!("{}: {e}", svg.display()))?;
    let tree = usvg::Tree::from_data(&source, &usvg::Options::default()).map_err(|e| {
        format!(
            "{}: not an SVG the icons can be drawn from: {e}",
            svg.display()
        )
    })?;
    for png in &PNGS {
        let bytes = draw(&tree, png).map_err(|e| format!("{}: {e}", png.file))?;
        write(&out.join(png.file), &bytes)?;
    }
    let svg_name = svg
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| format!("{}: the icon needs a file name", svg.display()))?;
    for lang in Lang::ALL {
        let manifest = manifest(lang, svg_name);
        let text = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())?;
        write(&out.join(manifest_file(lang)), text.as_bytes())?;
    }
    Ok(())
}

/// The manifest for readers of `lang`; the app points the page at the one for its language.
fn manifest_file(lang: Lang) -> String {
    format!("manifest-{}.webmanifest", lang.code())
}

fn manifest(lang: Lang, svg_name: &str) -> serde_json::Value {
    let s = lang.strings();
    let mut icons = vec![json!({ "src": svg_name, "sizes": "any", "type": "image/svg+xml" })];
    icons.extend(PNGS.iter().map(|png| {
        json!({
            "src": png.file,
            "sizes": format!("{0}x{0}", png.side),
            "type": "image/png",
            "purpose": if png.maskable { "maskable" } else { "any" },
        })
    }));
    // Relative addresses: the manifest sits beside index.html, so the app installs from whatever
    // sub-path it is hosted under.
    json!({
        "id": "./",
        "start_url": "./",
        "scope": "./",
        "name": s.site_title,
        "short_name": s.app_short_name,
        "description": s.site_tagline,
        "lang": lang.code(),
        "dir": "ltr",
        "display": "standalone",
        "background_color": BACKGROUND,
        "theme_color": THEME,
        "icons": icons,
    })
}

fn draw(tree: &usvg::Tree, png: &Png) -> Result<Vec<u8>, String> {
    let mut pixmap = tiny_skia::Pixmap::new(png.side, png.side).ok_or("no pixels to draw on")?;
    let side = png.side as f32;
    let (inner, fill) = if png.maskable {
        (side * 0.8, Some(THEME))
    } else {
        (side, None)
    };
    if let Some(colour) = fill {
        pixmap.fill(parse_colour(colour)?);
    }
    let size = tree.size();
    let scale = inner / size.width().max(size.height());
    let offset = (side - inner) / 2.0;
    let transform = tiny_skia::Transform::from_scale(scale, scale).post_translate(offset, offset);
    resvg::render(tree, transform, &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| e.to_string())
}

fn parse_colour(hex: &str) -> Result<tiny_skia::Color, String> {
    let channel = |i: usize| {
        hex.get(1 + 2 * i..3 + 2 * i)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .ok_or_else(|| format!("{hex}: not a #rrggbb colour"))
    };
    Ok(tiny_skia::Color::from_rgba8(
        channel(0)?,
        channel(1)?,
        channel(2)?,
        255,
    ))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ICON: &str = include_str!("../../../public/favicon.svg");

    fn decoded(png: &Png) -> tiny_skia::Pixmap {
        let tree = usvg::Tree::from_data(ICON.as_bytes(), &usvg::Options::default()).unwrap();
        tiny_skia::Pixmap::decode_png(&draw(&tree, png).unwrap()).unwrap()
    }

    #[test]
    fn icons_have_their_declared_sizes_and_are_drawn() {
        for png in &PNGS {
            let pixmap = decoded(png);
            assert_eq!((pixmap.width(), pixmap.height()), (png.side, png.side));
            // The middle of the icon is the picture, not an empty canvas.
            let middle = pixmap.pixel(png.side / 2, png.side / 2).unwrap();
            assert_eq!(middle.alpha(), 255, "{} is drawn", png.file);
        }
    }

    #[test]
    fn a_maskable_icon_fills_its_corners_and_the_others_keep_them_round() {
        let corner = |png: &Png| decoded(png).pixel(0, 0).unwrap().alpha();
        assert_eq!(
            corner(&PNGS[2]),
            255,
            "maskable: the background reaches the corner"
        );
        assert_eq!(
            corner(&PNGS[0]),
            0,
            "plain: the rounded corner stays transparent"
        );
    }

    #[test]
    fn each_language_has_its_own_names_and_only_relative_addresses() {
        for lang in Lang::ALL {
            let m = manifest(lang, "favicon.svg");
            assert_eq!(m["lang"], lang.code());
            assert_eq!(m["name"], lang.strings().site_title);
            for address in [&m["start_url"], &m["scope"], &m["id"]] {
                assert_eq!(address, "./");
            }
            for icon in m["icons"].as_array().unwrap() {
                let src = icon["src"].as_str().unwrap();
                assert!(!src.starts_with('/') && !src.contains(':'), "{src}");
            }
        }
        assert_ne!(
            manifest(Lang::En, "i.svg")["name"],
            manifest(Lang::Fr, "i.svg")["name"]
        );
    }

    #[test]
    fn a_bad_colour_is_refused() {
        assert!(parse_colour("#12").is_err());
        assert!(parse_colour("#zzzzzz").is_err());
        assert!(parse_colour(THEME).is_ok());
    }
}
