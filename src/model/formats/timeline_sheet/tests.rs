//! Tests of the TimelineJS3 sheet reader: the published template sheet, and
//! any sheet of strings read without a panic.

use super::*;
use proptest::prelude::*;

/// Rows of TimelineJS3's own template sheet as CSV, byte for byte, from
/// `src/template/my-own-timeline.csv` in NUKnightLab/TimelineJS3 (the
/// header and 6 of its 11 rows, chosen for their quoting and a quoted newline).
const TEMPLATE: &str = include_str!("template_excerpt.csv");

const HEADER: &str = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,\
Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background";

fn read_ok(text: &str) -> Sheet {
    read_sheet(text).unwrap_or_else(|e| panic!("should read, got: {e}"))
}

fn read_err(text: &str) -> String {
    match read_sheet(text) {
        Ok(sheet) => panic!("should fail, read {} rows", sheet.rows.len()),
        Err(e) => e.to_string(),
    }
}

#[test]
fn reads_the_timelinejs_template() {
    let sheet = read_ok(TEMPLATE);
    assert_eq!(sheet.rows.len(), 6);
    assert!(sheet.unknown_columns.is_empty());
    assert!(sheet.notes.is_empty(), "{:?}", sheet.notes);
    let lines: Vec<usize> = sheet.rows.iter().map(|r| r.line).collect();
    // The ENIAC row's text has a newline inside quotes, so the next row starts two lines on.
    assert_eq!(lines, [2, 3, 4, 5, 7, 8]);

    let title = &sheet.rows[0];
    assert_eq!(title.kind, RowKind::Title);
    assert_eq!(title.headline, "MY OWN CSV");
    assert_eq!(title.start, DateParts::default());
    assert!(title.text.starts_with("<p class=\"lead\">In this sample timeline, we'll"));
    assert!(title.background.ends_with("Calculator_%28ENIAC%29.gif"));

    let ada = &sheet.rows[1];
    assert_eq!(ada.kind, RowKind::Event);
    assert_eq!(ada.start, DateParts { year: "1815".into(), month: "12".into(), day: "10".into(), time: "".into() });
    assert_eq!(ada.end, DateParts { year: "1852".into(), month: "11".into(), day: "27".into(), time: "".into() });
    assert_eq!(ada.media.credit, "Wikimedia Commons");
    assert!(ada.media.caption.contains(" title=\"\">Portrait by"), "{}", ada.media.caption);
    assert!(ada.text.ends_with("a simple \"image\" media type.</span>"));

    let eniac = &sheet.rows[3];
    assert_eq!(eniac.start.year, "1943");
    assert_eq!(eniac.start.month, "7");
    assert_eq!(eniac.end.year, "1946");
    assert!(eniac.text.ends_with("the ENIAC Women.\n.</span>"));
    assert_eq!(eniac.media.url, "https://www.youtube.com/watch?v=aPweFhhXFvY");
    assert_eq!(eniac.media.caption, "Jean Bartik talks about the ENIAC women");
    assert_eq!(eniac.background, "https://upload.wikimedia.org/wikipedia/commons/c/cd/ARL_ENIAC_02.png");

    assert_eq!(sheet.rows[4].headline, "Rózsa Péter writes recursion");
    assert!(sheet.rows[4].text.ends_with("URL to the Wikipedia article.</span>"));
    assert_eq!(sheet.rows[5].headline, "\"The Mother of the Internet\"");
    assert!(sheet.rows[5].tracks.is_empty());
}

#[test]
fn strips_a_byte_order_mark() {
    let sheet = read_ok(&format!("\u{feff}{HEADER}\n1990,,,,,,,,,Fall,,,,,,,,\n"));
    assert_eq!(sheet.rows.len(), 1);
    assert_eq!(sheet.rows[0].start.year, "1990");
    assert!(sheet.unknown_columns.is_empty(), "the BOM must not stick to \"Year\": {:?}", sheet.unknown_columns);
}

