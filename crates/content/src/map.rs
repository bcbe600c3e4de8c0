//! Map geometry, done once at build time: the projection of the Sahel frame, and country outlines
//! from Natural Earth (the `world-atlas` TopoJSON) turned into small SVG paths.

use std::collections::BTreeMap;

/// The frame: roughly 18°W–25°E, 4°N–27°N, the Sahel and West Africa.
pub const WEST: f64 = -18.0;
pub const EAST: f64 = 25.0;
pub const SOUTH: f64 = 4.0;
pub const NORTH: f64 = 27.0;
/// Pixels per degree of latitude in the SVG's coordinate system.
const SCALE: f64 = 20.0;
/// Equirectangular with its standard parallel in the middle of the frame: over this band near the
/// equator it keeps shapes and areas close to true, and stays trivial to compute.
const STANDARD_PARALLEL: f64 = (SOUTH + NORTH) / 2.0;

/// Width and height of the SVG viewBox.
pub fn size() -> (f64, f64) {
    let (x, _) = project(EAST, SOUTH);
    let (_, y) = project(WEST, SOUTH);
    (x.round(), y.round())
}

/// Longitude and latitude (degrees) to SVG coordinates (y down).
pub fn project(lon: f64, lat: f64) -> (f64, f64) {
    let k = STANDARD_PARALLEL.to_radians().cos();
    ((lon - WEST) * k * SCALE, (NORTH - lat) * SCALE)
}

pub fn in_frame(lon: f64, lat: f64) -> bool {
    (WEST..=EAST).contains(&lon) && (SOUTH..=NORTH).contains(&lat)
}

type Point = (f64, f64);
/// One side of the clip rectangle: is a point inside, where a segment crosses it, and its position.
type ClipEdge = (fn(Point, f64) -> bool, fn(Point, Point, f64) -> Point, f64);

/// Decodes a world-atlas TopoJSON file into SVG path data for each country (by ISO numeric id)
/// that has land in the frame. Rings are clipped to the frame (with a margin) and simplified.
pub fn country_paths(topojson: &str) -> Result<BTreeMap<u16, String>, String> {
    let topo: serde_json::Value =
        serde_json::from_str(topojson).map_err(|e| format!("not JSON: {e}"))?;
    let num = |v: &serde_json::Value| v.as_f64().ok_or("expected a number");
    let transform = &topo["transform"];
    let (sx, sy) = (num(&transform["scale"][0])?, num(&transform["scale"][1])?);
    let (tx, ty) = (
        num(&transform["translate"][0])?,
        num(&transform["translate"][1])?,
    );
    let arcs: Vec<Vec<Point>> = topo["arcs"]
        .as_array()
        .ok_or("no arcs")?
        .iter()
        .map(|arc| {
            // Quantised and delta-encoded: each position is the sum of the deltas before it.
            let (mut x, mut y) = (0.0, 0.0);
            arc.as_array()
                .into_iter()
                .flatten()
                .map(|p| {
                    x += p[0].as_f64().unwrap_or(0.0);
                    y += p[1].as_f64().unwrap_or(0.0);
                    (x * sx + tx, y * sy + ty)
                })
                .collect()
        })
        .collect();

    let mut out = BTreeMap::new();
    let geometries = topo["objects"]["countries"]["geometries"]
        .as_array()
        .ok_or("no countries")?;
    for g in geometries {
        let Some(id) = g["id"].as_str().and_then(|s| s.parse::<u16>().ok()) else {
            continue;
        };
        let polygons: Vec<&serde_json::Value> = match g["type"].as_str() {
            Some("Polygon") => vec![&g["arcs"]],
            Some("MultiPolygon") => g["arcs"].as_array().into_iter().flatten().collect(),
            _ => continue,
        };
        let mut path = String::new();
        for polygon in polygons {
            for ring in polygon.as_array().into_iter().flatten() {
                let lonlat = ring_points(ring, &arcs);
                if !lonlat.iter().any(|&(lon, lat)| in_frame(lon, lat)) && !covers_frame(&lonlat) {
                    continue;
                }
                let projected: Vec<Point> =
                    lonlat.iter().map(|&(lon, lat)| project(lon, lat)).collect();
                let clipped = clip(&projected);
                let simple = simplify(&clipped, 0.8);
                append_ring(&mut path, &simple);
            }
        }
        if !path.is_empty() {
            out.insert(id, path);
        }
    }
    Ok(out)
}

