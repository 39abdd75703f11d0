//! Hands data to the reader as a file: exports, backups and drawings all leave
//! the browser this way, with no server involved.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// A blob of `text` with the given MIME type.
pub fn blob_of(text: &str, mime: &str) -> Result<Blob, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&parts, &options)
}

/// Starts the download of `blob` as `filename`.
pub fn save(blob: &Blob, filename: &str) -> Result<(), JsValue> {
    let url = Url::create_object_url_with_blob(blob)?;
    let link: HtmlAnchorElement = document().create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    // The download has started reading the URL by the next task; free it after.
    set_timeout(move || Url::revoke_object_url(&url).unwrap_or_default(), std::time::Duration::from_secs(10));
    Ok(())
}

/// Starts the download of `text` as `filename`.
pub fn save_text(text: &str, mime: &str, filename: &str) -> Result<(), JsValue> {
    save(&blob_of(text, mime)?, filename)
}

/// A JavaScript error as a sentence for the reader.
pub fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| crate::model::i18n::ui_text::ui().notices.unknown_error.into())
}

/// Today's date as "2026-11-24", for file names.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date())
}

/// Downloads the reader's document (or a part of it) as
/// `multitrack-<what>-<date>.json`, once the JSON codec has arrived (the
/// views that offer an export draw without it: see `storage::Codec`).
pub async fn export_document(data: &crate::model::user::UserData, what: &str) -> Result<(), String> {
    let codec = crate::browser::storage::codec().await.map_err(|e| e.to_string())?;
    let name = format!("multitrack-{what}-{}.json", today());
    save_text(&(codec.write)(data), "application/json", &name).map_err(|e| describe(&e))
}
