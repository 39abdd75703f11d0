//! The interface wording in the reader's language: `ui()` in any view, a
//! field per key (see `catalogue` for where the types come from).
//!
//! Why a global and not a signal: switching language reloads the page with
//! the new language in its address (the view and the selection are in the
//! address too), so the wording never changes under a drawn view, and every
//! view reads plain `&'static str` fields with no reactive cost.
//!
//! English is in the start module; another language's catalogue arrives in
//! its language part and is installed before the app is drawn.

use crate::model::base::lang::{Lang, Plural as Category};
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/ui_text.rs"));

/// A text with a form per plural category; only the forms its language
/// needs are there (the build checks that).
#[derive(Debug)]
pub struct Plural<'a> {
    pub zero: Option<&'a str>,
    pub one: Option<&'a str>,
    pub two: Option<&'a str>,
    pub few: Option<&'a str>,
    pub many: Option<&'a str>,
    pub other: &'a str,
}

/// Reads the catalogues build.rs encodes (postcard's layout: a text is a
/// varint length and its UTF-8 bytes, an absent plural form a 0 byte), a
/// field at a time in the generated types' order.
///
/// Why not serde: its derived decoder inlines the length and UTF-8 checks
/// into every field, and with some 700 keys that was about 20 KB brotli of
/// the start module; here each field is one call.
struct Reader<'a> {
    bytes: &'a [u8],
    failed: bool,
}

impl<'a> Reader<'a> {
    #[inline(never)]
    fn varint(&mut self) -> usize {
        let (mut value, mut shift) = (0usize, 0);
        while let Some((&byte, rest)) = self.bytes.split_first() {
            self.bytes = rest;
            value |= usize::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return value;
            }
            shift += 7;
            if shift > 28 {
                break;
            }
        }
        self.failed = true;
        0
    }

    #[inline(never)]
    fn text(&mut self) -> &'a str {
        let len = self.varint();
        if len > self.bytes.len() {
            self.failed = true;
            return "";
        }
        let (text, rest) = self.bytes.split_at(len);
        self.bytes = rest;
        std::str::from_utf8(text).unwrap_or_else(|_| {
            self.failed = true;
            ""
        })
    }

    fn form(&mut self) -> Option<&'a str> {
        match self.bytes.split_first() {
            Some((0, rest)) => {
                self.bytes = rest;
                None
            }
            Some((1, rest)) => {
                self.bytes = rest;
                Some(self.text())
            }
            _ => {
                self.failed = true;
                None
            }
        }
    }

    #[inline(never)]
    fn plural(&mut self) -> Plural<'a> {
        Plural {
            zero: self.form(),
            one: self.form(),
            two: self.form(),
            few: self.form(),
            many: self.form(),
            other: self.text(),
        }
    }
}

/// Why a catalogue's bytes could not be read.
#[derive(Debug)]
pub struct CatalogueError;

impl std::fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the interface wording is damaged")
    }
}

fn read_all<'a, T>(bytes: &'a [u8], read: fn(&mut Reader<'a>) -> T) -> Result<T, CatalogueError> {
    let mut reader = Reader { bytes, failed: false };
    let value = read(&mut reader);
    if reader.failed || !reader.bytes.is_empty() {
        return Err(CatalogueError);
    }
    Ok(value)
}

/// An English section, which the build made: a failure is a build defect.
fn english<T>(bytes: &'static [u8], read: fn(&mut Reader<'static>) -> T) -> T {
    read_all(bytes, read).expect("the English catalogue decodes")
}

impl Plural<'_> {
    pub fn form(&self, lang: Lang, n: u64) -> &str {
        let form = match lang.plural(n) {
            Category::Zero => self.zero,
            Category::One => self.one,
            Category::Two => self.two,
            Category::Few => self.few,
            Category::Many => self.many,
            Category::Other => None,
        };
        form.unwrap_or(self.other)
    }

    /// The form for `n`, with `{n}` filled in as the language writes numbers.
    pub fn count(&self, n: usize) -> String {
        let lang = lang();
        fill(self.form(lang, n as u64), &[("n", &number(lang, n as u64))])
    }
}

static TRANSLATED: OnceLock<Translated<'static>> = OnceLock::new();
static LANG: OnceLock<Lang> = OnceLock::new();

