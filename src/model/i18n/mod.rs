//! Wording in the page's language: the interface catalogues, the words the
//! model's messages are made of, JSON errors and the case maps' sentences.
//!
//! `catalogue` is also compiled by `build.rs`, so it uses only `base`.

pub mod case_text;
#[cfg(not(target_arch = "wasm32"))]
pub mod catalogue;
pub mod json_errors;
pub mod ui_text;
