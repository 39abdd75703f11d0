//! The share links' preset dictionary, fetched the first time a link is
//! made or opened.
//!
//! Why a file: 32 KB of text in the wasm would be part of every first load
//! (data is never split off into a part), and most visits make no link. It
//! is frozen (`model::share::Dictionary::checked` verifies length and
//! checksum), so it can keep one name across versions and be cached.

use super::fetch_text::{fetch_text, FetchError};
use crate::model::share::Dictionary;
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
    let problem = |what: String| {
        format!("The dictionary share links are packed with could not be loaded ({what}). You may be offline; try again once connected.")
    };
    let text = fetch_text(FILE).await.map_err(|e| {
        problem(match e {
            FetchError::Unreachable(why) | FetchError::Unreadable(why) => why,
            FetchError::Status { status, .. } => format!("the server answered {status} for {FILE}"),
        })
    })?;
    let bytes: &'static [u8] = Box::leak(text.into_bytes().into_boxed_slice());
    let dictionary = Dictionary::checked(bytes).map_err(problem)?;
    LOADED.set(Some(dictionary));
    Ok(dictionary)
}
