//! Where a case map's names go: each actor's beside its dot, outside the
//! circle, and each track's beyond the rim of its wedge, so that no name
//! meets another, a dot or a relation's line, and none leaves the drawing.
//!
//! Each name tries places about its dot, facing away from the centre, near
//! first; a name that fits nowhere tries two lines, then a chosen short
//! name, then a cut at a word (the full name stays the dot's accessible
//! name and tooltip). The circle is then as large as lets every name fit
//! ([`draw`]). Text widths are estimated generously from the letters,
//! since the drawing cannot measure text before it draws it.

use crate::model::content::case_map::CaseMap;
use crate::model::geometry::case_layout::{Frame, Layout, HIT_RADIUS, WEDGE_REACH};

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

    pub fn inside(&self, o: &Rect) -> bool {
        self.x >= o.x && self.y >= o.y && self.x + self.w <= o.x + o.w && self.y + self.h <= o.y + o.h
    }

    fn grown(&self, by: f64) -> Rect {
        Rect { x: self.x - by, y: self.y - by, w: self.w + 2.0 * by, h: self.h + 2.0 * by }
    }

    /// Whether the segment from `a` to `b` passes through the box
    /// (Liang and Barsky's clipping).
    pub fn crossed_by(&self, a: (f64, f64), b: (f64, f64)) -> bool {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let (mut t0, mut t1) = (0.0f64, 1.0f64);
        for (p, q) in
            [(-dx, a.0 - self.x), (dx, self.x + self.w - a.0), (-dy, a.1 - self.y), (dy, self.y + self.h - a.1)]
        {
            if p.abs() < 1e-12 {
                if q < 0.0 {
                    return false;
                }
            } else {
                let t = q / p;
                if p < 0.0 {
                    t0 = t0.max(t);
                } else {
                    t1 = t1.min(t);
                }
            }
        }
        t0 < t1
    }
}

/// A generous width for a line at `font` size, by the kind of each letter
/// (capitals and m/w are wide in the sans-serif fonts browsers fall back on).
pub fn text_width(text: &str, font: f64) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            'm' | 'w' | 'M' | 'W' => 0.92,
            c if c.is_uppercase() => 0.76,
            ' ' => 0.34,
            '.' | ',' | ':' | ';' | '\'' | '\u{2019}' | 'i' | 'l' | 'j' | 'f' | 't' | 'r' | '(' | ')' => 0.42,
            _ => 0.64,
        })
        .sum();
    em * font + 4.0
}

/// A track's name is drawn a little larger than the actors'.
pub fn track_font(font: f64) -> f64 {
    font + 1.0
}

/// Lines are this many font sizes apart.
const LINE: f64 = 1.2;
/// Room kept clear about a name, a dot or a line.
const PAD: f64 = 2.0;

/// A name as drawn, centred on `x` (so that it reads the same either way
/// round): `y` is the first line's baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub lines: Vec<String>,
    pub x: f64,
    pub y: f64,
    pub line_height: f64,
    pub rect: Rect,
    /// Whether the text is the whole name.
    pub whole: bool,
    /// Whether it found a place clear of everything.
    pub clear: bool,
}

impl Placed {
    pub fn text(&self) -> String {
        self.lines.join(" ")
    }
}

fn placed_at(lines: &[String], cx: f64, cy: f64, font: f64, whole: bool) -> Placed {
    let w = lines.iter().map(|l| text_width(l, font)).fold(0.0, f64::max);
    let h = font * (LINE * (lines.len() as f64 - 1.0) + 1.25);
    Placed {
        lines: lines.to_vec(),
        x: cx,
        // The first baseline sits about a fifth of a line above its bottom.
        y: cy - h / 2.0 + font * 0.95,
        line_height: font * LINE,
        rect: Rect { x: cx - w / 2.0, y: cy - h / 2.0, w, h },
        whole,
        clear: true,
    }
}

