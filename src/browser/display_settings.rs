//! Applies the reader's display settings (colour scheme, motion) to the page:
//! attributes on `<html>` that the stylesheet reads, so a projector in a
//! bright room can be given the light scheme whatever the laptop prefers.

use crate::model::user::{Settings, Theme};
use leptos::prelude::*;

pub fn apply_display_settings(settings: Signal<Settings>) {
    Effect::new(move |_| {
        let Some(root) = document().document_element() else { return };
        let (theme, reduce) = settings.with(|s| (s.theme, s.reduced_motion == Some(true)));
        let _ = match theme {
            Theme::System => root.remove_attribute("data-theme"),
            Theme::Light => root.set_attribute("data-theme", "light"),
            Theme::Dark => root.set_attribute("data-theme", "dark"),
        };
        let _ = if reduce { root.set_attribute("data-motion", "reduce") } else { root.remove_attribute("data-motion") };
    });
}
