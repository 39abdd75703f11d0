//! TimelineJS3 files become one of the user's timelines, so teachers can
//! bring the timelines they already have.
//!
//! TimelineJS3's JSON has a title slide, events with `start_date` /
//! `end_date` (year, month, day, hour, minute, second, as numbers or as
//! strings, "" meaning not given) and `display_date`, `text` (a headline and
//! HTML), `media`, `group` and `unique_id`, and eras. It is read the way
//! TimelineJS3 reads it: a negative year is that many years BCE (TimelineJS3
//! shows -5410 as "5410 BCE"; this guide has no year 0, so TimelineJS3's
//! year 0 is read as 1 BCE and said so), and the cosmological scale reaches
//! back billions of years. Its HTML is turned into plain text (this guide
//! never shows imported text as HTML); media becomes a link (http and https
//! only) shown with its caption and credit; a `group` that names a track
//! puts the event on that track; eras become the timeline's own eras. What
//! this guide has no use for (backgrounds) is reported, not lost silently; an event that cannot
//! be read is left out and named, and a file is refused only when no event
//! can be read. Nothing in such a file can make the import panic.

use crate::model::base::date::{DatePart, HistDate};
use crate::model::i18n::ui_text::{fill, ui};
use crate::model::user::{DocError, UserData, UserEra, UserEvent, UserTimeline};
use serde::de::{Deserializer, IgnoredAny, Visitor};
use serde::Deserialize;
use std::collections::HashMap;

/// The title slide, read apart from the events (see [`import`]).
#[derive(Deserialize)]
struct File {
    title: Option<Slide>,
}

#[derive(Deserialize)]
struct Slide {
    /// `date` in TimelineJS3's early test files (its science example).
    #[serde(alias = "date")]
    start_date: Option<Date>,
    end_date: Option<Date>,
    text: Option<Text>,
    group: Option<String>,
    unique_id: Option<String>,
    display_date: Option<String>,
    media: Option<Media>,
    /// This guide's own: the tracks an exported event was on (TimelineJS3 passes over it).
    #[serde(default)]
    tracks: Vec<u8>,
}

/// An era: a span with a headline, as TimelineJS3 draws it above the events.
#[derive(Deserialize)]
struct EraSlide {
    start_date: Option<Date>,
    end_date: Option<Date>,
    text: Option<Text>,
}

#[derive(Deserialize)]
struct Media {
    url: Option<String>,
    caption: Option<String>,
    credit: Option<String>,
}

#[derive(Deserialize)]
struct Text {
    headline: Option<String>,
    text: Option<String>,
}

#[derive(Deserialize)]
struct Date {
    #[serde(default, deserialize_with = "optional_number")]
    year: Option<i64>,
    #[serde(default, deserialize_with = "optional_month")]
    month: Option<MonthCell>,
    #[serde(default, deserialize_with = "optional_number")]
    day: Option<i64>,
    #[serde(default, deserialize_with = "optional_number")]
    hour: Option<i64>,
    #[serde(default, deserialize_with = "optional_number")]
    minute: Option<i64>,
    #[serde(default, deserialize_with = "optional_number")]
    second: Option<i64>,
    /// Its own words for the date, and the older name for them.
    display_date: Option<String>,
    display_text: Option<String>,
}

impl Date {
    /// `"end_date": {"year": "", "month": "", "day": ""}`, as sheet-to-JSON
    /// tools write it: TimelineJS3 reads it as no end date, and so does this.
    fn is_blank(&self) -> bool {
        [self.year, self.month.as_ref().map(|m| m.number), self.day, self.hour, self.minute, self.second]
            .iter()
            .all(Option::is_none)
    }
}

/// A month as a number, or as a name ("March", "Sept") read as its number.
#[derive(Clone, Debug, PartialEq)]
pub struct MonthCell {
    pub number: i64,
    /// The name it was read from, to say so.
    pub name: Option<String>,
}

