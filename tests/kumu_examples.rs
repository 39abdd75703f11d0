//! Kumu's own published files (copies in `tests/fixtures/kumu/`, sources in
//! its SOURCES.md) read as Kumu reads them, and this guide's case maps sent
//! to Kumu and back.
//!
//! Kumu's rule, from its blueprint guide
//! (https://docs.kumu.io/guides/import/blueprints): a connection's `from` and
//! `to` name elements by label, or by id once elements carry ids; Kumu's own
//! project export names them by the elements' `_id`s.

use multitrack::model::content::case_map::{CaseMap, RelationKind};
use multitrack::model::content::case_studies::Cases;
use multitrack::model::content::Dataset;
use multitrack::model::formats::kumu::{from_kumu, looks_like, to_kumu, KumuImport};
use multitrack::model::formats::track_names::track_names;
use serde_json::{json, Value};
use std::path::Path;

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kumu").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn import(text: &str, content: &Dataset) -> KumuImport {
    assert!(looks_like(text), "read as a Kumu file");
    from_kumu(text, "imported".into(), 1, &track_names(content)).unwrap_or_else(|e| panic!("refused: {e}"))
}

/// The file with each element's type (wherever Kumu keeps it) replaced by
/// `retype(label)`, and each connection's type set to `kind`: the same
/// references, now between actors on tracks.
fn placed(text: &str, retype: impl Fn(&str) -> &'static str, kind: &str) -> String {
    let mut file: Value = serde_json::from_str(text).unwrap();
    for (list, key, set) in [("elements", "element type", None), ("connections", "connection type", Some(kind))] {
        for item in file[list].as_array_mut().unwrap() {
            // Kumu's export keeps fields in `attributes`, under longer names.
            let (fields, key) = match item.get("attributes") {
                Some(_) => (&mut item["attributes"], key),
                None => (item, "type"),
            };
            let value = match set {
                Some(kind) => kind,
                None => retype(fields["label"].as_str().unwrap()),
            };
            fields[key] = json!(value);
        }
    }
    file.to_string()
}

/// Whether a left-out line is about one connection ("connection 3 from …").
fn is_connection(line: &str) -> bool {
    line.strip_prefix("connection ").and_then(|rest| rest.split(' ').next()).is_some_and(|n| n.parse::<usize>().is_ok())
}

fn relations(map: &CaseMap) -> Vec<(String, String, RelationKind)> {
    let name = |id: &str| map.actor(id).map_or_else(|| format!("?{id}"), |a| a.name.clone());
    map.relations.iter().map(|r| (name(&r.from), name(&r.to), r.kind)).collect()
}

#[test]
fn the_blueprint_guides_example_joins_elements_by_label() {
    let content = Dataset::builtin();
    let text = fixture("kumu-docs-blueprint-fields.json");
    let read = import(&text, &content);
    let shelf: Vec<(&str, &str, &str)> =
        read.map.shelf.iter().map(|s| (s.label.as_str(), s.kind.as_str(), s.description.as_str())).collect();
    assert_eq!(
        shelf,
        [("A", "Letter", "This is A"), ("B", "Letter", "")],
        "a type that names no track waits on the shelf"
    );
    assert_eq!(
        read.left_out,
        [
            "connection 1 from \u{201c}A\u{201d} to \u{201c}B\u{201d}: \u{201c}A\u{201d} has no track yet",
            "element fields not used: Favorite Dessert, tags",
        ]
    );

    let read = import(&placed(&text, |l| if l == "A" { "Track 2" } else { "Track 4" }, "cooperation"), &content);
    assert_eq!(relations(&read.map), [("A".into(), "B".into(), RelationKind::Cooperation)]);
    assert_eq!(read.map.actors.iter().map(|a| (a.id.as_str(), a.track)).collect::<Vec<_>>(), [("a", 2), ("b", 4)]);
}

#[test]
fn the_blueprint_guides_ids_join_elements_that_share_a_label() {
    let content = Dataset::builtin();
    let text = fixture("kumu-docs-blueprint-ids.json");
    let read = import(&text, &content);
    assert_eq!(read.map.shelf.len(), 2, "no type, no track: both wait on the shelf");
    assert_eq!(
        read.left_out,
        ["connection 1 from \u{201c}A\u{201d} to \u{201c}A\u{201d}: \u{201c}A\u{201d} has no track yet"]
    );

    let read = import(&placed(&text, |_| "Track 1", "funding"), &content);
    let ids: Vec<&str> = read.map.actors.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["e1", "e2"], "the file's ids are kept, so the two “A”s stay apart");
    let joined: Vec<(&str, &str)> = read.map.relations.iter().map(|r| (r.from.as_str(), r.to.as_str())).collect();
    assert_eq!(joined, [("e1", "e2")]);
    assert!(read.left_out.is_empty(), "{:?}", read.left_out);
}

