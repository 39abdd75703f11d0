//! Tours and presenting: the tour menu, the step panel and its editor, and
//! "Present" for the projector.
//!
//! The tours' state and buttons are in the start module (a tour can start
//! on any view), below the parts that use it: "Your data" lists the reader's
//! tours, the speaker notes follow one. The menu, the step panel and the
//! editor are the classroom part (`classroom`, `tour_views`).

pub mod classroom;
pub mod presentation;
pub mod tour;
pub mod tour_editor;
pub mod tour_views;
