//! The quiz as a lesson: one question a screen, in order, then the results.
//!
//! A student on a phone answers one question at a time, as in Khan Academy
//! or H5P, rather than scrolling one long form. Which question is shown is
//! in the address (`#/quiz/<question id>`, the results at
//! `#/quiz?show=results`), so a reload, a back button or a link lands on
//! it; a bare `#/quiz` resumes from the saved answers, after the last one
//! given. The tiles' right and wrong marks and the results screen's
//! summary (per question and per topic) are worked out here, so that the
//! view only draws them.

use crate::model::base::route::{Page, Route};
use crate::model::content::quiz::{Question, QuestionKind, QuizProgress, Score};

/// The parameter and value that name the results screen.
pub const SHOW: &str = "show";
pub const RESULTS: &str = "results";

/// What the quiz shows: the question at this place in the list, or the results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Question(usize),
    Results,
}

/// The address of a question's screen.
pub fn question_route(id: &str) -> Route {
    Route::item(Page::Quiz, id)
}

/// The address of the results screen.
pub fn results_route() -> Route {
    Route::page(Page::Quiz).with_param(SHOW, RESULTS)
}

/// The screen a route asks for. A question the quiz no longer has (a
/// teacher's question since deleted) and a bare `#/quiz` resume.
pub fn screen_of(route: &Route, ids: &[&str], progress: &QuizProgress) -> Screen {
    if route.param(SHOW) == Some(RESULTS) || ids.is_empty() {
        return Screen::Results;
    }
    route
        .item
        .as_deref()
        .and_then(|item| ids.iter().position(|id| *id == item))
        .map_or_else(|| resume_at(ids, progress), Screen::Question)
}

/// Where a student left off: the first question not yet answered after the
/// one answered last (going round to the start), or the results once every
/// question has an answer.
pub fn resume_at(ids: &[&str], progress: &QuizProgress) -> Screen {
    let answered = |id: &str| progress.result(id).is_some();
    let last = ids
        .iter()
        .enumerate()
        .filter_map(|(i, id)| progress.result(id).map(|r| (r.at, i)))
        .max()
        .map_or(0, |(_, i)| i + 1);
    (0..ids.len())
        .map(|k| (last + k) % ids.len())
        .find(|&i| !answered(ids[i]))
        .map_or(Screen::Results, Screen::Question)
}

/// Where "Previous" leads from question `index`: nowhere from the first.
pub fn previous_route(ids: &[&str], index: usize) -> Option<Route> {
    index.checked_sub(1).and_then(|i| ids.get(i)).map(|id| question_route(id))
}

/// Where "Next" leads from question `index`: the next question, or the
/// results after the last.
pub fn next_route(ids: &[&str], index: usize) -> Route {
    ids.get(index + 1).map_or_else(results_route, |id| question_route(id))
}

/// How far along the quiz question `index` is, in per cent, for the bar.
pub fn percent(index: usize, questions: usize) -> u32 {
    if questions == 0 {
        return 100;
    }
    ((index + 1) * 100 / questions) as u32
}

/// What a tile says once the answer is checked; never colour alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// Not checked, or neither chosen nor the answer.
    Plain,
    /// The student's choice, and right.
    ChosenRight,
    /// The student's choice, and wrong.
    ChosenWrong,
    /// The right answer, which the student did not choose.
    Answer,
}

/// The mark on the tile for `value` of a one-answer question, given the
/// answer as checked (`None` while unchecked).
pub fn choice_mark(value: &str, checked: Option<&[String]>, key: &[String]) -> Mark {
    let Some(answer) = checked else { return Mark::Plain };
    let chosen = answer.first().is_some_and(|a| a == value);
    let right = key.first().is_some_and(|k| k == value);
    match (chosen, right) {
        (true, true) => Mark::ChosenRight,
        (true, false) => Mark::ChosenWrong,
        (false, true) => Mark::Answer,
        (false, false) => Mark::Plain,
    }
}

/// For a question of several parts (matching, ordering): whether part `i`
/// of the answer as checked is right (`None` while unchecked).
pub fn part_right(checked: Option<&[String]>, key: &[String], i: usize) -> Option<bool> {
    checked.map(|answer| answer.get(i).is_some_and(|a| key.get(i) == Some(a)))
}

