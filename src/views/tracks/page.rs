//! The Tracks view: the nine tracks as cards, with how they fit together.

use crate::browser::page_focus::TRACK_DETAILS_ID;
use crate::model::base::route::{Page, Route};
use crate::model::content::Track;
use crate::model::formats::drawing::{circle_shown, Figure};
use crate::model::i18n::ui_text::{fill, ui};
use crate::model::user::notes::NoteKey;
use crate::views::common::cite::{CitedParagraph, Cites};
use crate::views::common::drawing_downloads::DrawingDownloads;
use crate::views::common::event_card::EventLinks;
use crate::views::common::layout::{ItemCard, PageHeading, Section};
use crate::views::common::model_diagram::ModelDiagram;
use crate::views::common::notes_field::NotesField;
use crate::views::common::track_links::TrackBadge;
use crate::views::context::use_app;
use crate::views::tracks::relations::RelationMatrix;
use crate::views::tracks::stages::ModelStages;
use leptos::prelude::*;

/// The book's phrase as a sentence: "Peacemaking through faith in action".
fn phrase_sentence(phrase: &str) -> String {
    let mut chars = phrase.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn bullet_list(title: &'static str, items: &'static [String]) -> impl IntoView {
    view! {
        <div class="facet">
            <h4>{title}</h4>
            <ul>{items.iter().map(|i| view! { <li>{i.as_str()}</li> }).collect_view()}</ul>
        </div>
    }
}

/// Everything about a track: its phrase, entry, role, profile and events.
fn track_body(track: &'static Track) -> impl IntoView {
    let content = use_app().content();
    let entered_event = content.event(&track.entered.event);
    let events = content.events_for_track(track.number);
    let t = &ui().reading;
    view! {
        <p class="phrase">{phrase_sentence(&track.phrase)}</p>
        <p class="short-name">{t.also_called} {track.short_name.as_str()}</p>
        <p class="entered">
            <strong>{fill(t.entered_in, &[("year", &track.entered.year)])}</strong>
            {track.entered.how.as_str()}
            {entered_event.map(|e| view! {
                " " <a href=Route::item(Page::Timeline, &e.id).to_hash()>{fill(t.see_event, &[("date", &e.date_label()), ("title", &e.title)])}</a>
            })}
        </p>
        <p class="role">{track.role.text.as_str()} <Cites cites=&track.role.cite/></p>
        <crate::views::concepts::methods::CriticismLinks number=track.number/>
        <div class="facets">
            {bullet_list(t.facet_resources, &track.resources)}
            {bullet_list(t.facet_values, &track.values)}
            {bullet_list(t.facet_approaches, &track.approaches)}
            {bullet_list(t.facet_actors, &track.actors)}
            {bullet_list(t.facet_activities, &track.activities)}
        </div>
        <p class="basis">{track.profile_basis.as_str()} <Cites cites=&track.cite/></p>
        {(!events.is_empty()).then(|| view! {
            <div class="track-events">
                <h4>{t.in_the_timeline}</h4>
                <EventLinks events/>
            </div>
        })}
    }
}

/// The selected track, if the route names one (by number or id).
fn selected_track() -> Memo<Option<&'static Track>> {
    let app = use_app();
    Memo::new(move |_| {
        app.route.with(|r| {
            (r.page == Page::Tracks).then_some(()).and(r.item.as_deref()).and_then(|k| app.content().track_by_key(k))
        })
    })
}

#[component]
pub fn TrackCard(track: &'static Track) -> impl IntoView {
    let key = track.number.to_string();
    let current = selected_track();
    let selected = Signal::derive(move || current.get().is_some_and(|t| t.number == track.number));
    view! {
        <ItemCard page=Page::Tracks key=key.clone() selected class="track-card" accent=track>
            <h3>
                <a href=Route::item(Page::Tracks, key).to_hash()>
                    <TrackBadge track/>
                    {track.label()}
                </a>
            </h3>
            {track_body(track)}
        </ItemCard>
    }
}

/// The selected track in full beside the circle.
#[component]
fn TrackDetails(#[prop(into)] track: Signal<Option<&'static Track>>) -> impl IntoView {
    let r = &ui().reading;
    view! {
        <section class="track-details card" id=TRACK_DETAILS_ID aria-labelledby="track-details-heading">
            <h2 id="track-details-heading">{r.track_details}</h2>
            {move || match track.get() {
                Some(t) => view! {
                    <h3 class="details-title"><TrackBadge track=t/>{t.label()}</h3>
                    {track_body(t)}
                    <NotesField key=NoteKey::Track(t.number) placeholder=r.track_notes_placeholder/>
                }
                .into_any(),
                None => view! {
                    <p class="hint">{r.track_details_hint}</p>
                }
                .into_any(),
            }}
        </section>
    }
}

/// The system facts and the nine cards, without a page heading.
#[component]
pub fn TracksBody() -> impl IntoView {
    let content = use_app().content();
    view! {
        {content.track_system.iter().map(|p| view! { <CitedParagraph passage=p/> }).collect_view()}
        <ol class="cards track-list">
            {content.tracks.iter().map(|track| view! { <li><TrackCard track/></li> }).collect_view()}
        </ol>
    }
}

#[component]
pub fn TracksPage() -> impl IntoView {
    crate::browser::view_style::adopt_view_style!("tracks");
    let content = use_app().content();
    let track = selected_track();
    let route = use_app().route;
    // `?model=1981` shows the model of that year; the circle by default
    // (the same reading as the drawing's download).
    let year = Signal::derive(move || route.with(|r| circle_shown(r, content).0));
    let number = Signal::derive(move || track.get().map(|t| t.number));
    let t = &ui().reading;
    view! {
        <PageHeading page=Page::Tracks/>
        <p class="lead">{t.tracks_lead}</p>
        <div class="tracks-layout">
            <div class="tracks-circle">
                <ModelStages year/>
                <ModelDiagram year selected=number/>
                <DrawingDownloads figure=Figure::Circle/>
                <CitedParagraph passage=&content.redesign/>
            </div>
            <TrackDetails track/>
        </div>
        <Section id="tracks-relations" title=t.relations_title>
            <RelationMatrix track=number/>
        </Section>
        <Section id="tracks-all" title=t.fit_together_title>
            <TracksBody/>
        </Section>
    }
}
