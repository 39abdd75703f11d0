//! The class board over a made-up class: filing, bad input, the figures,
//! the overlay, the CSV, hidden names, and the board's own file.

use super::report::{AttemptRule, HelpReason, Names};
use super::*;
use crate::model::content::case_map::{Actor, CaseMap};
use crate::model::formats::assignment::{content_version, BuiltinQuiz, CaseTask};
use crate::model::formats::hand_in::Answer;

fn dictionary() -> Dictionary {
    Dictionary::builtin()
}

/// An assignment of the guide's first three questions, pass mark 50.
fn class() -> Class {
    let content = Dataset::builtin_full();
    let mut a = Assignment::new("w3-7f2k", "Week 3", content_version(&content));
    a.quiz = Some(BuiltinQuiz::Only(content.quiz.iter().take(3).map(|q| q.id.clone()).collect()));
    a.case_map = Some(CaseTask::Scratch { title: "Water".into() });
    a.pass_mark = Some(50);
    Class::new(a, &content)
}

/// A hand-in answering the class's questions with `responses` ("" leaves
/// one unanswered; a response starting with "x" is wrong).
fn hand_in(class: &Class, name: &str, attempt: &str, at: u64, responses: &[&str]) -> HandIn {
    let mut h = HandIn::new(&class.assignment, name, attempt.into(), at).unwrap();
    for (q, r) in class.questions.iter().zip(responses) {
        if r.is_empty() {
            continue;
        }
        let correct = !r.starts_with('x');
        let answer = Answer {
            question: q.clone(),
            response: vec![r.to_string()],
            correct,
            right: u32::from(correct),
            of: 1,
            seconds: 10 * r.len() as u32,
            tries: 1,
        };
        h.record(answer);
    }
    h
}

fn links(hand_ins: &[HandIn]) -> String {
    hand_ins.iter().map(|h| h.link("https://school.example/guide/", dictionary())).collect::<Vec<_>>().join("\n")
}

fn filed(outcomes: &[Outcome]) -> Vec<Result<Filed, String>> {
    outcomes.iter().map(|o| o.result.clone().map(|(f, _)| f).map_err(|e| e.to_string())).collect()
}

#[test]
fn pasted_links_are_filed_each_with_its_outcome() {
    let mut c = class();
    let ada = hand_in(&c, "Ada", "a1", 10, &["9", "3", "1"]);
    let ben = hand_in(&c, "Ben", "b1", 11, &["x4", "3", ""]);
    let message = format!("From Ada: {}\nand Ben's is {} thanks!", links(&[ada.clone()]), ben.encode(dictionary()));
    let outcomes = c.add_many(&message, dictionary());
    assert_eq!(filed(&outcomes), [Ok(Filed::Added), Ok(Filed::Added)]);
    assert_eq!(outcomes[0].message(), "Ada: added.");
    assert_eq!(c.hand_ins.len(), 2);
    // The same again, a later copy of Ben's attempt, and junk around them.
    let later_ben = HandIn { handed_in: 20, ..ben.clone() };
    let again = format!("{}\n{}\nh1.AAAAAAAAAAAAAAAAAAAAAAAA", links(&[ada.clone()]), links(&[later_ben]));
    let outcomes = c.add_many(&again, dictionary());
    let results = filed(&outcomes);
    assert_eq!(results[..2], [Ok(Filed::Duplicate), Ok(Filed::Replaced)]);
    assert!(results[2].as_ref().unwrap_err().starts_with("this hand-in is damaged"), "{results:?}");
    assert!(
        outcomes[2].message().starts_with("Item 3 was not added: this hand-in is damaged"),
        "{}",
        outcomes[2].message()
    );
    assert_eq!(c.hand_ins.len(), 2, "nothing lost, nothing doubled");
    assert_eq!(c.hand_ins[1].handed_in, 20);
}

