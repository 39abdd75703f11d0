//! Thin Leptos components over the model: they lay content out and link it;
//! the content, its logic and its checks live in `crate::model`.

pub mod app;
pub mod case_canvas;
pub mod cases;
pub mod cite;
pub mod concepts;
pub mod deferred;
pub mod event_form;
pub mod handout;
pub mod home;
pub mod language_parts;
pub mod language_picker;
pub mod layout;
pub mod methods;
pub mod model_diagram;
pub mod my_data;
pub mod notes_field;
pub mod parts;
pub mod presentation;
pub mod principles;
pub mod quiz;
pub mod read_all;
pub mod references;
pub mod relations;
pub mod share;
pub mod start_failed;
pub mod timeline;
pub mod timeline_chart;
pub mod timeline_filters;
pub mod tour;
pub mod tour_editor;
pub mod tracks;
pub mod triad_figure;
pub mod update_notice;

pub use app::{App, AppContext};
