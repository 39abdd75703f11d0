//! TimelineJS3 files become one of the user's timelines, so teachers can
//! bring the timelines they already have.
//!
//! TimelineJS3's JSON has a title slide, events with `start_date` /
//! `end_date` (year, month, day as numbers or strings), `text` (a headline
//! and HTML), `group` and `unique_id`, and eras. Its HTML is turned into
//! plain text (this guide never shows imported text as HTML), and fields this
//! guide has no use for (media, backgrounds, eras) are reported, not lost
//! silently; nothing in such a file can make the import panic.

use super::date::HistDate;
use super::user_data::{DocError, UserData, UserEvent, UserTimeline};
use serde::de::{Deserializer, IgnoredAny, Visitor};
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Deserialize)]
struct File {
    title: Option<Slide>,
    events: Vec<Slide>,
    #[serde(default)]
    eras: Vec<IgnoredAny>,
}

#[derive(Deserialize)]
struct Slide {
    start_date: Option<Date>,
    end_date: Option<Date>,
    text: Option<Text>,
    group: Option<String>,
    unique_id: Option<String>,
}

#[derive(Deserialize)]
struct Text {
    headline: Option<String>,
    text: Option<String>,
}

#[derive(Deserialize)]
struct Date {
    #[serde(deserialize_with = "number")]
    year: i64,
    #[serde(default, deserialize_with = "optional_number")]
    month: Option<i64>,
    #[serde(default, deserialize_with = "optional_number")]
    day: Option<i64>,
}

/// TimelineJS writes numbers as numbers or as strings ("1997").
struct NumberVisitor;

impl Visitor<'_> for NumberVisitor {
    type Value = i64;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a whole number, or one in quotes")
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<i64, E> {
        Ok(v)
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<i64, E> {
        i64::try_from(v).map_err(|_| E::custom("the number is too large"))
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<i64, E> {
        v.trim().parse().map_err(|_| E::custom(format!("\"{v}\" is not a whole number")))
    }
}

fn number<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    d.deserialize_any(NumberVisitor)
}

fn optional_number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    struct Optional;
    impl<'de> Visitor<'de> for Optional {
        type Value = Option<i64>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a whole number, one in quotes, or nothing")
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            number(d).map(Some)
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(v))
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
            NumberVisitor.visit_u64(v).map(Some)
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            if v.trim().is_empty() {
                Ok(None)
            } else {
                NumberVisitor.visit_str(v).map(Some)
            }
        }
    }
    d.deserialize_any(Optional)
}

/// The field names of the file's events, to report the unused.
#[derive(Deserialize)]
struct EventKeys {
    events: Vec<HashMap<String, IgnoredAny>>,
}

const USED_TOP: [&str; 3] = ["title", "events", "eras"];
const USED_EVENT: [&str; 5] = ["start_date", "end_date", "text", "group", "unique_id"];

/// Whether `text` looks like a TimelineJS3 file rather than this guide's own.
pub fn looks_like(text: &str) -> bool {
    #[derive(Deserialize)]
    struct Probe {
        format: Option<IgnoredAny>,
        events: Option<IgnoredAny>,
    }
    serde_json::from_str::<Probe>(text).is_ok_and(|p| p.format.is_none() && p.events.is_some())
}

/// HTML as plain text: tags dropped, common entities decoded, space tidied.
pub fn plain_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let decoded = out
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn slug(text: &str) -> String {
    let s: String = text
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    s.chars().take(40).collect()
}

fn date(d: &Date, at: &str) -> Result<HistDate, DocError> {
    if !(1..=9999).contains(&d.year) {
        return Err(DocError {
            path: format!("{at}.year"),
            message: format!("{} is outside the years 1 to 9999 this guide shows", d.year),
        });
    }
    let text = match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{:04}-{m:02}-{day:02}", d.year),
        (Some(m), None) => format!("{:04}-{m:02}", d.year),
        (None, _) => format!("{:04}", d.year),
    };
    HistDate::parse(&text).map_err(|e| DocError { path: at.to_string(), message: e.to_string() })
}

