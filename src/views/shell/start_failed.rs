//! What the page says when the app cannot start: its content's part did
//! not arrive (offline before the guide was ever kept, or a new version
//! published since the page was opened, whose files replaced this one's).
//!
//! Why apart from the views: with no content there is no app to mount, and a
//! page stuck on "Loading" for ever is the silent failure the parts must
//! never cause. The static start view stays readable beneath the message.

use crate::model::i18n::ui_text::ui;
use crate::views::shell::deferred::LoadFailed;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Puts the message, with a retry, at the top of `#app`.
pub fn show(reason: &str) {
    let Some(app) = document().get_element_by_id("app") else { return };
    let Ok(host) = document().create_element("div") else { return };
    let _ = app.prepend_with_node_1(&host);
    let Ok(host) = host.dyn_into::<web_sys::HtmlElement>() else { return };
    let reason = reason.to_string();
    let remove = host.clone();
    let retry = move || {
        remove.remove();
        crate::views::shell::start::start();
    };
    let heading = ui().app.start_failed;
    leptos::mount::mount_to(host, move || view! { <LoadFailed heading reason=reason.clone() retry/> }).forget();
}