/// The wording of the reader's language: `ui().quiz.check` (English until
/// another language is installed).
pub fn ui() -> &'static Ui {
    &SECTIONS
}

fn translated() -> Option<&'static Translated<'static>> {
    TRANSLATED.get()
}

/// The reader's language.
pub fn lang() -> Lang {
    LANG.get().copied().unwrap_or_default()
}

/// A translated catalogue's bytes, read. Called by the language parts, so
/// the reading code (a call per key of every section) travels with them.
pub fn decode(catalogue: &'static [u8]) -> Result<Translated<'static>, CatalogueError> {
    read_all(catalogue, Translated::read)
}

/// Installs `lang` with its wording, once, before anything is drawn.
pub fn install(lang: Lang, decoded: Translated<'static>) {
    crate::model::base::date::set_words(date_words(&decoded.dates));
    crate::model::content::set_track_label(decoded.reading.track_label, decoded.reading.track_number);
    crate::model::base::date::set_error_words(date_error_words(&decoded.date_errors));
    crate::model::content::check_words::set_words(check_words(&decoded.checks));
    let c = &decoded.citations;
    crate::model::content::set_citation_words(crate::model::content::CitationWords {
        overview: c.overview,
        nine_tracks: c.nine_tracks,
        redesign: c.redesign,
        relations: c.relations,
        pair: c.pair,
        principles: c.principles,
        track_two: c.track_two,
        limits: c.limits,
        systems: c.systems,
        multi_track: c.multi_track,
        institute: c.institute,
        quiz: c.quiz,
    });
    let _ = LANG.set(lang);
    let _ = TRANSLATED.set(decoded);
}

/// What the catalogue's language says of a tour, case map or question that does not hold together.
fn check_words(c: &ChecksText<'static>) -> crate::model::content::check_words::CheckWords {
    crate::model::content::check_words::CheckWords {
        tour_needs_id_title: c.tour_needs_id_title,
        tour_needs_step: c.tour_needs_step,
        not_a_view: c.not_a_view,
        selects_nothing: c.selects_nothing,
        step_needs_target: c.step_needs_target,
        step_needs_text: c.step_needs_text,
        case_needs_title: c.case_needs_title,
        id_used_twice: c.id_used_twice,
        actor_needs_name: c.actor_needs_name,
        no_such_track: c.no_such_track,
        no_such_actor: c.no_such_actor,
        self_relation: c.self_relation,
        question_needs_prompt: c.question_needs_prompt,
        question_needs_explanation: c.question_needs_explanation,
        repeated_option: c.repeated_option,
        not_a_track_number: c.not_a_track_number,
        order_needs_three: c.order_needs_three,
        unknown_event: c.unknown_event,
        shared_date: c.shared_date,
        needs_two_options: c.needs_two_options,
        not_an_option: c.not_an_option,
        unknown_principle: c.unknown_principle,
    }
}

/// What the catalogue's language tells a date that cannot be read with.
fn date_error_words(e: &DateErrorsText<'static>) -> crate::model::base::date::DateErrorWords {
    crate::model::base::date::DateErrorWords {
        not_a_number: e.not_a_number,
        no_year_zero: e.no_year_zero,
        year_out_of_range_ce: e.year_out_of_range_ce,
        year_out_of_range_bce: e.year_out_of_range_bce,
        year_out_of_range: e.year_out_of_range,
        month_out_of_range: e.month_out_of_range,
        day_out_of_range: e.day_out_of_range,
        not_a_time_of_day: e.not_a_time_of_day,
        empty: e.empty,
        unrecognised: e.unrecognised,
        time_needs_day: e.time_needs_day,
        bad_time: e.bad_time,
        winter_only: e.winter_only,
        second_year: e.second_year,
        format_help: e.format_help,
        what_year: e.what_year,
        what_month: e.what_month,
        what_day: e.what_day,
        what_hour: e.what_hour,
        what_minute: e.what_minute,
        what_second: e.what_second,
        what_second_year: e.what_second_year,
    }
}

/// The page language's name for month `n` (1 to 12).
pub fn month_name(n: u8) -> Option<&'static str> {
    let d = &ui().dates;
    let months = [
        d.month_01, d.month_02, d.month_03, d.month_04, d.month_05, d.month_06, d.month_07, d.month_08, d.month_09,
        d.month_10, d.month_11, d.month_12,
    ];
    months.get(usize::from(n).checked_sub(1)?).copied()
}

