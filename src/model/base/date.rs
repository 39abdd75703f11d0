//! Historical dates with an explicit precision.
//!
//! The sources date things unevenly: "1981", "May 1987", "26 May 1992", or a
//! journal issue dated "Winter 1981-82". A date type that forces a day would
//! invent precision the sources do not have, so each date keeps exactly what is
//! known and says so when shown.

use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::fmt;

/// A quarter of the year as journals and catalogues name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

impl Season {
    /// The month a season starts in, used only to order it among other dates.
    fn first_month(self) -> u8 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Autumn => 9,
            Season::Winter => 12,
        }
    }

    fn index(self) -> usize {
        match self {
            Season::Spring => 0,
            Season::Summer => 1,
            Season::Autumn => 2,
            Season::Winter => 3,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Season::Spring => "Spring",
            Season::Summer => "Summer",
            Season::Autumn => "Autumn",
            Season::Winter => "Winter",
        }
    }

    fn parse(word: &str) -> Option<Season> {
        match word.to_ascii_lowercase().as_str() {
            "spring" => Some(Season::Spring),
            "summer" => Some(Season::Summer),
            "autumn" | "fall" => Some(Season::Autumn),
            "winter" => Some(Season::Winter),
            _ => None,
        }
    }
}

/// How much of a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Precision {
    Year,
    Season(Season),
    Month,
    Day,
    Minute,
    Second,
}

/// A date as precise as its source, no more.
///
/// Years are counted as historians count them, with no year 0: 1 BCE is
/// followed by 1 CE. Inside, the year is kept as astronomers keep it (1 BCE
/// is 0, 2 BCE is -1), so that dates sort and lie on one axis across the
/// change of era. Deep time reaches back to the start of the universe, as
/// TimelineJS3's cosmological scale does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct HistDate {
    /// Astronomical: 1981 is 1981 CE, 0 is 1 BCE, -5409 is 5410 BCE.
    year: i64,
    month: u8,
    day: u8,
    hour: u8,
    minute: u8,
    second: u8,
    precision: Precision,
}

/// The part of a date that is wrong (see [`HistDate::from_parts`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePart {
    Year,
    Month,
    Day,
    Time,
}

/// Why a date string was refused; the message names the part that is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DateError {}

pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The proleptic Gregorian rule, on astronomical years (so 1 BCE, year 0, is a leap year).
pub(crate) fn is_leap(year: i64) -> bool {
    (year.rem_euclid(4) == 0 && year.rem_euclid(100) != 0) || year.rem_euclid(400) == 0
}

