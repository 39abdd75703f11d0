//! Reading a text file over the network: what the guide does for a file
//! shared by `#src=` and for the share links' dictionary. Each caller words
//! the failure for its reader, so this says only which step failed.

use super::download::describe;
use leptos::prelude::window;
use wasm_bindgen::JsCast;

/// Which step of fetching a text file failed.
pub enum FetchError {
    /// No answer: offline, or another site that does not allow reading (CORS).
    Unreachable(String),
    /// An answer other than success (404 after a new deploy, say).
    Status { status: u16, text: String },
    /// An answer whose body could not be read as text.
    Unreadable(String),
}

/// The text at `url`.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let response = wasm_bindgen_futures::JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(|e| FetchError::Unreachable(describe(&e)))?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(FetchError::Status { status: response.status(), text: response.status_text() });
    }
    let body = response.text().map_err(|e| FetchError::Unreadable(describe(&e)))?;
    let text = wasm_bindgen_futures::JsFuture::from(body).await.map_err(|e| FetchError::Unreadable(describe(&e)))?;
    Ok(text.as_string().unwrap_or_default())
}
