//! The class's links: an assignment a teacher sends out and the hand-ins
//! students send back, told apart from each other and from share links,
//! found inside pasted text, and what can be wrong with them.
//!
//! Each payload is packed like a share link (`packed`) behind a prefix of
//! its own, a letter for its kind and a version number: `a1.` for an
//! assignment, `h1.` for a hand-in (a share link's is a bare `1.`). So a
//! hand-in pasted where an assignment belongs, or a share link pasted onto
//! the class board, gets a sentence saying what it is instead of being read
//! as something else. Both kinds open the class view: `#/class?a=…` starts
//! an assignment, `#/class?h=…` adds a hand-in to the teacher's board.

use crate::model::formats::packed::{is_payload_byte, PackError};
use crate::model::i18n::ui_text::{figure, fill, ui};

/// The class view's address, the first segment of the fragment.
pub const CLASS_SLUG: &str = "class";
/// The fragment's parameter that holds an assignment's payload.
pub const ASSIGNMENT_PARAM: &str = "a";
/// The fragment's parameter that holds a hand-in's payload.
pub const HAND_IN_PARAM: &str = "h";
/// A payload's body is never shorter than this: shorter runs such as
/// "h1.5" in a sentence are words, not links.
pub const MIN_BODY: usize = 16;

/// The `kind` an assignment's JSON names.
pub const ASSIGNMENT_KIND: &str = "multitrack-assignment";
/// The `kind` a hand-in's JSON names.
pub const HAND_IN_KIND: &str = "multitrack-hand-in";
/// The `kind` a class board's exported file names.
pub const CLASS_KIND: &str = "multitrack-class";

/// What a payload or a class file is: a link's kind is read from its prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A share link of someone's data (`1.`).
    Share,
    /// A teacher's assignment (`a1.`).
    Assignment,
    /// A student's hand-in (`h1.`).
    HandIn,
    /// A class board's exported file (never a link).
    Class,
}

impl Kind {
    fn letter(self) -> &'static str {
        match self {
            Kind::Share => "",
            Kind::Assignment => "a",
            Kind::HandIn => "h",
            Kind::Class => "c",
        }
    }

    /// The prefix of this kind's payloads at `version`.
    pub fn prefix(self, version: u32) -> String {
        format!("{}{version}.", self.letter())
    }
}

/// A payload found in text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found<'a> {
    pub kind: Kind,
    /// The version its prefix names.
    pub version: u32,
    /// What follows the prefix.
    pub body: &'a str,
}

/// Reads a payload at the start of `run`, if it is one.
fn payload_at(run: &str) -> Option<Found<'_>> {
    let (kind, rest) = match run.as_bytes().first()? {
        b'a' => (Kind::Assignment, &run[1..]),
        b'h' => (Kind::HandIn, &run[1..]),
        _ => (Kind::Share, run),
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    // More than six digits is no version this guide will ever write.
    if digits == 0 || digits > 6 || rest.as_bytes().get(digits) != Some(&b'.') {
        return None;
    }
    let version = rest[..digits].parse().ok()?;
    let tail = &rest[digits + 1..];
    let body = &tail[..tail.bytes().take_while(|b| is_payload_byte(*b)).count()];
    (body.len() >= MIN_BODY).then_some(Found { kind, version, body })
}

/// Every payload in `text`, in order: a bare payload, a whole link, or
/// links inside a chat message with words around them. A payload starts
/// where a run of letters, digits, `-`, `_` and `.` starts, so one inside
/// an address (`…#/class?h=h1.…`) is found after its `=`.
pub fn find_all(text: &str) -> Vec<Found<'_>> {
    let is_run = |b: u8| is_payload_byte(b) || b == b'.';
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !is_run(bytes[i]) {
            i += 1;
            continue;
        }
        let end = i + bytes[i..].iter().take_while(|b| is_run(**b)).count();
        // Both ends are ASCII, so the slice is on character boundaries.
        found.extend(payload_at(&text[i..end]));
        i = end;
    }
    found
}

/// The address that opens `payload` (prefix included) on the class view of
/// the page at `page_address` (the address without its fragment).
pub fn link(page_address: &str, param: &str, payload: &str) -> String {
    // Payloads are base64url and a dot: nothing in them needs escaping.
    format!("{page_address}#/{CLASS_SLUG}?{param}={payload}")
}

/// Something that is not what was asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Other {
    /// A share link of someone's data.
    ShareLink,
    /// An assignment, where a hand-in was wanted.
    Assignment,
    /// A hand-in, where an assignment was wanted.
    HandIn,
    /// The guide's own data file.
    DataFile,
    /// The quiz's older "Export results" file.
    QuizResults,
    /// A class board's file.
    ClassFile,
    /// Anything else: no link of the guide's, or JSON of another kind.
    Unknown,
}

impl Other {
    /// What a payload or file of `kind` is, to one wanting something else.
    pub fn of(kind: Kind) -> Other {
        match kind {
            Kind::Share => Other::ShareLink,
            Kind::Assignment => Other::Assignment,
            Kind::HandIn => Other::HandIn,
            Kind::Class => Other::ClassFile,
        }
    }
}

