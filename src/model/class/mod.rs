//! The teacher's class board: per assignment, the hand-ins the students
//! gave, kept in the teacher's browser and nowhere else.
//!
//! Adding never loses what is there: each hand-in pasted, dropped or
//! scanned is filed on its own and gets an outcome (added, the same attempt
//! again, a newer copy of it, or refused with the reason), so one bad link
//! among thirty costs only itself. A hand-in for another assignment or
//! another version of the questions is refused, never mixed in.
//!
//! The board's figures are in [`report`], the case maps' overlay in
//! [`overlay`] and the gradebook's CSV in [`gradebook`]; this file keeps the
//! hand-ins and the board's own file (export, import, clear).

pub mod draft;
pub mod gradebook;
pub mod overlay;
pub mod progress;
pub mod report;

use crate::model::content::Dataset;
use crate::model::formats::assignment::Assignment;
use crate::model::formats::class_link::{self, ClassError, Kind, Other, CLASS_KIND};
use crate::model::formats::hand_in::HandIn;
use crate::model::formats::packed::Dictionary;
use crate::model::i18n::ui_text::{fill, ui};
use serde::{Deserialize, Serialize};

/// The board's file format this build writes and the newest it reads.
pub const CLASS_VERSION: u32 = 1;
/// A board's file above this size is refused before parsing: browsers keep
/// about 5 MB for a whole site, so a larger board could not be kept anyway.
pub const MAX_CLASS_BYTES: usize = 5_000_000;

/// One assignment's class: the assignment and the hand-ins filed for it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Class {
    pub assignment: Assignment,
    /// The assignment's questions, numbered 1 to n, as the teacher's guide
    /// had them when the class was made: the board's columns.
    pub questions: Vec<String>,
    /// In the order they were filed: the hidden names' numbers follow it.
    #[serde(default)]
    pub hand_ins: Vec<HandIn>,
}

/// What filing one hand-in did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Filed {
    Added,
    /// The same attempt was already on the board, as recent: nothing changed.
    Duplicate,
    /// The same attempt, handed in again later: the later copy is kept.
    Replaced,
}

/// One item of what a teacher added: the n-th link found (from 1), and
/// what became of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub item: usize,
    /// The student's name with what was done, or why it was refused.
    pub result: Result<(Filed, String), ClassError>,
}

impl Outcome {
    /// What happened, in a sentence for the list under the paste box.
    pub fn message(&self) -> String {
        let c = &ui().class;
        match &self.result {
            Ok((Filed::Added, name)) => fill(c.added, &[("name", name)]),
            Ok((Filed::Duplicate, name)) => fill(c.duplicate, &[("name", name)]),
            Ok((Filed::Replaced, name)) => fill(c.replaced, &[("name", name)]),
            Err(e) => fill(c.refused, &[("n", &self.item), ("reason", e)]),
        }
    }
}

/// Every hand-in in `text`, decoded, in order: a file's JSON, or every
/// hand-in link of a paste (one per line, or a chat message with words
/// around them). Another kind of link among them is an error of its own,
/// and text with no link at all gives one error saying so.
pub fn read_all(text: &str, dictionary: Dictionary) -> Vec<Result<HandIn, ClassError>> {
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    if trimmed.is_empty() {
        return Vec::new();
    }
    if trimmed.starts_with('{') {
        return vec![HandIn::read(trimmed, dictionary)];
    }
    let found = class_link::find_all(trimmed);
    if found.is_empty() {
        return vec![Err(ClassError::WrongKind { wanted: Kind::HandIn, found: Other::Unknown })];
    }
    found
        .into_iter()
        .map(|f| match f.kind {
            Kind::HandIn => HandIn::decode_body(f.version, f.body, dictionary),
            other => Err(ClassError::WrongKind { wanted: Kind::HandIn, found: Other::of(other) }),
        })
        .collect()
}

impl Class {
    /// A class for `assignment`, its questions as `content` numbers them.
    pub fn new(assignment: Assignment, content: &Dataset) -> Class {
        let questions = assignment.question_ids(content);
        Class { assignment, questions, hand_ins: Vec::new() }
    }

    /// Files one hand-in: refused if it is for another assignment or
    /// another version of the questions; the same attempt is kept once,
    /// the later copy winning.
    pub fn file(&mut self, hand_in: HandIn) -> Result<(Filed, String), ClassError> {
        if hand_in.assignment != self.assignment.id {
            return Err(ClassError::OtherAssignment { name: hand_in.assignment_name });
        }
        if hand_in.content_version != self.assignment.content_version {
            return Err(ClassError::OtherContent);
        }
        let name = hand_in.name.clone();
        match self.hand_ins.iter_mut().find(|h| h.attempt == hand_in.attempt) {
            Some(kept) if hand_in.handed_in > kept.handed_in => {
                *kept = hand_in;
                Ok((Filed::Replaced, name))
            }
            Some(_) => Ok((Filed::Duplicate, name)),
            None => {
                self.hand_ins.push(hand_in);
                Ok((Filed::Added, name))
            }
        }
    }

