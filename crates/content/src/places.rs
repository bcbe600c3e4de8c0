//! `places.toml` and `map/countries.tsv`: the map's countries, places and when each was part of what.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::error::{line_of, ContentError};
use crate::localized::{localized, Localized};
use crate::map;
use crate::model::{Country, LabelSide, Layer, MapData, Period, Place, PlaceKind};
use crate::timeline::parse_date;
use crate::{is_valid_id, unknown_source};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    country: Vec<CountryEntry>,
    #[serde(default)]
    place: Vec<PlaceEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountryEntry {
    id: Spanned<String>,
    iso_numeric: Spanned<u16>,
    name: Spanned<Localized>,
    summary: Spanned<Localized>,
    sections: Vec<Spanned<String>>,
    #[serde(default)]
    events: Vec<Spanned<String>>,
    #[serde(default)]
    sources: Vec<Spanned<String>>,
    #[serde(default)]
    membership: Vec<PeriodEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceEntry {
    id: Spanned<String>,
    name: Spanned<Localized>,
    lat: Spanned<f64>,
    lon: f64,
    kind: Spanned<String>,
    /// Which side of the marker its label goes, where neighbours would overlap.
    label: Option<Spanned<String>>,
    summary: Spanned<Localized>,
    sections: Vec<Spanned<String>>,
    #[serde(default)]
    events: Vec<Spanned<String>>,
    #[serde(default)]
    sources: Vec<Spanned<String>>,
    #[serde(default)]
    presence: Vec<PeriodEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PeriodEntry {
    layer: Spanned<String>,
    from: Spanned<String>,
    to: Option<Spanned<String>>,
}

/// What places may point at.
pub(crate) struct Refs<'a> {
    pub sections: &'a HashSet<&'a str>,
    pub events: &'a HashSet<&'a str>,
    pub sources: &'a HashSet<&'a str>,
}

pub(crate) fn parse(
    dir: &Path,
    langs: &[String],
    refs: &Refs,
    errors: &mut Vec<ContentError>,
) -> MapData {
    let file = dir.join("places.toml");
    let shapes_file = dir.join("map/countries.tsv");
    // A content folder without a map is valid: the app then has no places to show.
    let Ok(text) = fs::read_to_string(&file).map(|t| t.replace("\r\n", "\n")) else {
        return MapData::default();
    };
    let shapes = read_shapes(&shapes_file, errors);
    let parsed: File = match toml::from_str(&text) {
        Ok(f) => f,
        Err(e) => {
            errors.push(ContentError::new(
                &file,
                e.span().map_or(1, |s| line_of(&text, s.start)),
                e.message().to_string(),
            ));
            return MapData::default();
        }
    };
    let line = |offset: usize| line_of(&text, offset);
    let push = |errors: &mut Vec<ContentError>, at: usize, msg: String| {
        errors.push(ContentError::new(&file, line(at), msg))
    };
    let mut ids = HashSet::new();
    let mut check_common = |errors: &mut Vec<ContentError>,
                            id: &Spanned<String>,
                            sections: &[Spanned<String>],
                            events: &[Spanned<String>],
                            sources: &[Spanned<String>]| {
        let name = id.get_ref();
        if !is_valid_id(name) {
            push(
                errors,
                id.span().start,
                format!("id `{name}` must use only lower-case letters, digits and single hyphens"),
            );
        } else if !ids.insert(name.clone()) {
            push(
                errors,
                id.span().start,
                format!("duplicate place or country id `{name}`"),
            );
        }
        if sections.is_empty() {
            push(
                errors,
                id.span().start,
                format!("`{name}` must link to at least one section"),
            );
        }
        for s in sections {
            if !refs.sections.contains(s.get_ref().as_str()) {
                push(
                    errors,
                    s.span().start,
                    format!("`{name}` links to unknown section `{}`", s.get_ref()),
                );
            }
        }
        for e in events {
            if !refs.events.contains(e.get_ref().as_str()) {
                push(
                    errors,
                    e.span().start,
                    format!("`{name}` lists unknown timeline event `{}`", e.get_ref()),
                );
            }
        }
        for s in sources {
            if !refs.sources.contains(s.get_ref().as_str()) {
                push(
                    errors,
                    s.span().start,
                    format!("`{name}`: {}", unknown_source(s.get_ref())),
                );
            }
        }
    };
    let strings = |list: Vec<Spanned<String>>| {
        list.into_iter()
            .map(Spanned::into_inner)
            .collect::<Vec<_>>()
    };

    let mut data = MapData::default();
    let mut used_shapes = HashSet::new();
    for c in parsed.country {
        check_common(errors, &c.id, &c.sections, &c.events, &c.sources);
        let id = c.id.get_ref().clone();
        let iso = *c.iso_numeric.get_ref();
        let path = shapes.get(&iso).cloned().unwrap_or_else(|| {
            errors.push(ContentError::new(
                &file,
                line(c.iso_numeric.span().start),
                format!("`{id}`: no outline with id {iso} in map/countries.tsv"),
            ));
            String::new()
        });
        used_shapes.insert(iso);
        let memberships = periods(
            &c.membership,
            Layer::on_countries,
            &id,
            &line,
            &file,
            errors,
        );
        data.countries.push(Country {
            name: localized(
                &c.name,
                langs,
                &format!("`{id}` name"),
                &line,
                &file,
                errors,
            ),
            summary: localized(
                &c.summary,
                langs,
                &format!("`{id}` summary"),
                &line,
                &file,
                errors,
            ),
            id,
            iso_numeric: iso,
            sections: strings(c.sections),
            events: strings(c.events),
            sources: strings(c.sources),
            periods: memberships,
            path,
        });
    }
    for p in parsed.place {
        check_common(errors, &p.id, &p.sections, &p.events, &p.sources);
        let id = p.id.get_ref().clone();
        let (lat, lon) = (*p.lat.get_ref(), p.lon);
        if !map::in_frame(lon, lat) {
            errors.push(ContentError::new(
                &file,
                line(p.lat.span().start),
                format!("`{id}`: {lat}, {lon} is outside the map's frame"),
            ));
        }
        let kind = PlaceKind::from_code(p.kind.get_ref()).unwrap_or_else(|| {
            errors.push(ContentError::new(
                &file,
                line(p.kind.span().start),
                format!(
                    "`{id}`: unknown kind `{}` ({})",
                    p.kind.get_ref(),
                    PlaceKind::codes()
                ),
            ));
            PlaceKind::Town
        });
        let label = match &p.label {
            None => LabelSide::Right,
            Some(l) => LabelSide::from_code(l.get_ref()).unwrap_or_else(|| {
                errors.push(ContentError::new(
                    &file,
                    line(l.span().start),
                    format!("`{id}`: label must be one of {}", LabelSide::codes()),
                ));
                LabelSide::Right
            }),
        };
        let presence = periods(&p.presence, Layer::on_places, &id, &line, &file, errors);
        let (x, y) = map::project(lon, lat);
        data.places.push(Place {
            name: localized(
                &p.name,
                langs,
                &format!("`{id}` name"),
                &line,
                &file,
                errors,
            ),
            summary: localized(
                &p.summary,
                langs,
                &format!("`{id}` summary"),
                &line,
                &file,
                errors,
            ),
            id,
            x,
            y,
            kind,
            label,
            sections: strings(p.sections),
            events: strings(p.events),
            sources: strings(p.sources),
            periods: presence,
        });
    }
    data.background = shapes
        .into_iter()
        .filter(|(iso, _)| !used_shapes.contains(iso))
        .map(|(_, p)| p)
        .collect();
    data
}

fn periods(
    entries: &[PeriodEntry],
    allowed: fn(Layer) -> bool,
    id: &str,
    line: &dyn Fn(usize) -> usize,
    file: &Path,
    errors: &mut Vec<ContentError>,
) -> Vec<Period> {
    let mut out = Vec::new();
    for e in entries {
        let at = line(e.layer.span().start);
        let Some(layer) = Layer::from_code(e.layer.get_ref()).filter(|&l| allowed(l)) else {
            let here: Vec<&str> = Layer::ALL
                .into_iter()
                .filter(|&l| allowed(l))
                .map(Layer::code)
                .collect();
            errors.push(ContentError::new(
                file,
                at,
                format!(
                    "`{id}`: unknown layer `{}` here (use {})",
                    e.layer.get_ref(),
                    here.join(", ")
                ),
            ));
            continue;
        };
        let year = |d: &Spanned<String>, errors: &mut Vec<ContentError>| -> Option<u16> {
            let text = d.get_ref();
            let parsed = if text.len() == 4 {
                parse_date(&format!("{text}-01")).map(|d| d.year)
            } else {
                parse_date(text).map(|d| d.year)
            };
            parsed
                .map_err(|msg| {
                    errors.push(ContentError::new(
                        file,
                        line(d.span().start),
                        format!("`{id}`: {msg}"),
                    ))
                })
                .ok()
        };
        let from = year(&e.from, errors);
        let to = e.to.as_ref().and_then(|t| year(t, errors));
        if let (Some(from), Some(to)) = (from, to) {
            if to < from {
                errors.push(ContentError::new(
                    file,
                    at,
                    format!("`{id}`: a period ends ({to}) before it starts ({from})"),
                ));
            }
        }
        if let Some(from) = from {
            out.push(Period { layer, from, to });
        }
    }
    out
}

fn read_shapes(file: &Path, errors: &mut Vec<ContentError>) -> BTreeMap<u16, String> {
    let Ok(text) = fs::read_to_string(file) else {
        errors.push(ContentError::new(
            file,
            0,
            "cannot read the country outlines (run build-map)".into(),
        ));
        return BTreeMap::new();
    };
    let mut shapes = BTreeMap::new();
    for (n, l) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.is_empty())
    {
        match l
            .split_once('\t')
            .and_then(|(id, path)| Some((id.parse::<u16>().ok()?, path)))
        {
            Some((id, path))
                if path.starts_with('M')
                    && path.bytes().all(|b| b" Mlz-0123456789".contains(&b)) =>
            {
                shapes.insert(id, path.to_string());
            }
            _ => errors.push(ContentError::new(
                file,
                n + 1,
                "expected `iso_numeric<TAB>svg path` (M, l, z and numbers only)".into(),
            )),
        }
    }
    shapes
}
