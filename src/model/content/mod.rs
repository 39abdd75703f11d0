//! The content of the guide as one typed, versioned dataset.
//!
//! Everything the app teaches (events, tracks, principles, concepts and the
//! references behind them) is data in `src/content/dataset.json`, not text
//! spread through components, so it can be checked as a whole: every statement
//! carries citations, and [`Dataset::validate`] refuses a dataset in which a
//! citation, a track or an event reference points nowhere.

pub mod case_map;
pub mod case_map_cases;
pub mod case_studies;
pub mod check_words;
pub mod lead;
pub mod palette;
pub mod quiz;
pub mod quiz_flow;
pub mod timeline_cases;
pub mod tour;

use crate::model::base::date::HistDate;
use crate::model::base::route::{Page, Route};
use crate::model::content::case_map::CaseMap;
use crate::model::content::case_studies::{CaseStudy, Criticism, Method, RelationCase};
use crate::model::content::quiz::{Question, QuestionKind};
use crate::model::content::tour::Tour;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The `format` name every dataset file declares.
pub const FORMAT: &str = "multitrack-content";
/// The dataset schema version this build reads.
pub const VERSION: u32 = 5;

/// A pointer to a reference, optionally to pages in it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    #[serde(rename = "ref")]
    pub reference: String,
    #[serde(default)]
    pub pages: Option<String>,
}

/// A short quotation, always attributed and cited.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub text: String,
    pub by: String,
    pub cite: Citation,
    /// Where the source itself is inconsistent about the quotation.
    #[serde(default)]
    pub note: Option<String>,
    /// The quotation in the reader's language, in a translated dataset: the
    /// original `text` is always kept and shown beside it.
    #[serde(default)]
    pub translation: Option<String>,
}

/// A statement in our own words with the sources that support it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Passage {
    pub text: String,
    pub cite: Vec<Citation>,
}

/// One source's account where sources disagree.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub says: String,
    pub cite: Vec<Citation>,
}

/// A point on which sources differ: the app shows every reading, never one silently.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dispute {
    pub about: String,
    pub readings: Vec<Reading>,
}

/// The most characters an event's short title (its label on the chart) has.
pub const SHORT_TITLE_MAX: usize = 24;

/// `text` in at most `max` characters: whole if it fits, else cut after
/// the last whole word that leaves room for "…" (or, for one long word, at
/// `max - 1` characters: there is no word boundary to cut at).
pub fn shorten_at_word(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    let text = text.trim();
    if text.chars().count() <= max {
        return std::borrow::Cow::Borrowed(text);
    }
    let room = max.saturating_sub(1);
    // The byte offset just past `room` characters.
    let limit = text.char_indices().nth(room).map_or(text.len(), |(at, _)| at);
    let head = &text[..limit];
    // A cut at a space, unless the next character starts a new word anyway.
    let at_boundary = text[limit..].starts_with(char::is_whitespace);
    let cut = if at_boundary { Some(limit) } else { head.rfind(char::is_whitespace) };
    let kept = match cut {
        Some(at) if at > 0 => &text[..at],
        _ => head,
    };
    let kept = kept
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '\u{60c}' | '-' | '–' | '—'));
    std::borrow::Cow::Owned(format!("{kept}…"))
}

/// What is wrong with the chart's words of some events and eras: a
/// built-in event needs a short title of at most [`SHORT_TITLE_MAX`]
/// characters, and a short name is no longer than the name. `at` is the
/// list's path ("events"); the checks run on every language's datasets.
pub fn chart_word_problems(events: &[Event], eras: &[Era]) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (i, e) in events.iter().enumerate() {
        match e.short_title.as_deref().map(str::trim) {
            None | Some("") => problems.push(Problem {
                path: format!("events[{i}].short_title"),
                message: format!("\"{}\" needs a short title for the chart", e.id),
            }),
            Some(short) if short.chars().count() > SHORT_TITLE_MAX => problems.push(Problem {
                path: format!("events[{i}].short_title"),
                message: format!("\"{short}\" is {} characters, over {SHORT_TITLE_MAX}", short.chars().count()),
            }),
            Some(_) => {}
        }
    }
    for (i, era) in eras.iter().enumerate() {
        if let Some(short) = &era.short_name {
            if short.trim().is_empty() || short.chars().count() > era.name.chars().count() {
                problems.push(Problem {
                    path: format!("eras[{i}].short_name"),
                    message: format!("\"{short}\" is not a shorter name for \"{}\"", era.name),
                });
            }
        }
    }
    problems
}

/// A period of the model's history, drawn as a band on the timeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Era {
    pub id: String,
    pub name: String,
    /// The name the chart draws where the whole one does not fit its band
    /// ("Two tracks" for "Track One and Track Two"); a reader's eras have none.
    #[serde(default)]
    pub short_name: Option<String>,
    pub start: HistDate,
    pub end: HistDate,
    pub summary: String,
}

