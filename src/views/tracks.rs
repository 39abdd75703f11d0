//! The Tracks view: the nine tracks as cards, with how they fit together.

use super::app::use_app;
use super::cite::{CitedParagraph, Cites};
use super::layout::{ItemCard, PageHeading, Section};
use crate::model::content::Track;
use crate::model::route::{Page, Route};
use leptos::prelude::*;

/// The track's number on its colour: never colour alone.
#[component]
pub fn TrackBadge(track: &'static Track) -> impl IntoView {
    view! {
        <span class="track-badge" style:background-color=track.colour.as_str() aria-hidden="true">
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
    let content = use_app().content;
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

fn bullet_list(title: &'static str, items: &'static [String]) -> impl IntoView {
    view! {
        <div class="facet">
            <h4>{title}</h4>
            <ul>{items.iter().map(|i| view! { <li>{i.as_str()}</li> }).collect_view()}</ul>
        </div>
    }
}

#[component]
pub fn TrackCard(track: &'static Track) -> impl IntoView {
    let app = use_app();
    let key = track.number.to_string();
    // A track may be selected by number ("7") or by id ("religion").
    let route = app.route;
    let selected = Signal::derive(move || {
        route.with(|r| {
            r.page == Page::Tracks
                && r.item.as_deref().and_then(|s| app.content.track_by_key(s)).is_some_and(|t| t.number == track.number)
        })
    });
    let entered_event = app.content.event(&track.entered.event);
    let events = app.content.events_for_track(track.number);
    view! {
        <ItemCard page=Page::Tracks key=key.clone() selected class="track-card" accent=track.colour.as_str()>
            <h3>
                <a href=Route::item(Page::Tracks, key.clone()).to_hash()>
                    <TrackBadge track/>
                    {track.label()}
                </a>
            </h3>
            <p class="phrase">{format!("Peacemaking through {}", track.phrase.trim_start_matches("peacemaking through "))}</p>
            <p class="short-name">"Also called: " {track.short_name.as_str()}</p>
            <p class="entered">
                <strong>{format!("Entered the model in {}: ", track.entered.year)}</strong>
                {track.entered.how.as_str()}
                {entered_event.map(|e| view! {
                    " " <a href=Route::item(Page::Timeline, &e.id).to_hash()>{format!("See {}: {}", e.date_label(), e.title)}</a>
                })}
            </p>
            <p class="role">{track.role.text.as_str()} <Cites cites=&track.role.cite/></p>
            <div class="facets">
                {bullet_list("Resources", &track.resources)}
                {bullet_list("Values", &track.values)}
                {bullet_list("Approaches", &track.approaches)}
                {bullet_list("Typical actors", &track.actors)}
                {bullet_list("Typical activities", &track.activities)}
            </div>
            <p class="basis">{track.profile_basis.as_str()} <Cites cites=&track.cite/></p>
            {(!events.is_empty()).then(|| view! {
                <div class="track-events">
                    <h4>"In the timeline"</h4>
                    <ul>
                        {events.into_iter().map(|e| view! {
                            <li><a href=Route::item(Page::Timeline, &e.id).to_hash()>{format!("{} {}", e.date_label(), e.title)}</a></li>
                        }).collect_view()}
                    </ul>
                </div>
            })}
        </ItemCard>
    }
}

/// The system facts and the nine cards, without a page heading.
#[component]
pub fn TracksBody() -> impl IntoView {
    let content = use_app().content;
    view! {
        {content.track_system.iter().map(|p| view! { <CitedParagraph passage=p/> }).collect_view()}
        <ol class="cards track-list">
            {content.tracks.iter().map(|track| view! { <li><TrackCard track/></li> }).collect_view()}
        </ol>
    }
}

#[component]
pub fn TracksPage() -> impl IntoView {
    view! {
        <PageHeading title="The nine tracks"/>
        <Section id="tracks-all" title="How the tracks fit together">
            <TracksBody/>
        </Section>
    }
}
