//! What every view may read, below the views so that none of them needs the
//! shell (as rerun's `re_viewer_context`): the content, where the reader is,
//! the reader's own data, and the content joined with whatever share of the
//! cases has arrived.
//!
//! Read with [`use_app`]; the shell provides it once, at the root.

use crate::browser::storage::UserStore;
use crate::model::base::route::Route;
use crate::model::content::timeline_cases::{EventLinks, TimelineCases};
use crate::model::content::{Dataset, Event};
use leptos::prelude::*;
use std::sync::OnceLock;

/// What every view may read: the content and where the user is, and the
/// user's own data.
#[derive(Clone, Copy)]
pub struct AppContext {
    /// The content the start module carries (see [`AppContext::content`]).
    base: &'static Dataset,
    pub route: Signal<Route>,
    pub user: UserStore,
    /// Set once the cases have been joined to the content, for what the
    /// start module drew before they arrived (a tour step's sources).
    pub joined: RwSignal<bool>,
}

impl AppContext {
    pub fn new(base: &'static Dataset, route: Signal<Route>, user: UserStore) -> AppContext {
        AppContext { base, route, user, joined: RwSignal::new(false) }
    }

    /// The content: with the cases joined in once they have arrived (every
    /// view drawn by a part: see `shell::parts::load`), else the start module's own.
    pub fn content(self) -> &'static Dataset {
        full_content().unwrap_or(self.base)
    }

    /// The content the start module drew with, in the page's language.
    pub(crate) fn start_content(self) -> &'static Dataset {
        self.base
    }
}

pub fn use_app() -> AppContext {
    expect_context::<AppContext>()
}

/// The content with the cases joined in, once they have arrived.
static FULL: OnceLock<&'static Dataset> = OnceLock::new();

/// The content with only the timeline's share of the cases joined in, and
/// that share's links (a link straight to the timeline: see
/// `model::content::timeline_cases`).
static TIMELINE: OnceLock<(&'static Dataset, TimelineCases)> = OnceLock::new();

/// The content with only the case maps' share of the cases joined in (a
/// link straight to the case maps: see `model::content::case_map_cases`).
static CASE_MAPS: OnceLock<&'static Dataset> = OnceLock::new();

/// The content every part's view reads (see `AppContext::content`): all the
/// cases once they have arrived, else the share of them that has. At most
/// one share is ever joined: a view that needs another's fetches them all
/// (`shell::parts`).
pub fn full_content() -> Option<&'static Dataset> {
    FULL.get().copied().or_else(|| TIMELINE.get().map(|(content, _)| *content)).or_else(|| CASE_MAPS.get().copied())
}

/// Where an event leads (its methods, criticism and case map), from
/// whichever share of the cases has arrived.
pub fn event_links(event: &Event) -> EventLinks {
    match (FULL.get(), TIMELINE.get()) {
        (Some(full), _) => full.event_links(event),
        (None, Some((_, cut))) => cut.links(&event.id),
        (None, None) => EventLinks::default(),
    }
}

/// Keeps the content with all the cases joined in, for the rest of the visit.
pub(crate) fn set_all_cases(full: Dataset) {
    let _ = FULL.set(Box::leak(Box::new(full)));
}

pub(crate) fn has_all_cases() -> bool {
    FULL.get().is_some()
}

/// Keeps the content with the timeline's share of the cases, and its links.
pub(crate) fn set_timeline_cases(content: Dataset, cut: TimelineCases) {
    let _ = TIMELINE.set((Box::leak(Box::new(content)), cut));
}

pub(crate) fn has_timeline_cases() -> bool {
    TIMELINE.get().is_some()
}

/// Keeps the content with the case maps' share of the cases.
pub(crate) fn set_case_map_cases(content: Dataset) {
    let _ = CASE_MAPS.set(Box::leak(Box::new(content)));
}

pub(crate) fn has_case_map_cases() -> bool {
    CASE_MAPS.get().is_some()
}
