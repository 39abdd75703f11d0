//! Any bytes as an imported file: reading must return a document or an
//! error, never panic; a document read must survive export and import.
#![no_main]

use libfuzzer_sys::fuzz_target;
use multitrack::model::timelinejs;
use multitrack::model::user_data::UserData;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(doc) = UserData::from_json(text) {
        assert_eq!(UserData::from_json(&doc.to_json()).as_ref(), Ok(&doc));
    }
    if timelinejs::looks_like(text) {
        let _ = timelinejs::import(text, "fuzz.json");
    }
});
