//! Tours and presenting: the tour menu, the step panel and its editor, and
//! "Present" for the projector.
//!
//! In the start module (a tour can start on any view), below the parts that
//! use it: "Your data" lists the reader's tours, the speaker notes follow one.

pub mod classroom;
pub mod presentation;
pub mod tour;
pub mod tour_editor;
pub mod tour_views;
