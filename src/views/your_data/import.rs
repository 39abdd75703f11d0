//! What the reader confirms before an import changes anything, and the
//! outcome after it, with "Undo import".

use crate::browser::storage::UserStore;
use crate::model::base::route::{Page, Route};
use crate::model::i18n::ui_text::{fill, ui};
use crate::model::user::ImportMode;
use crate::views::common::import::{use_import, ImportState, PendingImport};
use crate::views::context::use_app;
use leptos::prelude::*;

/// What the reader confirms before an import changes anything.
#[component]
pub fn ImportPreview(pending: PendingImport, user: UserStore, state: ImportState) -> impl IntoView {
    let t = &ui().my_data;
    let current = user.data.get_untracked();
    let merge_changes = current.import_changes(&pending.data, ImportMode::Merge);
    let replace_changes = current.import_changes(&pending.data, ImportMode::Replace);
    let nothing = merge_changes.is_empty() && replace_changes.is_empty();
    let list = |changes: Vec<String>| {
        view! { <ul>{changes.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul> }
    };
    let data = StoredValue::new(pending.data.clone());
    let left_out = StoredValue::new(pending.left_out.clone());
    let apply = move |mode: ImportMode| {
        let before = user.data.get_untracked();
        let after = data.with_value(|incoming| before.with_import(incoming, mode, js_sys::Date::now() as u64));
        state.undo.set(Some(before));
        user.data.set(after);
        state.arrived.set(data.with_value(|incoming| {
            let timelines = incoming.timelines.iter().map(|t| {
                (
                    fill(ui().my_data.open_timeline, &[("title", &t.title)]),
                    Route::page(Page::Timeline).with_param("mine", &t.id).to_hash(),
                )
            });
            let cases = incoming.case_maps.iter().map(|c| {
                (fill(ui().my_data.open_case_map, &[("title", &c.title)]), Route::item(Page::Cases, &c.id).to_hash())
            });
            timelines.chain(cases).collect()
        }));
        state.pending.set(None);
        state.left_out.set(left_out.get_value());
        let what = data.with_value(crate::model::formats::import::arrived);
        state.message.set(Some(Ok(fill(ui().my_data.imported_what, &[("what", &what)]))));
    };
    view! {
        <section class="import-preview card" aria-labelledby="import-preview-heading">
            <h3 id="import-preview-heading">{fill(t.import_question, &[("name", &pending.file_name)])}</h3>
            {if nothing {
                view! { <p>{t.nothing_new}</p> }.into_any()
            } else {
                view! {
                    <p>{t.merge_explained}</p>
                    {list(merge_changes)}
                    <p>{t.replace_explained}</p>
                    {list(replace_changes)}
                }
                .into_any()
            }}
            {(!pending.left_out.is_empty()).then(|| view! {
                <p>{t.left_out_heading}</p>
                {list(pending.left_out.clone())}
            })}
            <div class="actions">
                <button type="button" on:click=move |_| apply(ImportMode::Merge)>{t.merge_button}</button>
                <button type="button" on:click=move |_| apply(ImportMode::Replace)>{t.replace_button}</button>
                <button type="button" on:click=move |_| state.pending.set(None)>{t.cancel}</button>
            </div>
        </section>
    }
}

/// The outcome of the last import, with "Undo import" after one.
#[component]
pub fn ImportMessages() -> impl IntoView {
    let user = use_app().user;
    let state = use_import();
    let undo = move |_| {
        if let Some(before) = state.undo.get_untracked() {
            user.data.set(before);
            state.undo.set(None);
            state.left_out.set(Vec::new());
            state.message.set(Some(Ok(ui().my_data.undone.into())));
        }
    };
    view! {
        <div aria-live="polite">
            {move || state.message.get().map(|m| match m {
                Ok(news) => view! {
                    <p class="import-news">{news}
                        {state.undo.get().is_some().then(|| view! { " " <button type="button" on:click=undo>{ui().my_data.undo_import}</button> })}
                    </p>
                    {state.undo.get().is_some().then(|| view! {
                        <ul class="import-arrived">
                            {state.arrived.get().into_iter().map(|(label, href)| view! { <li><a href=href>{label}</a></li> }).collect_view()}
                        </ul>
                    })}
                    {move || (state.undo.get().is_some() && !state.left_out.with(Vec::is_empty)).then(|| view! {
                        <p>{ui().my_data.left_out_heading}</p>
                        <ul class="import-left-out">
                            {state.left_out.get().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                        </ul>
                    })}
                }.into_any(),
                Err(problem) => view! { <p class="import-error" role="alert">{problem}</p> }.into_any(),
            })}
        </div>
    }
}
