//! The assignment a teacher is making, as the form holds it: plain text
//! and choices, turned into an [`Assignment`] (checked) when the link is
//! made, and the teacher's own questions added, reordered and removed.
//!
//! A draft can start from an assignment already made ("Make another like
//! it"); the new one gets an id of its own, so the two classes' hand-ins
//! never mix.

use crate::model::content::quiz::{NewQuestion, Question, QuestionKind};
use crate::model::content::Dataset;
use crate::model::formats::assignment::{content_version, Assignment, BuiltinQuiz, CaseTask};
use crate::model::formats::class_link::{ClassError, Kind};
use crate::model::i18n::ui_text::ui;

/// Which of the guide's questions the assignment asks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum QuizChoice {
    None,
    #[default]
    All,
    Some,
}

/// Which case map the assignment asks for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CaseChoice {
    #[default]
    None,
    Scratch,
    Real,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    pub name: String,
    pub quiz: QuizChoice,
    /// With [`QuizChoice::Some`]: the guide's questions chosen, by id.
    pub chosen: Vec<String>,
    pub questions: Vec<Question>,
    /// A tour's id, or empty for none.
    pub tour: String,
    pub case: CaseChoice,
    pub case_title: String,
    /// A real case's id.
    pub case_id: String,
    /// As typed: empty for none.
    pub pass_mark: String,
}

fn invalid(place: &str, reason: &str) -> ClassError {
    ClassError::Invalid { of: Kind::Assignment, place: place.into(), reason: reason.into() }
}

/// A pass mark as typed ("60", "60 %"), or `None` when empty.
pub fn parse_pass_mark(text: &str) -> Result<Option<u8>, ClassError> {
    let text = text.trim().trim_end_matches('%').trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u8>() {
        Ok(p) if p <= 100 => Ok(Some(p)),
        _ => Err(invalid("pass_mark", ui().class.pass_mark_range)),
    }
}

impl Draft {
    /// A draft like `a`, to make another assignment from.
    pub fn from_assignment(a: &Assignment) -> Draft {
        let (quiz, chosen) = match &a.quiz {
            None => (QuizChoice::None, Vec::new()),
            Some(BuiltinQuiz::All) => (QuizChoice::All, Vec::new()),
            Some(BuiltinQuiz::Only(ids)) => (QuizChoice::Some, ids.clone()),
        };
        let (case, case_title, case_id) = match &a.case_map {
            None => (CaseChoice::None, String::new(), String::new()),
            Some(CaseTask::Scratch { title }) => (CaseChoice::Scratch, title.clone(), String::new()),
            Some(CaseTask::Real { case }) => (CaseChoice::Real, String::new(), case.clone()),
        };
        Draft {
            name: a.name.clone(),
            quiz,
            chosen,
            questions: a.questions.clone(),
            tour: a.tour.clone().unwrap_or_default(),
            case,
            case_title,
            case_id,
            pass_mark: a.pass_mark.map(|p| p.to_string()).unwrap_or_default(),
        }
    }

    /// Chooses or drops one of the guide's questions; the chosen keep the
    /// quiz's order.
    pub fn toggle(&mut self, id: &str, on: bool, content: &Dataset) {
        self.chosen.retain(|c| c != id);
        if on {
            self.chosen.push(id.to_string());
        }
        let order = |id: &String| content.quiz.iter().position(|q| q.id == *id).unwrap_or(usize::MAX);
        self.chosen.sort_by_key(order);
    }

    /// Moves the teacher's question at `i` one place earlier (`up`) or later.
    pub fn move_question(&mut self, i: usize, up: bool) {
        let j = if up { i.checked_sub(1) } else { Some(i + 1) };
        if let Some(j) = j.filter(|j| *j < self.questions.len() && i < self.questions.len()) {
            self.questions.swap(i, j);
        }
    }

    /// Puts `question` in place of the one with its id, or adds it last.
    pub fn put_question(&mut self, question: Question) {
        match self.questions.iter_mut().find(|q| q.id == question.id) {
            Some(kept) => *kept = question,
            None => self.questions.push(question),
        }
    }

    pub fn remove_question(&mut self, id: &str) {
        self.questions.retain(|q| q.id != id);
    }

    /// An id for a new question of the teacher's, unused in this draft.
    pub fn fresh_question_id(&self) -> String {
        (1..).map(|n| format!("own-{n}")).find(|id| self.questions.iter().all(|q| q.id != *id)).unwrap_or_default()
    }

