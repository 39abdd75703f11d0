//! Self-check quizzes: questions that fit the subject (match each track to
//! its "peacemaking through" phrase, put events in order, say which track an
//! actor belongs to, say which principle is at work), checked at once with an
//! explanation and a citation.
//!
//! The guide's questions are data in the content dataset, validated like the
//! rest; a teacher's own questions use the same type and travel in the user's
//! document, so they are shared by link like everything else. Answers are
//! kept as lists of strings (track numbers, ids, phrases, option texts) so
//! that one saved form and one export fit every kind of question.

use crate::model::content::{Citation, Dataset};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// Each of the nine tracks against its "peacemaking through" phrase.
    MatchPhrases,
    /// The events named in `options`, into date order.
    Order,
    /// Which track the actor in the prompt belongs to; `answer` is its number.
    Track,
    /// Which of the principles in `options` (ids) is at work; `answer` is one.
    Principle,
    /// A teacher's own question: one right `answer` among the `options` texts.
    Choice,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub prompt: String,
    /// Event ids (order), principle ids (principle) or option texts (choice).
    #[serde(default)]
    pub options: Vec<String>,
    /// A track number, a principle id or an option text; empty where the
    /// content itself knows the answer (matching, ordering).
    #[serde(default)]
    pub answer: String,
    /// Why the answer is right, shown with the feedback.
    pub explanation: String,
    #[serde(default)]
    pub cite: Vec<Citation>,
}

/// How an answer fared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub correct: bool,
    /// Parts right (pairs matched, events in place) out of `of`.
    pub right: usize,
    pub of: usize,
    /// The right answer in words, one line per part.
    pub solution: Vec<String>,
}

/// The wording the model writes into answers: a track's label and a
/// matched pair, as templates (`{n}`, `{name}`; `{track}`, `{phrase}`). The
/// views pass the reader's language; [`QuizWords::ENGLISH`] is the default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuizWords<'a> {
    pub pair: &'a str,
}

impl QuizWords<'static> {
    pub const ENGLISH: QuizWords<'static> = QuizWords { pair: "{track}: {phrase}" };
}

impl QuizWords<'_> {
    /// A track as the page's language names it (`Track::label`).
    fn track_label(&self, t: &crate::model::content::Track) -> String {
        t.label()
    }
}

use crate::model::base::template::fill as put;

/// What "Add your own question" may say is wrong, for the views to put in
/// the reader's language (these are the English).
pub const FIELD_QUESTION: &str = "Question";
pub const FIELD_EXPLANATION: &str = "Explanation";
pub const FIELD_OPTIONS: &str = "Options";
pub const FIELD_ANSWER: &str = "Answer";
pub const NO_PROMPT: &str = "write the question";
pub const NO_EXPLANATION: &str = "say why the answer is right; students see it after answering";
pub const FEW_OPTIONS: &str = "give at least two options, one per line, the right one first";

/// A small, stable scramble: the same question always starts the same way,
/// so a reload or a classmate sees the same starting order, yet the start is
/// never the answer itself.
fn scrambled(items: &[String], seed: &str) -> Vec<String> {
    let key = |s: &String| {
        let mut h: u32 = 2_166_136_261;
        for b in seed.bytes().chain(s.bytes()) {
            h = (h ^ u32::from(b)).wrapping_mul(16_777_619);
        }
        h
    };
    let mut out = items.to_vec();
    out.sort_by_key(key);
    if out == items && out.len() > 1 {
        out.rotate_left(1);
    }
    out
}

impl Question {
    /// The choices offered, as `(value, label)`: tracks, principles, phrases
    /// (for matching) or the options; empty for ordering.
    pub fn choices(&self, content: &Dataset) -> Vec<(String, String)> {
        self.choices_in(content, &QuizWords::ENGLISH)
    }