#[test]
fn reads_crlf_line_ends_and_keeps_crlf_inside_quotes() {
    let text = format!("{HEADER}\r\n1990,,,,,,,,,\"One\r\nTwo\",x,,,,,,,\r\n1991,,,,,,,,,Three,,,,,,,,\r\n");
    let sheet = read_ok(&text);
    assert_eq!(sheet.rows.len(), 2);
    assert_eq!(sheet.rows[0].headline, "One\r\nTwo");
    assert_eq!(sheet.rows[0].text, "x");
    assert_eq!((sheet.rows[0].line, sheet.rows[1].line), (2, 4));
    assert_eq!(sheet.rows[1].headline, "Three");
}

#[test]
fn reads_quoted_commas_quotes_and_newlines() {
    let text = "Year,Headline,Text\n2001,\"a, b\",\"say \"\"hi\"\"\nthen\n\nleave\"\n2002,c,\n";
    let sheet = read_ok(text);
    assert_eq!(sheet.rows[0].headline, "a, b");
    assert_eq!(sheet.rows[0].text, "say \"hi\"\nthen\n\nleave");
    assert_eq!(sheet.rows[1].line, 6);
    assert_eq!(sheet.rows[1].headline, "c");
}

#[test]
fn reads_columns_in_another_order_and_case() {
    let text = "  headline ,TEXT,end year,YEAR,media_credit,type,Tag\nSummit,Talks,1979,1978,AP,ERA,Egypt\n";
    let row = &read_ok(text).rows[0];
    assert_eq!(row.headline, "Summit");
    assert_eq!(row.text, "Talks");
    assert_eq!(row.start.year, "1978");
    assert_eq!(row.end.year, "1979");
    assert_eq!(row.media.credit, "AP");
    assert_eq!(row.kind, RowKind::Era);
    assert_eq!(row.group, "Egypt");
}

#[test]
fn lists_unknown_columns_and_reads_the_rest() {
    let text = "Year,Source,Headline,Tracks, Notes \n1993,archive,Oslo,\"2, 5\",check\n";
    let sheet = read_ok(text);
    assert_eq!(sheet.unknown_columns, ["Source", "Notes"]);
    assert_eq!(sheet.rows[0].headline, "Oslo");
    assert_eq!(sheet.rows[0].tracks, [2, 5]);
}

#[test]
fn reads_track_lists_however_they_are_separated() {
    let text = "Year,Headline,Tracks\n1,a,2; 5\n2,b,5 2\n3,c,\"2,5,5\"\n4,d,\n5,e, 9 ;1 \n";
    let tracks: Vec<Vec<u8>> = read_ok(text).rows.into_iter().map(|r| r.tracks).collect();
    assert_eq!(tracks, [vec![2, 5], vec![2, 5], vec![2, 5], vec![], vec![1, 9]]);
}

#[test]
fn skips_empty_rows_and_lines_and_pads_short_rows() {
    let text = format!("\n{HEADER}\n\n1990,,,,,,,,,A,,,,,,,,\n,,,,,,,,,,,,,,,,,\n  ,  , ,,\n1991,5\n\n\n,,,\n");
    let sheet = read_ok(&text);
    assert_eq!(sheet.rows.len(), 2);
    assert_eq!((sheet.rows[0].line, sheet.rows[1].line), (4, 7));
    assert_eq!(sheet.rows[1].start.month, "5");
    assert_eq!(sheet.rows[1].headline, "");
    assert!(sheet.notes.is_empty(), "{:?}", sheet.notes);
}

#[test]
fn notes_what_it_passes_over() {
    let text = "Year,Headline,,Mine\n1,a,,\n2,b,lost,,extra\n,,,only mine\n3,t,,\n";
    let sheet = read_ok(text);
    assert_eq!(sheet.rows.len(), 3);
    assert_eq!(
        sheet.notes,
        [
            "line 3 (and maybe others) has values in a column with no header; they were left out",
            "line 3 (and maybe others) has more cells than the header row; the extra ones were left out",
            "line 4 (and maybe others) has values only in columns this guide does not read; it was skipped",
        ]
    );
    let titles = read_ok("Year,Headline,Type\n,A,title\n,B,Title\n");
    assert_eq!(titles.notes, ["2 rows have the type title; TimelineJS3 shows only the first as the title slide"]);
}

