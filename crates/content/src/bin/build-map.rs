//! `build-map TOPOJSON OUT`: turns Natural Earth country borders (world-atlas `countries-50m.json`)
//! into the explainer's projected, simplified SVG paths, one `iso_numeric<TAB>path` line per country.
//! Run it again when the frame or the source changes; a test checks the committed output is current.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: build-map node_modules/world-atlas/countries-50m.json content/map/countries.tsv");
        return ExitCode::FAILURE;
    };
    let result = std::fs::read_to_string(input)
        .map_err(|e| format!("{input}: {e}"))
        .and_then(|text| sahel_content::map::country_paths(&text))
        .and_then(|paths| {
            let text = sahel_content::map::shapes_file(&paths);
            std::fs::write(output, &text).map_err(|e| format!("{output}: {e}"))?;
            Ok((paths.len(), text.len()))
        });
    match result {
        Ok((n, bytes)) => {
            println!("{n} countries, {bytes} bytes of path data -> {output}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("build-map: {e}");
            ExitCode::FAILURE
        }
    }
}
