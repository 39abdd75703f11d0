//! Where a case map draws things: the nine tracks round a circle, as in the
//! model diagram, and each track's actors in a small ring about its place,
//! so that a track's actors stay together however many there are. Pointer
//! drops are read back to the nearest track with [`nearest_track`].

use crate::model::content::case_map::CaseMap;
use crate::model::geometry::diagram::circle_positions;

/// The canvas is a square of this side, in SVG units.
pub const SIZE: f64 = 640.0;
const CENTRE: f64 = SIZE / 2.0;
/// How far the tracks sit from the centre.
const TRACK_RADIUS: f64 = 215.0;

/// The nine tracks' places, track 1 at the top, clockwise.
pub fn track_anchors() -> Vec<(f64, f64)> {
    circle_positions(9, CENTRE, CENTRE, TRACK_RADIUS)
}

/// How far from its track's place a track's `n` actors sit (a lone actor sits on it).
pub fn actor_ring(n: usize) -> f64 {
    if n < 2 {
        0.0
    } else {
        34.0 + 5.0 * n as f64
    }
}

/// Each actor's place, in the map's order.
pub fn actor_positions(map: &CaseMap) -> Vec<(f64, f64)> {
    let anchors = track_anchors();
    let mut rings: Vec<Vec<(f64, f64)>> = vec![Vec::new(); 10];
    for track in 1..=9u8 {
        let count = map.actors.iter().filter(|a| a.track == track).count();
        let (x, y) = anchors[usize::from(track) - 1];
        rings[usize::from(track)] = match count {
            0 => Vec::new(),
            1 => vec![(x, y)],
            n => circle_positions(n, x, y, actor_ring(n)),
        };
    }
    let mut used = [0usize; 10];
    map.actors
        .iter()
        .map(|a| {
            let t = usize::from(a.track.clamp(1, 9));
            let place = rings[t].get(used[t]).copied().unwrap_or((CENTRE, CENTRE));
            used[t] += 1;
            place
        })
        .collect()
}

/// The track whose place is nearest to a point of the canvas: where a
/// dragged actor lands.
pub fn nearest_track(x: f64, y: f64) -> u8 {
    let distance = |(ax, ay): &(f64, f64)| (ax - x).powi(2) + (ay - y).powi(2);
    let anchors = track_anchors();
    let mut best = (0, f64::MAX);
    for (i, anchor) in anchors.iter().enumerate() {
        let d = distance(anchor);
        if d < best.1 {
            best = (i, d);
        }
    }
    best.0 as u8 + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actors_ring_their_track_and_drops_find_the_nearest_track() {
        let mut map = CaseMap::new("m".into(), "M", "", 0);
        map.add_actor("Alone", 5, "").unwrap();
        for name in ["A", "B", "C"] {
            map.add_actor(name, 9, "").unwrap();
        }
        let places = actor_positions(&map);
        let anchors = track_anchors();
        assert_eq!(places[0], anchors[4], "a single actor sits on its track");
        for p in &places[1..] {
            let d = ((p.0 - anchors[8].0).powi(2) + (p.1 - anchors[8].1).powi(2)).sqrt();
            assert!((d - 49.0).abs() < 1e-6, "three actors ring track 9 at 49 units, found {d}");
            assert_eq!(nearest_track(p.0, p.1), 9);
        }
        for (i, (x, y)) in anchors.iter().enumerate() {
            assert_eq!(nearest_track(*x + 3.0, *y - 3.0), i as u8 + 1);
        }
    }
}
