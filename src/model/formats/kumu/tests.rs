//! Tests of the Kumu blueprint reader against files shaped like Kumu's own
//! published examples and against broken ones.

use super::*;
use crate::model::content::case_map::CaseRelation;
use crate::model::content::Dataset;
use crate::model::formats::track_names::track_names;
use serde_json::json;

fn content() -> &'static Dataset {
    static CONTENT: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
    CONTENT.get_or_init(Dataset::builtin)
}

fn import(text: &str, tracks: &[(u8, &str)]) -> Result<KumuImport, DocError> {
    from_kumu(text, "imported".into(), 7, tracks)
}

fn round_trip(map: &CaseMap, tracks: &[(u8, &str)]) -> KumuImport {
    from_kumu(&to_kumu(map, tracks), map.id.clone(), map.updated, tracks).expect("our own export reads back")
}

#[test]
fn the_worked_example_goes_to_kumu_and_back_unchanged() {
    let content = content();
    let tracks = track_names(content);
    let map = &content.case_example;
    let back = round_trip(map, &tracks);
    assert_eq!(&back.map, map);
    assert!(back.map.shelf.is_empty());
    assert!(back.left_out.is_empty(), "{:?}", back.left_out);

    // What Kumu is given: a blueprint in its documented shape.
    let file: Value = serde_json::from_str(&to_kumu(map, &tracks)).unwrap();
    assert_eq!(file["name"], json!(map.title));
    assert_eq!(file["invented"], json!(true));
    assert_eq!(
        file["elements"][0],
        json!({"id": "ministry-of-water", "label": "Ministry of Water (upstream)", "type": "Track 1: Government",
               "description": "Built the dam; says the water is its own to use."})
    );
    assert_eq!(
        file["connections"][0],
        json!({"id": "ministry-of-water-tension-downstream-governor", "from": "ministry-of-water",
               "to": "downstream-governor", "type": "tension", "direction": "mutual"})
    );
    assert_eq!(file["connections"][5]["type"], json!("information"));
    assert_eq!(file["connections"][5]["direction"], json!("directed"));
    assert_eq!(track_type(2, &tracks), "Track 2: Nongovernment / professional");
}

/// What Kumu's blueprint guide asks of a file whose elements have ids: each
/// element has one, each is unique across elements and connections, and
/// `from` and `to` name ids, never labels. Checked the way Kumu would read
/// the file, with no help from this guide's own reader.
fn assert_kumu_can_join(text: &str) {
    let file: Value = serde_json::from_str(text).unwrap();
    let elements = file["elements"].as_array().unwrap();
    let connections = file["connections"].as_array().unwrap();
    let element_ids: Vec<&str> = elements.iter().map(|e| e["id"].as_str().expect("every element has an id")).collect();
    let mut all: Vec<&str> = element_ids.clone();
    all.extend(connections.iter().map(|c| c["id"].as_str().expect("every connection has an id")));
    let mut sorted = all.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), all.len(), "ids are unique across elements and connections: {all:?}");
    assert!(all.iter().all(|id| is_own_id(id)), "no id Kumu's search cannot select: {all:?}");
    for c in connections {
        for end in ["from", "to"] {
            let named = c[end].as_str().unwrap();
            assert_eq!(element_ids.iter().filter(|id| **id == named).count(), 1, "{end} {named:?} is one element's id");
        }
        assert!(["directed", "undirected", "mutual"].contains(&c["direction"].as_str().unwrap()));
    }
}

