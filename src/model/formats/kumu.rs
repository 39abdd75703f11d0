//! Case maps to and from Kumu (kumu.io) JSON.
//!
//! Kumu is the web tool many peacebuilders, evaluators and systems-mapping
//! facilitators already draw their stakeholder and actor maps in. A teacher
//! who has a Kumu map of a conflict should be able to bring it here and see
//! its actors on the nine tracks, and a class that built a case map here
//! should be able to carry on in Kumu, without retyping either.
//!
//! Kumu reads and writes two shapes of JSON, and both are read here:
//!
//! - the hand-written "blueprint" (docs.kumu.io/guides/import/blueprints):
//!   `{"elements": [{"label", "type", "description", "tags", ...}],
//!   "connections": [{"from", "to", "type", "direction"}]}`, where `from` and
//!   `to` name elements by label; when labels repeat, elements carry an `id`
//!   and `from`/`to` name ids instead (ids unique across elements and
//!   connections); `direction` is "directed", "undirected" or "mutual";
//! - the project backup Kumu itself exports ("Export JSON"): the same
//!   arrays beside `name`, `description`, `maps`, `attributes` and so on, but
//!   each element is `{"_id": "elem-…", "attributes": {"label", "element
//!   type", "description", …}}` and each connection is `{"_id", "direction",
//!   "delayed", "reversed", "attributes": {"connection type", …}, "from",
//!   "to"}` with `from`/`to` naming element `_id`s.
//!
//! The export writes a blueprint in the form with ids, because a case map's
//! actors may share a name: one element per actor with the actor's id, its
//! name as `label`, its track as `type` ("Track 7: Religion", the label the
//! guide uses everywhere, so Kumu's legend reads and sorts the same) and its
//! note as `description`; one connection per relation, with an id of its own
//! and its ends named by element id. The map's title and description go in
//! the top-level `name` and `description` where Kumu's own export keeps a
//! project's, and an invented scenario says so in an `invented` flag Kumu
//! ignores, so a round trip is exact.
//!
//! A Kumu map rarely sorts its elements by track. Elements whose type names
//! no track go on a shelf instead of being dropped or guessed onto a ring:
//! the teacher sees them, and placing each one is the exercise itself.
//! Whatever else is not used is listed, never lost silently, and no input can
//! make the import panic.

use crate::model::base::ids::fresh_id;
use crate::model::content::case_map::{Actor, CaseMap, RelationKind, Shelved};
use crate::model::formats::timelinejs::plain_text;
use crate::model::formats::track_names::track_of;
use crate::model::i18n::ui_text::{fill, ui};
use crate::model::user::{not_json, size, DocError};
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The largest file read. A Kumu backup carries positions, views and HTML
/// this guide drops, so it may be well over the guide's own document limit.
pub const MAX_KUMU_BYTES: usize = 8_000_000;

/// What a Kumu file became: the map (with its shelf of elements that name
/// no track) and what was left out.
#[derive(Clone, Debug, PartialEq)]
pub struct KumuImport {
    pub map: CaseMap,
    /// Sentences for the person importing, in the file's order.
    pub left_out: Vec<String>,
}

/// The element type written for a track: "Track 7: Religion".
pub fn track_type(number: u8, tracks: &[(u8, &str)]) -> String {
    match tracks.iter().find(|(n, _)| *n == number) {
        Some((_, name)) => format!("Track {number}: {name}"),
        None => format!("Track {number}"),
    }
}

#[derive(Serialize)]
struct OutFile<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    description: &'a str,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    invented: bool,
    elements: Vec<OutElement<'a>>,
    connections: Vec<OutConnection>,
}

#[derive(Serialize)]
struct OutElement<'a> {
    id: String,
    label: &'a str,
    /// A shelved actor keeps the type it came with, so it comes back shelved.
    #[serde(rename = "type", skip_serializing_if = "String::is_empty")]
    kind: String,
    #[serde(skip_serializing_if = "str::is_empty")]
    description: &'a str,
}

#[derive(Serialize)]
struct OutConnection {
    /// Kumu matches a connection it already has by id when the same file
    /// is dropped on the map again; without one it draws a second.
    id: String,
    from: String,
    to: String,
    #[serde(rename = "type")]
    kind: &'static str,
    direction: &'static str,
}

