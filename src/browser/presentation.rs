//! The browser side of presentation mode: full screen, and the channel to
//! the speaker-notes window.
//!
//! Full screen is asked for, never required: a browser may refuse it (an
//! embedded frame, a kiosk), and presenting still works in the window.

use crate::model::formats::presentation::{Message, CHANNEL};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub fn enter_full_screen() {
    if let Some(root) = document().document_element() {
        // A promise in current browsers; its refusal needs no handling.
        let _ = root.request_fullscreen();
    }
}

pub fn leave_full_screen() {
    if document().fullscreen_element().is_some() {
        document().exit_fullscreen();
    }
}

/// Calls `changed` with whether the page is now full screen, each time that
/// changes (including when the user leaves with Escape or F11).
pub fn on_full_screen_change(changed: impl Fn(bool) + 'static) {
    let listener = Closure::<dyn Fn()>::new(move || changed(document().fullscreen_element().is_some()));
    let _ = document().add_event_listener_with_callback("fullscreenchange", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// Marks the document as presenting, which the stylesheet turns into large
/// type without editing controls (and slides while a tour is open). The
/// drawings measure their room on a window resize, so one is announced: the
/// slide layout gives them a different room without the window changing.
pub fn mark_presenting(on: bool) {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().toggle_with_force("presenting", on);
    }
    if let Ok(resized) = web_sys::Event::new("resize") {
        let _ = window().dispatch_event(&resized);
    }
}

/// Opens the speaker-notes view in a window of its own; false when the
/// browser blocked it.
pub fn open_notes_window() -> bool {
    let href = window().location().href().unwrap_or_default();
    let base = super::language::with_page_language(href.split('#').next().unwrap_or_default());
    window()
        .open_with_url_and_target_and_features(
            &format!("{base}#/speaker-notes"),
            "multitrack-speaker-notes",
            "popup,width=560,height=700",
        )
        .ok()
        .flatten()
        .is_some()
}

/// One window's end of the presentation channel.
#[derive(Clone)]
pub struct Channel(Option<web_sys::BroadcastChannel>);

impl Channel {
    /// Opens the channel and calls `receive` with each message from the other window.
    pub fn open(receive: impl Fn(Message) + 'static) -> Channel {
        let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) else { return Channel(None) };
        let listener = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            if let Some(message) = ev.data().as_string().as_deref().and_then(Message::parse) {
                receive(message);
            }
        });
        channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        listener.forget();
        Channel(Some(channel))
    }

    pub fn post(&self, message: &Message) {
        if let Some(channel) = &self.0 {
            let _ = channel.post_message(&JsValue::from_str(&message.to_text()));
        }
    }
}