/// Why an assignment or a hand-in cannot be read. Never a panic: every
/// input, a 3 MB file or random text, ends here or in a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClassError {
    /// The link's packing is broken: cut, changed, bad characters.
    Damaged { of: Kind, reason: PackError },
    /// Made by a newer version of the guide.
    Newer { of: Kind, version: u64 },
    /// Larger than this kind may be, refused before it is parsed.
    TooLarge { of: Kind, size: usize, limit: usize },
    /// Something else than what was wanted.
    WrongKind { wanted: Kind, found: Other },
    /// It unpacks but does not hold together: the place and the reason.
    Invalid { of: Kind, place: String, reason: String },
    /// A hand-in for another assignment than this class's, named.
    OtherAssignment { name: String },
    /// A hand-in answered with another version of the questions.
    OtherContent,
}

/// The sentences for one kind's errors: damaged, newer, too large, invalid.
fn words(of: Kind) -> [&'static str; 4] {
    let c = &ui().class;
    match of {
        Kind::HandIn => [c.damaged_hand_in, c.newer_hand_in, c.too_large_hand_in, c.invalid_hand_in],
        Kind::Class => [c.damaged_hand_in, c.newer_class, c.too_large_class, c.invalid_class],
        Kind::Assignment | Kind::Share => {
            [c.damaged_assignment, c.newer_assignment, c.too_large_assignment, c.invalid_assignment]
        }
    }
}

impl std::fmt::Display for ClassError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let c = &ui().class;
        let text = match self {
            ClassError::Damaged { of, reason } => fill(words(*of)[0], &[("reason", reason)]),
            ClassError::Newer { of, version } => fill(words(*of)[1], &[("version", version)]),
            ClassError::TooLarge { of, size, limit } => {
                fill(words(*of)[2], &[("size", &figure(*size)), ("limit", &figure(*limit))])
            }
            ClassError::WrongKind { wanted, found } => match (wanted, found) {
                (Kind::HandIn, Other::ShareLink) => c.share_not_hand_in,
                (Kind::HandIn, Other::Assignment) => c.assignment_not_hand_in,
                (Kind::HandIn, Other::DataFile) => c.data_not_hand_in,
                (Kind::HandIn, Other::QuizResults) => c.results_not_hand_in,
                (Kind::HandIn, Other::ClassFile) => c.class_not_hand_in,
                (Kind::HandIn, _) => c.not_hand_in,
                (Kind::Class, Other::HandIn) => c.hand_in_not_class,
                (Kind::Class, _) => c.not_class,
                (_, Other::ShareLink) => c.share_not_assignment,
                (_, Other::HandIn) => c.hand_in_not_assignment,
                (_, _) => c.not_assignment,
            }
            .to_string(),
            ClassError::Invalid { of, place, reason } => {
                let reason = if place.is_empty() {
                    reason.clone()
                } else {
                    fill(ui().edits.place_message, &[("place", place), ("message", reason)])
                };
                fill(words(*of)[3], &[("reason", &reason)])
            }
            ClassError::OtherAssignment { name } => fill(c.other_assignment, &[("name", name)]),
            ClassError::OtherContent => c.other_content.to_string(),
        };
        f.write_str(&text)
    }
}

/// Checks a class JSON's `kind` and `version` before its fields are read,
/// so a file of another kind or a newer version gets that message, not a
/// confusing one about its fields. Assumes the size was checked.
pub fn check_header(text: &str, of: Kind, kind: &str, newest: u32) -> Result<(), ClassError> {
    #[derive(serde::Deserialize)]
    struct Header {
        kind: Option<String>,
        format: Option<String>,
        version: Option<u64>,
    }
    let header: Header = match serde_json::from_str(text) {
        Ok(header) => header,
        // Valid JSON of another shape (a list, a number as "kind").
        Err(e) if e.is_data() => return Err(ClassError::WrongKind { wanted: of, found: Other::Unknown }),
        Err(e) => return Err(invalid(of, text, &e)),
    };
    if header.kind.as_deref() != Some(kind) {
        let found = match (header.kind.as_deref(), header.format.as_deref()) {
            (Some(HAND_IN_KIND), _) => Other::HandIn,
            (Some(ASSIGNMENT_KIND), _) => Other::Assignment,
            (Some(CLASS_KIND), _) => Other::ClassFile,
            (_, Some(crate::model::user::USER_FORMAT)) => Other::DataFile,
            (_, Some(crate::model::content::quiz::RESULTS_FORMAT)) => Other::QuizResults,
            _ => Other::Unknown,
        };
        return Err(ClassError::WrongKind { wanted: of, found });
    }
    match header.version {
        None => Err(ClassError::Invalid { of, place: "version".into(), reason: ui().document.version_missing.into() }),
        Some(version) if version > u64::from(newest) => Err(ClassError::Newer { of, version }),
        Some(_) => Ok(()),
    }
}