/// `base`, or `base-2`, `base-3`… if taken; then taken. Kumu wants ids
/// unique across elements and connections alike.
fn unique(base: String, taken: &mut Vec<String>) -> String {
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    taken.push(id.clone());
    id
}

/// The map as a Kumu blueprint, pretty-printed, to drop onto a Kumu map.
///
/// Every element has an `id` and every connection names its ends by those
/// ids, the form Kumu's blueprint guide gives for maps whose labels repeat
/// (a case map may hold two "Radio"s). Kumu's rule is all or nothing: once
/// elements have ids, `from` and `to` must be ids, and an element without
/// one is matched by label and type instead, so shelved elements get ids
/// too. Ids are the actors' own where Kumu can take them (lower case,
/// digits and hyphens: Kumu's search cannot select ids with underscores),
/// so a round trip keeps them. Funding and information are "directed"
/// (they flow from → to), cooperation and tension "mutual".
pub fn to_kumu(map: &CaseMap, tracks: &[(u8, &str)]) -> String {
    let mut taken: Vec<String> = Vec::new();
    for actor in &map.actors {
        if is_own_id(&actor.id) && !taken.contains(&actor.id) {
            taken.push(actor.id.clone());
        }
    }
    // An actor whose id Kumu cannot take, or whose id repeats, gets one
    // made from its name; the first actor holding an id keeps it.
    let mut written: Vec<(&str, String)> = Vec::new();
    let mut kept: Vec<&str> = Vec::new();
    for actor in &map.actors {
        let id = if is_own_id(&actor.id) && !kept.contains(&actor.id.as_str()) {
            kept.push(&actor.id);
            actor.id.clone()
        } else {
            let base = fresh_id(&actor.name, &[]);
            unique(base, &mut taken)
        };
        written.push((&actor.id, id));
    }
    let id_of = |actor: &str| {
        written.iter().find(|(own, _)| *own == actor).map_or_else(|| actor.to_string(), |(_, id)| id.clone())
    };
    let shelf_ids: Vec<String> = map.shelf.iter().map(|s| unique(fresh_id(&s.label, &[]), &mut taken)).collect();
    let connections = map
        .relations
        .iter()
        .map(|r| {
            let (from, to) = (id_of(&r.from), id_of(&r.to));
            OutConnection {
                id: unique(format!("{from}-{}-{to}", r.kind.name()), &mut taken),
                from,
                to,
                kind: r.kind.name(),
                direction: match r.kind {
                    RelationKind::Funding | RelationKind::Information => "directed",
                    RelationKind::Cooperation | RelationKind::Tension => "mutual",
                },
            }
        })
        .collect();
    let file = OutFile {
        name: &map.title,
        description: &map.description,
        invented: map.invented,
        elements: map
            .actors
            .iter()
            .zip(written)
            .map(|(a, (_, id))| OutElement {
                id,
                label: &a.name,
                kind: track_type(a.track, tracks),
                description: &a.note,
            })
            .chain(map.shelf.iter().zip(shelf_ids).map(|(s, id)| OutElement {
                id,
                label: &s.label,
                kind: s.kind.clone(),
                description: &s.description,
            }))
            .collect(),
        connections,
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Whether `text` looks like a Kumu file rather than this guide's own
/// document or a TimelineJS one: an object with an `elements` list.
pub fn looks_like(text: &str) -> bool {
    #[derive(Deserialize)]
    struct Probe {
        format: Option<IgnoredAny>,
        elements: Option<Vec<IgnoredAny>>,
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str::<Probe>(text).is_ok_and(|p| p.format.is_none() && p.elements.is_some())
}

fn error(path: impl Into<String>, message: impl Into<String>) -> DocError {
    DocError { path: path.into(), message: message.into() }
}

/// A field by name in any case: Kumu's spreadsheets say "Label", its
/// exports "label", and hand-written files either.
fn field<'a>(object: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    object.get(name).or_else(|| object.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v))
}

/// A field of an element or connection, on the object or, as Kumu exports
/// them, in its `attributes`.
fn either<'a>(object: &'a Map<String, Value>, names: &[&str]) -> Option<&'a Value> {
    let attributes = field(object, "attributes").and_then(Value::as_object);
    names.iter().find_map(|name| field(object, name).or_else(|| attributes.and_then(|a| field(a, name))))
}

