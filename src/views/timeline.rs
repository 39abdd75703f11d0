//! The Timeline view: every event by era, each with its sources, quotations
//! and the readings of sources that disagree.

use super::app::use_app;
use super::cite::{Cites, DisputeNote, QuoteBlock};
use super::layout::{is_selected, ItemCard, PageHeading, Section};
use super::model_diagram::ModelDiagram;
use super::tracks::TrackLinks;
use crate::model::content::Event;
use crate::model::route::{Page, Route};
use leptos::prelude::*;

#[component]
pub fn EventCard(event: &'static Event) -> impl IntoView {
    let date = event.date_label();
    view! {
        <ItemCard page=Page::Timeline key=event.id.clone() selected=is_selected(Page::Timeline, &event.id) class="event-card">
            <h3>
                <a href=Route::item(Page::Timeline, &event.id).to_hash()>
                    <span class="event-date">{date}</span>" "{event.title.as_str()}
                </a>
            </h3>
            <p>{event.summary.as_str()} <Cites cites=&event.cite/></p>
            {(!event.people.is_empty()).then(|| view! {
                <p class="people"><strong>"People: "</strong>{event.people.join(", ")}</p>
            })}
            {(!event.tracks.is_empty()).then(|| view! {
                <div class="event-tracks"><strong>"Tracks involved:"</strong><TrackLinks numbers=&event.tracks/></div>
            })}
            {event.quotes.iter().map(|quote| view! { <QuoteBlock quote/> }).collect_view()}
            {event.disputes.iter().map(|dispute| view! { <DisputeNote dispute/> }).collect_view()}
        </ItemCard>
    }
}

#[component]
pub fn TimelinePage() -> impl IntoView {
    let app = use_app();
    let content = app.content;
    let route = app.route;
    // The model at the selected event's date; with no selection, as it stands now.
    let latest = content.events.last().map_or(1991, |e| e.date.year());
    let year = Signal::derive(move || {
        route.with(|r| r.item.as_deref().and_then(|id| content.event(id)).map_or(latest, |e| e.date.year()))
    });
    view! {
        <PageHeading title="Timeline"/>
        <p class="lead">
            "How the idea grew from two tracks in 1981 to nine tracks in a circle, event by event. "
            "Select an event's title to see the model as it stood then; where sources disagree, each reading is shown."
        </p>
        <div class="timeline-layout">
            <div class="timeline-events">
                {content.eras.iter().map(|era| {
                    let heading = format!("era-{}", era.id);
                    let labelled_by = heading.clone();
                    let span = format!("{}\u{2013}{}", era.start.year(), era.end.year());
                    view! {
                        <section class="era" aria-labelledby=labelled_by>
                            <h2 id=heading>{era.name.as_str()}" "<span class="era-span">{span}</span></h2>
                            <p>{era.summary.as_str()}</p>
                            <ol class="cards event-list">
                                {content.events_in_era(era).into_iter().map(|event| view! { <li><EventCard event/></li> }).collect_view()}
                            </ol>
                        </section>
                    }
                }).collect_view()}
            </div>
            <div class="timeline-model">
                <Section id="timeline-model" title="The model at this date">
                    <ModelDiagram year/>
                </Section>
            </div>
        </div>
    }
}
