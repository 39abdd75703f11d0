//! A hand-in: one student's result for one assignment, made on their device
//! and given to the teacher as a link, a QR code or a `.json` file.
//!
//! It holds what the class board needs and nothing more: the assignment's
//! id and the version of the questions, a first name or pseudonym, an
//! attempt id (so the same hand-in pasted twice is one), the time it was
//! handed in, and per question the response, whether it was right, the
//! parts right, the seconds spent and the tries; and the case map if the
//! assignment asked for one. No device, place or other personal data, and no
//! content: the teacher's guide has the questions, so a hand-in stays a few
//! hundred characters, within a QR code.
//!
//! One JSON shape, compact in an `h1.` link (see `class_link`), pretty in a
//! file, with `"kind": "multitrack-hand-in"` and a version; one reader,
//! [`HandIn::read`], takes either, or a chat message with the link in it.

use crate::model::content::case_map::CaseMap;
use crate::model::formats::assignment::{is_id, Assignment};
use crate::model::formats::class_link::{self, ClassError, Kind, HAND_IN_KIND, HAND_IN_PARAM};
use crate::model::formats::packed::{self, Dictionary};
use crate::model::i18n::ui_text::{figure, fill, ui};
use serde::{Deserialize, Serialize};

/// The hand-in format this build writes and the newest it reads.
pub const HAND_IN_VERSION: u32 = 1;
/// A hand-in is refused above this many bytes, before it is parsed: a quiz
/// and a case map of a hundred actors come to a few tens of kilobytes.
pub const MAX_HAND_IN_BYTES: usize = 200_000;
/// A first name or a pseudonym fits in this many characters.
pub const MAX_STUDENT_NAME: usize = 40;
/// No assignment has more questions than this; more is a forged file.
pub const MAX_ANSWERS: usize = 500;

/// One question answered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub question: String,
    /// As the quiz keeps answers: a track number, an id, an option's text,
    /// or for matching and ordering one entry per part.
    pub response: Vec<String>,
    pub correct: bool,
    /// Parts right out of `of` (pairs matched, events in place; 1 of 1 for
    /// a one-answer question).
    pub right: u32,
    pub of: u32,
    /// Seconds spent on the question, over every try.
    pub seconds: u32,
    pub tries: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HandIn {
    pub kind: String,
    pub version: u32,
    pub assignment: String,
    /// The assignment's name, so a hand-in for another one can say which.
    pub assignment_name: String,
    pub content_version: String,
    /// A first name or a pseudonym ([`student_name`]).
    pub name: String,
    /// Made by the caller, random: the same attempt handed in twice is one.
    pub attempt: String,
    /// When it was handed in, in milliseconds since 1970: "latest attempt".
    pub handed_in: u64,
    #[serde(default)]
    pub answers: Vec<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_map: Option<CaseMap>,
}

/// What is wrong with a name typed for a hand-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameError {
    Empty,
    TooLong,
    /// It looks like an e-mail address: a name alone is asked for.
    Email,
}

impl std::fmt::Display for NameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let c = &ui().class;
        f.write_str(&match self {
            NameError::Empty => c.name_empty.to_string(),
            NameError::TooLong => fill(c.name_too_long, &[("limit", &figure(MAX_STUDENT_NAME))]),
            NameError::Email => c.name_email.to_string(),
        })
    }
}

/// The name as a hand-in keeps it: spaces trimmed and runs of spaces, tabs
/// or line ends made one space; refused when empty, too long, or an e-mail
/// address (privacy: a first name or a pseudonym is all the board needs).
pub fn student_name(typed: &str) -> Result<String, NameError> {
    let name = typed.split(|c: char| c.is_whitespace() || c.is_control()).filter(|w| !w.is_empty());
    let name = name.collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(NameError::Empty);
    }
    if name.chars().count() > MAX_STUDENT_NAME {
        return Err(NameError::TooLong);
    }
    if name.contains('@') {
        return Err(NameError::Email);
    }
    Ok(name)
}

fn invalid(place: impl Into<String>, reason: impl Into<String>) -> ClassError {
    ClassError::Invalid { of: Kind::HandIn, place: place.into(), reason: reason.into() }
}

impl HandIn {
    /// A hand-in for `assignment` with no answers yet; `typed_name` as the
    /// student typed it.
    pub fn new(assignment: &Assignment, typed_name: &str, attempt: String, now: u64) -> Result<HandIn, NameError> {
        Ok(HandIn {
            kind: HAND_IN_KIND.into(),
            version: HAND_IN_VERSION,
            assignment: assignment.id.clone(),
            assignment_name: assignment.name.clone(),
            content_version: assignment.content_version.clone(),
            name: student_name(typed_name)?,
            attempt,
            handed_in: now,
            answers: Vec::new(),
            case_map: None,
        })
    }

    /// Keeps `answer` as the one for its question, replacing any earlier.
    pub fn record(&mut self, answer: Answer) {
        match self.answers.iter_mut().find(|a| a.question == answer.question) {
            Some(kept) => *kept = answer,
            None => self.answers.push(answer),
        }
    }