#[test]
fn every_connection_names_its_ends_by_element_ids_as_kumu_asks() {
    let tracks = track_names(content());
    assert_kumu_can_join(&to_kumu(&content().case_example, &tracks));

    // Repeated names, a shelf, and ids Kumu could not take as they are.
    let mut map = CaseMap::new("odd".into(), "Odd ids", "", 1);
    for name in ["Radio", "Radio", "Radio 2"] {
        map.add_actor(name, 9, "").unwrap();
    }
    map.actors[2].id = "Radio_Lake".into();
    map.relations = vec![
        CaseRelation { from: "radio".into(), to: "radio-2".into(), kind: RelationKind::Tension },
        CaseRelation { from: "Radio_Lake".into(), to: "radio".into(), kind: RelationKind::Information },
    ];
    map.shelf.push(Shelved { label: "Radio".into(), kind: "Media".into(), description: String::new() });
    let text = to_kumu(&map, &tracks);
    assert_kumu_can_join(&text);
    let file: Value = serde_json::from_str(&text).unwrap();
    let ids: Vec<&str> = file["elements"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["radio", "radio-2", "radio-2-2", "radio-3"], "the shelf has ids too, none taken twice");
    assert_eq!(file["connections"][1]["from"], json!("radio-2-2"), "a relation follows its actor's new id");

    let back = round_trip(&map, &tracks);
    let names: Vec<(&str, &str)> = back.map.relations.iter().map(|r| (r.from.as_str(), r.to.as_str())).collect();
    assert_eq!(names, [("radio", "radio-2"), ("radio-2-2", "radio")]);
    assert_eq!(back.map.shelf, map.shelf);
    assert!(back.left_out.is_empty(), "{:?}", back.left_out);
}

#[test]
fn awkward_names_and_notes_survive_the_round_trip() {
    let tracks = track_names(content());
    let mut map =
        CaseMap::new("awkward".into(), "\u{201c}Quoted\u{201d} case \\ with \"marks\"", "Line one\nline two", 5);
    let names =
        ["Fishers' \"cooperative\"", "Comité des élus", "مجلس الحكماء", "مجلس الحكماء", "Radio", "Radio", "☮ 🕊"];
    for (i, name) in names.iter().enumerate() {
        map.add_actor(name, (i % 9 + 1) as u8, "a < b, c > d; \"quoted\" \\ back").unwrap();
    }
    let ids: Vec<String> = map.actors.iter().map(|a| a.id.clone()).collect();
    assert_eq!(ids[2..4], ["item", "item-2"], "Arabic names get ids of their own");
    assert_eq!(ids[4..6], ["radio", "radio-2"]);
    map.add_relation(&ids[4], &ids[5], RelationKind::Tension).unwrap();
    map.add_relation(&ids[2], &ids[3], RelationKind::Funding).unwrap();
    map.add_relation(&ids[6], &ids[0], RelationKind::Information).unwrap();
    let back = round_trip(&map, &tracks);
    assert_eq!(back.map, map);
    assert!(back.map.shelf.is_empty() && back.left_out.is_empty(), "{:?}", back.left_out);
}

#[test]
fn tracks_are_recognised_in_every_spelling() {
    let content = content();
    let tracks = track_names(content);
    for (kind, track) in [
        ("Track 7", Some(7)),
        ("7", Some(7)),
        ("religion", Some(7)),
        ("  RELIGION ", Some(7)),
        ("Religious", Some(7)),
        ("Track 7: Religion", Some(7)),
        ("track 7 \u{2013} Faith groups", Some(7)),
        ("7: Religion", Some(7)),
        ("Track Seven", Some(7)),
        ("Track VII", Some(7)),
        ("Track II", Some(2)),
        ("Professional conflict resolution", Some(2)),
        ("Track 2: Nongovernment / professional", Some(2)),
        ("Communications and the media", Some(9)),
        ("Track 1.5", None),
        ("Track 7: Government", None),
        ("Track 10", None),
        ("0", None),
        ("7th", None),
        ("Track", None),
        ("Person", None),
        ("", None),
    ] {
        assert_eq!(track_of(kind, &tracks), track, "{kind:?}");
    }
}

