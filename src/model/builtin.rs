//! The guide's own content, compiled into the app so it needs no request
//! beyond its own files and no loading state for content.
//!
//! Kept apart from `content.rs` because build.rs compiles that file to encode
//! the dataset, before the encoded bytes this file embeds exist.

use super::content::Dataset;

const BUILTIN_JSON: &str = include_str!("../content/dataset.json");

/// The same dataset as postcard bytes, made by build.rs (see there for why).
const BUILTIN_POSTCARD: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.postcard"));

impl Dataset {
    /// The built-in content. The test suite validates it, so a failure here is
    /// a build defect, not user input.
    pub fn builtin() -> Dataset {
        postcard::from_bytes(BUILTIN_POSTCARD).expect("the built-in dataset decodes")
    }

    /// The dataset as people edit it, for the tests.
    pub fn builtin_json() -> &'static str {
        BUILTIN_JSON
    }
}