    /// Files every hand-in in `text` (see [`read_all`]), each with its outcome.
    pub fn add_many(&mut self, text: &str, dictionary: Dictionary) -> Vec<Outcome> {
        let read = read_all(text, dictionary);
        let file =
            |(i, r): (usize, Result<HandIn, ClassError>)| Outcome { item: i + 1, result: r.and_then(|h| self.file(h)) };
        read.into_iter().enumerate().map(file).collect()
    }

    /// "Clear this class": the hand-ins go, the assignment stays.
    pub fn clear(&mut self) {
        self.hand_ins.clear();
    }

    /// The rules serde cannot express, for a class read from a file.
    fn check(&self, at: &str) -> Result<(), ClassError> {
        let place = |e: ClassError, field: &str| match e {
            ClassError::Invalid { place, reason, .. } => {
                ClassError::Invalid { of: Kind::Class, place: format!("{at}.{field}.{place}"), reason }
            }
            other => other,
        };
        self.assignment.check().map_err(|e| place(e, "assignment"))?;
        for (i, h) in self.hand_ins.iter().enumerate() {
            h.check().map_err(|e| place(e, &format!("hand_ins[{i}]")))?;
            if h.assignment != self.assignment.id {
                return Err(ClassError::OtherAssignment { name: h.assignment_name.clone() });
            }
        }
        Ok(())
    }
}

/// Every class the teacher keeps, one per assignment: what is stored in
/// the browser and what "Export this class" writes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassBoard {
    pub kind: String,
    pub version: u32,
    #[serde(default)]
    pub classes: Vec<Class>,
}

impl Default for ClassBoard {
    fn default() -> Self {
        ClassBoard { kind: CLASS_KIND.into(), version: CLASS_VERSION, classes: Vec::new() }
    }
}

impl ClassBoard {
    /// The class of assignment `id`.
    pub fn class(&self, id: &str) -> Option<&Class> {
        self.classes.iter().find(|c| c.assignment.id == id)
    }

    pub fn class_mut(&mut self, id: &str) -> Option<&mut Class> {
        self.classes.iter_mut().find(|c| c.assignment.id == id)
    }

    /// Adds a class for `assignment`, or gives back the one it has: making
    /// the same assignment twice must not split its hand-ins.
    pub fn open(&mut self, assignment: Assignment, content: &Dataset) -> &mut Class {
        let i = match self.classes.iter().position(|c| c.assignment.id == assignment.id) {
            Some(i) => i,
            None => {
                self.classes.push(Class::new(assignment, content));
                self.classes.len() - 1
            }
        };
        &mut self.classes[i]
    }

    /// Removes the class of assignment `id` and its hand-ins.
    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.classes.len();
        self.classes.retain(|c| c.assignment.id != id);
        self.classes.len() != before
    }

    /// Files every hand-in in `text` in its own assignment's class; one for
    /// an assignment not on the board is refused, naming it.
    pub fn add_many(&mut self, text: &str, dictionary: Dictionary) -> Vec<Outcome> {
        let mut out = Vec::new();
        for (i, read) in read_all(text, dictionary).into_iter().enumerate() {
            let result = read.and_then(|h| match self.class_mut(&h.assignment) {
                Some(class) => class.file(h),
                None => Err(ClassError::OtherAssignment { name: h.assignment_name }),
            });
            out.push(Outcome { item: i + 1, result });
        }
        out
    }

    /// The board as its file holds it (pretty JSON).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads a board's file: size, kind and version first, then the fields
    /// and every class's assignment and hand-ins.
    pub fn from_json(text: &str) -> Result<ClassBoard, ClassError> {
        class_link::check_size(text, Kind::Class, MAX_CLASS_BYTES)?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        class_link::check_header(text, Kind::Class, CLASS_KIND, CLASS_VERSION)?;
        let board: ClassBoard = serde_json::from_str(text).map_err(|e| class_link::invalid(Kind::Class, text, &e))?;
        let mut ids = std::collections::HashSet::new();
        for (i, class) in board.classes.iter().enumerate() {
            if !ids.insert(class.assignment.id.as_str()) {
                let reason = fill(ui().checks.id_used_twice, &[("id", &class.assignment.id)]);
                return Err(ClassError::Invalid {
                    of: Kind::Class,
                    place: format!("classes[{i}].assignment.id"),
                    reason,
                });
            }
            class.check(&format!("classes[{i}]"))?;
        }
        Ok(ClassBoard { version: CLASS_VERSION, ..board })
    }

    /// Merges a board's file into this one: its classes added, its
    /// hand-ins filed in the classes already here (the same attempt kept
    /// once). Returns how many hand-ins were new; nothing here is lost.
    pub fn import(&mut self, text: &str) -> Result<usize, ClassError> {
        let incoming = ClassBoard::from_json(text)?;
        let mut added = 0;
        for class in incoming.classes {
            match self.class_mut(&class.assignment.id) {
                Some(mine) => {
                    for h in class.hand_ins {
                        added += usize::from(matches!(mine.file(h), Ok((Filed::Added, _))));
                    }
                }
                None => {
                    added += class.hand_ins.len();
                    self.classes.push(class);
                }
            }
        }
        Ok(added)
    }
}

#[cfg(test)]
mod tests;