impl MonthCell {
    /// A cell's text: "3", "03", "March", "Sept."; "" is not given.
    pub fn parse(text: &str) -> Result<Option<MonthCell>, String> {
        match parse_part(text) {
            Ok(number) => Ok(number.map(|number| MonthCell { number, name: None })),
            Err(e) => crate::model::formats::month_names::month_number(text)
                .map(|n| Some(MonthCell { number: i64::from(n), name: Some(text.trim().to_string()) }))
                .ok_or(e),
        }
    }
}

fn optional_month<'de, D: Deserializer<'de>>(d: D) -> Result<Option<MonthCell>, D::Error> {
    struct Optional;
    impl<'de> Visitor<'de> for Optional {
        type Value = Option<MonthCell>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a month's number or name, or nothing")
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_any(Optional)
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(MonthCell { number: v, name: None }))
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
            NumberVisitor.visit_u64(v).map(|number| Some(MonthCell { number, name: None }))
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            MonthCell::parse(v).map_err(E::custom)
        }
    }
    d.deserialize_any(Optional)
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
        i64::try_from(v).map_err(|_| E::custom(ui().messages.number_too_large))
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<i64, E> {
        v.trim().parse().map_err(|_| E::custom(fill(ui().messages.not_whole_number, &[("value", &v)])))
    }
}

fn number<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    d.deserialize_any(NumberVisitor)
}

/// "05" and "5" alike; "" and "  " are not given.
fn parse_part(v: &str) -> Result<Option<i64>, String> {
    let v = v.trim();
    if v.is_empty() {
        return Ok(None);
    }
    v.parse().map(Some).map_err(|_| fill(ui().messages.not_whole_number, &[("value", &v)]))
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
            parse_part(v).map_err(E::custom)
        }
    }
    d.deserialize_any(Optional)
}

const USED_TOP: [&str; 4] = ["title", "events", "eras", "scale"];
const USED_EVENT: [&str; 9] =
    ["start_date", "date", "end_date", "text", "group", "unique_id", "display_date", "media", "tracks"];

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

/// TimelineJS3's year as this guide counts it: -5410 is 5410 BCE, as
/// TimelineJS3 shows it; its year 0 (shown "0") is taken as 1 BCE.
pub fn astronomical(year: i64) -> i64 {
    if year < 0 {
        year + 1
    } else {
        year
    }
}

/// The year TimelineJS3 writes for `date` (the inverse of [`astronomical`]):
/// 1 BCE is -1.
pub fn timelinejs_year(date: &HistDate) -> i64 {
    if date.is_bce() {
        date.year() - 1
    } else {
        date.year()
    }
}

/// The parts of a TimelineJS3 date, as a file or a sheet gives them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DateInput {
    pub year: Option<i64>,
    pub month: Option<i64>,
    /// The month's name, when the month was written as one.
    pub month_name: Option<String>,
    pub day: Option<i64>,
    pub hour: Option<i64>,
    pub minute: Option<i64>,
    pub second: Option<i64>,
}

impl DateInput {
    /// A sheet's cells: Year, Month, Day and Time ("14:30", "14:30:05").
    pub fn from_cells(year: &str, month: &str, day: &str, time: &str) -> Result<DateInput, (DatePart, String)> {
        let month = MonthCell::parse(month).map_err(|e| (DatePart::Month, e))?;
        let mut input = DateInput {
            year: parse_part(year).map_err(|e| (DatePart::Year, e))?,
            month: month.as_ref().map(|m| m.number),
            month_name: month.and_then(|m| m.name),
            day: parse_part(day).map_err(|e| (DatePart::Day, e))?,
            ..DateInput::default()
        };
        let time = time.trim();
        if !time.is_empty() {
            let bits: Vec<&str> = time.split(':').collect();
            let part = |i: usize| bits.get(i).map_or(Ok(None), |b| parse_part(b)).map_err(|e| (DatePart::Time, e));
            if bits.len() > 3 {
                return Err((DatePart::Time, fill(ui().messages.not_a_time, &[("value", &time)])));
            }
            input.hour = part(0)?;
            input.minute = part(1)?.or(Some(0));
            input.second = part(2)?;
        }
        Ok(input)
    }
}

