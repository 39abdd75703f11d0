//! Which language this page is in: read from the address, the reader's last
//! choice and the browser, written to `<html lang dir>` and the address.
//!
//! Why the address's query (`?lang=fr`) and a storage key of its own: the
//! query survives every link inside the guide, a reload and a copied link,
//! so a teacher's link opens in the class's language; the key (mirroring the
//! choice kept in the reader's document settings) is readable by
//! `route-shell.js` before anything else loads, so the page is marked
//! right to left before it is first drawn.

use crate::model::base::lang::{self, Lang};
use leptos::prelude::*;

/// The storage key `public/route-shell.js` reads too.
pub const STORAGE_KEY: &str = "multitrack-language";

fn address_tag() -> Option<String> {
    let search = window().location().search().ok()?;
    lang::from_query(&search).map(str::to_string)
}

fn saved_tag() -> Option<String> {
    window().local_storage().ok().flatten()?.get_item(STORAGE_KEY).ok().flatten()
}

fn browser_tags() -> Vec<String> {
    let languages = window().navigator().languages();
    languages.iter().filter_map(|v| v.as_string()).collect()
}

/// The page's language, and the document marked with it. An address that
/// did not name it is given it (without a new history entry), so copying
/// the address copies the language.
pub fn choose() -> Lang {
    let (address, saved) = (address_tag(), saved_tag());
    let chosen = Lang::choose(address.as_deref(), saved.as_deref(), &browser_tags());
    mark_document(chosen);
    if address.as_deref().and_then(Lang::from_tag).is_none() && (chosen != Lang::En || saved.is_some()) {
        let hash = window().location().hash().unwrap_or_default();
        if let Ok(history) = window().history() {
            let _ =
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&this_page_in(chosen, &hash)));
        }
    }
    chosen
}

/// `<html lang dir>` for `lang` (also set, before the first paint, by
/// `route-shell.js`; again here for a page that falls back to English).
pub fn mark_document(lang: Lang) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", lang.code());
        let _ = html.set_attribute("dir", lang.dir());
    }
}

/// This page's address in `lang` at `fragment`, relative (`?lang=fr#/x`,
/// the query's other parameters kept): relative, because the start view is
/// written into `index.html` at build time, and its links must not name the
/// folder it was drawn from.
pub fn this_page_in(lang: Lang, fragment: &str) -> String {
    let search = window().location().search().unwrap_or_default();
    format!("{}{fragment}", lang::with_lang(&search, lang))
}

/// Keeps `lang` as the reader's choice for addresses that do not name one.
pub fn remember(lang: Lang) {
    if let Some(storage) = window().local_storage().ok().flatten() {
        let _ = storage.set_item(STORAGE_KEY, lang.code());
    }
}

/// `url` (an address of this guide) carrying the page's language, for links
/// made to be opened elsewhere: share links, the presenter's window.
pub fn with_page_language(url: &str) -> String {
    let current = crate::model::i18n::ui_text::lang();
    let (before_hash, hash) = url.split_once('#').map_or((url, ""), |(b, h)| (b, h));
    let (path, query) = before_hash.split_once('?').unwrap_or((before_hash, ""));
    let hash = if hash.is_empty() { String::new() } else { format!("#{hash}") };
    format!("{path}{}{hash}", lang::with_lang(query, current))
}
