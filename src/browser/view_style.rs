//! A view's own stylesheet, adopted the first time the view draws.
//!
//! Why: the start page and every deep link download the shared stylesheet
//! (`style/main.css`) before anything shows, so the rules only one view uses
//! (the quiz's tiles, the case map, the chart, the relations) would cost every
//! first load. They live in `style/views/`, travel inside their view's wasm
//! part (`build.rs` strips them), and are adopted as constructed stylesheets,
//! which the page's Content-Security-Policy (`style-src 'self'`) allows as it
//! does the linked one. They come after `main.css` in the cascade.

use std::cell::RefCell;
use wasm_bindgen::JsValue;

thread_local! {
    static ADOPTED: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// Adopts `css` (once per page, whatever the number of calls) under `name`.
pub fn adopt(name: &'static str, css: &'static str) {
    if ADOPTED.with(|a| a.borrow().contains(&name)) {
        return;
    }
    let Ok(sheet) = web_sys::CssStyleSheet::new() else { return };
    if sheet.replace_sync(css).is_err() {
        return;
    }
    let document = leptos::prelude::document();
    let sheets = document.adopted_style_sheets();
    sheets.push(&JsValue::from(sheet));
    document.set_adopted_style_sheets(&sheets);
    ADOPTED.with(|a| a.borrow_mut().push(name));
}

/// `adopt_view_style!("quiz")`: the view's stylesheet `style/views/quiz.css`, as
/// `build.rs` wrote it.
macro_rules! adopt_view_style {
    ($name:literal) => {
        $crate::browser::view_style::adopt($name, include_str!(concat!(env!("OUT_DIR"), "/view-", $name, ".css")))
    };
}
pub(crate) use adopt_view_style;
