//! An event as a card (its story, tracks, quotations, disputes and where it
//! leads) and links to events: drawn by the timeline and by "Read it all".

use crate::model::base::route::{Page, Route};
use crate::model::content::timeline_cases::{EventLinks, Link};
use crate::model::content::Event;
use crate::model::i18n::ui_text::{fill, ui};
use crate::views::common::cite::{Cites, DisputeNote, QuoteBlock};
use crate::views::common::layout::{is_selected, ItemCard};
use crate::views::common::track_links::TrackLinks;
use leptos::prelude::*;

/// The timeline's URL options (filters), shared by its event links so that a
/// change of selection does not recompute thousands of links. Passed as a
/// prop, not a context: a context provided by a page outlives the page.
#[derive(Clone, Copy)]
pub struct TimelineOptions(pub Memo<Vec<(String, String)>>);

/// Links to events in the Timeline view, each named by its date and title.
#[component]
pub fn EventLinks(events: Vec<&'static Event>) -> impl IntoView {
    view! {
        <ul class="event-links">
            {events.into_iter().map(|e| view! {
                <li><a href=Route::item(Page::Timeline, &e.id).to_hash()>{format!("{} {}", e.date_label(), e.title)}</a></li>
            }).collect_view()}
        </ul>
    }
}

/// Everything known about an event: narrative, people, tracks, quotations,
/// disputed points, each with its sources.
pub fn event_body(event: &'static Event) -> impl IntoView {
    let t = &ui().timeline;
    view! {
        <p>{event.summary.as_str()} <Cites cites=&event.cite/></p>
        {(!event.people.is_empty()).then(|| view! {
            <p class="people"><strong>{t.people}</strong>{event.people.join(", ")}</p>
        })}
        {(!event.tracks.is_empty()).then(|| view! {
            <div class="event-tracks"><strong>{t.tracks_involved}</strong><TrackLinks numbers=&event.tracks/></div>
        })}
        {group_line(event)}
        {event.link_text().map(|(url, label)| view! {
            <p class="event-link"><a href=url rel="noopener noreferrer" target="_blank">{label}</a></p>
        })}
        {event.quotes.iter().map(|quote| view! { <QuoteBlock quote/> }).collect_view()}
        {event.disputes.iter().map(|dispute| view! { <DisputeNote dispute/> }).collect_view()}
        <CaseLinks event/>
    }
}

/// The lane a reader's event is in ("Group: ..."), if it has one.
fn group_line(event: &'static Event) -> impl IntoView {
    let t = &ui().timeline;
    event.group.as_deref().map(|group| view! { <p class="event-group"><strong>{t.group}</strong>{group}</p> })
}

/// Where a case leads: the methods it used, its worked map, and the limits
/// and criticism that bear on it (on a history event too, where there are any).
#[component]
fn CaseLinks(event: &'static Event) -> impl IntoView {
    let t = &ui().timeline;
    let EventLinks { map, methods, criticism } = crate::views::context::event_links(event);
    let link = |l: &Link| {
        view! { <li><a href=Route::item(Page::Concepts, &l.id).to_hash()>{l.name.clone()}</a></li> }
    };
    view! {
        {map.map(|map| view! {
            <p class="case-map-link"><a href=Route::item(Page::Cases, &map.id).to_hash()>{fill(t.case_map_link, &[("title", &map.name)])}</a></p>
        })}
        {(!methods.is_empty()).then(|| view! {
            <div class="event-methods"><strong>{t.methods_used}</strong><ul class="inline-list">{methods.iter().map(link).collect_view()}</ul></div>
        })}
        {(!criticism.is_empty()).then(|| view! {
            <div class="event-criticism"><strong>{t.limits_and_criticism}</strong><ul class="inline-list">{criticism.iter().map(link).collect_view()}</ul></div>
        })}
    }
}

#[component]
pub fn EventCard(
    event: &'static Event,
    /// The timeline's URL options (filters) for the link to keep; none elsewhere.
    #[prop(optional)]
    options: Option<TimelineOptions>,
    /// A list line: the lead sentence and the tracks, the rest on demand
    /// (the timeline, where the selected event also shows in full above).
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let date = event.date_label();
    let href = move || {
        let params = options.map(|o| o.0.get()).unwrap_or_default();
        Route { page: Page::Timeline, item: Some(event.id.clone()), params }.to_hash()
    };
    let body = if compact { compact_body(event).into_any() } else { event_body(event).into_any() };
    view! {
        <ItemCard page=Page::Timeline key=event.id.clone() selected=is_selected(Page::Timeline, &event.id) class="event-card">
            <h3>
                <a href=href>
                    <time class="event-date" datetime=event.date.datetime_attr()>{date}</time>" "{event.title.as_str()}
                </a>
            </h3>
            {body}
        </ItemCard>
    }
}

/// The lead and the track dots, the whole story folded away under "Details
/// and sources": a long list stays a list of lines to scan. The dots are the
/// track links, their names kept for screen readers only.
fn compact_body(event: &'static Event) -> impl IntoView {
    let t = &ui().timeline;
    view! {
        <p class="event-lead">{event.lead()}</p>
        <div class="track-dots"><TrackLinks numbers=&event.tracks/></div>
        {group_line(event)}
        <details class="event-more">
            <summary>{t.details_and_sources}</summary>
            {event_body(event).into_any()}
        </details>
    }
}
