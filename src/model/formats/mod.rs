//! Everything that crosses the app's edge as text, one module per format
//! (as jiff's `fmt/`): TimelineJS3's JSON and sheet, Kumu's blueprint, share
//! links, the class's assignments and hand-ins, the presenting windows'
//! messages and drawings saved as files. Every kind of link packs its
//! payload the same way (`packed`).
//!
//! [`import`] is the one entry point for a file a reader brings: it
//! recognises the format and hands it to its reader. The reader's own
//! document format is `model::user`.

pub mod assignment;
pub mod class_link;
pub mod drawing;
pub mod hand_in;
pub mod import;
pub mod kumu;
pub mod month_names;
pub mod packed;
pub mod presentation;
pub mod qr;
pub mod share;
pub mod timeline_export;
pub mod timeline_sheet;
pub mod timelinejs;
pub mod track_names;
