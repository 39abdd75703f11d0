//! Turns the content dataset (`src/content/dataset.json`, the file people
//! edit and the tests validate) into postcard bytes for the app to embed.
//!
//! Why: decoding JSON with serde_json needs a field-name matcher for every
//! content type, about 15 KB brotli of wasm; postcard reads fields in order
//! and needs far less. Nothing about the content changes: the same types
//! read the same data, and `tests/dataset.rs` checks both readings agree.

#![allow(dead_code)]

#[path = "src/model/case_map.rs"]
mod case_map;
#[path = "src/model/case_studies.rs"]
mod case_studies;
#[path = "src/model/content.rs"]
mod content;
#[path = "src/model/date.rs"]
mod date;
#[path = "src/model/ids.rs"]
mod ids;
#[path = "src/model/quiz.rs"]
mod quiz;
#[path = "src/model/route.rs"]
mod route;
#[path = "src/model/search.rs"]
mod search;
#[path = "src/model/tour.rs"]
mod tour;

fn main() {
    const SOURCE: &str = "src/content/dataset.json";
    for file in [
        SOURCE,
        "src/model/case_map.rs",
        "src/model/case_studies.rs",
        "src/content/cases.json",
        "src/model/content.rs",
        "src/model/ids.rs",
        "src/model/quiz.rs",
        "src/model/date.rs",
        "src/model/route.rs",
        "src/model/search.rs",
        "src/model/tour.rs",
    ] {
        println!("cargo:rerun-if-changed={file}");
    }
    let json = std::fs::read_to_string(SOURCE).expect("read the content dataset");
    let data = content::Dataset::from_json(&json).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let bytes = postcard::to_allocvec(&data).expect("encode the content dataset");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("dataset.postcard");
    std::fs::write(out, bytes).expect("write the encoded dataset");

    // The cases, encoded apart: they travel in a wasm part of their own.
    const CASES: &str = "src/content/cases.json";
    let json = std::fs::read_to_string(CASES).expect("read the cases dataset");
    let cases = case_studies::Cases::from_json(&json).unwrap_or_else(|e| panic!("{CASES}: {e}"));
    let bytes = postcard::to_allocvec(&cases).expect("encode the cases dataset");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("cases.postcard");
    std::fs::write(out, bytes).expect("write the encoded cases");
}
