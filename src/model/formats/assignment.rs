//! An assignment: what a teacher asks a class to do, sent as one link.
//!
//! It holds what a student's browser needs to start at once and nothing
//! about anyone: a name, what to do (the guide's quiz or some of its
//! questions, the teacher's own questions, a tour, a case map from scratch
//! or of a real case), an optional pass mark, and the version of the guide's
//! questions it was made against, so hand-ins answered against other
//! questions are not mixed in. The teacher's own questions travel inside it,
//! as the student's guide has no other way to know them.
//!
//! Typed and versioned like every format here: `a1.` links (see
//! `class_link`), and its JSON names `"kind": "multitrack-assignment"` and a
//! version, so a newer one is refused with that reason.

use crate::model::content::quiz::Question;
use crate::model::content::Dataset;
use crate::model::formats::class_link::{self, ClassError, Kind, ASSIGNMENT_KIND, ASSIGNMENT_PARAM};
use crate::model::formats::packed::{self, Dictionary};
use crate::model::i18n::ui_text::{figure, fill, ui};
use serde::{Deserialize, Serialize};

/// The assignment format this build writes and the newest it reads.
pub const ASSIGNMENT_VERSION: u32 = 1;
/// An assignment unpacks to at most this many bytes: a few hundred of the
/// teacher's own questions, far more than a lesson holds.
pub const MAX_ASSIGNMENT_BYTES: usize = 200_000;
/// Ids (the assignment's, an attempt's) are at most this long.
pub const MAX_ID: usize = 40;
/// A name longer than this is not a name but a paragraph.
pub const MAX_NAME_CHARS: usize = 120;

/// Which of the guide's own questions to answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BuiltinQuiz {
    /// The whole quiz, as the student's guide has it.
    All,
    /// These questions, in this order.
    Only(Vec<String>),
}

/// The case map to make.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseTask {
    /// A map of the conflict the title names, from an empty map.
    Scratch { title: String },
    /// The actors of one of the guide's real cases, by its id, to place on
    /// the tracks; compared with the worked map on the class board.
    Real { case: String },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assignment {
    pub kind: String,
    pub version: u32,
    /// Made by the caller, random enough that two teachers' assignments
    /// never share one: hand-ins are filed by it.
    pub id: String,
    pub name: String,
    /// The guide's questions as they were ([`content_version`]).
    pub content_version: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quiz: Option<BuiltinQuiz>,
    /// The teacher's own questions, after the guide's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<Question>,
    /// One of the guide's tours to follow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tour: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_map: Option<CaseTask>,
    /// The percentage of questions right to pass, 0 to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass_mark: Option<u8>,
}

/// The version of the guide's questions: a checksum of what each asks for
/// and expects that does not depend on the language (ids, kinds, the events
/// and principles named, track numbers), so a student reading in French
/// hands in against the same version as a teacher reading in English, while
/// a release that changes a question makes a new one.
pub fn content_version(content: &Dataset) -> String {
    let mut text = format!("{}", content.version);
    for q in &content.quiz {
        text.push_str(&format!("\n{}:{:?}", q.id, q.kind));
        if !matches!(q.kind, crate::model::content::quiz::QuestionKind::Choice) {
            // Choice options are the prose of the question's language; the others are ids.
            text.push_str(&format!(":{}:{}", q.options.join(","), q.answer));
        }
    }
    format!("q{:08x}", adler2::adler32_slice(text.as_bytes()))
}