/// Which lane of the timeline an event is in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    /// The history of the idea: papers, books, the Institute.
    #[default]
    History,
    /// A case of track two or multi-track diplomacy at work.
    Case,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub date: HistDate,
    #[serde(default)]
    pub end: Option<HistDate>,
    pub title: String,
    /// The chart's label, at most [`SHORT_TITLE_MAX`] characters, in the
    /// dataset's own words (every built-in event has one); a reader's event
    /// has none and the chart shortens its title ([`Event::chart_title`]).
    #[serde(default)]
    pub short_title: Option<String>,
    /// One of the turning points of the model's history (1981, 1989, 1991:
    /// the events at which tracks entered it), which the chart always labels.
    #[serde(default)]
    pub turning_point: bool,
    pub summary: String,
    #[serde(default)]
    pub people: Vec<String>,
    #[serde(default)]
    pub tracks: Vec<u8>,
    pub cite: Vec<Citation>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
    #[serde(default)]
    pub disputes: Vec<Dispute>,
    /// How the date reads when the computed label will not do ("c. 1450",
    /// "the Bronze Age"): TimelineJS3's `display_date`. The date still places it.
    #[serde(default)]
    pub display_date: Option<String>,
    /// A source, picture or further reading (http, https or mailto only),
    /// with the words it is shown with (a caption and its credit; "" for
    /// none: see [`Event::link_text`]).
    #[serde(default)]
    pub link: Option<(String, String)>,
    #[serde(default)]
    pub kind: EventKind,
    /// The methods a case used (ids of `Dataset::methods`).
    #[serde(default)]
    pub concepts: Vec<String>,
    /// The criticism that bears on it (ids of `Dataset::criticism`).
    #[serde(default)]
    pub criticism: Vec<String>,
    /// Its worked case map, if it has one.
    #[serde(default)]
    pub case_map: Option<String>,
    /// The lane a reader's timeline put it in (TimelineJS3's `group`), when
    /// that names no track.
    #[serde(default)]
    pub group: Option<String>,
}

impl Event {
    /// The ids of the sources the event cites, its quotations' and its
    /// disputes' included.
    pub fn cited_references(&self) -> impl Iterator<Item = &str> {
        let readings = self.disputes.iter().flat_map(|d| &d.readings).flat_map(|r| &r.cite);
        self.cite.iter().chain(self.quotes.iter().map(|q| &q.cite)).chain(readings).map(|c| c.reference.as_str())
    }

    /// An event with only its essentials; the rest empty, in the history's lane.
    pub fn new(id: String, date: HistDate, title: String, summary: String) -> Event {
        Event {
            id,
            date,
            end: None,
            title,
            short_title: None,
            turning_point: false,
            summary,
            people: Vec::new(),
            tracks: Vec::new(),
            cite: Vec::new(),
            quotes: Vec::new(),
            disputes: Vec::new(),
            display_date: None,
            link: None,
            kind: EventKind::History,
            concepts: Vec::new(),
            criticism: Vec::new(),
            case_map: None,
            group: None,
        }
    }

    /// The words the chart labels the event with: its short title, or for an
    /// event with none (a reader's) its title cut at a word boundary to
    /// [`SHORT_TITLE_MAX`] characters, never inside a word.
    pub fn chart_title(&self) -> std::borrow::Cow<'_, str> {
        match &self.short_title {
            Some(short) if !short.trim().is_empty() => std::borrow::Cow::Borrowed(short.as_str()),
            _ => shorten_at_word(&self.title, SHORT_TITLE_MAX),
        }
    }

    /// The first sentence of its summary: the one line the timeline's list shows.
    pub fn lead(&self) -> &str {
        lead::lead_sentence(&self.summary)
    }

    /// The link's address and the words it is shown as: its caption, else the address.
    pub fn link_text(&self) -> Option<(&str, &str)> {
        self.link
            .as_ref()
            .map(|(url, label)| (url.as_str(), if label.is_empty() { url.as_str() } else { label.as_str() }))
    }

    pub fn date_label(&self) -> String {
        match &self.display_date {
            Some(shown) => shown.clone(),
            None => crate::model::base::date::span_label(&self.date, self.end.as_ref()),
        }
    }
}

impl Reference {
    /// "Winter 1981-82", "September 2003 to August 2004", or "undated".
    pub fn date_label(&self) -> String {
        self.date
            .as_ref()
            .map_or_else(|| "undated".to_string(), |d| crate::model::base::date::span_label(d, self.end.as_ref()))
    }

    /// The entry as the References view shows it: author, title, source and
    /// when it was consulted, punctuated as a bibliography is.
    pub fn entry(&self, words: &ReferenceWords) -> String {
        self.entry_parts(words)
            .into_iter()
            .map(|p| match p {
                EntryPart::Text(s) | EntryPart::Title(s) => s,
            })
            .collect()
    }

    /// [`Reference::entry`] in pieces, the title apart: the view sets it off
    /// (a book's in italics) and isolates its direction, since a title keeps
    /// its own language on an Arabic page.
    pub fn entry_parts(&self, words: &ReferenceWords) -> Vec<EntryPart> {
        let mut parts = Vec::new();
        let mut text = String::new();
        // What the previous piece ends with decides the joint: an initial's or
        // a question's own mark needs no full stop after it.
        let mut ends_closed = true;
        let joint = |text: &mut String, next: &str, ends_closed: bool, started: bool| {
            if started {
                match next.chars().next() {
                    Some(',' | ';' | ':' | '\u{60c}' | '\u{61b}') => {}
                    Some('(') => text.push(' '),
                    _ if ends_closed => text.push(' '),
                    _ => text.push_str(". "),
                }
            }
        };
        if let Some(author) = &self.author {
            joint(&mut text, author, ends_closed, false);
            text.push_str(author);
            ends_closed = author.ends_with(['.', '?', '!']);
        }
        if let Some(title) = &self.title {
            joint(&mut text, title, ends_closed, self.author.is_some());
            let (before, after) =
                if self.book { ("", "") } else { words.quoted.split_once("{title}").unwrap_or(("", "")) };
            text.push_str(before);
            parts.push(EntryPart::Text(std::mem::take(&mut text)));
            parts.push(EntryPart::Title(title.clone()));
            text.push_str(after);
            ends_closed = title.ends_with(['.', '?', '!']);
        }
        if let Some(source) = &self.source {
            joint(&mut text, source, ends_closed, self.author.is_some() || self.title.is_some());
            text.push_str(source);
            ends_closed = source.ends_with(['.', '?', '!']);
        }
        if !ends_closed {
            text.push('.');
        }
        if let Some(when) = &self.consulted {
            text.push(' ');
            text.push_str(&crate::model::base::template::fill(words.consulted, &[("date", &when.label())]));
        }
        parts.push(EntryPart::Text(text));
        parts.retain(|p| !matches!(p, EntryPart::Text(s) if s.is_empty()));
        parts
    }

