//! The user's own notes on tracks, events and principles.
//!
//! Kept as plain data keyed by what they are about, so the users'-data issue
//! can store, export and share them as part of one document. Until then they
//! live for the session.

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
}

/// Notes sorted by key. A plain vector rather than a map: a reader keeps
/// tens of notes, and a BTreeMap costs several kilobytes of wasm.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Notes {
    by_key: Vec<(String, String)>,
}

impl Notes {
    fn find(&self, key: &str) -> Result<usize, usize> {
        self.by_key.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    pub fn get(&self, key: &NoteKey) -> &str {
        self.find(&key.as_key()).map_or("", |i| self.by_key[i].1.as_str())
    }

    /// Sets a note; a blank note is removed rather than stored empty.
    pub fn set(&mut self, key: &NoteKey, text: &str) {
        let key = key.as_key();
        match (self.find(&key), text.trim().is_empty()) {
            (Ok(i), true) => {
                self.by_key.remove(i);
            }
            (Ok(i), false) => self.by_key[i].1 = text.to_string(),
            (Err(_), true) => {}
            (Err(i), false) => self.by_key.insert(i, (key, text.to_string())),
        }
    }

    pub fn len(&self) -> usize {
        self.by_key.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_key.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_are_kept_per_subject_and_blank_ones_dropped() {
        let mut notes = Notes::default();
        notes.set(&NoteKey::Track(7), "Ask: which faith leaders?");
        notes.set(&NoteKey::Event("1989-five-tracks".into()), "Compare with 1991");
        assert_eq!(notes.get(&NoteKey::Track(7)), "Ask: which faith leaders?");
        assert_eq!(notes.get(&NoteKey::Track(8)), "");
        assert_eq!(notes.len(), 2);
        notes.set(&NoteKey::Track(7), "   ");
        assert_eq!(notes.get(&NoteKey::Track(7)), "");
        assert_eq!(notes.len(), 1);
        assert_eq!(NoteKey::Principle("trust".into()).as_key(), "principle:trust");
    }
}
