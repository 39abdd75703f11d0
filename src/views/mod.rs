//! Thin Leptos components over the model: they lay content out and link it;
//! the content, its logic and its checks live in `crate::model`.
//!
//! The folders in their dependency order; each uses only those before it
//! (`tests/tidy.rs` checks):
//! - [`context`]: what every view may read ([`context::use_app`]);
//! - [`common`]: pieces several views draw (headings, citations, cards, track
//!   links, the import state);
//! - [`tours`], [`timeline`], [`tracks`], [`quiz`], [`case_maps`]: the tours
//!   and presenting (in the start module), and four views' wasm parts;
//! - [`reading`], [`your_data`]: two more parts, which reuse the tracks',
//!   the timeline's and the tours' pieces;
//! - [`shell`]: the start module's frame, the start page, and the loading of
//!   every part; only `lib.rs` uses it.
//!
//! Each folder but `context`, `common`, `tours` and `shell` is exactly one
//! wasm part (`shell::parts`): a folder is a feature and a download.

pub mod case_maps;
pub mod common;
pub mod concepts;
pub mod context;
pub mod quiz;
pub mod reading;
pub mod shell;
pub mod timeline;
pub mod tours;
pub mod tracks;
pub mod your_data;