    /// The citation a reader copies into their own work: the entry with its
    /// address, which the view shows as a link of its own.
    pub fn citation(&self, words: &ReferenceWords) -> String {
        let entry = self.entry(words);
        match &self.url {
            Some(url) => format!("{entry} {url}"),
            None => entry,
        }
    }
}

/// A piece of a reference's entry.
#[derive(Clone, Debug, PartialEq)]
pub enum EntryPart {
    Text(String),
    /// The work's own title, in its own language, without quotation marks.
    Title(String),
}

/// The words a citation needs in the page's language: the content module
/// holds none (it is compiled before the catalogues exist).
pub struct ReferenceWords<'a> {
    /// A part's title in quotation marks: "“{title}”", "« {title} »".
    pub quoted: &'a str,
    /// "Consulted {date}."
    pub consulted: &'a str,
}

/// When and how a track entered the model.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub year: i32,
    pub event: String,
    pub how: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Track {
    pub number: u8,
    pub id: String,
    pub name: String,
    /// Another name the literature gives the track ("Religious"), shown as
    /// "also called" and read in imported files; never in place of `name`.
    pub short_name: String,
    /// `name` shortened for the case-map circle, where space is tight
    /// ("Media" for "Communications and the media"): the same name, so that
    /// the circle and every list agree.
    pub circle_name: String,
    pub phrase: String,
    /// A colour that always appears with the number and name, never alone:
    /// `#rrggbb`, dark enough for a white number, in the light colours.
    pub colour: String,
    /// The track's colour in the dark colours: light enough for a dark
    /// number and to stand out on the dark page (see [`palette`]).
    pub colour_dark: String,
    pub entered: Entry,
    pub role: Passage,
    pub resources: Vec<String>,
    pub values: Vec<String>,
    pub approaches: Vec<String>,
    pub actors: Vec<String>,
    pub activities: Vec<String>,
    /// Says plainly which parts of the profile are teaching summaries.
    pub profile_basis: String,
    pub cite: Vec<Citation>,
}

impl Principle {
    /// Whether the principle's name or meaning holds every word of `query`.
    pub fn matches(&self, query: &str) -> bool {
        crate::model::base::search::matches_all_words(&format!("{} {}", self.name, self.meaning), query)
    }
}

impl Track {
    /// "Track 7: Religion", the accessible name used everywhere.
    /// "Track 5: Research, training and education", as the page's language
    /// words it (see [`set_track_label`]).
    pub fn label(&self) -> String {
        TRACK_LABEL
            .get()
            .copied()
            .unwrap_or("Track {n}: {name}")
            .replace("{n}", &self.number.to_string())
            .replace("{name}", &self.name)
    }
}

/// The names of the places a citation can sit in, for "Cited in" lists, in
/// the page's language (set once by `ui_text::install`, like the track label).
#[derive(Clone, Copy, Debug)]
pub struct CitationWords {
    pub overview: &'static str,
    pub nine_tracks: &'static str,
    pub redesign: &'static str,
    pub relations: &'static str,
    /// `{a}`, `{b}`: the tracks' numbers; `{label}`: the relation's.
    pub pair: &'static str,
    pub principles: &'static str,
    pub track_two: &'static str,
    pub limits: &'static str,
    pub systems: &'static str,
    pub multi_track: &'static str,
    pub institute: &'static str,
    /// `{prompt}`: the question.
    pub quiz: &'static str,
}

const ENGLISH_CITATION_WORDS: CitationWords = CitationWords {
    overview: "Overview",
    nine_tracks: "The nine tracks",
    redesign: "From hierarchy to circle",
    relations: "Relations between tracks",
    pair: "Tracks {a} and {b}: {label}",
    principles: "Twelve principles",
    track_two: "Track two",
    limits: "Limits of track two",
    systems: "The systems view",
    multi_track: "The multi-track idea",
    institute: "The Institute for Multi-Track Diplomacy",
    quiz: "Quiz: {prompt}",
};

static CITATION_WORDS: std::sync::OnceLock<CitationWords> = std::sync::OnceLock::new();

pub fn set_citation_words(words: CitationWords) {
    let _ = CITATION_WORDS.set(words);
}

fn citation_words() -> &'static CitationWords {
    CITATION_WORDS.get().unwrap_or(&ENGLISH_CITATION_WORDS)
}

/// How a track is named with its number, in the page's language: set once by
/// `ui_text::install` (this file is also compiled by build.rs, which has no
/// interface catalogue, so the wording is handed in rather than read).
static TRACK_LABEL: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();
/// And a number the content has no track for ("Track 12", from a file).
static TRACK_NUMBER: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();