/// Shaped like the project backup Kumu writes ("Export to JSON"), field for
/// field, after the published export in LouCerema/CICC_assets, `kumu.json`
/// (commit 0cb191a9be724ea501f6b9ab70c6876b2095e3bd): top-level `version`,
/// `name`, `description`, `attributes` and `maps` beside the data; elements
/// as `_id` ("elem-…") and `attributes` with lower-case "label", "element
/// type", HTML "description", "tags" and "image"; connections with `_id`,
/// "directed"/"mutual" `direction`, `delayed`, `reversed`, `attributes`, and
/// `from`/`to` naming element `_id`s; loops listing connection ids. Its
/// content is this guide's own, the original being a climate-impact map.
const PROJECT_EXPORT: &str = r#"{
  "version": 1,
  "name": "Lake Sarava stakeholders",
  "description": "<p>Drawn in a <b>workshop</b></p>",
  "proxyImages": true,
  "defaultMap": "map-k5Sarava",
  "attributes": [
    {"_id": "attr-lLfeUCuQ", "name": "Connection Type", "format": "string", "values": ["cooperation", "tension"]}
  ],
  "elements": [
    {"_id": "elem-Gov01AbC", "attributes": {"label": "Ministry of Water", "element type": "Track 1: Government",
      "description": "<p style=\"font-size: 10pt;\">Built the dam.</p>", "tags": ["state"]}},
    {"_id": "elem-Med02XyZ", "attributes": {"label": "Lakeside Mediation Centre",
      "element type": "Nongovernment / professional", "description": "Runs workshops"}},
    {"_id": "elem-Rad03QwE", "attributes": {"label": "Radio Sarava", "element type": "9",
      "image": "https://s3.amazonaws.com/cloud.kumu.io/example.png"}},
    {"_id": "elem-Fsh04RtY", "attributes": {"label": "Fishers' cooperative", "element type": "Community group"}},
    {"_id": "elem-Chr05UiO", "attributes": {"label": "Council of Churches", "element type": "track seven"}}
  ],
  "connections": [
    {"_id": "conn-wmPzaxAm", "direction": "directed", "delayed": false, "reversed": false,
     "attributes": {"connection type": "information", "description": "Call-in show"},
     "from": "elem-Rad03QwE", "to": "elem-Gov01AbC"},
    {"_id": "conn-wwEbxIfn", "direction": "mutual", "delayed": true, "reversed": false,
     "attributes": {"connection type": "Cooperation"}, "from": "elem-Med02XyZ", "to": "elem-Gov01AbC"},
    {"_id": "conn-x2Nu1etn", "direction": "directed", "delayed": false, "reversed": false,
     "attributes": {"connection type": "tension"}, "from": "elem-Fsh04RtY", "to": "elem-Gov01AbC"},
    {"_id": "conn-wtXGGEC8", "direction": "directed", "delayed": false, "reversed": false,
     "attributes": {}, "from": "elem-Chr05UiO", "to": "elem-Med02XyZ"}
  ],
  "loops": [
    {"_id": "loop-VqSX1cTw", "attributes": {"label": "Blame"}, "connections": ["conn-wmPzaxAm", "conn-x2Nu1etn"]}
  ],
  "maps": [
    {"_id": "map-k5Sarava", "name": "Overview", "defaultConnectionDirection": "directed",
     "elements": [{"_id": "node-07rZ2r0x", "position": {"x": 1, "y": 2}, "element": "elem-Gov01AbC"}]}
  ]
}"#;

