//! Where a case map draws things: the circle cut into nine wedges, one per
//! track, in the order and direction of the nine-track circle (track 1 at
//! the top, clockwise; mirrored right to left, as the circle is), each
//! wedge as wide as its share of the actors, and each track's actors spread
//! along the rim of its wedge.
//!
//! Why on the rim: the relations are then chords of one circle, so every
//! line stays inside it and never passes through another actor, and the
//! names, outside the circle, never meet a line (see `case_labels`). Why
//! wedges sized by their actors: a real case crowds one track (eight of
//! Oslo's twelve actors are governments); equal wedges packed them into a
//! corner and left most of the drawing empty.

use crate::model::content::case_map::CaseMap;
use std::f64::consts::TAU;

/// A drawing's size and the size of its text, in SVG units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub w: f64,
    pub h: f64,
    pub font: f64,
}

/// On a wide screen: drawn about 700 px wide, so a unit is about a pixel.
pub const WIDE: Frame = Frame { w: 720.0, h: 600.0, font: 14.0 };
/// On a phone: drawn about 356 px wide on a 390 px screen, so the names
/// are 12.8 px there; taller than wide, for the names above and below.
pub const PHONE: Frame = Frame { w: 360.0, h: 440.0, font: 13.0 };

/// An actor's invisible target for a finger: 46 units, 45 px or more on
/// a 390 px phone.
pub const HIT_RADIUS: f64 = 23.0;
/// How far the wedges reach beyond the rim.
pub const WEDGE_REACH: f64 = 16.0;
/// An empty track's share of the circle, in actors.
const EMPTY_SHARE: f64 = 0.8;

// The engine's own trigonometry in the browser, as the circle's.
use super::diagram_labels::{atan2, cos, sin};

/// A track's wedge: from one compass angle to another (radians, clockwise
/// from the top, before any mirroring).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Wedge {
    pub track: u8,
    pub from: f64,
    pub to: f64,
}

impl Wedge {
    pub fn mid(&self) -> f64 {
        (self.from + self.to) / 2.0
    }

    pub fn contains(&self, angle: f64) -> bool {
        (angle - self.from).rem_euclid(TAU) <= self.to - self.from
    }
}

/// How many of a map's actors are on each track (index = track - 1).
fn counts(map: &CaseMap) -> [usize; 9] {
    let mut out = [0; 9];
    for a in &map.actors {
        out[usize::from(a.track.clamp(1, 9)) - 1] += 1;
    }
    out
}

/// The nine wedges, track 1 centred at the top.
pub fn wedges(map: &CaseMap) -> Vec<Wedge> {
    let counts = counts(map);
    let shares: Vec<f64> = counts.iter().map(|&n| if n == 0 { EMPTY_SHARE } else { n as f64 }).collect();
    let total: f64 = shares.iter().sum();
    let mut from = -shares[0] / total * TAU / 2.0;
    (1..=9u8)
        .zip(shares)
        .map(|(track, share)| {
            let to = from + share / total * TAU;
            let wedge = Wedge { track, from, to };
            from = to;
            wedge
        })
        .collect()
}

/// A map laid out in a frame: the wedges, and each actor's place (in the
/// map's order) on the rim of radius `radius`.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub frame: Frame,
    pub mirrored: bool,
    pub radius: f64,
    pub wedges: Vec<Wedge>,
    pub nodes: Vec<(f64, f64)>,
    /// Each actor's dot: larger for more relations.
    pub node_radius: Vec<f64>,
    /// Each actor's compass angle.
    pub angles: Vec<f64>,
}

impl Layout {
    pub fn new(map: &CaseMap, frame: Frame, mirrored: bool, radius: f64) -> Layout {
        let wedges = wedges(map);
        let counts = counts(map);
        let mut used = [0usize; 9];
        let angles: Vec<f64> = map
            .actors
            .iter()
            .map(|a| {
                let t = usize::from(a.track.clamp(1, 9)) - 1;
                let w = wedges[t];
                // Spread evenly, half a step in from each side.
                let angle = w.from + (w.to - w.from) * (used[t] as f64 + 0.5) / counts[t] as f64;
                used[t] += 1;
                angle
            })
            .collect();
        let mut layout =
            Layout { frame, mirrored, radius, wedges, nodes: Vec::new(), node_radius: Vec::new(), angles: Vec::new() };
        layout.nodes = angles.iter().map(|&a| layout.at(a, radius)).collect();
        layout.node_radius = map
            .actors
            .iter()
            .map(|a| {
                let degree = map.relations.iter().filter(|r| r.from == a.id || r.to == a.id).count();
                7.0 + 1.5 * degree.min(4) as f64
            })
            .collect();
        layout.angles = angles;
        layout
    }