fn covers_frame(ring: &[Point]) -> bool {
    let (w, e) = ring
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
    let (s, n) = ring
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
    w < EAST && e > WEST && s < NORTH && n > SOUTH
}

fn ring_points(ring: &serde_json::Value, arcs: &[Vec<Point>]) -> Vec<Point> {
    let mut points: Vec<Point> = Vec::new();
    for index in ring
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(serde_json::Value::as_i64)
    {
        // A negative index ~i means arc i walked backwards.
        let (i, reversed) = if index < 0 {
            ((!index) as usize, true)
        } else {
            (index as usize, false)
        };
        let Some(arc) = arcs.get(i) else { continue };
        let mut arc = arc.clone();
        if reversed {
            arc.reverse();
        }
        // Consecutive arcs share their joining point.
        let skip = usize::from(!points.is_empty());
        points.extend(arc.into_iter().skip(skip));
    }
    points
}

/// Sutherland–Hodgman against the frame plus a margin, so borders run off the edge cleanly.
fn clip(ring: &[Point]) -> Vec<Point> {
    let (w, h) = size();
    let m = 10.0;
    let edges: [ClipEdge; 4] = [
        (
            |p, v| p.0 >= v,
            |a, b, v| (v, a.1 + (b.1 - a.1) * (v - a.0) / (b.0 - a.0)),
            -m,
        ),
        (
            |p, v| p.0 <= v,
            |a, b, v| (v, a.1 + (b.1 - a.1) * (v - a.0) / (b.0 - a.0)),
            w + m,
        ),
        (
            |p, v| p.1 >= v,
            |a, b, v| (a.0 + (b.0 - a.0) * (v - a.1) / (b.1 - a.1), v),
            -m,
        ),
        (
            |p, v| p.1 <= v,
            |a, b, v| (a.0 + (b.0 - a.0) * (v - a.1) / (b.1 - a.1), v),
            h + m,
        ),
    ];
    let mut points = ring.to_vec();
    for (inside, cut, v) in edges {
        let input = std::mem::take(&mut points);
        let Some(&last) = input.last() else { break };
        let mut prev = last;
        for p in input {
            match (inside(p, v), inside(prev, v)) {
                (true, true) => points.push(p),
                (true, false) => {
                    points.push(cut(prev, p, v));
                    points.push(p);
                }
                (false, true) => points.push(cut(prev, p, v)),
                (false, false) => {}
            }
            prev = p;
        }
    }
    points
}

/// Douglas–Peucker: drops points closer than `tolerance` pixels to the simplified line.
fn simplify(points: &[Point], tolerance: f64) -> Vec<Point> {
    if points.len() < 4 {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[points.len() - 1] = true;
    let mut stack = vec![(0, points.len() - 1)];
    while let Some((a, b)) = stack.pop() {
        let (mut best, mut index) = (0.0, 0);
        for i in a + 1..b {
            let d = distance_to_segment(points[i], points[a], points[b]);
            if d > best {
                best = d;
                index = i;
            }
        }
        if best > tolerance {
            keep[index] = true;
            stack.push((a, index));
            stack.push((index, b));
        }
    }
    points
        .iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(p, _)| *p)
        .collect()
}

fn distance_to_segment(p: Point, a: Point, b: Point) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0)
    };
    ((p.0 - a.0 - t * dx).powi(2) + (p.1 - a.1 - t * dy).powi(2)).sqrt()
}

/// Whole pixels, relative moves: "M x y l dx dy … z" is a fraction of absolute decimals' size.
fn append_ring(path: &mut String, ring: &[Point]) {
    let mut rounded: Vec<(i32, i32)> = ring
        .iter()
        .map(|p| (p.0.round() as i32, p.1.round() as i32))
        .collect();
    rounded.dedup();
    if rounded.len() > 1 && rounded.first() == rounded.last() {
        rounded.pop();
    }
    if rounded.len() < 3 {
        return;
    }
    let (x0, y0) = rounded[0];
    path.push_str(&format!("M{x0} {y0}l"));
    let mut prev = (x0, y0);
    for &(x, y) in &rounded[1..] {
        path.push_str(&format!("{} {} ", x - prev.0, y - prev.1));
        prev = (x, y);
    }
    path.pop();
    path.push('z');
}

