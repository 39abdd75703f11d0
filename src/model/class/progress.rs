//! A student's work on one assignment, as their browser keeps it between
//! visits: the steps (the questions numbered 1 to n, then the tour, then
//! the case map), where they are, each question's answer with its time and
//! tries, the case map, and the name last typed for the hand-in.
//!
//! Kept under a key of its own per assignment ([`storage_key`]), apart from
//! the student's own document: opening an assignment never merges into or
//! replaces anything of theirs. Saved progress that does not read starts the
//! assignment afresh rather than failing.

use crate::model::content::case_map::{Actor, CaseMap};
use crate::model::content::quiz::Verdict;
use crate::model::content::Dataset;
use crate::model::formats::assignment::{Assignment, CaseTask};
use crate::model::formats::hand_in::{Answer, HandIn, NameError};
use serde::{Deserialize, Serialize};

/// The localStorage key of an assignment's progress.
pub fn storage_key(assignment: &str) -> String {
    format!("multitrack.assignment.{assignment}")
}

/// One step of an assignment, in the order a student meets them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Question(String),
    Tour(String),
    CaseMap,
}

/// The assignment's steps: its questions as `content` has them, then its
/// tour, then its case map. The hand-in comes after the last.
pub fn steps(assignment: &Assignment, content: &Dataset) -> Vec<Step> {
    let mut out: Vec<Step> = assignment.question_ids(content).into_iter().map(Step::Question).collect();
    out.extend(assignment.tour.clone().map(Step::Tour));
    out.extend(assignment.case_map.as_ref().map(|_| Step::CaseMap));
    out
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    /// The attempt's id: the same hand-in handed in twice is one on the board.
    pub attempt: String,
    /// The step shown, from 0; the number of steps is the hand-in screen.
    pub step: usize,
    pub answers: Vec<Answer>,
    pub case_map: Option<CaseMap>,
    pub tour_done: bool,
    /// The name last typed, so a second hand-in need not ask again.
    pub name: String,
    /// When this attempt was last handed in, if it was.
    pub handed_in: Option<u64>,
}

impl Progress {
    pub fn new(attempt: impl Into<String>) -> Progress {
        Progress { attempt: attempt.into(), ..Progress::default() }
    }