/// `text` in one line, or two broken at the space that balances them best.
pub fn two_lines(text: &str) -> Option<Vec<String>> {
    text.char_indices()
        .filter(|&(_, c)| c == ' ')
        .map(|(i, _)| (i, text[..i].chars().count().max(text[i + 1..].chars().count())))
        .min_by_key(|&(_, longest)| longest)
        .map(|(i, _)| vec![text[..i].to_string(), text[i + 1..].to_string()])
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

/// Shorter forms of a name, longest first: whole words, then an ellipsis.
fn shortenings(name: &str) -> Vec<String> {
    let mut out = vec![name.to_string()];
    let words: Vec<&str> = name.split_whitespace().collect();
    for n in (1..words.len()).rev() {
        let cut = words[..n].join(" ");
        let cut = cut.trim_end_matches([',', '(', ':', ';', '-', '\u{2013}', '\u{060C}']);
        out.push(format!("{cut}\u{2026}"));
    }
    if let Some(first) = words.first().filter(|w| w.chars().count() > 8) {
        out.push(format!("{}\u{2026}", first.chars().take(7).collect::<String>()));
    }
    out
}

/// The texts a name may be drawn as, best first: each as one line, then
/// as two; `whole` says which are the full name.
fn variants(texts: &[(String, bool)]) -> Vec<(Vec<String>, bool)> {
    let mut out = Vec::new();
    for (text, whole) in texts.iter().filter(|(t, _)| !t.is_empty()) {
        out.push((vec![text.clone()], *whole));
        if let Some(two) = two_lines(text) {
            out.push((two, *whole));
        }
    }
    out
}

/// What a name must keep clear of.
struct Obstacles {
    boxes: Vec<Rect>,
    lines: Vec<((f64, f64), (f64, f64))>,
    canvas: Rect,
}

impl Obstacles {
    fn hits(&self, r: &Rect) -> usize {
        let g = r.grown(PAD);
        usize::from(!r.inside(&self.canvas))
            + self.boxes.iter().filter(|b| b.overlaps(&g)).count()
            + self.lines.iter().filter(|(a, b)| g.crossed_by(*a, *b)).count()
    }
}

/// The best place among `candidates` (cost, place): the cheapest clear
/// one, or else the one that meets the fewest things.
fn best(candidates: impl Iterator<Item = (f64, Placed)>, obstacles: &Obstacles) -> Option<Placed> {
    let mut clear: Option<(f64, Placed)> = None;
    let mut fallback: Option<(usize, f64, Placed)> = None;
    for (cost, p) in candidates {
        if clear.as_ref().is_some_and(|(c, _)| *c <= cost) {
            continue;
        }
        match obstacles.hits(&p.rect) {
            0 => clear = Some((cost, p)),
            n => {
                if fallback.as_ref().is_none_or(|(m, c, _)| n < *m || (n == *m && cost < *c)) {
                    fallback = Some((n, cost, p));
                }
            }
        }
    }
    clear.map(|(_, p)| p).or_else(|| {
        fallback.map(|(_, _, mut p)| {
            p.clear = false;
            p
        })
    })
}

/// How far along the unit direction (`ux`, `uy`) a `w` by `h` box's middle
/// must be from a point for the box to clear a disc of radius `r` about it.
fn clearance(ux: f64, uy: f64, w: f64, h: f64, r: f64) -> f64 {
    let along = |u: f64, half: f64| if u.abs() < 1e-9 { f64::INFINITY } else { (half + r) / u.abs() };
    along(ux, w / 2.0).min(along(uy, h / 2.0)).min(r + (w * w + h * h).sqrt() / 2.0)
}

/// The turns a name tries away from straight out, in radians, with their
/// cosines and sines (constants: no trigonometry in the wasm).
const TURNS: [(f64, f64, f64); 18] = [
    (0.0, 1.0, 0.0),
    (0.3, 0.955_336, 0.295_520),
    (-0.3, 0.955_336, -0.295_520),
    (0.6, 0.825_336, 0.564_642),
    (-0.6, 0.825_336, -0.564_642),
    (0.9, 0.621_610, 0.783_327),
    (-0.9, 0.621_610, -0.783_327),
    (1.2, 0.362_358, 0.932_039),
    (-1.2, 0.362_358, -0.932_039),
    (1.5, 0.070_737, 0.997_495),
    (-1.5, 0.070_737, -0.997_495),
    (1.8, -0.227_202, 0.973_848),
    (-1.8, -0.227_202, -0.973_848),
    (2.1, -0.504_846, 0.863_209),
    (-2.1, -0.504_846, -0.863_209),
    (2.6, -0.856_889, 0.515_501),
    (-2.6, -0.856_889, -0.515_501),
    (std::f64::consts::PI, -1.0, 0.0),
];

/// A map drawn: its layout and every name's place.
#[derive(Clone, Debug, PartialEq)]
pub struct Drawing {
    pub layout: Layout,
    /// The actors' names, in the map's order.
    pub actors: Vec<Placed>,
    /// The tracks' names, track 1 first.
    pub tracks: Vec<Placed>,
}

impl Drawing {
    /// How many names found no clear place.
    pub fn crowded(&self) -> usize {
        self.actors.iter().chain(&self.tracks).filter(|p| !p.clear).count()
    }
}

/// The map's relations as lines between dots.
pub fn relation_lines(map: &CaseMap, layout: &Layout) -> Vec<((f64, f64), (f64, f64))> {
    let at = |id: &str| map.actors.iter().position(|a| a.id == id).map(|i| layout.nodes[i]);
    map.relations.iter().filter_map(|r| Some((at(&r.from)?, at(&r.to)?))).collect()
}

/// Every name placed on a circle of `radius`.
fn place(map: &CaseMap, layout: Layout, short: &[(String, String)], track_names: &[String]) -> Drawing {
    let font = layout.frame.font;
    let (cx, cy) = layout.centre();
    let mut obstacles = Obstacles {
        boxes: layout.nodes.iter().zip(&layout.node_radius).map(|(&(x, y), r)| Rect::around(x, y, *r)).collect(),
        lines: relation_lines(map, &layout),
        canvas: Rect { x: PAD, y: PAD, w: layout.frame.w - 2.0 * PAD, h: layout.frame.h - 2.0 * PAD },
    };
    // The most crowded tracks' names first: they have the fewest places.
    let count = |t: u8| map.actors.iter().filter(|a| a.track == t).count();
    let mut order: Vec<usize> = (0..map.actors.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(count(map.actors[i].track)));
    let mut actors: Vec<Option<Placed>> = vec![None; map.actors.len()];
    for i in order {
        let actor = &map.actors[i];
        let (x, y) = layout.nodes[i];
        let mut texts = Vec::new();
        if let Some((_, s)) = short.iter().find(|(id, _)| *id == actor.id) {
            texts.push((s.clone(), *s == actor.name));
        }
        texts.extend(shortenings(&actor.name).into_iter().enumerate().map(|(n, t)| (t, n == 0)));
        let (ox, oy) = (x - cx, y - cy);
        let out = ox.hypot(oy).max(1e-9);
        let (bx, by) = (ox / out, oy / out);
        let node_r = layout.node_radius[i];
        let candidates = variants(&texts).into_iter().enumerate().flat_map(move |(rank, (lines, whole))| {
            let probe = placed_at(&lines, 0.0, 0.0, font, whole);
            let (w, h) = (probe.rect.w, probe.rect.h);
            let two = lines.len() as f64 - 1.0;
            (0..8).flat_map(move |step| {
                TURNS.into_iter().map({
                    let lines = lines.clone();
                    move |(turn, c, s): (f64, f64, f64)| {
                        let (ux, uy) = (bx * c - by * s, bx * s + by * c);
                        let d = clearance(ux, uy, w, h, node_r + PAD + 1.0) + 5.0 * f64::from(step);
                        // Inside the circle, among the lines, only when outside is full.
                        let inward = if turn.abs() > 2.2 { 12.0 } else { 0.0 };
                        let cost = 10.0 * rank as f64 + 3.0 * two + f64::from(step) + 2.0 * turn.abs() + inward;
                        (cost, placed_at(&lines, x + ux * d, y + uy * d, font, whole))
                    }
                })
            })
        });
        let placed = best(candidates, &obstacles)
            .unwrap_or_else(|| placed_at(std::slice::from_ref(&actor.name), x, y, font, true));
        obstacles.boxes.push(placed.rect);
        actors[i] = Some(placed);
    }
    // The tracks' names, beyond the rim of their wedge.
    let size = track_font(font);
    let reach = layout.radius + WEDGE_REACH;
    let tracks = layout
        .wedges
        .iter()
        .zip(track_names)
        .map(|(wedge, name)| {
            let number = wedge.track.to_string();
            let mut texts = vec![(name.clone(), true)];
            if *name != number {
                texts.push((number, false));
            }
            let half = (wedge.to - wedge.from) / 2.0;
            let layout = &layout;
            let candidates = variants(&texts).into_iter().enumerate().flat_map(move |(rank, (lines, whole))| {
                let probe = placed_at(&lines, 0.0, 0.0, size, whole);
                let (w, h) = (probe.rect.w, probe.rect.h);
                (0..10).flat_map(move |step| {
                    [0.0, 0.4, -0.4, 0.75, -0.75].into_iter().map({
                        let lines = lines.clone();
                        move |f: f64| {
                            let angle = wedge.mid() + f * half;
                            let (px, py) = layout.at(angle, 1.0);
                            let (ux, uy) = (px - cx, py - cy);
                            // Beyond the rim, or (steps 8 and 9) inside the wedge, when no line
                            // or actor is in the way: on an empty map, say.
                            let d = match step {
                                0..8 => reach + clearance(ux, uy, w, h, PAD) + 6.0 * f64::from(step),
                                8 => layout.radius * 0.62,
                                _ => layout.radius * 0.42,
                            };
                            let cost = 12.0 * rank as f64 + f64::from(step) + 3.0 * f.abs();
                            (cost, placed_at(&lines, cx + ux * d, cy + uy * d, size, whole))
                        }
                    })
                })
            });
            let placed = best(candidates, &obstacles)
                .unwrap_or_else(|| placed_at(std::slice::from_ref(name), cx, cy, size, true));
            obstacles.boxes.push(placed.rect);
            placed
        })
        .collect();
    Drawing { layout, actors: actors.into_iter().map(|p| p.expect("every actor placed")).collect(), tracks }
}

/// The map drawn in `frame`: the largest circle on which every name finds
/// a clear place with the fewest names cut short (a track reduced to its
/// number, an actor's name cut at a word). `short` gives names chosen by
/// hand (by actor id), tried first; `track_names` the tracks' names as drawn.
pub fn draw(
    map: &CaseMap,
    frame: Frame,
    mirrored: bool,
    short: &[(String, String)],
    track_names: &[String],
) -> Drawing {
    let most = frame.w.min(frame.h) / 2.0 - 30.0;
    // No smaller than keeps the actors' targets for a finger apart.
    let unit = Layout::new(map, frame, mirrored, 1.0);
    let closest = unit
        .nodes
        .iter()
        .enumerate()
        .flat_map(|(i, a)| unit.nodes[i + 1..].iter().map(move |b| (a.0 - b.0).hypot(a.1 - b.1)))
        .fold(f64::MAX, f64::min);
    let least = (frame.w.min(frame.h) * 0.2).max(2.0 * HIT_RADIUS / closest).min(most);
    let penalty = |d: &Drawing| {
        let cut = d.actors.iter().filter(|p| p.text().ends_with('\u{2026}')).count();
        let numbers = d.tracks.iter().filter(|p| !p.whole).count();
        // A smaller circle costs too: a point a unit of radius.
        1000.0 * d.crowded() as f64 + 20.0 * cut as f64 + 10.0 * numbers as f64 + (most - d.layout.radius)
    };
    let mut best: Option<(f64, Drawing)> = None;
    let mut radius = most;
    // Stop once a smaller circle alone would cost more than the best so far.
    while radius >= least && best.as_ref().is_none_or(|(b, _)| most - radius < *b) {
        let drawing = place(map, Layout::new(map, frame, mirrored, radius), short, track_names);
        let score = penalty(&drawing);
        if best.as_ref().is_none_or(|(b, _)| score < *b) {
            best = Some((score, drawing));
        }

        radius -= 8.0;
    }
    best.map(|(_, d)| d).unwrap_or_else(|| place(map, Layout::new(map, frame, mirrored, least), short, track_names))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::content::case_studies::Cases;
    use crate::model::content::Dataset;
    use crate::model::geometry::case_layout::{PHONE, WIDE};

    fn source(path: &str) -> String {
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).expect(path)
    }

    /// A language's content with its cases joined in.
    fn content(lang: &str) -> Dataset {
        let dir = if lang == "en" { "src/content".to_string() } else { format!("src/content/i18n/{lang}") };
        let base: Dataset = serde_json::from_str(&source(&format!("{dir}/dataset.json"))).expect("a dataset");
        let cases: Cases = serde_json::from_str(&source(&format!("{dir}/cases.json"))).expect("cases");
        base.with_cases(cases)
    }

    /// Every worked map with its chosen short names.
    fn worked(content: &Dataset) -> Vec<(&CaseMap, Vec<(String, String)>)> {
        let mut maps: Vec<(&CaseMap, Vec<(String, String)>)> = content
            .case_studies
            .iter()
            .map(|s| (&s.map, s.labels.iter().map(|l| (l.actor.clone(), l.short.clone())).collect()))
            .collect();
        maps.push((&content.case_example, Vec::new()));
        maps
    }

    /// What is wrong with a drawing, in words.
    fn problems(map: &CaseMap, d: &Drawing) -> Vec<String> {
        let mut out = Vec::new();
        let l = &d.layout;
        let canvas = Rect { x: 0.0, y: 0.0, w: l.frame.w, h: l.frame.h };
        let names: Vec<(String, Rect)> = map
            .actors
            .iter()
            .zip(&d.actors)
            .map(|(a, p)| (format!("{}'s name", a.id), p.rect))
            .chain(d.tracks.iter().enumerate().map(|(i, p)| (format!("track {}'s name", i + 1), p.rect)))
            .collect();
        for (i, (a, ra)) in names.iter().enumerate() {
            if !ra.inside(&canvas) {
                out.push(format!("{a} leaves the drawing"));
            }
            for (b, rb) in &names[i + 1..] {
                if ra.overlaps(rb) {
                    out.push(format!("{a} overlaps {b}"));
                }
            }
            for (actor, (&(x, y), r)) in map.actors.iter().zip(l.nodes.iter().zip(&l.node_radius)) {
                if ra.overlaps(&Rect::around(x, y, *r)) {
                    out.push(format!("{a} covers {}'s dot", actor.id));
                }
            }
            for (r, (p, q)) in map.relations.iter().zip(relation_lines(map, l)) {
                if ra.crossed_by(p, q) {
                    out.push(format!("{a} is crossed by {}-{}", r.from, r.to));
                }
            }
        }
        for (i, (actor, &(x, y))) in map.actors.iter().zip(&l.nodes).enumerate() {
            let wedge = l.wedges[usize::from(actor.track) - 1];
            if l.track_at(x, y) != actor.track || !wedge.contains(l.angles[i]) {
                out.push(format!("{} is outside track {}'s wedge", actor.id, actor.track));
            }
            for (other, &(x2, y2)) in map.actors.iter().zip(&l.nodes).skip(i + 1) {
                if (x - x2).hypot(y - y2) < 2.0 * HIT_RADIUS - 0.01 {
                    out.push(format!("{} and {}'s targets overlap", actor.id, other.id));
                }
            }
        }
        out
    }

    #[test]
    fn on_every_worked_map_in_every_language_no_name_meets_another_a_dot_or_a_line() {
        for lang in ["en", "fr", "es", "ar"] {
            let content = content(lang);
            let track_names: Vec<String> =
                content.tracks.iter().map(|t| format!("{} {}", t.number, t.circle_name)).collect();
            let maps = worked(&content);
            assert_eq!(maps.len(), 4);
            for (map, short) in &maps {
                for (frame, size) in [(WIDE, "wide"), (PHONE, "phone")] {
                    for mirrored in [false, true] {
                        let d = draw(map, frame, mirrored, short, &track_names);
                        let found = problems(map, &d);
                        assert_eq!(
                            found,
                            Vec::<String>::new(),
                            "{lang} {} {size} mirrored {mirrored} radius {}",
                            map.id,
                            d.layout.radius
                        );
                        assert_eq!(d.crowded(), 0);
                        if mirrored == (lang == "ar") {
                            let whole = d.actors.iter().filter(|p| p.whole).count();
                            println!(
                                "{lang} {} {size}: radius {:.0}, {whole} of {} names whole",
                                map.id,
                                d.layout.radius,
                                d.actors.len()
                            );
                            assert!(d.layout.radius >= frame.w * 0.22, "{lang} {} {size}: a small circle", map.id);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn an_editable_map_keeps_room_for_its_add_buttons_and_an_empty_one_draws_nine_names() {
        let content = content("en");
        let names: Vec<String> = content.tracks.iter().map(|t| format!("+ {} {}", t.number, t.circle_name)).collect();
        for frame in [WIDE, PHONE] {
            let d = draw(&content.case_example, frame, false, &[], &names);
            assert_eq!(problems(&content.case_example, &d), Vec::<String>::new());
            let empty = CaseMap::new("e".into(), "E", "", 0);
            let d = draw(&empty, frame, false, &[], &names);
            assert_eq!(d.crowded(), 0);
            assert!(d.tracks.iter().all(|t| t.whole), "every track named in full on an empty map");
        }
    }

    #[test]
    fn the_checks_see_a_line_through_a_box_and_a_name_is_shortened_when_it_must_be() {
        let r = Rect { x: 10.0, y: 10.0, w: 20.0, h: 10.0 };
        assert!(r.crossed_by((0.0, 15.0), (40.0, 15.0)));
        assert!(r.crossed_by((20.0, 0.0), (20.0, 12.0)));
        assert!(!r.crossed_by((0.0, 0.0), (40.0, 5.0)));
        assert!(!r.crossed_by((0.0, 0.0), (9.0, 30.0)));
        assert_eq!(shortenings("Norwegian Ministry of Foreign Affairs")[1], "Norwegian Ministry of Foreign\u{2026}");
        assert_eq!(shortenings("Fafo").len(), 1);
        assert_eq!(two_lines("Savir & Singer").unwrap(), ["Savir &", "Singer"]);
        let mut map = CaseMap::new("m".into(), "M", "", 0);
        let id = map.add_actor("Fafo Institute for Applied International Studies", 5, "").unwrap();
        let d = draw(&map, PHONE, false, &[(id, "Fafo".into())], &[]);
        assert_eq!((d.actors[0].text().as_str(), d.actors[0].whole), ("Fafo", false));
    }
}
