//! Where a case map's names go, so that none covers a track's ring, a node,
//! a track's name or another name.
//!
//! Why a layout and not "under the node": a real case has several actors on
//! one track, and their names, each drawn under its node, ran into the ring,
//! the neighbouring nodes and each other (Lake Sarava at 1366x900 already
//! did). Each name tries places around its node, nearest first and facing
//! away from its track; where none is free, it is shortened at a word (the
//! full name stays the node's accessible name and tooltip) and tried again.
//! Text widths are estimated from the font size, generously, since the
//! drawing cannot measure text before it draws it.

use crate::model::content::case_map::CaseMap;
use crate::model::geometry::case_layout::{actor_positions, actor_ring, track_anchors, SIZE};

/// A box on the canvas, in SVG units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn around(cx: f64, cy: f64, r: f64) -> Rect {
        Rect { x: cx - r, y: cy - r, w: 2.0 * r, h: 2.0 * r }
    }

    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }

    fn inside(&self, o: &Rect) -> bool {
        self.x >= o.x && self.y >= o.y && self.x + self.w <= o.x + o.w && self.y + self.h <= o.y + o.h
    }
}

/// The drawing's box: the tracks' circle, with room on every side for names.
pub const VIEW: Rect = Rect { x: -120.0, y: -50.0, w: SIZE + 240.0, h: SIZE + 110.0 };
/// A track's ring and an actor's node, as drawn.
pub const RING_RADIUS: f64 = 30.0;
pub const NODE_RADIUS: f64 = 11.0;

/// A track's name is drawn this much larger than the actors' names.
pub fn track_font(font: f64) -> f64 {
    font + 2.0
}

/// A generous width for text at `font` size, by the kind of each letter
/// (capitals and m/w are wide in the sans-serif fonts browsers fall back on).
pub fn text_width(text: &str, font: f64) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            'm' | 'w' | 'M' | 'W' => 0.9,
            c if c.is_uppercase() => 0.76,
            ' ' => 0.34,
            '.' | ',' | ':' | ';' | '\'' | '\u{2019}' | 'i' | 'l' | 'j' | 'f' | 't' | 'r' | '(' | ')' => 0.42,
            _ => 0.64,
        })
        .sum();
    em * font + 4.0
}

/// Where a piece of text is drawn: `x` is its middle, `y` its baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub rect: Rect,
    /// Whether the text is the whole name.
    pub whole: bool,
}

fn text_at(text: &str, cx: f64, cy: f64, font: f64) -> Placed {
    let (w, h) = (text_width(text, font), font * 1.25);
    Placed {
        text: text.to_string(),
        x: cx,
        // The baseline sits about a fifth of the line above its bottom.
        y: cy + h / 2.0 - font * 0.3,
        rect: Rect { x: cx - w / 2.0, y: cy - h / 2.0, w, h },
        whole: true,
    }
}

/// How far along the unit direction (`ux`, `uy`) a `w` by `h` box's middle
/// must be from a point for the box to clear a square of half-side `r`
/// about it: far enough on either axis is enough.
fn clearance(ux: f64, uy: f64, w: f64, h: f64, r: f64) -> f64 {
    let along = |u: f64, half: f64| if u.abs() < 1e-9 { f64::INFINITY } else { (half + r) / u.abs() };
    along(ux, w / 2.0).min(along(uy, h / 2.0))
}

/// A track's name, on as many lines as it needs: `y` is the first baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct TrackLabel {
    pub lines: Vec<String>,
    pub x: f64,
    pub y: f64,
    pub line_height: f64,
    pub rect: Rect,
}

/// Words gathered into lines of at most `max` characters (a longer word alone).
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// The longest line of a track's name.
const TRACK_LINE: usize = 14;

