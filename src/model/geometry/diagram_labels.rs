//! The model diagram laid out with its words: each track's name beside its
//! node, the circle sized so that every name fits the drawing, and the
//! start page's wheel written as SVG markup.
//!
//! Why here and not in the view: whether a French or Arabic name collides
//! with its neighbour, or runs off the edge of a projected slide, is a rule
//! about numbers that a native test can check for every stage and language.
//! Text is measured by a conservative average advance per character, so a
//! layout that passes here leaves room in the wide fallback fonts too.
//!
//! Plain names and numbers only, no dataset and no wording: `build.rs`
//! compiles this file too, and writes each language's start-page wheel at
//! build time (`wheel_svg`), so the start module carries none of this code.

/// The drawing, in SVG units.
pub const WIDTH: f64 = 640.0;
pub const HEIGHT: f64 = 420.0;
pub const NODE_R: f64 = 21.0;
/// The names' size, in SVG units: 20 units is 15 px when the drawing is
/// 480 px wide, 11 px on a 360 px phone.
pub const LABEL_SIZE: f64 = 20.0;
const LINE: f64 = 1.15;
/// Between a node's edge and its name.
const GAP: f64 = 7.0;
const MARGIN: f64 = 6.0;
/// A name longer than this is broken at a space into two lines.
const LINE_CHARS: usize = 12;
const MAX_RADIUS: f64 = 150.0;

/// Which end of the text sits at `x` (on the page, not in reading order:
/// the view draws the text with `direction="ltr"` so that "start" is left
/// in Arabic too, while the letters keep their own order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// A track's name as drawn: `y` is the first line's baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeLabel {
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
    pub lines: Vec<String>,
}

impl NodeLabel {
    /// Left, top, right and bottom of the ink, measured generously.
    pub fn bounds(&self) -> (f64, f64, f64, f64) {
        let width = text_width(&self.lines);
        let left = match self.anchor {
            Anchor::Start => self.x,
            Anchor::Middle => self.x - width / 2.0,
            Anchor::End => self.x - width,
        };
        let top = self.y - 0.8 * LABEL_SIZE;
        let bottom = self.y + (self.lines.len() as f64 - 1.0) * LINE * LABEL_SIZE + 0.25 * LABEL_SIZE;
        (left, top, left + width, bottom)
    }

    /// The baseline of line `i`.
    pub fn line_y(&self, i: usize) -> f64 {
        self.y + i as f64 * LINE * LABEL_SIZE
    }
}

/// The diagram as drawn: where each of the nine tracks sits (index = track
/// number - 1) and its name, `None` for a track not yet in the model.
#[derive(Clone, Debug, PartialEq)]
pub struct DiagramLayout {
    pub nodes: Vec<Option<(f64, f64)>>,
    pub labels: Vec<Option<NodeLabel>>,
}

/// `name` in one line, or two broken at the space that best balances them.
pub fn split_name(name: &str) -> Vec<String> {
    let chars = name.chars().count();
    if chars <= LINE_CHARS {
        return vec![name.to_string()];
    }
    let best = name
        .char_indices()
        .filter(|&(_, c)| c == ' ')
        .map(|(i, _)| (i, name[..i].chars().count().max(name[i + 1..].chars().count())))
        .min_by_key(|&(_, longest)| longest);
    match best {
        Some((i, _)) => vec![name[..i].to_string(), name[i + 1..].to_string()],
        None => vec![name.to_string()],
    }
}

/// A line's advance in font sizes, by the kind of each letter, measured
/// generously against the widest common sans (DejaVu Sans, regular): a
/// layout that fits here fits in narrower fonts too.
fn text_em(line: &str) -> f64 {
    line.chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | 't' | 'f' | 'r' | 'I' | '.' | ',' | ' ' | '\'' | '’' => 0.4,
            'm' | 'w' | 'M' | 'W' => 0.98,
            // Capitals, Latin-1's accented ones too (ranges, not Unicode
            // tables: those would add kilobytes to the first load).
            'A'..='Z' | '\u{C0}'..='\u{DE}' => 0.76,
            // Arabic letters join, and most are narrower than Latin ones.
            '\u{0600}'..='\u{06FF}' => 0.6,
            _ => 0.64,
        })
        .sum()
}