    /// The answer to `question`, if there is one.
    pub fn answer(&self, question: &str) -> Option<&Answer> {
        self.answers.iter().find(|a| a.question == question)
    }

    /// The rules serde cannot express, so a forged or edited file is refused
    /// whole rather than shown half right.
    pub fn check(&self) -> Result<(), ClassError> {
        let c = &ui().class;
        if !is_id(&self.assignment) {
            return Err(invalid("assignment", c.bad_id));
        }
        if !is_id(&self.attempt) {
            return Err(invalid("attempt", c.bad_id));
        }
        if let Err(e) = student_name(&self.name) {
            return Err(invalid("name", e.to_string()));
        }
        if self.answers.len() > MAX_ANSWERS {
            return Err(invalid("answers", fill(c.too_many_answers, &[("limit", &figure(MAX_ANSWERS))])));
        }
        let mut seen = std::collections::HashSet::new();
        for (i, a) in self.answers.iter().enumerate() {
            let at = format!("answers[{i}]");
            if a.question.is_empty() || !seen.insert(a.question.as_str()) {
                return Err(invalid(format!("{at}.question"), fill(c.question_twice, &[("id", &a.question)])));
            }
            if a.right > a.of || (a.correct && a.right != a.of) {
                return Err(invalid(format!("{at}.right"), c.parts_do_not_add_up));
            }
        }
        if let Some(map) = &self.case_map {
            if let Some((place, message)) = map.problems("case_map").into_iter().next() {
                return Err(invalid(place, message));
            }
        }
        Ok(())
    }

    /// The hand-in as a `.json` file holds it: pretty, for a person to read.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// A file name for the `.json`: the assignment and the student, in
    /// letters and digits, so a folder of hand-ins sorts by assignment.
    pub fn file_name(&self) -> String {
        let slug = crate::model::base::ids::fresh_id(&self.name, &[]);
        format!("hand-in-{}-{slug}.json", self.assignment)
    }

    /// Reads a hand-in's JSON: size, kind and version first, then the
    /// fields, then [`HandIn::check`].
    pub fn from_json(text: &str) -> Result<HandIn, ClassError> {
        class_link::check_size(text, Kind::HandIn, MAX_HAND_IN_BYTES)?;
        class_link::check_header(text, Kind::HandIn, HAND_IN_KIND, HAND_IN_VERSION)?;
        let hand_in: HandIn = serde_json::from_str(text).map_err(|e| class_link::invalid(Kind::HandIn, text, &e))?;
        hand_in.check()?;
        // An edited file's name is tidied as a typed one is, so the board
        // sees "Ada" once, not "Ada" and " Ada".
        let name = student_name(&hand_in.name).unwrap_or_default();
        Ok(HandIn { version: HAND_IN_VERSION, name, ..hand_in })
    }

    /// The payload, prefix included.
    pub fn encode(&self, dictionary: Dictionary) -> String {
        let json = serde_json::to_string(self).unwrap_or_default();
        format!("{}{}", Kind::HandIn.prefix(HAND_IN_VERSION), packed::pack(json.as_bytes(), dictionary))
    }

    /// The link that adds this hand-in to the teacher's board, on the page
    /// at `page_address` (without its fragment).
    pub fn link(&self, page_address: &str, dictionary: Dictionary) -> String {
        class_link::link(page_address, HAND_IN_PARAM, &self.encode(dictionary))
    }

    /// A hand-in's payload's body (what follows `h<version>.`).
    pub fn decode_body(version: u32, body: &str, dictionary: Dictionary) -> Result<HandIn, ClassError> {
        if version > HAND_IN_VERSION {
            return Err(ClassError::Newer { of: Kind::HandIn, version: version.into() });
        }
        // Base64 is a third longer than what it carries, and deflate never
        // shrinks it below that: a longer body cannot be a hand-in.
        class_link::check_size(body, Kind::HandIn, MAX_HAND_IN_BYTES)?;
        let json = packed::unpack(body, dictionary, MAX_HAND_IN_BYTES)
            .map_err(|reason| ClassError::Damaged { of: Kind::HandIn, reason })?;
        HandIn::from_json(&json)
    }

    /// The hand-in in `text`, whatever a teacher brings: a file's JSON, a
    /// link, a bare payload, or a message with the link in it. The size is
    /// checked before anything else, so a 3 MB file costs nothing.
    pub fn read(text: &str, dictionary: Dictionary) -> Result<HandIn, ClassError> {
        class_link::check_size(text, Kind::HandIn, MAX_HAND_IN_BYTES)?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim_start().starts_with('{') {
            return HandIn::from_json(text);
        }
        let found = class_link::find_one(text, Kind::HandIn)?;
        HandIn::decode_body(found.version, found.body, dictionary)
    }

    /// Questions right among `questions` (an assignment's, in order), and
    /// how many were answered: answers to other questions do not count.
    pub fn score(&self, questions: &[String]) -> (usize, usize) {
        questions.iter().filter_map(|q| self.answer(q)).fold((0, 0), |(right, answered), a| {
            (right + usize::from(a.correct), answered + usize::from(!a.response.is_empty()))
        })
    }
}

#[cfg(test)]
mod tests;
