//! Tracks named the same way everywhere: the number on its colour (never
//! colour alone) and "Track N: Name", as badges and links.

use crate::model::base::route::{Page, Route};
use crate::model::content::Track;
use crate::views::context::use_app;
use leptos::prelude::*;

/// The track's number on its colour: never colour alone. Like everything
/// drawn in a track's colour it carries both of the track's colours and the
/// class `tc`; style/main.css picks the colour scheme's one.
#[component]
pub fn TrackBadge(track: &'static Track) -> impl IntoView {
    view! {
        <span
            class="track-badge tc"
            style:--tc=track.colour.as_str()
            style:--tc-dark=track.colour_dark.as_str()
            aria-hidden="true"
        >
            {track.number}
        </span>
    }
}

/// A link to a track, named "Track N: Name".
#[component]
pub fn TrackLink(track: &'static Track) -> impl IntoView {
    let href = Route::item(Page::Tracks, track.number.to_string()).to_hash();
    view! {
        <a class="track-link" href=href>
            <TrackBadge track/>
            <span>{track.label()}</span>
        </a>
    }
}

/// Links to several tracks by number, skipping unknown numbers.
#[component]
pub fn TrackLinks(numbers: &'static [u8]) -> impl IntoView {
    let content = use_app().content();
    view! {
        <ul class="track-links">
            {numbers
                .iter()
                .filter_map(|n| content.track(*n))
                .map(|track| view! { <li><TrackLink track/></li> })
                .collect_view()}
        </ul>
    }
}
