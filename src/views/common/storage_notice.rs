//! The notice, on every view, when the reader's data cannot be read or
//! saved: what happened, and what they can still do.

use crate::browser::storage::{download_unreadable, StorageProblem, BACKUP_KEY};
use crate::model::base::route::{Page, Route};
use crate::model::i18n::ui_text::{fill, ui};
use crate::views::common::layout::ReloadButton;
use crate::views::context::use_app;
use leptos::prelude::*;

/// On every view: a message when the data cannot be read or saved.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let user = use_app().user;
    // A section of its own: this notice is in the start module, the rest of
    // "Your data" in its part.
    let t = &ui().notices;
    let export_link = move || {
        view! { <a href=Route::page(Page::MyData).to_hash()>{t.export_your_data}</a> }
    };
    move || {
        user.problem.get().map(|problem| match problem {
            StorageProblem::Unreadable { reason, text, backed_up } => view! {
                <div class="storage-notice" role="alert">
                    <p>
                        <strong>{t.unreadable_strong}</strong> {fill(t.unreadable_reason, &[("reason", &reason)])}
                        {if backed_up {
                            fill(t.unreadable_backed_up, &[("key", &BACKUP_KEY)])
                        } else {
                            t.unreadable_left.to_string()
                        }}
                    </p>
                    <button type="button" on:click=move |_| { let _ = download_unreadable(&text); }>{t.download_unreadable}</button>
                </div>
            }
            .into_any(),
            StorageProblem::Full => view! {
                <div class="storage-notice" role="alert">
                    <p><strong>{t.full_strong}</strong> {t.full_before} {export_link()} {t.keep_in_file_after}</p>
                </div>
            }
            .into_any(),
            StorageProblem::CodecMissing(reason) => view! {
                <div class="storage-notice" role="alert">
                    <p><strong>{t.codec_strong}</strong> {fill(t.codec_text, &[("reason", &reason)])}</p>
                    <p><ReloadButton/></p>
                </div>
            }
            .into_any(),
            StorageProblem::Unavailable => view! {
                <div class="storage-notice" role="alert">
                    <p><strong>{t.unavailable_strong}</strong> {t.unavailable_before} {export_link()} {t.keep_in_file_after}</p>
                </div>
            }
            .into_any(),
        })
    }
}
