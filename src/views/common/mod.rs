//! Pieces several views draw: page headings and cards, citations and
//! quotations, notes fields, the model diagram and the track wheel, event
//! cards, track links, the import state, the storage notice and the
//! drawings' download buttons.
//!
//! They use only `context`; the code one part alone needs stays in its
//! folder, so that it travels in that part.

pub mod cite;
pub mod drawing_downloads;
pub mod event_card;
pub mod import;
pub mod layout;
pub mod model_diagram;
pub mod notes_field;
pub mod storage_notice;
pub mod track_links;
pub mod track_wheel;