/// The track a choice names, for its chip: the options of "which track"
/// questions are track numbers.
pub fn choice_track(question: &Question, value: &str) -> Option<u8> {
    match question.kind {
        QuestionKind::Track => value.parse().ok(),
        _ => None,
    }
}

/// What a question is about, for the results' breakdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Topic {
    /// Which track an actor is on; each track's way of making peace.
    Tracks,
    /// Events and cases in date order.
    History,
    Principles,
    /// The worked cases' own questions.
    Cases,
    /// A teacher's own questions.
    Own,
}

impl Topic {
    pub fn of(question: &Question, own: bool) -> Topic {
        if own {
            return Topic::Own;
        }
        match question.kind {
            QuestionKind::MatchPhrases | QuestionKind::Track => Topic::Tracks,
            QuestionKind::Order => Topic::History,
            QuestionKind::Principle => Topic::Principles,
            QuestionKind::Choice => Topic::Cases,
        }
    }
}

/// How one question stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Right,
    Wrong,
    Unanswered,
}

/// One topic's share of the score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TopicScore {
    pub topic: Topic,
    pub score: Score,
}

/// The results screen: the score, each question's status in quiz order,
/// and the score by topic (the topics the quiz asks about, in a fixed order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub score: Score,
    pub statuses: Vec<Status>,
    pub topics: Vec<TopicScore>,
}

