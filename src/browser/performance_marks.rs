//! Marks and measures on the page's performance timeline, the names the
//! benchmarks and the end-to-end tests read (`bench/size_speed.mjs`): when
//! the app is interactive, when a deep link's view is drawn, how long the
//! content took to decode.

use leptos::prelude::*;

/// The mark the size-and-speed benchmark reads as "the app is interactive".
pub const INTERACTIVE_MARK: &str = "multitrack-interactive";
/// Set on `<html>` once the app has replaced the static page.
pub const READY_ATTRIBUTE: &str = "data-ready";
/// The measure the benchmark reads as the time to parse the built-in content.
pub const PARSE_MEASURE: &str = "multitrack-content-parse";

/// The mark the benchmark reads as "the view a deep link named is drawn"
/// (for a view that arrives as a part; see `views::shell::deferred`).
pub const VIEW_READY_MARK: &str = "multitrack-view-ready";

pub fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}