    /// [`Question::choices`], with the tracks labelled in `words`.
    pub fn choices_in(&self, content: &Dataset, words: &QuizWords) -> Vec<(String, String)> {
        match self.kind {
            QuestionKind::Track => {
                content.tracks.iter().map(|t| (t.number.to_string(), words.track_label(t))).collect()
            }
            QuestionKind::Principle => self
                .options
                .iter()
                .map(|id| (id.clone(), content.principle(id).map_or_else(|| id.clone(), |p| p.name.clone())))
                .collect(),
            QuestionKind::Choice => scrambled(&self.options, &self.id).into_iter().map(|o| (o.clone(), o)).collect(),
            QuestionKind::MatchPhrases => {
                let phrases: Vec<String> = content.tracks.iter().map(|t| t.phrase.clone()).collect();
                scrambled(&phrases, &self.id).into_iter().map(|p| (p.clone(), p)).collect()
            }
            QuestionKind::Order => Vec::new(),
        }
    }

    /// What the reader starts from: for ordering, the events scrambled; for
    /// matching, nine empty choices; otherwise no choice yet.
    pub fn blank(&self, content: &Dataset) -> Vec<String> {
        match self.kind {
            QuestionKind::Order => scrambled(&self.options, &self.id),
            QuestionKind::MatchPhrases => vec![String::new(); content.tracks.len()],
            _ => Vec::new(),
        }
    }

    /// The right answer, in the same form as an answer.
    pub fn key(&self, content: &Dataset) -> Vec<String> {
        match self.kind {
            QuestionKind::MatchPhrases => content.tracks.iter().map(|t| t.phrase.clone()).collect(),
            QuestionKind::Order => {
                let mut events: Vec<&String> = self.options.iter().collect();
                events.sort_by_key(|id| content.event(id).map(|e| e.date));
                events.into_iter().cloned().collect()
            }
            _ => vec![self.answer.clone()],
        }
    }

    /// Checks `answer` against the key, part by part.
    pub fn check(&self, content: &Dataset, answer: &[String]) -> Verdict {
        self.check_in(content, answer, &QuizWords::ENGLISH)
    }

    /// [`Question::check`], with the solution written in `words`.
    pub fn check_in(&self, content: &Dataset, answer: &[String], words: &QuizWords) -> Verdict {
        let key = self.key(content);
        let right = key.iter().zip(answer).filter(|(k, a)| k == a).count();
        let of = key.len();
        let solution = match self.kind {
            QuestionKind::MatchPhrases => content
                .tracks
                .iter()
                .map(|t| put(words.pair, &[("track", &words.track_label(t)), ("phrase", &t.phrase)]))
                .collect(),
            QuestionKind::Order => key
                .iter()
                .map(|id| content.event(id).map_or_else(|| id.clone(), |e| format!("{} {}", e.date_label(), e.title)))
                .collect(),
            _ => {
                let choices = self.choices_in(content, words);
                let label = choices.into_iter().find(|(v, _)| *v == self.answer).map(|(_, l)| l);
                vec![label.unwrap_or_else(|| self.answer.clone())]
            }
        };
        Verdict { correct: right == of && answer.len() == of, right, of, solution }
    }

    /// What is wrong with the question, as `(path, message)`. With `content`,
    /// the events and principles it names must exist; a teacher's question
    /// is checked without it, as the user's document does not know the guide.
    pub fn problems(&self, at: &str, content: Option<&Dataset>) -> Vec<(String, String)> {
        let (w, mut out) = (crate::model::content::check_words::words(), Vec::new());
        let mut problem = |field: &str, message: String| out.push((format!("{at}.{field}"), message));
        if self.prompt.trim().is_empty() {
            problem("prompt", w.question_needs_prompt.into());
        }
        if self.explanation.trim().is_empty() {
            problem("explanation", w.question_needs_explanation.into());
        }
        let distinct = {
            let mut seen = std::collections::HashSet::new();
            self.options.iter().all(|o| seen.insert(o.as_str()))
        };
        if !distinct {
            problem("options", w.repeated_option.into());
        }
        let in_options = self.options.contains(&self.answer);
        match self.kind {
            QuestionKind::MatchPhrases => {}
            QuestionKind::Track => {
                if !matches!(self.answer.parse::<u8>(), Ok(1..=9)) {
                    problem("answer", put(w.not_a_track_number, &[("answer", &self.answer)]));
                }
            }
            QuestionKind::Order => {
                if self.options.len() < 3 {
                    problem("options", w.order_needs_three.into());
                }
                if let Some(content) = content {
                    let mut dates = Vec::new();
                    for (i, id) in self.options.iter().enumerate() {
                        match content.event(id) {
                            Some(e) => dates.push(e.date),
                            None => problem(&format!("options[{i}]"), put(w.unknown_event, &[("id", id)])),
                        }
                    }
                    dates.sort();
                    if dates.windows(2).any(|w| w[0] == w[1]) {
                        problem("options", w.shared_date.into());
                    }
                }
            }
            QuestionKind::Principle | QuestionKind::Choice => {
                if self.options.len() < 2 {
                    problem("options", w.needs_two_options.into());
                }
                if !in_options {
                    problem("answer", put(w.not_an_option, &[("answer", &self.answer)]));
                }
                if let (QuestionKind::Principle, Some(content)) = (self.kind, content) {
                    for (i, id) in self.options.iter().enumerate() {
                        if content.principle(id).is_none() {
                            problem(&format!("options[{i}]"), put(w.unknown_principle, &[("id", id)]));
                        }
                    }
                }
            }
        }
        out
    }
}