#[test]
fn a_kumu_project_export_reads_as_kumu_writes_it() {
    let tracks = track_names(content());
    assert!(looks_like(PROJECT_EXPORT));
    let read = import(PROJECT_EXPORT, &tracks).unwrap();
    let map = &read.map;
    assert_eq!(
        (map.id.as_str(), map.title.as_str(), map.description.as_str()),
        ("imported", "Lake Sarava stakeholders", "Drawn in a workshop")
    );
    assert_eq!(map.updated, 7);
    assert!(!map.invented);
    let actors: Vec<(&str, &str, u8, &str)> =
        map.actors.iter().map(|a| (a.id.as_str(), a.name.as_str(), a.track, a.note.as_str())).collect();
    assert_eq!(
        actors,
        [
            ("ministry-of-water", "Ministry of Water", 1, "Built the dam."),
            ("lakeside-mediation-centre", "Lakeside Mediation Centre", 2, "Runs workshops"),
            ("radio-sarava", "Radio Sarava", 9, ""),
            ("council-of-churches", "Council of Churches", 7, ""),
        ],
        "Kumu's own ids give way to readable ones"
    );
    assert_eq!(
        map.relations,
        [
            CaseRelation {
                from: "radio-sarava".into(),
                to: "ministry-of-water".into(),
                kind: RelationKind::Information
            },
            CaseRelation {
                from: "lakeside-mediation-centre".into(),
                to: "ministry-of-water".into(),
                kind: RelationKind::Cooperation
            },
        ]
    );
    assert_eq!(
        read.map.shelf,
        [Shelved { label: "Fishers' cooperative".into(), kind: "Community group".into(), description: String::new() }]
    );
    assert_eq!(
        read.left_out,
        [
            "connection 3 from \u{201c}Fishers' cooperative\u{201d} to \u{201c}Ministry of Water\u{201d}: \u{201c}Fishers' cooperative\u{201d} has no track yet",
            "connection 4 from \u{201c}Council of Churches\u{201d} to \u{201c}Lakeside Mediation Centre\u{201d}: it has no type (cooperation, tension, funding or information)",
            "1 loop (a case map has no loops)",
            "the markup in 1 description (this guide shows plain text)",
            "file fields not used: attributes, defaultMap, maps, proxyImages, version",
            "element fields not used: image, tags",
            "connection fields not used: delayed, description",
        ]
    );
}

/// A hand-written blueprint as people publish them, after
/// mrvcollective/mrvc-sectormap, `kumu.json` (commit
/// be5b44186b0a7713eb3c3730096e43cd4e51a9b9), itself grown from the example in
/// Kumu's blueprint guide: `type`, `label`, `description` and custom fields on
/// the elements, connections by label, and, as in that file, connections to
/// an element the file never lists.
const BLUEPRINT: &str = r#"{
    "elements": [
        {"type": "Donor", "label": "Lake Fund", "description": "Pays for the workshops.", "location": "Capital"},
        {"type": "Facilitator", "label": "Amina", "description": "Runs the dialogue.", "location": "Sarava"},
        {"type": "Startup", "label": "Sarava Maps", "description": "Maps the shore, built by [[Omar]] and [[Amina]].", "website": "https://example.org"}
    ],
    "connections": [
        {"from": "Omar", "to": "Amina", "type": "Family", "description": "[[Omar]] and [[Amina]] are cousins."},
        {"from": "Omar", "to": "Sarava Maps", "type": "Cofounder"},
        {"from": "Amina", "to": "Sarava Maps", "type": "Cofounder"}
    ]
}"#;

#[test]
fn the_shelf_travels_to_kumu_and_back_and_is_placed_one_actor_at_a_time() {
    let tracks = track_names(content());
    let mut read = import(BLUEPRINT, &tracks).unwrap();
    let back = round_trip(&read.map, &tracks);
    assert_eq!(back.map.shelf, read.map.shelf, "shelved elements keep their type and come back shelved");
    let id = read.map.place_shelved(1, 2).unwrap();
    assert_eq!(read.map.actor(&id).map(|a| (a.name.as_str(), a.track)), Some(("Amina", 2)));
    assert_eq!(read.map.shelf.len(), 2);
    assert!(read.map.place_shelved(9, 2).is_err(), "an index past the shelf is refused, not a panic");
    assert!(read.map.place_shelved(0, 10).is_err() && read.map.shelf.len() == 2, "a bad track keeps it shelved");
}

