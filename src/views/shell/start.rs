//! Starting the app: the reader's language part, then the app mounted in
//! place of the static page that `index.html` carries.

use crate::browser;
use crate::browser::performance_marks::{mark, INTERACTIVE_MARK, PARSE_MEASURE, READY_ATTRIBUTE};
use crate::model;
use crate::views;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Replaces the static loading shell in `#app` with the running app, in
/// the reader's language, once that language's part (its content, and for
/// a translation its wording) has arrived.
pub fn start() {
    use model::base::lang::Lang;
    let lang = browser::language::choose();
    // Not Leptos's spawn_local: its executor is set up by mounting, and
    // this task runs before anything is mounted.
    wasm_bindgen_futures::spawn_local(async move {
        let mut failed = match views::shell::language_parts::load(lang).await {
            Ok(content) => return preload_and_mount(Box::leak(Box::new(content))).await,
            Err(e) => e,
        };
        if lang != Lang::En {
            // The page is still usable in English; it says why.
            leptos::logging::warn!("multitrack: the {} part could not be used: {failed}", lang.code());
            views::shell::language_picker::fell_back_from(lang);
            browser::language::mark_document(Lang::En);
            match views::shell::language_parts::load(Lang::En).await {
                Ok(content) => return preload_and_mount(Box::leak(Box::new(content))).await,
                Err(e) => failed = e,
            }
        }
        views::shell::start_failed::show(&failed.to_string());
    });
}

/// Mounts the app once the view the address names can be drawn whole: a
/// link straight to a view keeps the static page until its part is here.
async fn preload_and_mount(content: &'static model::content::Dataset) {
    let page = browser::hash_route::current_route().page;
    futures::future::join(views::shell::deferred::preload(&page, content), browser::storage::prefetch_codec()).await;
    mount(content);
}

/// Decodes the built-in content, measured for the benchmark.
pub fn timed_decode(bytes: &[u8]) -> Result<model::content::Dataset, postcard::Error> {
    mark("multitrack-parse-start");
    let content = postcard::from_bytes(bytes);
    if let Some(performance) = window().performance() {
        let _ = performance.measure_with_start_mark(PARSE_MEASURE, "multitrack-parse-start");
    }
    content
}

fn mount(content: &'static model::content::Dataset) {
    let Some(root) = document().get_element_by_id("app").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else {
        leptos::logging::error!("multitrack: no #app element to mount into");
        return;
    };
    root.set_inner_html("");
    let route = browser::hash_route::use_hash_route();
    leptos::mount::mount_to(root, move || view! { <views::shell::app::App content route/> }).forget();
    // The static page's styles for "before the app runs" stop applying, and
    // tests and the prerender know the app is live (the static start view has
    // the same navigation).
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute(READY_ATTRIBUTE, "");
    }
    mark(INTERACTIVE_MARK);
}