/// The date the parts give; errors say which part is wrong.
pub fn date_from(d: &DateInput) -> Result<HistDate, (DatePart, String)> {
    let m = &ui().messages;
    let year = d.year.ok_or((DatePart::Year, m.date_needs_year.to_string()))?;
    let small = |v: Option<i64>, part: DatePart| -> Result<Option<u8>, (DatePart, String)> {
        v.map(|v| u8::try_from(v).map_err(|_| (part, fill(m.out_of_range, &[("value", &v)])))).transpose()
    };
    let time = match small(d.hour, DatePart::Time)? {
        Some(h) => Some((h, small(d.minute, DatePart::Time)?.unwrap_or(0), small(d.second, DatePart::Time)?)),
        None => None,
    };
    let day = small(d.day, DatePart::Day)?;
    if time.is_some() && day.is_none() {
        return Err((DatePart::Time, m.time_needs_day.into()));
    }
    HistDate::from_parts(astronomical(year), small(d.month, DatePart::Month)?, day, time)
        .map_err(|(part, e)| (part, e.0))
}

/// The name of a part in a TimelineJS3 JSON date (a time is its `hour`).
fn json_name(part: DatePart) -> &'static str {
    match part {
        DatePart::Year => "year",
        DatePart::Month => "month",
        DatePart::Day => "day",
        DatePart::Time => "hour",
    }
}

fn date(d: &Date, at: &str) -> Result<HistDate, DocError> {
    let input = DateInput {
        year: d.year,
        month: d.month.as_ref().map(|m| m.number),
        month_name: None,
        day: d.day,
        hour: d.hour,
        minute: d.minute,
        second: d.second,
    };
    date_from(&input).map_err(|(part, message)| DocError { path: format!("{at}.{}", json_name(part)), message })
}

/// What was read leniently in a date: a month written as a name.
pub fn lenient_month(name: Option<&str>, number: i64) -> Option<String> {
    let name = name?;
    let month = crate::model::i18n::ui_text::month_name(u8::try_from(number).ok()?)?;
    Some(fill(ui().messages.read_month_name, &[("value", &name), ("month", &month)]))
}

/// A safe link from a TimelineJS3 media object: http and https only (a
/// `javascript:` or `data:` address is dropped), shown with its caption and credit.
pub fn media_link(url: &str, caption: &str, credit: &str) -> Option<(String, String)> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        return None;
    }
    let (caption, credit) = (plain_text(caption), plain_text(credit));
    let label = match (caption.is_empty(), credit.is_empty()) {
        (true, true) => String::new(),
        (false, true) => caption,
        (true, false) => fill(ui().messages.media_credit, &[("credit", &credit)]),
        (false, false) => fill(ui().messages.media_caption_credit, &[("caption", &caption), ("credit", &credit)]),
    };
    Some((url.to_string(), label))
}

/// An event as TimelineJS3 gives it, from a JSON file or a sheet's row.
pub struct SlideInput<'a> {
    pub start: Result<HistDate, DocError>,
    pub end: Option<Result<HistDate, DocError>>,
    pub display_date: Option<&'a str>,
    pub headline: &'a str,
    pub html: &'a str,
    pub group: &'a str,
    pub unique_id: Option<&'a str>,
    pub media: Option<(&'a str, &'a str, &'a str)>,
    /// Tracks the row names itself (this guide's own sheet column).
    pub tracks: Vec<u8>,
    /// Values read leniently ("Sept" as September), said with the event.
    pub lenient: Vec<String>,
}