pub(crate) fn days_in_month(year: i64, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The earliest year a date may have: before the universe began, with room.
pub const EARLIEST_BCE: i64 = 20_000_000_000;
/// The latest year CE.
pub const LATEST_CE: i64 = 999_999;
/// From this many years BCE on, dates read "... years ago": a year counted
/// from the common era means nothing at that distance.
const YEARS_AGO_FROM: i64 = 100_000;

/// What a date that cannot be read is told with, in the page's language (set
/// once by `ui_text::install`, like [`DateWords`]; the machine forms in the
/// messages, "5410 BCE", "Winter 1981-82", are what the parser reads).
#[derive(Clone, Debug)]
pub struct DateErrorWords {
    pub not_a_number: &'static str,
    pub no_year_zero: &'static str,
    pub year_out_of_range_ce: &'static str,
    pub year_out_of_range_bce: &'static str,
    pub year_out_of_range: &'static str,
    pub month_out_of_range: &'static str,
    pub day_out_of_range: &'static str,
    pub not_a_time_of_day: &'static str,
    pub empty: &'static str,
    pub unrecognised: &'static str,
    pub time_needs_day: &'static str,
    pub bad_time: &'static str,
    pub winter_only: &'static str,
    pub second_year: &'static str,
    pub format_help: &'static str,
    pub what_year: &'static str,
    pub what_month: &'static str,
    pub what_day: &'static str,
    pub what_hour: &'static str,
    pub what_minute: &'static str,
    pub what_second: &'static str,
    pub what_second_year: &'static str,
}

pub const ENGLISH_ERRORS: DateErrorWords = DateErrorWords {
    not_a_number: "{what} \"{part}\" in \"{input}\" is not a number",
    no_year_zero: "there is no year 0: 1 BCE is followed by 1 CE",
    year_out_of_range_ce: "year {year} is out of range (1 to {latest} CE)",
    year_out_of_range_bce: "year {year} BCE is out of range (before the universe began)",
    year_out_of_range: "year {year} is out of range",
    month_out_of_range: "month {month} is out of range (1 to 12)",
    day_out_of_range: "day {day} is out of range for {date} (1 to {last})",
    not_a_time_of_day: "{time} is not a time of day",
    empty: "the date is empty; {help}",
    unrecognised: "unrecognised date \"{input}\"; {help}",
    time_needs_day: "a time needs a day before it in \"{input}\"; {help}",
    bad_time: "the time \"{time}\" in \"{input}\" is not HH:MM or HH:MM:SS",
    winter_only: "only a winter spans two years, but \"{input}\" gives two",
    second_year: "\"{input}\": the second year must follow {year} (for example {year}-{next})",
    format_help: "expected YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM, a year BCE such as \"5410 BCE\" or a season such as \"Winter 1981-82\"",
    what_year: "year",
    what_month: "month",
    what_day: "day",
    what_hour: "hour",
    what_minute: "minute",
    what_second: "second",
    what_second_year: "second year",
};

static ERRORS: std::sync::OnceLock<DateErrorWords> = std::sync::OnceLock::new();

pub fn set_error_words(words: DateErrorWords) {
    let _ = ERRORS.set(words);
}

fn errors() -> &'static DateErrorWords {
    ERRORS.get().unwrap_or(&ENGLISH_ERRORS)
}

fn err(template: &str, values: &[(&str, &dyn std::fmt::Display)]) -> DateError {
    DateError(crate::model::base::template::fill(template, values))
}

fn parse_number<T: std::str::FromStr>(part: &str, what: &str, input: &str) -> Result<T, DateError> {
    if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
        return Err(err(errors().not_a_number, &[("what", &what), ("part", &part), ("input", &input)]));
    }
    part.parse().map_err(|_| err(errors().not_a_number, &[("what", &what), ("part", &part), ("input", &input)]))
}

/// A year as historians number it (`bce` for before the common era) to the astronomical year.
fn check_year(year: i64, bce: bool) -> Result<i64, DateError> {
    match (bce, year) {
        (_, 0) => Err(DateError(errors().no_year_zero.into())),
        (false, 1..=LATEST_CE) => Ok(year),
        (true, 1..=EARLIEST_BCE) => Ok(1 - year),
        (false, _) => Err(err(errors().year_out_of_range_ce, &[("year", &year), ("latest", &LATEST_CE)])),
        (true, _) => Err(err(errors().year_out_of_range_bce, &[("year", &year)])),
    }
}

/// Splits off an era marker: "5410 BCE", "44 BC", "30 CE", "AD 30".
fn split_era(text: &str) -> (&str, Option<bool>) {
    for (marker, bce) in [(" BCE", true), (" BC", true), (" CE", false), (" AD", false)] {
        if let Some(rest) = text.strip_suffix(marker).or_else(|| text.strip_suffix(&marker.to_lowercase())) {
            return (rest.trim_end(), Some(bce));
        }
    }
    if let Some(rest) = text.strip_prefix("AD ") {
        return (rest.trim_start(), Some(false));
    }
    (text, None)
}

/// Groups thousands: 12,000 (with the reader's separator).
fn grouped_with(n: i64, separator: &str) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}