#[test]
fn a_blueprint_with_no_tracks_still_imports_onto_the_shelf() {
    let tracks = track_names(content());
    let read = import(BLUEPRINT, &tracks).unwrap();
    assert!(read.map.actors.is_empty() && read.map.relations.is_empty());
    assert_eq!(read.map.title, "Map from Kumu");
    let shelf: Vec<(&str, &str)> = read.map.shelf.iter().map(|s| (s.label.as_str(), s.kind.as_str())).collect();
    assert_eq!(shelf, [("Lake Fund", "Donor"), ("Amina", "Facilitator"), ("Sarava Maps", "Startup")]);
    assert_eq!(read.map.shelf[0].description, "Pays for the workshops.");
    assert_eq!(
        read.left_out,
        [
            "connection 1 from \u{201c}Omar\u{201d} to \u{201c}Amina\u{201d}: there is no element \u{201c}Omar\u{201d}",
            "connection 2 from \u{201c}Omar\u{201d} to \u{201c}Sarava Maps\u{201d}: there is no element \u{201c}Omar\u{201d}",
            "connection 3 from \u{201c}Amina\u{201d} to \u{201c}Sarava Maps\u{201d}: \u{201c}Amina\u{201d} has no track yet",
            "element fields not used: location, website",
            "connection fields not used: description",
        ]
    );

    // The same file once its types name tracks: labels join the elements.
    let placed = BLUEPRINT
        .replace("\"Donor\"", "\"Funding\"")
        .replace("\"Facilitator\"", "\"Track 2\"")
        .replace("\"Startup\"", "\"business\"");
    let read = import(&placed, &tracks).unwrap();
    assert!(read.map.shelf.is_empty());
    assert_eq!(read.map.actors.iter().map(|a| a.track).collect::<Vec<_>>(), [8, 2, 3]);
    assert_eq!(
        read.left_out[2],
        "connection 3 from \u{201c}Amina\u{201d} to \u{201c}Sarava Maps\u{201d}: its type \u{201c}Cofounder\u{201d} is not cooperation, tension, funding or information"
    );
}

#[test]
fn shelf_and_left_out_connections_say_why() {
    let tracks = track_names(content());
    let text = r#"{"elements": [
        {"label": "Ministry", "type": "Government"},
        {"label": "Elders", "type": "Traditional authority", "description": "Keep the old agreements."},
        {"label": "Radio", "type": "Track 9"},
        {"label": "Radio", "type": "9"},
        {"label": "Bank", "type": "3"},
        {"type": "Track 4"},
        "stray"
    ], "connections": [
        {"from": "Ministry", "to": "Elders", "type": "tension"},
        {"from": "Ministry", "to": "Ghost", "type": "tension"},
        {"from": "Ministry", "to": "Radio", "type": "information"},
        {"from": "Bank", "to": "Ministry", "type": "likes"},
        {"from": "Bank", "to": "Ministry", "type": "Funding", "direction": "directed"},
        {"from": "Ministry", "to": "Bank", "type": "funding"},
        {"from": "Bank", "to": "bank ", "type": "cooperation"},
        {"from": "Bank"},
        42
    ]}"#;
    let read = import(text, &tracks).unwrap();
    let ids: Vec<&str> = read.map.actors.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["ministry", "radio", "radio-2", "bank"], "a label repeated with another type is another element");
    assert_eq!(
        read.map.relations,
        [CaseRelation { from: "bank".into(), to: "ministry".into(), kind: RelationKind::Funding }]
    );
    assert_eq!(
        read.map.shelf,
        [Shelved {
            label: "Elders".into(),
            kind: "Traditional authority".into(),
            description: "Keep the old agreements.".into()
        }]
    );
    let q = |s: &str| format!("\u{201c}{s}\u{201d}");
    assert_eq!(
        read.left_out,
        [
            "element 6 has no label".to_string(),
            "element 7 is text, not an element".to_string(),
            format!("connection 1 from {} to {}: {} has no track yet", q("Ministry"), q("Elders"), q("Elders")),
            format!("connection 2 from {} to {}: there is no element {}", q("Ministry"), q("Ghost"), q("Ghost")),
            format!(
                "connection 3 from {} to {}: {} names 2 elements; give them ids",
                q("Ministry"),
                q("Radio"),
                q("Radio")
            ),
            format!(
                "connection 4 from {} to {}: its type {} is not cooperation, tension, funding or information",
                q("Bank"),
                q("Ministry"),
                q("likes")
            ),
            format!("connection 6 from {} to {}: it repeats an earlier funding connection", q("Ministry"), q("Bank")),
            format!("connection 7 from {} to {}: it joins an element to itself", q("Bank"), q("Bank")),
            format!("connection 8 does not say what it joins ({} and {})", q("from"), q("to")),
            "connection 9 is a number, not a connection".to_string(),
        ]
    );
}