pub fn set_track_label(pattern: &'static str, unknown: &'static str) {
    let _ = TRACK_LABEL.set(pattern);
    let _ = TRACK_NUMBER.set(unknown);
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    pub id: String,
    pub name: String,
    /// The source's short gloss, as a cited quotation would be too long to repeat.
    pub meaning: String,
    pub cite: Vec<Citation>,
    /// Tracks and events where the content shows the principle at work.
    #[serde(default)]
    pub tracks: Vec<u8>,
    #[serde(default)]
    pub events: Vec<String>,
    /// Concepts (a process of track two, a part of the triad) it belongs with.
    #[serde(default)]
    pub concepts: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Principles {
    pub intro: Passage,
    /// What is and is not known about the four groups.
    pub groups: Passage,
    pub items: Vec<Principle>,
}

/// How one pair of tracks can work together.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    /// The two track numbers, lower first.
    pub tracks: [u8; 2],
    /// A few words for the matrix cell.
    pub label: String,
    /// An illustration written for this guide, not a sourced finding.
    pub example: String,
    /// What a source says about the pair, where one does.
    #[serde(default)]
    pub source: Option<Passage>,
}

impl Relation {
    /// The URL form of a pair, "3-8".
    pub fn key(&self) -> String {
        format!("{}-{}", self.tracks[0], self.tracks[1])
    }

    /// A pair from its URL form, in either order ("8-3" is "3-8").
    pub fn parse_key(key: &str) -> Option<[u8; 2]> {
        let (a, b) = key.split_once('-')?;
        let (a, b) = (a.trim().parse::<u8>().ok()?, b.trim().parse::<u8>().ok()?);
        (a != b).then(|| [a.min(b), a.max(b)])
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relations {
    pub intro: Passage,
    /// Says that the examples are illustrations, and how sources are shown.
    pub basis: String,
    /// One per pair of tracks: 36 for nine tracks.
    pub items: Vec<Relation>,
}

/// One of Montville's two processes of track two.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Process {
    pub id: String,
    pub name: String,
    pub summary: String,
    #[serde(default)]
    pub quote: Option<Quote>,
    pub cite: Vec<Citation>,
}

/// One corner of the systems triad.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriadPart {
    pub id: String,
    pub concept: String,
    pub question: String,
    pub explanation: String,
    pub cite: Vec<Citation>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Concepts {
    pub track_two: Vec<Passage>,
    pub track_two_quotes: Vec<Quote>,
    pub processes: Vec<Process>,
    pub limits: Vec<Passage>,
    pub triad_intro: Passage,
    pub triad: Vec<TriadPart>,
    pub multi_track: Vec<Passage>,
    pub institute: Vec<Passage>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub id: String,
    /// "Montville & Davidson 1981": how citations name it inline.
    pub short: String,
    /// When it appeared, as precisely as known ("Winter 1981-82"); none for undated pages.
    #[serde(default)]
    pub date: Option<HistDate>,
    #[serde(default)]
    pub end: Option<HistDate>,
    /// Who wrote or issued it, as a bibliography names them, with the date
    /// where the entry's style puts it after the names ("Montville, J. V., &
    /// Davidson, W. D. (1981)"); none for an unsigned page.
    #[serde(default)]
    pub author: Option<String>,
    /// Its own title in its own language, never translated; none where the
    /// source has no title of its own and `source` describes it.
    #[serde(default)]
    pub title: Option<String>,
    /// A whole work (book, report) whose title stands on its own; the title of
    /// a part (article, chapter, web page) is quoted.
    #[serde(default)]
    pub book: bool,
    /// Where it appeared and in what form: journal, book, publisher or site,
    /// with issue, pages or place, in the dataset's language.
    #[serde(default)]
    pub source: Option<String>,
    /// When a web page was consulted ("2026-12"). An undated page needs it: the
    /// page may change, and the month tells the reader which version was cited.
    #[serde(default)]
    pub consulted: Option<HistDate>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub format: String,
    pub version: u32,
    pub title: String,
    pub overview: Vec<Passage>,
    pub eras: Vec<Era>,
    pub events: Vec<Event>,
    pub track_system: Vec<Passage>,
    /// Why the 1991 redesign, from hierarchy to circle, matters.
    pub redesign: Passage,
    pub tracks: Vec<Track>,
    pub relations: Relations,
    pub principles: Principles,
    pub concepts: Concepts,
    pub references: Vec<Reference>,
    /// The guided tours (the classroom): steps through the views above.
    pub tours: Vec<Tour>,
    /// The self-check quiz's questions.
    pub quiz: Vec<Question>,
    /// The worked example of a case map: an invented teaching scenario.
    pub case_example: CaseMap,
    // What the cases dataset adds (`Dataset::with_cases`). Never read or
    // written with the rest: decoding them would put their decoders in the
    // start module, which never holds them.
    /// Methods of track two and neighbouring frameworks.
    #[serde(skip)]
    pub methods: Vec<Method>,
    /// Limits and criticism.
    #[serde(skip)]
    pub criticism: Vec<Criticism>,
    /// Worked case maps of real cases.
    #[serde(skip)]
    pub case_studies: Vec<CaseStudy>,
    /// Real cases for pairs of tracks.
    #[serde(skip)]
    pub relation_cases: Vec<RelationCase>,
}

/// Something wrong in a dataset, with the place it was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Where a citation stands: the place to link back to from its reference.
#[derive(Clone, Debug, PartialEq)]
pub struct CitedAt<'a> {
    /// A JSON-like path for error messages ("events[3].cite[0]").
    pub path: String,
    pub route: Route,
    pub label: String,
    pub citation: &'a Citation,
}

