//! Case maps, the systems workshop: the actors of a real or invented
//! conflict placed on the nine tracks, and the relations between them.
//!
//! The point of the exercise is the seed's systems insight: peace depends on
//! the whole system, so what a map lacks (tracks with no actor, tracks cut off
//! from the rest, pairs linked only by tension) matters as much as what it
//! holds. [`CaseMap::gaps`] finds those, and [`CaseMap::questions`] turns
//! them into questions for the class. The worked example in the content
//! dataset uses the same type as the user's own maps.

use crate::model::base::ids::fresh_id;
use crate::model::content::Dataset;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseMap {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// An invented teaching scenario rather than a real conflict, and said so.
    #[serde(default)]
    pub invented: bool,
    #[serde(default)]
    pub actors: Vec<Actor>,
    #[serde(default)]
    pub relations: Vec<CaseRelation>,
    /// Actors not on a track yet, listed apart until the class places them.
    /// (No `skip_serializing_if`: the content dataset is encoded with
    /// postcard, which reads fields by position.)
    #[serde(default)]
    pub shelf: Vec<Shelved>,
    /// When it last changed, in milliseconds since 1970 (for merging).
    #[serde(default)]
    pub updated: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: String,
    pub name: String,
    /// The track, 1 to 9.
    pub track: u8,
    #[serde(default)]
    pub note: String,
}

/// An actor with no track yet (a Kumu element whose type names none): kept
/// on the map's "no track yet" shelf and listed rather than dropped or
/// guessed onto a ring, since placing it is the class's exercise.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Shelved {
    pub label: String,
    /// The kind it had where it came from (a Kumu element type), "" if none.
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub description: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RelationKind {
    Cooperation,
    Tension,
    Funding,
    Information,
}

impl RelationKind {
    pub const ALL: [RelationKind; 4] =
        [RelationKind::Cooperation, RelationKind::Tension, RelationKind::Funding, RelationKind::Information];

    pub fn name(self) -> &'static str {
        match self {
            RelationKind::Cooperation => "cooperation",
            RelationKind::Tension => "tension",
            RelationKind::Funding => "funding",
            RelationKind::Information => "information",
        }
    }

    pub fn parse(name: &str) -> Option<RelationKind> {
        RelationKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// A relation between two actors of a map. Funding and information flow
/// from `from` to `to`; cooperation and tension go both ways.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseRelation {
    pub from: String,
    pub to: String,
    pub kind: RelationKind,
}

/// The form fields the errors of [`CaseMap::add_actor`] and
/// [`CaseMap::add_relation`] name, and their messages: the English, for the
/// views to put in the reader's language.
pub const FIELD_NAME: &str = "Name";
pub const FIELD_TRACK: &str = "Track";
pub const FIELD_FROM: &str = "From";
pub const FIELD_TO: &str = "To";
pub const FIELD_KIND: &str = "Kind";
pub const GIVE_NAME: &str = "give the actor a name";
pub const CHOOSE_TRACK: &str = "choose one of the nine tracks";
pub const NOT_ON_SHELF: &str = "that actor is no longer on the shelf";
pub const CHOOSE_ACTOR: &str = "choose an actor on this map";
pub const CHOOSE_DIFFERENT: &str = "choose a different actor from the first";

/// The message when two actors already have a relation of `kind`.
pub fn already_related(kind: RelationKind) -> String {
    format!("these two already have a relation of {}", kind.name())
}

/// The wording of [`CaseMap::questions_in`], as templates: `{n}` and
/// `{name}` for a track's label, `{track}`, `{way}`, `{examples}`, `{a}` and
/// `{b}` in the questions. `phrase_prefix` is what a track's phrase begins
/// with, taken off to leave the way it makes peace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CaseWords<'a> {
    pub phrase_prefix: &'a str,
    pub or: &'a str,
    pub empty: &'a str,
    pub missing: &'a str,
    pub unconnected: &'a str,
    pub tension: &'a str,
    pub connected: &'a str,
}

