//! The words of the checks on a tour, a case map and a question, in the
//! page's language.
//!
//! Why words handed in, not the catalogue: `tour.rs`, `case_map.rs` and
//! `quiz.rs` are also compiled by build.rs, which checks the built-in content
//! before the catalogue exists. `ui_text::install` sets the translation, as
//! it does the dates' words; a test keeps [`ENGLISH`] equal to
//! `src/i18n/en/checks.json`.

#[derive(Clone, Debug)]
pub struct CheckWords {
    pub tour_needs_id_title: &'static str,
    pub tour_needs_step: &'static str,
    pub not_a_view: &'static str,
    pub selects_nothing: &'static str,
    pub step_needs_target: &'static str,
    pub step_needs_text: &'static str,
    pub case_needs_title: &'static str,
    pub id_used_twice: &'static str,
    pub actor_needs_name: &'static str,
    pub no_such_track: &'static str,
    pub no_such_actor: &'static str,
    pub self_relation: &'static str,
    pub question_needs_prompt: &'static str,
    pub question_needs_explanation: &'static str,
    pub repeated_option: &'static str,
    pub not_a_track_number: &'static str,
    pub order_needs_three: &'static str,
    pub unknown_event: &'static str,
    pub shared_date: &'static str,
    pub needs_two_options: &'static str,
    pub not_an_option: &'static str,
    pub unknown_principle: &'static str,
}

pub const ENGLISH: CheckWords = CheckWords {
    tour_needs_id_title: "a tour needs an id and a title",
    tour_needs_step: "a tour needs at least one step",
    not_a_view: "\"{path}\" is not a view of this guide",
    selects_nothing: "{route} selects something that does not exist",
    step_needs_target: "a step must name the element it points at",
    step_needs_text: "a step needs a title and a text",
    case_needs_title: "a case needs a title",
    id_used_twice: "\"{id}\" is used twice",
    actor_needs_name: "an actor needs a name",
    no_such_track: "there is no track {track}; tracks are 1 to 9",
    no_such_actor: "no actor \"{id}\" on this map",
    self_relation: "an actor cannot have a relation with itself",
    question_needs_prompt: "a question needs a prompt",
    question_needs_explanation: "a question needs an explanation to show with the answer",
    repeated_option: "an option is offered twice",
    not_a_track_number: "\"{answer}\" is not a track number from 1 to 9",
    order_needs_three: "put at least three events in order",
    unknown_event: "unknown event \"{id}\"",
    shared_date: "two events share a date, so no order is the only right one",
    needs_two_options: "offer at least two options",
    not_an_option: "\"{answer}\" is not one of the options",
    unknown_principle: "unknown principle \"{id}\"",
};

static WORDS: std::sync::OnceLock<CheckWords> = std::sync::OnceLock::new();

pub fn set_words(words: CheckWords) {
    let _ = WORDS.set(words);
}

pub fn words() -> &'static CheckWords {
    WORDS.get().unwrap_or(&ENGLISH)
}