/// Whether `id` can name an assignment or an attempt: short, and only
/// letters, digits, `-` and `_`, so it is safe in a file name and a key.
pub fn is_id(id: &str) -> bool {
    (1..=MAX_ID).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn invalid(place: &str, reason: impl Into<String>) -> ClassError {
    ClassError::Invalid { of: Kind::Assignment, place: place.into(), reason: reason.into() }
}

impl Assignment {
    /// An assignment with nothing to do yet.
    pub fn new(id: impl Into<String>, name: impl Into<String>, content_version: impl Into<String>) -> Assignment {
        Assignment {
            kind: ASSIGNMENT_KIND.into(),
            version: ASSIGNMENT_VERSION,
            id: id.into(),
            name: name.into(),
            content_version: content_version.into(),
            quiz: None,
            questions: Vec::new(),
            tour: None,
            case_map: None,
            pass_mark: None,
        }
    }

    /// The rules serde cannot express, checked without the guide's content:
    /// an id, a name, something to do, a pass mark in range, the teacher's
    /// questions sound and their ids unique.
    pub fn check(&self) -> Result<(), ClassError> {
        let c = &ui().class;
        if !is_id(&self.id) {
            return Err(invalid("id", c.bad_id));
        }
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
            return Err(invalid("name", fill(c.assignment_name, &[("limit", &figure(MAX_NAME_CHARS))])));
        }
        if self.content_version.trim().is_empty() {
            return Err(invalid("content_version", ui().document.version_missing));
        }
        let nothing = match &self.quiz {
            None => true,
            Some(BuiltinQuiz::All) => false,
            Some(BuiltinQuiz::Only(ids)) => ids.is_empty(),
        };
        if nothing && self.questions.is_empty() && self.tour.is_none() && self.case_map.is_none() {
            return Err(invalid("", c.nothing_to_do));
        }
        if self.pass_mark.is_some_and(|p| p > 100) {
            return Err(invalid("pass_mark", c.pass_mark_range));
        }
        let mut seen = std::collections::HashSet::new();
        let builtin = match &self.quiz {
            Some(BuiltinQuiz::Only(ids)) => ids.as_slice(),
            _ => &[],
        };
        for (i, id) in builtin.iter().enumerate() {
            if !seen.insert(id.as_str()) {
                return Err(invalid(&format!("quiz.only[{i}]"), fill(c.question_twice, &[("id", id)])));
            }
        }
        for (i, q) in self.questions.iter().enumerate() {
            let at = format!("questions[{i}]");
            if !seen.insert(q.id.as_str()) {
                return Err(invalid(&format!("{at}.id"), fill(c.question_twice, &[("id", &q.id)])));
            }
            // Like the reader's document: a teacher's question cannot cite
            // the guide's references, which the assignment does not carry.
            if !q.cite.is_empty() {
                return Err(invalid(&format!("{at}.cite"), ui().document.question_cite));
            }
            if let Some((place, message)) = q.problems(&at, None).into_iter().next() {
                return Err(invalid(&place, message));
            }
        }
        match (&self.tour, &self.case_map) {
            (Some(t), _) if t.trim().is_empty() => Err(invalid("tour", c.missing_id)),
            (_, Some(CaseTask::Real { case })) if case.trim().is_empty() => Err(invalid("case_map.real", c.missing_id)),
            _ => Ok(()),
        }
    }

    /// What the assignment names that `content` lacks (a question, a tour, a
    /// case), as `(place, message)`: a teacher's guide may be newer than a
    /// student's. `content` should have the cases joined in.
    pub fn unknown_in(&self, content: &Dataset) -> Vec<(String, String)> {
        let c = &ui().class;
        let mut out = Vec::new();
        if let Some(BuiltinQuiz::Only(ids)) = &self.quiz {
            for (i, id) in ids.iter().enumerate() {
                if !content.quiz.iter().any(|q| q.id == *id) {
                    out.push((format!("quiz.only[{i}]"), fill(c.unknown_question, &[("id", id)])));
                }
            }
        }
        if let Some(tour) = &self.tour {
            if !content.tours.iter().any(|t| t.id == *tour) {
                out.push(("tour".into(), fill(c.unknown_tour, &[("id", tour)])));
            }
        }
        if let Some(CaseTask::Real { case }) = &self.case_map {
            if content.case_study(case).is_none() {
                out.push(("case_map.real".into(), fill(c.unknown_case, &[("id", case)])));
            }
        }
        out
    }

    /// The questions to answer, numbered 1 to n in this order: the guide's
    /// (those `content` has), then the teacher's.
    pub fn question_ids(&self, content: &Dataset) -> Vec<String> {
        let builtin = content.quiz.iter().map(|q| q.id.clone());
        let mut ids: Vec<String> = match &self.quiz {
            None => Vec::new(),
            Some(BuiltinQuiz::All) => builtin.collect(),
            Some(BuiltinQuiz::Only(only)) => {
                only.iter().filter(|id| content.quiz.iter().any(|q| q.id == **id)).cloned().collect()
            }
        };
        ids.extend(self.questions.iter().map(|q| q.id.clone()));
        ids
    }

    /// The question `id` of this assignment: the teacher's or the guide's.
    pub fn question<'a>(&'a self, id: &str, content: &'a Dataset) -> Option<&'a Question> {
        self.questions.iter().find(|q| q.id == id).or_else(|| content.quiz.iter().find(|q| q.id == id))
    }

    /// The assignment as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads an assignment's JSON: the kind and version first, then the
    /// fields, then [`Assignment::check`].
    pub fn from_json(text: &str) -> Result<Assignment, ClassError> {
        class_link::check_size(text, Kind::Assignment, MAX_ASSIGNMENT_BYTES)?;
        class_link::check_header(text, Kind::Assignment, ASSIGNMENT_KIND, ASSIGNMENT_VERSION)?;
        let assignment: Assignment =
            serde_json::from_str(text).map_err(|e| class_link::invalid(Kind::Assignment, text, &e))?;
        assignment.check()?;
        Ok(Assignment { version: ASSIGNMENT_VERSION, ..assignment })
    }

    /// The payload, prefix included.
    pub fn encode(&self, dictionary: Dictionary) -> String {
        let json = serde_json::to_string(self).unwrap_or_default();
        format!("{}{}", Kind::Assignment.prefix(ASSIGNMENT_VERSION), packed::pack(json.as_bytes(), dictionary))
    }

    /// The link that starts the assignment on the page at `page_address`
    /// (without its fragment), or why there can be none.
    pub fn link(&self, page_address: &str, dictionary: Dictionary) -> Result<String, String> {
        let url = class_link::link(page_address, ASSIGNMENT_PARAM, &self.encode(dictionary));
        let limit = crate::model::formats::share::MAX_LINK;
        if url.len() > limit {
            let sizes: [(&str, &dyn std::fmt::Display); 2] =
                [("length", &figure(url.len())), ("limit", &figure(limit))];
            return Err(fill(ui().messages.share_too_long, &sizes));
        }
        Ok(url)
    }

    /// The assignment in `text`: its link, its bare payload, or a message
    /// with the link in it; or what is wrong.
    pub fn decode(text: &str, dictionary: Dictionary) -> Result<Assignment, ClassError> {
        let found = class_link::find_one(text, Kind::Assignment)?;
        if found.version > ASSIGNMENT_VERSION {
            return Err(ClassError::Newer { of: Kind::Assignment, version: found.version.into() });
        }
        // A body longer than what it may unpack to is refused before any work.
        class_link::check_size(found.body, Kind::Assignment, MAX_ASSIGNMENT_BYTES)?;
        let json = packed::unpack(found.body, dictionary, MAX_ASSIGNMENT_BYTES)
            .map_err(|reason| ClassError::Damaged { of: Kind::Assignment, reason })?;
        Assignment::from_json(&json)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::content::quiz::NewQuestion;

    fn teachers_question(id: &str) -> Question {
        let new = NewQuestion {
            kind: "choice".into(),
            prompt: "Who hosted the 1993 talks?".into(),
            answer: String::new(),
            options: "Norway\nSweden\nDenmark".into(),
            explanation: "Fafo, a Norwegian institute, hosted them.".into(),
        };
        new.build(id.into(), &[]).unwrap()
    }

    pub(crate) fn sample(content: &Dataset) -> Assignment {
        let mut a = Assignment::new("k3x9-week3", "Week 3: tracks", content_version(content));
        a.quiz = Some(BuiltinQuiz::Only(content.quiz.iter().take(3).map(|q| q.id.clone()).collect()));
        a.questions.push(teachers_question("mine-1"));
        a.tour = content.tours.first().map(|t| t.id.clone());
        a.case_map = Some(CaseTask::Scratch { title: "Our town's water dispute".into() });
        a.pass_mark = Some(60);
        a
    }

    #[test]
    fn an_assignment_round_trips_as_a_link_and_lists_its_questions() {
        let content = Dataset::builtin_full();
        let a = sample(&content);
        assert_eq!(a.check(), Ok(()));
        let url = a.link("https://school.example/guide/", Dictionary::builtin()).unwrap();
        assert!(url.starts_with("https://school.example/guide/#/class?a=a1."), "{url}");
        assert_eq!(Assignment::decode(&url, Dictionary::builtin()), Ok(a.clone()));
        let payload = a.encode(Dictionary::builtin());
        assert_eq!(
            Assignment::decode(&format!("Here is this week's work: {payload} thanks"), Dictionary::builtin()),
            Ok(a.clone())
        );
        let ids = a.question_ids(&content);
        assert_eq!(ids.len(), 4);
        assert_eq!(ids[3], "mine-1");
        assert_eq!(a.question("mine-1", &content).unwrap().answer, "Norway");
        assert_eq!(a.question(&ids[0], &content).unwrap().id, content.quiz[0].id);
        let all = Assignment { quiz: Some(BuiltinQuiz::All), ..a.clone() };
        assert_eq!(all.question_ids(&content).len(), content.quiz.len() + 1);
        assert_eq!(Assignment::from_json(&a.to_json()), Ok(a));
    }

    #[test]
    fn a_bad_assignment_says_what_is_wrong() {
        let content = Dataset::builtin_full();
        let good = sample(&content);
        let err = |a: Assignment| a.check().unwrap_err().to_string();
        assert!(err(Assignment { pass_mark: Some(120), ..good.clone() }).contains("0 to 100"));
        assert!(err(Assignment { name: "  ".into(), ..good.clone() }).contains("name"));
        assert!(err(Assignment { id: "a b".into(), ..good.clone() }).contains("id"));
        let empty = Assignment::new("x1", "Nothing", "q1");
        assert!(err(empty).contains("something to do"));
        let mut twice = good.clone();
        twice.questions.push(teachers_question("mine-1"));
        assert!(err(twice).contains("mine-1"));
        let mut unknown = good.clone();
        unknown.quiz = Some(BuiltinQuiz::Only(vec!["no-such-question".into()]));
        unknown.tour = Some("no-such-tour".into());
        unknown.case_map = Some(CaseTask::Real { case: "nowhere".into() });
        let places: Vec<String> = unknown.unknown_in(&Dataset::builtin_full()).into_iter().map(|(p, _)| p).collect();
        assert_eq!(places, ["quiz.only[0]", "tour", "case_map.real"]);
        assert!(good.unknown_in(&Dataset::builtin_full()).is_empty());
    }

    #[test]
    fn other_links_and_damage_are_named() {
        let content = Dataset::builtin_full();
        let payload = sample(&content).encode(Dictionary::builtin());
        let decode = |text: &str| Assignment::decode(text, Dictionary::builtin()).unwrap_err();
        let newer = payload.replacen("a1.", "a2.", 1);
        assert_eq!(decode(&newer), ClassError::Newer { of: Kind::Assignment, version: 2 });
        let mut cut = payload.clone();
        cut.truncate(payload.len() - 5);
        assert!(matches!(decode(&cut), ClassError::Damaged { .. }), "{}", decode(&cut));
        let share = format!("1.{}", &payload[3..]);
        assert!(decode(&share).to_string().contains("not an assignment"), "{}", decode(&share));
        assert!(matches!(decode("nothing here"), ClassError::WrongKind { .. }));
        let json = sample(&content).to_json().replace("\"version\": 1", "\"version\": 9");
        assert_eq!(Assignment::from_json(&json), Err(ClassError::Newer { of: Kind::Assignment, version: 9 }));
        assert!(Assignment::from_json("[1, 2]").unwrap_err().to_string().contains("not an assignment"));
    }

    #[test]
    fn the_content_version_ignores_the_language_but_not_the_questions() {
        let content = Dataset::builtin_full();
        let version = content_version(&content);
        assert!(version.starts_with('q') && version.len() == 9, "{version}");
        let mut translated = content.clone();
        for q in &mut translated.quiz {
            q.prompt = format!("En fran\u{e7}ais : {}", q.prompt);
        }
        assert_eq!(content_version(&translated), version);
        let mut changed = content.clone();
        changed.quiz.pop();
        assert_ne!(content_version(&changed), version);
    }
}