#[test]
fn kumus_own_project_export_joins_elements_by_their_underscore_ids() {
    let content = Dataset::builtin();
    let text = fixture("cicc-project-export-excerpt.json");
    let read = import(&text, &content);
    assert_eq!(read.map.title, "Chaine d'impact CC - VBeta");
    let shelf: Vec<&str> = read.map.shelf.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(
        shelf,
        [
            "A.CHANGEMENT DES  PARAMETRE CLIMATIQUES",
            "FACTEURS  CLIMATIQUES",
            "Services",
            "Stockage du CO2",
            "Activités et pratiques"
        ]
    );
    // The `_id`s are resolved to the elements they name: every left-out
    // connection is told by its labels, never by "elem-…".
    let connections: Vec<&String> = read.left_out.iter().filter(|l| is_connection(l)).collect();
    assert_eq!(connections.len(), 3, "{:?}", read.left_out);
    assert!(connections[1]
        .starts_with("connection 2 from \u{201c}Activités et pratiques\u{201d} to \u{201c}Services\u{201d}: "));
    assert!(!read.left_out.iter().any(|l| l.contains("elem-")), "{:?}", read.left_out);

    let read = import(&placed(&text, |_| "Track 3", "information"), &content);
    assert_eq!(
        relations(&read.map),
        [
            (
                "FACTEURS  CLIMATIQUES".into(),
                "A.CHANGEMENT DES  PARAMETRE CLIMATIQUES".into(),
                RelationKind::Information
            ),
            ("Activités et pratiques".into(), "Services".into(), RelationKind::Information),
            ("Activités et pratiques".into(), "Stockage du CO2".into(), RelationKind::Information),
        ]
    );
    assert!(read.map.actors.iter().all(|a| !a.id.starts_with("elem-")), "Kumu's ids give way to readable ones");
}

#[test]
fn a_published_hand_written_blueprint_joins_by_label() {
    let content = Dataset::builtin();
    let text = fixture("arredauni-kumujson.json");
    let read = import(&text, &content);
    assert_eq!(read.map.shelf.len(), 6);
    let connections = read.left_out.iter().filter(|l| is_connection(l)).count();
    assert_eq!(connections, 10, "{:?}", read.left_out);
    assert!(!read.left_out.iter().any(|l| l.contains("there is no element")), "every label names an element");

    let tracks = |l: &str| match l {
        "Pinterest" => "Track 3",
        "Harvard University" | "University of Michigan" => "Track 5",
        "Hedonism" => "Track 6",
        _ => "Track 4",
    };
    // The file draws each tie twice, once each way: a case map holds one
    // cooperation between two actors, and says so of the second.
    let read = import(&placed(&text, tracks, "cooperation"), &content);
    let others = ["Pinterest", "Harvard University", "University of Michigan", "Hedonism", "Amy Brown"];
    let expected: Vec<(String, String, RelationKind)> =
        others.iter().map(|o| ("Shelia Wagner".to_string(), o.to_string(), RelationKind::Cooperation)).collect();
    assert_eq!(relations(&read.map), expected);
    assert_eq!(
        read.left_out[0],
        "connection 2 from \u{201c}Pinterest\u{201d} to \u{201c}Shelia Wagner\u{201d}: it repeats an earlier cooperation connection"
    );
    assert_eq!(read.left_out.iter().filter(|l| l.ends_with("it repeats an earlier cooperation connection")).count(), 5);
}

/// Every case map the guide ships, written for Kumu: the file keeps to the
/// fields Kumu's guide names (`id`, `label`, `type`, `description` on
/// elements; `id`, `from`, `to`, `type`, `direction` on connections), each
/// end names exactly one element by id, and read back it is the same map.
#[test]
fn every_case_map_goes_to_kumu_in_the_documented_form_and_comes_back_the_same() {
    let content = Dataset::builtin();
    let tracks = track_names(&content);
    let cases = Cases::builtin();
    let maps: Vec<&CaseMap> =
        std::iter::once(&content.case_example).chain(cases.case_studies.iter().map(|s| &s.map)).collect();
    assert!(maps.len() > 1);
    for map in maps {
        let text = to_kumu(map, &tracks);
        let file: Value = serde_json::from_str(&text).unwrap();
        let top: Vec<&str> = file.as_object().unwrap().keys().map(String::as_str).collect();
        assert!(
            top.iter().all(|k| ["name", "description", "invented", "elements", "connections"].contains(k)),
            "{top:?}"
        );
        let elements = file["elements"].as_array().unwrap();
        let ids: Vec<&str> = elements.iter().map(|e| e["id"].as_str().unwrap()).collect();
        for e in elements {
            assert!(e
                .as_object()
                .unwrap()
                .keys()
                .all(|k| ["id", "label", "type", "description"].contains(&k.as_str())));
        }
        for c in file["connections"].as_array().unwrap() {
            let keys = c.as_object().unwrap().keys();
            assert!(keys.into_iter().all(|k| ["id", "from", "to", "type", "direction"].contains(&k.as_str())));
            for end in ["from", "to"] {
                assert_eq!(ids.iter().filter(|id| **id == c[end]).count(), 1, "{}: {c}", map.id);
            }
            assert!(!ids.contains(&c["id"].as_str().unwrap()), "a connection's id is no element's");
        }

        let back = from_kumu(&text, map.id.clone(), map.updated, &tracks).unwrap();
        assert_eq!(&back.map.actors, &map.actors, "{}", map.id);
        assert_eq!(&back.map.relations, &map.relations, "{}", map.id);
        assert_eq!(&back.map, map);
        assert!(back.left_out.is_empty(), "{}: {:?}", map.id, back.left_out);
    }
}