#[test]
fn a_csv_that_is_not_a_sheet_names_the_expected_columns() {
    assert_eq!(
        read_err("name,email\nAda,ada@example.org\n"),
        "line 1: this is not a TimelineJS3 sheet: its first row should name the columns Year, Month, Day, Time, \
End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, \
Media Thumbnail, Type, Group, Background, Alt Text, Tracks (the last two optional)"
    );
    assert!(read_err("").starts_with("line 1: the file is empty; a TimelineJS3 sheet starts with a row naming Year,"));
    assert!(read_err("\u{feff}\r\n\n").starts_with("line 1: the file is empty;"));
}

#[test]
fn a_header_without_year_or_words_is_refused() {
    assert_eq!(
        read_err("Headline,Text\na,b\n"),
        "line 1, column \"Year\": the header row has no such column, and TimelineJS3 needs a year for every event"
    );
    assert_eq!(
        read_err("Year,Media\n1990,x\n"),
        "line 1, column \"Headline\": the header row has neither this column nor \"Text\", so rows would say nothing"
    );
    assert_eq!(read_err("Year,Text,year\n"), "line 1, column \"year\": the header row names this column twice");
}

#[test]
fn an_unknown_type_names_its_row_and_column() {
    let text = "Year,Headline,type\n1990,a,\n1991,b,slide\n";
    assert_eq!(
        read_err(text),
        "line 3, column \"type\": \"slide\" is not a row type: leave it empty for an event, or write title or era"
    );
}

#[test]
fn a_bad_track_names_its_row_and_column() {
    let text =
        format!("{HEADER},Tracks\n1,,,,,,,,,a,,,,,,,,,1\n\"2\",,,,,,,,,\"b\nc\",,,,,,,,,3\n3,,,,,,,,,c,,,,,,,,,12\n");
    assert_eq!(read_err(&text), "line 5, column \"Tracks\": \"12\" is not a track (1 to 9)");
    assert_eq!(read_err("Year,Text,Tracks\n1,a,0\n"), "line 2, column \"Tracks\": \"0\" is not a track (1 to 9)");
    assert_eq!(read_err("Year,Text,Tracks\n1,a,2/3\n"), "line 2, column \"Tracks\": \"2/3\" is not a track (1 to 9)");
}

#[test]
fn an_unterminated_quote_names_the_line_where_it_opened() {
    let text = "Year,Headline\n1990,fine\n1991,\"never closed\n1992,lost\n1993,also lost\n";
    assert_eq!(read_err(text), "line 3: a quoted cell starting in this row has no closing quote (\")");
    assert_eq!(read_err("\"Year,Headline\n"), "line 1: a quoted cell starting in this row has no closing quote (\")");
    // A closed quote at the very end of the file, with no line end, is fine.
    assert_eq!(read_ok("Year,Headline\n1990,\"x\"\"\"").rows[0].headline, "x\"");
}

#[test]
fn odd_input_never_panics() {
    for text in ["\"", "\"\"", ",", "\r", "\u{feff}", "Year,Text\n\"a\"b,c\n", "Year\n\"", "Year,Text\r\r\r1,a"] {
        let _ = read_sheet(text);
    }
    let long = format!("Year,Text\n1,\"{}\"\n", "x".repeat(20_000) + &",".repeat(300));
    assert_eq!(read_ok(&long).rows[0].text.len(), 20_300);
    let wide = format!("Year,Text{}\n1,a{}\n", ",c".repeat(200), ",v".repeat(200));
    assert_eq!(read_ok(&wide).unknown_columns.len(), 200);
}