/// Builds the timeline's events from its slides. A slide that cannot be read
/// is left out and named; the result is an error only when none could be.
pub fn events_from(
    slides: Vec<(String, SlideInput)>,
    track_names: &[(u8, &str)],
    left_out: &mut Vec<String>,
) -> Result<Vec<UserEvent>, DocError> {
    let m = &ui().messages;
    let mut events: Vec<UserEvent> = Vec::with_capacity(slides.len());
    let mut first_error = None;
    let total = slides.len();
    for (i, (at, slide)) in slides.into_iter().enumerate() {
        let dates = slide.start.and_then(|start| Ok((start, slide.end.transpose()?)));
        let (start, end) = match dates {
            Ok(dates) => dates,
            Err(e) => {
                left_out.push(fill(m.unreadable, &[("what", &at), ("error", &e)]));
                first_error.get_or_insert(e);
                continue;
            }
        };
        let end = end.filter(|e| *e >= start);
        let headline = plain_text(slide.headline);
        let body = plain_text(slide.html);
        let title = if headline.is_empty() { body.chars().take(60).collect::<String>() } else { headline };
        let mut id = slide.unique_id.map(slug).filter(|s| !s.is_empty()).unwrap_or_else(|| format!("event-{}", i + 1));
        if events.iter().any(|e| e.id == id) {
            id = format!("{id}-{}", i + 1);
        }
        let group = plain_text(slide.group);
        let mut tracks = slide.tracks;
        if let Some(track) = crate::model::formats::track_names::track_of(&group, track_names) {
            if !tracks.contains(&track) {
                tracks.push(track);
            }
        }
        let link = slide.media.and_then(|(url, caption, credit)| media_link(url, caption, credit));
        if !slide.lenient.is_empty() {
            left_out.push(fill(m.read_leniently, &[("what", &at), ("notes", &slide.lenient.join("; "))]));
        }
        events.push(UserEvent {
            id,
            date: start,
            end,
            title: if title.is_empty() { m.untitled_event.into() } else { title },
            text: body,
            tracks,
            group,
            link_label: link.as_ref().map(|(_, label)| label.clone()).unwrap_or_default(),
            link: link.map(|(url, _)| url),
            display_date: slide.display_date.map(plain_text).filter(|d| !d.is_empty()),
        });
    }
    match first_error {
        Some(e) if events.is_empty() => Err(DocError {
            path: e.path,
            message: fill(m.no_event_readable, &[("message", &e.message), ("total", &total)]),
        }),
        _ => Ok(events),
    }
}

