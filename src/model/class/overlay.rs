//! The class's case maps laid over each other: for each actor, how many
//! students put it on each of the nine tracks, and for a real case, how
//! many agree with the worked map.
//!
//! Where students disagree is the lesson: an actor split between track 1
//! and track 5 is a question for the class about what government and
//! business do. Actors are matched by the worked map's ids, else by name
//! (ignoring case and spaces), since students building from scratch name
//! the same actor each in their own map.

use crate::model::class::report::AttemptRule;
use crate::model::class::Class;
use crate::model::content::case_map::CaseMap;

/// One actor across the class's maps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OverlayRow {
    /// The worked map's name for it, else the first name a student gave.
    pub actor: String,
    /// How many students put it on track 1 to 9 (index 0 to 8).
    pub tracks: [usize; 9],
    /// How many students placed it at all.
    pub placed: usize,
    /// Its track on the worked map, for a real case.
    pub worked: Option<u8>,
}

impl OverlayRow {
    /// How many students placed it where the worked map does.
    pub fn agreeing(&self) -> Option<usize> {
        self.worked.map(|t| self.tracks[usize::from(t.clamp(1, 9)) - 1])
    }

    /// The track most students chose (the lowest between equals).
    pub fn most_chosen(&self) -> Option<u8> {
        let (i, most) = self.tracks.iter().enumerate().rev().max_by_key(|(_, n)| **n)?;
        (*most > 0).then_some(i as u8 + 1)
    }
}

/// The whole overlay.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Overlay {
    /// How many students' maps it is made of.
    pub maps: usize,
    /// The worked map's actors first, in its order, then the others by how
    /// many placed them.
    pub rows: Vec<OverlayRow>,
}

impl Overlay {
    /// Placements on the worked map's track out of all placements of its
    /// actors, in per cent; `None` without a worked map or placements.
    pub fn agreement(&self) -> Option<u32> {
        let rows = self.rows.iter().filter(|r| r.worked.is_some());
        let (agree, placed) = rows.fold((0, 0), |(a, p), r| (a + r.agreeing().unwrap_or(0), p + r.placed));
        (placed > 0).then(|| (agree * 100 / placed) as u32)
    }
}

fn name_key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

impl Class {
    /// The counted attempts' case maps laid over each other, against
    /// `worked` (the real case's worked map) if there is one.
    pub fn overlay(&self, rule: AttemptRule, worked: Option<&CaseMap>) -> Overlay {
        let mut rows: Vec<(String, OverlayRow)> = Vec::new();
        for actor in worked.map_or(&[][..], |w| &w.actors) {
            let row = OverlayRow { actor: actor.name.clone(), tracks: [0; 9], placed: 0, worked: Some(actor.track) };
            rows.push((actor.id.clone(), row));
        }
        let worked_count = rows.len();
        let mut maps = 0;
        for student in self.students(rule) {
            let Some(map) = &student.counted.case_map else { continue };
            maps += 1;
            // One placement per actor per student, even if a map names it twice.
            let mut seen = std::collections::HashSet::new();
            for actor in map.actors.iter().filter(|a| (1..=9).contains(&a.track)) {
                let by_id = worked.and_then(|w| w.actor(&actor.id)).map(|a| a.id.clone());
                let by_name = || {
                    let name = name_key(&actor.name);
                    let worked_id = worked.and_then(|w| w.actors.iter().find(|a| name_key(&a.name) == name));
                    worked_id.map_or_else(|| format!("name:{name}"), |a| a.id.clone())
                };
                let key = by_id.unwrap_or_else(by_name);
                if !seen.insert(key.clone()) {
                    continue;
                }
                let i = match rows.iter().position(|(k, _)| *k == key) {
                    Some(i) => i,
                    None => {
                        let row =
                            OverlayRow { actor: actor.name.trim().into(), tracks: [0; 9], placed: 0, worked: None };
                        rows.push((key, row));
                        rows.len() - 1
                    }
                };
                rows[i].1.tracks[usize::from(actor.track) - 1] += 1;
                rows[i].1.placed += 1;
            }
        }
        let mut rows: Vec<OverlayRow> = rows.into_iter().map(|(_, r)| r).collect();
        rows[worked_count..].sort_by(|a, b| b.placed.cmp(&a.placed));
        Overlay { maps, rows }
    }
}