    pub fn centre(&self) -> (f64, f64) {
        (self.frame.w / 2.0, self.frame.h / 2.0)
    }

    /// The point at compass angle `angle` and distance `r` from the centre.
    pub fn at(&self, angle: f64, r: f64) -> (f64, f64) {
        let (cx, cy) = self.centre();
        let dx = r * sin(angle);
        (if self.mirrored { cx - dx } else { cx + dx }, cy - r * cos(angle))
    }

    /// The compass angle of a point, in [0, TAU).
    pub fn angle_of(&self, x: f64, y: f64) -> f64 {
        let (cx, cy) = self.centre();
        let dx = if self.mirrored { cx - x } else { x - cx };
        atan2(dx, cy - y).rem_euclid(TAU)
    }

    /// The track whose wedge holds a point: where a dragged actor lands
    /// and which track a click on the drawing adds to.
    pub fn track_at(&self, x: f64, y: f64) -> u8 {
        let angle = self.angle_of(x, y);
        self.wedges.iter().find(|w| w.contains(angle)).map_or(1, |w| w.track)
    }

    /// A wedge's outline: its two corners on the outer arc and whether the
    /// arc is the long way round; drawn from the centre, clockwise on the
    /// page unless mirrored.
    pub fn wedge_arc(&self, i: usize) -> ((f64, f64), (f64, f64), bool) {
        let w = self.wedges[i];
        let r = self.radius + WEDGE_REACH;
        (self.at(w.from, r), self.at(w.to, r), w.to - w.from > TAU / 2.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wedges_follow_the_circle_and_grow_with_their_actors() {
        let mut map = CaseMap::new("m".into(), "M", "", 0);
        let w = wedges(&map);
        assert!((w[0].mid()).abs() < 1e-9, "track 1 at the top");
        assert!(w.iter().all(|w| ((w.to - w.from) - TAU / 9.0).abs() < 1e-9), "an empty map: nine equal wedges");
        map.add_actor("Alone", 5, "").unwrap();
        for name in ["A", "B", "C", "D"] {
            map.add_actor(name, 1, "").unwrap();
        }
        let w = wedges(&map);
        assert!(w[0].to - w[0].from > 3.0 * (w[1].to - w[1].from), "the crowded track gets room");
        assert!(((w[8].to - w[0].from) - TAU).abs() < 1e-9, "the wedges close the circle");
        let layout = Layout::new(&map, WIDE, false, 200.0);
        let (cx, cy) = layout.centre();
        // Track 3 is to the right in English, to the left mirrored.
        let (x3, _) = layout.at(w[2].mid(), 100.0);
        assert!(x3 > cx);
        let mirrored = Layout::new(&map, WIDE, true, 200.0);
        assert!(mirrored.at(w[2].mid(), 100.0).0 < cx);
        for (layout, i) in [(&layout, 0), (&mirrored, 0)].into_iter().chain((1..5).map(|i| (&layout, i))) {
            let (x, y) = layout.nodes[i];
            assert!(((x - cx).hypot(y - cy) - 200.0).abs() < 1e-9, "on the rim");
            let track = map.actors[i].track;
            assert_eq!(layout.track_at(x, y), track, "actor {i} inside its wedge");
            assert_eq!(layout.track_at(cx + (x - cx) * 0.3, cy + (y - cy) * 0.3), track, "and so is the way to it");
        }
        // Four actors spread, none stacked.
        let gaps: Vec<f64> = (1..4)
            .map(|i| (layout.nodes[i].0 - layout.nodes[i + 1].0).hypot(layout.nodes[i].1 - layout.nodes[i + 1].1))
            .collect();
        assert!(gaps.iter().all(|g| *g > 50.0), "{gaps:?}");
    }
}
