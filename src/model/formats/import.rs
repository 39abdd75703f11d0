//! Which reader a file goes to, and the sheet's rows as the guide's events.
//!
//! Teachers bring what other tools wrote: this guide's own JSON, a
//! TimelineJS3 JSON file, the CSV of a TimelineJS3 Google Sheet, or a Kumu
//! map. Each comes in as a document to merge after the reader confirms, with
//! a list of what was left out, so the views need one entry point only.

use crate::model::base::date::{DatePart, HistDate};
use crate::model::content::Dataset;
use crate::model::formats::kumu;
use crate::model::formats::timeline_sheet::{self, RowKind, SheetRow};
use crate::model::formats::timelinejs::{self, date_from, one_timeline, DateInput, SlideInput};
use crate::model::formats::track_names::track_names;
use crate::model::i18n::ui_text::{fill, ui};
use crate::model::user::{DocError, UserData, UserEra};

/// The file as a document to merge, and what it left out.
pub fn read_file(text: &str, file_name: &str, content: &Dataset) -> Result<(UserData, Vec<String>), DocError> {
    let names = track_names(content);
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some((name, json)) = inside_script(text) {
        let (data, mut left_out) = read_file(json, file_name, content)?;
        left_out.insert(0, fill(ui().messages.read_from_script, &[("name", &name)]));
        return Ok((data, left_out));
    }
    if is_sheet(text, file_name) {
        return read_sheet(text, file_name, &names);
    }
    if timelinejs::looks_like(text) {
        return timelinejs::import(text, file_name, &names);
    }
    if kumu::looks_like(text) {
        let id = crate::model::base::ids::fresh_id(file_name.trim_end_matches(".json"), &[]);
        let read = kumu::from_kumu(text, id, 0, &names)?;
        let mut left_out = read.left_out;
        if !read.map.shelf.is_empty() {
            let m = &ui().messages;
            let shelved: Vec<String> = read
                .map
                .shelf
                .iter()
                .map(|s| {
                    if s.kind.is_empty() {
                        fill(m.quoted, &[("text", &s.label)])
                    } else {
                        fill(m.quoted_kind, &[("label", &s.label), ("kind", &s.kind)])
                    }
                })
                .collect();
            let list = shelved.join(", ");
            left_out.insert(0, fill(&m.shelved_elements.count(shelved.len()), &[("list", &list)]));
        }
        let data = UserData { case_maps: vec![read.map], ..UserData::default() };
        return Ok((UserData::from_json(&data.to_json())?, left_out));
    }
    if let Some(message) = another_kind(text) {
        return Err(DocError { path: String::new(), message });
    }
    UserData::from_json(text).map(|data| (data, Vec::new()))
}

/// What an import brought, in words: "18 events and 2 eras in the timeline
/// “Oslo”; 12 elements and 9 connections in the case map “Aceh”", said
/// after the reader confirms, beside what was left out.
pub fn arrived(data: &UserData) -> String {
    let m = &ui().messages;
    let count = |plural: &crate::model::i18n::ui_text::Plural<'static>, n: usize| plural.count(n);
    let timelines = data.timelines.iter().map(|t| {
        fill(
            m.arrived_timeline,
            &[
                ("events", &count(&m.count_events, t.events.len())),
                ("eras", &count(&m.count_eras, t.eras.len())),
                ("title", &t.title),
            ],
        )
    });
    let maps = data.case_maps.iter().map(|c| {
        fill(
            m.arrived_case_map,
            &[
                ("elements", &count(&m.count_elements, c.actors.len())),
                ("connections", &count(&m.count_connections, c.relations.len())),
                ("title", &c.title),
            ],
        )
    });
    let tours = data.tours.iter().map(|t| fill(m.arrived_tour, &[("title", &t.title)]));
    let questions = (!data.questions.is_empty()).then(|| count(&m.count_questions, data.questions.len()));
    let notes = (!data.notes.is_empty()).then(|| count(&m.count_notes, data.notes.len()));
    let all: Vec<String> = timelines.chain(maps).chain(tours).chain(questions).chain(notes).collect();
    if all.is_empty() {
        m.arrived_nothing.to_string()
    } else {
        all.join(m.arrived_separator)
    }
}

