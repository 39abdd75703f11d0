//! What the page says when the app cannot start: its content's part did
//! not arrive (offline before the guide was ever kept, or a new version
//! published since the page was opened, whose files replaced this one's).
//!
//! Why a view of its own: with no content there is no app to mount, and a
//! page stuck on "Loading" for ever is the silent failure the parts must
//! never cause. The static start view stays readable beneath the message.

use super::layout::ReloadButton;
use crate::model::ui_text::ui;
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
        crate::start();
    };
    leptos::mount::mount_to(host, move || view! { <StartFailed reason=reason.clone() retry/> }).forget();
}

#[component]
fn StartFailed(reason: String, retry: impl Fn() + 'static) -> impl IntoView {
    view! {
        <div class="load-failed" role="alert">
            <p><strong>{ui().app.start_failed}</strong></p>
            <p>{ui().app.part_failed_why} " (" <bdi>{reason}</bdi> ")"</p>
            <p class="actions">
                <button type="button" on:click=move |_| retry()>{ui().app.try_again}</button>
                " "
                <ReloadButton/>
            </p>
        </div>
    }
}