/// The summary of `progress` over the quiz's questions (each with whether it
/// is a teacher's own).
pub fn summary(questions: &[(&Question, bool)], progress: &QuizProgress) -> Summary {
    let score = progress.score(questions.iter().map(|(q, _)| q.id.as_str()));
    let mut topics: Vec<TopicScore> = Vec::new();
    let statuses = questions
        .iter()
        .map(|(q, own)| {
            let status = match progress.result(&q.id) {
                Some(r) if r.correct => Status::Right,
                Some(_) => Status::Wrong,
                None => Status::Unanswered,
            };
            let topic = Topic::of(q, *own);
            let at = match topics.iter().position(|t| t.topic == topic) {
                Some(at) => at,
                None => {
                    topics.push(TopicScore { topic, score: Score::default() });
                    topics.len() - 1
                }
            };
            let s = &mut topics[at].score;
            s.questions += 1;
            s.answered += usize::from(status != Status::Unanswered);
            s.right += usize::from(status == Status::Right);
            status
        })
        .collect();
    topics.sort_by_key(|t| t.topic);
    Summary { score, statuses, topics }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::content::quiz::QuizResult;

    fn answered(answers: &[(&str, bool, u64)]) -> QuizProgress {
        let mut p = QuizProgress::default();
        for (id, correct, at) in answers {
            p.record(QuizResult { question: id.to_string(), answer: vec!["1".into()], correct: *correct, at: *at });
        }
        p
    }

    const IDS: [&str; 4] = ["a", "b", "c", "d"];

    #[test]
    fn the_address_names_the_question_and_a_bare_address_resumes() {
        let none = QuizProgress::default();
        assert_eq!(
            screen_of(&Route::page(Page::Quiz), &IDS, &none),
            Screen::Question(0),
            "a new student starts at the first"
        );
        assert_eq!(screen_of(&Route::parse("#/quiz/c"), &IDS, &none), Screen::Question(2));
        assert_eq!(screen_of(&Route::parse("#/quiz?show=results"), &IDS, &none), Screen::Results);
        assert_eq!(Route::parse(&results_route().to_hash()), results_route());
        assert_eq!(Route::parse(&question_route("c").to_hash()), question_route("c"));
        // A deleted question's address resumes rather than failing.
        let p = answered(&[("a", true, 1)]);
        assert_eq!(screen_of(&Route::parse("#/quiz/gone"), &IDS, &p), Screen::Question(1));
        assert_eq!(screen_of(&Route::page(Page::Quiz), &[], &p), Screen::Results, "no questions: nothing to ask");
    }

    #[test]
    fn resuming_goes_on_after_the_last_answer_given_and_ends_at_the_results() {
        // Answered c last: d is next, even though a is still open.
        let p = answered(&[("b", true, 1), ("c", false, 5)]);
        assert_eq!(resume_at(&IDS, &p), Screen::Question(3));
        // Answered d last: round to the first question still open.
        let p = answered(&[("a", true, 1), ("d", false, 5)]);
        assert_eq!(resume_at(&IDS, &p), Screen::Question(1));
        let p = answered(&[("a", true, 1), ("b", true, 2), ("c", true, 3), ("d", false, 4)]);
        assert_eq!(resume_at(&IDS, &p), Screen::Results);
    }

    #[test]
    fn previous_and_next_step_through_the_list_to_the_results() {
        assert_eq!(previous_route(&IDS, 0), None);
        assert_eq!(previous_route(&IDS, 2), Some(question_route("b")));
        assert_eq!(next_route(&IDS, 0), question_route("b"));
        assert_eq!(next_route(&IDS, 3), results_route());
        assert_eq!((percent(0, 4), percent(3, 4), percent(0, 27), percent(0, 0)), (25, 100, 3, 100));
    }

    #[test]
    fn tiles_say_which_was_chosen_and_which_is_right_only_once_checked() {
        let key = vec!["9".to_string()];
        let wrong = vec!["4".to_string()];
        assert_eq!(choice_mark("4", None, &key), Mark::Plain);
        assert_eq!(choice_mark("4", Some(&wrong), &key), Mark::ChosenWrong);
        assert_eq!(choice_mark("9", Some(&wrong), &key), Mark::Answer);
        assert_eq!(choice_mark("1", Some(&wrong), &key), Mark::Plain);
        assert_eq!(choice_mark("9", Some(&key), &key), Mark::ChosenRight);
        let key: Vec<String> = ["x", "y", "z"].map(String::from).to_vec();
        let answer: Vec<String> = ["x", "z", "y"].map(String::from).to_vec();
        let marks: Vec<Option<bool>> = (0..3).map(|i| part_right(Some(&answer), &key, i)).collect();
        assert_eq!(marks, [Some(true), Some(false), Some(false)]);
        assert_eq!(part_right(Some(&[]), &key, 0), Some(false));
        assert_eq!(part_right(None, &key, 0), None, "no marks before checking");
    }

    #[test]
    fn only_track_questions_put_track_chips_on_their_tiles() {
        let content =
            crate::model::content::Dataset::from_json(crate::model::content::Dataset::builtin_json()).unwrap();
        let track = content.quiz.iter().find(|q| q.kind == QuestionKind::Track).unwrap();
        assert_eq!(choice_track(track, "9"), Some(9));
        let principle = content.quiz.iter().find(|q| q.kind == QuestionKind::Principle).unwrap();
        assert_eq!(choice_track(principle, &principle.options[0]), None);
    }

    #[test]
    fn the_summary_scores_each_question_and_each_topic() {
        let content =
            crate::model::content::Dataset::from_json(crate::model::content::Dataset::builtin_json()).unwrap();
        let mut questions: Vec<(&Question, bool)> = content.quiz.iter().map(|q| (q, false)).collect();
        let own = Question { id: "my-1".into(), ..content.quiz[2].clone() };
        questions.push((&own, true));
        let track = content.quiz.iter().find(|q| q.kind == QuestionKind::Track).unwrap();
        let principle = content.quiz.iter().find(|q| q.kind == QuestionKind::Principle).unwrap();
        let p = answered(&[(&track.id, true, 1), (&principle.id, false, 2), ("my-1", true, 3)]);
        let s = summary(&questions, &p);
        assert_eq!(s.score, Score { right: 2, answered: 3, questions: questions.len() });
        assert_eq!(s.statuses.len(), questions.len());
        let at = |id: &str| questions.iter().position(|(q, _)| q.id == id).unwrap();
        assert_eq!(s.statuses[at(&track.id)], Status::Right);
        assert_eq!(s.statuses[at(&principle.id)], Status::Wrong);
        assert_eq!(s.statuses[at("match-phrases")], Status::Unanswered);
        let topics: Vec<Topic> = s.topics.iter().map(|t| t.topic).collect();
        assert_eq!(topics, [Topic::Tracks, Topic::History, Topic::Principles, Topic::Own]);
        let tracks = s.topics[0].score;
        assert_eq!((tracks.right, tracks.answered), (1, 1));
        assert_eq!(tracks.questions, content.quiz.iter().filter(|q| Topic::of(q, false) == Topic::Tracks).count());
        assert_eq!(s.topics[2].score.right, 0);
        assert_eq!(s.topics[3].score, Score { right: 1, answered: 1, questions: 1 });
        let sum: usize = s.topics.iter().map(|t| t.score.questions).sum();
        assert_eq!(sum, questions.len(), "every question in one topic");
    }
}
