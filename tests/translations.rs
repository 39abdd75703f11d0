//! The translated content (`src/content/i18n/<lang>/`, issue 16) against the
//! English: the same structure, the same ids, dates, citations and
//! references, every prose field translated, quotations kept in the original
//! beside a translation marked as such.
//!
//! Why structure first: a translation that drops a citation, a reading of a
//! dispute or an event is wrong however good its French; checking the files
//! key by key catches that before any view shows them.

use serde_json::Value;
use std::path::Path;

const LANGUAGES: [&str; 3] = ["fr", "es", "ar"];
const FILES: [&str; 2] = ["dataset.json", "cases.json"];

/// Keys whose values are not prose: ids, dates, citations, routes, numbers.
const KEPT: [&str; 28] = [
    "id",
    "ref",
    "pages",
    "date",
    "end",
    "start",
    "url",
    "kind",
    "colour",
    "colour_dark",
    "number",
    "year",
    "event",
    "events",
    "tracks",
    "route",
    "target",
    "from",
    "to",
    "actor",
    "format",
    "version",
    "updated",
    "invented",
    "concepts",
    "criticism",
    "case_map",
    "cases",
];

fn read(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn is_quote(object: &serde_json::Map<String, Value>) -> bool {
    object.contains_key("text") && object.contains_key("by") && object.contains_key("cite")
}

/// Walks the English and the translation side by side; `kept` is true under
/// a key whose value must not change.
fn compare(english: &Value, translated: &Value, at: &str, kept: bool, problems: &mut Vec<String>) {
    match (english, translated) {
        (Value::Object(e), Value::Object(t)) => {
            let quote = is_quote(e);
            for key in t.keys().filter(|k| !e.contains_key(*k)) {
                if !(quote && key == "translation") {
                    problems.push(format!("{at}.{key}: not in the English"));
                }
            }
            if quote && t.get("translation").is_none_or(|v| v.as_str().is_none_or(|s| s.trim().is_empty())) {
                problems.push(format!("{at}: a quotation needs its translation"));
            }
            for (key, value) in e {
                let Some(other) = t.get(key) else {
                    problems.push(format!("{at}.{key}: missing"));
                    continue;
                };
                // References keep their titles; a quotation keeps its words (its attribution is translated).
                // "concepts" and "criticism" name id lists on an event, prose sections at the top.
                let ids_only = match value {
                    Value::Array(items) => items.iter().all(|v| !v.is_object() && !v.is_array()),
                    Value::Object(_) => false,
                    _ => true,
                };
                // A reference keeps its ids, dates, address, short name and title;
                // the words around them (the author's "interviewed by", the
                // source's "copy on") and its note are read in the dataset's language.
                let described = at.contains(".references[") && ["author", "source", "note"].contains(&key.as_str());
                let keep = !described
                    && (kept
                    || (KEPT.contains(&key.as_str()) && ids_only)
                    || key == "references"
                    || key == "people"
                    // A quotation keeps its words; its attribution ("Montville and
                    // Davidson, as the article cites them") is read in the language.
                    || (quote && key == "text"));
                compare(value, other, &format!("{at}.{key}"), keep, problems);
            }
            // The quiz: a choice is translated whole, its answer one of its options.
            if e.get("kind").and_then(Value::as_str) == Some("choice") {
                let options: Vec<&str> = t
                    .get("options")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect();
                let answer = t.get("answer").and_then(Value::as_str).unwrap_or_default();
                if !options.contains(&answer) {
                    problems.push(format!("{at}.answer: \"{answer}\" is not one of its options"));
                }
            } else if e.contains_key("kind") && e.contains_key("prompt") {
                for key in ["options", "answer"] {
                    if e.get(key) != t.get(key) {
                        problems.push(format!("{at}.{key}: ids and track numbers must not change"));
                    }
                }
            }
        }
        (Value::Array(e), Value::Array(t)) => {
            if e.len() != t.len() {
                problems.push(format!("{at}: {} items, the English has {}", t.len(), e.len()));
            }
            for (i, (a, b)) in e.iter().zip(t).enumerate() {
                compare(a, b, &format!("{at}[{i}]"), kept, problems);
            }
        }
        (Value::String(e), Value::String(t)) => {
            if kept && e != t {
                problems.push(format!("{at}: must stay \"{e}\", found \"{t}\""));
            }
            if !kept && !e.trim().is_empty() && t.trim().is_empty() {
                problems.push(format!("{at}: empty"));
            }
        }
        (e, t) if e == t => {}
        (e, t) => problems.push(format!("{at}: {e} became {t}")),
    }
}

#[test]
fn every_translation_has_the_english_structure_ids_citations_and_references() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content");
    for lang in LANGUAGES {
        for file in FILES {
            let english = read(&root.join(file));
            let translated = read(&root.join("i18n").join(lang).join(file));
            let mut problems = Vec::new();
            compare(&english, &translated, file, false, &mut problems);
            assert!(problems.is_empty(), "{lang}/{file}:\n{}", problems.join("\n"));
        }
        assert!(root.join("i18n").join(lang).join("GLOSSARY.md").exists(), "{lang} keeps a glossary");
    }
}