/// "13.8 billion", "66 million", "250,000": a count of years as people say it.
fn years_ago(years: i64, w: &DateWords) -> String {
    let scaled = |unit: f64, template: &str| {
        let v = years as f64 / unit;
        let text = if v >= 100.0 {
            format!("{v:.0}")
        } else {
            format!("{:.3}", v).trim_end_matches('0').trim_end_matches('.').to_string()
        };
        template.replace("{n}", &text.replace('.', w.decimal))
    };
    if years >= 1_000_000_000 {
        scaled(1e9, w.billion_years_ago)
    } else if years >= 1_000_000 {
        scaled(1e6, w.million_years_ago)
    } else {
        w.years_ago.replace("{n}", &grouped_with(years, w.group))
    }
}

/// How a language writes dates for people: month and season names, the
/// order of day, month and year, the era and the digits' separators.
/// Each `{d}`, `{m}`, `{s}`, `{y}`, `{n}` is filled in.
///
/// Why a global: every view shows dates through [`HistDate::label`], and the
/// page has one language for its whole life (`ui_text::install` sets it
/// before anything is drawn); the machine forms (`canonical`, `datetime`)
/// never change.
#[derive(Clone, Debug)]
pub struct DateWords {
    pub months: [&'static str; 12],
    /// Spring, summer, autumn, winter.
    pub seasons: [&'static str; 4],
    /// How the first day of a month is written ("1", or "1er" in French).
    pub first_day: &'static str,
    pub day_month_year: &'static str,
    pub month_year: &'static str,
    pub season_year: &'static str,
    pub bce: &'static str,
    pub years_ago: &'static str,
    pub million_years_ago: &'static str,
    pub billion_years_ago: &'static str,
    pub group: &'static str,
    pub decimal: &'static str,
    /// A span between two dates written in full ("{start} to {end}").
    pub span: &'static str,
}

pub const ENGLISH_WORDS: DateWords = DateWords {
    months: MONTHS,
    seasons: ["Spring", "Summer", "Autumn", "Winter"],
    first_day: "1",
    day_month_year: "{d} {m} {y}",
    month_year: "{m} {y}",
    season_year: "{s} {y}",
    bce: "{y} BCE",
    years_ago: "{n} years ago",
    million_years_ago: "{n} million years ago",
    billion_years_ago: "{n} billion years ago",
    group: ",",
    decimal: ".",
    span: "{start} to {end}",
};

static WORDS: std::sync::OnceLock<DateWords> = std::sync::OnceLock::new();

/// Sets how dates are written on this page, once, before anything is drawn.
pub fn set_words(words: DateWords) {
    let _ = WORDS.set(words);
}

fn words() -> &'static DateWords {
    WORDS.get().unwrap_or(&ENGLISH_WORDS)
}

impl HistDate {
    /// The astronomical year `year` alone (1981 is 1981 CE, 0 is 1 BCE).
    pub fn year_only(year: i64) -> HistDate {
        HistDate { year, month: 1, day: 1, hour: 0, minute: 0, second: 0, precision: Precision::Year }
    }

    /// A date from its parts, as a TimelineJS3 file gives them: the year
    /// astronomical, then each finer part only if the coarser one is given.
    /// An error says which part is wrong, so a file's reader can name it.
    pub fn from_parts(
        year: i64,
        month: Option<u8>,
        day: Option<u8>,
        time: Option<(u8, u8, Option<u8>)>,
    ) -> Result<HistDate, (DatePart, DateError)> {
        if !(1 - EARLIEST_BCE..=LATEST_CE).contains(&year) {
            return Err((DatePart::Year, err(errors().year_out_of_range, &[("year", &year)])));
        }
        let mut date = HistDate::year_only(year);
        let Some(month) = month else { return Ok(date) };
        if !(1..=12).contains(&month) {
            return Err((DatePart::Month, err(errors().month_out_of_range, &[("month", &month)])));
        }
        date.month = month;
        date.precision = Precision::Month;
        let Some(day) = day else { return Ok(date) };
        let last = days_in_month(year, month);
        if !(1..=last).contains(&day) {
            return Err((
                DatePart::Day,
                err(errors().day_out_of_range, &[("day", &day), ("date", &date.label()), ("last", &last)]),
            ));
        }
        date.day = day;
        date.precision = Precision::Day;
        let Some((hour, minute, second)) = time else { return Ok(date) };
        if hour > 23 || minute > 59 || second.is_some_and(|s| s > 59) {
            return Err((
                DatePart::Time,
                err(errors().not_a_time_of_day, &[("time", &format!("{hour:02}:{minute:02}"))]),
            ));
        }
        date.hour = hour;
        date.minute = minute;
        date.precision = Precision::Minute;
        if let Some(second) = second {
            date.second = second;
            date.precision = Precision::Second;
        }
        Ok(date)
    }

