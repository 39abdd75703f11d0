//! The case maps' sentences in the page's language: a relation in words,
//! the questions about a map's gaps, and the case-map model's errors.
//!
//! The model (`content::case_map`) speaks in fixed English keys so it can be
//! tested without a catalogue; this turns them into the reader's words, for
//! the case view, the canvas and a shared case alike.

use crate::model::content::case_map::{self, CaseMap, CaseRelation, CaseWords, RelationKind};
use crate::model::i18n::ui_text::{fill, ui, CasesText};

/// A kind of relation's name in the reader's language.
pub fn kind_name(kind: RelationKind) -> &'static str {
    let t = &ui().cases;
    match kind {
        RelationKind::Cooperation => t.kind_cooperation,
        RelationKind::Tension => t.kind_tension,
        RelationKind::Funding => t.kind_funding,
        RelationKind::Information => t.kind_information,
    }
}

/// A relation in words, in the page's language: "Ministry – tension – Radio Lake".
pub fn describe(m: &CaseMap, relation: &CaseRelation) -> String {
    let name = |id: &str| m.actor(id).map_or_else(|| id.to_string(), |a| a.name.clone());
    fill(
        ui().cases.relation_text,
        &[("from", &name(&relation.from)), ("kind", &kind_name(relation.kind)), ("to", &name(&relation.to))],
    )
}

/// The model's wording of the questions about the gaps, in the reader's language.
pub fn case_words() -> CaseWords<'static> {
    let t = &ui().cases;
    CaseWords {
        phrase_prefix: t.phrase_prefix,
        or: t.examples_or,
        empty: t.q_empty,
        missing: t.q_missing,
        unconnected: t.q_unconnected,
        tension: t.q_tension,
        connected: t.q_connected,
    }
}

/// An error of the case map's model ("Name: give the actor a name") in the
/// reader's language; `kind` is the relation being added, if one is. A
/// message the model has no words for stays as it is.
pub fn problem_text(field: &str, message: &str, kind: Option<RelationKind>) -> String {
    let t = &ui().cases;
    message_text(t, message, kind).map_or_else(
        || format!("{field}: {message}"),
        |message| {
            let field = match field {
                case_map::FIELD_NAME => t.name_label,
                case_map::FIELD_TRACK => t.track,
                case_map::FIELD_FROM => t.from,
                case_map::FIELD_TO => t.to,
                case_map::FIELD_KIND => t.kind,
                "Case" => t.field_case,
                other => return format!("{other}: {message}"),
            };
            fill(t.problem, &[("field", &field), ("message", &message)])
        },
    )
}

/// Just the message of a model error, in the reader's language.
pub fn message_text(t: &CasesText, message: &str, kind: Option<RelationKind>) -> Option<String> {
    Some(match message {
        case_map::GIVE_NAME => t.give_name.to_string(),
        case_map::CHOOSE_TRACK => t.choose_track.to_string(),
        case_map::NOT_ON_SHELF => t.not_on_shelf.to_string(),
        case_map::CHOOSE_ACTOR => t.choose_actor.to_string(),
        case_map::CHOOSE_DIFFERENT => t.choose_different.to_string(),
        CASE_GONE => t.case_gone.to_string(),
        m if kind.is_some_and(|k| m == case_map::already_related(k)) => {
            fill(t.already_related, &[("kind", &kind.map_or("", kind_name))])
        }
        _ => return None,
    })
}

/// What the case's edits say when the case has gone meanwhile.
pub const CASE_GONE: &str = "this case is gone";
