//! The thin layer between the app and the browser: URL, focus, document
//! title, storage, saving drawings as files, parts loaded on first use, and new
//! versions found by the service worker.

pub mod app_update;
pub mod diagram_export;
pub mod display_settings;
pub mod download;
pub mod fetch_text;
pub mod hash_route;
pub mod language;
pub mod page_focus;
pub mod performance_marks;
pub mod presentation;
pub mod reading_position;
pub mod share_dictionary;
pub mod split;
pub mod spotlight;
pub mod step_keys;
pub mod storage;
pub mod view_style;