/// What a file of another kind of this guide is, and where it goes: a
/// student's quiz results dropped here would otherwise get words for
/// developers ("format: expected …").
fn another_kind(text: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Kind {
        format: Option<String>,
        #[serde(default)]
        name: String,
    }
    let kind: Kind = serde_json::from_str(text).ok()?;
    let m = &ui().messages;
    match kind.format.as_deref()? {
        crate::model::content::quiz::RESULTS_FORMAT if kind.name.trim().is_empty() => Some(m.quiz_results_file.into()),
        crate::model::content::quiz::RESULTS_FORMAT => {
            Some(fill(m.quiz_results_file_of, &[("name", &kind.name.trim())]))
        }
        _ => None,
    }
}

/// `var timeline = {…};`: the JSON inside, and the variable's name.
/// TimelineJS3's own examples and many pages load their data this way, and
/// teachers save that file.
fn inside_script(text: &str) -> Option<(&str, &str)> {
    let trimmed = text.trim_start();
    if trimmed.starts_with(['{', '[']) {
        return None;
    }
    let (name, body) = trimmed.split_once('=')?;
    let name = name.trim();
    let name = ["var ", "let ", "const "].iter().find_map(|k| name.strip_prefix(k)).unwrap_or(name).trim();
    let keyword = ["var", "let", "const"].contains(&name);
    if keyword || name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '$' | '.')) {
        return None;
    }
    let body = body.trim();
    let body = body.strip_suffix(';').unwrap_or(body).trim_end();
    (body.starts_with('{') && body.ends_with('}')).then_some((name, body))
}

/// A CSV by its name, or a text whose first line reads like the sheet's header.
fn is_sheet(text: &str, file_name: &str) -> bool {
    let lower = file_name.to_lowercase();
    if lower.ends_with(".csv") {
        return true;
    }
    let first = text.lines().next().unwrap_or_default().to_lowercase();
    !first.trim_start().starts_with(['{', '[']) && first.contains("year") && first.contains("headline")
}

/// "line 3, column “Month”": a place in a sheet.
fn at(line: usize, column: &str) -> String {
    fill(ui().messages.at_line_column, &[("line", &line), ("column", &column)])
}

fn sheet_error(e: timeline_sheet::SheetError) -> DocError {
    let path = match &e.column {
        Some(column) => at(e.line, column),
        None => fill(ui().messages.at_line, &[("line", &e.line)]),
    };
    DocError { path, message: e.message }
}

/// The sheet's column for a part of a date.
fn column(part: DatePart) -> &'static str {
    match part {
        DatePart::Year => "Year",
        DatePart::Month => "Month",
        DatePart::Day => "Day",
        DatePart::Time => "Time",
    }
}

/// The date in the sheet's four cells, or the cell that is wrong.
fn sheet_date(row: &SheetRow, parts: &timeline_sheet::DateParts, prefix: &str) -> Option<Result<HistDate, DocError>> {
    if [&parts.year, &parts.month, &parts.day, &parts.time].iter().all(|p| p.is_empty()) {
        return None;
    }
    let place = |(part, message): (DatePart, String)| DocError {
        path: at(row.line, &format!("{prefix}{}", column(part))),
        message,
    };
    Some(
        DateInput::from_cells(&parts.year, &parts.month, &parts.day, &parts.time)
            .and_then(|input| date_from(&input))
            .map_err(place),
    )
}