/// How the catalogue's language writes dates.
fn date_words(d: &DatesText<'static>) -> crate::model::base::date::DateWords {
    crate::model::base::date::DateWords {
        months: [
            d.month_01, d.month_02, d.month_03, d.month_04, d.month_05, d.month_06, d.month_07, d.month_08, d.month_09,
            d.month_10, d.month_11, d.month_12,
        ],
        seasons: [d.spring, d.summer, d.autumn, d.winter],
        first_day: d.first_day,
        day_month_year: d.day_month_year,
        month_year: d.month_year,
        season_year: d.season_year,
        bce: d.bce,
        years_ago: d.years_ago,
        million_years_ago: d.million_years_ago,
        billion_years_ago: d.billion_years_ago,
        group: d.group,
        decimal: d.decimal,
        span: d.span,
    }
}

/// Marks English as chosen, so `lang()` is certain rather than a default.
pub fn install_english() {
    let _ = LANG.set(Lang::En);
}

pub use crate::model::base::template::fill;

/// A count in a sentence, in the page's language: plain digits in English
/// (the guide's English has always written "1500 of 1500 events", and its
/// tests read it so), grouped as the language writes numbers elsewhere.
pub fn figure(n: usize) -> String {
    match lang() {
        Lang::En => n.to_string(),
        other => number(other, n as u64),
    }
}

/// A whole number grouped as the page's language writes it.
pub fn grouped(n: usize) -> String {
    number(lang(), n as u64)
}

