//! Keeps the user's data in localStorage, and tells the truth when it cannot.
//!
//! Browser-only tools lose work in storage all the time. So: what cannot be
//! read is kept under a backup key (and offered as a download) before anything
//! new is written; a full or disabled storage leaves the data in memory and
//! says so; and two tabs never overwrite each other's newer edits, because a
//! save first merges whatever another tab saved since (note by note, timeline
//! by timeline, the newer edit winning), and a tab adopts another's saves as
//! they arrive through the `storage` event.

use crate::model::formats::timeline_export::to_timelinejs;
use crate::model::user::UserData;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

pub const KEY: &str = "multitrack.user-data";
pub const BACKUP_KEY: &str = "multitrack.user-data.unreadable";
/// Typing is saved this long after the last key, not on every key.
const SAVE_DELAY: Duration = Duration::from_millis(300);

/// Why the data is not (or not all) saved.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageProblem {
    /// What was stored could not be read; `text` is kept under [`BACKUP_KEY`].
    Unreadable { reason: String, text: String, backed_up: bool },
    /// The browser's storage for this site is full.
    Full,
    /// Storage is turned off or unavailable (settings, some private modes).
    Unavailable,
    /// The part of the app that reads and writes the stored document did not
    /// load (offline after a new version was published, say); nothing is
    /// saved, so nothing stored is overwritten.
    CodecMissing(String),
}

/// How the stored text becomes the user's document and back.
///
/// Why a part of its own: serde_json and the document's checked reader are
/// about a fifth of the app (40 KB brotli), and a first visit has nothing
/// stored to read. So they load when there is stored data, a first change to
/// save, or a document to export or open (Your data, a shared link); not
/// with the views that offer those, which draw without them.
#[derive(Clone, Copy)]
pub struct Codec {
    pub read: fn(&str) -> Result<UserData, String>,
    pub write: fn(&UserData) -> String,
    /// A timeline as TimelineJS3's JSON (`model::formats::timeline_export`).
    pub timelinejs: fn(&str, &str, &[&crate::model::content::Event], &[crate::model::content::Era]) -> String,
}

fn read_json(text: &str) -> Result<UserData, String> {
    UserData::from_json(text).map_err(|e| e.to_string())
}

fn write_json(data: &UserData) -> String {
    data.to_json()
}

super::split::split_fn!(
    pub fn codec() -> Codec as codec = Codec { read: read_json, write: write_json, timelinejs: to_timelinejs }
);

