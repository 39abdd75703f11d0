//! The classroom part: the tour menu, the step panel (with the tour editor),
//! what keeps a presentation going (its notes window, full screen) and the
//! stylesheet of the classroom tools (presenting and its slides too),
//! fetched the first time one of them is used.
//!
//! Why: every first load carries the start module and `style/main.css`, and
//! most readers never open a tour or present; the menu, the panel and their
//! rules would cost every start page and deep link several kilobytes. The
//! buttons that open them stay in the start module (`tour`). If the part
//! cannot load, the next click tries again.

use crate::browser::split::split_fn;
use crate::browser::view_style::adopt_view_style;
use crate::views::tours::presentation::start_presenter;
use crate::views::tours::tour::Tours;
use crate::views::tours::tour_views::{tour_menu, tour_panel};
use leptos::prelude::*;
use std::sync::OnceLock;

/// What the part hands back: plain functions the caller draws with, in its
/// own reactive owner and context.
#[derive(Clone, Copy)]
pub struct Classroom {
    adopt_style: fn(),
    pub menu: fn() -> AnyView,
    pub panel: fn() -> AnyView,
    /// Keeps the presentation going (`presentation::provide_presenter`).
    pub present: fn(Tours),
}

fn adopt() {
    adopt_view_style!("classroom");
}

split_fn!(fn classroom() -> Classroom as classroom = Classroom {
    adopt_style: adopt,
    menu: tour_menu,
    panel: tour_panel,
    present: start_presenter,
});

static LOADED: OnceLock<Classroom> = OnceLock::new();

thread_local! {
    static LOADING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static FOCUS_MENU: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Asks the tour menu to take the focus when it is next drawn, which may be
/// once the part has arrived: "Present" gives way to "Stop presenting", so
/// the focus goes to the tours to pick from, where Escape closes them.
pub fn focus_menu_when_drawn() {
    FOCUS_MENU.with(|f| f.set(true));
}

/// Whether the menu being drawn should take the focus (once).
pub(crate) fn take_menu_focus() -> bool {
    FOCUS_MENU.with(|f| f.replace(false))
}

/// Fetches the part (once, however many calls) and adopts its stylesheet;
/// sets `ready` once it is here.
pub fn load_classroom(ready: RwSignal<bool>) {
    if LOADED.get().is_some() {
        if !ready.get_untracked() {
            ready.set(true);
        }
        return;
    }
    if LOADING.with(|l| l.replace(true)) {
        return;
    }
    leptos::task::spawn_local(async move {
        if let Ok(part) = classroom().await {
            (part.adopt_style)();
            let _ = LOADED.set(part);
            ready.set(true);
        }
        LOADING.with(|l| l.set(false));
    });
}

/// The part, once it has arrived.
pub(crate) fn loaded() -> Option<&'static Classroom> {
    LOADED.get()
}

/// Draws `pick` of the part once it has arrived (asking for it if need be):
/// nothing until then.
pub fn classroom_view(ready: RwSignal<bool>, pick: fn(&Classroom) -> fn() -> AnyView) -> Option<AnyView> {
    if !ready.get() {
        load_classroom(ready);
        return None;
    }
    LOADED.get().map(|part| pick(part)())
}