fn read_sheet(text: &str, file_name: &str, names: &[(u8, &str)]) -> Result<(UserData, Vec<String>), DocError> {
    let m = &ui().messages;
    let sheet = timeline_sheet::read_sheet(text).map_err(sheet_error)?;
    let mut left_out = sheet.notes.clone();
    left_out.extend(sheet.unknown_columns.iter().map(|c| fill(m.left_out_column, &[("column", c)])));
    let eras = sheet_eras(&sheet.rows, &mut left_out);
    let backgrounds = sheet.rows.iter().filter(|r| r.kind == RowKind::Event && !r.background.is_empty()).count();
    if backgrounds > 0 {
        left_out.push(m.left_out_background_rows.count(backgrounds));
    }
    let title_row = sheet.rows.iter().find(|r| r.kind == RowKind::Title);
    let slides = sheet
        .rows
        .iter()
        .filter(|r| r.kind == RowKind::Event)
        .map(|row| {
            let start = sheet_date(row, &row.start, "").unwrap_or_else(|| {
                Err(DocError { path: at(row.line, "Year"), message: m.sheet_event_needs_year.into() })
            });
            let input = SlideInput {
                start,
                end: sheet_date(row, &row.end, "End "),
                display_date: Some(row.display_date.as_str()).filter(|d| !d.is_empty()),
                headline: &row.headline,
                html: &row.text,
                group: &row.group,
                unique_id: None,
                media: (!row.media.url.is_empty()).then_some((
                    row.media.url.as_str(),
                    row.media.caption.as_str(),
                    row.media.credit.as_str(),
                )),
                tracks: row.tracks.clone(),
                lenient: [&row.start, &row.end]
                    .into_iter()
                    .filter_map(|parts| {
                        let input = DateInput::from_cells("", &parts.month, "", "").ok()?;
                        timelinejs::lenient_month(input.month_name.as_deref(), input.month?)
                    })
                    .collect(),
            };
            (fill(m.sheet_row_at, &[("line", &row.line)]), input)
        })
        .collect();
    let events = timelinejs::events_from(slides, names, &mut left_out)?;
    let title = title_row
        .map(|r| timelinejs::plain_text(&r.headline))
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| file_name.trim_end_matches(".csv").to_string());
    let description = title_row.map(|r| timelinejs::plain_text(&r.text)).unwrap_or_default();
    Ok((one_timeline(title, description, events, eras)?, left_out))
}

