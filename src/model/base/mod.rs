//! Foundations every other part of the model builds on: historical dates,
//! languages, routes, ids, search, placeholder templates, JSON paths and
//! colour science.
//!
//! Each is a leaf (only `date` uses `template`), so `build.rs` can compile
//! this folder as it is.

pub mod colour;
pub mod date;
pub mod ids;
pub mod json_path;
pub mod lang;
pub mod route;
pub mod search;
pub mod template;
