//! The Principles view: the twelve principles of practice, each with its source.

use super::app::use_app;
use super::cite::{CitedParagraph, Cites};
use super::layout::{is_selected, ItemCard, PageHeading, Section};
use super::timeline::EventLinks;
use super::tracks::TrackLinks;
use crate::model::content::Principle;
use crate::model::route::{Page, Route};
use leptos::prelude::*;

#[component]
pub fn PrincipleCard(principle: &'static Principle) -> impl IntoView {
    let content = use_app().content;
    let events: Vec<_> = principle.events.iter().filter_map(|id| content.event(id)).collect();
    let has_links = !principle.tracks.is_empty() || !events.is_empty();
    view! {
        <ItemCard page=Page::Principles key=principle.id.clone() selected=is_selected(Page::Principles, &principle.id) class="principle-card">
            <h3><a href=Route::item(Page::Principles, &principle.id).to_hash()>{principle.name.as_str()}</a></h3>
            <p>{principle.meaning.as_str()} <Cites cites=&principle.cite/></p>
            {has_links.then(|| view! {
                <div class="in-practice">
                    <strong>"In practice here:"</strong>
                    <TrackLinks numbers=&principle.tracks/>
                    <EventLinks events/>
                </div>
            })}
        </ItemCard>
    }
}

#[component]
pub fn PrinciplesBody() -> impl IntoView {
    let principles = &use_app().content.principles;
    view! {
        <CitedParagraph passage=&principles.intro/>
        <CitedParagraph passage=&principles.groups/>
        <ol class="cards principle-list">
            {principles.items.iter().map(|principle| view! { <li><PrincipleCard principle/></li> }).collect_view()}
        </ol>
    }
}

#[component]
pub fn PrinciplesPage() -> impl IntoView {
    view! {
        <PageHeading page=Page::Principles/>
        <Section id="principles-all" title="The principles of multi-track diplomacy">
            <PrinciplesBody/>
        </Section>
    }
}
