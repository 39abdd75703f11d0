//! The data and logic of the guide, free of any UI framework so it is tested natively.

pub mod builtin;
pub mod case_layout;
pub mod case_map;
pub mod content;
pub mod date;
pub mod diagram;
pub mod event_list;
pub mod ids;
pub mod import;
pub mod json_path;
pub mod kumu;
pub mod notes;
pub mod presentation;
pub mod quiz;
pub mod route;
pub mod search;
pub mod share;
pub mod synthetic;
pub mod timeline;
pub mod timeline_export;
pub mod timeline_sheet;
pub mod timelinejs;
pub mod tour;
pub mod track_names;
pub mod user_data;
