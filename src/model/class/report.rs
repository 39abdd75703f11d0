//! What the class board shows of a class: per student (score, done or not,
//! time, attempts), per question (% right, how many chose each option, the
//! misconceptions, the median time), and who needs help.
//!
//! Each student counts once, by one attempt: their best (most right, then
//! the latest) or their latest, as the teacher chooses; a student who tried
//! three times is not three students. Students are told apart by name,
//! ignoring case and spaces, since the name is all a hand-in has.

use crate::model::class::Class;
use crate::model::formats::hand_in::HandIn;
use crate::model::i18n::ui_text::{fill, ui};

/// Which of a student's attempts counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AttemptRule {
    /// Most questions right; between equals, the later.
    #[default]
    Best,
    /// The one handed in last.
    Latest,
}

/// Whether the board shows the students' names or "Student 1" to "Student
/// n" (for a projector). The numbers follow the order students were first
/// filed, so they stay the same from one showing to the next.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Names {
    #[default]
    Shown,
    Hidden,
}

/// A wrong answer is a misconception, worth taking up with the class, when
/// at least this many students gave it...
pub const MISCONCEPTION_STUDENTS: usize = 2;
/// ...and at least this share (in per cent) of those who answered: in a
/// class of thirty, two students may be a slip rather than an idea.
pub const MISCONCEPTION_SHARE: usize = 10;

/// One student's line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StudentRow {
    /// Their name, or "Student n" with names hidden.
    pub name: String,
    pub right: usize,
    pub answered: usize,
    pub questions: usize,
    /// Right out of the assignment's questions, rounded down.
    pub percent: u32,
    /// Every question answered.
    pub done: bool,
    /// Seconds spent over the counted attempt's questions.
    pub seconds: u64,
    /// How many attempts they handed in.
    pub attempts: usize,
    /// The counted attempt.
    pub attempt: String,
    /// Against the pass mark, if the assignment has one.
    pub passed: Option<bool>,
}

/// One question's line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionRow {
    pub question: String,
    /// Its place in the assignment, from 1.
    pub number: usize,
    pub answered: usize,
    pub right: usize,
    /// Right out of answered; `None` when no one answered.
    pub percent_right: Option<u32>,
    /// Each response given to a one-answer question, with how many gave it,
    /// most chosen first (matching and ordering have no single option).
    pub options: Vec<(String, usize)>,
    /// The wrong responses enough students gave (see [`MISCONCEPTION_STUDENTS`]).
    pub misconceptions: Vec<(String, usize)>,
    pub median_seconds: Option<u32>,
}

/// Why a student needs help.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpReason {
    BelowPassMark { percent: u32, pass_mark: u8 },
    Unanswered { count: usize },
}

impl HelpReason {
    pub fn message(&self) -> String {
        let c = &ui().class;
        match self {
            HelpReason::BelowPassMark { percent, pass_mark } => {
                fill(c.below_pass_mark, &[("percent", percent), ("pass_mark", pass_mark)])
            }
            HelpReason::Unanswered { count } => c.unanswered.count(*count),
        }
    }
}

/// A student who needs help, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Help {
    pub name: String,
    pub reasons: Vec<HelpReason>,
}

/// The key that tells students apart: the name without case or spaces.
fn student_key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// "Student n", for hidden names.
pub fn hidden_name(n: usize) -> String {
    fill(ui().class.hidden_name, &[("n", &n)])
}

/// One student's hand-ins, as the board counts them.
pub struct Student<'a> {
    /// From 1, in the order students were first filed.
    pub number: usize,
    pub counted: &'a HandIn,
    pub attempts: usize,
}

impl Student<'_> {
    /// The name the board shows.
    pub fn shown(&self, names: Names) -> String {
        match names {
            Names::Shown => self.counted.name.clone(),
            Names::Hidden => hidden_name(self.number),
        }
    }
}

