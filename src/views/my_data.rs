//! "Your data": what the guide keeps for the reader, and moving it in and out
//! as files. Also the notice, on every view, when saving is not possible.
//!
//! An import never changes anything before the reader has seen what it would
//! change and confirmed; the data before it is kept so one "Undo import" puts
//! it back. Errors name the place and the reason. Everything from a file is
//! shown as text, never as HTML.

use super::app::use_app;
use super::event_form::EventForm;
use super::layout::{PageHeading, ReloadButton, Section};
use super::share::SharePanel;
use super::tour::use_tours;
use crate::browser::download::{describe, save_text, today};
use crate::browser::storage::{download_unreadable, StorageProblem, UserStore, BACKUP_KEY};
use crate::model::import;
use crate::model::route::{Page, Route};
use crate::model::ui_text::{fill, ui};
use crate::model::user_data::{ImportMode, Theme, UserData, MAX_DOCUMENT_BYTES};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A file read and checked, waiting for the reader's confirmation.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingImport {
    pub file_name: String,
    pub data: UserData,
    /// What the file held that the guide does not use (TimelineJS3 media, say).
    pub left_out: Vec<String>,
}

/// The state of importing, shared by the page and the drop target.
#[derive(Clone, Copy)]
pub struct ImportState {
    pub pending: RwSignal<Option<PendingImport>>,
    /// The outcome of the last attempt: `Ok` for news, `Err` for a problem.
    pub message: RwSignal<Option<Result<String, String>>>,
    /// The data as it was before the last import.
    pub undo: RwSignal<Option<UserData>>,
    /// The guide's content: the readers of other tools' files name its tracks.
    pub content: &'static crate::model::content::Dataset,
    /// What the last import brought, each with the address that opens it.
    pub arrived: RwSignal<Vec<(String, String)>>,
}

impl ImportState {
    pub fn provide(content: &'static crate::model::content::Dataset) -> ImportState {
        let state = ImportState {
            pending: RwSignal::new(None),
            message: RwSignal::new(None),
            undo: RwSignal::new(None),
            content,
            arrived: RwSignal::new(Vec::new()),
        };
        provide_context(state);
        state
    }
}

fn use_import() -> ImportState {
    expect_context::<ImportState>()
}

/// Reads a chosen or dropped file, checks it and asks for confirmation.
pub fn read_file(file: web_sys::File, state: ImportState) {
    let name = file.name();
    state.pending.set(None);
    if file.size() > MAX_DOCUMENT_BYTES as f64 {
        let size = file.size() as u64;
        state.message.set(Some(Err(fill(
            ui().notices.file_too_big,
            &[("name", &name), ("size", &size), ("limit", &MAX_DOCUMENT_BYTES)],
        ))));
        return;
    }
    leptos::task::spawn_local(async move {
        let text = match wasm_bindgen_futures::JsFuture::from(file.text()).await {
            Ok(text) => text.as_string().unwrap_or_default(),
            Err(e) => {
                let reason = describe(&e);
                state.message.set(Some(Err(fill(ui().notices.read_failed, &[("name", &name), ("reason", &reason)]))));
                return;
            }
        };
        let read = import::read_file(&text, &name, state.content);
        match read {
            Ok((data, left_out)) => {
                state.message.set(None);
                state.pending.set(Some(PendingImport { file_name: name, data, left_out }));
            }
            Err(e) => {
                state.message.set(Some(Err(fill(ui().notices.cannot_import, &[("name", &name), ("reason", &e)]))))
            }
        }
    });
}

crate::browser::split::split_fn!(
    /// The file reader, with the JSON and TimelineJS3 readers it needs: only
    /// loaded once a file is dropped (the page's own input is in its part).
    fn file_reader() -> fn(web_sys::File, ImportState) as your_data = read_file
);

