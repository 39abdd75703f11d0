//! A drawing of the guide's (the nine-track circle, the timeline chart, a
//! case map) as a file of its own, for slides and handouts: which drawing,
//! what the file is called, the source line it carries, and the SVG sheet
//! round the drawing.
//!
//! Why a sheet: a picture on a slide travels without the page it came from,
//! so it carries its own title, the legend the page shows in HTML beside the
//! figure, and a line saying where it comes from and when it was made. The
//! browser glue (`browser::diagram_export`) reads the drawing as shown and
//! hands its markup here; everything that is not the DOM is here, tested
//! natively.

use crate::model::base::route::Route;
use crate::model::content::{Citation, Dataset};
use crate::model::geometry::diagram::CIRCLE_YEAR;
use crate::model::i18n::ui_text::{fill, ui};

/// Which drawing to save. What it shows (the stage, the selection, the
/// case) is read from the address when the file is made: a plain value, so
/// that the buttons add no reactive code to the views.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Figure {
    /// The model diagram on Tracks, at the stage and with the track the address names.
    Circle,
    /// The timeline chart, as zoomed and filtered.
    Timeline,
    /// The case map the address names.
    Case,
}

/// The stages of the model the Tracks view shows (`?model=1981`).
pub const MODEL_STAGES: [i32; 3] = [1981, 1989, CIRCLE_YEAR];

/// The circle's stage and selected track, as the Tracks view reads them
/// from its address: `?model=` one of [`MODEL_STAGES`] (else the circle),
/// the item a track's number or id.
pub fn circle_shown(route: &Route, content: &Dataset) -> (i32, Option<u8>) {
    let year = route.param("model").and_then(|y| y.parse().ok()).filter(|y| MODEL_STAGES.contains(y));
    let track = route.item.as_deref().and_then(|k| content.track_by_key(k)).map(|t| t.number);
    (year.unwrap_or(CIRCLE_YEAR), track)
}

/// The reference every drawing is after: the nine tracks' book.
pub const BASIS: &str = "diamond-mcdonald-1996";
/// At most this many sources named on the source line; more end in "…".
pub const MAX_SOURCES: usize = 6;

/// `stem.svg` or `stem.png`.
pub fn file_name(stem: &str, png: bool) -> String {
    let mut name = stem.to_string();
    name.push_str(if png { ".png" } else { ".svg" });
    name
}

/// A year in a file name: "1980", or "500bce" (no minus sign to misread).
fn year_in_name(year: i64) -> String {
    if year <= 0 {
        let mut s = (1 - year).to_string();
        s.push_str("bce");
        s
    } else {
        year.to_string()
    }
}

/// "multitrack-timeline-1980-2009": the years the chart shows.
pub fn timeline_stem(from: i64, to: i64) -> String {
    ["multitrack-timeline", &year_in_name(from), &year_in_name(to)].join("-")
}

/// "multitrack-case-<id>", the id reduced to letters, digits and dashes, so
/// that a reader's own case names a file every system accepts.
pub fn case_stem(id: &str) -> String {
    let safe: String =
        id.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c.to_ascii_lowercase() } else { '-' }).collect();
    let mut stem = "multitrack-case-".to_string();
    stem.push_str(safe.trim_matches('-'));
    stem
}

/// The short names ("Sutphin 2004") of the sources `cites` names, each
/// once, in order, leaving out the book every drawing is after; past
/// [`MAX_SOURCES`], "…".
pub fn cited_sources<'a>(content: &Dataset, cites: impl IntoIterator<Item = &'a Citation>) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for cite in cites {
        if cite.reference == BASIS {
            continue;
        }
        let name = content.reference(&cite.reference).map_or(cite.reference.as_str(), |r| r.short.as_str());
        if !names.iter().any(|n| n == name) {
            if names.len() == MAX_SOURCES {
                names.push("\u{2026}".into());
                break;
            }
            names.push(name.to_string());
        }
    }
    names
}

