//! The start page: what multi-track diplomacy is, its eras, and where to go next.

use super::app::use_app;
use super::cite::CitedParagraph;
use super::layout::{PageHeading, Section};
use crate::model::route::{Page, Route};
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let content = use_app().content();
    view! {
        <PageHeading page=Page::Home/>
        <Section id="home-what" title="Peace as the work of a whole society">
            {content.overview.iter().map(|p| view! { <CitedParagraph passage=p/> }).collect_view()}
        </Section>
        <Section id="home-eras" title="From two tracks to nine">
            <ol class="cards era-cards">
                {content.eras.iter().map(|era| {
                    let first = content.events_in_era(era).into_iter().next();
                    view! {
                        <li class="card">
                            <h3>{era.name.as_str()}" "<span class="era-span">{era.span_label()}</span></h3>
                            <p>{era.summary.as_str()}</p>
                            {first.map(|e| view! {
                                <p><a href=Route::item(Page::Timeline, &e.id).to_hash()>{format!("Start at {}: {}", e.date_label(), e.title)}</a></p>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </Section>
        <Section id="home-explore" title="Explore">
            <ul class="explore">
                <li><a href=Route::page(Page::Timeline).to_hash()>"Timeline"</a>": the history, event by event, with sources."</li>
                <li><a href=Route::page(Page::Tracks).to_hash()>"The nine tracks"</a>": who takes part in peacebuilding, and how."</li>
                <li><a href=Route::page(Page::Principles).to_hash()>"Twelve principles"</a>": how multi-track peacebuilders work."</li>
                <li><a href=Route::page(Page::Concepts).to_hash()>"Concepts"</a>": track two, its processes and limits, the systems view."</li>
                <li><a href=Route::page(Page::ReadAll).to_hash()>"Read it all"</a>": the whole guide as one document, for reading aloud or printing."</li>
            </ul>
        </Section>
    }
}