/// Fetches the codec when there is stored data to read, so that a link
/// straight to a view, which waits for its part before the store starts,
/// does not then wait for the codec as well.
pub async fn prefetch_codec() {
    let stored = local_storage().and_then(|s| read_stored(&s).ok().flatten());
    if stored.is_some() {
        let _ = codec().await;
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn read_stored(storage: &web_sys::Storage) -> Result<Option<String>, StorageProblem> {
    storage.get_item(KEY).map_err(|_| StorageProblem::Unavailable)
}

/// The stored document, read with `codec`; or a fresh one and the reason.
fn read_document(codec: Codec, storage: &web_sys::Storage, text: String) -> (UserData, Option<StorageProblem>) {
    match (codec.read)(&text) {
        Ok(data) => (data, None),
        Err(reason) => {
            let backed_up = storage.set_item(BACKUP_KEY, &text).is_ok();
            (UserData::default(), Some(StorageProblem::Unreadable { reason, text, backed_up }))
        }
    }
}

fn write(codec: Codec, data: &UserData) -> Result<(), StorageProblem> {
    let storage = local_storage().ok_or(StorageProblem::Unavailable)?;
    let text = (codec.write)(data);
    storage.set_item(KEY, &text).map_err(|e| {
        let quota = e.dyn_ref::<web_sys::DomException>().is_some_and(|d| d.name() == "QuotaExceededError");
        if quota {
            StorageProblem::Full
        } else {
            StorageProblem::Unavailable
        }
    })
}

/// The user's data and what is known about saving it; a `Copy` handle for
/// the views (through context).
#[derive(Clone, Copy)]
pub struct UserStore {
    pub data: RwSignal<UserData>,
    pub problem: RwSignal<Option<StorageProblem>>,
    /// Whether what was stored has been read (or there was nothing): until
    /// then nothing is saved, so a stored document is never overwritten by
    /// the empty one the views start with.
    ready: RwSignal<bool>,
    /// Whether reading what was stored has finished, however it went (or
    /// there was nothing to read). A view waits for it (`views::shell::deferred`):
    /// drawn from the empty document the store starts with, a view that reads
    /// the reader's data once (a quiz's saved answers) would show none.
    read: RwSignal<bool>,
    /// What was last written (or read), so only real changes are saved and a
    /// copy adopted from another tab is not written back.
    written: StoredValue<UserData>,
    pending: StoredValue<Option<TimeoutHandle>>,
}

impl UserStore {
    /// Loads the stored data and keeps it saved from now on.
    pub fn start() -> UserStore {
        let storage = local_storage();
        let stored = match &storage {
            None => Err(StorageProblem::Unavailable),
            Some(storage) => read_stored(storage),
        };
        let nothing_to_read = !matches!(stored, Ok(Some(_)));
        let store = UserStore {
            data: RwSignal::new(UserData::default()),
            problem: RwSignal::new(stored.as_ref().err().cloned()),
            ready: RwSignal::new(nothing_to_read),
            read: RwSignal::new(nothing_to_read),
            written: StoredValue::new(UserData::default()),
            pending: StoredValue::new(None),
        };
        if let (Some(storage), Ok(Some(text))) = (storage, stored) {
            leptos::task::spawn_local(async move {
                match codec().await {
                    Ok(codec) => {
                        let (data, problem) = read_document(codec, &storage, text);
                        // An unreadable copy that could not be backed up must not be overwritten.
                        let keep_original =
                            matches!(problem, Some(StorageProblem::Unreadable { backed_up: false, .. }));
                        store.written.set_value(data.clone());
                        store.data.set(data);
                        store.problem.set(problem);
                        store.ready.set(!keep_original);
                    }
                    Err(e) => store.problem.set(Some(StorageProblem::CodecMissing(e.to_string()))),
                }
                store.read.set(true);
            });
        }
        Effect::new(move |_| {
            let changed = store.data.with(|d| store.written.with_value(|w| d != w));
            if changed && store.ready.get() {
                store.schedule_save();
            }
        });
        // A tab closed or reloaded within the save delay must not lose the
        // last edit: save at once when the page goes away.
        let _ = window_event_listener(leptos::ev::pagehide, move |_| {
            if let Some(handle) = store.pending.get_value() {
                handle.clear();
                leptos::task::spawn_local(store.save_now());
            }
        });
        let _ = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() == Some(KEY) {
                store.adopt(ev.new_value());
            }
        });
        store
    }

    /// Whether what was stored has been read (tracked): see `read`.
    pub fn is_read(self) -> bool {
        self.read.get()
    }

    fn schedule_save(self) {
        if let Some(handle) = self.pending.get_value() {
            handle.clear();
        } else {
            // The first edit fetches the codec now, not after the delay, so
            // that a page closed soon after can still be saved (see `pagehide`).
            leptos::task::spawn_local(async {
                let _ = codec().await;
            });
        }
        let handle = set_timeout_with_handle(move || leptos::task::spawn_local(self.save_now()), SAVE_DELAY).ok();
        self.pending.set_value(handle);
    }

    /// Writes the data, first merging anything another tab saved meanwhile.
    pub async fn save_now(self) {
        // The save this call answers; an edit made while the codec loads
        // schedules another, which must stay marked unsaved (see `adopt`).
        let answering = self.pending.get_value();
        let codec = match codec().await {
            Ok(codec) => codec,
            Err(e) => return self.problem.set(Some(StorageProblem::CodecMissing(e.to_string()))),
        };
        if self.pending.get_value() == answering {
            self.pending.set_value(None);
        }
        let mut data = self.data.get_untracked();
        let base = self.written.with_value(|w| w.revision);
        let stored = local_storage().and_then(|s| read_stored(&s).ok().flatten()).and_then(|t| (codec.read)(&t).ok());
        if let Some(theirs) = stored.filter(|s| s.revision > base) {
            data = data.merge(&theirs);
            data.revision = data.revision.max(theirs.revision);
        }
        data.revision += 1;
        match write(codec, &data) {
            Ok(()) => {
                self.written.set_value(data.clone());
                self.data.set(data);
                if matches!(
                    self.problem.get_untracked(),
                    Some(StorageProblem::Full | StorageProblem::Unavailable | StorageProblem::CodecMissing(_))
                ) {
                    self.problem.set(None);
                }
            }
            Err(problem) => self.problem.set(Some(problem)),
        }
    }

    /// Takes in what another tab saved: merged with any edit not yet saved here.
    fn adopt(self, text: Option<String>) {
        let Some(text) = text else { return };
        leptos::task::spawn_local(async move {
            let Ok(codec) = codec().await else { return };
            let Ok(theirs) = (codec.read)(&text) else { return };
            if theirs.revision <= self.written.with_value(|w| w.revision) {
                return;
            }
            let unsaved = self.pending.with_value(Option::is_some);
            if unsaved || !self.ready.get_untracked() {
                // Our edit is still to be saved: its save merges with theirs.
                return;
            }
            self.written.set_value(theirs.clone());
            self.data.set(theirs);
        });
    }

    /// Changes the data; it is saved shortly after.
    pub fn update(self, change: impl FnOnce(&mut UserData)) {
        self.data.update(change);
    }
}

/// The text that could not be read, as a file to keep.
pub fn download_unreadable(text: &str) -> Result<(), wasm_bindgen::JsValue> {
    super::download::save_text(
        text,
        "application/json",
        &format!("multitrack-unreadable-{}.json", super::download::today()),
    )
}
