//! The charts, drawn at build time like the map's shapes: SVG with axes and ticks in the reader's
//! number format, bars from zero, gaps drawn as gaps, changes of counting method marked; the same
//! numbers as a table and as CSV; the sources, numbered. The app only shows this markup and adds what
//! a reader operates (the table switch, the focused point's readout, the chart picker).
//!
//! Every text and attribute value is escaped; no `style` attribute is written (the site's
//! Content-Security-Policy allows only its own stylesheets); colours come from classes.

use std::fmt::Write;

use crate::escape::escape_into;
use crate::figures::{Axis, Figure, Panel, Point, Qualifier, Series, Style, When};
use crate::model::Bibliography;

/// The few words the charts write, per language.
struct Words {
    about: &'static str,
    more_than: &'static str,
    at_least: &'static str,
    no_figure: &'static str,
    latest: &'static str,
    method_change: &'static str,
    series: &'static str,
    date: &'static str,
    category: &'static str,
    value: &'static str,
    source: &'static str,
    notes: &'static str,
    gap_from_to: fn(&str, &str) -> String,
    /// ": ", or " : " in French (typeset to a narrow no-break space, even after a digit).
    colon: &'static str,
    /// "Ceiling, military, 25 April 2013: 11,200 personnel"
    chart_label: &'static str,
    /// Under a chart shown in its section.
    explore: &'static str,
}

const EN: Words = Words {
    about: "about",
    more_than: "more than",
    at_least: "at least",
    no_figure: "no figure",
    latest: "latest figure",
    method_change: "Change of counting method",
    series: "Series",
    date: "Date",
    category: "Of",
    value: "Value",
    source: "Source",
    notes: "Notes",
    gap_from_to: |a, b| format!("{a} to {b}"),
    colon: ": ",
    chart_label: "Chart",
    explore: "Its table, data and sources are in the Figures view.",
};

const FR: Words = Words {
    about: "environ",
    more_than: "plus de",
    at_least: "au moins",
    no_figure: "pas de chiffre",
    latest: "dernier chiffre",
    method_change: "Changement de méthode de comptage",
    series: "Série",
    date: "Date",
    category: "Pour",
    value: "Valeur",
    source: "Source",
    notes: "Notes",
    gap_from_to: |a, b| format!("de {a} à {b}"),
    colon: " : ",
    chart_label: "Graphique",
    explore: "Son tableau, ses données et ses sources sont dans la vue Chiffres.",
};

fn words(lang: &str) -> &'static Words {
    match lang {
        "fr" => &FR,
        _ => &EN,
    }
}

/// A number as `lang` writes it: 11,200 and 454.43 in English; 11 200 (narrow no-break space) and
/// 454,43 in French. At most two decimals, and none when the value is whole.
pub fn number(value: f64, lang: &str) -> String {
    let (group, decimal) = match lang {
        "fr" => ('\u{202F}', ','),
        _ => (',', '.'),
    };
    let cents = (value * 100.0).round() as u64;
    let (whole, frac) = (cents / 100, cents % 100);
    let digits = whole.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if frac != 0 {
        out.push(decimal);
        let f = format!("{frac:02}");
        out.push_str(f.trim_end_matches('0'));
    }
    out
}

/// A value with its qualifier: "about 6,000", « plus de 175 ».
pub fn qualified(point: &Point, lang: &str) -> String {
    let w = words(lang);
    let n = number(point.value, lang);
    match point.qualifier {
        Qualifier::Exact => n,
        Qualifier::About => format!("{} {n}", w.about),
        Qualifier::MoreThan => format!("{} {n}", w.more_than),
        Qualifier::AtLeast => format!("{} {n}", w.at_least),
    }
}