impl Class {
    /// Each student once, by the attempt `rule` counts, in the order they
    /// were first filed.
    pub fn students(&self, rule: AttemptRule) -> Vec<Student<'_>> {
        let mut groups: Vec<(String, Vec<&HandIn>)> = Vec::new();
        let mut index = std::collections::HashMap::new();
        for h in &self.hand_ins {
            let key = student_key(&h.name);
            let i = *index.entry(key.clone()).or_insert_with(|| {
                groups.push((key, Vec::new()));
                groups.len() - 1
            });
            groups[i].1.push(h);
        }
        let right = |h: &HandIn| h.score(&self.questions).0;
        groups
            .into_iter()
            .enumerate()
            .filter_map(|(i, (_, attempts))| {
                let counted = match rule {
                    AttemptRule::Best => attempts.iter().max_by_key(|h| (right(h), h.handed_in)),
                    AttemptRule::Latest => attempts.iter().max_by_key(|h| h.handed_in),
                }?;
                Some(Student { number: i + 1, counted, attempts: attempts.len() })
            })
            .collect()
    }

    /// Each student's line.
    pub fn student_rows(&self, rule: AttemptRule, names: Names) -> Vec<StudentRow> {
        let n = self.questions.len();
        self.students(rule)
            .into_iter()
            .map(|s| {
                let (right, answered) = s.counted.score(&self.questions);
                let percent = if n == 0 { 0 } else { (right * 100 / n) as u32 };
                let seconds =
                    self.questions.iter().filter_map(|q| s.counted.answer(q)).map(|a| u64::from(a.seconds)).sum();
                StudentRow {
                    name: s.shown(names),
                    right,
                    answered,
                    questions: n,
                    percent,
                    done: answered == n,
                    seconds,
                    attempts: s.attempts,
                    attempt: s.counted.attempt.clone(),
                    passed: self.assignment.pass_mark.map(|p| percent >= u32::from(p)),
                }
            })
            .collect()
    }

    /// Each question's line, over the counted attempts.
    pub fn question_rows(&self, rule: AttemptRule) -> Vec<QuestionRow> {
        let students = self.students(rule);
        self.questions
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let answers: Vec<_> =
                    students.iter().filter_map(|s| s.counted.answer(q)).filter(|a| !a.response.is_empty()).collect();
                let right = answers.iter().filter(|a| a.correct).count();
                let mut options: Vec<(String, usize)> = Vec::new();
                let mut wrong: Vec<(String, usize)> = Vec::new();
                for a in answers.iter().filter(|a| a.response.len() == 1) {
                    bump(&mut options, &a.response[0]);
                    if !a.correct {
                        bump(&mut wrong, &a.response[0]);
                    }
                }
                let enough = MISCONCEPTION_STUDENTS.max((answers.len() * MISCONCEPTION_SHARE).div_ceil(100));
                wrong.retain(|(_, count)| *count >= enough);
                let mut seconds: Vec<u32> = answers.iter().map(|a| a.seconds).collect();
                QuestionRow {
                    question: q.clone(),
                    number: i + 1,
                    answered: answers.len(),
                    right,
                    percent_right: (!answers.is_empty()).then(|| (right * 100 / answers.len()) as u32),
                    options: most_first(options),
                    misconceptions: most_first(wrong),
                    median_seconds: median(&mut seconds),
                }
            })
            .collect()
    }

    /// The students below the pass mark or with questions unanswered, in
    /// the board's order.
    pub fn needs_help(&self, rule: AttemptRule, names: Names) -> Vec<Help> {
        self.student_rows(rule, names)
            .into_iter()
            .filter_map(|row| {
                let mut reasons = Vec::new();
                if let (Some(false), Some(pass_mark)) = (row.passed, self.assignment.pass_mark) {
                    reasons.push(HelpReason::BelowPassMark { percent: row.percent, pass_mark });
                }
                if row.answered < row.questions {
                    reasons.push(HelpReason::Unanswered { count: row.questions - row.answered });
                }
                (!reasons.is_empty()).then_some(Help { name: row.name, reasons })
            })
            .collect()
    }
}

/// Seconds as a clock reads them: "m:ss", or "h:mm:ss" from an hour, as the
/// presenter's clock shows them.
pub use crate::model::formats::presentation::clock;

fn bump(counts: &mut Vec<(String, usize)>, value: &str) {
    match counts.iter_mut().find(|(v, _)| v == value) {
        Some((_, n)) => *n += 1,
        None => counts.push((value.to_string(), 1)),
    }
}

/// Most first; between equals, in the order first seen (a stable sort).
fn most_first(mut counts: Vec<(String, usize)>) -> Vec<(String, usize)> {
    counts.sort_by(|a, b| b.1.cmp(&a.1));
    counts
}

/// The middle value; between two middles, their mean rounded down.
fn median(values: &mut [u32]) -> Option<u32> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let mid = values.len() / 2;
    Some(if values.len() % 2 == 1 {
        values[mid]
    } else {
        ((u64::from(values[mid - 1]) + u64::from(values[mid])) / 2) as u32
    })
}

#[cfg(test)]
mod tests {
    use super::{clock, median};

    #[test]
    fn times_read_as_a_clock() {
        assert_eq!([clock(0), clock(65), clock(3_600 + 62)], ["0:00", "1:05", "1:01:02"]);
    }

    #[test]
    fn the_median_is_the_middle_or_the_mean_of_the_two_middles() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [30, 10, 20]), Some(20));
        assert_eq!(median(&mut [40, 10, 20, 30]), Some(25));
        assert_eq!(median(&mut [u32::MAX, u32::MAX]), Some(u32::MAX));
    }
}
