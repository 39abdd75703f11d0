//! multitrack: an interactive, browser-only guide to multi-track diplomacy.
//!
//! - [`model`]: the content dataset, dates and routes, plain Rust tested natively;
//! - [`browser`]: the URL fragment, focus and title, the only browser glue;
//! - [`views`]: thin Leptos components over the model.

pub mod browser;
pub mod model;
pub mod views;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The mark the size-and-speed benchmark reads as "the app is interactive".
pub const INTERACTIVE_MARK: &str = "multitrack-interactive";
/// Set on `<html>` once the app has replaced the static page.
pub const READY_ATTRIBUTE: &str = "data-ready";
/// The measure the benchmark reads as the time to parse the built-in content.
pub const PARSE_MEASURE: &str = "multitrack-content-parse";

/// The mark the benchmark reads as "the view a deep link named is drawn"
/// (for a view that arrives as a part; see `views::deferred`).
pub const VIEW_READY_MARK: &str = "multitrack-view-ready";

pub(crate) fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}

/// Replaces the static loading shell in `#app` with the running app, in
/// the reader's language: English at once (it is in the start module),
/// another language once its part has arrived.
pub fn start() {
    use model::lang::Lang;
    let lang = browser::language::choose();
    if lang == Lang::En {
        mount_english();
        return;
    }
    // Not Leptos's spawn_local: its executor is set up by mounting, and
    // this task runs before anything is mounted.
    wasm_bindgen_futures::spawn_local(async move {
        match views::language_parts::load(lang).await {
            Ok(content) => mount(Box::leak(Box::new(content))),
            Err(e) => {
                // The page is still usable in English; it says why.
                leptos::logging::warn!("multitrack: the {} part could not be used: {e}", lang.code());
                views::language_picker::fell_back_from(lang);
                browser::language::mark_document(Lang::En);
                mount_english();
            }
        }
    });
}

/// The app in English, with the content the start module carries.
#[inline(never)]
fn mount_english() {
    model::ui_text::install_english();
    mount(Box::leak(Box::new(timed_decode(model::content::Dataset::builtin))));
}

/// Decodes the built-in content, measured for the benchmark.
fn timed_decode(decode: fn() -> model::content::Dataset) -> model::content::Dataset {
    mark("multitrack-parse-start");
    let content = decode();
    if let Some(performance) = window().performance() {
        let _ = performance.measure_with_start_mark(PARSE_MEASURE, "multitrack-parse-start");
    }
    content
}

fn mount(content: &'static model::content::Dataset) {
    let Some(root) = document().get_element_by_id("app").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else {
        leptos::logging::error!("multitrack: no #app element to mount into");
        return;
    };
    root.set_inner_html("");
    let route = browser::hash_route::use_hash_route();
    leptos::mount::mount_to(root, move || view! { <views::App content route/> }).forget();
    // The static page's styles for "before the app runs" stop applying, and
    // tests and the prerender know the app is live (the static start view has
    // the same navigation).
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute(READY_ATTRIBUTE, "");
    }
    mark(INTERACTIVE_MARK);
}
