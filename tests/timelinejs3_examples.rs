//! TimelineJS3's own published example files (verbatim copies in
//! `tests/fixtures/timelinejs3/`, sources in its SOURCES.md), imported as a
//! teacher would bring them: every event comes in, in date order, and
//! nothing is refused.

use multitrack::model::content::Dataset;
use multitrack::model::formats::import::read_file;
use std::path::Path;

fn fixtures() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/timelinejs3");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("the fixtures folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".json") || name.ends_with(".csv"))
        .map(|name| {
            let text = std::fs::read_to_string(dir.join(&name)).expect("a fixture");
            (name, text)
        })
        .collect();
    files.sort();
    files
}

/// How many events the file holds, counted from its own structure.
fn events_in(name: &str, text: &str) -> usize {
    if name.ends_with(".csv") {
        // The template's rows: its title row is not an event.
        let rows = multitrack::model::formats::timeline_sheet::read_sheet(text).expect("the template reads").rows;
        return rows.iter().filter(|r| r.kind == multitrack::model::formats::timeline_sheet::RowKind::Event).count();
    }
    let value: serde_json::Value = serde_json::from_str(text).expect("the example is JSON");
    value["events"].as_array().map_or(0, Vec::len)
}

#[test]
fn every_published_example_imports_whole_and_in_date_order() {
    let content = Dataset::builtin();
    let files = fixtures();
    assert!(files.len() >= 10, "the ten or more published examples are there ({})", files.len());
    for (name, text) in &files {
        let (data, left_out) = read_file(text, name, &content).unwrap_or_else(|e| panic!("{name}: refused: {e}"));
        let timeline = &data.timelines[0];
        assert_eq!(timeline.events.len(), events_in(name, text), "{name}: every event comes in ({left_out:?})");
        assert!(!left_out.iter().any(|l| l.contains("could not be read")), "{name}: {left_out:?}");
        let events = timeline.to_events();
        assert!(events.windows(2).all(|w| w[0].date <= w[1].date), "{name}: in date order");
        assert!(events.iter().all(|e| !e.title.is_empty()), "{name}: every event has a title");
    }
}

#[test]
fn the_examples_read_as_timelinejs3_shows_them() {
    let content = Dataset::builtin();
    let file = |name: &str| {
        let text = fixtures().into_iter().find(|(n, _)| n == name).expect(name).1;
        read_file(&text, name, &content).unwrap().0.timelines.remove(0)
    };
    // Deep time: the first of the cosmological examples is the Big Bang.
    let cosmo = file("cosmo.json").to_events();
    assert_eq!(cosmo[0].date.label(), "13.8 billion years ago");
    // Years before the common era, as TimelineJS3 writes them (-5410).
    let years = file("years.json").to_events();
    assert!(years[0].date.label().ends_with("BCE"), "{}", years[0].date.label());
    // Eras come in as the timeline's own.
    let eras = file("eras.json");
    assert_eq!(eras.eras.len(), 3);
    // Groups become lanes (kept as each event's group).
    let groups = file("group_sample.json");
    assert!(groups.events.iter().filter(|e| !e.group.is_empty()).count() >= 7);
    // Hours and minutes are kept.
    let wedding = file("wedding.json").to_events();
    assert!(wedding.iter().any(|e| e.date.time().is_some()));
}