    /// Parses the forms the dataset and users' files may use.
    pub fn parse(input: &str) -> Result<HistDate, DateError> {
        let text = input.trim();
        if text.is_empty() {
            return Err(err(errors().empty, &[("help", &errors().format_help)]));
        }
        let (text, era) = split_era(text);
        let bce = era == Some(true);
        if let Some((word, rest)) = text.split_once(' ') {
            if word.starts_with(|c: char| c.is_alphabetic()) {
                return Self::parse_season(word, rest.trim(), input, bce);
            }
        }
        let (day_part, time_part) = match text.split_once(['T', ' ']) {
            Some((d, t)) => (d, Some(t.trim())),
            None => (text, None),
        };
        let parts: Vec<&str> = day_part.split('-').collect();
        let year = check_year(parse_number(parts[0], errors().what_year, input)?, bce)?;
        if parts.len() > 3 {
            return Err(err(errors().unrecognised, &[("input", &input), ("help", &errors().format_help)]));
        }
        let month = parts.get(1).map(|m| parse_number::<u8>(m, errors().what_month, input)).transpose()?;
        let day = parts.get(2).map(|d| parse_number::<u8>(d, errors().what_day, input)).transpose()?;
        let time = match time_part {
            None => None,
            Some(_) if day.is_none() => {
                return Err(err(errors().time_needs_day, &[("input", &input), ("help", &errors().format_help)]))
            }
            Some(t) => {
                let bits: Vec<&str> = t.split(':').collect();
                if !(2..=3).contains(&bits.len()) {
                    return Err(err(errors().bad_time, &[("time", &t), ("input", &input)]));
                }
                let hour = parse_number(bits[0], errors().what_hour, input)?;
                let minute = parse_number(bits[1], errors().what_minute, input)?;
                let second = bits.get(2).map(|s| parse_number(s, errors().what_second, input)).transpose()?;
                Some((hour, minute, second))
            }
        };
        Self::from_parts(year, month, day, time).map_err(|(_, e)| e)
    }

    fn parse_season(word: &str, rest: &str, input: &str, bce: bool) -> Result<HistDate, DateError> {
        let season = Season::parse(word)
            .ok_or_else(|| err(errors().unrecognised, &[("input", &input), ("help", &errors().format_help)]))?;
        let (first, second) = match rest.split_once('-') {
            Some((a, b)) => (a, Some(b)),
            None => (rest, None),
        };
        let year = check_year(parse_number(first, errors().what_year, input)?, bce)?;
        if let Some(second) = second {
            if season != Season::Winter {
                return Err(err(errors().winter_only, &[("input", &input)]));
            }
            let next: i64 = parse_number(second, errors().what_second_year, input)?;
            let expected_full = year + 1;
            let matches = match second.len() {
                2 => next == expected_full.rem_euclid(100),
                4 => next == expected_full,
                _ => false,
            };
            if bce || !matches {
                let next = format!("{:02}", expected_full.rem_euclid(100));
                return Err(err(errors().second_year, &[("input", &input), ("year", &year), ("next", &next)]));
            }
        }
        Ok(HistDate { month: season.first_month(), precision: Precision::Season(season), ..HistDate::year_only(year) })
    }