/// A whole number as `lang` writes it (CLDR's grouping, as `Intl.NumberFormat`
/// gives it: 5,000 / 5 000 / 5000 and 50.000 / 5,000).
pub fn number(lang: Lang, n: u64) -> String {
    let digits = n.to_string();
    let (separator, min_digits) = match lang {
        Lang::En | Lang::Ar => (",", 4),
        // A narrow no-break space, so a number never breaks across lines.
        Lang::Fr => ("\u{202f}", 4),
        // Spanish groups only from five digits.
        Lang::Es => (".", 5),
    };
    if digits.len() < min_digits {
        return digits;
    }
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

impl crate::model::base::route::Page {
    /// The page's link name in the navigation.
    pub fn nav_name(&self) -> &'static str {
        use crate::model::base::route::Page::*;
        let t = &ui().pages;
        match self {
            Timeline => t.nav_timeline,
            Tracks => t.nav_tracks,
            Principles => t.nav_principles,
            Concepts => t.nav_concepts,
            References => t.nav_references,
            ReadAll => t.nav_read_all,
            Quiz => t.nav_quiz,
            Cases => t.nav_cases,
            MyData => t.nav_my_data,
            other => other.title(),
        }
    }

    /// The page's title, for the document title and its main heading.
    pub fn title(&self) -> &'static str {
        use crate::model::base::route::Page::*;
        let t = &ui().pages;
        match self {
            Home => t.title_home,
            Timeline => t.title_timeline,
            Tracks => t.title_tracks,
            Principles => t.title_principles,
            Concepts => t.title_concepts,
            References => t.title_references,
            ReadAll => t.title_read_all,
            Quiz => t.title_quiz,
            Cases => t.title_cases,
            MyData => t.title_my_data,
            Shared => t.title_shared,
            Handout => t.title_handout,
            SpeakerNotes => t.title_speaker_notes,
            NotFound(_) => t.title_not_found,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_group_as_each_language_does() {
        assert_eq!(number(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(number(Lang::Fr, 5000), "5\u{202f}000");
        assert_eq!(number(Lang::Es, 5000), "5000");
        assert_eq!(number(Lang::Es, 50_000), "50.000");
        assert_eq!(number(Lang::Ar, 999), "999");
    }

    #[test]
    fn the_english_catalogue_decodes_and_writes_dates_as_the_model_does() {
        assert!(!ui().app.skip_to_content.is_empty());
        let from_catalogue = format!("{:?}", date_words(&ui().dates));
        assert_eq!(from_catalogue, format!("{:?}", crate::model::base::date::ENGLISH_WORDS));
        let errors = format!("{:?}", date_error_words(&ui().date_errors));
        assert_eq!(
            errors,
            format!("{:?}", crate::model::base::date::ENGLISH_ERRORS),
            "the English errors are the model's"
        );
        let checks = format!("{:?}", check_words(&ui().checks));
        assert_eq!(
            checks,
            format!("{:?}", crate::model::content::check_words::ENGLISH),
            "the English checks are the model's"
        );
    }

    /// Each language's dates beside what the browser's `Intl.DateTimeFormat`
    /// writes for the same day and month (CLDR's long forms, as Chromium and
    /// Node give them), English apart: the guide writes British English.
    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        use crate::model::base::date::HistDate;
        let catalogue = |bytes: &'static [u8]| date_words(&read_all(bytes, Translated::read).unwrap().dates);
        let fr = catalogue(include_bytes!(concat!(env!("OUT_DIR"), "/ui-fr.postcard")));
        let es = catalogue(include_bytes!(concat!(env!("OUT_DIR"), "/ui-es.postcard")));
        let ar = catalogue(include_bytes!(concat!(env!("OUT_DIR"), "/ui-ar.postcard")));
        let day = HistDate::parse("1955-07-09").unwrap();
        let month = HistDate::parse("1960-10").unwrap();
        assert_eq!(day.label_in(&fr), "9 juillet 1955");
        assert_eq!(month.label_in(&fr), "octobre 1960");
        assert_eq!(day.label_in(&es), "9 de julio de 1955");
        assert_eq!(month.label_in(&es), "octubre de 1960");
        assert_eq!(day.label_in(&ar), "9 يوليو 1955");
        assert_eq!(month.label_in(&ar), "أكتوبر 1960");
        assert_eq!(HistDate::parse("1992-05-01").unwrap().label_in(&fr), "1er mai 1992");
        assert_eq!(HistDate::parse("Winter 1981-82").unwrap().label_in(&es), "Invierno de 1981-82");
        assert_eq!(HistDate::parse("5410 BCE").unwrap().label_in(&fr), "5410 av. J.-C.");
    }

    #[test]
    fn a_damaged_catalogue_is_refused_rather_than_read_wrong() {
        let bytes: &'static [u8] = include_bytes!(concat!(env!("OUT_DIR"), "/ui-fr.postcard"));
        assert!(read_all(bytes, Translated::read).is_ok());
        assert!(read_all(&bytes[..bytes.len() - 3], Translated::read).is_err(), "cut short");
        let longer: &'static [u8] = Box::leak([bytes, &[0]].concat().into_boxed_slice());
        assert!(read_all(longer, Translated::read).is_err(), "bytes left over");
        let mut wrong = bytes.to_vec();
        wrong[0] = 0xff;
        assert!(read_all(Box::leak(wrong.into_boxed_slice()), Translated::read).is_err(), "a length past the end");
    }

    /// The class's wording is in no language's part (see
    /// `catalogue::WITH_THEIR_CODE`): each language's own file reads.
    #[test]
    fn the_class_wording_reads_in_every_language_apart_from_the_packs() {
        let files: [&'static [u8]; 3] = [
            include_bytes!(concat!(env!("OUT_DIR"), "/ui-fr-class.postcard")),
            include_bytes!(concat!(env!("OUT_DIR"), "/ui-es-class.postcard")),
            include_bytes!(concat!(env!("OUT_DIR"), "/ui-ar-class.postcard")),
        ];
        for bytes in files {
            let class = read_all(bytes, ClassText::read).expect("a language's class wording reads");
            assert_ne!(class.name_empty, ui().class.name_empty, "it is a translation");
        }
        assert!(!ui().class.name_empty.is_empty());
    }

    #[test]
    fn a_plural_picks_the_form_for_the_number() {
        let p = Plural { zero: Some("z"), one: Some("o"), two: Some("t"), few: Some("f"), many: Some("m"), other: "x" };
        let forms: Vec<&str> = [0, 1, 2, 3, 11, 100].iter().map(|&n| p.form(Lang::Ar, n)).collect();
        assert_eq!(forms, ["z", "o", "t", "f", "m", "x"]);
        assert_eq!(p.form(Lang::En, 0), "x");
    }
}
