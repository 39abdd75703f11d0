//! The Principles view: the twelve principles of practice, each with its
//! source and links to where it shows up in the guide, searchable by word
//! (`#/principles?q=trust`, kept in the URL like the timeline's search).

use crate::browser::hash_route::navigate;
use crate::model::base::route::{Page, Route};
use crate::model::content::Principle;
use crate::model::i18n::ui_text::{fill, lang, number, ui};
use crate::model::user::notes::NoteKey;
use crate::views::common::cite::{CitedParagraph, Cites};
use crate::views::common::event_card::EventLinks;
use crate::views::common::layout::{is_selected, ItemCard, PageHeading, Section};
use crate::views::common::notes_field::NotesField;
use crate::views::common::track_links::TrackLinks;
use crate::views::context::use_app;
use leptos::prelude::*;

#[component]
pub fn PrincipleCard(principle: &'static Principle) -> impl IntoView {
    let content = use_app().content();
    let events: Vec<_> = principle.events.iter().filter_map(|id| content.event(id)).collect();
    let concepts: Vec<_> = principle.concepts.iter().filter_map(|id| Some((id, content.concept_title(id)?))).collect();
    let has_links = !principle.tracks.is_empty() || !events.is_empty() || !concepts.is_empty();
    let selected = is_selected(Page::Principles, &principle.id);
    let t = &ui().reading;
    view! {
        <ItemCard page=Page::Principles key=principle.id.clone() selected class="principle-card">
            <h3><a href=Route::item(Page::Principles, &principle.id).to_hash()>{principle.name.as_str()}</a></h3>
            <p>{principle.meaning.as_str()} <Cites cites=&principle.cite/></p>
            {has_links.then(|| view! {
                <div class="in-practice">
                    <strong>{t.in_practice_here}</strong>
                    <TrackLinks numbers=&principle.tracks/>
                    <EventLinks events/>
                    {(!concepts.is_empty()).then(|| view! {
                        <ul class="concept-links">
                            {concepts.into_iter().map(|(id, title)| view! {
                                <li><a href=Route::item(Page::Concepts, id).to_hash()>{title}</a></li>
                            }).collect_view()}
                        </ul>
                    })}
                </div>
            })}
            {move || selected.get().then(|| view! {
                <NotesField key=NoteKey::Principle(principle.id.clone()) placeholder=t.principle_notes_placeholder/>
            })}
        </ItemCard>
    }
}

/// The principles as cards; those not matching `query` are hidden, not
/// removed, so a search keeps every card's state.
#[component]
fn PrincipleCards(#[prop(optional, into)] query: Signal<String>) -> impl IntoView {
    let principles = &use_app().content().principles;
    view! {
        <ol class="cards principle-list">
            {principles.items.iter().map(|principle| {
                let hidden = move || query.with(|q| !principle.matches(q));
                view! { <li hidden=hidden><PrincipleCard principle/></li> }
            }).collect_view()}
        </ol>
    }
}

#[component]
pub fn PrinciplesBody() -> impl IntoView {
    let principles = &use_app().content().principles;
    view! {
        <CitedParagraph passage=&principles.intro/>
        <CitedParagraph passage=&principles.groups/>
        <PrincipleCards/>
    }
}

#[component]
pub fn PrinciplesPage() -> impl IntoView {
    let app = use_app();
    let principles = &app.content().principles;
    let route = app.route;
    let query = Signal::derive(move || route.with(|r| r.param("q").unwrap_or_default().to_string()));
    let shown = move || query.with(|q| principles.items.iter().filter(|p| p.matches(q)).count());
    let total = principles.items.len();
    let t = &ui().reading;
    let count = move || {
        let lang = lang();
        let template = t.principles_shown.form(lang, total as u64);
        fill(template, &[("shown", &number(lang, shown() as u64)), ("n", &number(lang, total as u64))])
    };
    view! {
        <PageHeading page=Page::Principles/>
        <Section id="principles-all" title=t.principles_section_title>
            <CitedParagraph passage=&principles.intro/>
            <CitedParagraph passage=&principles.groups/>
            <form class="filters" role="search" aria-label=t.search_principles on:submit=|ev| ev.prevent_default()>
                <span class="field">
                    <label for="principle-search">{t.search_principles}</label>
                    <input
                        id="principle-search"
                        type="search"
                        prop:value=query
                        on:input=move |ev| navigate(&route.get_untracked().with_param("q", event_target_value(&ev).trim()), true)
                    />
                </span>
                <p class="filter-count" role="status">{count}</p>
            </form>
            <p class="hint" hidden=move || { shown() > 0 }>{t.no_principle_match}</p>
            <PrincipleCards query/>
        </Section>
    }
}
