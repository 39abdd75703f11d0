//! "A new version is available": offered, never forced (see
//! `browser::app_update`).

use crate::browser::app_update::{take_new_version, waiting_version};
use leptos::prelude::*;

#[component]
pub fn UpdateNotice() -> impl IntoView {
    let waiting = waiting_version();
    move || {
        waiting.get().then(|| {
            view! {
                <div class="update-notice" role="status">
                    <p>
                        <strong>"A new version is available."</strong>
                        " Reload when it suits you; your notes and data stay as they are. "
                        <button type="button" on:click=|_| take_new_version()>"Reload"</button>
                    </p>
                </div>
            }
        })
    }
}