/// Collects citations with their places; keeps `citations` a flat list of fields.
#[derive(Default)]
struct CitationWalk<'a> {
    out: Vec<CitedAt<'a>>,
}

impl<'a> CitationWalk<'a> {
    fn push(&mut self, path: String, route: &Route, label: &str, citation: &'a Citation) {
        self.out.push(CitedAt { path, route: route.clone(), label: label.to_string(), citation });
    }

    fn list(&mut self, path: &str, route: &Route, label: &str, cites: &'a [Citation]) {
        for (i, c) in cites.iter().enumerate() {
            self.push(format!("{path}[{i}]"), route, label, c);
        }
    }

    fn quotes(&mut self, path: &str, route: &Route, label: &str, quotes: &'a [Quote]) {
        for (i, q) in quotes.iter().enumerate() {
            self.push(format!("{path}[{i}].cite"), route, label, &q.cite);
        }
    }

    fn passages(&mut self, path: &str, route: &Route, label: &str, passages: &'a [Passage]) {
        for (i, p) in passages.iter().enumerate() {
            self.list(&format!("{path}[{i}].cite"), route, label, &p.cite);
        }
    }
}

impl Dataset {
    /// Parses a dataset from outside the build, naming the place of the first error.
    pub fn from_json(text: &str) -> Result<Dataset, String> {
        read_json(text)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    pub fn track(&self, number: u8) -> Option<&Track> {
        self.tracks.iter().find(|t| t.number == number)
    }

    /// Track `number`'s label ([`Track::label`]), or "Track 12" for a number
    /// the content has no track for (one a reader's file names).
    pub fn track_label(&self, number: u8) -> String {
        self.track(number).map_or_else(
            || TRACK_NUMBER.get().copied().unwrap_or("Track {n}").replace("{n}", &number.to_string()),
            Track::label,
        )
    }

    /// A track by number ("7") or id ("religion"), as URLs may carry either.
    pub fn track_by_key(&self, key: &str) -> Option<&Track> {
        match key.parse::<u8>() {
            Ok(n) => self.track(n),
            Err(_) => self.tracks.iter().find(|t| t.id == key),
        }
    }

    pub fn reference(&self, id: &str) -> Option<&Reference> {
        self.references.iter().find(|r| r.id == id)
    }

    /// The relation between two tracks, in either order.
    pub fn relation(&self, a: u8, b: u8) -> Option<&Relation> {
        let pair = [a.min(b), a.max(b)];
        self.relations.items.iter().find(|r| r.tracks == pair)
    }

    /// The title of a process of track two or a part of the triad, by id.
    pub fn concept_title(&self, id: &str) -> Option<&str> {
        let k = &self.concepts;
        k.processes
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.as_str())
            .or_else(|| k.triad.iter().find(|t| t.id == id).map(|t| t.concept.as_str()))
    }

    /// The principles that name a concept as where they show up.
    pub fn principles_for_concept(&self, id: &str) -> Vec<&Principle> {
        self.principles.items.iter().filter(|p| p.concepts.iter().any(|c| c == id)).collect()
    }

    /// Whether the item a route selects exists (a route without one does).
    pub fn has_item(&self, route: &Route) -> bool {
        let Some(item) = route.item.as_deref() else { return true };
        match route.page {
            Page::Timeline => self.event(item).is_some(),
            Page::Tracks => self.track_by_key(item).is_some(),
            Page::Principles => self.principle(item).is_some(),
            Page::Concepts => {
                self.concept_title(item).is_some() || self.method(item).is_some() || self.criticism_item(item).is_some()
            }
            Page::References => self.reference(item).is_some(),
            Page::Quiz => self.question(item).is_some(),
            Page::Cases => item == self.case_example.id || self.case_study(item).is_some(),
            _ => false,
        }
    }

    pub fn tour(&self, id: &str) -> Option<&Tour> {
        self.tours.iter().find(|t| t.id == id)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.quiz.iter().find(|q| q.id == id)
    }

    pub fn principle(&self, id: &str) -> Option<&Principle> {
        self.principles.items.iter().find(|p| p.id == id)
    }

    /// The events that involve a track, in date order.
    pub fn events_for_track(&self, number: u8) -> Vec<&Event> {
        self.events.iter().filter(|e| e.tracks.contains(&number)).collect()
    }

