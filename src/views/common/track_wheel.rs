//! The nine tracks in their circle, each named beside its node and a link
//! to its profile: the start page's picture, and the handout's.
//!
//! Why markup written at build time and not the Tracks view's diagram: that
//! one morphs between the model's stages, highlights links and goes round
//! with the arrow keys, and its code (and even the layout's) would load with
//! every start page, past the first load's budget. `build.rs` lays the wheel
//! out for each language (`diagram_labels::wheel_figure`); the start module
//! carries only the English markup, each language's part its own
//! (installed with its wording). The track colours are the stylesheet's (`.wheel-tN`, checked against the dataset by
//! `tests/palette.rs`), as the page's policy allows no inline style.

use leptos::prelude::*;
use std::sync::OnceLock;

const ENGLISH: &str = include_str!(concat!(env!("OUT_DIR"), "/wheel-en.html"));
static TRANSLATED: OnceLock<&'static str> = OnceLock::new();

/// Installs a language's wheel, with its wording (`language_parts`).
pub fn install(markup: &'static str) {
    let _ = TRANSLATED.set(markup);
}

#[component]
pub fn TrackWheel() -> impl IntoView {
    view! { <div class="start-wheel-host" inner_html=*TRANSLATED.get().unwrap_or(&ENGLISH)></div> }
}