    /// The astronomical year: the year CE, 0 for 1 BCE, -5409 for 5410 BCE.
    pub fn year(&self) -> i64 {
        self.year
    }

    /// Whether the date is before the common era.
    pub fn is_bce(&self) -> bool {
        self.year < 1
    }

    /// The month, when the date is at least that precise.
    pub fn month(&self) -> Option<u8> {
        (rank(self.precision) >= rank(Precision::Month)).then_some(self.month)
    }

    /// The day, when the date is that precise.
    pub fn day(&self) -> Option<u8> {
        (rank(self.precision) >= rank(Precision::Day)).then_some(self.day)
    }

    /// Hour, minute and second (the second when given), when the date has a time.
    pub fn time(&self) -> Option<(u8, u8, Option<u8>)> {
        match self.precision {
            Precision::Minute => Some((self.hour, self.minute, None)),
            Precision::Second => Some((self.hour, self.minute, Some(self.second))),
            _ => None,
        }
    }

    pub fn precision(&self) -> Precision {
        self.precision
    }

    /// A position on a continuous axis in years (1981.0 is 1 January 1981,
    /// 0.0 is 1 January 1 BCE), so a timeline can lay out dates of any
    /// precision and era on one scale.
    pub fn as_fractional_year(&self) -> f64 {
        let days = if is_leap(self.year) { 366.0 } else { 365.0 };
        let before: u32 = (1..self.month).map(|m| u32::from(days_in_month(self.year, m))).sum();
        let seconds = f64::from(self.hour) * 3600.0 + f64::from(self.minute) * 60.0 + f64::from(self.second);
        self.year as f64 + (f64::from(before) + f64::from(self.day - 1) + seconds / 86_400.0) / days
    }

    /// The day a position on the continuous axis falls on (the inverse of
    /// [`HistDate::as_fractional_year`], to day precision).
    pub fn from_fractional_year(value: f64) -> HistDate {
        let value = value.clamp((1 - EARLIEST_BCE) as f64, LATEST_CE as f64);
        let year = value.floor() as i64;
        let days = if is_leap(year) { 366.0 } else { 365.0 };
        let mut day_of_year = (((value - year as f64) * days).floor() as u32).min(365);
        let mut month = 1;
        while month < 12 && day_of_year >= u32::from(days_in_month(year, month)) {
            day_of_year -= u32::from(days_in_month(year, month));
            month += 1;
        }
        let day = (day_of_year as u8 + 1).min(days_in_month(year, month));
        HistDate { month, day, precision: Precision::Day, ..HistDate::year_only(year) }
    }

    /// The year as historians write it, without the era: 5410 for 5410 BCE.
    fn historical_year(&self) -> i64 {
        if self.is_bce() {
            1 - self.year
        } else {
            self.year
        }
    }

    /// The canonical machine form, the one `parse` reads back.
    pub fn canonical(&self) -> String {
        let era = if self.is_bce() { " BCE" } else { "" };
        let y = self.historical_year();
        let (mo, d) = (self.month, self.day);
        let ymd = format!("{y:04}-{mo:02}-{d:02}");
        match self.precision {
            Precision::Year => format!("{y:04}{era}"),
            Precision::Month => format!("{y:04}-{mo:02}{era}"),
            Precision::Day => format!("{ymd}{era}"),
            Precision::Minute => format!("{ymd}T{:02}:{:02}{era}", self.hour, self.minute),
            Precision::Second => format!("{ymd}T{:02}:{:02}:{:02}{era}", self.hour, self.minute, self.second),
            Precision::Season(Season::Winter) if !self.is_bce() => {
                format!("Winter {}-{:02}", self.year, (self.year + 1) % 100)
            }
            Precision::Season(s) => format!("{} {y}{era}", s.name()),
        }
    }

