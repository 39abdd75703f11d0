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

/// What the part hands back: makes the file and says what became of it.
struct Exporter {
    export: fn(Figure, &'static Dataset, bool, Box<dyn FnOnce(String)>),
}

split_fn!(
    fn exporter() -> Exporter as drawing_export = Exporter { export: crate::browser::diagram_export::export }
);

/// The buttons for `figure`, its status line, and, should the part not
/// load, why, with "Try again". Plain values and string signals only: each
/// new type in a signal adds kilobytes of generic code to the views.
#[component]
pub fn DrawingDownloads(figure: Figure) -> impl IntoView {
    let app = use_app();
    let r = &ui().reading;
    let status = RwSignal::new(String::new());
    // Why the part did not load ("" while it has not failed), and which
    // file was asked for, for "Try again".
    let failed = RwSignal::new(String::new());
    let png_asked = RwSignal::new(false);
    let run = move |png: bool| {
        failed.set(String::new());
        png_asked.set(png);
        status.set(r.drawing_preparing.into());
        let content = app.content();
        leptos::task::spawn_local(async move {
            match exporter().await {
                Ok(exporter) => (exporter.export)(
                    figure,
                    content,
                    png,
                    Box::new(move |said| {
                        status.try_set(said);
                    }),
                ),
                Err(e) => {
                    status.try_set(String::new());
                    failed.try_set(fill(r.drawing_exporter_failed, &[("reason", &e)]));
                }
            }
        });
    };
    view! {
        <div class="diagram-downloads">
            <button type="button" on:click=move |_| run(false)>{r.download_svg}</button>
            <button type="button" on:click=move |_| run(true)>{r.download_png}</button>
            <p class="filter-count" role="status">{move || status.get()}</p>
            {move || (!failed.with(String::is_empty)).then(|| view! {
                <p class="import-error" role="alert">
                    {move || failed.get()} " "
                    <button type="button" on:click=move |_| run(png_asked.get_untracked())>{ui().app.try_again}</button>
                </p>
            })}
        </div>
    }
}