/// A value as text: strings as they are, numbers written out, and the first
/// text of a list (Kumu lets a field hold several values).
fn text_of(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(items) => items.iter().find_map(|v| text_of(Some(v))),
        _ => None,
    }
}

fn describe(value: &Value) -> &'static str {
    let m = &ui().messages;
    match value {
        Value::Null => m.kind_null,
        Value::Bool(_) => m.kind_bool,
        Value::Number(_) => m.kind_number,
        Value::String(_) => m.kind_text,
        Value::Array(_) => m.kind_list,
        Value::Object(_) => m.kind_object,
    }
}

/// Kumu descriptions are Markdown that may hold HTML; only text that plainly
/// holds tags is turned into plain text, so a note like "a < b" survives.
fn looks_like_markup(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    ["</", "<br", "<p>", "<p ", "<img", "<div", "<span", "<a "].iter().any(|tag| lower.contains(tag))
}

/// Ids this guide would make itself; others (Kumu's "elem-0VctKKGg", "a b")
/// are replaced by ones made from the label, so share links stay readable.
fn is_own_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 80 && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

const ELEMENT_FIELDS: [&str; 7] = ["label", "type", "element type", "description", "id", "_id", "attributes"];
const CONNECTION_FIELDS: [&str; 9] =
    ["from", "to", "type", "connection type", "direction", "reversed", "id", "_id", "attributes"];
const FILE_FIELDS: [&str; 6] = ["elements", "connections", "loops", "name", "description", "invented"];

/// Field names not in `used`, added once each to `unused`.
fn note_unused(object: &Map<String, Value>, used: &[&str], unused: &mut Vec<String>) {
    let attributes = field(object, "attributes").and_then(Value::as_object);
    for key in object.keys().chain(attributes.into_iter().flat_map(|a| a.keys())) {
        if !used.iter().any(|u| u.eq_ignore_ascii_case(key)) && !unused.contains(key) {
            unused.push(key.clone());
        }
    }
}

/// An element as read: its number and key in the file, its label and type,
/// and its actor if placed.
struct Entry {
    n: usize,
    file_id: Option<String>,
    label: String,
    kind: String,
    actor: Option<String>,
    /// Its place on the shelf, if it names no track.
    shelved: Option<usize>,
}

/// The element a connection's `from` or `to` names: by id, then by label,
/// then by label ignoring case and spaces; or why none.
fn resolve(entries: &[Entry], name: &str) -> Result<usize, String> {
    if let Some(i) = entries.iter().position(|e| e.file_id.as_deref() == Some(name)) {
        return Ok(i);
    }
    let exact: Vec<usize> = (0..entries.len()).filter(|&i| entries[i].label == name).collect();
    let found = if exact.is_empty() {
        let loose = name.trim().to_lowercase();
        (0..entries.len()).filter(|&i| entries[i].label.to_lowercase() == loose).collect()
    } else {
        exact
    };
    let m = &ui().messages;
    match found[..] {
        [i] => Ok(i),
        [] => Err(fill(m.kumu_no_element, &[("name", &name)])),
        _ => Err(fill(&m.kumu_label_ambiguous.count(found.len()), &[("name", &name)])),
    }
}

