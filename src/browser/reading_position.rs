//! Which section of a long list the reader is reading, as they scroll: the
//! timeline's model panel follows the era under the reader's eyes, the way a
//! scrolling story keeps its picture in step with its text.

use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Where on the screen reading happens: a section counts as read once its
/// top has passed this share of the window's height.
const READING_LINE: f64 = 0.35;

/// Calls `changed` with the `data-at` of the last element matching `selector`
/// whose top is above the reading line and which is still on screen, each
/// time that changes: only on a change, so a choice made since (an event
/// picked on the chart) is not undone by the next small scroll.
///
/// Plain cells, not reactive values: nothing is drawn from them, and a
/// reactive type of their own would add its code to the start module.
pub fn follow_reading(selector: &'static str, changed: impl Fn(String) + 'static) {
    let last = Rc::new(RefCell::new(String::new()));
    let pending = Rc::new(Cell::new(false));
    let changed = Rc::new(changed);
    let handle = window_event_listener(leptos::ev::scroll, move |_| {
        // One measurement a frame, however often the scroll event fires.
        if pending.replace(true) {
            return;
        }
        let (last, pending, changed) = (last.clone(), pending.clone(), changed.clone());
        request_animation_frame(move || {
            pending.set(false);
            if let Some(at) = reading(selector) {
                if *last.borrow() != at {
                    last.replace(at.clone());
                    changed(at);
                }
            }
        });
    });
    on_cleanup(move || handle.remove());
}

fn reading(selector: &str) -> Option<String> {
    let line = window().inner_height().ok()?.as_f64()? * READING_LINE;
    let sections = document().query_selector_all(selector).ok()?;
    let mut found = None;
    for i in 0..sections.length() {
        let Some(el) = sections.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok()) else {
            continue;
        };
        let rect = el.get_bounding_client_rect();
        if rect.top() > line {
            break;
        }
        if rect.bottom() > 0.0 {
            found = el.get_attribute("data-at");
        }
    }
    found
}
