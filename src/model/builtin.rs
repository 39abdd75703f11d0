//! The guide's own content, compiled into the app so it needs no request
//! beyond its own files and no loading state for content.
//!
//! Kept apart from `content/` because build.rs compiles that file to encode
//! the dataset, before the encoded bytes this file embeds exist.

use crate::model::content::case_studies::Cases;
use crate::model::content::Dataset;

const BUILTIN_JSON: &str = include_str!("../content/dataset.json");

/// The same dataset as postcard bytes, made by build.rs (see there for why).
const BUILTIN_POSTCARD: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.postcard"));

impl Dataset {
    /// The built-in content. The test suite validates it, so a failure here is
    /// a build defect, not user input.
    pub fn builtin() -> Dataset {
        postcard::from_bytes(Dataset::builtin_encoded()).expect("the built-in dataset decodes")
    }

    /// The built-in content as postcard bytes. Only the English part
    /// (`views::shell::language_parts`) reads them in the app, so in the split
    /// build a page in another language never downloads them.
    pub fn builtin_encoded() -> &'static [u8] {
        BUILTIN_POSTCARD
    }

    /// The dataset as people edit it, for the tests.
    pub fn builtin_json() -> &'static str {
        BUILTIN_JSON
    }

    /// The built-in content with the cases joined in: what every view but
    /// the start page shows (see `views::shell::parts` for how it arrives).
    pub fn builtin_full() -> Dataset {
        Dataset::builtin().with_cases(Cases::builtin())
    }
}

/// The cases dataset as postcard bytes, made by build.rs. Only
/// [`Cases::builtin`] reads them, and only the cases part calls that, so in
/// the split build the bytes travel in that part, not in the start module.
const CASES_POSTCARD: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/cases.postcard"));

impl Cases {
    pub fn builtin() -> Cases {
        postcard::from_bytes(CASES_POSTCARD).expect("the built-in cases decode")
    }

    /// The cases dataset as people edit it, for the tests.
    pub fn builtin_json() -> &'static str {
        include_str!("../content/cases.json")
    }
}