/// The file as a document holding one timeline, and what was left out.
pub fn import(text: &str, file_name: &str, track_names: &[(u8, &str)]) -> Result<(UserData, Vec<String>), DocError> {
    let place = |e: serde_json::Error| DocError {
        path: crate::model::base::json_path::path_at(text, e.line(), e.column()),
        message: crate::model::i18n::json_errors::of(&e),
    };
    #[derive(Deserialize)]
    struct Outline<'a> {
        #[serde(borrow)]
        events: Vec<&'a serde_json::value::RawValue>,
        #[serde(default, borrow)]
        eras: Vec<&'a serde_json::value::RawValue>,
        scale: Option<String>,
    }
    let outline: Outline = serde_json::from_str(text).map_err(place)?;
    // The title slide is read on its own: a broken title must not lose the events.
    let file: Option<File> = serde_json::from_str(text).ok();
    let mut left_out = Vec::new();
    let top: HashMap<String, IgnoredAny> = serde_json::from_str(text).map_err(place)?;
    let mut unused: Vec<String> = top.keys().filter(|k| !USED_TOP.contains(&k.as_str())).cloned().collect();
    // The field names of the events, to report the unused (an event that is not an object has none).
    let keys =
        outline.events.iter().filter_map(|raw| serde_json::from_str::<HashMap<String, IgnoredAny>>(raw.get()).ok());
    let mut counts: Vec<(String, usize)> = Vec::new();
    for event in keys {
        for key in event.keys().filter(|k| !USED_EVENT.contains(&k.as_str())) {
            match counts.iter_mut().find(|(k, _)| k == key) {
                Some((_, n)) => *n += 1,
                None => counts.push((key.clone(), 1)),
            }
        }
    }
    counts.sort();
    unused.sort();
    let m = &ui().messages;
    let eras = read_eras(&outline.eras, &mut left_out);
    if let Some(scale) = outline.scale.as_deref().filter(|s| *s != "human" && *s != "cosmological") {
        left_out.push(fill(m.left_out_scale, &[("scale", &scale)]));
    }
    left_out.extend(unused.into_iter().map(|k| fill(m.left_out_file_field, &[("field", &k)])));
    left_out.extend(counts.into_iter().map(|(k, n)| {
        let what = if k == "background" { &m.left_out_event_field_drawn } else { &m.left_out_event_field };
        fill(&what.count(n), &[("field", &k)])
    }));

    let mut slides = Vec::with_capacity(outline.events.len());
    let mut parsed = Vec::with_capacity(outline.events.len());
    for (i, raw) in outline.events.iter().enumerate() {
        let at = format!("events[{i}]");
        parsed.push(serde_json::from_str::<Slide>(raw.get()).map_err(|e| {
            DocError {
                path: [at.clone(), crate::model::base::json_path::path_at(raw.get(), e.line(), e.column())]
                    .into_iter()
                    .filter(|p| !p.is_empty())
                    .collect::<Vec<_>>()
                    .join("."),
                message: crate::model::i18n::json_errors::of(&e),
            }
        }));
    }
    for (i, slide) in parsed.iter().enumerate() {
        let at = format!("events[{i}]");
        let input = match slide {
            Err(e) => SlideInput {
                start: Err(e.clone()),
                end: None,
                display_date: None,
                headline: "",
                html: "",
                group: "",
                unique_id: None,
                media: None,
                tracks: Vec::new(),
                lenient: Vec::new(),
            },
            Ok(slide) => {
                let start = slide.start_date.as_ref().map_or_else(
                    || Err(DocError { path: format!("{at}.start_date"), message: m.tljs_event_needs_start.into() }),
                    |d| date(d, &format!("{at}.start_date")),
                );
                let text = slide.text.as_ref();
                let shown = slide.display_date.as_deref().or_else(|| {
                    slide.start_date.as_ref().and_then(|d| d.display_date.as_deref().or(d.display_text.as_deref()))
                });
                let lenient = [slide.start_date.as_ref(), slide.end_date.as_ref()]
                    .into_iter()
                    .flatten()
                    .filter_map(|d| d.month.as_ref())
                    .filter_map(|m| lenient_month(m.name.as_deref(), m.number))
                    .collect();
                SlideInput {
                    start,
                    end: slide.end_date.as_ref().filter(|d| !d.is_blank()).map(|d| date(d, &format!("{at}.end_date"))),
                    lenient,
                    display_date: shown,
                    headline: text.and_then(|t| t.headline.as_deref()).unwrap_or_default(),
                    html: text.and_then(|t| t.text.as_deref()).unwrap_or_default(),
                    group: slide.group.as_deref().unwrap_or_default(),
                    unique_id: slide.unique_id.as_deref(),
                    media: slide.media.as_ref().map(|m| {
                        (
                            m.url.as_deref().unwrap_or_default(),
                            m.caption.as_deref().unwrap_or_default(),
                            m.credit.as_deref().unwrap_or_default(),
                        )
                    }),
                    tracks: slide.tracks.iter().copied().filter(|t| (1..=9).contains(t)).collect(),
                }
            }
        };
        slides.push((fill(m.tljs_event_at, &[("n", &(i + 1)), ("path", &format!("events[{i}]"))]), input));
    }
    let dropped_media = parsed
        .iter()
        .filter_map(|s| s.as_ref().ok())
        .filter(|s| s.media.as_ref().is_some_and(|m| m.url.as_deref().is_some_and(|u| media_link(u, "", "").is_none())))
        .count();
    if dropped_media > 0 {
        left_out.push(m.left_out_media.count(dropped_media));
    }
    if parsed.iter().filter_map(|s| s.as_ref().ok()).any(|s| {
        s.start_date.as_ref().is_some_and(|d| d.year == Some(0))
            || s.end_date.as_ref().is_some_and(|d| d.year == Some(0))
    }) {
        left_out.push(m.left_out_year_zero.into());
    }
    let events = events_from(slides, track_names, &mut left_out)?;
    let title_slide = file.as_ref().and_then(|f| f.title.as_ref()).and_then(|t| t.text.as_ref());
    let title = title_slide
        .and_then(|t| t.headline.as_deref())
        .map(plain_text)
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| file_name.trim_end_matches(".json").to_string());
    let description = title_slide.and_then(|t| t.text.as_deref()).map(plain_text).unwrap_or_default();
    Ok((one_timeline(title, description, events, eras)?, left_out))
}