fn text_width(lines: &[String]) -> f64 {
    lines.iter().map(|l| text_em(l)).fold(0.0, f64::max) * LABEL_SIZE
}

fn text_height(lines: &[String]) -> f64 {
    (lines.len() as f64 - 1.0) * LINE * LABEL_SIZE + 1.05 * LABEL_SIZE
}

/// A label beside a node on a circle, on the side away from the centre.
fn around(node: (f64, f64), centre: (f64, f64), lines: Vec<String>) -> NodeLabel {
    let (dx, dy) = (node.0 - centre.0, node.1 - centre.1);
    let len = dx.hypot(dy).max(1.0);
    let (ux, uy) = (dx / len, dy / len);
    let reach = NODE_R + GAP;
    if ux.abs() < 0.25 {
        let x = node.0;
        let y = if uy < 0.0 {
            // Above: the last line's descent just clears the node.
            node.1 - reach - 0.25 * LABEL_SIZE - (lines.len() as f64 - 1.0) * LINE * LABEL_SIZE
        } else {
            node.1 + reach + 0.8 * LABEL_SIZE
        };
        return NodeLabel { x, y, anchor: Anchor::Middle, lines };
    }
    let anchor = if ux > 0.0 { Anchor::Start } else { Anchor::End };
    let x = if ux > 0.0 { node.0 + reach } else { node.0 - reach };
    // The block of lines centred on the node, nudged outwards vertically.
    let y = node.1 - text_height(&lines) / 2.0 + 0.8 * LABEL_SIZE + uy * 4.0;
    NodeLabel { x, y, anchor, lines }
}

/// The largest radius at which every name fits the drawing.
fn fitting_radius(names: &[Vec<String>], n: usize) -> f64 {
    let unit = circle_positions(n, 0.0, 0.0, 1.0);
    let (half_w, half_h) = (WIDTH / 2.0 - MARGIN, HEIGHT / 2.0 - MARGIN);
    let mut radius = MAX_RADIUS;
    for ((ux, uy), lines) in unit.iter().zip(names) {
        let (w, h) = (text_width(lines), text_height(lines));
        let reach = NODE_R + GAP;
        if ux.abs() < 0.25 {
            radius = radius.min((half_h - reach - h) / uy.abs().max(1e-9));
            radius = radius.min(half_w - w / 2.0);
        } else {
            radius = radius.min((half_w - reach - w) / ux.abs());
            radius = radius.min((half_h - h / 2.0 - 4.0) / uy.abs().max(1e-9));
        }
    }
    radius
}

/// Where each node and its name go, for `names` in the order drawn (a
/// name is one or two lines, see [`split_name`]): round a circle sized to
/// fit them, or (`circle` false) one on top and the rest in a row beneath.
/// `mirrored` (right to left) flips the drawing, so the tracks follow one
/// another in the reading direction, and the names go with their nodes;
/// the text itself is never mirrored.
pub fn place(names: Vec<Vec<String>>, circle: bool, mirrored: bool) -> Vec<((f64, f64), NodeLabel)> {
    let n = names.len();
    let centre = (WIDTH / 2.0, HEIGHT / 2.0);
    let placed: Vec<(f64, f64)> = if circle {
        circle_positions(n, centre.0, centre.1, fitting_radius(&names, n))
    } else {
        hierarchy_positions(n, WIDTH, HEIGHT * 0.17, HEIGHT * 0.6)
    };
    names
        .into_iter()
        .enumerate()
        .map(|(i, lines)| {
            let at = (if mirrored { WIDTH - placed[i].0 } else { placed[i].0 }, placed[i].1);
            let label = if circle {
                around(at, centre, lines)
            } else if i == 0 {
                // The top node's name in the reading direction after it.
                let x = if mirrored { at.0 - NODE_R - GAP } else { at.0 + NODE_R + GAP };
                let y = at.1 - text_height(&lines) / 2.0 + 0.8 * LABEL_SIZE;
                NodeLabel { x, y, anchor: if mirrored { Anchor::End } else { Anchor::Start }, lines }
            } else {
                // Below the row; every other name two lines lower, so that
                // long neighbours never meet.
                let drop = if i % 2 == 0 { 2.0 * LINE * LABEL_SIZE } else { 0.0 };
                NodeLabel { x: at.0, y: at.1 + NODE_R + GAP + 0.8 * LABEL_SIZE + drop, anchor: Anchor::Middle, lines }
            };
            (at, label)
        })
        .collect()
}