/// The tracks' names, outside the circle and beyond the track's actors,
/// each reading away from it and wrapped so that the drawing stays narrow
/// enough for a phone.
pub fn track_labels(map: &CaseMap, names: &[String], font: f64) -> Vec<TrackLabel> {
    let centre = SIZE / 2.0;
    let size = track_font(font);
    track_anchors()
        .into_iter()
        .zip(names)
        .zip(1u8..)
        .map(|(((x, y), name), track)| {
            let count = map.actors.iter().filter(|a| a.track == track).count();
            let reach = RING_RADIUS.max(actor_ring(count) + NODE_RADIUS);
            let lines = wrap(name, TRACK_LINE);
            let line_height = size * 1.2;
            let w = lines.iter().map(|l| text_width(l, size)).fold(0.0, f64::max);
            let h = line_height * lines.len() as f64;
            // The box's middle, beyond the ring along the line from the centre,
            // far enough that the box clears the ring.
            let (dx, dy) = (x - centre, y - centre);
            let len = dx.hypot(dy).max(1.0);
            let (ux, uy) = (dx / len, dy / len);
            let clear = clearance(ux, uy, w, h, reach + 6.0);
            let (cx, cy) = (x + ux * clear, y + uy * clear);
            TrackLabel {
                lines,
                x: cx,
                y: cy - h / 2.0 + line_height - size * 0.3,
                line_height,
                rect: Rect { x: cx - w / 2.0, y: cy - h / 2.0, w, h },
            }
        })
        .collect()
}

/// Shorter forms of a name, longest first: whole words, then an ellipsis.
fn shortenings(name: &str) -> Vec<String> {
    let mut out = vec![name.to_string()];
    let words: Vec<&str> = name.split_whitespace().collect();
    for n in (1..words.len()).rev() {
        let cut = words[..n].join(" ");
        let cut = cut.trim_end_matches([',', '(', ':', ';', '-', '\u{2013}']);
        out.push(format!("{cut}\u{2026}"));
    }
    if let Some(first) = words.first().filter(|w| w.chars().count() > 8) {
        out.push(format!("{}\u{2026}", first.chars().take(7).collect::<String>()));
    }
    out
}