/// The works a chart cites, in the order its sources list numbers them: its points' in order of
/// appearance, then those its summary adds.
pub fn source_ids(fig: &Figure) -> Vec<&str> {
    let mut ids: Vec<&str> = Vec::new();
    let points = fig
        .panels
        .iter()
        .flat_map(|p| &p.series)
        .flat_map(|s| &s.points)
        .map(|p| p.source.as_str());
    for id in points.chain(fig.sources.iter().map(String::as_str)) {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

fn source_number(fig: &Figure, id: &str) -> usize {
    source_ids(fig).iter().position(|s| *s == id).unwrap_or(0) + 1
}

/// The app's address of a chart (see src/url_state.rs).
pub fn chart_href(id: &str) -> String {
    format!("#view=figures&chart={id}")
}

fn esc(text: &str) -> String {
    let mut out = String::new();
    escape_into(&mut out, text);
    out
}

/// Marker shapes by series, so that no series is told from another by its colour alone.
const SHAPES: usize = 5;

/// The chart's panels, each with its heading, its SVG and its key, then the notes: what a reader
/// sees by default. `lang` is the index of the language in the content's order, `code` its code.
pub fn chart_html(fig: &Figure, lang: usize, code: &str) -> String {
    let mut out = String::new();
    let mut series_index = 0;
    for (n, panel) in fig.panels.iter().enumerate() {
        out.push_str("<div class=\"figure-panel\">");
        let name = panel.title.as_ref().map_or(&fig.title[lang], |t| &t[lang]);
        if let Some(t) = &panel.title {
            write!(out, "<h3>{}</h3>", esc(&t[lang])).unwrap();
        }
        let svg_id = format!("{}-{n}", fig.id);
        match panel.axis {
            Axis::Time => time_svg(
                &mut out,
                fig,
                panel,
                &svg_id,
                name,
                lang,
                code,
                series_index,
            ),
            Axis::Categories => bars_svg(
                &mut out,
                fig,
                panel,
                &svg_id,
                name,
                lang,
                code,
                series_index,
            ),
        }
        key(&mut out, panel, lang, code, series_index);
        out.push_str("</div>");
        series_index += panel.series.len();
    }
    let notes = notes(fig, lang, code);
    if !notes.is_empty() {
        write!(
            out,
            "<h3>{}</h3><ul class=\"figure-notes\">",
            words(code).notes
        )
        .unwrap();
        for note in notes {
            write!(out, "<li>{}</li>", esc(&note)).unwrap();
        }
        out.push_str("</ul>");
    }
    out
}

/// The key: each series' marker, what it counts, and the date of its latest figure.
fn key(out: &mut String, panel: &Panel, lang: usize, code: &str, first: usize) {
    out.push_str("<ul class=\"figure-key\">");
    for (i, s) in panel.series.iter().enumerate() {
        let k = first + i;
        let latest = s.points.iter().map(|p| p.when).max();
        write!(
            out,
            "<li><svg class=\"key-mark\" viewBox=\"0 0 24 12\" aria-hidden=\"true\">{}</svg>{}",
            key_mark(s.style, k),
            esc(&s.label[lang])
        )
        .unwrap();
        if let Some(w) = latest {
            write!(
                out,
                " <span class=\"as-of\">({} {})</span>",
                words(code).latest,
                esc(&w.text(code))
            )
            .unwrap();
        }
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}

fn key_mark(style: Style, k: usize) -> String {
    match style {
        Style::Bars => {
            format!("<rect class=\"bar s{k}\" x=\"2\" y=\"1\" width=\"20\" height=\"10\"/>")
        }
        Style::Points => marker(k, 12.0, 6.0),
        Style::Step | Style::Line => format!(
            "<path class=\"line s{k}\" d=\"M1 6H23\"/>{}",
            marker(k, 12.0, 6.0)
        ),
    }
}

/// A point's marker: circle, square, triangle, diamond or downward triangle, by series.
fn marker(k: usize, x: f64, y: f64) -> String {
    let r = 4.5;
    match k % SHAPES {
        0 => format!("<circle class=\"mark s{k}\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{r}\"/>"),
        1 => format!(
            "<rect class=\"mark s{k}\" x=\"{:.1}\" y=\"{:.1}\" width=\"{}\" height=\"{}\"/>",
            x - r,
            y - r,
            2.0 * r,
            2.0 * r
        ),
        2 => format!(
            "<path class=\"mark s{k}\" d=\"M{x:.1} {:.1}L{:.1} {:.1}H{:.1}Z\"/>",
            y - r - 1.0,
            x + r + 0.5,
            y + r,
            x - r - 0.5
        ),
        4 => format!(
            "<path class=\"mark s{k}\" d=\"M{x:.1} {:.1}L{:.1} {:.1}H{:.1}Z\"/>",
            y + r + 1.0,
            x + r + 0.5,
            y - r,
            x - r - 0.5
        ),
        _ => format!(
            "<path class=\"mark s{k}\" d=\"M{x:.1} {:.1}L{:.1} {y:.1}L{x:.1} {:.1}L{:.1} {y:.1}Z\"/>",
            y - r - 1.0,
            x + r + 1.0,
            y + r + 1.0,
            x - r - 1.0
        ),
    }
}

/// What a focused point announces, and what its readout shows: "Authorised ceiling, military,
/// 25 April 2013: 11,200 personnel (Resolution 2100)".
fn point_label(s: &Series, p: &Point, panel: &Panel, lang: usize, code: &str) -> String {
    let mut text = format!(
        "{}, {}{}{} {}",
        s.label[lang],
        point_at(panel, p, lang, code),
        words(code).colon,
        qualified(p, code),
        panel.unit[lang]
    );
    if let Some(l) = &p.label {
        write!(text, " ({})", l[lang]).unwrap();
    }
    crate::typeset(code, &text)
}

fn category_label(panel: &Panel, id: &str, lang: usize) -> String {
    panel
        .categories
        .iter()
        .find(|c| c.id == id)
        .map_or(id.to_string(), |c| c.label[lang].clone())
}

/// A round top for a value axis that starts at zero, and its tick step.
fn scale(max: f64) -> (f64, f64) {
    let max = max.max(1.0);
    let magnitude = 10f64.powf(max.log10().floor());
    for step in [0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 2.5, 5.0, 10.0] {
        let step = step * magnitude;
        let top = (max / step).ceil() * step;
        if top / step <= 6.0 {
            return (top, step);
        }
    }
    (max, max)
}

const WIDTH: f64 = 640.0;

/// A link around a point's mark: focusable, announcing its value, and leading to the section that
/// explains it. Its mark ([`sahel_vocab::CHART_POINT_ATTR`]) is the handle the app's readout
/// reads (src/ui/figures_view.rs).
fn point_link(out: &mut String, fig: &Figure, label: &str, mark: &str) {
    write!(
        out,
        "<a class=\"pt\" href=\"#section={}\" {}=\"\" aria-label=\"{}\">{mark}</a>",
        esc(&fig.section),
        sahel_vocab::CHART_POINT_ATTR,
        esc(label)
    )
    .unwrap();
}

#[allow(clippy::too_many_arguments)]
fn time_svg(
    out: &mut String,
    fig: &Figure,
    panel: &Panel,
    id: &str,
    name: &str,
    lang: usize,
    code: &str,
    first: usize,
) {
    let (left, right, top, bottom) = (64.0, 16.0, 16.0, 28.0);
    let height = 280.0;
    let plot_h = height - top - bottom;
    let dates: Vec<When> = panel
        .series
        .iter()
        .flat_map(|s| {
            s.points
                .iter()
                .map(|p| p.when)
                .chain(s.end)
                .chain(s.gaps.iter().flat_map(|g| [g.from, g.to]))
        })
        .collect();
    let from = f64::from(dates.iter().map(|d| d.year).min().unwrap_or(2012));
    let to = f64::from(dates.iter().map(|d| d.year).max().unwrap_or(2025)) + 1.0;
    let max = panel
        .series
        .iter()
        .flat_map(|s| &s.points)
        .map(|p| p.value)
        .fold(0.0, f64::max);
    let (y_top, step) = scale(max);
    let x = |w: f64| left + (w - from) / (to - from) * (WIDTH - left - right);
    let y = |v: f64| top + plot_h - v / y_top * plot_h;
    write!(
        out,
        "<svg class=\"chart\" id=\"chart-{id}\" viewBox=\"0 0 {WIDTH} {height}\" role=\"group\" aria-label=\"{}\">",
        esc(&chart_name(code, name))
    )
    .unwrap();
    out.push_str("<g class=\"grid\" aria-hidden=\"true\">");
    let mut v = 0.0;
    while v <= y_top + step / 2.0 {
        write!(
            out,
            "<path d=\"M{left} {:.1}H{:.1}\"/><text class=\"tick y\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            y(v),
            WIDTH - right,
            left - 6.0,
            y(v) + 4.0,
            esc(&number(v, code))
        )
        .unwrap();
        v += step;
    }
    let years = (to - from) as u16;
    let every = if years > 8 { 2 } else { 1 };
    for i in 0..years {
        let year = from as u16 + i;
        write!(
            out,
            "<path class=\"year\" d=\"M{:.1} {top}V{:.1}\"/>",
            x(f64::from(year)),
            top + plot_h
        )
        .unwrap();
        if i % every == 0 {
            write!(
                out,
                "<text class=\"tick x\" x=\"{:.1}\" y=\"{:.1}\">{year}</text>",
                x(f64::from(year) + 0.5),
                height - 8.0
            )
            .unwrap();
        }
    }
    write!(
        out,
        "<path class=\"axis\" d=\"M{left} {top}V{:.1}H{:.1}\"/><text class=\"unit\" x=\"{left}\" y=\"{:.1}\">{}</text></g>",
        top + plot_h,
        WIDTH - right,
        top - 5.0,
        esc(&panel.unit[lang])
    )
    .unwrap();
    // Gaps first, under everything: a hatched band that says there is no figure.
    for s in &panel.series {
        for g in &s.gaps {
            let (a, b) = (x(g.from.position()), x(g.to.position() + 1.0 / 12.0));
            write!(
                out,
                "<g class=\"gap\" aria-hidden=\"true\"><rect x=\"{a:.1}\" y=\"{top}\" width=\"{:.1}\" height=\"{plot_h}\"/>",
                b - a
            )
            .unwrap();
            if b - a > 60.0 {
                write!(
                    out,
                    "<text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
                    (a + b) / 2.0,
                    top + 14.0,
                    words(code).no_figure
                )
                .unwrap();
            }
            out.push_str("</g>");
        }
    }
    // A change of counting method: a dashed rule at its date, labelled.
    for s in &panel.series {
        for p in s.points.iter().filter(|p| p.method.is_some()) {
            let px = x(p.when.position());
            write!(
                out,
                "<g class=\"method\" aria-hidden=\"true\"><path d=\"M{px:.1} {top}V{:.1}\"/><text x=\"{:.1}\" y=\"{:.1}\">*</text></g>",
                top + plot_h,
                px + 3.0,
                top + 10.0
            )
            .unwrap();
        }
    }
    for (i, s) in panel.series.iter().enumerate() {
        let k = first + i;
        let at = |p: &Point| (x(p.when.position()), y(p.value));
        match s.style {
            Style::Step => {
                let mut d = String::new();
                for (j, p) in s.points.iter().enumerate() {
                    let (px, py) = at(p);
                    if j == 0 {
                        write!(d, "M{px:.1} {py:.1}").unwrap();
                    } else {
                        write!(d, "H{px:.1}V{py:.1}").unwrap();
                    }
                }
                let last = s
                    .end
                    .map_or(s.points.last().map(|p| p.when.position()), |e| {
                        Some(e.position())
                    });
                if let Some(end) = last {
                    write!(d, "H{:.1}", x(end)).unwrap();
                }
                write!(
                    out,
                    "<path class=\"line s{k}\" d=\"{d}\" aria-hidden=\"true\"/>"
                )
                .unwrap();
            }
            Style::Line => {
                let mut d = String::new();
                for (j, p) in s.points.iter().enumerate() {
                    let (px, py) = at(p);
                    let joined = j > 0 && {
                        let prev = s.points[j - 1].when;
                        !s.gaps.iter().any(|g| g.from > prev && g.to < p.when)
                    };
                    write!(d, "{}{px:.1} {py:.1}", if joined { "L" } else { "M" }).unwrap();
                }
                write!(
                    out,
                    "<path class=\"line s{k}\" d=\"{d}\" aria-hidden=\"true\"/>"
                )
                .unwrap();
            }
            Style::Points | Style::Bars => {}
        }
        for p in &s.points {
            let (px, py) = at(p);
            let mut mark = marker(k, px, py);
            if p.qualifier != Qualifier::Exact {
                mark = mark.replacen("class=\"mark", "class=\"mark approx", 1);
            }
            point_link(out, fig, &point_label(s, p, panel, lang, code), &mark);
        }
    }
    out.push_str("</svg>");
}

#[allow(clippy::too_many_arguments)]
fn bars_svg(
    out: &mut String,
    fig: &Figure,
    panel: &Panel,
    id: &str,
    name: &str,
    lang: usize,
    code: &str,
    first: usize,
) {
    let (left, right, top) = (150.0, 120.0, 22.0);
    let (bar_h, pad) = (16.0, 6.0);
    // A band per category, with room for each series that has a value there (at least one row,
    // where a missing value says so).
    let rows: Vec<Vec<(usize, &Series, &Point)>> = panel
        .categories
        .iter()
        .map(|c| {
            panel
                .series
                .iter()
                .enumerate()
                .filter_map(|(i, s)| {
                    s.points
                        .iter()
                        .find(|p| p.category.as_deref() == Some(c.id.as_str()))
                        .map(|p| (i, s, p))
                })
                .collect()
        })
        .collect();
    let band = |n: usize| n.max(1) as f64 * bar_h + 2.0 * pad;
    let plot_h: f64 = rows.iter().map(|r| band(r.len())).sum();
    let height = top + plot_h + 24.0;
    let max = panel
        .series
        .iter()
        .flat_map(|s| &s.points)
        .map(|p| p.value)
        .fold(0.0, f64::max);
    let (x_top, step) = scale(max);
    let x = |v: f64| left + v / x_top * (WIDTH - left - right);
    write!(
        out,
        "<svg class=\"chart bars\" id=\"chart-{id}\" viewBox=\"0 0 {WIDTH} {height:.0}\" role=\"group\" aria-label=\"{}\">",
        esc(&chart_name(code, name))
    )
    .unwrap();
    out.push_str("<g class=\"grid\" aria-hidden=\"true\">");
    let mut v = 0.0;
    while v <= x_top + step / 2.0 {
        write!(
            out,
            "<path d=\"M{:.1} {top}V{:.1}\"/><text class=\"tick x\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            x(v),
            top + plot_h,
            x(v),
            height - 8.0,
            esc(&number(v, code))
        )
        .unwrap();
        v += step;
    }
    write!(
        out,
        "<path class=\"axis\" d=\"M{left} {top}V{:.1}\"/><text class=\"unit\" x=\"{left}\" y=\"{:.1}\">{}</text></g>",
        top + plot_h,
        top - 8.0,
        esc(&panel.unit[lang])
    )
    .unwrap();
    let mut y0 = top;
    for (c, row) in panel.categories.iter().zip(&rows) {
        let h = band(row.len());
        write!(
            out,
            "<text class=\"cat\" x=\"{:.1}\" y=\"{:.1}\" aria-hidden=\"true\">{}</text>",
            left - 8.0,
            y0 + h / 2.0 + 4.0,
            esc(&c.label[lang])
        )
        .unwrap();
        if row.is_empty() {
            write!(
                out,
                "<text class=\"none\" x=\"{:.1}\" y=\"{:.1}\" aria-hidden=\"true\">{}</text>",
                left + 6.0,
                y0 + h / 2.0 + 4.0,
                words(code).no_figure
            )
            .unwrap();
        }
        for (j, (i, s, p)) in row.iter().enumerate() {
            let k = first + i;
            let by = y0 + pad + j as f64 * bar_h;
            let w = (x(p.value) - left).max(0.0);
            let mut class = format!("bar s{k}");
            if p.method.is_some() {
                class.push_str(" method");
            }
            if p.qualifier != Qualifier::Exact {
                class.push_str(" approx");
            }
            let value = qualified(p, code) + if p.method.is_some() { " *" } else { "" };
            let mark = format!(
                "<rect class=\"{class}\" x=\"{left}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{:.1}\"/><text class=\"value\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
                by + 1.0,
                bar_h - 2.0,
                left + w + 4.0,
                by + bar_h - 4.0,
                esc(&value)
            );
            point_link(out, fig, &point_label(s, p, panel, lang, code), &mark);
        }
        y0 += h;
    }
    out.push_str("</svg>");
}

/// The notes under a chart: changes of counting method (marked * on the chart), the points' notes,
/// and why each gap has no figure.
fn notes(fig: &Figure, lang: usize, code: &str) -> Vec<String> {
    let w = words(code);
    let mut out = Vec::new();
    for panel in &fig.panels {
        for s in &panel.series {
            for p in &s.points {
                let at = point_at(panel, p, lang, code);
                if let Some(m) = &p.method {
                    out.push(format!("* {}, {at}{}{}", w.method_change, w.colon, m[lang]));
                }
                if let Some(n) = &p.note {
                    out.push(format!("{}, {at}{}{}", s.label[lang], w.colon, n[lang]));
                }
            }
            for g in &s.gaps {
                out.push(format!(
                    "{}, {}{}{} ({})",
                    s.label[lang],
                    (w.gap_from_to)(&g.from.text(code), &g.to.text(code)),
                    w.colon,
                    w.no_figure,
                    g.note[lang]
                ));
            }
        }
        for c in &panel.categories {
            let Some(n) = &c.note else { continue };
            let has_value = panel
                .series
                .iter()
                .flat_map(|s| &s.points)
                .any(|p| p.category.as_deref() == Some(c.id.as_str()));
            if has_value {
                out.push(format!("{}{}{}", c.label[lang], w.colon, n[lang]));
            } else {
                out.push(format!(
                    "{}{}{} – {}",
                    c.label[lang], w.colon, w.no_figure, n[lang]
                ));
            }
        }
    }
    out.into_iter().map(|n| crate::typeset(code, &n)).collect()
}

/// Where a point is: its category, else its date.
fn point_at(panel: &Panel, p: &Point, lang: usize, code: &str) -> String {
    match &p.category {
        Some(c) => category_label(panel, c, lang),
        None => p.when.text(code),
    }
}

/// The same numbers as tables, one per panel: every point with its date, value, source number and
/// notes, and every gap as a row that says so.
pub fn table_html(fig: &Figure, lang: usize, code: &str) -> String {
    let w = words(code);
    let mut out = String::new();
    for panel in &fig.panels {
        let caption = panel.title.as_ref().map_or(&fig.title[lang], |t| &t[lang]);
        let by_category = panel.axis == Axis::Categories;
        write!(
            out,
            // Focusable, so that a keyboard can scroll a table wider than a phone.
            "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"{}\"><table class=\"figure-table\"><caption>{}</caption><thead><tr><th scope=\"col\">{}</th>",
            esc(caption),
            esc(caption),
            w.series
        )
        .unwrap();
        if by_category {
            write!(out, "<th scope=\"col\">{}</th>", w.category).unwrap();
        }
        write!(
            out,
            "<th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{} ({})</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
            w.date,
            w.value,
            esc(&panel.unit[lang]),
            w.source,
            w.notes
        )
        .unwrap();
        for s in &panel.series {
            for p in &s.points {
                let mut notes: Vec<String> = Vec::new();
                if let Some(l) = &p.label {
                    notes.push(l[lang].clone());
                }
                if let Some(m) = &p.method {
                    notes.push(format!("{}{}{}", w.method_change, w.colon, m[lang]));
                }
                if let Some(n) = &p.note {
                    notes.push(n[lang].clone());
                }
                write!(out, "<tr><th scope=\"row\">{}</th>", esc(&s.label[lang])).unwrap();
                if by_category {
                    write!(out, "<td>{}</td>", esc(&point_at(panel, p, lang, code))).unwrap();
                }
                write!(
                    out,
                    "<td><time datetime=\"{}\">{}</time></td><td class=\"num\">{}</td><td>{}</td><td>{}</td></tr>",
                    p.when.iso(),
                    esc(&p.when.text(code)),
                    esc(&qualified(p, code)),
                    source_number(fig, &p.source),
                    esc(&crate::typeset(code, &notes.join(" ")))
                )
                .unwrap();
            }
            for g in &s.gaps {
                write!(
                    out,
                    "<tr class=\"gap-row\"><th scope=\"row\">{}</th>",
                    esc(&s.label[lang])
                )
                .unwrap();
                write!(
                    out,
                    "<td>{}</td><td class=\"num\">{}</td><td></td><td>{}</td></tr>",
                    esc(&(w.gap_from_to)(&g.from.text(code), &g.to.text(code))),
                    w.no_figure,
                    esc(&g.note[lang])
                )
                .unwrap();
            }
        }
        if by_category {
            for c in &panel.categories {
                let has_value = panel
                    .series
                    .iter()
                    .flat_map(|s| &s.points)
                    .any(|p| p.category.as_deref() == Some(c.id.as_str()));
                if !has_value {
                    write!(
                        out,
                        "<tr class=\"gap-row\"><th scope=\"row\">—</th><td>{}</td><td></td><td class=\"num\">{}</td><td></td><td>{}</td></tr>",
                        esc(&c.label[lang]),
                        w.no_figure,
                        esc(c.note.as_ref().map_or("", |n| n[lang].as_str()))
                    )
                    .unwrap();
                }
            }
        }
        out.push_str("</tbody></table></div>");
    }
    out
}

/// The sources, numbered as the table cites them, each linking to the work.
pub fn sources_html(fig: &Figure, bib: &Bibliography, code: &str) -> String {
    let mut out = String::from("<ol class=\"figure-sources\">");
    for id in source_ids(fig) {
        let source = bib
            .source(id)
            .expect("figures' sources validated before drawing");
        write!(
            out,
            "<li><a href=\"{}\" class=\"external\">{}</a></li>",
            esc(&source.url),
            esc(&bib.citation(source, code))
        )
        .unwrap();
    }
    out.push_str("</ol>");
    out
}

/// The chart's data as CSV (RFC 4180, UTF-8): one row per point, with what it counts, its unit,
/// date (ISO 8601), value (plain decimal), qualifier, source and notes; the labels in the reader's
/// language.
pub fn csv(fig: &Figure, bib: &Bibliography, lang: usize, code: &str) -> String {
    let mut out = String::from(
        "chart,panel,series,basis,unit,category,date,value,qualifier,source,source_url,method_change,note\r\n",
    );
    let field = |s: &str| {
        if s.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    for (n, panel) in fig.panels.iter().enumerate() {
        for s in &panel.series {
            for p in &s.points {
                let source = bib.source(&p.source).expect("validated");
                let qualifier = match p.qualifier {
                    Qualifier::Exact => "",
                    Qualifier::About => "about",
                    Qualifier::MoreThan => "more-than",
                    Qualifier::AtLeast => "at-least",
                };
                let row = [
                    fig.id.clone(),
                    (n + 1).to_string(),
                    s.label[lang].clone(),
                    s.basis.clone(),
                    panel.unit[lang].clone(),
                    p.category
                        .as_ref()
                        .map_or(String::new(), |c| category_label(panel, c, lang)),
                    p.when.iso(),
                    // Plain decimal: a spreadsheet in any locale reads it as a number.
                    format!("{}", p.value),
                    qualifier.to_string(),
                    bib.citation(source, code),
                    source.url.clone(),
                    p.method.as_ref().map_or(String::new(), |m| m[lang].clone()),
                    p.note.as_ref().map_or(String::new(), |m| m[lang].clone()),
                ];
                let row: Vec<String> = row.iter().map(|f| field(f)).collect();
                out.push_str(&row.join(","));
                out.push_str("\r\n");
            }
        }
    }
    out
}

/// "Chart: <name>", in the language's typography.
fn chart_name(code: &str, name: &str) -> String {
    let w = words(code);
    crate::typeset(code, &format!("{}{}{name}", w.chart_label, w.colon))
}

/// A chart in its section, at the end of the section's body: the drawing (its points link to the
/// sections that explain them and announce their values), and a caption linking to the chart in
/// the Figures view, with its table, data and sources.
pub fn section_figure(fig: &Figure, lang: usize, code: &str) -> String {
    format!(
        "<figure class=\"section-figure\">{}<figcaption><a href=\"{}\">{}</a>. {}</figcaption></figure>",
        chart_html(fig, lang, code),
        esc(&chart_href(&fig.id)),
        esc(&chart_name(code, &fig.title[lang])),
        esc(&crate::typeset(code, words(code).explore)),
    )
}
