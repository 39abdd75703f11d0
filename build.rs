//! Turns the content dataset (`src/content/dataset.json`, the file people
//! edit and the tests validate) into postcard bytes for the app to embed.
//!
//! Why: decoding JSON with serde_json needs a field-name matcher for every
//! content type, about 15 KB brotli of wasm; postcard reads fields in order
//! and needs far less. Nothing about the content changes: the same types
//! read the same data, and `tests/dataset.rs` checks both readings agree.

#![allow(dead_code)]

// The content schema and the foundations it stands on, compiled here as
// they are in the app; `model` gives them the paths they use there.
#[path = "src/model/base/mod.rs"]
pub mod base;
#[path = "src/model/content/mod.rs"]
pub mod content;
#[path = "src/model/i18n/catalogue.rs"]
pub mod i18n_catalogue;
// The start page's wheel, laid out and written here so that the start
// module carries the markup, not the layout code.
#[path = "src/model/geometry/diagram_labels.rs"]
mod diagram_labels;

mod model {
    pub use crate::{base, content};
    pub mod i18n {
        pub use crate::i18n_catalogue as catalogue;
    }
}

use model::base::lang;
use model::content::{case_map_cases, case_studies, timeline_cases};
use model::i18n::catalogue;

fn main() {
    const SOURCE: &str = "src/content/dataset.json";
    for file in [
        SOURCE,
        "src/content/cases.json",
        "src/model/base",
        "src/model/content",
        "src/model/i18n/catalogue.rs",
        "src/model/geometry/diagram_labels.rs",
        "src/i18n",
        "src/content/i18n",
    ] {
        println!("cargo:rerun-if-changed={file}");
    }
    let json = std::fs::read_to_string(SOURCE).expect("read the content dataset");
    let data = content::Dataset::from_json(&json).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));

    // The cases, encoded apart: they travel in a wasm part of their own, and
    // carry the quiz (`case_studies::quiz_with_cases`).
    const CASES: &str = "src/content/cases.json";
    let json = std::fs::read_to_string(CASES).expect("read the cases dataset");
    let cases = case_studies::Cases::from_json(&json).unwrap_or_else(|e| panic!("{CASES}: {e}"));
    let out = out_dir();
    write_timeline_cases(&out.join("timeline-cases.postcard"), &data, &cases);
    write_case_map_cases(&out.join("case-maps.postcard"), &cases);
    let (data, cases) = case_studies::quiz_with_cases(data, cases);
    std::fs::write(out.join("dataset.postcard"), postcard::to_allocvec(&data).expect("encode the content"))
        .expect("write the encoded dataset");
    std::fs::write(out.join("cases.postcard"), postcard::to_allocvec(&cases).expect("encode the cases"))
        .expect("write the encoded cases");

    interface_wording(out_dir());
    translated_content(out_dir());
    start_wheel(&data, lang::Lang::En);
    view_styles();
}

/// Each view's own stylesheet (`style/views/<name>.css`), without comments
/// and runs of spaces, as `view-<name>.css` for its part to embed
/// (`browser::view_style`): the start page's stylesheet then carries only what
/// the shell and the start view use.
fn view_styles() {
    const FOLDER: &str = "style/views";
    println!("cargo:rerun-if-changed={FOLDER}");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    let mut entries: Vec<_> =
        std::fs::read_dir(FOLDER).expect("read style/views").flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries.into_iter().filter(|p| p.extension().is_some_and(|e| e == "css")) {
        println!("cargo:rerun-if-changed={}", path.display());
        let css = std::fs::read_to_string(&path).expect("read a view's stylesheet");
        let name = path.file_stem().and_then(|s| s.to_str()).expect("a stylesheet's name");
        std::fs::write(out.join(format!("view-{name}.css")), minify_css(&css)).expect("write a view's stylesheet");
    }
}

/// Drops comments and needless spaces. Spaces around `:` stay: in a selector
/// one is a descendant combinator (`main :is(a)`), so only the braces,
/// semicolons and commas lose theirs.
fn minify_css(css: &str) -> String {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start + 2..].find("*/").map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    text.push_str(rest);
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        let glued = out.ends_with(['{', '}', ';', ',']) || word.starts_with(['{', '}', ';']);
        if !out.is_empty() && !glued {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The start page's wheel in `lang` (`wheel-<code>.html`): each track's
/// short name beside its node, its link named as the guide names tracks
/// (`reading.track_label`), and the caption the diagrams give the circle
/// (`diagram.caption_circle`, in the plural form nine takes in `lang`).
fn start_wheel(data: &content::Dataset, lang: lang::Lang) {
    let code = lang.code();
    let words = |section: &str| -> serde_json::Value {
        let path = format!("src/i18n/{code}/{section}.json");
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))).expect(&path)
    };
    let reading = words("reading");
    let label = reading["track_label"].as_str().expect("reading.track_label");
    let tracks: Vec<diagram_labels::WheelTrack> = data
        .tracks
        .iter()
        .map(|t| diagram_labels::WheelTrack {
            number: t.number,
            name: t.circle_name.clone(),
            label: label.replace("{n}", &t.number.to_string()).replace("{name}", &t.name),
            href: format!("#/tracks/{}", t.number),
        })
        .collect();
    let n = data.tracks.len();
    let forms = &words("diagram")["caption_circle"];
    let form = match lang.plural(n as u64) {
        lang::Plural::Zero => "zero",
        lang::Plural::One => "one",
        lang::Plural::Two => "two",
        lang::Plural::Few => "few",
        lang::Plural::Many => "many",
        lang::Plural::Other => "other",
    };
    let caption = forms[form]
        .as_str()
        .or(forms["other"].as_str())
        .expect("diagram.caption_circle")
        .replace("{year}", "1991")
        .replace("{n}", &n.to_string());
    let figure = diagram_labels::wheel_figure(&tracks, lang.is_rtl(), &caption);
    std::fs::write(out_dir().join(format!("wheel-{code}.html")), figure).expect("write the start page's wheel");
}

