//! The keys that step a tour or a presentation: arrows, and the PageUp and
//! PageDown that presentation clickers send.
//!
//! Listened for in the capture phase, so that while a tour is open a focused
//! widget with arrow keys of its own (the timeline chart, the circle) does not
//! act on the same key press. Keys typed into a text field are left alone.
//!
//! Right to left (Arabic) the arrows follow the reading direction, as the
//! timeline's do: Left goes on to the next step, Right back.

use crate::model::content::tour::StepKey;
use crate::model::geometry::timeline::Flow;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Calls `handle` with each step key; when it returns true the key press is
/// consumed. Lives as long as the page.
pub fn on_step_keys(handle: impl Fn(StepKey) -> bool + 'static) {
    let flow = Flow::current();
    let listener = Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |ev: web_sys::KeyboardEvent| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() || ev.default_prevented() || is_typing(&ev) {
            return;
        }
        if StepKey::from_key(flow.reading_key(&ev.key())).is_some_and(&handle) {
            ev.prevent_default();
            ev.stop_propagation();
        }
    });
    let _ = window().add_event_listener_with_callback_and_bool("keydown", listener.as_ref().unchecked_ref(), true);
    listener.forget();
}

fn is_typing(ev: &web_sys::KeyboardEvent) -> bool {
    let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else { return false };
    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.is_content_editable()
}