/// Dropping a file anywhere on the page imports it (after confirmation, on
/// "Your data").
pub fn accept_dropped_files(state: ImportState) {
    let route = use_app().route;
    let _ = window_event_listener(leptos::ev::dragover, |ev| ev.prevent_default());
    let _ = window_event_listener(leptos::ev::drop, move |ev| {
        let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) else { return };
        ev.prevent_default();
        leptos::task::spawn_local(async move {
            match file_reader().await {
                Ok(read) => read(file, state),
                Err(e) => state.message.set(Some(Err(fill(ui().notices.reader_not_loaded, &[("reason", &e)])))),
            }
        });
        if route.with_untracked(|r| r.page != Page::MyData) {
            crate::browser::hash_route::navigate(&Route::page(Page::MyData), false);
        }
    });
}

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

/// Downloads `data` as `multitrack-<what>-<date>.json`.
pub fn export(data: &UserData, what: &str) -> Result<(), String> {
    let name = format!("multitrack-{what}-{}.json", today());
    save_text(&data.to_json(), "application/json", &name).map_err(|e| describe(&e))
}

/// The two files TimelineJS3 reads.
#[derive(Clone, Copy)]
pub enum Format {
    Json,
    Csv,
}

/// A timeline of the reader's (`Some(id)`) or the guide's history (`None`)
/// as TimelineJS3 reads it; says what happened.
fn export_for_timelinejs(
    user: UserStore,
    id: Option<&str>,
    format: Format,
    content: &'static crate::model::content::Dataset,
) -> String {
    use crate::model::timeline_export::{to_sheet, to_timelinejs};
    let (title, description, events, eras) = match id {
        None => (content.title.clone(), String::new(), content.events.clone(), content.eras.clone()),
        Some(id) => match user.data.with_untracked(|d| {
            d.timeline(id).map(|t| (t.title.clone(), t.description.clone(), t.to_events(), t.to_eras()))
        }) {
            Some(found) => found,
            None => return ui().my_data.timeline_gone.into(),
        },
    };
    let refs: Vec<&crate::model::content::Event> = events.iter().collect();
    let stem = format!("multitrack-{}-timelinejs-{}", id.unwrap_or("history"), today());
    let saved = match format {
        Format::Json => {
            save_text(&to_timelinejs(&title, &description, &refs, &eras), "application/json", &format!("{stem}.json"))
        }
        Format::Csv => save_text(&to_sheet(&title, &description, &refs, &eras), "text/csv", &format!("{stem}.csv")),
    };
    match saved {
        Ok(()) => fill(ui().my_data.exported_for_timelinejs, &[("title", &title)]),
        Err(e) => fill(ui().my_data.export_failed, &[("reason", &describe(&e))]),
    }
}

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
        state.message.set(Some(Ok(ui().my_data.imported.into())));
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
                }.into_any(),
                Err(problem) => view! { <p class="import-error" role="alert">{problem}</p> }.into_any(),
            })}
        </div>
    }
}