fn out_dir() -> std::path::PathBuf {
    std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"))
}

/// The interface catalogues (`src/i18n/<lang>/`): the Rust types from the
/// English, and every language's wording encoded for them. A translation
/// that differs from the English in its keys, placeholders or plural forms
/// stops the build, with every difference named.
fn interface_wording(out: std::path::PathBuf) {
    let dir = std::path::Path::new("src/i18n");
    let english = catalogue::read_dir(&dir.join("en")).unwrap_or_else(|e| panic!("{e}"));
    let mut problems = catalogue::english_problems(&english);
    for lang in lang::Lang::ALL {
        let code = lang.code();
        let folder = dir.join(code);
        println!("cargo:rerun-if-changed={}", folder.display());
        for entry in std::fs::read_dir(&folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display())).flatten() {
            println!("cargo:rerun-if-changed={}", entry.path().display());
        }
        let translated = catalogue::read_dir(&folder).unwrap_or_else(|e| panic!("{e}"));
        if lang != lang::Lang::En {
            problems.extend(catalogue::problems(&english, &translated, lang));
        }
        for name in catalogue::WITH_THEIR_CODE.iter().filter(|_| lang != lang::Lang::En) {
            if let Some(section) = translated.get(*name) {
                std::fs::write(out.join(format!("ui-{code}-{name}.postcard")), catalogue::encode_section(section))
                    .expect("write a section that travels with its code");
            }
        }
        if lang == lang::Lang::En {
            for (name, section) in &translated {
                std::fs::write(out.join(format!("ui-en-{name}.postcard")), catalogue::encode_section(section))
                    .expect("write a catalogue section");
            }
        } else {
            std::fs::write(out.join(format!("ui-{code}.postcard")), catalogue::encode(&translated))
                .expect("write a catalogue");
        }
    }
    if !problems.is_empty() {
        panic!("the interface wording is out of step with the English:\n  {}", problems.join("\n  "));
    }
    std::fs::write(out.join("ui_text.rs"), catalogue::rust_types(&english)).expect("write the catalogue types");
}

/// The content in the other languages (`src/content/i18n/<lang>/`), encoded
/// as the English is: each travels in its language's part.
fn translated_content(out: std::path::PathBuf) {
    for lang in lang::Lang::ALL.into_iter().filter(|l| *l != lang::Lang::En) {
        let code = lang.code();
        let path = format!("src/content/i18n/{code}/dataset.json");
        println!("cargo:rerun-if-changed={path}");
        let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let data = content::Dataset::from_json(&json).unwrap_or_else(|e| panic!("{path}: {e}"));
        let path = format!("src/content/i18n/{code}/cases.json");
        println!("cargo:rerun-if-changed={path}");
        let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let cases = case_studies::Cases::from_json(&json).unwrap_or_else(|e| panic!("{path}: {e}"));
        // The chart's words (short titles, short era names) in every language.
        let problems: Vec<String> = content::chart_word_problems(&data.events, &data.eras)
            .into_iter()
            .map(|p| format!("{code}/dataset.json: {p}"))
            .chain(content::chart_word_problems(&cases.events, &[]).into_iter().map(|p| format!("{path}: {p}")))
            .collect();
        if !problems.is_empty() {
            panic!("the chart's words are missing or too long:\n  {}", problems.join("\n  "));
        }
        write_timeline_cases(&out.join(format!("timeline-cases-{code}.postcard")), &data, &cases);
        write_case_map_cases(&out.join(format!("case-maps-{code}.postcard")), &cases);
        start_wheel(&data, lang);
        let (data, cases) = case_studies::quiz_with_cases(data, cases);
        std::fs::write(out.join(format!("dataset-{code}.postcard")), postcard::to_allocvec(&data).expect("encode"))
            .expect("write a translated dataset");
        std::fs::write(out.join(format!("cases-{code}.postcard")), postcard::to_allocvec(&cases).expect("encode"))
            .expect("write translated cases");
    }
}

/// The timeline's share of the cases (`model::content::timeline_cases`), in the
/// part a link straight to the timeline fetches instead of all the cases.
fn write_timeline_cases(path: &std::path::Path, base: &content::Dataset, cases: &case_studies::Cases) {
    let cut = timeline_cases::TimelineCases::cut(base, cases);
    std::fs::write(path, postcard::to_allocvec(&cut).expect("encode the timeline's cases"))
        .expect("write the timeline's cases");
}

/// The case maps' share of the cases (`model::content::case_map_cases`), in
/// the part a link straight to the case maps fetches instead of all the cases.
fn write_case_map_cases(path: &std::path::Path, cases: &case_studies::Cases) {
    let cut = case_map_cases::CaseMapCases::cut(cases);
    std::fs::write(path, postcard::to_allocvec(&cut).expect("encode the case maps' cases"))
        .expect("write the case maps' cases");
}
