//! Any text as a share link's payload: decoding must return a document or an
//! error, never panic or use unbounded memory; a document decoded must encode
//! to a link that decodes to it again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use multitrack::model::formats::share;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for payload in [text.to_string(), format!("{}{text}", share::PREFIX)] {
        if let Ok(doc) = share::decode(&payload, share::Dictionary::builtin()) {
            assert_eq!(share::decode(&share::encode(&doc, share::Dictionary::builtin()), share::Dictionary::builtin()).as_ref(), Ok(&doc));
        }
    }
});
