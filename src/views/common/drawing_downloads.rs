//! "Download SVG" and "Download PNG" beside a drawing (the nine-track
//! circle, the timeline chart, a case map): the drawing as shown, on a sheet
//! with its title and a source line, for slides and handouts.
//!
//! Why a part: reading the drawing's look, building the sheet and drawing
//! the PNG are needed only once a button is pressed, and the timeline's
//! first load has almost no room left; so that code travels in the
//! "drawing export" part, fetched on the first press, and the buttons cost
//! the views a few hundred bytes.

use crate::browser::split::split_fn;
use crate::model::content::Dataset;
use crate::model::formats::drawing::Figure;
use crate::model::i18n::ui_text::{fill, ui};
use crate::views::context::use_app;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// What the part hands back: makes the file and says what became of it.
struct Exporter {
    export: fn(Figure, &'static Dataset, bool, Box<dyn FnOnce(String)>),
}

split_fn!(
    fn exporter() -> Exporter as drawing_export = Exporter { export: crate::browser::diagram_export::export }
);

/// What the buttons show, written straight into their own group: no
/// signals, so the buttons add almost no code to the views (each new
/// reactive type costs kilobytes of generic code, and the timeline's first
/// load has almost no room left).
fn say(group: &Element, status: &str, failed: Option<&str>) {
    if let Ok(Some(line)) = group.query_selector("[role=status]") {
        line.set_text_content(Some(status));
    }
    // An alert only while there is one: a hidden element with the role
    // would still be found by whatever looks for alerts on the page.
    if let Ok(Some(alert)) = group.query_selector(".drawing-failed") {
        if let Ok(Some(why)) = alert.query_selector("span") {
            why.set_text_content(failed);
        }
        let _ = match failed {
            Some(_) => alert.set_attribute("role", "alert"),
            None => alert.remove_attribute("role"),
        };
        let _ = alert.toggle_attribute_with_force("hidden", failed.is_none());
    }
}

/// Loads the part (once a visit) and makes the file; `group` is the
/// buttons' own, where what becomes of it is said.
fn start(group: Element, figure: Figure, png: bool, content: &'static Dataset) {
    let _ = group.set_attribute("data-png", if png { "1" } else { "" });
    say(&group, ui().reading.drawing_preparing, None);
    leptos::task::spawn_local(async move {
        match exporter().await {
            Ok(exporter) => (exporter.export)(figure, content, png, Box::new(move |said| say(&group, &said, None))),
            Err(e) => say(&group, "", Some(&fill(ui().reading.drawing_exporter_failed, &[("reason", &e)]))),
        }
    });
}

/// The group round the button an event came from.
fn group_of(ev: &leptos::ev::MouseEvent) -> Option<Element> {
    ev.target()?.dyn_into::<Element>().ok()?.closest(".diagram-downloads").ok()?
}

/// The buttons for `figure`, a status line, and, should the part not load,
/// why, with "Try again" (which asks for the same file again).
#[component]
pub fn DrawingDownloads(figure: Figure) -> impl IntoView {
    let (app, r) = (use_app(), &ui().reading);
    let ask = move |ev: leptos::ev::MouseEvent, png: Option<bool>| {
        if let Some(group) = group_of(&ev) {
            let png = png.unwrap_or_else(|| group.get_attribute("data-png").as_deref() == Some("1"));
            start(group, figure, png, app.content());
        }
    };
    view! {
        <div class="diagram-downloads">
            <button type="button" on:click=move |ev| ask(ev, Some(false))>{r.download_svg}</button>
            <button type="button" on:click=move |ev| ask(ev, Some(true))>{r.download_png}</button>
            <p class="drawing-status" role="status"></p>
            <p class="import-error drawing-failed" hidden>
                <span></span>" "
                <button type="button" on:click=move |ev| ask(ev, None)>{ui().app.try_again}</button>
            </p>
        </div>
    }
}
