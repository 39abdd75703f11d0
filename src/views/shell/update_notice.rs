//! "A new version is available": offered, never forced (see
//! `browser::app_update`).

use crate::browser::app_update::{take_new_version, waiting_version};
use crate::model::i18n::ui_text::ui;
use leptos::prelude::*;

#[component]
pub fn UpdateNotice() -> impl IntoView {
    let waiting = waiting_version();
    move || {
        waiting.get().then(|| {
            view! {
                <div class="update-notice" role="status">
                    <p>
                        <strong>{ui().app.update_available}</strong>
                        {ui().app.update_explained}
                        <button type="button" on:click=|_| take_new_version()>{ui().app.update_reload}</button>
                    </p>
                </div>
            }
        })
    }
}
