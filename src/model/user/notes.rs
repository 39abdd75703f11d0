//! The user's own notes on tracks, events and principles.
//!
//! Kept as plain data keyed by what they are about ("track:7"), with the time
//! of the last change, so that two copies (two tabs, an import) can be merged
//! note by note, the newer edit winning. A cleared note stays as an empty
//! entry with its time, so a merge does not bring it back.

use serde::{Deserialize, Serialize};

/// What a note is about.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NoteKey {
    Track(u8),
    Event(String),
    Principle(String),
}

impl NoteKey {
    /// A stable text key ("track:7"), the form a stored document uses.
    pub fn as_key(&self) -> String {
        match self {
            NoteKey::Track(n) => format!("track:{n}"),
            NoteKey::Event(id) => format!("event:{id}"),
            NoteKey::Principle(id) => format!("principle:{id}"),
        }
    }

    /// The subject of a stored key; `None` for anything else.
    pub fn parse(key: &str) -> Option<NoteKey> {
        let (kind, id) = key.split_once(':')?;
        let valid_id = !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        match kind {
            "track" => id.parse().ok().filter(|n| (1..=9).contains(n)).map(NoteKey::Track),
            "event" if valid_id => Some(NoteKey::Event(id.into())),
            "principle" if valid_id => Some(NoteKey::Principle(id.into())),
            _ => None,
        }
    }
}

/// One note as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub about: String,
    pub text: String,
    /// Milliseconds since 1970.
    #[serde(default)]
    pub updated: u64,
}

/// Notes sorted by key. A plain vector rather than a map: a reader keeps
/// tens of notes, and a BTreeMap costs several kilobytes of wasm.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Vec<Note>", into = "Vec<Note>")]
pub struct Notes {
    by_key: Vec<Note>,
}

impl From<Vec<Note>> for Notes {
    fn from(mut notes: Vec<Note>) -> Self {
        notes.sort_by(|a, b| a.about.cmp(&b.about).then(b.updated.cmp(&a.updated)));
        notes.dedup_by(|later, kept| later.about == kept.about);
        Notes { by_key: notes }
    }
}

impl From<Notes> for Vec<Note> {
    fn from(notes: Notes) -> Self {
        notes.by_key
    }
}

impl Notes {
    fn find(&self, key: &str) -> Result<usize, usize> {
        self.by_key.binary_search_by(|n| n.about.as_str().cmp(key))
    }

    pub fn get(&self, key: &NoteKey) -> &str {
        self.find(&key.as_key()).map_or("", |i| self.by_key[i].text.as_str())
    }

    /// Sets a note at time `now`; a blank note is kept empty, so that merging
    /// with an older copy does not restore it.
    pub fn set(&mut self, key: &NoteKey, text: &str, now: u64) {
        let about = key.as_key();
        let text = if text.trim().is_empty() { String::new() } else { text.to_string() };
        match self.find(&about) {
            Ok(i) => self.by_key[i] = Note { about, text, updated: now },
            Err(_) if text.is_empty() => {}
            Err(i) => self.by_key.insert(i, Note { about, text, updated: now }),
        }
    }

    /// Every stored entry, cleared ones included, as `(key, text)`.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.by_key.iter().map(|n| (n.about.as_str(), n.text.as_str()))
    }

    /// The notes with text, as `(key, text)`.
    pub fn written(&self) -> impl Iterator<Item = (&str, &str)> {
        self.iter().filter(|(_, text)| !text.is_empty())
    }

    /// Takes every note of `other` that is newer than this copy's.
    pub fn merge(&mut self, other: &Notes) {
        for note in &other.by_key {
            match self.find(&note.about) {
                Ok(i) if self.by_key[i].updated >= note.updated => {}
                Ok(i) => self.by_key[i] = note.clone(),
                Err(i) => self.by_key.insert(i, note.clone()),
            }
        }
    }

    /// The number of notes with text.
    pub fn len(&self) -> usize {
        self.written().count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_are_kept_per_subject_and_blank_ones_cleared() {
        let mut notes = Notes::default();
        notes.set(&NoteKey::Track(7), "Ask: which faith leaders?", 1);
        notes.set(&NoteKey::Event("1989-five-tracks".into()), "Compare with 1991", 2);
        assert_eq!(notes.get(&NoteKey::Track(7)), "Ask: which faith leaders?");
        assert_eq!(notes.get(&NoteKey::Track(8)), "");
        assert_eq!(notes.len(), 2);
        notes.set(&NoteKey::Track(7), "   ", 3);
        assert_eq!(notes.get(&NoteKey::Track(7)), "");
        assert_eq!(notes.len(), 1);
        notes.set(&NoteKey::Track(5), "", 4);
        assert_eq!(notes.iter().count(), 2, "clearing a note that never existed stores nothing");
        assert_eq!(NoteKey::Principle("trust".into()).as_key(), "principle:trust");
    }

    #[test]
    fn keys_parse_back_and_nothing_else_does() {
        for key in [NoteKey::Track(9), NoteKey::Event("1991-nine-tracks".into()), NoteKey::Principle("trust".into())] {
            assert_eq!(NoteKey::parse(&key.as_key()), Some(key));
        }
        for bad in ["track:10", "track:0", "event:", "tour:1", "trust", "event:<b>"] {
            assert_eq!(NoteKey::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn merging_keeps_the_newer_edit_of_each_note() {
        let mut here = Notes::default();
        here.set(&NoteKey::Track(1), "mine, newer", 20);
        here.set(&NoteKey::Track(2), "mine, older", 5);
        here.set(&NoteKey::Track(3), "written here", 3);
        here.set(&NoteKey::Track(3), "", 30);
        let mut there = Notes::default();
        there.set(&NoteKey::Track(1), "theirs, older", 10);
        there.set(&NoteKey::Track(2), "theirs, newer", 15);
        there.set(&NoteKey::Track(3), "deleted here later", 25);
        there.set(&NoteKey::Track(4), "only theirs", 1);
        here.merge(&there);
        assert_eq!(here.get(&NoteKey::Track(1)), "mine, newer");
        assert_eq!(here.get(&NoteKey::Track(2)), "theirs, newer");
        assert_eq!(here.get(&NoteKey::Track(3)), "", "a later clearing wins");
        assert_eq!(here.get(&NoteKey::Track(4)), "only theirs");
    }
}