    /// The assignment, with `id`, checked; or what is wrong and where.
    pub fn build(&self, id: &str, content: &Dataset) -> Result<Assignment, ClassError> {
        let mut a = Assignment::new(id, self.name.trim(), content_version(content));
        a.quiz = match self.quiz {
            QuizChoice::None => None,
            QuizChoice::All => Some(BuiltinQuiz::All),
            QuizChoice::Some if self.chosen.is_empty() => {
                return Err(invalid("quiz.only", ui().class.choose_questions))
            }
            QuizChoice::Some => Some(BuiltinQuiz::Only(self.chosen.clone())),
        };
        a.questions = self.questions.clone();
        a.tour = Some(self.tour.trim().to_string()).filter(|t| !t.is_empty());
        a.case_map = match self.case {
            CaseChoice::None => None,
            CaseChoice::Scratch if self.case_title.trim().is_empty() => {
                return Err(invalid("case_map.scratch", ui().class.case_title_missing))
            }
            CaseChoice::Scratch => Some(CaseTask::Scratch { title: self.case_title.trim().to_string() }),
            CaseChoice::Real => Some(CaseTask::Real { case: self.case_id.trim().to_string() }),
        };
        a.pass_mark = parse_pass_mark(&self.pass_mark)?;
        a.check()?;
        if let Some((place, reason)) = a.unknown_in(content).into_iter().next() {
            return Err(invalid(&place, &reason));
        }
        Ok(a)
    }
}

/// A question as the form shows it, to edit: the right option first.
pub fn as_typed(q: &Question) -> NewQuestion {
    let kind = match q.kind {
        QuestionKind::Track => "track",
        QuestionKind::Principle => "principle",
        _ => "choice",
    };
    let options = match q.kind {
        QuestionKind::Choice => {
            let others = q.options.iter().filter(|o| **o != q.answer);
            std::iter::once(&q.answer).chain(others).cloned().collect::<Vec<_>>().join("\n")
        }
        _ => String::new(),
    };
    NewQuestion {
        kind: kind.into(),
        prompt: q.prompt.clone(),
        answer: q.answer.clone(),
        options,
        explanation: q.explanation.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::content::quiz::NewQuestion;

    fn question(id: &str, prompt: &str) -> Question {
        let new = NewQuestion {
            kind: "choice".into(),
            prompt: prompt.into(),
            answer: String::new(),
            options: "Norway\nSweden".into(),
            explanation: "Fafo hosted them.".into(),
        };
        new.build(id.into(), &[]).unwrap()
    }

    #[test]
    fn a_draft_becomes_a_checked_assignment_and_back() {
        let content = Dataset::builtin_full();
        let mut d = Draft { name: " Week 2 ".into(), pass_mark: "60 %".into(), ..Draft::default() };
        d.quiz = QuizChoice::Some;
        d.toggle(&content.quiz[2].id, true, &content);
        d.toggle(&content.quiz[0].id, true, &content);
        assert_eq!(d.chosen, [content.quiz[0].id.clone(), content.quiz[2].id.clone()], "in the quiz's order");
        d.put_question(question(&d.fresh_question_id(), "Who hosted the 1993 talks?"));
        d.case = CaseChoice::Real;
        d.case_id = content.case_studies[0].map.id.clone();
        let a = d.build("abc123", &content).unwrap();
        assert_eq!((a.name.as_str(), a.pass_mark, a.questions[0].id.as_str()), ("Week 2", Some(60), "own-1"));
        assert_eq!(a.question_ids(&content).len(), 3);
        let again = Draft::from_assignment(&a);
        assert_eq!(again.build("abc123", &content), Ok(a));
    }

    #[test]
    fn what_is_wrong_is_named_with_its_place() {
        let content = Dataset::builtin_full();
        let place = |d: &Draft| match d.build("x1", &content) {
            Err(ClassError::Invalid { place, .. }) => place,
            other => panic!("{other:?}"),
        };
        let named = Draft { name: "A".into(), ..Draft::default() };
        assert!(named.build("x1", &content).is_ok());
        assert_eq!(place(&Draft::default()), "name");
        assert_eq!(place(&Draft { pass_mark: "120".into(), ..named.clone() }), "pass_mark");
        assert_eq!(place(&Draft { pass_mark: "lots".into(), ..named.clone() }), "pass_mark");
        assert_eq!(place(&Draft { quiz: QuizChoice::Some, ..named.clone() }), "quiz.only");
        assert_eq!(place(&Draft { case: CaseChoice::Scratch, ..named.clone() }), "case_map.scratch");
        assert_eq!(place(&Draft { tour: "no-such".into(), ..named.clone() }), "tour");
        assert_eq!(place(&Draft { quiz: QuizChoice::None, ..named }), "");
        assert_eq!(parse_pass_mark(" "), Ok(None));
    }

    #[test]
    fn own_questions_move_and_go() {
        let mut d = Draft::default();
        for n in 0..3 {
            let id = d.fresh_question_id();
            d.put_question(question(&id, &format!("Q{n}")));
        }
        d.move_question(2, true);
        d.move_question(0, true);
        d.move_question(2, false);
        let order: Vec<&str> = d.questions.iter().map(|q| q.prompt.as_str()).collect();
        assert_eq!(order, ["Q0", "Q2", "Q1"]);
        d.put_question(question("own-2", "Q2 again"));
        assert_eq!(d.questions[2].prompt, "Q2 again");
        let typed = as_typed(&d.questions[2]);
        assert_eq!(typed.clone().build("own-2".into(), &[]), Ok(d.questions[2].clone()), "{typed:?}");
        d.remove_question("own-1");
        assert_eq!(d.questions.len(), 2);
        assert_eq!(d.fresh_question_id(), "own-1");
    }
}
