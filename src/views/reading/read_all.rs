//! "Read it all": the whole content as one plain document.
//!
//! It is the text alternative to every interactive view (for screen readers,
//! reading aloud and printing), so it reuses the same cards rather than a
//! second rendering of the content.

use crate::model::base::route::Page;
use crate::model::i18n::ui_text::ui;
use crate::views::common::cite::CitedParagraph;
use crate::views::common::event_card::EventCard;
use crate::views::common::layout::{PageHeading, Section};
use crate::views::concepts::concepts::ConceptsBody;
use crate::views::concepts::principles::PrinciplesBody;
use crate::views::context::use_app;
use crate::views::reading::references::ReferencesBody;
use crate::views::tracks::page::TracksBody;
use crate::views::tracks::relations::RelationList;
use leptos::prelude::*;

#[component]
pub fn ReadAllPage() -> impl IntoView {
    crate::browser::view_style::adopt_view_style!("references");
    let content = use_app().content();
    let (t, p) = (&ui().reading, &ui().pages);
    view! {
        <PageHeading page=Page::ReadAll/>
        <p class="lead">{t.read_all_lead}</p>
        <Section id="read-overview" title=t.overview>
            {content.overview.iter().map(|p| view! { <CitedParagraph passage=p/> }).collect_view()}
        </Section>
        <ConceptsBody/>
        <Section id="read-timeline" title=p.title_timeline>
            <ol class="cards event-list">
                {content.events.iter().map(|event| view! { <li><EventCard event/></li> }).collect_view()}
            </ol>
        </Section>
        <Section id="read-tracks" title=p.title_tracks>
            <TracksBody/>
        </Section>
        <Section id="read-relations" title=t.relations_title>
            <RelationList/>
        </Section>
        <Section id="read-principles" title=p.title_principles>
            <PrinciplesBody/>
        </Section>
        <Section id="read-references" title=p.title_references>
            <ReferencesBody/>
        </Section>
        <Section id="read-about" title=t.about_title>
            <p>{t.about_sources}</p>
            <p>{t.about_browser}</p>
        </Section>
    }
}
