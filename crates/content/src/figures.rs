//! `figures/*.toml`: the charts' data, one chart per file. Every point carries its value, its date,
//! the work it comes from and, where needed, a note or a change of counting method; every series
//! says what it counts (`basis`), and the build refuses a series that mixes bases, a point without a
//! source or a date, and a line drawn across a long stretch without data. The charts themselves are
//! drawn from this at build time (`chart.rs`).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::error::{line_of, ContentError};
use crate::localized::{localized, Localized};
use crate::timeline::{calendar_date, Refs};
use crate::{is_valid_id, unknown_source};
use sahel_vocab::{Lang, FIRST_YEAR, LAST_YEAR};

/// One chart: its words, the section that explains it, and its panels (each with its own axis:
/// numbers counted on different bases or at different dates never share one).
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub id: String,
    pub file: PathBuf,
    pub line: usize,
    pub section: String,
    /// One text per language, in the content's language order.
    pub title: Vec<String>,
    pub summary: Vec<String>,
    /// Works the summary cites beyond the points' own sources.
    pub sources: Vec<String>,
    pub panels: Vec<Panel>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Axis {
    /// Points placed by their dates.
    Time,
    /// Bars, one band per category (a year, a country, a fiscal year).
    Categories,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    pub axis: Axis,
    pub title: Option<Vec<String>>,
    /// What every number in the panel counts in ("personnel", "US$ millions").
    pub unit: Vec<String>,
    pub categories: Vec<Category>,
    pub series: Vec<Series>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Category {
    pub id: String,
    pub label: Vec<String>,
    /// Why a category has no figure, or what to know about it.
    pub note: Option<Vec<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// A level that holds until the next point (a ceiling set by a resolution), up to `end`.
    Step,
    /// Dated counts too far apart to join: markers only.
    Points,
    /// A series dense enough to join, broken at its declared gaps.
    Line,
    Bars,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub id: String,
    /// What the series counts, as an id ("deployed-military"): one series, one basis.
    pub basis: String,
    pub style: Style,
    pub label: Vec<String>,
    /// For a step series, the date its last level stops applying.
    pub end: Option<When>,
    pub gaps: Vec<Gap>,
    pub points: Vec<Point>,
}

/// A stretch without a credible figure, shown as such.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    pub from: When,
    pub to: When,
    pub note: Vec<String>,
}

/// How exact a value is, as the source gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    Exact,
    About,
    MoreThan,
    AtLeast,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub when: When,
    pub category: Option<String>,
    pub value: f64,
    pub qualifier: Qualifier,
    /// A short name for the point ("Resolution 2100").
    pub label: Option<Vec<String>>,
    pub note: Option<Vec<String>>,
    /// Set where the counting method changes from this point on (or, for a bar, differs).
    pub method: Option<Vec<String>>,
    pub source: String,
}

/// A date as precise as the source: a year, a month or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct When {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl When {
    pub fn parse(s: &str) -> Result<When, String> {
        let (year, month, day) = calendar_date(s, true)?;
        if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
            return Err(format!("date `{s}` is outside {FIRST_YEAR}–{LAST_YEAR}"));
        }
        Ok(When { year, month, day })
    }

    /// Where the date falls, in years (2014.5 is the start of July 2014): a month or a year without
    /// a day stands at its start.
    pub fn position(self) -> f64 {
        let month = f64::from(self.month.unwrap_or(1) - 1);
        let day = f64::from(self.day.unwrap_or(1) - 1);
        f64::from(self.year) + (month + day / 31.0) / 12.0
    }

    /// Months from `self` to `later` (rounded down by calendar month).
    pub fn months_to(self, later: When) -> i32 {
        let m = |w: When| i32::from(w.year) * 12 + i32::from(w.month.unwrap_or(1));
        m(later) - m(self)
    }

    pub fn text(self, lang: &str) -> String {
        Lang::from_code(lang)
            .unwrap_or_default()
            .date(self.year, self.month, self.day)
    }

    pub fn iso(self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }
}

