//! "Read it all": the whole content as one plain document.
//!
//! It is the text alternative to every interactive view (for screen readers,
//! reading aloud and printing), so it reuses the same cards rather than a
//! second rendering of the content.

use super::app::use_app;
use super::cite::CitedParagraph;
use super::concepts::ConceptsBody;
use super::layout::{PageHeading, Section};
use super::principles::PrinciplesBody;
use super::references::ReferencesBody;
use super::relations::RelationList;
use super::timeline::EventCard;
use super::tracks::TracksBody;
use crate::model::route::Page;
use leptos::prelude::*;

#[component]
pub fn ReadAllPage() -> impl IntoView {
    let content = use_app().content();
    view! {
        <PageHeading page=Page::ReadAll/>
        <p class="lead">"The whole guide on one page: the same content as the other views, in reading order."</p>
        <Section id="read-overview" title="Overview">
            {content.overview.iter().map(|p| view! { <CitedParagraph passage=p/> }).collect_view()}
        </Section>
        <ConceptsBody/>
        <Section id="read-timeline" title="Timeline">
            <ol class="cards event-list">
                {content.events.iter().map(|event| view! { <li><EventCard event/></li> }).collect_view()}
            </ol>
        </Section>
        <Section id="read-tracks" title="The nine tracks">
            <TracksBody/>
        </Section>
        <Section id="read-relations" title="Relations between tracks">
            <RelationList/>
        </Section>
        <Section id="read-principles" title="Twelve principles">
            <PrinciplesBody/>
        </Section>
        <Section id="read-references" title="References">
            <ReferencesBody/>
        </Section>
        <Section id="read-about" title="About this guide">
            <p>"The text is written for this guide in its own words from the sources listed above; quotations are marked and cited. Where sources disagree, the guide shows each reading with its source rather than choosing one. The profiles of the tracks (resources, values, approaches, actors, activities) are teaching summaries and say so."</p>
            <p>"The guide runs entirely in your browser from its own files: no account, no tracking, and nothing you do is sent anywhere."</p>
        </Section>
    }
}
