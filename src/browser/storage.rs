//! Keeps the user's data in localStorage, and tells the truth when it cannot.
//!
//! Browser-only tools lose work in storage all the time. So: what cannot be
//! read is kept under a backup key (and offered as a download) before anything
//! new is written; a full or disabled storage leaves the data in memory and
//! says so; and two tabs never overwrite each other's newer edits, because a
//! save first merges whatever another tab saved since (note by note, timeline
//! by timeline, the newer edit winning), and a tab adopts another's saves as
//! they arrive through the `storage` event.

use crate::model::user_data::UserData;
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
}

fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn read_stored(storage: &web_sys::Storage) -> Result<Option<String>, StorageProblem> {
    storage.get_item(KEY).map_err(|_| StorageProblem::Unavailable)
}

/// The stored data, or a fresh document and the reason there is none.
fn load() -> (UserData, Option<StorageProblem>) {
    let Some(storage) = local_storage() else { return (UserData::default(), Some(StorageProblem::Unavailable)) };
    match read_stored(&storage) {
        Err(problem) => (UserData::default(), Some(problem)),
        Ok(None) => (UserData::default(), None),
        Ok(Some(text)) => match UserData::from_json(&text) {
            Ok(data) => (data, None),
            Err(e) => {
                let backed_up = storage.set_item(BACKUP_KEY, &text).is_ok();
                let problem = StorageProblem::Unreadable { reason: e.to_string(), text, backed_up };
                (UserData::default(), Some(problem))
            }
        },
    }
}

fn write(data: &UserData) -> Result<(), StorageProblem> {
    let storage = local_storage().ok_or(StorageProblem::Unavailable)?;
    let text = data.to_json();
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
    /// What was last written (or read), so only real changes are saved and a
    /// copy adopted from another tab is not written back.
    written: StoredValue<UserData>,
    pending: StoredValue<Option<TimeoutHandle>>,
}

impl UserStore {
    /// Loads the stored data and keeps it saved from now on.
    pub fn start() -> UserStore {
        let (data, problem) = load();
        // An unreadable copy that could not be backed up must not be overwritten.
        let keep_original = matches!(problem, Some(StorageProblem::Unreadable { backed_up: false, .. }));
        let store = UserStore {
            data: RwSignal::new(data.clone()),
            problem: RwSignal::new(problem),
            written: StoredValue::new(data),
            pending: StoredValue::new(None),
        };
        Effect::new(move |_| {
            let changed = store.data.with(|d| store.written.with_value(|w| d != w));
            if changed && !keep_original {
                store.schedule_save();
            }
        });
        let _ = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() == Some(KEY) {
                store.adopt(ev.new_value().as_deref());
            }
        });
        store
    }

    fn schedule_save(self) {
        if let Some(handle) = self.pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || self.save_now(), SAVE_DELAY).ok();
        self.pending.set_value(handle);
    }

    /// Writes the data, first merging anything another tab saved meanwhile.
    pub fn save_now(self) {
        self.pending.set_value(None);
        let mut data = self.data.get_untracked();
        let base = self.written.with_value(|w| w.revision);
        let stored =
            local_storage().and_then(|s| read_stored(&s).ok().flatten()).and_then(|t| UserData::from_json(&t).ok());
        if let Some(theirs) = stored.filter(|s| s.revision > base) {
            data = data.merge(&theirs);
            data.revision = data.revision.max(theirs.revision);
        }
        data.revision += 1;
        match write(&data) {
            Ok(()) => {
                self.written.set_value(data.clone());
                self.data.set(data);
                if matches!(self.problem.get_untracked(), Some(StorageProblem::Full | StorageProblem::Unavailable)) {
                    self.problem.set(None);
                }
            }
            Err(problem) => self.problem.set(Some(problem)),
        }
    }

    /// Takes in what another tab saved: merged with any edit not yet saved here.
    fn adopt(self, text: Option<&str>) {
        let Some(theirs) = text.and_then(|t| UserData::from_json(t).ok()) else { return };
        if theirs.revision <= self.written.with_value(|w| w.revision) {
            return;
        }
        let unsaved = self.pending.with_value(Option::is_some);
        if unsaved {
            // Our edit is still to be saved: its save merges with theirs.
            return;
        }
        self.written.set_value(theirs.clone());
        self.data.set(theirs);
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