    /// A valid HTML `datetime` value: the date at its precision, and the
    /// starting year for a season (HTML has no seasons). None before 1 CE,
    /// which HTML's date syntax cannot write.
    pub fn datetime_attr(&self) -> Option<String> {
        if self.is_bce() || self.year > 9999 {
            return None;
        }
        Some(match self.precision {
            Precision::Season(_) => format!("{:04}", self.year),
            _ => self.canonical(),
        })
    }

    /// The year as people read it: "1981", "5410 BCE", "13.8 billion years ago".
    pub fn year_label(&self) -> String {
        self.year_label_in(words())
    }

    fn year_label_in(&self, w: &DateWords) -> String {
        let y = self.historical_year();
        match (self.is_bce(), y) {
            (true, y) if y >= YEARS_AGO_FROM => years_ago(y, w),
            (true, y) if y >= 10_000 => w.bce.replace("{y}", &grouped_with(y, w.group)),
            (true, y) => w.bce.replace("{y}", &y.to_string()),
            (false, y) if y >= 10_000 => grouped_with(y, w.group),
            (false, y) => y.to_string(),
        }
    }

    /// The form people read: "1981", "May 1987", "26 May 1992", "26 May 1992,
    /// 14:30", "Winter 1981-82", "5410 BCE", "13.8 billion years ago".
    pub fn label(&self) -> String {
        self.label_in(words())
    }

    /// [`HistDate::label`] as `w`'s language writes it.
    pub fn label_in(&self, w: &DateWords) -> String {
        let month = w.months[usize::from(self.month - 1)];
        let year = self.year_label_in(w);
        let day_number = if self.day == 1 { w.first_day.to_string() } else { self.day.to_string() };
        let day = w.day_month_year.replace("{d}", &day_number).replace("{m}", month).replace("{y}", &year);
        let season = |s: Season, y: &str| w.season_year.replace("{s}", w.seasons[s.index()]).replace("{y}", y);
        match self.precision {
            Precision::Year => year,
            Precision::Month => w.month_year.replace("{m}", month).replace("{y}", &year),
            Precision::Day => day,
            Precision::Minute => format!("{day}, {:02}:{:02}", self.hour, self.minute),
            Precision::Second => format!("{day}, {:02}:{:02}:{:02}", self.hour, self.minute, self.second),
            Precision::Season(s) if self.is_bce() => season(s, &year),
            Precision::Season(Season::Winter) => {
                season(Season::Winter, &format!("{}-{:02}", self.year, (self.year + 1) % 100))
            }
            Precision::Season(s) => season(s, &year),
        }
    }
}

impl Ord for HistDate {
    /// Chronological, and for the same start a vaguer date first, so that
    /// "1991" comes before "May 1991" as a heading comes before its details.
    fn cmp(&self, other: &Self) -> Ordering {
        (self.year, self.month, self.day, self.hour, self.minute, self.second)
            .cmp(&(other.year, other.month, other.day, other.hour, other.minute, other.second))
            .then_with(|| rank(self.precision).cmp(&rank(other.precision)))
    }
}

fn rank(p: Precision) -> u8 {
    match p {
        Precision::Year => 0,
        Precision::Season(_) => 1,
        Precision::Month => 2,
        Precision::Day => 3,
        Precision::Minute => 4,
        Precision::Second => 5,
    }
}

impl PartialOrd for HistDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl TryFrom<String> for HistDate {
    type Error = DateError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        HistDate::parse(&value)
    }
}

impl From<HistDate> for String {
    fn from(value: HistDate) -> Self {
        value.canonical()
    }
}

impl fmt::Display for HistDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