/// A question as typed into "Add your own question", before it is checked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NewQuestion {
    /// "track", "principle" or "choice".
    pub kind: String,
    pub prompt: String,
    /// The right answer: a track number or principle id (chosen from a
    /// list), or for "choice" the first of `options`.
    pub answer: String,
    /// For "choice": one option per line, the right one first.
    pub options: String,
    pub explanation: String,
}

impl NewQuestion {
    /// The question, or the problem with the field that has it.
    pub fn build(self, id: String, principles: &[String]) -> Result<Question, (&'static str, String)> {
        let prompt = self.prompt.trim().to_string();
        if prompt.is_empty() {
            return Err((FIELD_QUESTION, NO_PROMPT.into()));
        }
        let explanation = self.explanation.trim().to_string();
        if explanation.is_empty() {
            return Err((FIELD_EXPLANATION, NO_EXPLANATION.into()));
        }
        let (kind, options, answer) = match self.kind.as_str() {
            "track" => (QuestionKind::Track, Vec::new(), self.answer),
            "principle" => {
                // The right principle and three others, so the choice is real.
                let mut options: Vec<String> =
                    principles.iter().filter(|p| **p != self.answer).take(3).cloned().collect();
                options.push(self.answer.clone());
                options.sort();
                (QuestionKind::Principle, options, self.answer)
            }
            _ => {
                let options: Vec<String> =
                    self.options.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect();
                if options.len() < 2 {
                    return Err((FIELD_OPTIONS, FEW_OPTIONS.into()));
                }
                let answer = options[0].clone();
                (QuestionKind::Choice, options, answer)
            }
        };
        let question = Question { id, kind, prompt, options, answer, explanation, cite: Vec::new() };
        match question.problems("", None).into_iter().next() {
            Some((_, message)) => Err((FIELD_ANSWER, message)),
            None => Ok(question),
        }
    }
}

/// One question answered: what was given and whether it was right.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizResult {
    pub question: String,
    pub answer: Vec<String>,
    pub correct: bool,
    /// When, in milliseconds since 1970 (for merging two tabs).
    #[serde(default)]
    pub at: u64,
}

/// A student's answers so far, kept in their browser.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizProgress {
    /// The name to put on exported results; never sent anywhere.
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub results: Vec<QuizResult>,
}

/// Questions right, questions answered, questions in the quiz.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Score {
    pub right: usize,
    pub answered: usize,
    pub questions: usize,
}

impl QuizProgress {
    pub fn result(&self, question: &str) -> Option<&QuizResult> {
        self.results.iter().find(|r| r.question == question)
    }

    /// Keeps the latest answer to each question.
    pub fn record(&mut self, result: QuizResult) {
        self.results.retain(|r| r.question != result.question);
        self.results.push(result);
    }

    /// The score over the questions of the quiz as it is now: answers to
    /// questions since removed do not count.
    pub fn score<'a>(&self, questions: impl IntoIterator<Item = &'a str>) -> Score {
        let mut score = Score::default();
        for id in questions {
            score.questions += 1;
            if let Some(r) = self.result(id) {
                score.answered += 1;
                score.right += usize::from(r.correct);
            }
        }
        score
    }

    /// Two tabs' answers: the later answer to each question wins.
    pub fn merge(&self, other: &QuizProgress) -> QuizProgress {
        let mut out = self.clone();
        for r in &other.results {
            match out.results.iter_mut().find(|m| m.question == r.question) {
                Some(mine) if mine.at >= r.at => {}
                Some(mine) => *mine = r.clone(),
                None => out.results.push(r.clone()),
            }
        }
        if out.name.is_empty() {
            out.name = other.name.clone();
        }
        out
    }
}

