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
}

/// A date as precise as its source, no more.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct HistDate {
    year: i32,
    month: u8,
    day: u8,
    precision: Precision,
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

pub(crate) fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn parse_number<T: std::str::FromStr>(part: &str, what: &str, input: &str) -> Result<T, DateError> {
    if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DateError(format!("{what} \"{part}\" in \"{input}\" is not a number")));
    }
    part.parse().map_err(|_| DateError(format!("{what} \"{part}\" in \"{input}\" is not a number")))
}

fn check_year(year: i32) -> Result<i32, DateError> {
    if (1..=9999).contains(&year) {
        Ok(year)
    } else {
        Err(DateError(format!("year {year} is out of range (1 to 9999)")))
    }
}

impl HistDate {
    pub const FORMAT_HELP: &'static str = "expected YYYY, YYYY-MM, YYYY-MM-DD or a season such as \"Winter 1981-82\"";

    pub fn year_only(year: i32) -> HistDate {
        HistDate { year, month: 1, day: 1, precision: Precision::Year }
    }

    /// Parses the forms the dataset and users' files may use.
    pub fn parse(input: &str) -> Result<HistDate, DateError> {
        let text = input.trim();
        if text.is_empty() {
            return Err(DateError(format!("the date is empty; {}", Self::FORMAT_HELP)));
        }
        if let Some((word, rest)) = text.split_once(' ') {
            return Self::parse_season(word, rest.trim(), input);
        }
        let parts: Vec<&str> = text.split('-').collect();
        let year = check_year(parse_number(parts[0], "year", input)?)?;
        match parts.len() {
            1 => Ok(Self::year_only(year)),
            2 | 3 => {
                let month: u8 = parse_number(parts[1], "month", input)?;
                if !(1..=12).contains(&month) {
                    return Err(DateError(format!("month {month} is out of range (1 to 12)")));
                }
                if parts.len() == 2 {
                    return Ok(HistDate { year, month, day: 1, precision: Precision::Month });
                }
                let day: u8 = parse_number(parts[2], "day", input)?;
                let last = days_in_month(year, month);
                if !(1..=last).contains(&day) {
                    return Err(DateError(format!(
                        "day {day} is out of range for {} {year} (1 to {last})",
                        MONTHS[usize::from(month - 1)]
                    )));
                }
                Ok(HistDate { year, month, day, precision: Precision::Day })
            }
            _ => Err(DateError(format!("unrecognised date \"{input}\"; {}", Self::FORMAT_HELP))),
        }
    }

    fn parse_season(word: &str, rest: &str, input: &str) -> Result<HistDate, DateError> {
        let season = Season::parse(word)
            .ok_or_else(|| DateError(format!("unrecognised date \"{input}\"; {}", Self::FORMAT_HELP)))?;
        let (first, second) = match rest.split_once('-') {
            Some((a, b)) => (a, Some(b)),
            None => (rest, None),
        };
        let year = check_year(parse_number(first, "year", input)?)?;
        if let Some(second) = second {
            if season != Season::Winter {
                return Err(DateError(format!("only a winter spans two years, but \"{input}\" gives two")));
            }
            let next: i32 = parse_number(second, "second year", input)?;
            let expected_full = year + 1;
            let matches = match second.len() {
                2 => next == expected_full % 100,
                4 => next == expected_full,
                _ => false,
            };
            if !matches {
                return Err(DateError(format!(
                    "\"{input}\": the second year must follow {year} (for example {year}-{:02})",
                    expected_full % 100
                )));
            }
        }
        Ok(HistDate { year, month: season.first_month(), day: 1, precision: Precision::Season(season) })
    }

    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month, when the date is at least that precise.
    pub fn month(&self) -> Option<u8> {
        matches!(self.precision, Precision::Month | Precision::Day).then_some(self.month)
    }

    /// The day, when the date is that precise.
    pub fn day(&self) -> Option<u8> {
        matches!(self.precision, Precision::Day).then_some(self.day)
    }

    pub fn precision(&self) -> Precision {
        self.precision
    }

    /// A position on a continuous axis in years (1981.0 is 1 January 1981),
    /// so a timeline can lay out dates of any precision on one scale.
    pub fn as_fractional_year(&self) -> f64 {
        let days = if is_leap(self.year) { 366.0 } else { 365.0 };
        let before: u32 = (1..self.month).map(|m| u32::from(days_in_month(self.year, m))).sum();
        f64::from(self.year) + (f64::from(before) + f64::from(self.day - 1)) / days
    }

    /// The day a position on the continuous axis falls on (the inverse of
    /// [`HistDate::as_fractional_year`], to day precision).
    pub fn from_fractional_year(value: f64) -> HistDate {
        let year = value.floor() as i32;
        let days = if is_leap(year) { 366.0 } else { 365.0 };
        let mut day_of_year = ((value - f64::from(year)) * days).floor() as u32;
        let mut month = 1;
        while month < 12 && day_of_year >= u32::from(days_in_month(year, month)) {
            day_of_year -= u32::from(days_in_month(year, month));
            month += 1;
        }
        let day = (day_of_year as u8 + 1).min(days_in_month(year, month));
        HistDate { year, month, day, precision: Precision::Day }
    }

    /// The canonical machine form, the one `parse` reads back.
    pub fn canonical(&self) -> String {
        match self.precision {
            Precision::Year => format!("{:04}", self.year),
            Precision::Month => format!("{:04}-{:02}", self.year, self.month),
            Precision::Day => format!("{:04}-{:02}-{:02}", self.year, self.month, self.day),
            Precision::Season(Season::Winter) => {
                format!("Winter {}-{:02}", self.year, (self.year + 1) % 100)
            }
            Precision::Season(s) => format!("{} {}", s.name(), self.year),
        }
    }

    /// A valid HTML `datetime` value: the date at its precision, and the
    /// starting year for a season (HTML has no seasons).
    pub fn datetime_attr(&self) -> String {
        match self.precision {
            Precision::Season(_) => format!("{:04}", self.year),
            _ => self.canonical(),
        }
    }

    /// The form people read: "1981", "May 1987", "26 May 1992", "Winter 1981-82".
    pub fn label(&self) -> String {
        let month = MONTHS[usize::from(self.month - 1)];
        match self.precision {
            Precision::Year => self.year.to_string(),
            Precision::Month => format!("{month} {}", self.year),
            Precision::Day => format!("{} {month} {}", self.day, self.year),
            Precision::Season(_) => self.canonical(),
        }
    }
}

impl Ord for HistDate {
    /// Chronological, and for the same start a vaguer date first, so that
    /// "1991" comes before "May 1991" as a heading comes before its details.
    fn cmp(&self, other: &Self) -> Ordering {
        (self.year, self.month, self.day)
            .cmp(&(other.year, other.month, other.day))
            .then_with(|| rank(self.precision).cmp(&rank(other.precision)))
    }
}

fn rank(p: Precision) -> u8 {
    match p {
        Precision::Year => 0,
        Precision::Season(_) => 1,
        Precision::Month => 2,
        Precision::Day => 3,
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
        Some(end) if start.precision() == Precision::Year && end.precision() == Precision::Year => {
            format!("{}\u{2013}{}", start.year(), end.year())
        }
        Some(end) => format!("{} to {}", start.label(), end.label()),
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
        assert!(err("0").contains("out of range"));
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
        assert_eq!(d("Winter 1981-82").datetime_attr(), "1981");
        assert_eq!(d("1992-05-26").datetime_attr(), "1992-05-26");
        assert_eq!(d("1987-05").datetime_attr(), "1987-05");
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
}
