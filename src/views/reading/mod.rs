//! The wasm part "reading": the references, "Read it all", the printable
//! handout and the speaker-notes window.
//!
//! "Read it all" draws the other views' bodies on one page, so this folder
//! uses `tracks` and `common`'s event cards.

pub mod handout;
pub mod read_all;
pub mod references;
pub mod speaker_notes;