/// A Kumu file (blueprint or project export) as a case map with id `id`,
/// changed at `now`. Elements whose type names no track in `tracks` go on the
/// shelf; connections that cannot be relations are listed in `left_out`
/// ("connection 3 from “X” to “Y”: “Y” has no track yet", counting from 1).
/// Connection types must be one of the four kinds: a guessed kind would put
/// a claim in the map the file never made. The file is refused only when
/// nothing in it can be read.
pub fn from_kumu(text: &str, id: String, now: u64, tracks: &[(u8, &str)]) -> Result<KumuImport, DocError> {
    let m = &ui().messages;
    if text.len() > MAX_KUMU_BYTES {
        let sizes: [(&str, &dyn std::fmt::Display); 2] =
            [("size", &size(text.len())), ("limit", &size(MAX_KUMU_BYTES))];
        return Err(error("", fill(m.too_large_file, &sizes)));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| error("", not_json(&e)))?;
    let top = match &value {
        Value::Object(top) => top,
        other => return Err(error("", fill(m.kumu_not_object, &[("kind", &describe(other))]))),
    };
    let elements = match field(top, "elements") {
        Some(Value::Array(elements)) => elements,
        Some(other) => {
            return Err(error("elements", fill(m.kumu_elements_not_list, &[("kind", &describe(other))])));
        }
        None => return Err(error("elements", m.kumu_elements_missing)),
    };

    let mut left_out = Vec::new();
    let mut first_problem: Option<DocError> = None;
    let mut unused_elements = Vec::new();
    let mut marked_up = 0;
    let mut entries: Vec<Entry> = Vec::new();
    let mut actors: Vec<Actor> = Vec::new();
    let mut shelf: Vec<Shelved> = Vec::new();
    for (i, element) in elements.iter().enumerate() {
        let n = i + 1;
        let Some(object) = element.as_object() else {
            left_out.push(fill(m.kumu_element_not_object, &[("n", &n), ("kind", &describe(element))]));
            first_problem.get_or_insert(error(format!("elements[{i}]"), m.kumu_element_should_be_object));
            continue;
        };
        note_unused(object, &ELEMENT_FIELDS, &mut unused_elements);
        let label = text_of(either(object, &["label"])).unwrap_or_default().trim().to_string();
        if label.is_empty() {
            left_out.push(fill(m.kumu_element_no_label, &[("n", &n)]));
            first_problem.get_or_insert(error(format!("elements[{i}].label"), m.kumu_element_needs_label));
            continue;
        }
        let kind = text_of(either(object, &["type", "element type"])).unwrap_or_default().trim().to_string();
        let mut description = text_of(either(object, &["description"])).unwrap_or_default();
        if looks_like_markup(&description) {
            description = plain_text(&description);
            marked_up += 1;
        }
        let description = description.trim().to_string();
        let file_id = text_of(field(object, "id").or_else(|| field(object, "_id"))).filter(|s| !s.is_empty());
        // Kumu keeps one element per label and type when there is no id, a
        // later row updating the earlier one; reading it so lets the
        // connections that name the label reach it.
        let same = entries.iter().find(|e| e.file_id.is_none() && e.label == label && e.kind == kind);
        if let (None, Some(first)) = (&file_id, same) {
            left_out.push(fill(m.kumu_element_repeats_label, &[("n", &n), ("label", &label), ("first", &first.n)]));
            if !description.is_empty() {
                if let Some(actor) = actors.iter_mut().find(|a| Some(&a.id) == first.actor.as_ref()) {
                    actor.note = description.clone();
                }
                if let Some(shelved) = first.shelved.and_then(|i| shelf.get_mut(i)) {
                    shelved.description = description;
                }
            }
            continue;
        }
        if let Some(file_id) = &file_id {
            if entries.iter().any(|e| e.file_id.as_ref() == Some(file_id)) {
                left_out.push(fill(m.kumu_element_repeats_id, &[("n", &n), ("label", &label), ("id", file_id)]));
            }
        }
        let actor = track_of(&kind, tracks).map(|track| {
            let taken: Vec<&str> = actors.iter().map(|a| a.id.as_str()).collect();
            let id = match &file_id {
                Some(own) if is_own_id(own) && !taken.contains(&own.as_str()) => own.clone(),
                _ => fresh_id(&label, &taken),
            };
            actors.push(Actor { id: id.clone(), name: label.clone(), track, note: description.clone() });
            id
        });
        let shelved = actor.is_none().then(|| {
            shelf.push(Shelved { label: label.clone(), kind: kind.clone(), description });
            shelf.len() - 1
        });
        entries.push(Entry { n, file_id, label, kind, actor, shelved });
    }
    // Refused only when elements were there and none could be read: an
    // empty list is an empty map, as this guide's own export of one is.
    if let (true, Some(problem)) = (entries.is_empty(), first_problem) {
        return Err(problem);
    }

    let title = text_of(field(top, "name"))
        .map(|t| if looks_like_markup(&t) { plain_text(&t) } else { t.trim().to_string() })
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| m.kumu_default_title.to_string());
    let mut map = CaseMap::new(id, &title, "", now);
    map.description = text_of(field(top, "description"))
        .map(|d| if looks_like_markup(&d) { plain_text(&d) } else { d.trim().to_string() })
        .unwrap_or_default();
    map.invented = field(top, "invented") == Some(&Value::Bool(true));
    map.actors = actors;
    map.shelf = shelf;

    let mut unused_connections = Vec::new();
    let connections = match field(top, "connections") {
        Some(Value::Array(connections)) => connections.as_slice(),
        None | Some(Value::Null) => &[],
        Some(other) => {
            left_out.push(fill(m.kumu_connections_not_list, &[("kind", &describe(other))]));
            &[]
        }
    };
    for (i, connection) in connections.iter().enumerate() {
        let n = i + 1;
        let Some(object) = connection.as_object() else {
            left_out.push(fill(m.kumu_connection_not_object, &[("n", &n), ("kind", &describe(connection))]));
            continue;
        };
        note_unused(object, &CONNECTION_FIELDS, &mut unused_connections);
        let (Some(mut from), Some(mut to)) = (text_of(field(object, "from")), text_of(field(object, "to"))) else {
            left_out.push(fill(m.kumu_connection_no_ends, &[("n", &n)]));
            continue;
        };
        // Kumu's export carries a `reversed` flag beside `direction`; read as
        // an arrow drawn to → from (an assumption: Kumu's docs do not say).
        if field(object, "reversed") == Some(&Value::Bool(true)) {
            std::mem::swap(&mut from, &mut to);
        }
        let (a, b) = (resolve(&entries, &from), resolve(&entries, &to));
        let shown = |end: &Result<usize, String>, raw: &str| match end {
            Ok(i) => entries[*i].label.clone(),
            Err(_) => raw.to_string(),
        };
        let head = fill(m.kumu_connection_head, &[("n", &n), ("from", &shown(&a, &from)), ("to", &shown(&b, &to))]);
        let actor = |end: Result<usize, String>| {
            let i = end?;
            entries[i].actor.clone().ok_or_else(|| fill(m.kumu_no_track_yet, &[("label", &entries[i].label)]))
        };
        let ends = actor(a).and_then(|a| Ok((a, actor(b)?)));
        let written = text_of(either(object, &["type", "connection type"])).unwrap_or_default();
        let written = written.trim();
        let outcome = ends.and_then(|(a, b)| {
            let kind = match RelationKind::parse(&written.to_lowercase()) {
                Some(kind) => kind,
                None if written.is_empty() => return Err(m.kumu_connection_no_type.to_string()),
                None => return Err(fill(m.kumu_connection_bad_type, &[("kind", &written)])),
            };
            if a == b {
                return Err(m.kumu_connection_self.to_string());
            }
            map.add_relation(&a, &b, kind).map_err(|_| fill(m.kumu_connection_repeat, &[("kind", &kind.name())]))
        });
        if let Err(why) = outcome {
            left_out.push(fill(ui().edits.place_message, &[("place", &head), ("message", &why)]));
        }
    }

    if let Some(Value::Array(loops)) = field(top, "loops") {
        if !loops.is_empty() {
            left_out.push(m.kumu_loops.count(loops.len()));
        }
    }
    if marked_up > 0 {
        left_out.push(m.kumu_markup.count(marked_up));
    }
    let unused_file: Vec<String> =
        top.keys().filter(|k| !FILE_FIELDS.iter().any(|f| f.eq_ignore_ascii_case(k))).cloned().collect();
    for (what, mut unused) in [
        (m.kumu_unused_file_fields, unused_file),
        (m.kumu_unused_element_fields, unused_elements),
        (m.kumu_unused_connection_fields, unused_connections),
    ] {
        unused.sort();
        if !unused.is_empty() {
            left_out.push(fill(what, &[("fields", &unused.join(", "))]));
        }
    }
    Ok(KumuImport { map, left_out })
}

#[cfg(test)]
mod tests;
