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
/// the reader's language, once that language's part (its content, and for
/// a translation its wording) has arrived.
pub fn start() {
    use model::lang::Lang;
    let lang = browser::language::choose();
    // Not Leptos's spawn_local: its executor is set up by mounting, and
    // this task runs before anything is mounted.
    wasm_bindgen_futures::spawn_local(async move {
        let mut failed = match views::language_parts::load(lang).await {
            Ok(content) => return mount(Box::leak(Box::new(content))),
            Err(e) => e,
        };
        if lang != Lang::En {
            // The page is still usable in English; it says why.
            leptos::logging::warn!("multitrack: the {} part could not be used: {failed}", lang.code());
            views::language_picker::fell_back_from(lang);
            browser::language::mark_document(Lang::En);
            match views::language_parts::load(Lang::En).await {
                Ok(content) => return mount(Box::leak(Box::new(content))),
                Err(e) => failed = e,
            }
        }
        views::start_failed::show(&failed.to_string());
    });
}

/// Decodes the built-in content, measured for the benchmark.
pub(crate) fn timed_decode(bytes: &[u8]) -> Result<model::content::Dataset, postcard::Error> {
    mark("multitrack-parse-start");
    let content = postcard::from_bytes(bytes);
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