/// Whole units: the drawing needs no fractions.
fn unit(v: f64) -> i64 {
    v.round() as i64
}

/// Text for markup: names may hold `&` or `<`.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A track as the wheel draws it: its number, its short name beside the
/// node, the link's accessible name and where the link goes.
pub struct WheelTrack {
    pub number: u8,
    pub name: String,
    pub label: String,
    pub href: String,
}

/// The start page's figure: the wheel (see [`wheel_svg`]) named by and
/// captioned with `caption`.
pub fn wheel_figure(tracks: &[WheelTrack], mirrored: bool, caption: &str) -> String {
    format!(
        "<figure class=\"model-diagram start-wheel\"><svg viewBox=\"0 0 {} {}\" role=\"group\" aria-label=\"{}\">{}</svg>\
         <figcaption>{}</figcaption></figure>",
        unit(WIDTH),
        unit(HEIGHT),
        escaped(caption),
        wheel_svg(tracks, mirrored),
        escaped(caption)
    )
}

/// The nine-track circle as SVG markup for inside an `<svg>` of
/// `0 0 WIDTH HEIGHT`: every pair linked, each node a link named for its
/// track (its visible number part of that name), with its name beside it,
/// outside the link. Colours, the numbers' centring and the
/// names' left-to-right anchoring come from the stylesheet (`.start-wheel`,
/// `tc wheel-tN`), so the markup holds no style for the page's policy to block.
pub fn wheel_svg(tracks: &[WheelTrack], mirrored: bool) -> String {
    let placed = place(tracks.iter().map(|t| split_name(&t.name)).collect(), true, mirrored);
    // Every pair linked, as one path: far shorter markup than 36 lines.
    let mut out = String::from("<path class=\"link\" d=\"");
    for (i, (a, _)) in placed.iter().enumerate() {
        for (b, _) in &placed[i + 1..] {
            out += &format!("M{} {}L{} {}", unit(a.0), unit(a.1), unit(b.0), unit(b.1));
        }
    }
    out += "\"/><g class=\"nodes\">";
    for (track, ((x, y), label)) in tracks.iter().zip(&placed) {
        out += &format!(
            "<g transform=\"translate({} {})\" class=\"node tc wheel-t{}\">\
             <a class=\"node-link\" href=\"{}\" aria-label=\"{}\"><circle r=\"{}\"/><text class=\"node-number\">{}</text></a>\
             <text class=\"node-label\" text-anchor=\"{}\" aria-hidden=\"true\">",
            unit(*x),
            unit(*y),
            track.number,
            escaped(&track.href),
            escaped(&track.label),
            unit(NODE_R),
            track.number,
            label.anchor.svg(),
        );
        for (k, line) in label.lines.iter().enumerate() {
            out += &format!(
                "<tspan x=\"{}\" y=\"{}\">{}</tspan>",
                unit(label.x - x),
                unit(label.line_y(k) - y),
                escaped(line)
            );
        }
        out += "</text></g>";
    }
    out + "</g>"
}

/// Positions of `n` points evenly around a circle, the first at the top,
/// going clockwise (screen coordinates: y grows downwards).
pub fn circle_positions(n: usize, cx: f64, cy: f64, r: f64) -> Vec<(f64, f64)> {
    (0..n)
        .map(|i| {
            let angle = std::f64::consts::TAU * i as f64 / n as f64 - std::f64::consts::FRAC_PI_2;
            (cx + r * cos(angle), cy + r * sin(angle))
        })
        .collect()
}

/// In the browser, the engine's own trigonometry: Rust's would compile
/// libm's argument reduction into the wasm (about 4 KB brotli) for a few
/// points. The case map's layout uses these too.
#[cfg(target_arch = "wasm32")]
pub use js_sys::Math::{atan2, cos, sin};

