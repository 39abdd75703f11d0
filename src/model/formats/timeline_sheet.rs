//! TimelineJS3 timelines that live in a Google Sheet come to this guide as
//! the sheet's CSV download (File > Download > Comma-separated values), so
//! teachers can bring what they already wrote without retyping it.
//!
//! The layout is TimelineJS3's spreadsheet template: a header row naming
//! `Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display
//! Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail,
//! Type, Group, Background`, optionally `Alt Text`, and this guide's own
//! optional `Tracks` column (track numbers 1 to 9). TimelineJS3 itself reads
//! the published sheet as CSV and picks cells by header name
//! (`extractEventFromCSVObject` in its `src/js/core/ConfigFactory.js`), so
//! this module does the same rather than trusting column positions: people
//! reorder, retitle ("end year", " Headline ") and add columns of their own.
//! Names are matched ignoring case, spaces and underscores; unknown columns
//! are listed, never an error. Every cell is trimmed, as TimelineJS3 trims
//! them, so what is read is what TimelineJS3 would have shown.
//!
//! A sheet must name a `Year` column (TimelineJS3 places every event by its
//! year) and a `Headline` or `Text` column (a row with neither says nothing).
//! Whether each row's year is a usable date is left to the caller, which maps
//! rows to the guide's events; dates stay the strings the sheet had.
//!
//! Parsing is RFC 4180 by `csv-core` (BurntSushi's, the engine under the
//! `csv` crate): it is `no_std`, has no dependencies beyond `memchr` and adds
//! little to the wasm bundle, while `csv` would bring its serde layer and I/O
//! buffering that a `&str` already in memory does not need. `csv-core` never
//! fails; it prefers some parse to none, so an unterminated quote would
//! silently swallow the rest of the file. To catch that, the input is
//! followed by one extra line end: inside an open quote it is just more
//! field text and no record ends, which is exactly the unterminated case.

use crate::model::i18n::ui_text::{fill, ui};
use std::fmt;

/// One row of the sheet, every cell trimmed, as text. `line` is the 1-based
/// line of the file where the row starts (quoted newlines make rows span lines).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SheetRow {
    pub line: usize,
    pub kind: RowKind,
    pub start: DateParts,
    pub end: DateParts,
    pub display_date: String,
    pub headline: String,
    pub text: String,
    pub media: Media,
    pub group: String,
    pub background: String,
    /// Sorted, without repeats.
    pub tracks: Vec<u8>,
}

/// The sheet's `Type` column: empty for an event, `title` or `era`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RowKind {
    #[default]
    Event,
    Title,
    Era,
}

/// A date as the sheet's four cells have it; `""` where not given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DateParts {
    pub year: String,
    pub month: String,
    pub day: String,
    pub time: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Media {
    pub url: String,
    pub credit: String,
    pub caption: String,
    pub thumbnail: String,
    pub alt: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sheet {
    pub rows: Vec<SheetRow>,
    /// Header names (as written, trimmed) that are not TimelineJS3's or this guide's.
    pub unknown_columns: Vec<String>,
    /// Things the reader passed over that the user may want to know about.
    pub notes: Vec<String>,
}

/// Why a file could not be read, pointing at the row and, where there is one, the column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetError {
    pub line: usize,
    /// The header as the file spells it, or the expected name when it is missing.
    pub column: Option<String>,
    pub message: String,
}

impl fmt::Display for SheetError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let m = &ui().messages;
        let place = match &self.column {
            Some(column) => fill(m.at_line_column_plain, &[("line", &self.line), ("column", column)]),
            None => fill(m.at_line, &[("line", &self.line)]),
        };
        f.write_str(&fill(ui().edits.place_message, &[("place", &place), ("message", &self.message)]))
    }
}

impl std::error::Error for SheetError {}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Col {
    Year,
    Month,
    Day,
    Time,
    EndYear,
    EndMonth,
    EndDay,
    EndTime,
    DisplayDate,
    Headline,
    Text,
    Media,
    MediaCredit,
    MediaCaption,
    MediaThumbnail,
    Type,
    Group,
    Background,
    AltText,
    Tracks,
}

