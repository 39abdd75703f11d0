//! The wasm part "your_data": the reader's own data page, share links
//! (making and opening them), the event form, and confirming an import.

pub mod event_form;
pub mod import;
pub mod my_data;
pub mod share;