impl CaseWords<'static> {
    pub const ENGLISH: CaseWords<'static> = CaseWords {
        phrase_prefix: "peacemaking through ",
        or: " or ",
        empty: "Who is already working for peace in this conflict, and on which track?",
        missing: "No one on {track}: who could make peace through {way} here ({examples}, for example)? What is lost without them?",
        unconnected: "{track} has actors but no relation to any other track: who could link them to the rest of the system?",
        tension: "Between {a} and {b} there is only tension: is there anyone both sides trust who could start cooperation?",
        connected: "Every track is active and connected: which relations are strongest, and which would break first under strain?",
    };
}

use crate::model::base::template::fill as put;

/// What the map lacks, track by track.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Gaps {
    /// Tracks with at least one actor.
    pub active: Vec<u8>,
    /// Tracks with none.
    pub missing: Vec<u8>,
    /// Active tracks whose actors have no relation to any other track.
    pub unconnected: Vec<u8>,
    /// Pairs of tracks whose only relations are tension.
    pub tension_only: Vec<(u8, u8)>,
}

impl CaseMap {
    pub fn new(id: String, title: &str, description: &str, now: u64) -> CaseMap {
        CaseMap {
            id,
            title: title.trim().to_string(),
            description: description.trim().to_string(),
            invented: false,
            actors: Vec::new(),
            relations: Vec::new(),
            shelf: Vec::new(),
            updated: now,
        }
    }