/// The sheet's era rows as the timeline's eras; a row that cannot be one
/// (no start, no end, an end before its start) is left out and named.
fn sheet_eras(rows: &[SheetRow], left_out: &mut Vec<String>) -> Vec<UserEra> {
    let m = &ui().messages;
    let mut eras = Vec::new();
    for row in rows.iter().filter(|r| r.kind == RowKind::Era) {
        let missing = |prefix: &str| DocError {
            path: at(row.line, &format!("{prefix}Year")),
            message: m.sheet_era_needs_dates.into(),
        };
        let read = sheet_date(row, &row.start, "")
            .unwrap_or_else(|| Err(missing("")))
            .and_then(|start| Ok((start, sheet_date(row, &row.end, "End ").unwrap_or_else(|| Err(missing("End ")))?)))
            .and_then(|(start, end)| {
                if end < start {
                    return Err(DocError {
                        path: at(row.line, "End Year"),
                        message: fill(
                            ui().document.end_before_start,
                            &[("end", &end.label()), ("start", &start.label())],
                        ),
                    });
                }
                let name = timelinejs::plain_text(&row.headline);
                Ok(UserEra {
                    name: if name.is_empty() { fill(m.era_default_name, &[("n", &(eras.len() + 1))]) } else { name },
                    start,
                    end,
                    text: timelinejs::plain_text(&row.text),
                })
            });
        match read {
            Ok(era) => eras.push(era),
            Err(e) => left_out.push(fill(
                m.unreadable,
                &[("what", &fill(m.sheet_era_row_at, &[("line", &row.line)])), ("error", &e)],
            )),
        }
    }
    eras
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::content::Event;
    use crate::model::formats::timeline_export::{to_sheet, to_timelinejs};

    fn content() -> &'static Dataset {
        static CONTENT: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
        CONTENT.get_or_init(Dataset::builtin)
    }

    /// What an event is, for comparing a round trip: ids may be re-made.
    fn gist(e: &Event) -> (String, Option<String>, String, String, Vec<u8>, Option<String>) {
        let mut tracks = e.tracks.clone();
        tracks.sort_unstable();
        (
            e.date.canonical(),
            e.end.map(|d| d.canonical()),
            e.title.clone(),
            e.summary.clone(),
            tracks,
            e.display_date.clone(),
        )
    }

    fn events_of(data: &UserData) -> Vec<Event> {
        data.timelines[0].to_events()
    }

    #[test]
    fn the_guides_history_goes_out_as_timelinejs3_json_and_csv_and_comes_back_the_same() {
        let history: Vec<&Event> = content().events.iter().collect();
        let want: Vec<_> = history.iter().map(|e| gist(e)).collect();
        for (name, text) in [
            ("history.json", to_timelinejs("The history", "From 1981", &history, &content().eras)),
            ("history.csv", to_sheet("The history", "From 1981", &history, &content().eras)),
        ] {
            let (data, left_out) = read_file(&text, name, content()).unwrap();
            assert_eq!(data.timelines[0].title, "The history", "{name}");
            assert_eq!(data.timelines[0].description, "From 1981", "{name}");
            let got: Vec<_> = events_of(&data).iter().map(gist).collect();
            assert_eq!(got, want, "{name}");
            let eras = data.timelines[0].to_eras();
            let era_gist = |e: &crate::model::content::Era| (e.name.clone(), e.start, e.end, e.summary.clone());
            assert_eq!(
                eras.iter().map(era_gist).collect::<Vec<_>>(),
                content().eras.iter().map(era_gist).collect::<Vec<_>>(),
                "{name}: eras"
            );
            assert!(left_out.is_empty(), "{name}: {left_out:?}");
        }
    }

    #[test]
    fn deep_time_times_and_display_dates_survive_both_exports() {
        let sheet = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n\
            -13800000000,,,,,,,,,Big Bang,,,,,,,,\n\
            -44,3,15,,,,,,Ides of March,Caesar,\"Killed, in Rome\",,,,,,,\n\
            1992,5,26,14:30,,,,,,Signed,,https://example.org/p.jpg,AP,Signing,,,Track 2,\n";
        let (data, _) = read_file(sheet, "deep.csv", content()).unwrap();
        let events = events_of(&data);
        let want: Vec<_> = events.iter().map(gist).collect();
        assert_eq!(events[0].date.label(), "13.8 billion years ago");
        assert_eq!(events[1].date_label(), "Ides of March");
        assert_eq!(events[1].date.label(), "15 March 44 BCE");
        assert_eq!(events[2].tracks, [2]);
        assert_eq!(events[2].link, Some(("https://example.org/p.jpg".into(), "Signing (credit: AP)".into())));
        let refs: Vec<&Event> = events.iter().collect();
        for (name, text) in [("d.json", to_timelinejs("D", "", &refs, &[])), ("d.csv", to_sheet("D", "", &refs, &[]))] {
            let (back, _) = read_file(&text, name, content()).unwrap();
            assert_eq!(events_of(&back).iter().map(gist).collect::<Vec<_>>(), want, "{name}");
        }
        assert!(to_timelinejs("D", "", &refs, &[]).contains("\"scale\": \"cosmological\""));
    }

    #[test]
    fn a_timelinejs3_sheet_export_reads_as_one_timeline() {
        let csv = include_str!("timeline_sheet/template_excerpt.csv");
        let (data, _) = read_file(csv, "my-own-timeline.csv", content()).unwrap();
        assert!(!data.timelines[0].events.is_empty());
        assert!(data.timelines[0].events.iter().all(|e| !e.title.is_empty()));
    }

    #[test]
    fn groups_go_out_to_timelinejs3_and_come_back() {
        let text = include_str!("../../../tests/fixtures/timelinejs3/group_sample.json");
        let (data, _) = read_file(text, "group_sample.json", content()).unwrap();
        let events = events_of(&data);
        let groups = |events: &[Event]| events.iter().map(|e| e.group.clone()).collect::<Vec<_>>();
        assert!(groups(&events).iter().all(Option::is_some));
        let refs: Vec<&Event> = events.iter().collect();
        for (name, out) in [("g.json", to_timelinejs("G", "", &refs, &[])), ("g.csv", to_sheet("G", "", &refs, &[]))] {
            let (back, _) = read_file(&out, name, content()).unwrap();
            assert_eq!(groups(&events_of(&back)), groups(&events), "{name}");
        }
    }

    #[test]
    fn sheet_era_rows_become_the_timelines_eras_and_a_broken_one_is_named() {
        let sheet = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n\
            1990,,,,1992,,,,,Talks in Rome,Eleven rounds,,,,,era,,\n\
            1993,,,,,,,,,No end,,,,,,era,,\n\
            1992,10,4,,,,,,,Accords signed,,,,,,,,\n";
        let (data, left_out) = read_file(sheet, "eras.csv", content()).unwrap();
        let eras = &data.timelines[0].eras;
        assert_eq!(eras.len(), 1);
        assert_eq!((eras[0].name.as_str(), eras[0].text.as_str()), ("Talks in Rome", "Eleven rounds"));
        assert_eq!((eras[0].start.label(), eras[0].end.label()), ("1990".into(), "1992".into()));
        assert!(
            left_out.iter().any(|l| l.starts_with(
                "the era row on line 3, which could not be read (line 3, column \u{201c}End Year\u{201d}: missing"
            )),
            "{left_out:?}"
        );
        assert_eq!(data.timelines[0].events.len(), 1);
    }

    #[test]
    fn sheet_errors_name_the_row_and_the_column() {
        let sheet = "Year,Month,Headline\n1990,5,Fine\n1991,13,Bad month\n";
        let (data, left_out) = read_file(sheet, "x.csv", content()).unwrap();
        assert_eq!(data.timelines[0].events.len(), 1);
        assert!(
            left_out.iter().any(|l| l.starts_with("the row on line 3, which could not be read (line 3, column \u{201c}Month\u{201d}: month 13 is out of range")),
            "{left_out:?}"
        );
        let none = "Year,Headline\nsoon,Bad\n";
        assert_eq!(
            read_file(none, "x.csv", content()).unwrap_err().to_string(),
            "line 2, column \u{201c}Year\u{201d}: \"soon\" is not a whole number (no event in the file could be read; this is the first of 1)"
        );
    }

    #[test]
    fn a_case_map_goes_to_kumu_and_comes_back_as_the_same_map() {
        let map = &content().case_example;
        let text = kumu::to_kumu(map, &track_names(content()));
        let (data, left_out) = read_file(&text, "sarava.json", content()).unwrap();
        let back = &data.case_maps[0];
        assert_eq!((&back.actors, &back.relations), (&map.actors, &map.relations));
        assert!(left_out.is_empty(), "{left_out:?}");
    }

    /// A TimelineJS3 file as sheet-to-JSON tools write it: every event has
    /// an end date with all its parts empty, and some months are names.
    fn loose_timelinejs(events: usize) -> String {
        let months = ["March", "Sept", "Augustus", "févr.", "4", "", "Dezember", "mei"];
        let list: Vec<String> = (0..events)
            .map(|i| {
                format!(
                    r#"{{"start_date": {{"year": "{}", "month": "{}", "day": ""}}, "end_date": {{"year": "", "month": "", "day": ""}}, "text": {{"headline": "Event {i}", "text": ""}}}}"#,
                    1990 + i,
                    months[i % months.len()]
                )
            })
            .collect();
        format!(r#"{{"title": {{"text": {{"headline": "Loose"}}}}, "events": [{}]}}"#, list.join(",\n"))
    }

    #[test]
    fn empty_end_dates_and_month_names_lose_no_event() {
        let (data, notes) = read_file(&loose_timelinejs(18), "loose.json", content()).unwrap();
        let events = events_of(&data);
        assert_eq!(events.len(), 18);
        assert!(events.iter().all(|e| e.end.is_none()), "a blank end date is no end date");
        assert_eq!(events[0].date.label(), "March 1990");
        assert_eq!(events[1].date.label(), "September 1991");
        assert_eq!(events[2].date.label(), "August 1992");
        assert_eq!(events[3].date.label(), "February 1993");
        assert_eq!(events[6].date.label(), "December 1996");
        assert_eq!(events[7].date.label(), "May 1997");
        assert!(notes.iter().any(|n| n == "event 2 (events[1]): the month “Sept” read as September"), "{notes:?}");
        assert!(!notes.iter().any(|n| n.starts_with("event 5 ")), "a number needs no note: {notes:?}");
    }

    #[test]
    fn a_sheet_with_month_names_and_crlf_loses_no_row() {
        let mut sheet =
            String::from("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text\r\n");
        let months = ["March", "Sept", "Augustus", "oct.", "11", "Jan"];
        for i in 0..1000 {
            sheet.push_str(&format!("{},{},1,,,,,,,Row {i},Text\r\n", 1000 + i, months[i % months.len()]));
        }
        let (data, notes) = read_file(&sheet, "rows.csv", content()).unwrap();
        let events = events_of(&data);
        assert_eq!(events.len(), 1000);
        assert_eq!(events[1].date.label(), "1 September 1001");
        assert_eq!(events[2].date.label(), "1 August 1002");
        assert!(events.iter().all(|e| !e.title.ends_with('\r')));
        assert!(
            notes.iter().any(|n| n == "the row on line 3: the month “Sept” read as September"),
            "{:?}",
            &notes[..3]
        );
    }

    #[test]
    fn a_byte_order_mark_crlf_and_a_script_variable_are_read_through() {
        let plain = loose_timelinejs(5);
        let wrapped = format!("\u{feff}var timeline_json = {};\r\n", plain.replace('\n', "\r\n"));
        let (data, notes) = read_file(&wrapped, "timeline.js", content()).unwrap();
        assert_eq!(events_of(&data).len(), 5);
        assert_eq!(data.timelines[0].title, "Loose");
        assert!(notes[0].contains("timeline_json"), "{notes:?}");
        for not_a_script in ["x == {}", "var = {}", "var a = [1]", "var a b = {}"] {
            assert!(inside_script(not_a_script).is_none(), "{not_a_script}");
        }
    }

    #[test]
    fn a_students_quiz_results_say_what_they_are_in_words_for_people() {
        let file = r#"{"format": "multitrack-quiz-results", "version": 1, "name": "Amina", "date": "2026-12-01", "score": {"right": 3, "answered": 4}, "results": []}"#;
        let message = read_file(file, "amina.json", content()).unwrap_err().to_string();
        assert!(message.contains("Amina") && message.contains("quiz results"), "{message}");
        assert!(!message.contains("format") && !message.contains("multitrack-"), "{message}");
    }

    #[test]
    fn a_file_no_reader_takes_says_what_the_guide_reads() {
        for other in [r#"{"format": "omeka-export", "items": []}"#, r#"{"title": "Notes", "items": [1, 2]}"#, "[1, 2]"]
        {
            let message = read_file(other, "other.json", content()).unwrap_err().to_string();
            assert!(message.contains("TimelineJS3") && message.contains("Kumu"), "{other}: {message}");
            assert!(!message.contains("multitrack-") && !message.contains("format"), "{other}: {message}");
        }
    }

    #[test]
    fn what_arrived_is_counted_in_words() {
        let (data, _) = read_file(&loose_timelinejs(18), "loose.json", content()).unwrap();
        assert_eq!(arrived(&data), "18 events and 0 eras in the timeline “Loose”");
        let text = kumu::to_kumu(&content().case_example, &track_names(content()));
        let (map, _) = read_file(&text, "sarava.json", content()).unwrap();
        let c = &map.case_maps[0];
        assert_eq!(
            arrived(&map),
            format!("{} elements and {} connections in the case map “{}”", c.actors.len(), c.relations.len(), c.title)
        );
        assert_eq!(arrived(&UserData::default()), "nothing new");
    }

    #[test]
    fn this_guides_own_documents_still_read_as_they_are() {
        let doc = UserData::default().to_json();
        assert_eq!(read_file(&doc, "mine.json", content()).unwrap().0, UserData::default());
    }
}