#[cfg(not(target_arch = "wasm32"))]
pub fn sin(x: f64) -> f64 {
    x.sin()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn cos(x: f64) -> f64 {
    x.cos()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn atan2(y: f64, x: f64) -> f64 {
    y.atan2(x)
}

/// Positions for a hierarchy: the first point centred at the top, the rest
/// spread in a row beneath it.
pub fn hierarchy_positions(n: usize, width: f64, top: f64, bottom: f64) -> Vec<(f64, f64)> {
    if n == 0 {
        return Vec::new();
    }
    let mut out = vec![(width / 2.0, top)];
    let rest = n - 1;
    for i in 0..rest {
        out.push((width * (i as f64 + 1.0) / (rest as f64 + 1.0), bottom));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::content::Dataset;
    use crate::model::geometry::diagram::ModelState;
    use crate::model::geometry::timeline::Flow;

    type Box4 = (f64, f64, f64, f64);

    fn overlap(a: Box4, b: Box4) -> bool {
        a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
    }

    fn node_box((x, y): (f64, f64)) -> Box4 {
        (x - NODE_R, y - NODE_R, x + NODE_R, y + NODE_R)
    }

    /// Every way the drawing can fail a reader: a name off the edge, over
    /// another name, or over a node.
    fn problems(layout: &DiagramLayout) -> Vec<String> {
        let mut out = Vec::new();
        let labels: Vec<(usize, Box4)> =
            layout.labels.iter().enumerate().filter_map(|(i, l)| Some((i + 1, l.as_ref()?.bounds()))).collect();
        for &(n, b) in &labels {
            if b.0 < 0.0 || b.1 < 0.0 || b.2 > WIDTH || b.3 > HEIGHT {
                out.push(format!("track {n}'s name leaves the drawing: {b:?}"));
            }
            for &(m, c) in &labels {
                if m > n && overlap(b, c) {
                    out.push(format!("the names of tracks {n} and {m} overlap"));
                }
            }
            for (m, node) in layout.nodes.iter().enumerate() {
                if let Some(node) = node {
                    if overlap(b, node_box(*node)) {
                        out.push(format!("track {n}'s name covers node {}", m + 1));
                    }
                }
            }
        }
        out
    }

    #[test]
    fn the_wheel_markup_links_every_track_and_names_it_beside_its_node() {
        let tracks: Vec<WheelTrack> = (1..=9u8)
            .map(|n| WheelTrack {
                number: n,
                name: if n == 3 { "A & <b>".into() } else { format!("Track name {n}") },
                label: format!("Track {n}: \"full\""),
                href: format!("#/tracks/{n}"),
            })
            .collect();
        let figure = wheel_figure(&tracks, false, "1991: 9 tracks");
        assert!(
            figure.contains("aria-label=\"1991: 9 tracks\"")
                && figure.ends_with("<figcaption>1991: 9 tracks</figcaption></figure>")
        );
        let svg = wheel_svg(&tracks, false);
        assert_eq!(svg.matches('M').count(), 36, "every pair linked");
        assert_eq!(svg.matches("<a class=\"node-link\" href=\"#/tracks/").count(), 9);
        assert!(svg.contains("aria-label=\"Track 4: &quot;full&quot;\""));
        assert!(svg.contains(">A &amp; &lt;b&gt;</tspan>"), "names are escaped");
        assert!(!svg.contains("style="), "no inline style for the page's policy to block");
        // Right to left the drawing mirrors: track 2 moves to the left of track 1.
        let x_of = |svg: &str, n: u8| -> i64 {
            let at = svg.find(&format!("wheel-t{n}\"")).unwrap();
            let start = svg[..at].rfind("translate(").unwrap() + "translate(".len();
            svg[start..].split(' ').next().unwrap().parse().unwrap()
        };
        assert!(x_of(&svg, 2) > x_of(&svg, 1));
        let rtl = wheel_svg(&tracks, true);
        assert!(x_of(&rtl, 2) < x_of(&rtl, 1));
    }

    #[test]
    fn long_names_break_at_the_most_balanced_space() {
        assert_eq!(split_name("Media"), ["Media"]);
        assert_eq!(split_name("Research and education"), ["Research and", "education"]);
        assert_eq!(split_name("Investigación y educación"), ["Investigación", "y educación"]);
        assert_eq!(split_name("Nongovernmentalism"), ["Nongovernmentalism"]);
    }

    fn source(path: &str) -> String {
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).expect(path)
    }

    #[test]
    fn every_name_fits_clear_of_the_others_in_every_stage_and_language() {
        for lang in ["en", "fr", "es", "ar"] {
            let path = if lang == "en" {
                "src/content/dataset.json".into()
            } else {
                format!("src/content/i18n/{lang}/dataset.json")
            };
            let content: Dataset = serde_json::from_str(&source(&path)).expect("a dataset");
            for year in [1981, 1989, 1991] {
                let state = ModelState::in_year(&content, year);
                for flow in [Flow::LeftToRight, Flow::RightToLeft] {
                    let layout = state.layout(&content, flow);
                    assert_eq!(layout.labels.iter().flatten().count(), state.tracks.len());
                    assert_eq!(problems(&layout), Vec::<String>::new(), "{lang} {year} {flow:?}");
                    if year == 1991 {
                        let (x, y) = layout.nodes[0].unwrap();
                        let radius = (x - WIDTH / 2.0).hypot(y - HEIGHT / 2.0);
                        println!("{lang}: the circle's radius is {radius:.0} of {WIDTH} x {HEIGHT}");
                        assert!(radius >= 110.0, "{lang}: the names leave a circle of radius {radius:.0} only");
                    }
                }
            }
            // The 1981 names come from the interface wording (English here): each
            // language's must be no longer than the English the layout was checked with.
            let words: serde_json::Value =
                serde_json::from_str(&source(&format!("src/i18n/{lang}/diagram.json"))).unwrap();
            for key in ["label_official", "label_unofficial"] {
                let n = words[key].as_str().map_or(99, |w| w.chars().count());
                assert!(n <= LINE_CHARS, "{lang} {key} is {n} characters");
            }
        }
    }

    #[test]
    fn the_check_fires_on_a_crowded_drawing() {
        let content = Dataset::builtin();
        let mut layout = ModelState::in_year(&content, 1991).layout(&content, Flow::LeftToRight);
        let first = layout.labels[0].clone().unwrap();
        layout.labels[1] = Some(NodeLabel { lines: vec!["A much longer name than fits".into()], ..first.clone() });
        let third = layout.labels[2].clone().unwrap();
        layout.labels[2] = Some(NodeLabel { x: WIDTH - 20.0, ..third });
        let (x, y) = layout.nodes[3].unwrap();
        layout.labels[3] = Some(NodeLabel { x: x - 10.0, y, anchor: Anchor::Start, lines: vec!["Over".into()] });
        let found = problems(&layout);
        assert!(found.iter().any(|p| p.contains("tracks 1 and 2 overlap")), "{found:?}");
        assert!(found.iter().any(|p| p.contains("track 3's name leaves the drawing")), "{found:?}");
        assert!(found.iter().any(|p| p.contains("track 4's name covers node 4")), "{found:?}");
    }

    #[test]
    fn the_circle_is_as_large_as_the_names_allow_and_mirrors_right_to_left() {
        let content = Dataset::builtin();
        let state = ModelState::in_year(&content, 1991);
        let (ltr, rtl) = (state.layout(&content, Flow::LeftToRight), state.layout(&content, Flow::RightToLeft));
        let (x1, y1) = ltr.nodes[0].unwrap();
        let radius = (x1 - WIDTH / 2.0).hypot(y1 - HEIGHT / 2.0);
        assert!(radius >= 120.0, "radius {radius}");
        for (a, b) in ltr.nodes.iter().zip(&rtl.nodes) {
            assert_eq!(a.map(|(x, y)| (WIDTH - x, y)), *b);
        }
        // Track 3 is on the right in English, its name after it; on the left in Arabic, before it.
        assert_eq!(ltr.labels[2].as_ref().unwrap().anchor, Anchor::Start);
        assert_eq!(rtl.labels[2].as_ref().unwrap().anchor, Anchor::End);
        assert_eq!(ltr.labels[0].as_ref().unwrap().anchor, Anchor::Middle);
        assert_eq!(ltr.labels[8].as_ref().unwrap().lines, ["Media"]);
    }

    #[test]
    fn in_1981_the_two_tracks_are_named_for_what_they_stood_for() {
        let content = Dataset::builtin();
        let layout = ModelState::in_year(&content, 1981).layout(&content, Flow::LeftToRight);
        assert_eq!(layout.labels[0].as_ref().unwrap().lines, ["Official"]);
        assert_eq!(layout.labels[1].as_ref().unwrap().lines, ["Unofficial"]);
        assert!(layout.labels[2].is_none());
    }
}