/// In the template's order, which is also the order `write_sheet` uses.
const COLUMNS: [(Col, &str); 20] = [
    (Col::Year, "Year"),
    (Col::Month, "Month"),
    (Col::Day, "Day"),
    (Col::Time, "Time"),
    (Col::EndYear, "End Year"),
    (Col::EndMonth, "End Month"),
    (Col::EndDay, "End Day"),
    (Col::EndTime, "End Time"),
    (Col::DisplayDate, "Display Date"),
    (Col::Headline, "Headline"),
    (Col::Text, "Text"),
    (Col::Media, "Media"),
    (Col::MediaCredit, "Media Credit"),
    (Col::MediaCaption, "Media Caption"),
    (Col::MediaThumbnail, "Media Thumbnail"),
    (Col::Type, "Type"),
    (Col::Group, "Group"),
    (Col::Background, "Background"),
    (Col::AltText, "Alt Text"),
    (Col::Tracks, "Tracks"),
];

fn key(name: &str) -> String {
    name.chars().filter(|c| !c.is_whitespace() && *c != '_').flat_map(char::to_lowercase).collect()
}

fn column_for(name: &str) -> Option<Col> {
    let k = key(name);
    // Older TimelineJS sheets called the group "Tag", and TimelineJS3 still reads it.
    if k == "tag" {
        return Some(Col::Group);
    }
    COLUMNS.iter().find(|(_, n)| key(n) == k).map(|(c, _)| *c)
}

fn expected_columns() -> String {
    let names: Vec<&str> = COLUMNS.iter().map(|(_, n)| *n).collect();
    fill(ui().messages.sheet_expected_columns, &[("columns", &names.join(", "))])
}

struct Record {
    line: usize,
    cells: Vec<String>,
}

/// Splits the whole text into records, blank lines dropped, each with the line it starts on.
fn records(text: &str) -> Result<Vec<Record>, SheetError> {
    let mut input = text.strip_prefix('\u{feff}').unwrap_or(text).as_bytes();
    let mut reader = csv_core::Reader::new();
    let mut out = vec![0u8; 4096];
    let mut ends = vec![0usize; 64];
    let mut line = 1;
    let mut found = Vec::new();
    loop {
        // csv-core skips blank lines itself; skipping them here keeps `line` at the record's first line.
        while let Some((&b, rest)) = input.split_first() {
            if b != b'\n' && b != b'\r' {
                break;
            }
            line += usize::from(b == b'\n');
            input = rest;
        }
        if input.is_empty() {
            return Ok(found);
        }
        let start = line;
        let (mut nout, mut nends) = (0, 0);
        let mut feed = input;
        let mut past_end = false;
        loop {
            let (result, nin, o, e) = reader.read_record(feed, &mut out[nout..], &mut ends[nends..]);
            if !past_end {
                line += feed[..nin].iter().filter(|&&b| b == b'\n').count();
            }
            feed = &feed[nin..];
            nout += o;
            nends += e;
            match result {
                csv_core::ReadRecordResult::Record | csv_core::ReadRecordResult::End => break,
                csv_core::ReadRecordResult::OutputFull => out.resize(out.len() * 2, 0),
                csv_core::ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
                csv_core::ReadRecordResult::InputEmpty if !feed.is_empty() => {}
                csv_core::ReadRecordResult::InputEmpty if past_end => {
                    return Err(SheetError {
                        line: start,
                        column: None,
                        message: ui().messages.sheet_unclosed_quote.into(),
                    });
                }
                csv_core::ReadRecordResult::InputEmpty => {
                    past_end = true;
                    feed = b"\n";
                }
            }
        }
        input = if past_end { &[] } else { feed };
        let mut cells = Vec::with_capacity(nends);
        let mut from = 0;
        for &to in &ends[..nends] {
            // Fields are the input's bytes minus quotes, split at ASCII, so this never actually loses anything.
            cells.push(String::from_utf8_lossy(&out[from..to]).trim().to_string());
            from = to;
        }
        found.push(Record { line: start, cells });
    }
}