/// "Source: multitrack — Timeline, after Diamond & McDonald 1996, with
/// Sutphin 2004 · Lederach 1997; 7 December 2026", in the page's language
/// (a source's short name may hold commas: "Imomov, Saunders & Chufrin").
pub fn source_line(view: &str, basis: &str, sources: &[String], date: &str) -> String {
    let t = &ui().reading;
    if sources.is_empty() {
        fill(t.drawing_source_line, &[("view", &view), ("basis", &basis), ("date", &date)])
    } else {
        // Right to left, each name (Latin letters, commas of its own) is
        // isolated, so that the bidirectional algorithm keeps it whole.
        let sources = if crate::model::i18n::ui_text::lang().is_rtl() {
            sources.iter().map(|s| format!("\u{2068}{s}\u{2069}")).collect::<Vec<_>>().join(t.drawing_separator)
        } else {
            sources.join(t.drawing_separator)
        };
        fill(t.drawing_source_line_cited, &[("view", &view), ("basis", &basis), ("sources", &sources), ("date", &date)])
    }
}

/// `text` broken at spaces into lines of at most `max` characters (a word
/// longer than that stands on a line of its own).
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` safe as XML character data or an attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// A line of the legend under the drawing: a small sample of what it
/// explains (markup drawn in a 36 x 12 box), if any, then its words.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendLine {
    pub sample: Option<String>,
    pub text: String,
}

impl LegendLine {
    pub fn text(text: impl Into<String>) -> LegendLine {
        LegendLine { sample: None, text: text.into() }
    }
}

/// What the sheet is made of.
pub struct SheetParts<'a> {
    /// The drawing's own markup: the children of its `<svg>`.
    pub drawing: &'a str,
    /// The drawing's `viewBox`: x, y, width, height in its own units.
    pub view_box: [i32; 4],
    /// How wide the drawing stands on the sheet; its height follows.
    pub width: u32,
    /// The accessible name (`<title>`), and the bold line above the drawing.
    pub name: &'a str,
    pub title: &'a str,
    pub legend: &'a [LegendLine],
    pub source: &'a str,
    /// The page's language, and whether it reads right to left.
    pub lang: &'a str,
    pub rtl: bool,
}

/// A standalone SVG document and its size in SVG units.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    pub markup: String,
    pub width: u32,
    pub height: u32,
}

/// The light scheme's page colours (style/main.css): a file is printed and
/// projected on white whatever scheme the reader uses.
pub const PAPER: &str = "#ffffff";
pub const INK: &str = "#1d232b";
pub const MUTED: &str = "#4a5461";
/// The page's fonts, then any sans-serif: the file may be opened where none
/// of them is installed. An attribute the drawing inherits, not a `<style>`
/// element: some tools ignore style sheets in SVG, and a page with this
/// guide's Content-Security-Policy that parses the file would refuse one.
const FONTS: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', sans-serif";
const PAD: u32 = 12;
const TITLE_BAND: u32 = 34;
const LEGEND_LINE: u32 = 18;
const SOURCE_LINE: u32 = 14;
const SOURCE_FONT: u32 = 10;
const SAMPLE_WIDTH: u32 = 36;

/// One line of text on the sheet, at the start edge of the reading direction.
fn text_line(out: &mut String, x: u32, y: u32, size: u32, style: &str, text: &str) {
    out.push_str(&format!("<text x=\"{x}\" y=\"{y}\" font-size=\"{size}px\" {style}>{}</text>\n", escape(text)));
}

/// The drawing on a sheet with its title above it and its legend and
/// source line below, in the page's language and direction.
pub fn sheet(parts: &SheetParts) -> Sheet {
    let [vx, vy, vw, vh] = parts.view_box;
    let (vw, vh) = (vw.max(1) as u32, vh.max(1) as u32);
    let width = parts.width.max(SAMPLE_WIDTH * 4);
    let drawing_height = (u64::from(vh) * u64::from(width) / u64::from(vw)) as u32;
    // About 0.55 em a character: lines a little short rather than cut.
    let per_line = ((width - 2 * PAD) * 20 / (SOURCE_FONT * 11)) as usize;
    let source = wrap(parts.source, per_line.max(20));
    let legend_top = TITLE_BAND + drawing_height + 6;
    let source_top = legend_top + LEGEND_LINE * parts.legend.len() as u32 + 8;
    let height = source_top + SOURCE_LINE * source.len() as u32 + PAD;
    // Right to left, the start edge is on the right (with direction="rtl",
    // text-anchor "start" is the text's right end).
    let start = |inset: u32| if parts.rtl { width - PAD - inset } else { PAD + inset };
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xml:lang=\"{}\" direction=\"{}\" font-family=\"{FONTS}\">\n",
        escape(parts.lang),
        if parts.rtl { "rtl" } else { "ltr" }
    ));
    out.push_str(&format!("<title>{}</title>\n", escape(parts.name)));
    out.push_str(&format!("<rect width=\"100%\" height=\"100%\" fill=\"{PAPER}\"/>\n"));
    text_line(&mut out, start(0), 24, 16, &format!("font-weight=\"bold\" fill=\"{INK}\""), parts.title);
    out.push_str(&format!(
        "<svg x=\"0\" y=\"{TITLE_BAND}\" width=\"{width}\" height=\"{drawing_height}\" viewBox=\"{vx} {vy} {vw} {vh}\">\n{}\n</svg>\n",
        parts.drawing
    ));
    for (i, line) in parts.legend.iter().enumerate() {
        let y = legend_top + LEGEND_LINE * (i as u32 + 1) - 5;
        let inset = match &line.sample {
            Some(sample) => {
                let x = if parts.rtl { start(SAMPLE_WIDTH) } else { start(0) };
                out.push_str(&format!("<g transform=\"translate({x} {})\">{sample}</g>\n", y - 9));
                SAMPLE_WIDTH + 8
            }
            None => 0,
        };
        text_line(&mut out, start(inset), y, 12, &format!("fill=\"{INK}\""), &line.text);
    }
    for (i, line) in source.iter().enumerate() {
        let y = source_top + SOURCE_LINE * (i as u32 + 1) - 3;
        text_line(&mut out, start(0), y, SOURCE_FONT, &format!("fill=\"{MUTED}\""), line);
    }
    out.push_str("</svg>\n");
    Sheet { markup: out, width, height }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_say_what_the_drawing_shows() {
        assert_eq!(file_name(&timeline_stem(1980, 2009), false), "multitrack-timeline-1980-2009.svg");
        assert_eq!(file_name(&timeline_stem(-499, 1), true), "multitrack-timeline-500bce-1.png");
        assert_eq!(file_name(&case_stem("case-example"), true), "multitrack-case-case-example.png");
        assert_eq!(case_stem("Mon cas / 2026"), "multitrack-case-mon-cas---2026");
    }

    #[test]
    fn the_source_line_names_the_view_the_book_the_sources_and_the_day() {
        let plain = source_line("Timeline", "Diamond & McDonald 1996", &[], "7 December 2026");
        assert_eq!(plain, "Source: multitrack — Timeline, after Diamond & McDonald 1996; 7 December 2026");
        let cited = source_line(
            "Cases",
            "Diamond & McDonald 1996",
            &["Sutphin 2004".into(), "Lederach 1997".into()],
            "7 December 2026",
        );
        assert_eq!(
            cited,
            "Source: multitrack — Cases, after Diamond & McDonald 1996, with Sutphin 2004 · Lederach 1997; 7 December 2026"
        );
    }

    #[test]
    fn sources_are_named_once_without_the_book_and_at_most_six() {
        let content = Dataset::builtin();
        let cite = |r: &str| Citation { reference: r.into(), pages: None };
        let ids: Vec<&str> = content.references.iter().map(|r| r.id.as_str()).filter(|id| *id != BASIS).collect();
        let cites = [cite(BASIS), cite(ids[0]), cite(ids[0]), cite(ids[1])];
        let shorts = cited_sources(&content, &cites);
        assert_eq!(
            shorts,
            [
                content.references.iter().find(|r| r.id == ids[0]).unwrap().short.clone(),
                content.references.iter().find(|r| r.id == ids[1]).unwrap().short.clone()
            ]
        );
        let many: Vec<Citation> = ids.iter().take(9).map(|id| cite(id)).collect();
        let shorts = cited_sources(&content, &many);
        assert_eq!(shorts.len(), MAX_SOURCES + 1);
        assert_eq!(shorts[MAX_SOURCES], "\u{2026}");
    }

    #[test]
    fn the_circle_shown_is_the_one_the_address_names() {
        let content = Dataset::builtin();
        assert_eq!(circle_shown(&Route::parse("#/tracks/6"), &content), (1991, Some(6)));
        assert_eq!(circle_shown(&Route::parse("#/tracks/2?model=1981"), &content), (1981, Some(2)));
        assert_eq!(circle_shown(&Route::parse("#/tracks?model=1990"), &content), (1991, None));
        let id = &content.tracks[3].id;
        assert_eq!(circle_shown(&Route::parse(&format!("#/tracks/{id}?model=1989")), &content), (1989, Some(4)));
    }

    #[test]
    fn long_lines_break_at_spaces() {
        assert_eq!(wrap("aa bb cc dd", 5), ["aa bb", "cc dd"]);
        assert_eq!(wrap("a verylongword b", 4), ["a", "verylongword", "b"]);
        assert!(wrap("", 10).is_empty());
    }

    fn parts<'a>(legend: &'a [LegendLine], rtl: bool) -> SheetParts<'a> {
        SheetParts {
            drawing: "<circle cx=\"0\" cy=\"0\" r=\"5\"/>",
            view_box: [-120, -50, 880, 750],
            width: 880,
            name: "A <circle>",
            title: "Cases & maps",
            legend,
            source: "Source: multitrack — Cases, after Diamond & McDonald 1996; 7 December 2026",
            lang: if rtl { "ar" } else { "en" },
            rtl,
        }
    }

    #[test]
    fn the_sheet_holds_the_drawing_its_title_legend_and_source() {
        let legend = [LegendLine { sample: Some("<line x1=\"0\" x2=\"36\"/>".into()), text: "Tension".into() }];
        let s = sheet(&parts(&legend, false));
        assert_eq!(s.width, 880);
        // Title band, the drawing at its own proportions, a legend line, a source line.
        assert_eq!(s.height, 34 + 750 + 6 + 18 + 8 + 14 + 12);
        assert!(s.markup.starts_with("<?xml"));
        assert!(s.markup.contains("viewBox=\"-120 -50 880 750\""), "the drawing keeps its own units");
        assert!(s.markup.contains("<title>A &lt;circle&gt;</title>"));
        assert!(s.markup.contains(">Cases &amp; maps</text>"));
        assert!(s
            .markup
            .contains(">Source: multitrack — Cases, after Diamond &amp; McDonald 1996; 7 December 2026</text>"));
        assert!(s.markup.contains("<g transform=\"translate(12 "));
        assert!(s.markup.contains("direction=\"ltr\""));
        assert!(!s.markup.contains(" style=\"") && !s.markup.contains("<style"), "no style attributes or sheets");
        assert!(s.markup.contains("sans-serif\">"), "fonts fall back to any sans-serif");
        assert_eq!(s.markup.matches("<svg").count(), 2);
        assert_eq!(s.markup.matches("</svg>").count(), 2);
    }

    #[test]
    fn right_to_left_the_lines_start_on_the_right() {
        let s = sheet(&parts(&[LegendLine::text("توتر")], true));
        assert!(s.markup.contains("direction=\"rtl\"") && s.markup.contains("xml:lang=\"ar\""));
        assert!(s.markup.contains("<text x=\"868\" y=\"24\""), "the title starts at the right edge");
    }

    #[test]
    fn a_long_source_line_wraps_within_the_sheet() {
        let long = "word ".repeat(80);
        let mut p = parts(&[], false);
        p.source = &long;
        p.width = 320;
        let s = sheet(&p);
        let lines = s.markup.matches("font-size=\"10px\"").count();
        assert!(lines >= 6, "{lines} lines");
        assert!(s.height > 34 + 273 + lines as u32 * 14);
    }
}