#[test]
fn the_prose_is_translated_not_copied() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content");
    for lang in LANGUAGES {
        let english = read(&root.join("dataset.json"));
        let translated = read(&root.join("i18n").join(lang).join("dataset.json"));
        // The summaries of the history's events, sentence-long prose every language must render.
        let summaries = |v: &Value| -> Vec<String> {
            v["events"].as_array().unwrap().iter().map(|e| e["summary"].as_str().unwrap().to_string()).collect()
        };
        let same = summaries(&english).iter().zip(summaries(&translated)).filter(|(a, b)| *a == b).count();
        assert_eq!(same, 0, "{lang}: {same} event summaries are still in English");
    }
}

/// A reader of the French guide reads its sources described in French: the
/// notes, and the descriptive words around the titles, are translated.
#[test]
fn the_references_are_described_in_the_datasets_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content");
    let english_words = [
        "Wikipedia, the free encyclopedia",
        "Copy on",
        "copy at",
        "Undated",
        "abstract page",
        "Author page",
        "Read December",
        "Consulted",
    ];
    for lang in LANGUAGES {
        for file in FILES {
            let english = read(&root.join(file));
            let translated = read(&root.join("i18n").join(lang).join(file));
            let pairs =
                english["references"].as_array().unwrap().iter().zip(translated["references"].as_array().unwrap());
            for (e, t) in pairs {
                let id = e["id"].as_str().unwrap();
                if let Some(note) = e["note"].as_str() {
                    assert_ne!(Some(note), t["note"].as_str(), "{lang}/{file}: the note of {id} is still in English");
                }
                let source = t["source"].as_str().unwrap_or_default();
                for word in english_words {
                    assert!(!source.contains(word), "{lang}/{file}: {id} still says \"{word}\": {source}");
                }
                assert_eq!(e["consulted"], t["consulted"], "{lang}/{file}: {id} was consulted when the English was");
            }
        }
    }
}

#[test]
fn the_checks_catch_a_dropped_citation_a_changed_id_and_an_untranslated_quotation() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content");
    let english = read(&root.join("dataset.json"));
    let mut broken = read(&root.join("i18n/fr/dataset.json"));
    broken["events"][0]["cite"].as_array_mut().unwrap().pop();
    broken["events"][1]["id"] = Value::String("renamed".into());
    broken["events"][0]["quotes"][0].as_object_mut().unwrap().remove("translation");
    let mut problems = Vec::new();
    compare(&english, &broken, "dataset.json", false, &mut problems);
    let text = problems.join("\n");
    assert!(text.contains("dataset.json.events[0].cite:"), "{text}");
    assert!(text.contains("dataset.json.events[1].id: must stay"), "{text}");
    assert!(text.contains("a quotation needs its translation"), "{text}");
}

/// The chart's words in every language: each event's short title, at most
/// 24 characters, and the eras' short names (build.rs refuses the same).
#[test]
fn every_language_gives_each_event_a_short_title_for_the_chart() {
    use multitrack::model::content::{case_studies::Cases, chart_word_problems, Dataset};
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content/i18n");
    let text = |lang: &str, file: &str| std::fs::read_to_string(root.join(lang).join(file)).unwrap();
    for lang in LANGUAGES {
        let data = Dataset::from_json(&text(lang, "dataset.json")).unwrap();
        let cases = Cases::from_json(&text(lang, "cases.json")).unwrap();
        assert_eq!(chart_word_problems(&data.events, &data.eras), [], "{lang}/dataset.json");
        assert_eq!(chart_word_problems(&cases.events, &[]), [], "{lang}/cases.json");
        assert_eq!(data.events.iter().filter(|e| e.turning_point).count(), 3, "{lang}: the turning points are kept");
    }
    let mut broken = Dataset::from_json(&text("fr", "dataset.json")).unwrap();
    broken.events[0].short_title = Some("Montville nomme la voie 1 et la voie 2".into());
    broken.events[1].short_title = Some(" ".into());
    let problems: Vec<String> = chart_word_problems(&broken.events, &[]).iter().map(ToString::to_string).collect();
    assert!(
        problems[0].starts_with("events[0].short_title: \"Montville nomme la voie 1 et la voie 2\" is 38 characters"),
        "{problems:?}"
    );
    assert!(problems[1].starts_with("events[1].short_title:"), "{problems:?}");
}