/// The file's eras; one that cannot be read (no start, an end before its
/// start) is left out and named, as an event is.
fn read_eras(raw: &[&serde_json::value::RawValue], left_out: &mut Vec<String>) -> Vec<UserEra> {
    let m = &ui().messages;
    let mut eras = Vec::new();
    for (i, raw) in raw.iter().enumerate() {
        let at = format!("eras[{i}]");
        let read = serde_json::from_str::<EraSlide>(raw.get())
            .map_err(|e| DocError { path: at.clone(), message: crate::model::i18n::json_errors::of(&e) })
            .and_then(|era| {
                let missing =
                    |part: &str| DocError { path: format!("{at}.{part}"), message: m.tljs_era_needs_dates.into() };
                let start =
                    date(era.start_date.as_ref().ok_or_else(|| missing("start_date"))?, &format!("{at}.start_date"))?;
                let end = date(era.end_date.as_ref().ok_or_else(|| missing("end_date"))?, &format!("{at}.end_date"))?;
                if end < start {
                    return Err(DocError {
                        path: format!("{at}.end_date"),
                        message: fill(
                            ui().document.end_before_start,
                            &[("end", &end.label()), ("start", &start.label())],
                        ),
                    });
                }
                let text = era.text.as_ref();
                let name = text.and_then(|t| t.headline.as_deref()).map(plain_text).unwrap_or_default();
                Ok(UserEra {
                    name: if name.is_empty() { fill(m.era_default_name, &[("n", &(i + 1))]) } else { name },
                    start,
                    end,
                    text: text.and_then(|t| t.text.as_deref()).map(plain_text).unwrap_or_default(),
                })
            });
        match read {
            Ok(era) => eras.push(era),
            Err(e) => {
                let what = fill(m.tljs_era_at, &[("n", &(i + 1)), ("path", &at)]);
                left_out.push(fill(m.unreadable, &[("what", &what), ("error", &e)]));
            }
        }
    }
    eras
}

