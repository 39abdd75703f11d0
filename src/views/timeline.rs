//! The Timeline view: every event by era, each with its sources, quotations
//! and the readings of sources that disagree.

use super::app::use_app;
use super::cite::{Cites, DisputeNote, QuoteBlock};
use super::layout::{is_selected, ItemCard, PageHeading, Section};
use super::model_diagram::ModelDiagram;
use super::timeline_chart::TimelineChart;
use super::timeline_filters::TimelineFilters;
use super::tracks::TrackLinks;
use crate::browser::page_focus::EVENT_DETAILS_ID;
use crate::model::content::Event;
use crate::model::route::{Page, Route};
use crate::model::timeline::{EventFilter, Viewport};
use leptos::prelude::*;

/// Everything known about an event: narrative, people, tracks, quotations,
/// disputed points, each with its sources.
fn event_body(event: &'static Event) -> impl IntoView {
    view! {
        <p>{event.summary.as_str()} <Cites cites=&event.cite/></p>
        {(!event.people.is_empty()).then(|| view! {
            <p class="people"><strong>"People: "</strong>{event.people.join(", ")}</p>
        })}
        {(!event.tracks.is_empty()).then(|| view! {
            <div class="event-tracks"><strong>"Tracks involved:"</strong><TrackLinks numbers=&event.tracks/></div>
        })}
        {event.quotes.iter().map(|quote| view! { <QuoteBlock quote/> }).collect_view()}
        {event.disputes.iter().map(|dispute| view! { <DisputeNote dispute/> }).collect_view()}
    }
}

#[component]
pub fn EventCard(event: &'static Event) -> impl IntoView {
    let date = event.date_label();
    let route = use_app().route;
    // On the timeline a selection keeps the filters; elsewhere it opens the plain timeline.
    let href = move || {
        route.with(|r| {
            if r.page == Page::Timeline { r.with_item(Some(&event.id)) } else { Route::item(Page::Timeline, &event.id) }
                .to_hash()
        })
    };
    view! {
        <ItemCard page=Page::Timeline key=event.id.clone() selected=is_selected(Page::Timeline, &event.id) class="event-card">
            <h3>
                <a href=href>
                    <span class="event-date">{date}</span>" "{event.title.as_str()}
                </a>
            </h3>
            {event_body(event)}
        </ItemCard>
    }
}

/// The selected event in full, right under the chart, so choosing an event
/// there shows its story without leaving the chart.
#[component]
fn EventDetails(#[prop(into)] event: Signal<Option<&'static Event>>) -> impl IntoView {
    view! {
        <section class="event-details card" id=EVENT_DETAILS_ID aria-labelledby="event-details-heading">
            <h2 id="event-details-heading">
                {move || match event.get() {
                    Some(e) => format!("Event details: {}", e.date_label()),
                    None => "Event details".to_string(),
                }}
            </h2>
            {move || match event.get() {
                Some(e) => view! { <h3 class="details-title">{e.title.as_str()}</h3> {event_body(e)} }.into_any(),
                None => view! {
                    <p class="hint">"Select an event on the chart or in the list below to see its full story and sources here."</p>
                }
                .into_any(),
            }}
        </section>
    }
}

#[component]
pub fn TimelinePage() -> impl IntoView {
    let app = use_app();
    let content = app.content;
    let route = app.route;
    let filter = Memo::new(move |_| route.with(EventFilter::from_route));
    let filtered = Memo::new(move |_| filter.with(|f| f.apply(&content.events)));
    let bounds = Viewport::fit(content.events.iter().map(|e| e.date.as_fractional_year()).chain(
        content.eras.iter().flat_map(|e| [e.start.as_fractional_year(), e.end_inclusive().as_fractional_year()]),
    ));
    // The model at the selected event's date; with no selection, as it stands now.
    let latest = content.events.last().map_or(1991, |e| e.date.year());
    let year = Signal::derive(move || {
        route.with(|r| r.item.as_deref().and_then(|id| content.event(id)).map_or(latest, |e| e.date.year()))
    });
    let era_sections = move || {
        let shown = filtered.get();
        if shown.is_empty() {
            return view! { <p class="no-match">"No event matches this filter. Choose \u{201c}All tracks\u{201d} or clear the search."</p> }.into_any();
        }
        content
            .eras
            .iter()
            .filter_map(|era| {
                let events: Vec<&'static crate::model::content::Event> =
                    content.events_in_era(era).into_iter().filter(|e| shown.iter().any(|s| s.id == e.id)).collect();
                (!events.is_empty()).then(|| {
                    let heading = format!("era-{}", era.id);
                    let labelled_by = heading.clone();
                    let span = format!("{}\u{2013}{}", era.start.year(), era.end.year());
                    view! {
                        <section class="era" aria-labelledby=labelled_by>
                            <h2 id=heading>{era.name.as_str()}" "<span class="era-span">{span}</span></h2>
                            <p>{era.summary.as_str()}</p>
                            <ol class="cards event-list">
                                {events.into_iter().map(|event| view! { <li><EventCard event/></li> }).collect_view()}
                            </ol>
                        </section>
                    }
                })
            })
            .collect_view()
            .into_any()
    };
    view! {
        <PageHeading title="Timeline"/>
        <p class="lead">
            "How the idea grew from two tracks in 1981 to nine tracks in a circle. "
            "Select an event to see the model as it stood then; where sources disagree, each reading is shown. "
            "Below the chart, every event is listed with its sources."
        </p>
        <TimelineFilters filter shown=Signal::derive(move || filtered.with(Vec::len))/>
        <section class="chart-section" aria-label="Timeline chart">
            <TimelineChart events=filtered eras=&content.eras bounds=Signal::stored(bounds)/>
        </section>
        <EventDetails event=Signal::derive(move || route.with(|r| r.item.as_deref().and_then(|id| content.event(id))))/>
        <div class="timeline-layout">
            <div class="timeline-events">{era_sections}</div>
            <div class="timeline-model">
                <Section id="timeline-model" title="The model at this date">
                    <ModelDiagram year/>
                </Section>
            </div>
        </div>
    }
}