/// Which column each header cell is, and the header's own spelling for error messages.
struct Layout {
    cols: Vec<Option<Col>>,
    names: Vec<String>,
}

impl Layout {
    fn position(&self, col: Col) -> Option<usize> {
        self.cols.iter().position(|c| *c == Some(col))
    }
    fn cell<'a>(&self, cells: &'a [String], col: Col) -> &'a str {
        self.position(col).and_then(|i| cells.get(i)).map_or("", String::as_str)
    }
    fn name(&self, col: Col) -> String {
        self.position(col).map(|i| self.names[i].clone()).unwrap_or_default()
    }
}

fn layout(header: &Record, unknown: &mut Vec<String>) -> Result<Layout, SheetError> {
    let m = &ui().messages;
    let mut cols = Vec::with_capacity(header.cells.len());
    for name in &header.cells {
        let col = if name.is_empty() { None } else { column_for(name) };
        if col.is_some() && cols.contains(&col) {
            return Err(SheetError {
                line: header.line,
                column: Some(name.clone()),
                message: m.sheet_column_twice.into(),
            });
        }
        if col.is_none() && !name.is_empty() {
            unknown.push(name.clone());
        }
        cols.push(col);
    }
    let missing = |col: Col, message: &str| SheetError {
        line: header.line,
        column: Some(COLUMNS.iter().find(|(c, _)| *c == col).map_or("", |(_, n)| n).to_string()),
        message: message.to_string(),
    };
    if cols.iter().all(Option::is_none) {
        return Err(SheetError {
            line: header.line,
            column: None,
            message: fill(m.sheet_not_a_sheet, &[("columns", &expected_columns())]),
        });
    }
    if !cols.contains(&Some(Col::Year)) {
        return Err(missing(Col::Year, m.sheet_no_year_column));
    }
    if !cols.contains(&Some(Col::Headline)) && !cols.contains(&Some(Col::Text)) {
        return Err(missing(Col::Headline, m.sheet_no_text_column));
    }
    Ok(Layout { cols, names: header.cells.clone() })
}

fn parse_kind(cell: &str) -> Option<RowKind> {
    match cell.to_lowercase().as_str() {
        "" => Some(RowKind::Event),
        "title" => Some(RowKind::Title),
        "era" => Some(RowKind::Era),
        _ => None,
    }
}

/// Track numbers as people type them in one cell: "2; 5", "2,5", "2 5".
fn parse_tracks(cell: &str) -> Result<Vec<u8>, String> {
    let mut tracks = Vec::new();
    for token in cell.split(|c: char| c == ',' || c == ';' || c.is_whitespace()).filter(|t| !t.is_empty()) {
        match token.as_bytes() {
            [d @ b'1'..=b'9'] => tracks.push(d - b'0'),
            _ => return Err(fill(ui().messages.sheet_not_a_track, &[("value", &token)])),
        }
    }
    tracks.sort_unstable();
    tracks.dedup();
    Ok(tracks)
}

