//! Bringing a file in: the state an import shares between the page it is
//! confirmed on and the drop target on every view, and reading the file.
//!
//! An import never changes anything before the reader has seen what it would
//! change and confirmed (`your_data::import`). The file reader and the readers
//! of other tools' files arrive in the "your data" part, only once a file is
//! dropped.

use crate::browser::download::describe;
use crate::model::base::route::{Page, Route};
use crate::model::formats::import;
use crate::model::i18n::ui_text::{fill, ui};
use crate::model::user::{UserData, MAX_DOCUMENT_BYTES};
use crate::views::context::use_app;
use leptos::prelude::*;

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
    /// What the last import's file held that was left out or read
    /// differently, still said once the reader has confirmed.
    pub left_out: RwSignal<Vec<String>>,
}

impl ImportState {
    pub fn provide(content: &'static crate::model::content::Dataset) -> ImportState {
        let state = ImportState {
            pending: RwSignal::new(None),
            message: RwSignal::new(None),
            undo: RwSignal::new(None),
            content,
            arrived: RwSignal::new(Vec::new()),
            left_out: RwSignal::new(Vec::new()),
        };
        provide_context(state);
        state
    }
}

pub fn use_import() -> ImportState {
    expect_context::<ImportState>()
}

/// Reads a chosen or dropped file, checks it and asks for confirmation.
fn read_file(file: web_sys::File, state: ImportState) {
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
    /// The file reader, with the readers of this guide's and other tools'
    /// files: a part of its own, fetched once a file is chosen or dropped,
    /// so that a link straight to "Your data" or to shared data does not
    /// carry them (21 KB brotli).
    fn file_reader() -> fn(web_sys::File, ImportState) as file_reader = read_file
);

/// Reads a chosen or dropped file once the readers have arrived, and asks
/// for confirmation.
pub fn import_file(file: web_sys::File, state: ImportState) {
    leptos::task::spawn_local(async move {
        match file_reader().await {
            Ok(read) => read(file, state),
            Err(e) => state.message.set(Some(Err(fill(ui().notices.reader_not_loaded, &[("reason", &e)])))),
        }
    });
}

/// Imports a file chosen or dropped on any view: read, then confirmed on
/// "Your data", where the preview and "Undo import" are.
pub fn import_and_confirm(file: web_sys::File, state: ImportState, route: Signal<Route>) {
    import_file(file, state);
    if route.with_untracked(|r| r.page != Page::MyData) {
        crate::browser::hash_route::navigate(&Route::page(Page::MyData), false);
    }
}

/// Dropping a file anywhere on the page imports it (after confirmation, on
/// "Your data").
pub fn accept_dropped_files(state: ImportState) {
    let route = use_app().route;
    let _ = window_event_listener(leptos::ev::dragover, |ev| ev.prevent_default());
    let _ = window_event_listener(leptos::ev::drop, move |ev| {
        let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) else { return };
        ev.prevent_default();
        import_and_confirm(file, state, route);
    });
}
