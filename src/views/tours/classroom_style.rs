//! The stylesheet of the classroom tools (the tour menu, the step panel and
//! its spotlight, presenting and its slides), fetched in a part of its own the
//! first time one of them is used.
//!
//! Why: every first load carries `style/main.css`, and most readers never
//! open a tour or present; the rules for them (about 1.3 KB brotli) would
//! cost every start page and deep link. If the part cannot load, the tools
//! still work, unstyled.

use crate::browser::split::split_fn;
use crate::browser::view_style::adopt_view_style;

fn adopt() {
    adopt_view_style!("classroom");
}

split_fn!(fn classroom_style() -> fn() as classroom = adopt as fn());

/// Fetches and adopts the stylesheet (once, whatever the number of calls).
pub fn load_classroom_style() {
    leptos::task::spawn_local(async {
        if let Ok(adopt) = classroom_style().await {
            adopt();
        }
    });
}
