//! Keeps a signal in step with `location.hash`.
//!
//! Navigation is done with plain `<a href="#/...">` links, so it works with
//! the keyboard, middle-click and "copy link" for free, and the browser's own
//! history gives back/forward. The app only listens: every `hashchange`
//! (a click, a typed URL, back, forward) becomes a new [`Route`].

use crate::model::base::route::Route;
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

/// Goes to a route from code (keys, search box). `replace` keeps steps that
/// are many small moves (arrow keys, typing) out of the back-button history.
pub fn navigate(route: &Route, replace: bool) {
    let location = window().location();
    let hash = route.to_hash();
    if replace {
        let base = location.href().unwrap_or_default();
        let base = base.split('#').next().unwrap_or_default();
        let _ = location.replace(&format!("{base}{hash}"));
    } else {
        let _ = location.set_hash(&hash);
    }
}