/// Reads a TimelineJS3 sheet downloaded as CSV. See the module documentation for what is accepted.
pub fn read_sheet(text: &str) -> Result<Sheet, SheetError> {
    let m = &ui().messages;
    let records = records(text)?;
    let Some((header, body)) = records.split_first() else {
        return Err(SheetError {
            line: 1,
            column: None,
            message: fill(m.sheet_empty, &[("columns", &expected_columns())]),
        });
    };
    let mut sheet = Sheet::default();
    let layout = layout(header, &mut sheet.unknown_columns)?;
    let mut unnamed_values = None;
    let mut extra_cells = None;
    let mut unknown_only = None;
    let mut titles = 0;
    for record in body {
        let cells = &record.cells;
        if cells.iter().all(String::is_empty) {
            continue;
        }
        let known = |i: usize| layout.cols.get(i).copied().flatten().is_some();
        if !cells.iter().enumerate().any(|(i, c)| known(i) && !c.is_empty()) {
            // Only a user's own columns have something: their jottings, not an event.
            unknown_only.get_or_insert(record.line);
            continue;
        }
        for (i, _) in cells.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
            match layout.names.get(i) {
                None => _ = extra_cells.get_or_insert(record.line),
                Some(name) if name.is_empty() => _ = unnamed_values.get_or_insert(record.line),
                Some(_) => {}
            }
        }
        let get = |col| layout.cell(cells, col).to_string();
        let at = |col| SheetError { line: record.line, column: Some(layout.name(col)), message: String::new() };
        let kind = parse_kind(&get(Col::Type)).ok_or_else(|| SheetError {
            message: fill(m.sheet_bad_type, &[("value", &get(Col::Type))]),
            ..at(Col::Type)
        })?;
        let tracks = parse_tracks(&get(Col::Tracks)).map_err(|message| SheetError { message, ..at(Col::Tracks) })?;
        titles += usize::from(kind == RowKind::Title);
        sheet.rows.push(SheetRow {
            line: record.line,
            kind,
            start: DateParts { year: get(Col::Year), month: get(Col::Month), day: get(Col::Day), time: get(Col::Time) },
            end: DateParts {
                year: get(Col::EndYear),
                month: get(Col::EndMonth),
                day: get(Col::EndDay),
                time: get(Col::EndTime),
            },
            display_date: get(Col::DisplayDate),
            headline: get(Col::Headline),
            text: get(Col::Text),
            media: Media {
                url: get(Col::Media),
                credit: get(Col::MediaCredit),
                caption: get(Col::MediaCaption),
                thumbnail: get(Col::MediaThumbnail),
                alt: get(Col::AltText),
            },
            group: get(Col::Group),
            background: get(Col::Background),
            tracks,
        });
    }
    for (line, message) in [
        (unnamed_values, m.sheet_unnamed_values),
        (extra_cells, m.sheet_extra_cells),
        (unknown_only, m.sheet_unknown_only),
    ] {
        if let Some(line) = line {
            sheet.notes.push(fill(message, &[("line", &line)]));
        }
    }
    if titles > 1 {
        sheet.notes.push(m.sheet_many_titles.count(titles));
    }
    Ok(sheet)
}

/// Quotes only where RFC 4180 needs it, and around leading or trailing
/// spaces, which spreadsheet programs may otherwise drop.
fn push_cell(out: &mut String, cell: &str) {
    let edge_space = cell.starts_with(char::is_whitespace) || cell.ends_with(char::is_whitespace);
    if edge_space || cell.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(cell);
    }
}

fn kind_cell(kind: RowKind) -> &'static str {
    match kind {
        RowKind::Event => "",
        RowKind::Title => "title",
        RowKind::Era => "era",
    }
}

/// Writes rows as a TimelineJS3 sheet: the template's 18 columns, then
/// `Alt Text` and `Tracks`; CRLF line ends as RFC 4180 says; no BOM.
/// `read_sheet` gives the same rows back (but `line`) for trimmed cells,
/// which are all it ever produces.
pub fn write_sheet(rows: &[SheetRow]) -> String {
    let mut out = String::new();
    let mut line = |cells: &[&str]| {
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_cell(&mut out, cell);
        }
        out.push_str("\r\n");
    };
    line(&COLUMNS.map(|(_, name)| name));
    for row in rows {
        let tracks = row.tracks.iter().map(u8::to_string).collect::<Vec<_>>().join("; ");
        line(&[
            &row.start.year,
            &row.start.month,
            &row.start.day,
            &row.start.time,
            &row.end.year,
            &row.end.month,
            &row.end.day,
            &row.end.time,
            &row.display_date,
            &row.headline,
            &row.text,
            &row.media.url,
            &row.media.credit,
            &row.media.caption,
            &row.media.thumbnail,
            kind_cell(row.kind),
            &row.group,
            &row.background,
            &row.media.alt,
            &tracks,
        ]);
    }
    out
}

#[cfg(test)]
mod tests;