/// "1985-1986", "May 1987", "Sep 2003 to Aug 2004": a span as people write it.
pub fn span_label(start: &HistDate, end: Option<&HistDate>) -> String {
    match end {
        None => start.label(),
        Some(end) if end == start => start.label(),
        Some(end) if start.precision() == Precision::Year && end.precision() == Precision::Year && !start.is_bce() => {
            format!("{}\u{2013}{}", start.year_label(), end.year_label())
        }
        Some(end) => words().span.replace("{start}", &start.label()).replace("{end}", &end.label()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> HistDate {
        HistDate::parse(s).unwrap()
    }

    #[test]
    fn parses_each_precision() {
        assert_eq!(d("1981").precision(), Precision::Year);
        assert_eq!(d("1987-05").month(), Some(5));
        assert_eq!(d("1992-05-26").day(), Some(26));
        assert_eq!(d("Winter 1981-82").precision(), Precision::Season(Season::Winter));
        assert_eq!(d("fall 1990").precision(), Precision::Season(Season::Autumn));
        assert_eq!(d("1981").month(), None);
    }

    #[test]
    fn labels_read_as_people_write_them() {
        assert_eq!(d("1981").label(), "1981");
        assert_eq!(d("1987-05").label(), "May 1987");
        assert_eq!(d("1992-05-26").label(), "26 May 1992");
        assert_eq!(d("Winter 1981-82").label(), "Winter 1981-82");
        assert_eq!(d("Winter 1999-2000").label(), "Winter 1999-00");
    }

    #[test]
    fn canonical_form_round_trips() {
        for s in ["1981", "1987-05", "1992-05-26", "Winter 1981-82", "Spring 2004", "2000-02-29"] {
            assert_eq!(HistDate::parse(&d(s).canonical()).unwrap(), d(s), "{s}");
        }
    }

    #[test]
    fn refuses_impossible_dates_with_a_reason() {
        let err = |s: &str| HistDate::parse(s).unwrap_err().0;
        assert_eq!(err("1991-13"), "month 13 is out of range (1 to 12)");
        assert!(err("1991-02-29").contains("day 29 is out of range for February 1991"));
        assert!(HistDate::parse("2000-02-29").is_ok(), "2000 is a leap year");
        assert!(err("1900-02-29").contains("out of range"), "1900 is not a leap year");
        assert!(err("Winter 1981-83").contains("must follow 1981"));
        assert!(err("Summer 1981-82").contains("only a winter"));
        assert!(err("Monsoon 1981").contains("unrecognised"));
        assert!(err("19x1").contains("not a number"));
        assert!(err("").contains("empty"));
        assert!(err("0").contains("no year 0"));
        assert!(err("1000000").contains("out of range"));
        assert!(err("1991-1-1-1").contains("unrecognised"));
    }

    #[test]
    fn orders_chronologically_vaguer_first() {
        let mut dates = [d("1992-05-26"), d("1991-05"), d("Winter 1981-82"), d("1991"), d("1981")];
        dates.sort();
        let labels: Vec<String> = dates.iter().map(HistDate::label).collect();
        assert_eq!(labels, ["1981", "Winter 1981-82", "1991", "May 1991", "26 May 1992"]);
    }

    #[test]
    fn fractional_year_is_monotonic_and_anchored() {
        assert_eq!(d("1981").as_fractional_year(), 1981.0);
        assert!(d("1981-12-31").as_fractional_year() < 1982.0);
        assert!(d("1987-05").as_fractional_year() > d("1987-04-30").as_fractional_year());
    }

    #[test]
    fn fractional_year_inverts_to_the_same_day() {
        for s in ["1981-01-01", "1987-05-31", "1992-05-26", "2000-02-29", "2000-12-31", "1999-12-31"] {
            assert_eq!(HistDate::from_fractional_year(d(s).as_fractional_year() + 1e-9), d(s), "{s}");
        }
    }

    #[test]
    fn datetime_attributes_are_valid_html() {
        assert_eq!(d("Winter 1981-82").datetime_attr().as_deref(), Some("1981"));
        assert_eq!(d("1992-05-26").datetime_attr().as_deref(), Some("1992-05-26"));
        assert_eq!(d("1987-05").datetime_attr().as_deref(), Some("1987-05"));
        assert_eq!(d("1992-05-26T14:30").datetime_attr().as_deref(), Some("1992-05-26T14:30"));
        assert_eq!(d("44 BCE").datetime_attr(), None, "HTML cannot write years before 1 CE");
    }

    #[test]
    fn span_labels() {
        assert_eq!(span_label(&d("1985"), Some(&d("1986"))), "1985\u{2013}1986");
        assert_eq!(span_label(&d("2003-09"), Some(&d("2004-08"))), "September 2003 to August 2004");
        assert_eq!(span_label(&d("1991"), None), "1991");
    }

    #[test]
    fn serde_uses_the_string_form() {
        let json = serde_json::to_string(&d("Winter 1981-82")).unwrap();
        assert_eq!(json, "\"Winter 1981-82\"");
        let back: Result<HistDate, _> = serde_json::from_str("\"1991-13\"");
        assert!(back.unwrap_err().to_string().contains("month 13"));
    }
    #[test]
    fn years_before_the_common_era_have_no_year_zero() {
        assert_eq!(d("5410 BCE").label(), "5410 BCE");
        assert_eq!(d("44 BC").year(), -43, "kept astronomically: 1 BCE is year 0");
        assert_eq!(d("1 BCE").year(), 0);
        assert_eq!(d("30 CE"), d("30"));
        assert_eq!(d("AD 30"), d("0030"));
        assert!(HistDate::parse("0").unwrap_err().0.contains("no year 0"));
        assert!(HistDate::parse("0 BCE").unwrap_err().0.contains("no year 0"));
        // 1 BCE is followed directly by 1 CE on the axis.
        assert_eq!(d("1").as_fractional_year() - d("1 BCE").as_fractional_year(), 1.0);
        let mut dates = [d("1"), d("44 BCE"), d("1 BCE"), d("5410 BCE"), d("1981")];
        dates.sort();
        let labels: Vec<String> = dates.iter().map(HistDate::label).collect();
        assert_eq!(labels, ["5410 BCE", "44 BCE", "1 BCE", "1", "1981"]);
        assert_eq!(d("0044-03-15 BCE").label(), "15 March 44 BCE");
    }

    #[test]
    fn deep_time_reads_in_years_ago() {
        assert_eq!(d("13800000000 BCE").label(), "13.8 billion years ago");
        assert_eq!(d("66000000 BCE").label(), "66 million years ago");
        assert_eq!(d("250000 BCE").label(), "250,000 years ago");
        assert_eq!(d("12000 BCE").label(), "12,000 BCE");
        assert!(d("13800000000 BCE") < d("66000000 BCE"));
        assert!(d("13800000000 BCE").as_fractional_year() < -1.3e10);
        assert!(HistDate::parse("30000000000 BCE").unwrap_err().0.contains("out of range"));
    }

    #[test]
    fn times_of_day_to_the_minute_or_second() {
        let t = d("1992-05-26T14:30");
        assert_eq!(t.precision(), Precision::Minute);
        assert_eq!(t.label(), "26 May 1992, 14:30");
        assert_eq!(d("1992-05-26 14:30:05").label(), "26 May 1992, 14:30:05");
        assert!(d("1992-05-26") < t && t < d("1992-05-26T14:31"));
        assert!(t.as_fractional_year() > d("1992-05-26").as_fractional_year());
        assert!(t.as_fractional_year() < d("1992-05-27").as_fractional_year());
        assert!(HistDate::parse("1992-05-26T25:00").unwrap_err().0.contains("not a time of day"));
        assert!(HistDate::parse("1992-05T10:00").unwrap_err().0.contains("needs a day"));
    }

    #[test]
    fn every_form_round_trips_through_its_canonical_text() {
        for s in [
            "5410 BCE",
            "0044-03-15 BCE",
            "13800000000 BCE",
            "1992-05-26T14:30",
            "1992-05-26T14:30:05",
            "Spring 300 BCE",
        ] {
            assert_eq!(HistDate::parse(&d(s).canonical()).unwrap(), d(s), "{s}");
        }
    }
}