/// Where a country's name goes on the map: the centre of its largest ring (by area) in a path
/// written by [`append_ring`], and that ring's area; `None` for a path with no ring.
pub fn label_point(path: &str) -> Option<(f64, f64, f64)> {
    let mut best: Option<(f64, f64, f64)> = None;
    for ring in path.split('M').filter(|r| !r.trim().is_empty()) {
        let numbers: Vec<f64> = ring
            .trim_end_matches('z')
            .split([' ', 'l'])
            .filter_map(|n| n.parse().ok())
            .collect();
        let (mut x, mut y) = (numbers.first().copied()?, numbers.get(1).copied()?);
        let mut points = vec![(x, y)];
        for d in numbers[2..].chunks(2) {
            if let [dx, dy] = d {
                x += dx;
                y += dy;
                points.push((x, y));
            }
        }
        // The shoelace formula: signed area and centroid of the polygon.
        let (mut area, mut cx, mut cy) = (0.0, 0.0, 0.0);
        for (i, &(x0, y0)) in points.iter().enumerate() {
            let (x1, y1) = points[(i + 1) % points.len()];
            let cross = x0 * y1 - x1 * y0;
            area += cross;
            cx += (x0 + x1) * cross;
            cy += (y0 + y1) * cross;
        }
        if area.abs() < f64::EPSILON {
            continue;
        }
        let centre = (cx / (3.0 * area), cy / (3.0 * area), area.abs() / 2.0);
        if best.is_none_or(|b| centre.2 > b.2) {
            best = Some(centre);
        }
    }
    best
}

/// The committed shapes file: a header naming the source, then `iso_numeric<TAB>path` lines.
pub fn shapes_file(paths: &BTreeMap<u16, String>) -> String {
    let mut text = String::from(
        "# Country outlines for the map, projected and simplified by `build-map` (crates/content) from\n\
         # Natural Earth 1:50m admin-0 countries (public domain), as shipped by the npm package world-atlas.\n",
    );
    for (id, path) in paths {
        text.push_str(&format!("{id}\t{path}\n"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_frame_projects_to_the_viewbox() {
        let (w, h) = size();
        assert_eq!(project(WEST, NORTH), (0.0, 0.0));
        let (x, y) = project(EAST, SOUTH);
        assert!((x - w).abs() < 1.0 && (y - h).abs() < 1.0);
        // Bamako lies west of Gao and south of Timbuktu.
        let bamako = project(-8.0, 12.65);
        let gao = project(-0.05, 16.267);
        assert!(bamako.0 < gao.0 && bamako.1 > gao.1);
    }

    #[test]
    fn a_label_goes_in_the_middle_of_the_largest_ring() {
        // A 10 × 10 square at (0, 0) and a 100 × 100 one at (200, 200).
        let (x, y, area) =
            label_point("M0 0l10 0 0 10 -10 0zM200 200l100 0 0 100 -100 0z").unwrap();
        assert_eq!((x, y, area), (250.0, 250.0, 10000.0));
        assert_eq!(label_point(""), None);
    }

    #[test]
    fn simplify_keeps_corners_and_drops_noise() {
        let line = [(0.0, 0.0), (5.0, 0.1), (10.0, 0.0), (10.0, 10.0)];
        assert_eq!(
            simplify(&line, 0.5),
            vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0)]
        );
    }

    #[test]
    fn clipping_cuts_at_the_margin() {
        let (w, h) = size();
        let big = [
            (-100.0, -100.0),
            (w + 100.0, -100.0),
            (w + 100.0, h + 100.0),
            (-100.0, h + 100.0),
        ];
        let c = clip(&big);
        assert!(c
            .iter()
            .all(|p| p.0 >= -10.0 && p.0 <= w + 10.0 && p.1 >= -10.0 && p.1 <= h + 10.0));
        assert_eq!(c.len(), 4);
    }
}