    /// The events of an era, in date order.
    pub fn events_in_era<'a>(&'a self, era: &Era) -> Vec<&'a Event> {
        self.events.iter().filter(|e| era.contains(&e.date)).collect()
    }

    /// Every citation in the dataset, with where it stands.
    pub fn citations(&self) -> Vec<CitedAt<'_>> {
        let w = citation_words();
        let mut c = CitationWalk::default();
        let home = Route::page(Page::Home);
        c.passages("overview", &home, w.overview, &self.overview);
        for (i, e) in self.events.iter().enumerate() {
            let at = format!("events[{i}]");
            let route = Route::item(Page::Timeline, &e.id);
            let label = format!("{} {}", e.date_label(), e.title);
            c.list(&format!("{at}.cite"), &route, &label, &e.cite);
            c.quotes(&format!("{at}.quotes"), &route, &label, &e.quotes);
            for (d, dispute) in e.disputes.iter().enumerate() {
                for (r, reading) in dispute.readings.iter().enumerate() {
                    c.list(&format!("{at}.disputes[{d}].readings[{r}].cite"), &route, &label, &reading.cite);
                }
            }
        }
        c.passages("track_system", &Route::page(Page::Tracks), w.nine_tracks, &self.track_system);
        c.list("redesign.cite", &Route::page(Page::Tracks), w.redesign, &self.redesign.cite);
        for (i, t) in self.tracks.iter().enumerate() {
            let route = Route::item(Page::Tracks, t.number.to_string());
            c.list(&format!("tracks[{i}].cite"), &route, &t.label(), &t.cite);
            c.list(&format!("tracks[{i}].role.cite"), &route, &t.label(), &t.role.cite);
        }
        c.list("relations.intro.cite", &Route::page(Page::Tracks), w.relations, &self.relations.intro.cite);
        for (i, r) in self.relations.items.iter().enumerate() {
            if let Some(source) = &r.source {
                let [a, b] = r.tracks;
                let route = Route::page(Page::Tracks).with_param("pair", &format!("{a}-{b}"));
                c.list(
                    &format!("relations.items[{i}].source.cite"),
                    &route,
                    &w.pair.replace("{a}", &a.to_string()).replace("{b}", &b.to_string()).replace("{label}", &r.label),
                    &source.cite,
                );
            }
        }
        let principles = Route::page(Page::Principles);
        c.list("principles.intro.cite", &principles, w.principles, &self.principles.intro.cite);
        c.list("principles.groups.cite", &principles, w.principles, &self.principles.groups.cite);
        for (i, p) in self.principles.items.iter().enumerate() {
            c.list(&format!("principles.items[{i}].cite"), &Route::item(Page::Principles, &p.id), &p.name, &p.cite);
        }
        let concepts = Route::page(Page::Concepts);
        let k = &self.concepts;
        c.passages("concepts.track_two", &concepts, w.track_two, &k.track_two);
        c.quotes("concepts.track_two_quotes", &concepts, w.track_two, &k.track_two_quotes);
        for (i, p) in k.processes.iter().enumerate() {
            let route = Route::item(Page::Concepts, &p.id);
            c.list(&format!("concepts.processes[{i}].cite"), &route, &p.name, &p.cite);
            c.quotes(&format!("concepts.processes[{i}].quote"), &route, &p.name, p.quote.as_slice());
        }
        c.passages("concepts.limits", &concepts, w.limits, &k.limits);
        c.list("concepts.triad_intro.cite", &concepts, w.systems, &k.triad_intro.cite);
        for (i, t) in k.triad.iter().enumerate() {
            c.list(&format!("concepts.triad[{i}].cite"), &Route::item(Page::Concepts, &t.id), &t.concept, &t.cite);
        }
        c.passages("concepts.multi_track", &concepts, w.multi_track, &k.multi_track);
        c.passages("concepts.institute", &concepts, w.institute, &k.institute);
        for (i, q) in self.quiz.iter().enumerate() {
            let label = w.quiz.replace("{prompt}", &q.prompt);
            c.list(&format!("quiz[{i}].cite"), &Route::item(Page::Quiz, &q.id), &label, &q.cite);
        }
        crate::model::content::case_studies::case_citations(self, |path, route, label, cites| {
            c.list(&path, &route, &label, cites)
        });
        c.out
    }

    /// The places that cite a reference, each once, in dataset order.
    pub fn cited_by(&self, reference: &str) -> Vec<(Route, String)> {
        let mut seen = HashSet::new();
        self.citations()
            .into_iter()
            .filter(|c| c.citation.reference == reference)
            .filter(|c| seen.insert((c.route.clone(), c.label.clone())))
            .map(|c| (c.route, c.label))
            .collect()
    }

    /// Every problem found; an empty list means the dataset is sound.
    pub fn validate(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut problem = |path: String, message: String| problems.push(Problem { path, message });

        if self.format != FORMAT {
            problem("format".into(), format!("expected \"{FORMAT}\", found \"{}\"", self.format));
        }
        if self.version != VERSION {
            problem("version".into(), format!("this build reads version {VERSION}, found {}", self.version));
        }

        // Ids must be unique across kinds, since URLs and citations name them bare.
        let mut ids = HashSet::new();
        let all_ids = self
            .eras
            .iter()
            .map(|e| ("eras", &e.id))
            .chain(self.events.iter().map(|e| ("events", &e.id)))
            .chain(self.tracks.iter().map(|t| ("tracks", &t.id)))
            .chain(self.principles.items.iter().map(|p| ("principles.items", &p.id)))
            .chain(self.concepts.processes.iter().map(|p| ("concepts.processes", &p.id)))
            .chain(self.concepts.triad.iter().map(|t| ("concepts.triad", &t.id)))
            .chain(self.references.iter().map(|r| ("references", &r.id)));
        for (kind, id) in all_ids {
            if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
                problem(format!("{kind}.{id}"), "an id must be lower-case letters, digits and hyphens".into());
            }
            if !ids.insert(id.as_str()) {
                problem(format!("{kind}.{id}"), "duplicate id".into());
            }
        }

        let ref_ids: HashSet<&str> = self.references.iter().map(|r| r.id.as_str()).collect();
        let mut used_refs = HashSet::new();
        for at in self.citations() {
            used_refs.insert(at.citation.reference.as_str());
            if !ref_ids.contains(at.citation.reference.as_str()) {
                problem(at.path.clone(), format!("cites unknown reference \"{}\"", at.citation.reference));
            }
        }
        for (i, r) in self.references.iter().enumerate() {
            if !used_refs.contains(r.id.as_str()) {
                problem(format!("references[{i}]"), format!("\"{}\" is never cited", r.id));
            }
            if let (Some(start), Some(end)) = (&r.date, &r.end) {
                if end < start {
                    problem(format!("references[{i}].end"), format!("{} is before {}", end.label(), start.label()));
                }
            }
            if let Some(url) = &r.url {
                // Some sources (an archived page, a project's old site) have no https address.
                if !url.starts_with("https://") && !url.starts_with("http://") {
                    problem(format!("references[{i}].url"), "links must be http or https".into());
                }
                // A page may change; the month it was read in says which version is cited.
                if r.date.is_none() && r.consulted.is_none() {
                    problem(
                        format!("references[{i}].consulted"),
                        "an undated web page says when it was consulted".into(),
                    );
                }
            }
            if r.title.is_none() && r.source.is_none() {
                problem(format!("references[{i}]"), "needs a title or a source".into());
            }
            if r.book && r.title.is_none() {
                problem(format!("references[{i}].book"), "a book needs its title".into());
            }
        }

        if self.tracks.len() != 9 {
            problem("tracks".into(), format!("expected exactly nine tracks, found {}", self.tracks.len()));
        }
        for (i, t) in self.tracks.iter().enumerate() {
            if usize::from(t.number) != i + 1 {
                problem(format!("tracks[{i}].number"), format!("expected {}, found {}", i + 1, t.number));
            }
            if !t.phrase.starts_with("peacemaking through ") {
                problem(format!("tracks[{i}].phrase"), "must read \"peacemaking through ...\"".into());
            }
            if ![1981, 1989, 1991].contains(&t.entered.year) {
                problem(format!("tracks[{i}].entered.year"), format!("{} is not 1981, 1989 or 1991", t.entered.year));
            }
            match self.event(&t.entered.event) {
                None => problem(format!("tracks[{i}].entered.event"), format!("unknown event \"{}\"", t.entered.event)),
                Some(e) if e.date.year() != i64::from(t.entered.year) => problem(
                    format!("tracks[{i}].entered.event"),
                    format!("event \"{}\" is dated {}, not {}", e.id, e.date.year(), t.entered.year),
                ),
                Some(_) => {}
            }
            for (field, hex, scheme) in
                [("colour", &t.colour, palette::Scheme::Light), ("colour_dark", &t.colour_dark, palette::Scheme::Dark)]
            {
                if let Some(first) = palette::colour_problems(hex, scheme).into_iter().next() {
                    problem(format!("tracks[{i}].{field}"), first);
                }
            }
            for (field, list) in [
                ("resources", &t.resources),
                ("values", &t.values),
                ("approaches", &t.approaches),
                ("actors", &t.actors),
                ("activities", &t.activities),
            ] {
                if list.is_empty() {
                    problem(format!("tracks[{i}].{field}"), "is empty".into());
                }
            }
        }

        let track_exists = |n: &u8| self.track(*n).is_some();
        let mut previous: Option<&HistDate> = None;
        for (i, e) in self.events.iter().enumerate() {
            if e.title.trim().is_empty() || e.summary.trim().is_empty() {
                problem(format!("events[{i}]"), "needs a title and a summary".into());
            }
            if e.cite.is_empty() {
                problem(format!("events[{i}].cite"), "an event needs at least one citation".into());
            }
            for (j, n) in e.tracks.iter().enumerate() {
                if !track_exists(n) {
                    problem(format!("events[{i}].tracks[{j}]"), format!("no track {n}"));
                }
            }
            if let Some(end) = &e.end {
                if end < &e.date {
                    problem(format!("events[{i}].end"), format!("{} is before {}", end.label(), e.date.label()));
                }
            }
            if let Some(prev) = previous {
                if &e.date < prev {
                    problem(
                        format!("events[{i}].date"),
                        format!("{} is out of order after {}", e.date.label(), prev.label()),
                    );
                }
            }
            previous = Some(&e.date);
            for (d, dispute) in e.disputes.iter().enumerate() {
                if dispute.readings.len() < 2 {
                    problem(format!("events[{i}].disputes[{d}]"), "a dispute needs two readings or more".into());
                }
                for (r, reading) in dispute.readings.iter().enumerate() {
                    if reading.cite.is_empty() {
                        problem(format!("events[{i}].disputes[{d}].readings[{r}]"), "a reading needs a source".into());
                    }
                }
            }
            // The cases run in a lane of their own, from 1955, before the first era.
            if e.kind == EventKind::History && !self.eras.iter().any(|era| era.contains(&e.date)) {
                problem(format!("events[{i}].date"), format!("{} falls in no era", e.date.label()));
            }
        }

        for (i, era) in self.eras.iter().enumerate() {
            if era.end < era.start {
                problem(format!("eras[{i}].end"), "ends before it starts".into());
            }
            if let Some(next) = self.eras.get(i + 1) {
                if next.start <= era.end_inclusive() {
                    problem(format!("eras[{}].start", i + 1), format!("overlaps era \"{}\"", era.id));
                }
            }
        }

        if self.principles.items.len() != 12 {
            problem(
                "principles.items".into(),
                format!("expected exactly twelve principles, found {}", self.principles.items.len()),
            );
        }
        for (i, p) in self.principles.items.iter().enumerate() {
            for (j, n) in p.tracks.iter().enumerate() {
                if !track_exists(n) {
                    problem(format!("principles.items[{i}].tracks[{j}]"), format!("no track {n}"));
                }
            }
            for (j, id) in p.events.iter().enumerate() {
                if self.event(id).is_none() {
                    problem(format!("principles.items[{i}].events[{j}]"), format!("unknown event \"{id}\""));
                }
            }
            for (j, id) in p.concepts.iter().enumerate() {
                if self.concept_title(id).is_none() {
                    problem(format!("principles.items[{i}].concepts[{j}]"), format!("unknown concept \"{id}\""));
                }
            }
        }

        // Every pair of tracks once, lower number first.
        let mut pairs = HashSet::new();
        for (i, r) in self.relations.items.iter().enumerate() {
            let [a, b] = r.tracks;
            if a >= b || !track_exists(&a) || !track_exists(&b) {
                problem(
                    format!("relations.items[{i}].tracks"),
                    format!("[{a}, {b}] is not two known tracks, lower first"),
                );
            } else if !pairs.insert(r.tracks) {
                problem(format!("relations.items[{i}].tracks"), format!("tracks {a} and {b} appear twice"));
            }
            if r.label.trim().is_empty() || r.example.trim().is_empty() {
                problem(format!("relations.items[{i}]"), "needs a label and an example".into());
            }
            if r.source.as_ref().is_some_and(|s| s.cite.is_empty()) {
                problem(format!("relations.items[{i}].source"), "a sourced statement needs a citation".into());
            }
        }
        let mut tour_ids = HashSet::new();
        for (i, tour) in self.tours.iter().enumerate() {
            let at = format!("tours[{i}]");
            if !tour_ids.insert(tour.id.as_str()) {
                problem(format!("{at}.id"), format!("\"{}\" is used twice", tour.id));
            }
            for (path, message) in tour.problems(&at, |route| self.has_item(route)) {
                problem(path, message);
            }
            for (s, step) in tour.steps.iter().enumerate() {
                if step.cite.is_empty() {
                    problem(format!("{at}.steps[{s}].cite"), "a step of the guide's own tours needs a citation".into());
                }
                for (c, citation) in step.cite.iter().enumerate() {
                    if !ref_ids.contains(citation.reference.as_str()) {
                        problem(
                            format!("{at}.steps[{s}].cite[{c}]"),
                            format!("cites unknown reference \"{}\"", citation.reference),
                        );
                    }
                }
            }
        }
        let mut question_ids = HashSet::new();
        for (i, q) in self.quiz.iter().enumerate() {
            let at = format!("quiz[{i}]");
            if !question_ids.insert(q.id.as_str()) {
                problem(format!("{at}.id"), format!("\"{}\" is used twice", q.id));
            }
            if q.cite.is_empty() {
                problem(format!("{at}.cite"), "a question of the guide's own needs a citation".into());
            }
            for (path, message) in q.problems(&at, Some(self)) {
                problem(path, message);
            }
        }
        for kind in [QuestionKind::MatchPhrases, QuestionKind::Order, QuestionKind::Track, QuestionKind::Principle] {
            if !self.quiz.iter().any(|q| q.kind == kind) {
                problem("quiz".into(), format!("no question of the kind {kind:?}"));
            }
        }
        for (path, message) in self.case_example.problems("case_example") {
            problem(path, message);
        }
        if !self.case_example.invented {
            problem("case_example.invented".into(), "the worked example must be labelled an invented scenario".into());
        }
        let n = self.tracks.len();
        if pairs.len() != n * n.saturating_sub(1) / 2 {
            problem(
                "relations.items".into(),
                format!(
                    "expected one relation for each of the {} pairs of tracks, found {}",
                    n * n.saturating_sub(1) / 2,
                    pairs.len()
                ),
            );
        }
        crate::model::content::case_studies::case_problems(self, &mut problems);
        problems.extend(chart_word_problems(&self.events, &self.eras));
        problems.extend(self.turning_point_problems());
        problems
    }

    /// The turning points are the events at which tracks entered the model,
    /// all of them and no other: the chart always labels them.
    fn turning_point_problems(&self) -> Vec<Problem> {
        let entered: HashSet<&str> = self.tracks.iter().map(|t| t.entered.event.as_str()).collect();
        let mut problems = Vec::new();
        for (i, e) in self.events.iter().enumerate() {
            let path = format!("events[{i}].turning_point");
            if e.turning_point && e.kind != EventKind::History {
                problems.push(Problem {
                    path,
                    message: format!("\"{}\" is a case, not a turning point of the history", e.id),
                });
            } else if e.turning_point != entered.contains(e.id.as_str()) {
                let message = if e.turning_point {
                    format!("\"{}\" is marked a turning point, but no track entered the model there", e.id)
                } else {
                    format!("\"{}\" is where tracks entered the model: mark it a turning point", e.id)
                };
                problems.push(Problem { path, message });
            }
        }
        problems
    }
}

impl Era {
    /// "1981–1988", as every era is shown.
    pub fn span_label(&self) -> String {
        crate::model::base::date::span_label(&self.start, Some(&self.end))
    }

    pub fn contains(&self, date: &HistDate) -> bool {
        *date >= self.start && *date <= self.end_inclusive()
    }

    /// The last instant of the era at its own precision: an era that ends in
    /// "1988" includes "December 1988".
    pub fn end_inclusive(&self) -> HistDate {
        match self.end.month() {
            None => HistDate::parse(&format!("{}-12-31", self.end.year())).unwrap_or(self.end),
            Some(_) => self.end,
        }
    }
}

/// A dataset file read, or the place of its first error ("events[3].date: ...").
pub fn read_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    let deserializer = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(deserializer).map_err(|e| {
        let path = e.path().to_string();
        format!("{path}: {}", e.into_inner())
    })
}