pub const RESULTS_FORMAT: &str = "multitrack-quiz-results";

#[derive(Serialize)]
struct ResultsFile<'a> {
    format: &'static str,
    version: u32,
    name: &'a str,
    date: &'a str,
    score: Score,
    results: Vec<ResultRow<'a>>,
}

#[derive(Serialize)]
struct ResultRow<'a> {
    question: &'a str,
    prompt: &'a str,
    answer: &'a [String],
    correct: bool,
    right_answer: Vec<String>,
}

/// "Export results": the student's name, the date, the score and each
/// answered question with the right answer beside theirs (in `words`), for the teacher.
pub fn results_json(
    progress: &QuizProgress,
    questions: &[&Question],
    content: &Dataset,
    date: &str,
    words: &QuizWords,
) -> String {
    let score = progress.score(questions.iter().map(|q| q.id.as_str()));
    let results = questions
        .iter()
        .filter_map(|q| {
            let r = progress.result(&q.id)?;
            Some(ResultRow {
                question: &q.id,
                prompt: &q.prompt,
                answer: &r.answer,
                correct: r.correct,
                right_answer: q.check_in(content, &r.answer, words).solution,
            })
        })
        .collect();
    let file = ResultsFile { format: RESULTS_FORMAT, version: 1, name: &progress.name, date, score, results };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content() -> Dataset {
        Dataset::builtin()
    }

    fn question(kind: QuestionKind, options: &[&str], answer: &str) -> Question {
        Question {
            id: "q".into(),
            kind,
            prompt: "Which?".into(),
            options: options.iter().map(|s| s.to_string()).collect(),
            answer: answer.into(),
            explanation: "Because.".into(),
            cite: Vec::new(),
        }
    }

    #[test]
    fn matching_counts_each_pair_and_names_the_right_phrases() {
        let content = content();
        let q = question(QuestionKind::MatchPhrases, &[], "");
        let mut answer = q.key(&content);
        assert!(q.check(&content, &answer).correct);
        answer.swap(0, 1);
        let verdict = q.check(&content, &answer);
        assert_eq!((verdict.correct, verdict.right, verdict.of), (false, 7, 9));
        assert!(verdict.solution[0].ends_with(&content.tracks[0].phrase));
        assert_eq!(q.blank(&content), vec![String::new(); 9]);
        let offered: Vec<String> = q.choices(&content).into_iter().map(|(v, _)| v).collect();
        assert_eq!(offered.len(), 9);
        assert_ne!(offered, q.key(&content), "the phrases are not offered in the answer's order");
    }

    #[test]
    fn ordering_starts_scrambled_and_is_right_only_in_date_order() {
        let content = content();
        let ids: Vec<&str> = content.events.iter().take(4).map(|e| e.id.as_str()).collect();
        let q = question(QuestionKind::Order, &ids, "");
        let start = q.blank(&content);
        assert_ne!(start, q.key(&content));
        assert_eq!(q.blank(&content), start, "the same start every time");
        assert!(!q.check(&content, &start).correct);
        let verdict = q.check(&content, &q.key(&content));
        assert_eq!((verdict.correct, verdict.right), (true, 4));
        assert!(verdict.solution[0].contains(&content.events[0].title));
    }

    #[test]
    fn one_answer_questions_are_right_or_wrong() {
        let content = content();
        let q = question(QuestionKind::Track, &[], "9");
        assert!(q.check(&content, &["9".into()]).correct);
        let wrong = q.check(&content, &["4".into()]);
        assert!(!wrong.correct);
        assert_eq!(wrong.solution, vec![content.tracks[8].label()]);
        assert!(!q.check(&content, &[]).correct, "no answer is not right");
        let q = question(QuestionKind::Principle, &["trust", "invitation"], "invitation");
        assert_eq!(q.check(&content, &["invitation".into()]).solution, vec!["Invitation".to_string()]);
    }

    #[test]
    fn problems_name_the_field() {
        let content = content();
        let q = question(QuestionKind::Track, &[], "12");
        assert_eq!(
            q.problems("quiz[0]", None)[0],
            ("quiz[0].answer".into(), "\"12\" is not a track number from 1 to 9".into())
        );
        let q = question(QuestionKind::Principle, &["trust", "nothing"], "trust");
        assert_eq!(q.problems("quiz[1]", Some(&content))[0].0, "quiz[1].options[1]");
        assert!(q.problems("quiz[1]", None).is_empty(), "without the content, ids are not looked up");
        let q = question(QuestionKind::Choice, &["a", "b"], "c");
        assert_eq!(q.problems("q", None)[0].1, "\"c\" is not one of the options");
        let q = question(QuestionKind::Order, &["a", "b"], "");
        assert_eq!(q.problems("q", None)[0].1, "put at least three events in order");
        let mut q = question(QuestionKind::Choice, &["a", "a"], "a");
        q.explanation.clear();
        assert_eq!(q.problems("q", None).len(), 2);
    }

    #[test]
    fn a_teachers_question_is_built_with_field_named_errors() {
        let principles: Vec<String> = content().principles.items.iter().map(|p| p.id.clone()).collect();
        let new = |kind: &str, answer: &str, options: &str| NewQuestion {
            kind: kind.into(),
            prompt: "A radio station hosts callers from both sides. Which track?".into(),
            answer: answer.into(),
            options: options.into(),
            explanation: "Media.".into(),
        };
        let q = new("track", "9", "").build("my-1".into(), &principles).unwrap();
        assert_eq!((q.kind, q.answer.as_str()), (QuestionKind::Track, "9"));
        let q = new("principle", "trust", "").build("my-2".into(), &principles).unwrap();
        assert_eq!(q.options.len(), 4);
        assert!(q.options.contains(&"trust".to_string()));
        let q = new("choice", "", "Media\n\n Business \n").build("my-3".into(), &principles).unwrap();
        assert_eq!((q.options.len(), q.answer.as_str()), (2, "Media"));
        assert_eq!(new("choice", "", "Only one").build("x".into(), &principles).unwrap_err().0, "Options");
        assert_eq!(new("track", "", "").build("x".into(), &principles).unwrap_err().0, "Answer");
        let mut blank = new("track", "9", "");
        blank.prompt = " ".into();
        assert_eq!(blank.build("x".into(), &principles).unwrap_err().0, "Question");
    }

    #[test]
    fn progress_keeps_the_latest_answer_scores_and_merges() {
        let mut p = QuizProgress::default();
        p.record(QuizResult { question: "a".into(), answer: vec!["1".into()], correct: false, at: 1 });
        p.record(QuizResult { question: "a".into(), answer: vec!["9".into()], correct: true, at: 2 });
        p.record(QuizResult { question: "b".into(), answer: vec!["2".into()], correct: false, at: 3 });
        p.record(QuizResult { question: "gone".into(), answer: vec![], correct: true, at: 3 });
        assert_eq!(p.score(["a", "b", "c"]), Score { right: 1, answered: 2, questions: 3 });
        let mut other = QuizProgress { name: "Ada".into(), ..QuizProgress::default() };
        other.record(QuizResult { question: "b".into(), answer: vec!["9".into()], correct: true, at: 9 });
        other.record(QuizResult { question: "a".into(), answer: vec!["1".into()], correct: false, at: 0 });
        let merged = p.merge(&other);
        assert_eq!(merged.score(["a", "b"]), Score { right: 2, answered: 2, questions: 2 });
        assert_eq!(merged.name, "Ada");
    }

    #[test]
    fn exported_results_carry_the_score_and_the_right_answers() {
        let content = content();
        let q = question(QuestionKind::Track, &[], "9");
        let mut p = QuizProgress { name: "Sam".into(), ..QuizProgress::default() };
        p.record(QuizResult { question: "q".into(), answer: vec!["4".into()], correct: false, at: 1 });
        let json = results_json(&p, &[&q], &content, "2026-11-24", &QuizWords::ENGLISH);
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["format"], RESULTS_FORMAT);
        assert_eq!(value["name"], "Sam");
        assert_eq!(value["score"]["answered"], 1);
        assert_eq!(value["score"]["right"], 0);
        assert_eq!(value["results"][0]["right_answer"][0], content.tracks[8].label());
    }
}
