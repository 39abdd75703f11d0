//! A new version of the guide, installed by the service worker and waiting.
//!
//! `public/offline/register.js` (a plain script, release builds only) does the
//! service-worker work; this side only hears of a waiting version and passes
//! on the reader's "Reload". Why so: a new deployment must never reload a
//! page by itself (a teacher may be mid-lesson), and the notice's wording
//! belongs with the app's other words, not in that script.

use leptos::prelude::*;

/// Fired on `window` by the script when a new version waits.
const OFFERED: &str = "multitrack:update";
/// Fired on `window` for the script: the reader asked for the new version.
const TAKE: &str = "multitrack:take-update";

/// Whether a new version waits; true from the start if it was found before
/// the app had loaded (the script marks `<html data-update="ready">`).
pub fn waiting_version() -> ReadSignal<bool> {
    let marked =
        document().document_element().is_some_and(|root| root.get_attribute("data-update").as_deref() == Some("ready"));
    let (waiting, set_waiting) = signal(marked);
    let handle = window_event_listener_untyped(OFFERED, move |_| set_waiting.set(true));
    on_cleanup(move || handle.remove());
    waiting
}

/// Lets the new version take over; the page reloads once it has.
pub fn take_new_version() {
    if let Ok(event) = web_sys::Event::new(TAKE) {
        let _ = window().dispatch_event(&event);
    }
}
