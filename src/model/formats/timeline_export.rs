//! Any timeline out again as TimelineJS3 reads it: its JSON, and the CSV of
//! its Google-Sheets template, so a teacher can publish what was made here
//! with TimelineJS3. Importing the export gives back the same events.
//!
//! TimelineJS3 has no tracks; the sheet keeps them in this guide's own
//! `Tracks` column and the JSON in a `tracks` list on each event, which
//! TimelineJS3 passes over and this guide's reader takes back.

use crate::model::base::date::HistDate;
use crate::model::content::{Era, Event};
use crate::model::formats::timeline_sheet::{write_sheet, DateParts, Media, RowKind, SheetRow};
use crate::model::formats::timelinejs::timelinejs_year;
use serde_json::{json, Map, Value};

fn date_json(date: &HistDate) -> Value {
    let mut out = Map::new();
    out.insert("year".into(), json!(timelinejs_year(date)));
    if let Some(m) = date.month() {
        out.insert("month".into(), json!(m));
    }
    if let Some(d) = date.day() {
        out.insert("day".into(), json!(d));
    }
    if let Some((h, m, s)) = date.time() {
        out.insert("hour".into(), json!(h));
        out.insert("minute".into(), json!(m));
        if let Some(s) = s {
            out.insert("second".into(), json!(s));
        }
    }
    Value::Object(out)
}

/// The events and eras as a TimelineJS3 JSON file, with a title slide.
pub fn to_timelinejs(title: &str, description: &str, events: &[&Event], eras: &[Era]) -> String {
    let deep = events.iter().map(|e| &e.date).chain(eras.iter().map(|e| &e.start)).any(|d| d.year() < -270_000);
    let slides: Vec<Value> = events
        .iter()
        .map(|e| {
            let mut slide = Map::new();
            slide.insert("start_date".into(), date_json(&e.date));
            if let Some(end) = &e.end {
                slide.insert("end_date".into(), date_json(end));
            }
            if let Some(shown) = &e.display_date {
                slide.insert("display_date".into(), json!(shown));
            }
            slide.insert("text".into(), json!({ "headline": e.title, "text": e.summary }));
            slide.insert("unique_id".into(), json!(e.id));
            if let Some((url, label)) = &e.link {
                slide.insert("media".into(), json!({ "url": url, "caption": label }));
            }
            if !e.tracks.is_empty() {
                slide.insert("tracks".into(), json!(e.tracks));
            }
            if let Some(group) = &e.group {
                slide.insert("group".into(), json!(group));
            }
            Value::Object(slide)
        })
        .collect();
    let mut file = Map::new();
    file.insert("title".into(), json!({ "text": { "headline": title, "text": description } }));
    file.insert("events".into(), Value::Array(slides));
    if !eras.is_empty() {
        let eras = eras.iter().map(|e| {
            json!({
                "start_date": date_json(&e.start),
                "end_date": date_json(&e.end),
                "text": { "headline": e.name, "text": e.summary },
            })
        });
        file.insert("eras".into(), Value::Array(eras.collect()));
    }
    if deep {
        // TimelineJS3's JavaScript dates stop about 270,000 years back.
        file.insert("scale".into(), json!("cosmological"));
    }
    serde_json::to_string_pretty(&Value::Object(file)).unwrap_or_default()
}

fn date_parts(date: &HistDate) -> DateParts {
    let time = date.time().map_or(String::new(), |(h, m, s)| match s {
        Some(s) => format!("{h:02}:{m:02}:{s:02}"),
        None => format!("{h:02}:{m:02}"),
    });
    DateParts {
        year: timelinejs_year(date).to_string(),
        month: date.month().map_or(String::new(), |m| m.to_string()),
        day: date.day().map_or(String::new(), |d| d.to_string()),
        time,
    }
}

/// The events and eras as the CSV of TimelineJS3's sheet template, with a
/// title row and one row of type `era` for each era.
pub fn to_sheet(title: &str, description: &str, events: &[&Event], eras: &[Era]) -> String {
    let mut rows = vec![SheetRow {
        kind: RowKind::Title,
        headline: title.into(),
        text: description.into(),
        ..SheetRow::default()
    }];
    rows.extend(events.iter().map(|e| SheetRow {
        kind: RowKind::Event,
        start: date_parts(&e.date),
        end: e.end.as_ref().map(date_parts).unwrap_or_default(),
        display_date: e.display_date.clone().unwrap_or_default(),
        headline: e.title.clone(),
        text: e.summary.clone(),
        media: e.link.as_ref().map_or_else(Media::default, |(url, label)| Media {
            url: url.clone(),
            caption: label.clone(),
            ..Media::default()
        }),
        tracks: e.tracks.clone(),
        group: e.group.clone().unwrap_or_default(),
        ..SheetRow::default()
    }));
    rows.extend(eras.iter().map(|e| SheetRow {
        kind: RowKind::Era,
        start: date_parts(&e.start),
        end: date_parts(&e.end),
        headline: e.name.clone(),
        text: e.summary.clone(),
        ..SheetRow::default()
    }));
    write_sheet(&rows)
}
