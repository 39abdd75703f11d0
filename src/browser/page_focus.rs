//! What a screen-reader or keyboard user needs when the view changes.
//!
//! A fragment change does not reload the page, so nothing tells assistive
//! technology that the view is new. On a change of view the document title is
//! updated and focus moves to the new main heading; on a change of selected
//! item the item is scrolled into view if it is not in sight. The first render keeps focus where the
//! browser put it, so opening a link does not jump.

use crate::model::base::route::{Page, Route};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The DOM id of a selected item, shared by the views that render items and
/// the effect that scrolls to them.
pub fn item_dom_id(page: &Page, item: &str) -> String {
    let prefix = match page {
        Page::Timeline => "event",
        Page::Tracks => "track",
        Page::Principles => "principle",
        Page::Concepts => "concept",
        Page::References => "ref",
        Page::Quiz => "question",
        _ => "item",
    };
    format!("{prefix}-{item}")
}

/// The timeline shows a selected event in this panel under the chart; it is
/// what a timeline URL with an item scrolls to.
pub const EVENT_DETAILS_ID: &str = "event-details";

/// The Tracks view shows a selected track in this panel beside the circle.
pub const TRACK_DETAILS_ID: &str = "track-details";

/// The element a route's item scrolls into view.
pub fn scroll_target(page: &Page, item: &str) -> String {
    match page {
        Page::Timeline => EVENT_DETAILS_ID.to_string(),
        Page::Tracks => TRACK_DETAILS_ID.to_string(),
        _ => item_dom_id(page, item),
    }
}

/// Focuses the first element matching `selector` under `root` (the whole
/// document when `None`); SVG links are focusable too, though not
/// `HtmlElement`s. Says whether anything took focus.
pub fn focus_within(root: Option<&web_sys::Element>, selector: &str) -> bool {
    let found = match root {
        Some(root) => root.query_selector(selector),
        None => document().query_selector(selector),
    };
    found.ok().flatten().is_some_and(|el| focus_element(&el))
}

/// Focuses an element, HTML or SVG; says whether it could.
pub fn focus_element(el: &web_sys::Element) -> bool {
    if let Some(html) = el.dyn_ref::<web_sys::HtmlElement>() {
        html.focus().is_ok()
    } else if let Some(svg) = el.dyn_ref::<web_sys::SvgElement>() {
        svg.focus().is_ok()
    } else {
        false
    }
}

/// Scrolls the element with `id` into view if it is not in sight: "nearest",
/// so nothing jumps when it already is (a click on the chart, say).
pub fn reveal(id: &str) -> bool {
    let Some(el) = document().get_element_by_id(id) else { return false };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    true
}

/// Where the reader has just arrived, kept until the view is there to take it.
struct Arrival {
    page: Page,
    item: Option<String>,
    page_changed: bool,
    /// What had the focus on arrival: a late view must not take the focus
    /// from wherever the reader (or a control) has put it since.
    focused: Option<web_sys::Element>,
}

thread_local! {
    /// An arrival whose view was still loading (see `views::shell::deferred`).
    static UNSETTLED: std::cell::RefCell<Option<Arrival>> = const { std::cell::RefCell::new(None) };
}

/// Reveals the item or focuses the new heading; false if neither is drawn yet.
fn settle(arrival: &Arrival) -> bool {
    if arrival.item.as_ref().is_some_and(|item| reveal(&scroll_target(&arrival.page, item))) {
        return true;
    }
    if arrival.page_changed {
        return focus_within(None, "main h1");
    }
    arrival.item.is_none()
}

/// Drops an arrival still waiting for its view: something that knows better
/// (the tour's spotlight) has put focus where the reader should be, and a
/// late move to the heading would take it away.
pub fn forget_arrival() {
    UNSETTLED.with(|u| u.borrow_mut().take());
}

/// Finishes an arrival that waited for its view to load.
pub fn settle_after_load() {
    request_animation_frame(|| {
        if let Some(arrival) = UNSETTLED.with(|u| u.borrow_mut().take()) {
            let focused = document().active_element();
            let body = document().body().map(web_sys::Element::from);
            if focused == arrival.focused || focused == body {
                settle(&arrival);
            }
        }
    });
}

pub fn manage_page_focus(route: Signal<Route>) {
    Effect::new(move |previous: Option<Route>| {
        let now = route.get();
        let document = document();
        document.set_title(&crate::model::i18n::ui_text::fill(
            crate::model::i18n::ui_text::ui().app.document_title,
            &[("page", &now.page.title())],
        ));
        let page_changed = previous.as_ref().is_some_and(|p| p.page != now.page);
        // A change of other parameters (a filter, a pair) leaves the reader where they are.
        let item_changed = previous.as_ref().is_none_or(|p| p.page != now.page || p.item != now.item);
        let arrival = Arrival {
            page: now.page.clone(),
            item: now.item.clone().filter(|_| item_changed),
            page_changed,
            focused: document.active_element(),
        };
        // Wait a frame: the new view's DOM is built after this effect runs.
        request_animation_frame(move || {
            let waiting = (!settle(&arrival)).then_some(arrival);
            UNSETTLED.with(|u| *u.borrow_mut() = waiting);
        });
        now
    });
}
