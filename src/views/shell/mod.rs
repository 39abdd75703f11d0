//! The start module's frame: the header and navigation, the start page, the
//! language menu, the notices, and the loading of every other view's wasm
//! part (`parts`) and of each language's part (`language_parts`).
//!
//! Only `lib.rs` uses this folder; it uses every other one.

pub mod app;
pub mod deferred;
pub mod home;
pub mod language_parts;
pub mod language_picker;
pub mod parts;
pub mod start;
pub mod start_failed;
pub mod update_notice;
