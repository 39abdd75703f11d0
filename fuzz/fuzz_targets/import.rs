//! Any bytes as an imported file, under each name a reader answers to (this
//! guide's JSON, TimelineJS3 JSON, a TimelineJS3 sheet's CSV, Kumu JSON):
//! reading must return a document or an error, never panic, and a document
//! read must survive export and import.
#![no_main]

use libfuzzer_sys::fuzz_target;
use multitrack::model::content::Dataset;
use multitrack::model::formats::import::read_file;
use multitrack::model::user::UserData;
use std::sync::OnceLock;

fn content() -> &'static Dataset {
    static CONTENT: OnceLock<Dataset> = OnceLock::new();
    CONTENT.get_or_init(Dataset::builtin)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for name in ["fuzz.json", "fuzz.csv"] {
        if let Ok((doc, _)) = read_file(text, name, content()) {
            assert_eq!(UserData::from_json(&doc.to_json()).as_ref(), Ok(&doc));
        }
    }
});