/// Refuses `text` above `limit` bytes, before anything parses it.
pub fn check_size(text: &str, of: Kind, limit: usize) -> Result<(), ClassError> {
    if text.len() > limit {
        return Err(ClassError::TooLarge { of, size: text.len(), limit });
    }
    Ok(())
}

/// The payload of `wanted` kind in `text` (a link, a bare payload, or a
/// message around one), its body and version; or, when there is none, what
/// the text holds instead.
pub fn find_one(text: &str, wanted: Kind) -> Result<Found<'_>, ClassError> {
    let found = find_all(text);
    if let Some(one) = found.iter().find(|f| f.kind == wanted) {
        return Ok(*one);
    }
    let other = found.first().map_or(Other::Unknown, |f| Other::of(f.kind));
    Err(ClassError::WrongKind { wanted, found: other })
}

/// A serde error in a class file or link, as [`ClassError::Invalid`]: the
/// JSON path at its line and column and the reason in the page's language.
pub fn invalid(of: Kind, text: &str, e: &serde_json::Error) -> ClassError {
    if e.is_syntax() || e.is_eof() {
        return ClassError::Invalid { of, place: String::new(), reason: crate::model::user::not_json(e) };
    }
    let place = crate::model::base::json_path::path_at(text, e.line(), e.column());
    let reason = crate::model::i18n::json_errors::reason(&crate::model::i18n::json_errors::english(e));
    ClassError::Invalid { of, place, reason }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "tZuxCQBACAOX-m9sLNzNCZzQSQSDKPaOkFwVuBywfJ1";

    #[test]
    fn payloads_are_found_in_links_and_messages_and_told_apart() {
        let text = format!(
            "Hi Ms K, here is mine: https://school.example/guide/#/class?h=h1.{BODY}.\n\
             a1.{BODY}\n(and my data, 1.{BODY}) h3.{BODY} v1.2 h1.short"
        );
        let found = find_all(&text);
        let kinds: Vec<(Kind, u32)> = found.iter().map(|f| (f.kind, f.version)).collect();
        assert_eq!(kinds, [(Kind::HandIn, 1), (Kind::Assignment, 1), (Kind::Share, 1), (Kind::HandIn, 3)]);
        assert!(found.iter().all(|f| f.body == BODY), "the sentence's full stop is not part of the link");
        assert!(find_all("v1.2 in section h1.5, see 2.3.4").is_empty());
        assert!(find_all("caf\u{e9} h1.\u{e9}\u{e9}\u{e9}").is_empty());
    }

    #[test]
    fn one_payload_of_a_kind_or_what_there_is_instead() {
        let link = link("https://x.example/", HAND_IN_PARAM, &format!("h1.{BODY}"));
        assert_eq!(link, format!("https://x.example/#/class?h=h1.{BODY}"));
        assert_eq!(find_one(&link, Kind::HandIn).unwrap().body, BODY);
        let share = format!("https://x.example/#/shared?d=1.{BODY}");
        let err = find_one(&share, Kind::HandIn).unwrap_err();
        assert_eq!(err, ClassError::WrongKind { wanted: Kind::HandIn, found: Other::ShareLink });
        assert!(err.to_string().contains("not a hand-in"), "{err}");
        let err = find_one(&format!("a1.{BODY}"), Kind::HandIn).unwrap_err();
        assert!(err.to_string().contains("assignment"), "{err}");
        let err = find_one("hello there", Kind::Assignment).unwrap_err();
        assert_eq!(err, ClassError::WrongKind { wanted: Kind::Assignment, found: Other::Unknown });
    }

    #[test]
    fn every_error_says_something_of_its_own() {
        let errors = [
            ClassError::Damaged { of: Kind::HandIn, reason: PackError::Checksum },
            ClassError::Damaged { of: Kind::Assignment, reason: PackError::CutShort },
            ClassError::Newer { of: Kind::HandIn, version: 2 },
            ClassError::Newer { of: Kind::Assignment, version: 2 },
            ClassError::TooLarge { of: Kind::HandIn, size: 3_000_000, limit: 200_000 },
            ClassError::TooLarge { of: Kind::Assignment, size: 3_000_000, limit: 200_000 },
            ClassError::WrongKind { wanted: Kind::HandIn, found: Other::QuizResults },
            ClassError::WrongKind { wanted: Kind::HandIn, found: Other::DataFile },
            ClassError::WrongKind { wanted: Kind::Assignment, found: Other::HandIn },
            ClassError::Invalid { of: Kind::HandIn, place: "answers[0]".into(), reason: "odd".into() },
            ClassError::OtherAssignment { name: "Week 3".into() },
            ClassError::OtherContent,
        ];
        let texts: std::collections::HashSet<String> = errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(texts.len(), errors.len());
        assert!(texts.iter().all(|t| !t.is_empty() && !t.contains('{')), "{texts:?}");
        assert!(errors[0].to_string().contains("checksum"));
        assert!(errors[4].to_string().contains("3000000"));
        assert!(errors[9].to_string().contains("answers[0]: odd"));
        assert!(errors[10].to_string().contains("Week 3"));
    }
}
