//! multitrack: an interactive, browser-only guide to multi-track diplomacy.
//!
//! The layers, each using only those before it (`ARCHITECTURE.md`, checked
//! by `tests/tidy.rs`):
//! - [`model`]: the content dataset, dates and routes, plain Rust tested natively;
//! - [`browser`]: the address, focus, storage and files: the only browser glue;
//! - [`views`]: thin Leptos components over the model; `views::shell` starts
//!   the app.

pub mod browser;
pub mod model;
pub mod views;

pub use views::shell::start::start;
