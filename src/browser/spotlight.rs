//! The tour's spotlight: marks the element a step talks about, brings it into
//! sight and gives it focus, so keyboard and screen-reader users land where
//! sighted users look.
//!
//! The element may not exist the instant the route changes (a view builds its
//! DOM after the route signal), so finding it is retried for a short while.

use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

const CLASS: &str = "tour-spotlight";
/// Marks a `tabindex` the spotlight added, so it is removed again.
const ADDED_TABINDEX: &str = "data-tour-tabindex";
const TRIES: u32 = 20;
const RETRY: Duration = Duration::from_millis(50);

/// Takes the spotlight off whatever has it.
pub fn clear() {
    let Ok(lit) = document().query_selector_all(&format!(".{CLASS}")) else { return };
    for i in 0..lit.length() {
        let Some(el) = lit.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let _ = el.class_list().remove_1(CLASS);
        if el.has_attribute(ADDED_TABINDEX) {
            let _ = el.remove_attribute("tabindex");
            let _ = el.remove_attribute(ADDED_TABINDEX);
        }
    }
}

/// Spotlights the first element matching `selector` once it exists (for a
/// second at most). `still_wanted` is asked before each try, so a step the
/// user has already left is not lit late.
pub fn light(selector: String, still_wanted: impl Fn() -> bool + 'static) {
    // Two frames: after the view change has moved focus to the new heading
    // (see `page_focus`), so the step's element keeps the focus.
    request_animation_frame(move || {
        request_animation_frame(move || try_light(selector, std::rc::Rc::new(still_wanted), TRIES))
    });
}

fn try_light(selector: String, still_wanted: std::rc::Rc<dyn Fn() -> bool>, left: u32) {
    if !still_wanted() {
        return;
    }
    let found = document().query_selector(&selector).ok().flatten();
    let Some(el) = found else {
        // A step whose element never shows keeps its panel, which says where it is.
        if left > 0 {
            set_timeout(move || try_light(selector, still_wanted, left - 1), RETRY);
        }
        return;
    };
    clear();
    let _ = el.class_list().add_1(CLASS);
    if !el.has_attribute("tabindex") {
        let _ = el.set_attribute("tabindex", "-1");
        let _ = el.set_attribute(ADDED_TABINDEX, "");
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    if super::page_focus::focus_element(&el) {
        super::page_focus::forget_arrival();
    }
}