#[test]
fn hand_ins_that_do_not_belong_are_refused_and_the_board_kept() {
    let mut c = class();
    c.file(hand_in(&c, "Ada", "a1", 10, &["9", "3", "1"])).unwrap();
    let before = c.clone();
    let mut other = class();
    other.assignment.id = "w4-other".into();
    other.assignment.name = "Week 4".into();
    let stray = hand_in(&other, "Cy", "c1", 12, &["9"]);
    let old_content =
        HandIn { content_version: "q00000000".into(), attempt: "c2".into(), ..hand_in(&c, "Cy", "c2", 12, &["9"]) };
    let share = crate::model::formats::share::encode(&crate::model::user::UserData::default(), dictionary());
    let text =
        format!("{}\n{}\n{share}\n{}", links(&[stray]), links(&[old_content]), c.assignment.encode(dictionary()));
    let outcomes = c.add_many(&text, dictionary());
    let reasons: Vec<String> = outcomes.iter().map(|o| o.result.clone().unwrap_err().to_string()).collect();
    assert!(reasons[0].contains("another assignment, \u{201c}Week 4\u{201d}"), "{}", reasons[0]);
    assert!(reasons[1].contains("another version of the guide\u{2019}s questions"), "{}", reasons[1]);
    assert!(reasons[2].contains("share link"), "{}", reasons[2]);
    assert!(reasons[3].contains("assignment\u{2019}s own link"), "{}", reasons[3]);
    assert_eq!(c, before);
    let words = c.add_many("Photo attached, no code in it sorry", dictionary());
    assert_eq!(words.len(), 1);
    assert!(words[0].result.clone().unwrap_err().to_string().starts_with("this is not a hand-in"));
    assert!(c.add_many("  \n ", dictionary()).is_empty());
    let big = "x".repeat(3_000_000);
    let refused = c.add_many(&format!("{{\"kind\":\"{big}\"}}"), dictionary());
    assert!(matches!(refused[0].result, Err(ClassError::TooLarge { .. })));
    assert_eq!(c, before);
}

#[test]
fn a_file_is_filed_like_a_link() {
    let mut c = class();
    let ada = hand_in(&c, "Ada", "a1", 10, &["9", "3", "1"]);
    assert_eq!(filed(&c.add_many(&ada.to_json(), dictionary())), [Ok(Filed::Added)]);
    assert_eq!(filed(&c.add_many(&ada.to_json(), dictionary())), [Ok(Filed::Duplicate)]);
}

/// Ada: two attempts, the first better; Ben: one wrong, one missing;
/// Cy, Di: both choose the same wrong option; Ed: all right.
fn marked_class() -> Class {
    let mut c = class();
    for h in [
        hand_in(&c, "Ada", "a1", 10, &["9", "3", "1"]),
        hand_in(&c, "Ben", "b1", 11, &["x4", "3", ""]),
        hand_in(&c, " ada ", "a2", 30, &["x5", "3", "1"]),
        hand_in(&c, "Cy", "c1", 12, &["9", "x7", "1"]),
        hand_in(&c, "Di", "d1", 13, &["9", "x7", "x2"]),
        hand_in(&c, "Ed", "e1", 14, &["9", "3", "1"]),
    ] {
        c.file(h).unwrap();
    }
    c
}

#[test]
fn each_student_counts_once_by_the_chosen_attempt() {
    let c = marked_class();
    let best = c.student_rows(AttemptRule::Best, Names::Shown);
    let names: Vec<&str> = best.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Ada", "Ben", "Cy", "Di", "Ed"]);
    let ada = &best[0];
    assert_eq!((ada.right, ada.answered, ada.questions, ada.percent, ada.attempts), (3, 3, 3, 100, 2));
    assert_eq!((ada.attempt.as_str(), ada.done, ada.passed, ada.seconds), ("a1", true, Some(true), 30));
    let ben = &best[1];
    assert_eq!((ben.right, ben.answered, ben.percent, ben.done, ben.passed), (1, 2, 33, false, Some(false)));
    let latest = c.student_rows(AttemptRule::Latest, Names::Shown);
    assert_eq!((latest[0].attempt.as_str(), latest[0].right), ("a2", 2));
}

#[test]
fn question_figures_show_the_misconception() {
    let c = marked_class();
    let rows = c.question_rows(AttemptRule::Best);
    assert_eq!(rows.len(), 3);
    let first = &rows[0];
    assert_eq!((first.number, first.answered, first.right, first.percent_right), (1, 5, 4, Some(80)));
    assert_eq!(first.options, [("9".to_string(), 4), ("x4".to_string(), 1)]);
    assert!(first.misconceptions.is_empty(), "one student alone is not a misconception");
    let second = &rows[1];
    assert_eq!(second.misconceptions, [("x7".to_string(), 2)]);
    assert_eq!(second.median_seconds, Some(10));
    let third = &rows[2];
    assert_eq!((third.answered, third.right, third.percent_right), (4, 3, Some(75)));
    assert_eq!(c.question_rows(AttemptRule::Latest)[0].right, 3, "Ada's latest attempt got it wrong");
}