#[test]
fn the_writer_quotes_only_where_needed() {
    let row = SheetRow {
        kind: RowKind::Title,
        start: DateParts { year: "-500".into(), ..Default::default() },
        headline: "a, b".into(),
        text: "say \"hi\"".into(),
        display_date: "one\ntwo".into(),
        group: " edge ".into(),
        background: "#fff".into(),
        media: Media { url: "http://x.org/a?b=c&d".into(), alt: "cr\rhere".into(), ..Default::default() },
        tracks: vec![2, 5],
        ..Default::default()
    };
    let written = write_sheet(&[row]);
    let (header, body) = written.split_once("\r\n").unwrap();
    assert_eq!(header, format!("{HEADER},Alt Text,Tracks"));
    assert_eq!(
        body,
        "-500,,,,,,,,\"one\ntwo\",\"a, b\",\"say \"\"hi\"\"\",http://x.org/a?b=c&d,,,,title,\" edge \",#fff,\"cr\rhere\",2; 5\r\n"
    );
    assert!(!written.starts_with('\u{feff}'));
    assert_eq!(write_sheet(&[]), format!("{HEADER},Alt Text,Tracks\r\n"));
}

fn tricky_row() -> SheetRow {
    SheetRow {
        line: 0,
        kind: RowKind::Era,
        start: DateParts { year: "1948".into(), month: "5".into(), day: "14".into(), time: "16:00".into() },
        end: DateParts { year: "1949".into(), ..Default::default() },
        display_date: "May 1948 – \"later\"".into(),
        headline: "الهدنة, \"first\"".into(),
        text: "line one\r\nline two\n\n,,,\"".into(),
        media: Media {
            url: "https://example.org/a,b".into(),
            credit: "Ça va, Müller".into(),
            caption: "  inner  spaces  kept".trim().into(),
            thumbnail: "\"".into(),
            alt: "a\rb".into(),
        },
        group: "שלום".into(),
        background: "".into(),
        tracks: vec![1, 3, 9],
    }
}

fn without_lines(sheet: Sheet) -> Vec<SheetRow> {
    sheet.rows.into_iter().map(|r| SheetRow { line: 0, ..r }).collect()
}

#[test]
fn tricky_values_survive_a_round_trip() {
    let rows = vec![
        tricky_row(),
        SheetRow { start: DateParts { year: "1".into(), ..Default::default() }, ..Default::default() },
    ];
    assert_eq!(without_lines(read_ok(&write_sheet(&rows))), rows);
    // Spaces at a cell's edges are quoted for other programs, but read back trimmed, as TimelineJS3 reads them.
    let spaced = SheetRow { headline: "  padded ".into(), ..tricky_row() };
    assert_eq!(
        without_lines(read_ok(&write_sheet(&[spaced]))),
        [SheetRow { headline: "padded".into(), ..tricky_row() }]
    );
}

fn cell() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec!['a', 'Z', ' ', ',', '"', '\n', '\r', ';', 'é', 'ß', 'ع', '\u{feff}']),
        0..8,
    )
    .prop_map(|chars| chars.into_iter().collect::<String>().trim().to_string())
}

fn row() -> impl Strategy<Value = SheetRow> {
    let dates = (("-?[0-9]{1,4}", cell(), cell(), cell()), (cell(), cell(), cell(), cell()));
    let words = (cell(), cell(), cell(), cell(), cell());
    let media = (cell(), cell(), cell(), cell(), cell());
    let kind = prop::sample::select(vec![RowKind::Event, RowKind::Title, RowKind::Era]);
    let tracks = prop::collection::btree_set(1u8..=9, 0..4).prop_map(|s| s.into_iter().collect());
    (dates, words, media, kind, tracks).prop_map(|((s, e), w, m, kind, tracks)| SheetRow {
        line: 0,
        kind,
        start: DateParts { year: s.0, month: s.1, day: s.2, time: s.3 },
        end: DateParts { year: e.0, month: e.1, day: e.2, time: e.3 },
        display_date: w.0,
        headline: w.1,
        text: w.2,
        group: w.3,
        background: w.4,
        media: Media { url: m.0, credit: m.1, caption: m.2, thumbnail: m.3, alt: m.4 },
        tracks,
    })
}

proptest! {
    #[test]
    fn any_trimmed_rows_survive_a_round_trip(rows in prop::collection::vec(row(), 0..6)) {
        let read = read_sheet(&write_sheet(&rows)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(without_lines(read), rows);
    }
}
