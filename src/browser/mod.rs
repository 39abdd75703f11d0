//! The thin layer between the app and the browser: URL, focus, document title.

pub mod hash_route;
pub mod page_focus;