/// The file as a document holding one timeline, and what was left out.
pub fn import(text: &str, file_name: &str) -> Result<(UserData, Vec<String>), DocError> {
    let place = |e: serde_json::Error| DocError {
        path: super::json_path::path_at(text, e.line(), e.column()),
        message: e.to_string().split(" at line ").next().unwrap_or_default().to_string(),
    };
    let file: File = serde_json::from_str(text).map_err(place)?;
    let mut left_out = Vec::new();
    let top: HashMap<String, IgnoredAny> = serde_json::from_str(text).map_err(place)?;
    let mut unused: Vec<String> = top.keys().filter(|k| !USED_TOP.contains(&k.as_str())).cloned().collect();
    let keys: EventKeys = serde_json::from_str(text).map_err(place)?;
    let mut counts: Vec<(String, usize)> = Vec::new();
    for event in &keys.events {
        for key in event.keys().filter(|k| !USED_EVENT.contains(&k.as_str())) {
            match counts.iter_mut().find(|(k, _)| k == key) {
                Some((_, n)) => *n += 1,
                None => counts.push((key.clone(), 1)),
            }
        }
    }
    counts.sort();
    unused.sort();
    if !file.eras.is_empty() {
        left_out.push(format!(
            "{} era{} (this guide draws its own eras)",
            file.eras.len(),
            if file.eras.len() == 1 { "" } else { "s" }
        ));
    }
    left_out.extend(unused.into_iter().map(|k| format!("the file\u{2019}s \u{201c}{k}\u{201d}")));
    left_out.extend(
        counts.into_iter().map(|(k, n)| format!("\u{201c}{k}\u{201d} in {n} event{}", if n == 1 { "" } else { "s" })),
    );

    let mut events = Vec::with_capacity(file.events.len());
    for (i, slide) in file.events.iter().enumerate() {
        let at = format!("events[{i}]");
        let start = slide.start_date.as_ref().ok_or_else(|| DocError {
            path: format!("{at}.start_date"),
            message: "missing: every TimelineJS event needs a start date".into(),
        })?;
        let start = date(start, &format!("{at}.start_date"))?;
        let end = slide.end_date.as_ref().map(|d| date(d, &format!("{at}.end_date"))).transpose()?;
        let end = end.filter(|e| *e >= start);
        let text = slide.text.as_ref();
        let headline = text.and_then(|t| t.headline.as_deref()).map(plain_text).unwrap_or_default();
        let body = text.and_then(|t| t.text.as_deref()).map(plain_text).unwrap_or_default();
        let title = if headline.is_empty() { body.chars().take(60).collect::<String>() } else { headline };
        let mut id = slide
            .unique_id
            .as_deref()
            .map(slug)
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| format!("event-{}", i + 1));
        if events.iter().any(|e: &UserEvent| e.id == id) {
            id = format!("{id}-{}", i + 1);
        }
        events.push(UserEvent {
            id,
            date: start,
            end,
            title: if title.is_empty() { "Untitled event".into() } else { title },
            text: body,
            tracks: Vec::new(),
            group: slide.group.as_deref().map(plain_text).unwrap_or_default(),
            link: None,
        });
    }
    let title = file
        .title
        .as_ref()
        .and_then(|t| t.text.as_ref())
        .and_then(|t| t.headline.as_deref())
        .map(plain_text)
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| file_name.trim_end_matches(".json").to_string());
    let description = file
        .title
        .as_ref()
        .and_then(|t| t.text.as_ref())
        .and_then(|t| t.text.as_deref())
        .map(plain_text)
        .unwrap_or_default();
    let id = Some(slug(&title)).filter(|s| !s.is_empty()).unwrap_or_else(|| "timeline".into());
    let timeline = UserTimeline { id, title, description, with_history: false, events, updated: 0, extra: Vec::new() };
    let data = UserData { timelines: vec![timeline], ..UserData::default() };
    // The converted document must pass the same checks as any other.
    let checked = UserData::from_json(&data.to_json())?;
    Ok((checked, left_out))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r##"{
      "title": {"text": {"headline": "Cyprus <i>talks</i>", "text": "<p>A class timeline</p>"}},
      "events": [
        {"start_date": {"year": "1997", "month": "5"}, "text": {"headline": "Workshops", "text": "<p>Bi-communal &amp; open</p>"},
         "group": "Track two", "unique_id": "w1", "media": {"url": "https://example.org/a.jpg"}},
        {"start_date": {"year": 2004, "month": 4, "day": 24}, "end_date": {"year": 2004, "month": 4, "day": 24},
         "text": {"headline": "Referendums"}, "background": {"color": "#fff"}},
        {"start_date": {"year": 1974}, "text": {"text": "<script>alert(1)</script>Division"}}
      ],
      "eras": [{"start_date": {"year": 1960}, "end_date": {"year": 1974}, "text": {"headline": "Early"}}],
      "scale": "human"
    }"##;

    #[test]
    fn a_timelinejs_file_becomes_one_timeline() {
        assert!(looks_like(SAMPLE));
        let (data, left_out) = import(SAMPLE, "cyprus.json").unwrap();
        let t = &data.timelines[0];
        assert_eq!(t.title, "Cyprus talks");
        assert_eq!(t.id, "cyprus-talks");
        assert_eq!(t.description, "A class timeline");
        assert_eq!(t.events.len(), 3);
        assert_eq!(t.events[0].title, "Workshops");
        assert_eq!(t.events[0].text, "Bi-communal & open");
        assert_eq!(t.events[0].group, "Track two");
        assert_eq!(t.events[1].date.label(), "24 April 2004");
        assert_eq!(t.events[2].title, "alert(1) Division", "markup becomes text");
        assert_eq!(
            left_out,
            [
                "1 era (this guide draws its own eras)",
                "the file\u{2019}s \u{201c}scale\u{201d}",
                "\u{201c}background\u{201d} in 1 event",
                "\u{201c}media\u{201d} in 1 event"
            ]
        );
    }

    #[test]
    fn bad_files_name_the_place() {
        let month = SAMPLE.replace("\"month\": \"5\"", "\"month\": \"13\"");
        assert!(import(&month, "x.json")
            .unwrap_err()
            .to_string()
            .starts_with("events[0].start_date: month 13 is out of range"));
        let word = SAMPLE.replace("\"year\": 1974", "\"year\": \"long ago\"");
        assert_eq!(
            import(&word, "x.json").unwrap_err().to_string(),
            "events[2].start_date.year: \"long ago\" is not a whole number"
        );
        let undated = SAMPLE.replace("\"start_date\": {\"year\": 1974}, ", "");
        assert!(import(&undated, "x.json").unwrap_err().to_string().starts_with("events[2].start_date: missing"));
        assert!(!looks_like("{\"format\": \"multitrack-user-data\", \"events\": []}"));
        assert!(!looks_like("[1, 2]"));
    }
}
