//! The Concepts view: track two as Montville defined it, his two processes and
//! their limits, the systems triad, the multi-track idea and the Institute.

use super::app::{selected_item, use_app};
use super::cite::{CitedParagraph, Cites, QuoteBlock};
use crate::browser::page_focus::item_dom_id;
use crate::model::content::Passage;
use crate::model::route::Page;
use leptos::prelude::*;

fn section(id: &'static str, title: &'static str, body: impl IntoView) -> impl IntoView {
    view! {
        <section class="concept-section" aria-labelledby=id>
            <h2 id=id>{title}</h2>
            {body}
        </section>
    }
}

fn paragraphs(passages: &'static [Passage]) -> impl IntoView {
    passages.iter().map(|p| view! { <CitedParagraph passage=p/> }).collect_view()
}

/// A card that can be the selected item of the Concepts view.
#[component]
fn ConceptCard(id: &'static str, children: Children) -> impl IntoView {
    let selected = selected_item(Page::Concepts);
    let is_selected = move || selected.get().as_deref() == Some(id);
    view! {
        <article
            class="card concept-card"
            class:selected=is_selected
            id=item_dom_id(&Page::Concepts, id)
            aria-current=move || is_selected().then_some("true")
        >
            {children()}
        </article>
    }
}

/// All concept sections, each under its own second-level heading.
#[component]
pub fn ConceptsBody() -> impl IntoView {
    let c = &use_app().content.concepts;
    view! {
        {section("concepts-track-two", "Track one and track two", view! {
            {paragraphs(&c.track_two)}
            {c.track_two_quotes.iter().map(|quote| view! { <QuoteBlock quote/> }).collect_view()}
        })}
        {section("concepts-processes", "Montville's two processes of track two", view! {
            <ol class="cards">
                {c.processes.iter().map(|p| view! {
                    <li><ConceptCard id=p.id.as_str()>
                        <h3>{p.name.as_str()}</h3>
                        <p>{p.summary.as_str()} <Cites cites=&p.cite/></p>
                        {p.quote.as_ref().map(|quote| view! { <QuoteBlock quote/> })}
                    </ConceptCard></li>
                }).collect_view()}
            </ol>
            <h3>"Limits"</h3>
            {paragraphs(&c.limits)}
        })}
        {section("concepts-triad", "The systems view: what, how and who", view! {
            <CitedParagraph passage=&c.triad_intro/>
            <ol class="cards triad">
                {c.triad.iter().map(|t| view! {
                    <li><ConceptCard id=t.id.as_str()>
                        <h3>{t.concept.as_str()}</h3>
                        <p class="triad-question">{t.question.as_str()}</p>
                        <p>{t.explanation.as_str()} <Cites cites=&t.cite/></p>
                    </ConceptCard></li>
                }).collect_view()}
            </ol>
        })}
        {section("concepts-multi-track", "The multi-track idea", paragraphs(&c.multi_track))}
        {section("concepts-institute", "The Institute for Multi-Track Diplomacy", paragraphs(&c.institute))}
    }
}

#[component]
pub fn ConceptsPage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Concepts"</h1>
        <p class="lead">"The ideas behind the tracks: what track two is, how it works, where it stops, and how the whole fits together as a system."</p>
        <ConceptsBody/>
    }
}