/// Kumu's import rules (docs.kumu.io/frequently-asked-questions/how-do-i-avoid-duplicating-data):
/// without ids, one element per label and type, a later row updating the
/// earlier one; so a connection naming the label reaches that one element.
#[test]
fn a_label_and_type_repeated_without_ids_is_one_element_as_in_kumu() {
    let tracks = track_names(content());
    let text = r#"{"elements": [
        {"label": "Radio", "type": "Track 9", "description": "Old note"},
        {"label": "Ministry", "type": "Track 1"},
        {"label": "Radio", "type": "Track 9", "description": "New note"},
        {"label": "Elders", "type": "Traditional authority"},
        {"label": "Elders", "type": "Traditional authority"}
    ], "connections": [
        {"from": "Radio", "to": "Ministry", "type": "information"}
    ]}"#;
    let read = import(text, &tracks).unwrap();
    let actors: Vec<(&str, &str)> = read.map.actors.iter().map(|a| (a.id.as_str(), a.note.as_str())).collect();
    assert_eq!(actors, [("radio", "New note"), ("ministry", "")], "the later row's description wins, as in Kumu");
    assert_eq!(read.map.shelf.len(), 1);
    assert_eq!(
        read.map.relations,
        [CaseRelation { from: "radio".into(), to: "ministry".into(), kind: RelationKind::Information }]
    );
    assert_eq!(
        read.left_out,
        [
            "element 3 (\u{201c}Radio\u{201d}) has the label and type of element 1 and no id; read as one element with it, as Kumu does",
            "element 5 (\u{201c}Elders\u{201d}) has the label and type of element 4 and no id; read as one element with it, as Kumu does",
        ]
    );
}

#[test]
fn ids_reversed_connections_and_repeated_ids() {
    let tracks = track_names(content());
    let text = r#"{"elements": [
        {"id": "e1", "label": "A", "type": "1"},
        {"id": "e2", "label": "A", "type": "2"},
        {"id": "e2", "label": "B", "type": "3"},
        {"id": "Not Ours", "label": "C", "type": "4"}
    ], "connections": [
        {"id": "c1", "from": "e1", "to": "e2", "type": "funding", "reversed": true},
        {"from": "Not Ours", "to": "B", "type": "tension"}
    ]}"#;
    let read = import(text, &tracks).unwrap();
    let ids: Vec<&str> = read.map.actors.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["e1", "e2", "b", "c"]);
    assert_eq!(
        read.map.relations,
        [
            CaseRelation { from: "e2".into(), to: "e1".into(), kind: RelationKind::Funding },
            CaseRelation { from: "c".into(), to: "b".into(), kind: RelationKind::Tension },
        ]
    );
    assert_eq!(
        read.left_out,
        ["element 3 (\u{201c}B\u{201d}) repeats the id \u{201c}e2\u{201d}; connections naming it reach the first"]
    );
}