#[test]
fn who_needs_help_and_why() {
    let c = marked_class();
    let help = c.needs_help(AttemptRule::Best, Names::Shown);
    let named: Vec<(&str, &[HelpReason])> = help.iter().map(|h| (h.name.as_str(), h.reasons.as_slice())).collect();
    assert_eq!(
        named,
        [
            (
                "Ben",
                &[HelpReason::BelowPassMark { percent: 33, pass_mark: 50 }, HelpReason::Unanswered { count: 1 }][..]
            ),
            ("Di", &[HelpReason::BelowPassMark { percent: 33, pass_mark: 50 }][..]),
        ]
    );
    assert_eq!(help[0].reasons[0].message(), "33% right, below the pass mark of 50%");
    assert_eq!(help[0].reasons[1].message(), "1 question not answered");
}

#[test]
fn hidden_names_leave_no_name_anywhere() {
    let c = marked_class();
    let rows = c.student_rows(AttemptRule::Best, Names::Hidden);
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Student 1", "Student 2", "Student 3", "Student 4", "Student 5"]);
    let help = c.needs_help(AttemptRule::Best, Names::Hidden);
    assert_eq!(help[0].name, "Student 2", "the same number as in the table");
    let csv = c.csv(AttemptRule::Best, Names::Hidden);
    for name in ["Ada", "Ben", "Cy", "Di", "Ed"] {
        assert!(!csv.contains(name), "{name} in {csv}");
    }
}

#[test]
fn the_gradebook_csv_has_a_row_per_student_and_the_totals() {
    let mut c = marked_class();
    c.file(hand_in(&c, "=cmd|' /C calc'!A0", "z1", 40, &["9"])).unwrap();
    let csv = c.csv(AttemptRule::Best, Names::Shown);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines[0], "Student,Q1,Q2,Q3,Total");
    assert_eq!(lines[1], "Ada,1,1,1,3");
    assert_eq!(lines[2], "Ben,0,1,,1");
    assert_eq!(lines[4], "Di,1,0,0,1");
    assert_eq!(lines[6], "'=cmd|' /C calc'!A0,1,,,1");
    assert_eq!(lines.len(), 8, "a header, six students and the final line end");
    assert_eq!(lines[7], "");
    assert_eq!(c.csv_file_name(), "class-w3-7f2k.csv");
}

#[test]
fn the_overlay_counts_each_actor_on_each_track() {
    let mut c = class();
    let worked = CaseMap {
        actors: vec![
            Actor { id: "un".into(), name: "UN envoy".into(), track: 1, note: String::new() },
            Actor { id: "ngo".into(), name: "Peace NGO".into(), track: 2, note: String::new() },
        ],
        ..CaseMap::new("real".into(), "Real case", "", 1)
    };
    let maps = [
        vec![("un", "UN envoy", 1), ("ngo", "Peace NGO", 2), ("x", "Church", 7)],
        vec![("a1", "un envoy ", 1), ("ngo", "Peace NGO", 5), ("y", "church", 7)],
        vec![("un", "UN envoy", 3)],
    ];
    for (i, actors) in maps.iter().enumerate() {
        let mut h = hand_in(&c, &format!("S{i}"), &format!("s{i}"), i as u64, &["9"]);
        let mut map = CaseMap::new(format!("m{i}"), "Mine", "", 1);
        for (id, name, track) in actors {
            map.actors.push(Actor { id: id.to_string(), name: name.to_string(), track: *track, note: String::new() });
        }
        h.case_map = Some(map);
        c.file(h).unwrap();
    }
    c.file(hand_in(&c, "No map", "n1", 9, &["9"])).unwrap();
    let overlay = c.overlay(AttemptRule::Best, Some(&worked));
    assert_eq!(overlay.maps, 3);
    let rows: Vec<(&str, usize, Option<usize>)> =
        overlay.rows.iter().map(|r| (r.actor.as_str(), r.placed, r.agreeing())).collect();
    assert_eq!(rows, [("UN envoy", 3, Some(2)), ("Peace NGO", 2, Some(1)), ("Church", 2, None)]);
    assert_eq!(overlay.rows[0].tracks[..3], [2, 0, 1]);
    assert_eq!(overlay.rows[2].most_chosen(), Some(7));
    assert_eq!(overlay.agreement(), Some(60));
    let scratch = c.overlay(AttemptRule::Best, None);
    assert_eq!(scratch.rows.len(), 3, "by name alone: the envoy, the NGO, the church");
    assert_eq!(scratch.agreement(), None);
}

