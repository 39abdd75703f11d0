//! "Read it all": the whole content as one plain document.
//!
//! It is the text alternative to every interactive view (for screen readers,
//! reading aloud and printing), so it reuses the same cards rather than a
//! second rendering of the content.

use super::app::use_app;
use super::cite::CitedParagraph;
use super::concepts::ConceptsBody;
use super::principles::PrinciplesBody;
use super::references::ReferencesBody;
use super::timeline::EventCard;
use super::tracks::TracksBody;
use leptos::prelude::*;

#[component]
pub fn ReadAllPage() -> impl IntoView {
    let content = use_app().content;
    view! {
        <h1 tabindex="-1">"Read it all"</h1>
        <p class="lead">"The whole guide on one page: the same content as the other views, in reading order."</p>
        <section aria-labelledby="read-overview">
            <h2 id="read-overview">"Overview"</h2>
            {content.overview.iter().map(|p| view! { <CitedParagraph passage=p/> }).collect_view()}
        </section>
        <ConceptsBody/>
        <section aria-labelledby="read-timeline">
            <h2 id="read-timeline">"Timeline"</h2>
            <ol class="cards event-list">
                {content.events.iter().map(|event| view! { <li><EventCard event/></li> }).collect_view()}
            </ol>
        </section>
        <section aria-labelledby="read-tracks">
            <h2 id="read-tracks">"The nine tracks"</h2>
            <TracksBody/>
        </section>
        <section aria-labelledby="read-principles">
            <h2 id="read-principles">"Twelve principles"</h2>
            <PrinciplesBody/>
        </section>
        <section aria-labelledby="read-references">
            <h2 id="read-references">"References"</h2>
            <ReferencesBody/>
        </section>
        <section aria-labelledby="read-about">
            <h2 id="read-about">"About this guide"</h2>
            <p>"The text is written for this guide in its own words from the sources listed above; quotations are marked and cited. Where sources disagree, the guide shows each reading with its source rather than choosing one. The profiles of the tracks (resources, values, approaches, actors, activities) are teaching summaries and say so."</p>
            <p>"The guide runs entirely in your browser from its own files: no account, no tracking, and nothing you do is sent anywhere."</p>
        </section>
    }
}