/// Each actor's name, placed (in the map's order). `labels` gives short
/// names chosen by hand (by actor id), tried before any cut of the full name.
pub fn actor_labels(map: &CaseMap, labels: &[(String, String)], track_names: &[String], font: f64) -> Vec<Placed> {
    let nodes = actor_positions(map);
    let anchors = track_anchors();
    let mut taken: Vec<Rect> = anchors.iter().map(|(x, y)| Rect::around(*x, *y, RING_RADIUS + 2.0)).collect();
    taken.extend(track_labels(map, track_names, font).into_iter().map(|p| p.rect));
    taken.extend(nodes.iter().map(|(x, y)| Rect::around(*x, *y, NODE_RADIUS + 2.0)));
    let mut out = Vec::with_capacity(nodes.len());
    for (actor, &(x, y)) in map.actors.iter().zip(&nodes) {
        // Away from the track's place (or from the centre, for a lone actor on it).
        let (ax, ay) = anchors[usize::from(actor.track.clamp(1, 9)) - 1];
        let (mut ux, mut uy) = (x - ax, y - ay);
        if ux.hypot(uy) < 1.0 {
            (ux, uy) = (x - SIZE / 2.0, y - SIZE / 2.0);
        }
        let base = uy.atan2(ux);
        let mut texts = Vec::new();
        if let Some((_, short)) = labels.iter().find(|(id, _)| *id == actor.id) {
            texts.push(short.clone());
        }
        texts.extend(shortenings(&actor.name));
        texts.retain(|t| !t.is_empty());
        let mut best: Option<(usize, Placed)> = None;
        'search: for text in &texts {
            let (w, h) = (text_width(text, font), font * 1.25);
            for step in 0..12 {
                for turn in [0.0, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 4.0, -4.0, 5.0, -5.0, 6.0, -6.0, 7.0, -7.0, 8.0] {
                    let angle = base + turn * std::f64::consts::FRAC_PI_8;
                    let (cx_dir, cy_dir) = (angle.cos(), angle.sin());
                    let clear = clearance(cx_dir, cy_dir, w, h, NODE_RADIUS + 4.0);
                    let d = clear + 9.0 * f64::from(step);
                    let mut placed = text_at(text, x + cx_dir * d, y + cy_dir * d, font);
                    placed.whole = *text == actor.name;
                    if !placed.rect.inside(&VIEW) {
                        continue;
                    }
                    let hits = taken.iter().filter(|r| r.overlaps(&placed.rect)).count();
                    if hits == 0 {
                        best = Some((0, placed));
                        break 'search;
                    }
                    if best.as_ref().is_none_or(|(n, _)| hits < *n) {
                        best = Some((hits, placed));
                    }
                }
            }
        }
        let placed = best.map(|(_, p)| p).unwrap_or_else(|| text_at(&actor.name, x, y + 25.0, font));
        taken.push(placed.rect);
        out.push(placed);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::content::Dataset;

    fn names(content: &Dataset) -> Vec<String> {
        content.tracks.iter().map(|t| format!("{} {}", t.number, t.circle_name)).collect()
    }

    /// Every box a map draws, named, for overlap checks.
    fn boxes(map: &CaseMap, labels: &[(String, String)], track_names: &[String], font: f64) -> Vec<(String, Rect)> {
        let mut all: Vec<(String, Rect)> = track_anchors()
            .iter()
            .enumerate()
            .map(|(i, (x, y))| (format!("ring {}", i + 1), Rect::around(*x, *y, RING_RADIUS)))
            .collect();
        all.extend(
            track_labels(map, track_names, font)
                .into_iter()
                .map(|p| (format!("track name {}", p.lines.join(" ")), p.rect)),
        );
        all.extend(
            actor_positions(map)
                .iter()
                .zip(&map.actors)
                .map(|((x, y), a)| (format!("node {}", a.id), Rect::around(*x, *y, NODE_RADIUS))),
        );
        all.extend(
            actor_labels(map, labels, track_names, font).into_iter().map(|p| (format!("name {}", p.text), p.rect)),
        );
        all
    }

    #[test]
    fn no_name_covers_a_ring_a_node_a_track_name_or_another_name_on_any_built_in_map() {
        let content = Dataset::builtin_full();
        let track_names = names(&content);
        let mut maps: Vec<(&CaseMap, Vec<(String, String)>)> = vec![(&content.case_example, Vec::new())];
        maps.extend(
            content
                .case_studies
                .iter()
                .map(|s| (&s.map, s.labels.iter().map(|l| (l.actor.clone(), l.short.clone())).collect())),
        );
        assert!(maps.len() >= 4);
        // The desktop size and the larger size a phone is drawn at.
        for font in [13.0, 22.0] {
            for (map, labels) in &maps {
                let all = boxes(map, labels, &track_names, font);
                // Rings and nodes may touch (a track's actors ring it); text may touch nothing.
                let shape = |s: &str| s.starts_with("ring") || s.starts_with("node");
                for (i, (a, ra)) in all.iter().enumerate() {
                    assert!(shape(a) || ra.inside(&VIEW), "{}: {a} leaves the drawing", map.id);
                    for (b, rb) in all[i + 1..].iter().filter(|(b, _)| !(shape(a) && shape(b))) {
                        assert!(!ra.overlaps(rb), "{} at font {font}: {a} overlaps {b}", map.id);
                    }
                }
            }
        }
    }

    #[test]
    fn track_names_wrap_at_words() {
        assert_eq!(wrap("2 Professional conflict resolution", 14), ["2 Professional", "conflict", "resolution"]);
        assert_eq!(wrap("1 Government", 14), ["1 Government"]);
    }

    #[test]
    fn a_name_that_does_not_fit_is_shortened_at_a_word_and_a_chosen_short_name_comes_first() {
        assert_eq!(shortenings("Norwegian Ministry of Foreign Affairs")[1], "Norwegian Ministry of Foreign\u{2026}");
        assert_eq!(shortenings("Fafo").len(), 1);
        let mut map = CaseMap::new("m".into(), "M", "", 0);
        let id = map.add_actor("Fafo Institute for Applied International Studies", 5, "").unwrap();
        let placed = actor_labels(&map, &[(id, "Fafo".into())], &[], 13.0);
        assert_eq!((placed[0].text.as_str(), placed[0].whole), ("Fafo", false));
    }
}