#[test]
fn two_hundred_hand_ins_pasted_at_once() {
    let mut c = class();
    let hand_ins: Vec<HandIn> = (0..200)
        .map(|i| {
            let wrong = if i % 7 == 0 { "x7" } else { "3" };
            hand_in(
                &c,
                &format!("Student{i:03}"),
                &format!("att-{i}"),
                i,
                &["9", wrong, if i % 10 == 0 { "" } else { "1" }],
            )
        })
        .collect();
    let pasted = links(&hand_ins);
    let outcomes = c.add_many(&pasted, dictionary());
    assert_eq!(outcomes.len(), 200);
    assert!(outcomes.iter().all(|o| matches!(o.result, Ok((Filed::Added, _)))));
    assert_eq!(c.student_rows(AttemptRule::Best, Names::Shown).len(), 200);
    let second = &c.question_rows(AttemptRule::Best)[1];
    assert_eq!((second.answered, second.right), (200, 171));
    assert_eq!(second.misconceptions, [("x7".to_string(), 29)]);
    assert_eq!(c.needs_help(AttemptRule::Best, Names::Shown).len(), 20);
    // Pasting the lot again changes nothing.
    let again = c.add_many(&pasted, dictionary());
    assert!(again.iter().all(|o| matches!(o.result, Ok((Filed::Duplicate, _)))));
    assert_eq!(c.hand_ins.len(), 200);
}

#[test]
fn the_board_exports_imports_and_clears() {
    let content = Dataset::builtin_full();
    let mut board = ClassBoard::default();
    let class = marked_class();
    board.open(class.assignment.clone(), &content);
    board.class_mut(&class.assignment.id).unwrap().hand_ins = class.hand_ins[..3].to_vec();
    let file = board.to_json();
    assert!(file.contains("\"kind\": \"multitrack-class\""));
    assert_eq!(ClassBoard::from_json(&file), Ok(board.clone()));
    // Another computer's copy with more hand-ins merges in; nothing is lost.
    let mut theirs = ClassBoard::default();
    theirs.classes.push(class.clone());
    let mut other = self::class();
    other.assignment.id = "w4-other".into();
    theirs.classes.push(other);
    assert_eq!(board.import(&theirs.to_json()), Ok(3));
    assert_eq!(board.classes.len(), 2);
    assert_eq!(board.class(&class.assignment.id).unwrap().hand_ins.len(), 6);
    // Hand-ins pasted on the board go to their own class.
    let ed = hand_in(&class, "Fay", "f1", 50, &["9"]);
    let outcomes = board.add_many(&links(&[ed]), dictionary());
    assert_eq!(filed(&outcomes), [Ok(Filed::Added)]);
    let mut unknown = self::class();
    unknown.assignment.id = "nobody".into();
    unknown.assignment.name = "Week 9".into();
    let stray = board.add_many(&links(&[hand_in(&unknown, "Gus", "g1", 1, &["9"])]), dictionary());
    assert!(stray[0].result.clone().unwrap_err().to_string().contains("Week 9"));
    board.class_mut(&class.assignment.id).unwrap().clear();
    assert!(board.class(&class.assignment.id).unwrap().hand_ins.is_empty());
    assert!(board.remove("w4-other"));
    assert!(!board.remove("w4-other"));
    // Making the same assignment again keeps its class.
    board.open(class.assignment.clone(), &content);
    assert_eq!(board.classes.len(), 1);
}

#[test]
fn a_bad_class_file_is_refused_whole() {
    let mut board = ClassBoard::default();
    board.classes.push(marked_class());
    let before = board.clone();
    let hand_in_file = board.classes[0].hand_ins[0].to_json();
    let err = |text: &str| ClassBoard::default().import(text).unwrap_err().to_string();
    assert!(err(&hand_in_file).contains("hand-in, not a class file"), "{}", err(&hand_in_file));
    assert!(err("{\"kind\": \"multitrack-class\", \"version\": 4}").contains("newer version"));
    assert!(err("not json at all").contains("not valid JSON"));
    let twice = before
        .to_json()
        .replace("\"classes\": [", &format!("\"classes\": [{},", serde_json::to_string(&board.classes[0]).unwrap()));
    assert!(err(&twice).contains("classes[1].assignment.id"), "{}", err(&twice));
    let forged = before.to_json().replacen("\"attempt\": \"a1\"", "\"attempt\": \"a 1\"", 1);
    assert!(err(&forged).contains("classes[0].hand_ins[0].attempt"), "{}", err(&forged));
    assert!(err(&format!("{{\"kind\": \"multitrack-class\", \"x\": \"{}\"}}", "y".repeat(MAX_CLASS_BYTES)))
        .contains("class file can be"));
    assert!(board.import(&forged).is_err());
    assert_eq!(board, before);
}
