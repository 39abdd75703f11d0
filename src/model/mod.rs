//! The data and logic of the guide, free of any UI framework so it is tested
//! natively. Nothing here names `leptos`, `web_sys`, `crate::browser` or
//! `crate::views` (`tests/tidy.rs` checks).
//!
//! The folders in their dependency order; each uses only those before it:
//! - [`base`]: dates, languages, routes, ids, search, templates: leaves;
//! - [`content`]: the guide's dataset and its checks, the schema `build.rs`
//!   compiles to encode the content;
//! - [`builtin`]: that dataset as embedded in the app;
//! - [`i18n`]: the interface wording in the page's language;
//! - [`geometry`]: what the views draw, computed without a DOM;
//! - [`user`]: the reader's own document;
//! - [`formats`]: everything that crosses the app's edge as text;
//! - [`class`]: the teacher's class board, over assignments and hand-ins.

pub mod base;
pub mod builtin;
pub mod class;
pub mod content;
pub mod formats;
pub mod geometry;
pub mod i18n;
pub mod user;