// The interface wording (`src/i18n/<lang>/`): build.rs refuses a catalogue
// out of step with the English; these show what it checks, and that it fires.
mod interface {
    use multitrack::model::base::lang::Lang;
    use multitrack::model::i18n::catalogue::{self, Catalogue, Entry};
    use std::path::Path;

    fn read(lang: Lang) -> Catalogue {
        catalogue::read_dir(&Path::new("src/i18n").join(lang.code())).unwrap()
    }

    #[test]
    fn every_language_has_every_key_placeholder_and_plural_form_of_the_english() {
        let english = read(Lang::En);
        assert!(english.contains_key("app") && english.len() >= 5, "the catalogue has its sections");
        assert_eq!(catalogue::english_problems(&english), Vec::<String>::new());
        for lang in [Lang::Fr, Lang::Es, Lang::Ar] {
            assert_eq!(catalogue::problems(&english, &read(lang), lang), Vec::<String>::new(), "{}", lang.code());
        }
    }

    #[test]
    fn the_wording_is_translated_not_copied() {
        let english = read(Lang::En);
        for lang in [Lang::Fr, Lang::Es, Lang::Ar] {
            let translated = read(lang);
            let (mut same, mut total) = (Vec::new(), 0);
            for (name, section) in &english {
                for (key, entry) in section {
                    let Entry::Text(text) = entry else { continue };
                    total += 1;
                    // Words with letters that read the same in every language
                    // (a format's name, a date pattern, a separator) may stay.
                    let wordy =
                        text.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3).count()
                            > 1;
                    if wordy && translated[name].get(key) == Some(entry) {
                        same.push(format!("{name}.{key}"));
                    }
                }
            }
            assert!(
                same.len() * 20 <= total,
                "{}: {} of {total} texts are the English: {same:?}",
                lang.code(),
                same.len()
            );
        }
    }

    #[test]
    fn the_checks_catch_a_missing_key_a_changed_placeholder_and_a_missing_arabic_form() {
        let english = read(Lang::En);
        let mut broken = read(Lang::Fr);
        broken.get_mut("app").unwrap().remove("skip_to_content");
        broken.get_mut("app").unwrap().insert("document_title".into(), Entry::Text("{titre} · multitrack".into()));
        let problems = catalogue::problems(&english, &broken, Lang::Fr);
        assert!(problems.iter().any(|p| p.contains("\"skip_to_content\" is missing")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("\"document_title\" has placeholders")), "{problems:?}");

        let mut arabic = read(Lang::Ar);
        let plural = arabic
            .values_mut()
            .flat_map(|s| s.values_mut())
            .find_map(|e| match e {
                Entry::Plural(forms) => Some(forms),
                Entry::Text(_) => None,
            })
            .expect("the catalogue counts something");
        plural.remove("few");
        let problems = catalogue::problems(&english, &arabic, Lang::Ar);
        assert!(problems.iter().any(|p| p.contains("lacks the plural form \"few\"")), "{problems:?}");
    }
}

/// The timeline's list shows each event's lead, its summary's first sentence:
/// in every language it must be a sentence of its own, not a fragment cut
/// at an abbreviation, and never most of a long summary run together.
#[test]
fn every_events_lead_is_one_short_sentence_in_every_language() {
    use multitrack::model::content::lead::lead_sentence;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content");
    let mut files = vec![("en".to_string(), root.join("dataset.json"))];
    files.extend(LANGUAGES.iter().map(|l| (l.to_string(), root.join("i18n").join(l).join("dataset.json"))));
    for (lang, path) in files {
        let dataset = read(&path);
        for event in dataset["events"].as_array().unwrap() {
            let summary = event["summary"].as_str().unwrap();
            let lead = lead_sentence(summary);
            let id = event["id"].as_str().unwrap();
            if std::env::var_os("SHOW_LEADS").is_some() {
                println!("{lang} {id}: {} / {}", lead.chars().count(), summary.chars().count());
            }
            assert!(lead.chars().count() >= 20, "{lang} {id}: the lead \"{lead}\" is a fragment");
            let whole = lead == summary.trim();
            assert!(
                whole || lead.chars().count() * 4 <= summary.chars().count() * 3,
                "{lang} {id}: the lead \"{lead}\" is most of the summary, not its first sentence"
            );
            assert!(
                whole || lead.ends_with(['.', '!', '?', '\u{61f}', '"', '\u{201d}', '\u{bb}', ')']),
                "{lang} {id}: the lead \"{lead}\" does not end a sentence"
            );
        }
    }
}