#[component]
pub fn MyDataPage() -> impl IntoView {
    let app = use_app();
    let user = app.user;
    let content = app.content();
    let state = use_import();
    let t = &ui().my_data;
    let export_status = RwSignal::new(String::new());
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            read_file(file, state);
        }
        // The same file chosen again is a new import.
        input.set_value("");
    };
    let export_all = move |_| {
        let result = user.data.with_untracked(|d| export(d, "data"));
        export_status.set(result.map_or_else(|e| fill(t.export_failed, &[("reason", &e)]), |()| t.exported_all.into()));
    };
    // One part of the data (a timeline, a tour) as its own file.
    // `done` and `gone` say what became of it.
    let export_part = move |choice: &str, stem: &str, done: &str, gone: &str| {
        let result = user.data.with_untracked(|d| d.part(choice).map(|one| export(&one, stem)));
        export_status.set(match result {
            Some(Ok(())) => done.to_string(),
            Some(Err(e)) => fill(t.export_failed, &[("reason", &e)]),
            None => gone.to_string(),
        });
    };
    let notes = move || {
        user.data.with(|d| {
            d.notes
                .written()
                .map(|(key, text)| {
                    let subject = describe_subject(content, key);
                    view! { <li><strong>{subject.0}</strong> {t.note_separator} {text.to_string()} " " <a href=subject.1>{t.open}</a></li> }
                })
                .collect_view()
        })
    };
    let timelines = move || {
        user.data.with(|d| {
            d.timelines
                .iter()
                .map(|timeline| {
                    let id = timeline.id.clone();
                    let href = Route::page(Page::Timeline).with_param("mine", &timeline.id).to_hash();
                    let export_one =
                        move |_| export_part(&id, &format!("timeline-{id}"), t.exported_timeline, t.timeline_gone);
                    let (json_id, csv_id) = (timeline.id.clone(), timeline.id.clone());
                    let with_history = timeline.with_history;
                    let remove_id = timeline.id.clone();
                    let remove_title = timeline.title.clone();
                    let remove = move |_| {
                        let sure = window()
                            .confirm_with_message(&fill(t.confirm_delete_timeline, &[("title", &remove_title)]))
                            .unwrap_or(false);
                        if sure {
                            user.update(|d| {
                                d.remove_timeline(&remove_id);
                            });
                        }
                    };
                    let toggle_id = timeline.id.clone();
                    let toggle = move |ev| {
                        let on = event_target_checked(&ev);
                        let now = js_sys::Date::now() as u64;
                        user.update(|d| {
                            if let Some(mine) = d.timelines.iter_mut().find(|m| m.id == toggle_id) {
                                mine.with_history = on;
                                mine.updated = now;
                            }
                        });
                    };
                    let title: &[(&str, &dyn std::fmt::Display)] = &[("title", &timeline.title)];
                    view! {
                        <li>
                            <a href=href>{timeline.title.clone()}</a>
                            {t.events_count.count(timeline.events.len())}
                            " " <button type="button" on:click=export_one>{fill(t.export_title, title)}</button>
                            " " <button type="button" on:click=move |_| export_status.set(export_for_timelinejs(user, Some(&json_id), Format::Json, content))>{fill(t.title_for_timelinejs, title)}</button>
                            " " <button type="button" on:click=move |_| export_status.set(export_for_timelinejs(user, Some(&csv_id), Format::Csv, content))>{fill(t.title_for_sheet, title)}</button>
                            " " <label class="check"><input type="checkbox" prop:checked=with_history on:change=toggle/>{fill(t.show_in_history, title)}</label>
                            " " <button type="button" on:click=remove>{fill(t.delete_title, title)}</button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let tours = use_tours();
    let own_tours = move || {
        user.data.with(|d| {
            d.tours
                .iter()
                .map(|tour| {
                    let (id, start_id, remove_id, title) =
                        (tour.id.clone(), tour.id.clone(), tour.id.clone(), tour.title.clone());
                    let remove = move |_| {
                        let question = fill(t.confirm_delete_tour, &[("title", &title)]);
                        if window().confirm_with_message(&question).unwrap_or(false) {
                            user.update(|d| {
                                d.remove_tour(&remove_id);
                            });
                        }
                    };
                    let title: &[(&str, &dyn std::fmt::Display)] = &[("title", &tour.title)];
                    view! {
                        <li>
                            <strong>{tour.title.clone()}</strong>
                            {t.steps_count.count(tour.steps.len())}
                            " " <button type="button" on:click=move |_| tours.start(&start_id, 0)>{fill(t.start_title, title)}</button>
                            " " <button type="button" on:click=move |_| export_part(&format!("tour:{id}"), &format!("tour-{id}"), t.exported_tour, t.tour_gone)>{fill(t.export_title, title)}</button>
                            " " <button type="button" on:click=remove>{fill(t.delete_title, title)}</button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <PageHeading page=Page::MyData/>
        <p class="lead">{t.lead}</p>
        <Section id="data-move" title=t.section_move>
            <div class="actions">
                <button type="button" on:click=export_all>{t.export}</button>
                <label class="file-button">
                    {t.import}
                    <input type="file" accept=".json,.csv,application/json,text/csv" on:change=on_file/>
                </label>
                <p class="filter-count" role="status">{move || export_status.get()}</p>
            </div>
            <p class="hint">{fill(t.import_hint, &[("mb", &(MAX_DOCUMENT_BYTES / 1_000_000))])}</p>
            <ImportMessages/>
            {move || state.pending.get().map(|pending| view! { <ImportPreview pending user state/> })}
        </Section>
        <Section id="data-share" title=t.section_share>
            <p>{t.share_explained}</p>
            <SharePanel/>
        </Section>
        <Section id="data-display" title=t.section_display>
            <DisplaySettings/>
        </Section>
        <Section id="data-notes" title=t.section_notes>
            <ul class="my-notes">{notes}</ul>
            <p class="hint" hidden=move || user.data.with(|d| !d.notes.is_empty())>{t.no_notes}</p>
        </Section>
        <Section id="data-timelines" title=t.section_timelines>
            <ul class="my-timelines">{timelines}</ul>
            <p class="hint" hidden=move || user.data.with(|d| !d.timelines.is_empty())>{t.no_timelines}</p>
            <p>
                {t.history_for_publish}
                <button type="button" on:click=move |_| export_status.set(export_for_timelinejs(user, None, Format::Json, content))>{t.history_json}</button>
                " "
                <button type="button" on:click=move |_| export_status.set(export_for_timelinejs(user, None, Format::Csv, content))>{t.history_csv}</button>
            </p>
            <h3>{t.add_event}</h3>
            <EventForm/>
        </Section>
        <Section id="data-tours" title=t.section_tours>
            <ul class="my-timelines">{own_tours}</ul>
            <p class="hint" hidden=move || user.data.with(|d| !d.tours.is_empty())>{t.no_tours}</p>
        </Section>
    }
}

/// Colour scheme and motion, saved with the rest of the reader's data.
#[component]
fn DisplaySettings() -> impl IntoView {
    let user = use_app().user;
    let t = &ui().my_data;
    let theme = move || user.data.with(|d| d.settings.theme);
    let reduce = move || user.data.with(|d| d.settings.reduced_motion == Some(true));
    let set_theme = move |ev| {
        let theme = match event_target_value(&ev).as_str() {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        };
        user.update(|d| d.settings.theme = theme);
    };
    let set_motion = move |ev| {
        let reduce = event_target_value(&ev) == "reduce";
        user.update(|d| d.settings.reduced_motion = reduce.then_some(true));
    };
    view! {
        <div class="actions">
            <label for="setting-theme">{t.colours}</label>
            <select id="setting-theme" on:change=set_theme>
                <option value="system" selected=move || theme() == Theme::System>{t.follow_device}</option>
                <option value="light" selected=move || theme() == Theme::Light>{t.light}</option>
                <option value="dark" selected=move || theme() == Theme::Dark>{t.dark}</option>
            </select>
            <label for="setting-motion">{t.motion}</label>
            <select id="setting-motion" on:change=set_motion>
                <option value="system" selected=move || !reduce()>{t.follow_device}</option>
                <option value="reduce" selected=reduce>{t.reduce_motion}</option>
            </select>
        </div>
    }
}

/// A note's subject as a name and a link.
fn describe_subject(content: &'static crate::model::content::Dataset, key: &str) -> (String, String) {
    use crate::model::notes::NoteKey;
    let t = &ui().my_data;
    match NoteKey::parse(key) {
        Some(NoteKey::Track(n)) => (content.track_label(n), Route::item(Page::Tracks, n.to_string()).to_hash()),
        Some(NoteKey::Event(id)) => (
            content.event(&id).map_or_else(|| id.clone(), |e| format!("{} {}", e.date_label(), e.title)),
            Route::item(Page::Timeline, &id).to_hash(),
        ),
        Some(NoteKey::Principle(id)) => (
            content.principle(&id).map_or_else(|| id.clone(), |p| fill(t.principle_subject, &[("name", &p.name)])),
            Route::item(Page::Principles, &id).to_hash(),
        ),
        None => (key.to_string(), Route::page(Page::MyData).to_hash()),
    }
}
