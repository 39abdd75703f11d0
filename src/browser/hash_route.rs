//! Keeps a signal in step with `location.hash`.
//!
//! Navigation is done with plain `<a href="#/...">` links, so it works with
//! the keyboard, middle-click and "copy link" for free, and the browser's own
//! history gives back/forward. The app only listens: every `hashchange`
//! (a click, a typed URL, back, forward) becomes a new [`Route`].

use crate::model::route::Route;
use leptos::prelude::*;

/// The current route, updated on every `hashchange`.
pub fn use_hash_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(current_route());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| set_route.set(current_route()));
    on_cleanup(move || handle.remove());
    route
}

/// The route the address bar shows now.
pub fn current_route() -> Route {
    Route::parse(&window().location().hash().unwrap_or_default())
}