/// Consecutive points of a line further apart than this must have a gap declared between them:
/// a line across a longer stretch would invent the figures in between.
pub const MAX_JOINED_MONTHS: i32 = 12;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileEntry {
    id: Spanned<String>,
    section: Spanned<String>,
    title: Spanned<Localized>,
    summary: Spanned<Localized>,
    #[serde(default)]
    sources: Vec<Spanned<String>>,
    #[serde(default)]
    panel: Vec<Spanned<PanelEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PanelEntry {
    axis: Spanned<String>,
    title: Option<Spanned<Localized>>,
    unit: Spanned<Localized>,
    #[serde(default)]
    category: Vec<Spanned<CategoryEntry>>,
    #[serde(default)]
    series: Vec<Spanned<SeriesEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CategoryEntry {
    id: Spanned<String>,
    label: Option<Spanned<Localized>>,
    note: Option<Spanned<Localized>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeriesEntry {
    id: Spanned<String>,
    basis: Spanned<String>,
    style: Spanned<String>,
    label: Spanned<Localized>,
    end: Option<Spanned<String>>,
    #[serde(default)]
    gap: Vec<Spanned<GapEntry>>,
    #[serde(default)]
    point: Vec<Spanned<PointEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GapEntry {
    from: Spanned<String>,
    to: Spanned<String>,
    note: Spanned<Localized>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PointEntry {
    date: Option<Spanned<String>>,
    category: Option<Spanned<String>>,
    value: Option<Spanned<f64>>,
    qualifier: Option<Spanned<String>>,
    /// What the source says the number counts, where it is worth writing down: it must be the
    /// series' own basis.
    basis: Option<Spanned<String>>,
    label: Option<Spanned<Localized>>,
    note: Option<Spanned<Localized>>,
    method: Option<Spanned<Localized>>,
    source: Option<Spanned<String>>,
}

/// Every chart in `dir` (`figures/*.toml`), in file-name order; none if the folder is absent.
pub(crate) fn parse_dir(
    dir: &Path,
    langs: &[String],
    refs: &Refs,
    errors: &mut Vec<ContentError>,
) -> Vec<Figure> {
    let Ok(files) = crate::toml_files(dir) else {
        return Vec::new();
    };
    let mut figures: Vec<Figure> = Vec::new();
    for file in files {
        let Some(text) = crate::read_file(&file, errors) else {
            continue;
        };
        if let Some(f) = parse(&file, &text, langs, refs, errors) {
            if figures.iter().any(|other| other.id == f.id) {
                errors.push(ContentError::new(
                    &file,
                    f.line,
                    format!("duplicate chart id `{}`", f.id),
                ));
            }
            figures.push(f);
        }
    }
    figures
}

/// One chart file.
pub(crate) fn parse(
    file: &Path,
    text: &str,
    langs: &[String],
    refs: &Refs,
    errors: &mut Vec<ContentError>,
) -> Option<Figure> {
    let entry: FileEntry = match toml::from_str(text) {
        Ok(e) => e,
        Err(e) => {
            let line = e.span().map_or(1, |s| line_of(text, s.start));
            errors.push(ContentError::new(file, line, e.message().to_string()));
            return None;
        }
    };
    let before = errors.len();
    let mut p = Parser {
        file,
        text,
        langs,
        refs,
        errors,
    };
    let id = entry.id.get_ref().clone();
    let line = p.line(entry.id.span().start);
    if !is_valid_id(&id) {
        p.error(
            line,
            format!("chart id `{id}` must use only lower-case letters, digits and single hyphens"),
        );
    }
    if !refs.sections.contains(entry.section.get_ref().as_str()) {
        p.error(
            p.line(entry.section.span().start),
            format!(
                "chart `{id}` belongs to unknown section `{}`",
                entry.section.get_ref()
            ),
        );
    }
    let title = p.texts(&entry.title, &format!("chart `{id}`: title"));
    let summary = p.texts(&entry.summary, &format!("chart `{id}`: summary"));
    for s in &entry.sources {
        p.source(s, &format!("chart `{id}`"));
    }
    if entry.panel.is_empty() {
        p.error(line, format!("chart `{id}` has no [[panel]]"));
    }
    let mut series_ids = HashSet::new();
    let panels: Vec<Panel> = entry
        .panel
        .iter()
        .filter_map(|panel| p.panel(&id, panel, &mut series_ids))
        .collect();
    if p.errors.len() > before {
        return None;
    }
    Some(Figure {
        id,
        file: file.to_path_buf(),
        line,
        section: entry.section.into_inner(),
        title,
        summary,
        sources: entry.sources.into_iter().map(Spanned::into_inner).collect(),
        panels,
    })
}

struct Parser<'a, 'e> {
    file: &'a Path,
    text: &'a str,
    langs: &'a [String],
    refs: &'a Refs<'a>,
    errors: &'e mut Vec<ContentError>,
}

impl Parser<'_, '_> {
    fn line(&self, offset: usize) -> usize {
        line_of(self.text, offset)
    }

    fn error(&mut self, line: usize, message: String) {
        self.errors
            .push(ContentError::new(self.file, line, message));
    }

    fn texts(&mut self, field: &Spanned<Localized>, what: &str) -> Vec<String> {
        let text = self.text;
        localized(
            field,
            self.langs,
            what,
            &|o| line_of(text, o),
            self.file,
            self.errors,
        )
    }

    fn date(&mut self, s: &Spanned<String>) -> Option<When> {
        match When::parse(s.get_ref()) {
            Ok(w) => Some(w),
            Err(msg) => {
                self.error(self.line(s.span().start), msg);
                None
            }
        }
    }

    fn source(&mut self, s: &Spanned<String>, what: &str) {
        if !self.refs.sources.contains(s.get_ref().as_str()) {
            self.error(
                self.line(s.span().start),
                format!("{what}: {}", unknown_source(s.get_ref())),
            );
        }
    }

    fn panel(
        &mut self,
        chart: &str,
        entry: &Spanned<PanelEntry>,
        series_ids: &mut HashSet<String>,
    ) -> Option<Panel> {
        let line = self.line(entry.span().start);
        let e = entry.get_ref();
        let axis = match e.axis.get_ref().as_str() {
            "time" => Axis::Time,
            "categories" => Axis::Categories,
            other => {
                self.error(
                    self.line(e.axis.span().start),
                    format!("unknown axis `{other}` (use time or categories)"),
                );
                return None;
            }
        };
        let title = e
            .title
            .as_ref()
            .map(|t| self.texts(t, &format!("chart `{chart}`: panel title")));
        let unit = self.texts(&e.unit, &format!("chart `{chart}`: unit"));
        let mut categories: Vec<Category> = Vec::new();
        for c in &e.category {
            let c_line = self.line(c.span().start);
            let c = c.get_ref();
            let id = c.id.get_ref().clone();
            if axis == Axis::Time {
                self.error(c_line, "a time axis has no categories".into());
                continue;
            }
            if !is_valid_id(&id) {
                self.error(
                    c_line,
                    format!("category id `{id}` must use only lower-case letters, digits and single hyphens"),
                );
            }
            if categories.iter().any(|o| o.id == id) {
                self.error(c_line, format!("duplicate category `{id}`"));
            }
            // A year or a month names itself in each language; anything else needs a label.
            let label = match (&c.label, When::parse(&id)) {
                (Some(l), _) => self.texts(l, &format!("category `{id}`: label")),
                (None, Ok(w)) => self.langs.iter().map(|l| w.text(l)).collect(),
                (None, Err(_)) => {
                    self.error(
                        c_line,
                        format!(
                            "category `{id}` needs a label (only a year or a month names itself)"
                        ),
                    );
                    Vec::new()
                }
            };
            let note = c
                .note
                .as_ref()
                .map(|n| self.texts(n, &format!("category `{id}`: note")));
            categories.push(Category { id, label, note });
        }
        if axis == Axis::Categories && categories.is_empty() {
            self.error(
                line,
                "a categories axis needs [[panel.category]] entries".into(),
            );
        }
        if e.series.is_empty() {
            self.error(
                line,
                format!("a panel of chart `{chart}` has no [[panel.series]]"),
            );
        }
        let series = e
            .series
            .iter()
            .filter_map(|s| self.series(axis, &categories, s, series_ids))
            .collect();
        Some(Panel {
            axis,
            title,
            unit,
            categories,
            series,
        })
    }

    fn series(
        &mut self,
        axis: Axis,
        categories: &[Category],
        entry: &Spanned<SeriesEntry>,
        ids: &mut HashSet<String>,
    ) -> Option<Series> {
        let line = self.line(entry.span().start);
        let e = entry.get_ref();
        let id = e.id.get_ref().clone();
        if !is_valid_id(&id) {
            self.error(
                line,
                format!(
                    "series id `{id}` must use only lower-case letters, digits and single hyphens"
                ),
            );
        }
        if !ids.insert(id.clone()) {
            self.error(line, format!("duplicate series id `{id}` in this chart"));
        }
        let basis = e.basis.get_ref().clone();
        if !is_valid_id(&basis) {
            self.error(
                self.line(e.basis.span().start),
                format!("series `{id}`: basis `{basis}` must be an id (lower-case words joined by hyphens)"),
            );
        }
        let style = match (e.style.get_ref().as_str(), axis) {
            ("step", Axis::Time) => Style::Step,
            ("points", Axis::Time) => Style::Points,
            ("line", Axis::Time) => Style::Line,
            ("bars", Axis::Categories) => Style::Bars,
            (other, _) => {
                let allowed = match axis {
                    Axis::Time => "step, points or line on a time axis",
                    Axis::Categories => "bars on a categories axis",
                };
                self.error(
                    self.line(e.style.span().start),
                    format!("series `{id}`: style `{other}` is not allowed here (use {allowed})"),
                );
                return None;
            }
        };
        let label = self.texts(&e.label, &format!("series `{id}`: label"));
        let end = e.end.as_ref().and_then(|d| self.date(d));
        if e.end.is_some() && style != Style::Step {
            self.error(
                line,
                format!("series `{id}`: only a step series has an `end`"),
            );
        }
        let mut points: Vec<Point> = Vec::new();
        for p in &e.point {
            if let Some(point) = self.point(&id, &basis, axis, categories, p, &points) {
                points.push(point);
            }
        }
        if e.point.is_empty() {
            self.error(line, format!("series `{id}` has no [[panel.series.point]]"));
        }
        if let (Some(end), Some(last)) = (end, points.last()) {
            if end <= last.when {
                self.error(
                    line,
                    format!("series `{id}`: `end` must come after its last point"),
                );
            }
        }
        let mut gaps: Vec<Gap> = Vec::new();
        for g in &e.gap {
            let g_line = self.line(g.span().start);
            let ge = g.get_ref();
            if axis != Axis::Time {
                self.error(
                    g_line,
                    "a gap on a categories axis is a category without a value; declare no [[gap]]"
                        .into(),
                );
                continue;
            }
            let (from, to) = (self.date(&ge.from), self.date(&ge.to));
            let note = self.texts(&ge.note, &format!("series `{id}`: gap note"));
            let (Some(from), Some(to)) = (from, to) else {
                continue;
            };
            if to < from {
                self.error(g_line, format!("series `{id}`: gap ends before it starts"));
            }
            // A gap lies between two points: none of the series' points falls inside it.
            if let Some(p) = points.iter().find(|p| p.when >= from && p.when <= to) {
                self.error(
                    g_line,
                    format!(
                        "series `{id}`: a gap from {} to {} holds the point of {}",
                        from.iso(),
                        to.iso(),
                        p.when.iso()
                    ),
                );
            }
            gaps.push(Gap { from, to, note });
        }
        if style == Style::Line {
            for pair in points.windows(2) {
                let (a, b) = (pair[0].when, pair[1].when);
                let declared = gaps.iter().any(|g| g.from > a && g.to < b);
                if a.months_to(b) > MAX_JOINED_MONTHS && !declared {
                    self.error(
                        line,
                        format!(
                            "series `{id}`: {} and {} are more than {MAX_JOINED_MONTHS} months apart; declare the [[panel.series.gap]] between them (a line would invent the figures in between)",
                            a.iso(),
                            b.iso()
                        ),
                    );
                }
            }
        }
        Some(Series {
            id,
            basis,
            style,
            label,
            end,
            gaps,
            points,
        })
    }

    fn point(
        &mut self,
        series: &str,
        basis: &str,
        axis: Axis,
        categories: &[Category],
        entry: &Spanned<PointEntry>,
        before: &[Point],
    ) -> Option<Point> {
        let line = self.line(entry.span().start);
        let e = entry.get_ref();
        let what = format!("series `{series}`, point at line {line}");
        let when = match &e.date {
            Some(d) => self.date(d),
            None => {
                self.error(line, format!("{what} has no `date`"));
                None
            }
        };
        match &e.source {
            Some(s) => self.source(s, &what),
            None => self.error(line, format!("{what} has no `source`")),
        }
        let value = match &e.value {
            Some(v) if v.get_ref().is_finite() && *v.get_ref() >= 0.0 => Some(*v.get_ref()),
            Some(v) => {
                self.error(
                    self.line(v.span().start),
                    format!("{what}: a value must be a number of zero or more"),
                );
                None
            }
            None => {
                self.error(
                    line,
                    format!("{what} has no `value` (leave a gap instead of a point)"),
                );
                None
            }
        };
        if let Some(b) = &e.basis {
            if b.get_ref() != basis {
                self.error(
                    self.line(b.span().start),
                    format!(
                        "series `{series}` mixes bases: this point counts `{}`, the series `{basis}`; put it in a series of its own",
                        b.get_ref()
                    ),
                );
            }
        }
        let qualifier = match e.qualifier.as_ref().map(|q| q.get_ref().as_str()) {
            None => Qualifier::Exact,
            Some("about") => Qualifier::About,
            Some("more-than") => Qualifier::MoreThan,
            Some("at-least") => Qualifier::AtLeast,
            Some(other) => {
                self.error(
                    line,
                    format!(
                        "{what}: unknown qualifier `{other}` (use about, more-than or at-least)"
                    ),
                );
                Qualifier::Exact
            }
        };
        let category = match (axis, &e.category) {
            (Axis::Time, Some(c)) => {
                self.error(
                    self.line(c.span().start),
                    format!("{what}: a point on a time axis has no category"),
                );
                None
            }
            (Axis::Time, None) => {
                if when.is_some_and(|w| w.month.is_none()) {
                    self.error(
                        line,
                        format!("{what}: a point on a time axis needs at least a month"),
                    );
                }
                None
            }
            (Axis::Categories, None) => {
                self.error(line, format!("{what} has no `category`"));
                None
            }
            (Axis::Categories, Some(c)) => {
                let c_line = self.line(c.span().start);
                if !categories.iter().any(|k| k.id == *c.get_ref()) {
                    self.error(
                        c_line,
                        format!("{what}: unknown category `{}`", c.get_ref()),
                    );
                } else if before
                    .iter()
                    .any(|p| p.category.as_deref() == Some(c.get_ref().as_str()))
                {
                    self.error(
                        c_line,
                        format!("{what}: a second value for category `{}`", c.get_ref()),
                    );
                }
                Some(c.get_ref().clone())
            }
        };
        if axis == Axis::Time {
            if let (Some(w), Some(prev)) = (when, before.last()) {
                if w <= prev.when {
                    self.error(
                        line,
                        format!("{what}: points must be in date order, each after the one before"),
                    );
                }
            }
        }
        let label = e
            .label
            .as_ref()
            .map(|l| self.texts(l, &format!("{what}: label")));
        let note = e
            .note
            .as_ref()
            .map(|n| self.texts(n, &format!("{what}: note")));
        let method = e
            .method
            .as_ref()
            .map(|m| self.texts(m, &format!("{what}: method")));
        Some(Point {
            when: when?,
            category,
            value: value?,
            qualifier,
            label,
            note,
            method,
            source: e.source.as_ref()?.get_ref().clone(),
        })
    }
}