/// A document holding one imported timeline, checked like any other.
pub fn one_timeline(
    title: String,
    description: String,
    events: Vec<UserEvent>,
    eras: Vec<UserEra>,
) -> Result<UserData, DocError> {
    let id = Some(slug(&title)).filter(|s| !s.is_empty()).unwrap_or_else(|| "timeline".into());
    let timeline =
        UserTimeline { id, title, description, with_history: false, events, eras, updated: 0, extra: Vec::new() };
    let data = UserData { timelines: vec![timeline], ..UserData::default() };
    // The converted document must pass the same checks as any other.
    UserData::from_json(&data.to_json())
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
        let (data, left_out) = import(SAMPLE, "cyprus.json", &[]).unwrap();
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
        assert_eq!(t.events[0].link.as_deref(), Some("https://example.org/a.jpg"), "media is kept as a link");
        assert_eq!(t.eras.len(), 1, "eras are the timeline's own");
        assert_eq!(
            (t.eras[0].name.as_str(), t.eras[0].start.label(), t.eras[0].end.label()),
            ("Early", "1960".into(), "1974".into())
        );
        assert_eq!(left_out, ["\u{201c}background\u{201d} in 1 event (this guide draws its own)"]);
    }

    #[test]
    fn an_era_that_cannot_be_read_is_named_and_the_events_stay() {
        let no_end = SAMPLE.replace(", \"end_date\": {\"year\": 1974}, \"text\": {\"headline\": \"Early\"}", "");
        let (data, left_out) = import(&no_end, "x.json", &[]).unwrap();
        assert!(data.timelines[0].eras.is_empty());
        assert_eq!(data.timelines[0].events.len(), 3);
        assert!(
            left_out
                .iter()
                .any(|l| l.starts_with("era 1 (eras[0]), which could not be read (eras[0].end_date: missing")),
            "{left_out:?}"
        );
        let backwards = SAMPLE.replace(
            "\"end_date\": {\"year\": 1974}, \"text\": {\"headline\": \"Early\"}",
            "\"end_date\": {\"year\": 1950}",
        );
        let (_, left_out) = import(&backwards, "x.json", &[]).unwrap();
        assert!(left_out.iter().any(|l| l.contains("eras[0].end_date: 1950 is before 1960")), "{left_out:?}");
    }

    #[test]
    fn an_unreadable_event_is_left_out_and_named_and_only_an_unreadable_file_refused() {
        let month = SAMPLE.replace("\"month\": \"5\"", "\"month\": \"13\"");
        let (data, left_out) = import(&month, "x.json", &[]).unwrap();
        assert_eq!(data.timelines[0].events.len(), 2);
        assert!(
            left_out.contains(&"event 1 (events[0]), which could not be read (events[0].start_date.month: month 13 is out of range (1 to 12))".to_string()),
            "{left_out:?}"
        );
        let word = SAMPLE.replace("\"year\": 1974", "\"year\": \"long ago\"");
        let (_, left_out) = import(&word, "x.json", &[]).unwrap();
        assert!(
            left_out.iter().any(|l| l.contains("events[2].start_date.year: \"long ago\" is not a whole number")),
            "{left_out:?}"
        );
        let nothing = r#"{"events": [{"start_date": {"year": "soon"}}, {"text": {"headline": "undated"}}]}"#;
        let e = import(nothing, "x.json", &[]).unwrap_err().to_string();
        assert!(
            e.starts_with(
                "events[0].start_date.year: \"soon\" is not a whole number (no event in the file could be read"
            ),
            "{e}"
        );
        assert!(!looks_like("{\"format\": \"multitrack-user-data\", \"events\": []}"));
        assert!(!looks_like("[1, 2]"));
    }

    #[test]
    fn reads_deep_time_empty_parts_display_dates_media_and_groups_as_timelinejs3_does() {
        let file = r#"{
          "title": {"start_date": {"year": ""}, "text": {"headline": "Deep time"}},
          "scale": "cosmological",
          "events": [
            {"start_date": {"year": -13800000000}, "text": {"headline": "Big Bang"}},
            {"start_date": {"year": "-5410", "month": ""}, "text": {"headline": "Farming"}, "display_date": "c. 5400 BCE"},
            {"start_date": {"year": 1992, "month": "05", "day": "26", "hour": "14", "minute": "30"},
             "text": {"headline": "Signed"}, "group": "Track 2",
             "media": {"url": "https://example.org/p.jpg", "caption": "<b>Signing</b>", "credit": "AP"}},
            {"start_date": {"year": 1993}, "text": {"headline": "Faith"}, "group": "Religion",
             "media": {"url": "javascript:alert(1)"}},
            {"start_date": {"year": 0}, "text": {"headline": "Year zero"}}
          ]
        }"#;
        let tracks = [(1u8, "Government"), (7, "Religion")];
        let (data, left_out) = import(file, "deep.json", &tracks).unwrap();
        let events = &data.timelines[0].events;
        assert_eq!(data.timelines[0].title, "Deep time", "an empty year on the title slide is not given");
        assert_eq!(events[0].date.label(), "13.8 billion years ago");
        assert_eq!(events[1].date.label(), "5410 BCE", "-5410 is 5410 BCE, as TimelineJS3 shows it");
        assert_eq!(events[1].display_date.as_deref(), Some("c. 5400 BCE"));
        assert_eq!(events[2].date.label(), "26 May 1992, 14:30");
        assert_eq!((events[2].tracks.as_slice(), events[2].group.as_str()), ([2u8].as_slice(), "Track 2"));
        assert_eq!(events[2].link.as_deref(), Some("https://example.org/p.jpg"));
        assert_eq!(events[2].link_label, "Signing (credit: AP)");
        assert_eq!(events[3].tracks, [7], "a group named like a track puts the event on it");
        assert_eq!(events[3].link, None, "only http and https media become links");
        assert_eq!(events[4].date.label(), "1 BCE");
        assert!(events[0].date < events[1].date && events[1].date < events[4].date);
        assert!(left_out.iter().any(|l| l.contains("not http or https")), "{left_out:?}");
        assert!(left_out.iter().any(|l| l.contains("year 0")), "{left_out:?}");
    }
}