#[test]
fn files_that_cannot_be_read_are_refused_with_the_place() {
    let tracks = track_names(content());
    let refused = |text: &str| import(text, &tracks).unwrap_err().to_string();
    assert_eq!(
        refused("nonsense"),
        "this is not valid JSON (line 1, column 2): only true, false or null can be written without quotes"
    );
    let cut = &PROJECT_EXPORT[..PROJECT_EXPORT.find("\"loops\"").unwrap()];
    assert_eq!(refused(cut), "this is not valid JSON (line 31, column 2): the file ends where a value should be");
    assert_eq!(
        refused(r#"{"nodes": [], "edges": []}"#),
        "elements: missing: a Kumu file lists its \u{201c}elements\u{201d} (and \u{201c}connections\u{201d})"
    );
    assert_eq!(refused(r#"{"elements": {"a": 1}}"#), "elements: should be a list of elements, not an object");
    assert_eq!(refused("[1, 2]"), "a Kumu file is an object holding \u{201c}elements\u{201d}; this is a list");
    let empty = import(r#"{"name": "Not yet drawn", "elements": []}"#, &tracks).unwrap();
    assert_eq!((empty.map.title.as_str(), empty.map.actors.len()), ("Not yet drawn", 0), "empty, not refused");
    assert_eq!(
        refused(r#"{"elements": [{"type": "Track 1"}, {"label": "  "}]}"#),
        "elements[0].label: an element needs a label"
    );
    assert_eq!(refused(r#"{"elements": [3]}"#), "elements[0]: should be an object with a label");
    assert!(!looks_like(r#"{"format": "multitrack-user-data", "elements": []}"#));
    assert!(!looks_like(r#"{"events": []}"#));
    // A byte-order mark, as some editors save, is no reason to refuse.
    assert!(import(&format!("\u{feff}{BLUEPRINT}"), &tracks).is_ok());
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn name() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("Fishers' \"cooperative\"".to_string()),
            Just("Comité des élus".to_string()),
            Just("مجلس الحكماء".to_string()),
            Just("Radio Sarava".to_string()),
            "[A-Za-zé0-9 '\"\\\\:-]{1,12}",
        ]
    }

    fn map() -> impl Strategy<Value = CaseMap> {
        let actors = prop::collection::vec((name(), 1u8..=9, "[a-zA-Z0-9 é\"'\\\\>\n]{0,16}"), 0..8);
        let relations = prop::collection::vec((0usize..8, 0usize..8, 0usize..4), 0..10);
        (actors, relations, any::<bool>()).prop_map(|(actors, relations, invented)| {
            let mut map = CaseMap::new("case".into(), "A case", "Its description", 9);
            map.invented = invented;
            for (name, track, note) in actors {
                let _ = map.add_actor(&name, track, &note);
            }
            let ids: Vec<String> = map.actors.iter().map(|a| a.id.clone()).collect();
            for (a, b, kind) in relations {
                if let (Some(a), Some(b)) = (ids.get(a), ids.get(b)) {
                    let _ = map.add_relation(a, b, RelationKind::ALL[kind]);
                }
            }
            map
        })
    }

    /// JSON built from the words a Kumu file uses, to reach the import's
    /// corners more often than random text would.
    fn kumu_like() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(|n| json!(n)),
            prop_oneof![Just("Track 1"), Just("A"), Just("e1"), Just("tension"), Just("<p>x</p>"), Just("")]
                .prop_map(|s| json!(s)),
        ];
        let keys = prop_oneof![
            Just("elements"),
            Just("connections"),
            Just("label"),
            Just("type"),
            Just("from"),
            Just("to"),
            Just("id"),
            Just("_id"),
            Just("attributes"),
            Just("reversed"),
            Just("name"),
        ];
        leaf.prop_recursive(4, 40, 6, move |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::vec((keys.clone(), inner), 0..6)
                    .prop_map(|pairs| Value::Object(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn any_map_survives_the_round_trip(map in map()) {
            let content = content();
            let tracks = track_names(content);
            let back = round_trip(&map, &tracks);
            prop_assert!(back.map.shelf.is_empty());
            prop_assert_eq!(back.map, map);
            prop_assert!(back.left_out.is_empty(), "{:?}", back.left_out);
        }

        #[test]
        fn no_input_makes_the_import_panic(value in kumu_like(), text in "\\PC{0,40}", cut in 0usize..2000) {
            let tracks = [(1, "Government"), (7, "Religion")];
            let _ = import(&value.to_string(), &tracks);
            let _ = import(&text, &tracks);
            let export: String = PROJECT_EXPORT.chars().take(cut).collect();
            let _ = import(&export, &tracks);
        }
    }
}
