//! The methods of track two and the frameworks taught beside the nine
//! tracks, and the limits and criticism of track two: cards in the Concepts
//! view (and so in "Read it all"), each linked to the cases that used it.
//!
//! Why beside the concepts rather than in a view of their own: a class
//! reads the limits where the claims are made, and a case's "Limits and
//! criticism" links land here, on the card.

use crate::model::base::route::{Page, Route};
use crate::model::content::case_studies::{Criticism, Method};
use crate::model::content::Dataset;
use crate::model::i18n::ui_text::{fill, ui};
use crate::views::common::cite::{CitedParagraph, DisputeNote, QuoteBlock};
use crate::views::common::event_card::EventLinks;
use crate::views::common::layout::{is_selected, ItemCard, Section};
use crate::views::common::track_links::TrackLinks;
use crate::views::context::use_app;
use leptos::prelude::*;

/// Links to the events `ids` names, as the tracks view lists a track's events.
fn event_links(content: &'static Dataset, ids: &[String]) -> impl IntoView {
    let events: Vec<_> = ids.iter().filter_map(|id| content.event(id)).collect();
    (!events.is_empty()).then(|| view! { <EventLinks events/> })
}

#[component]
fn MethodCard(method: &'static Method) -> impl IntoView {
    let content = use_app().content();
    let t = &ui().reading;
    view! {
        <ItemCard page=Page::Concepts key=method.id.clone() selected=is_selected(Page::Concepts, &method.id) class="concept-card method-card">
            <h3>{method.name.as_str()}</h3>
            <p class="summary">{method.summary.as_str()}</p>
            {method.passages.iter().map(|passage| view! { <CitedParagraph passage/> }).collect_view()}
            {method.quotes.iter().map(|quote| view! { <QuoteBlock quote/> }).collect_view()}
            {(!method.levels.is_empty()).then(|| view! {
                <table class="levels stacks">
                    <caption>{fill(t.levels_caption, &[("name", &method.name)])}</caption>
                    <thead><tr><th scope="col">{t.level}</th><th scope="col">{t.who_and_how}</th><th scope="col">{t.tracks_reading}</th></tr></thead>
                    <tbody>
                        {method.levels.iter().map(|level| view! {
                            <tr>
                                <th scope="row">{level.name.as_str()}</th>
                                <td data-label=t.who_and_how>{level.text.as_str()}" "<crate::views::common::cite::Cites cites=&level.cite/></td>
                                <td data-label=t.tracks_reading><TrackLinks numbers=&level.tracks/></td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            })}
            {method.basis.as_ref().map(|passage| view! { <div class="basis"><CitedParagraph passage/></div> })}
            {method.disputes.iter().map(|dispute| view! { <DisputeNote dispute/> }).collect_view()}
            {(!method.tracks.is_empty()).then(|| view! {
                <div class="event-tracks"><strong>{t.tracks_colon}</strong><TrackLinks numbers=&method.tracks/></div>
            })}
            {(!method.cases.is_empty()).then(|| view! {
                <div class="method-cases"><strong>{t.cases_used}</strong>{event_links(content, &method.cases)}</div>
            })}
            {method.case_note.as_ref().map(|passage| view! { <CitedParagraph passage/> })}
        </ItemCard>
    }
}

#[component]
fn CriticismCard(criticism: &'static Criticism) -> impl IntoView {
    let content = use_app().content();
    let applies = &criticism.applies_to;
    let concepts: Vec<_> = applies.concepts.iter().filter_map(|id| content.method(id)).collect();
    let t = &ui().reading;
    view! {
        <ItemCard page=Page::Concepts key=criticism.id.clone() selected=is_selected(Page::Concepts, &criticism.id) class="concept-card criticism-card">
            <h3>{criticism.name.as_str()}</h3>
            <p class="summary">{criticism.summary.as_str()}</p>
            {criticism.passages.iter().map(|passage| view! { <CitedParagraph passage/> }).collect_view()}
            {criticism.disputes.iter().map(|dispute| view! { <DisputeNote dispute/> }).collect_view()}
            {(!applies.events.is_empty()).then(|| view! {
                <div class="method-cases"><strong>{t.where_it_matters}</strong>{event_links(content, &applies.events)}</div>
            })}
            {(!applies.tracks.is_empty()).then(|| view! {
                <div class="event-tracks"><strong>{t.tracks_colon}</strong><TrackLinks numbers=&applies.tracks/></div>
            })}
            {(!concepts.is_empty()).then(|| view! {
                <div class="method-cases"><strong>{t.methods_colon}</strong>
                    <ul class="inline-list">
                        {concepts.into_iter().map(|m| view! { <li><a href=Route::item(Page::Concepts, &m.id).to_hash()>{m.name.as_str()}</a></li> }).collect_view()}
                    </ul>
                </div>
            })}
        </ItemCard>
    }
}

/// The methods and neighbouring frameworks, then the limits and criticism.
#[component]
pub fn MethodsAndCriticism() -> impl IntoView {
    let content = use_app().content();
    let t = &ui().reading;
    view! {
        {(!content.methods.is_empty()).then(|| view! {
            <Section id="concepts-methods" title=t.methods_title>
                <ol class="cards">
                    {content.methods.iter().map(|method| view! { <li><MethodCard method/></li> }).collect_view()}
                </ol>
            </Section>
        })}
        {(!content.criticism.is_empty()).then(|| view! {
            <Section id="concepts-criticism" title=t.criticism_title>
                <p>{t.criticism_intro}</p>
                <ol class="cards">
                    {content.criticism.iter().map(|criticism| view! { <li><CriticismCard criticism/></li> }).collect_view()}
                </ol>
            </Section>
        })}
    }
}

/// The criticism that bears on a track, as links to its cards.
#[component]
pub fn CriticismLinks(number: u8) -> impl IntoView {
    let items = use_app().content().criticism_for_track(number);
    (!items.is_empty()).then(|| {
        view! {
            <div class="event-criticism"><strong>{ui().reading.criticism_colon}</strong>
                <ul class="inline-list">
                    {items.into_iter().map(|c| view! {
                        <li><a href=Route::item(Page::Concepts, &c.id).to_hash()>{c.name.as_str()}</a>" \u{2014} "{c.summary.as_str()}</li>
                    }).collect_view()}
                </ul>
            </div>
        }
    })
}
