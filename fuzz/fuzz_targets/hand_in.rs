//! Any text as a hand-in, the way the class board reads one (a file's JSON,
//! a link, a bare payload, a chat message with links in it): reading must
//! return hand-ins or errors, never panic or use unbounded memory; a
//! hand-in read must encode to a link, and a file, that read back to it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use multitrack::model::class::read_all;
use multitrack::model::formats::hand_in::{HandIn, MAX_HAND_IN_BYTES};
use multitrack::model::formats::packed::Dictionary;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let d = Dictionary::builtin();
    for text in [text.to_string(), format!("h1.{text}")] {
        if let Ok(h) = HandIn::read(&text, d) {
            assert_eq!(HandIn::read(&h.encode(d), d).as_ref(), Ok(&h));
            if h.to_json().len() <= MAX_HAND_IN_BYTES {
                assert_eq!(HandIn::read(&h.to_json(), d).as_ref(), Ok(&h));
            }
        }
        for read in read_all(&text, d) {
            if let Ok(h) = read {
                assert_eq!(HandIn::read(&h.encode(d), d).as_ref(), Ok(&h));
            }
        }
    }
});
