//! The share links' preset dictionary, fetched the first time a link is
//! made or opened.
//!
//! Why a file: 32 KB of text in the wasm would be part of every first load
//! (data is never split off into a part), and most visits make no link. It
//! is frozen (`model::formats::share::Dictionary::checked` verifies length and
//! checksum), so it can keep one name across versions and be cached.

use super::fetch_text::{fetch_text, FetchError};
use crate::model::formats::share::Dictionary;
use crate::model::i18n::ui_text::{fill, ui};
use std::cell::Cell;

/// Where the build puts it (Trunk copies `src/model/share_dictionary.txt`).
const FILE: &str = "share_dictionary.txt";

thread_local! {
    static LOADED: Cell<Option<Dictionary>> = const { Cell::new(None) };
}

/// The dictionary, or a sentence saying why it could not be had.
pub async fn load() -> Result<Dictionary, String> {
    // The one-file edition has it inside: a file:// page can fetch nothing.
    #[cfg(feature = "one-file")]
    return Ok(Dictionary::builtin());
    #[cfg(not(feature = "one-file"))]
    fetched().await
}

#[cfg_attr(feature = "one-file", allow(dead_code))]
async fn fetched() -> Result<Dictionary, String> {
    if let Some(dictionary) = LOADED.get() {
        return Ok(dictionary);
    }
    let t = &ui().share;
    let problem = |what: String| fill(t.dictionary_failed, &[("reason", &what)]);
    let text = fetch_text(FILE).await.map_err(|e| {
        problem(match e {
            FetchError::Unreachable(why) | FetchError::Unreadable(why) => why,
            FetchError::Status { status, .. } => fill(t.dictionary_status, &[("status", &status), ("file", &FILE)]),
        })
    })?;
    let bytes: &'static [u8] = Box::leak(text.into_bytes().into_boxed_slice());
    let dictionary = Dictionary::checked(bytes).map_err(problem)?;
    LOADED.set(Some(dictionary));
    Ok(dictionary)
}