    /// Places the shelved actor at `index` on `track`; returns its new id.
    pub fn place_shelved(&mut self, index: usize, track: u8) -> Result<String, (&'static str, String)> {
        let Some(shelved) = self.shelf.get(index).cloned() else {
            return Err((FIELD_TRACK, NOT_ON_SHELF.into()));
        };
        let id = self.add_actor(&shelved.label, track, &shelved.description)?;
        self.shelf.remove(index);
        Ok(id)
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    /// Adds an actor; errors name the form's field.
    pub fn add_actor(&mut self, name: &str, track: u8, note: &str) -> Result<String, (&'static str, String)> {
        let name = name.trim();
        if name.is_empty() {
            return Err((FIELD_NAME, GIVE_NAME.into()));
        }
        if !(1..=9).contains(&track) {
            return Err((FIELD_TRACK, CHOOSE_TRACK.into()));
        }
        let taken: Vec<&str> = self.actors.iter().map(|a| a.id.as_str()).collect();
        let id = fresh_id(name, &taken);
        self.actors.push(Actor { id: id.clone(), name: name.to_string(), track, note: note.trim().to_string() });
        Ok(id)
    }

    /// Moves an actor to another track; says whether it moved.
    pub fn move_actor(&mut self, id: &str, track: u8) -> bool {
        match self.actors.iter_mut().find(|a| a.id == id) {
            Some(a) if a.track != track && (1..=9).contains(&track) => {
                a.track = track;
                true
            }
            _ => false,
        }
    }

    /// Removes an actor and every relation it had.
    pub fn remove_actor(&mut self, id: &str) {
        self.actors.retain(|a| a.id != id);
        self.relations.retain(|r| r.from != id && r.to != id);
    }

    /// Adds a relation; errors name the form's field.
    pub fn add_relation(&mut self, from: &str, to: &str, kind: RelationKind) -> Result<(), (&'static str, String)> {
        if self.actor(from).is_none() {
            return Err((FIELD_FROM, CHOOSE_ACTOR.into()));
        }
        if self.actor(to).is_none() {
            return Err((FIELD_TO, CHOOSE_ACTOR.into()));
        }
        if from == to {
            return Err((FIELD_TO, CHOOSE_DIFFERENT.into()));
        }
        let same =
            |r: &CaseRelation| r.kind == kind && ((r.from == from && r.to == to) || (r.from == to && r.to == from));
        if self.relations.iter().any(same) {
            return Err((FIELD_KIND, already_related(kind)));
        }
        self.relations.push(CaseRelation { from: from.to_string(), to: to.to_string(), kind });
        Ok(())
    }

    fn track_of(&self, id: &str) -> Option<u8> {
        self.actor(id).map(|a| a.track)
    }

    /// The tracks the map uses, lacks, leaves unconnected, or links only by tension.
    pub fn gaps(&self) -> Gaps {
        let active: Vec<u8> = (1..=9).filter(|t| self.actors.iter().any(|a| a.track == *t)).collect();
        let missing = (1..=9).filter(|t| !active.contains(t)).collect();
        let pairs: Vec<(u8, u8, RelationKind)> = self
            .relations
            .iter()
            .filter_map(|r| {
                let (a, b) = (self.track_of(&r.from)?, self.track_of(&r.to)?);
                (a != b).then_some((a.min(b), a.max(b), r.kind))
            })
            .collect();
        let unconnected = active.iter().copied().filter(|t| !pairs.iter().any(|(a, b, _)| a == t || b == t)).collect();
        let mut tension_only: Vec<(u8, u8)> = pairs
            .iter()
            .filter(|(a, b, _)| pairs.iter().filter(|p| p.0 == *a && p.1 == *b).all(|p| p.2 == RelationKind::Tension))
            .map(|(a, b, _)| (*a, *b))
            .collect();
        tension_only.sort_unstable();
        tension_only.dedup();
        Gaps { active, missing, unconnected, tension_only }
    }

    /// Questions to ask about the gaps, built from what each track is for.
    pub fn questions(&self, content: &Dataset) -> Vec<String> {
        self.questions_in(content, &CaseWords::ENGLISH)
    }

    /// [`CaseMap::questions`] in `words`.
    pub fn questions_in(&self, content: &Dataset, words: &CaseWords) -> Vec<String> {
        let gaps = self.gaps();
        let label = |n: u8| content.track_label(n);
        let mut out = Vec::new();
        if self.actors.is_empty() {
            out.push(words.empty.to_string());
            return out;
        }
        for n in &gaps.missing {
            let Some(track) = content.track(*n) else { continue };
            let way = track.phrase.trim_start_matches(words.phrase_prefix);
            let examples = track.actors.iter().take(2).map(|a| a.to_lowercase()).collect::<Vec<_>>().join(words.or);
            out.push(put(words.missing, &[("track", &label(*n)), ("way", &way), ("examples", &examples)]));
        }
        for n in &gaps.unconnected {
            out.push(put(words.unconnected, &[("track", &label(*n))]));
        }
        for (a, b) in &gaps.tension_only {
            out.push(put(words.tension, &[("a", &label(*a)), ("b", &label(*b))]));
        }
        if gaps.missing.is_empty() && gaps.unconnected.is_empty() && gaps.tension_only.is_empty() {
            out.push(words.connected.to_string());
        }
        out
    }

    /// What is wrong with a map, as `(path, message)`.
    pub fn problems(&self, at: &str) -> Vec<(String, String)> {
        let (w, mut out) = (crate::model::content::check_words::words(), Vec::new());
        if self.title.trim().is_empty() {
            out.push((format!("{at}.title"), w.case_needs_title.into()));
        }
        let mut ids = std::collections::HashSet::new();
        for (i, a) in self.actors.iter().enumerate() {
            if !ids.insert(a.id.as_str()) {
                out.push((format!("{at}.actors[{i}].id"), put(w.id_used_twice, &[("id", &a.id)])));
            }
            if a.name.trim().is_empty() {
                out.push((format!("{at}.actors[{i}].name"), w.actor_needs_name.into()));
            }
            if !(1..=9).contains(&a.track) {
                out.push((format!("{at}.actors[{i}].track"), put(w.no_such_track, &[("track", &a.track)])));
            }
        }
        for (i, r) in self.relations.iter().enumerate() {
            for (field, id) in [("from", &r.from), ("to", &r.to)] {
                if !ids.contains(id.as_str()) {
                    out.push((format!("{at}.relations[{i}].{field}"), put(w.no_such_actor, &[("id", id)])));
                }
            }
            if r.from == r.to {
                out.push((format!("{at}.relations[{i}].to"), w.self_relation.into()));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map() -> CaseMap {
        let mut m = CaseMap::new("lake".into(), "Lake dispute", "", 1);
        m.add_actor("Ministry of Water", 1, "").unwrap();
        m.add_actor("Radio Lake", 9, "call-in show").unwrap();
        m.add_actor("Fishers' cooperative", 3, "").unwrap();
        m.add_actor("Mediation centre", 2, "").unwrap();
        m
    }

    #[test]
    fn actors_and_relations_are_added_with_field_named_errors() {
        let mut m = map();
        assert_eq!(m.add_actor(" ", 2, "").unwrap_err().0, "Name");
        assert_eq!(m.add_actor("X", 10, "").unwrap_err().0, "Track");
        assert_eq!(m.add_actor("Radio Lake", 9, "").unwrap(), "radio-lake-2");
        m.add_relation("ministry-of-water", "radio-lake", RelationKind::Tension).unwrap();
        assert_eq!(m.add_relation("radio-lake", "ministry-of-water", RelationKind::Tension).unwrap_err().0, "Kind");
        assert_eq!(m.add_relation("radio-lake", "radio-lake", RelationKind::Funding).unwrap_err().0, "To");
        assert_eq!(m.add_relation("nobody", "radio-lake", RelationKind::Funding).unwrap_err().0, "From");
        assert_eq!((m.relations[0].from.as_str(), m.relations[0].kind), ("ministry-of-water", RelationKind::Tension));
        m.remove_actor("radio-lake");
        assert!(m.relations.is_empty(), "an actor's relations go with it");
    }

    #[test]
    fn gaps_show_missing_unconnected_and_tension_only_tracks() {
        let mut m = map();
        m.add_relation("ministry-of-water", "radio-lake", RelationKind::Tension).unwrap();
        m.add_relation("mediation-centre", "ministry-of-water", RelationKind::Cooperation).unwrap();
        let gaps = m.gaps();
        assert_eq!(gaps.active, vec![1, 2, 3, 9]);
        assert_eq!(gaps.missing, vec![4, 5, 6, 7, 8]);
        assert_eq!(gaps.unconnected, vec![3]);
        assert_eq!(gaps.tension_only, vec![(1, 9)]);
        m.add_relation("radio-lake", "ministry-of-water", RelationKind::Information).unwrap();
        assert!(m.gaps().tension_only.is_empty());
        assert!(m.move_actor("fishers-cooperative", 2));
        assert!(!m.move_actor("fishers-cooperative", 2), "already there");
        assert_eq!(m.gaps().active, vec![1, 2, 9]);
    }

    #[test]
    fn questions_ask_about_each_gap_in_the_tracks_own_terms() {
        let content = Dataset::builtin();
        let mut m = map();
        m.add_relation("ministry-of-water", "radio-lake", RelationKind::Tension).unwrap();
        let questions = m.questions(&content);
        let religion = content.track(7).unwrap();
        assert!(questions.iter().any(|q| q.starts_with(&format!("No one on {}", religion.label()))));
        assert!(questions.iter().any(|q| q.contains(&content.track(3).unwrap().label()) && q.contains("no relation")));
        assert!(questions.iter().any(|q| q.contains("only tension")));
        assert_eq!(CaseMap::new("x".into(), "X", "", 0).questions(&content).len(), 1);
        // The English words write a track as `Track::label` does.
        assert!(questions
            .iter()
            .any(|q| q.starts_with(&format!("No one on {}: who could make peace through ", religion.label()))));
    }

    #[test]
    fn problems_name_the_place() {
        let mut m = map();
        m.relations.push(CaseRelation { from: "radio-lake".into(), to: "ghost".into(), kind: RelationKind::Funding });
        m.actors[1].track = 0;
        m.actors[2].id = "radio-lake".into();
        let problems = m.problems("case_maps[0]");
        let paths: Vec<&str> = problems.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            paths,
            vec!["case_maps[0].actors[1].track", "case_maps[0].actors[2].id", "case_maps[0].relations[0].to"]
        );
    }
}