    /// The stored progress, or `None` if it does not read (the caller
    /// starts afresh).
    pub fn from_json(text: &str) -> Option<Progress> {
        serde_json::from_str::<Progress>(text).ok().filter(|p| !p.attempt.is_empty())
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn answer(&self, question: &str) -> Option<&Answer> {
        self.answers.iter().find(|a| a.question == question)
    }

    /// Records a checked answer: the latest response and verdict, one more
    /// try, and `seconds` more spent on it.
    pub fn record(&mut self, question: &str, response: Vec<String>, verdict: &Verdict, seconds: u32) {
        let (tries, spent) = self.answer(question).map_or((0, 0), |a| (a.tries, a.seconds));
        let answer = Answer {
            question: question.to_string(),
            response,
            correct: verdict.correct,
            right: verdict.right as u32,
            of: verdict.of as u32,
            seconds: spent.saturating_add(seconds),
            tries: tries.saturating_add(1),
        };
        match self.answers.iter_mut().find(|a| a.question == question) {
            Some(kept) => *kept = answer,
            None => self.answers.push(answer),
        }
    }

    /// Moves to step `to`, kept within the steps and the hand-in screen.
    pub fn go(&mut self, to: usize, steps: usize) {
        self.step = to.min(steps);
    }

    /// How many of `steps` are done: questions answered, the tour marked
    /// followed, a case map with an actor on it.
    pub fn done(&self, steps: &[Step]) -> usize {
        steps.iter().filter(|s| self.is_done(s)).count()
    }

    pub fn is_done(&self, step: &Step) -> bool {
        match step {
            Step::Question(id) => self.answer(id).is_some_and(|a| !a.response.is_empty()),
            Step::Tour(_) => self.tour_done,
            Step::CaseMap => self.case_map.as_ref().is_some_and(|m| !m.actors.is_empty()),
        }
    }

    /// The case map being made, started from the task if there is none yet.
    pub fn map_mut(&mut self, task: &CaseTask, content: &Dataset, now: u64) -> &mut CaseMap {
        self.case_map.get_or_insert_with(|| match task {
            CaseTask::Scratch { title } => CaseMap::new("map".into(), title, "", now),
            CaseTask::Real { case } => {
                let title = content.case_study(case).map_or(case.as_str(), |s| s.map.title.as_str());
                CaseMap::new(case.clone(), title, "", now)
            }
        })
    }

    /// Puts one of a real case's actors on `track`, or takes it off the
    /// map with `None`; kept under the worked map's id, so the class board
    /// can compare.
    pub fn place(&mut self, task: &CaseTask, content: &Dataset, actor: &Actor, track: Option<u8>, now: u64) {
        let map = self.map_mut(task, content, now);
        map.actors.retain(|a| a.id != actor.id);
        if let Some(track) = track.filter(|t| (1..=9).contains(t)) {
            map.actors.push(Actor { id: actor.id.clone(), name: actor.name.clone(), track, note: String::new() });
        }
        map.updated = now;
    }

    /// The hand-in of this attempt, with `typed_name`, at `now`.
    pub fn hand_in(
        &self,
        assignment: &Assignment,
        content: &Dataset,
        typed_name: &str,
        now: u64,
    ) -> Result<HandIn, NameError> {
        let mut h = HandIn::new(assignment, typed_name, self.attempt.clone(), now)?;
        let questions = assignment.question_ids(content);
        for id in &questions {
            if let Some(a) = self.answer(id) {
                h.record(a.clone());
            }
        }
        if assignment.case_map.is_some() {
            h.case_map = self.case_map.clone().filter(|m| !m.actors.is_empty());
        }
        Ok(h)
    }

    /// "Start again": a new attempt, from the first step, the name kept.
    pub fn start_again(&mut self, attempt: impl Into<String>) {
        *self = Progress { name: std::mem::take(&mut self.name), ..Progress::new(attempt) };
    }
}

/// An id from a random number and the time: letters and digits, short
/// enough for a link, unlikely to meet another teacher's or student's.
pub fn fresh_id(random: f64, now: u64) -> String {
    let random = (random.clamp(0.0, 1.0) * 2f64.powi(40)) as u64;
    format!("{}{}", base36(now % 36u64.pow(6)), base36(random))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::formats::assignment::{content_version, is_id, BuiltinQuiz};

    fn assignment(content: &Dataset) -> Assignment {
        let mut a = Assignment::new("w1", "Week 1", content_version(content));
        a.quiz = Some(BuiltinQuiz::Only(content.quiz.iter().take(2).map(|q| q.id.clone()).collect()));
        a.tour = content.tours.first().map(|t| t.id.clone());
        a.case_map = Some(CaseTask::Scratch { title: "Water".into() });
        a
    }

    #[test]
    fn the_steps_are_the_questions_then_the_tour_then_the_map() {
        let content = Dataset::builtin_full();
        let steps = steps(&assignment(&content), &content);
        assert_eq!(steps.len(), 4);
        assert_eq!(steps[0], Step::Question(content.quiz[0].id.clone()));
        assert!(matches!(steps[2], Step::Tour(_)));
        assert_eq!(steps[3], Step::CaseMap);
    }

    #[test]
    fn answers_keep_their_tries_and_time_and_make_the_hand_in() {
        let content = Dataset::builtin_full();
        let a = assignment(&content);
        let q = &content.quiz[0];
        let wrong = Verdict { correct: false, right: 0, of: 1, solution: vec![] };
        let right = Verdict { correct: true, right: 1, of: 1, solution: vec![] };
        let mut p = Progress::new("att1");
        p.record(&q.id, vec!["x".into()], &wrong, 20);
        p.record(&q.id, vec![q.answer.clone()], &right, 5);
        let kept = p.answer(&q.id).unwrap();
        assert_eq!((kept.tries, kept.seconds, kept.correct), (2, 25, true));
        let steps = steps(&a, &content);
        assert_eq!(p.done(&steps), 1);
        p.map_mut(a.case_map.as_ref().unwrap(), &content, 1).add_actor("Town council", 1, "").unwrap();
        p.tour_done = true;
        assert_eq!(p.done(&steps), 3);
        assert_eq!(p.hand_in(&a, &content, "  ", 9), Err(NameError::Empty));
        let h = p.hand_in(&a, &content, " Ada ", 9).unwrap();
        assert_eq!((h.name.as_str(), h.attempt.as_str(), h.answers.len()), ("Ada", "att1", 1));
        assert_eq!(h.case_map.as_ref().unwrap().actors.len(), 1);
        assert_eq!(h.check(), Ok(()));
        let back = Progress::from_json(&p.to_json()).unwrap();
        assert_eq!(back, p);
        assert_eq!(Progress::from_json("{not json"), None);
        p.name = "Ada".into();
        p.start_again("att2");
        assert_eq!((p.attempt.as_str(), p.answers.len(), p.name.as_str()), ("att2", 0, "Ada"));
    }

    #[test]
    fn a_real_case_is_mapped_under_the_worked_ids() {
        let content = Dataset::builtin_full();
        let study = &content.case_studies[0];
        let task = CaseTask::Real { case: study.map.id.clone() };
        let mut p = Progress::new("a");
        let actor = &study.map.actors[0];
        p.place(&task, &content, actor, Some(3), 1);
        p.place(&task, &content, actor, Some(4), 2);
        let map = p.case_map.as_ref().unwrap();
        assert_eq!((map.actors.len(), map.actors[0].track, map.actors[0].id.as_str()), (1, 4, actor.id.as_str()));
        p.place(&task, &content, actor, None, 3);
        assert!(p.case_map.as_ref().unwrap().actors.is_empty());
    }

    #[test]
    fn steps_stay_in_range_and_ids_are_ids() {
        let mut p = Progress::new("a");
        p.go(9, 4);
        assert_eq!(p.step, 4);
        for (r, now) in [(0.0, 0), (0.5, 1_765_000_000_000), (1.0, u64::MAX)] {
            let id = fresh_id(r, now);
            assert!(is_id(&id), "{id}");
        }
        assert_ne!(fresh_id(0.1, 5), fresh_id(0.2, 5));
    }
}
