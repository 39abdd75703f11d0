//! Property tests of the class's formats: any hand-in comes back whole from
//! its link, its file and a chat message around its link; no text, however
//! odd, makes the hand-in reader or the class board panic, and the board
//! never loses or doubles a hand-in.
#![cfg(not(target_arch = "wasm32"))]

use multitrack::model::class::{read_all, Class, Filed};
use multitrack::model::content::Dataset;
use multitrack::model::formats::assignment::{content_version, Assignment, BuiltinQuiz};
use multitrack::model::formats::hand_in::{Answer, HandIn, MAX_HAND_IN_BYTES};
use multitrack::model::formats::packed::Dictionary;
use proptest::prelude::*;

fn assignment() -> Assignment {
    let content = Dataset::builtin_full();
    let mut a = Assignment::new("prop-class", "Week 1", content_version(&content));
    a.quiz = Some(BuiltinQuiz::All);
    a
}

fn answer(i: usize) -> impl Strategy<Value = Answer> {
    (proptest::collection::vec("\\PC{0,30}", 0..4), 0u32..5, any::<bool>(), any::<u32>(), 0u32..20).prop_map(
        move |(response, of, correct, seconds, tries)| Answer {
            question: format!("q{i}"),
            response,
            correct,
            right: if correct { of } else { of / 2 },
            of,
            seconds,
            tries,
        },
    )
}

fn hand_in() -> impl Strategy<Value = HandIn> {
    (
        "[^@\\s\\p{C}]{1,20}( [^@\\s\\p{C}]{1,10})?",
        "[A-Za-z0-9_-]{1,40}",
        any::<u64>(),
        (0usize..8).prop_flat_map(|n| (0..n).map(answer).collect::<Vec<_>>()),
    )
        .prop_map(|(name, attempt, at, answers)| {
            let mut h = HandIn::new(&assignment(), &name, attempt, at).expect("a valid name");
            h.answers = answers;
            h
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_hand_in_comes_back_from_its_link_its_file_and_a_message(h in hand_in()) {
        let d = Dictionary::builtin();
        let link = h.link("https://school.example/", d);
        prop_assert_eq!(HandIn::read(&link, d), Ok(h.clone()));
        prop_assert_eq!(HandIn::read(&format!("Here: {link}. Thanks!"), d), Ok(h.clone()));
        prop_assert_eq!(HandIn::read(&h.to_json(), d), Ok(h));
    }

    #[test]
    fn reading_any_text_never_panics(text in "\\PC{0,400}") {
        let d = Dictionary::builtin();
        for text in [text.clone(), format!("h1.{text}"), format!("{{\"kind\":\"multitrack-hand-in\",{text}")] {
            if let Ok(h) = HandIn::read(&text, d) {
                prop_assert_eq!(HandIn::read(&h.encode(d), d), Ok(h.clone()));
                if h.to_json().len() <= MAX_HAND_IN_BYTES {
                    prop_assert_eq!(HandIn::read(&h.to_json(), d), Ok(h.clone()));
                }
            }
            let _ = read_all(&text, d);
        }
    }

    #[test]
    fn the_board_never_loses_or_doubles_a_hand_in(
        hand_ins in proptest::collection::vec(hand_in(), 1..6),
        noise in "\\PC{0,80}",
        repeat in 0usize..6,
    ) {
        let d = Dictionary::builtin();
        let mut class = Class::new(assignment(), &Dataset::builtin_full());
        let mut text: Vec<String> = hand_ins.iter().map(|h| h.encode(d)).collect();
        text.insert(repeat % text.len(), text[repeat % text.len()].clone());
        text.push(noise);
        let outcomes = class.add_many(&text.join("\n"), d);
        let mut attempts: Vec<&str> = hand_ins.iter().map(|h| h.attempt.as_str()).collect();
        attempts.sort();
        attempts.dedup();
        prop_assert_eq!(class.hand_ins.len(), attempts.len());
        let added = outcomes.iter().filter(|o| matches!(o.result, Ok((Filed::Added, _)))).count();
        prop_assert_eq!(added, attempts.len());
        let before = class.clone();
        let _ = class.add_many(&text.join(" "), d);
        prop_assert_eq!(class.hand_ins.len(), before.hand_ins.len());
    }
}
