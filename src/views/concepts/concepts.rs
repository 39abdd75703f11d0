//! The Concepts view: track two as Montville defined it, his two processes and
//! their limits, the methods and the criticism (see `methods`), the systems
//! triad, the multi-track idea and the Institute.

use crate::model::base::route::{Page, Route};
use crate::model::content::Passage;
use crate::model::i18n::ui_text::ui;
use crate::views::common::cite::{CitedParagraph, Cites, QuoteBlock};
use crate::views::common::layout::{is_selected, ItemCard, PageHeading, Section};
use crate::views::concepts::methods::MethodsAndCriticism;
use crate::views::concepts::triad_figure::TriadFigure;
use crate::views::context::use_app;
use leptos::prelude::*;

fn paragraphs(passages: &'static [Passage]) -> impl IntoView {
    passages.iter().map(|p| view! { <CitedParagraph passage=p/> }).collect_view()
}

/// A card that can be the selected item of the Concepts view, with links to
/// the principles that show up in it.
#[component]
fn ConceptCard(id: &'static str, children: Children) -> impl IntoView {
    let principles = use_app().content().principles_for_concept(id);
    let t = &ui().reading;
    view! {
        <ItemCard page=Page::Concepts key=id.to_string() selected=is_selected(Page::Concepts, id) class="concept-card">
            {children()}
            {(!principles.is_empty()).then(|| view! {
                <p class="in-practice">
                    <strong>{t.principles_at_work}</strong>
                    {principles.into_iter().enumerate().map(|(i, p)| view! {
                        {(i > 0).then_some(t.list_separator)}
                        <a href=Route::item(Page::Principles, &p.id).to_hash()>{p.name.as_str()}</a>
                    }).collect_view()}
                </p>
            })}
        </ItemCard>
    }
}

/// All concept sections, each under its own second-level heading.
#[component]
pub fn ConceptsBody() -> impl IntoView {
    let c = &use_app().content().concepts;
    let t = &ui().reading;
    view! {
        <Section id="concepts-track-two" title=t.concepts_track_two_title>
            {paragraphs(&c.track_two)}
            {c.track_two_quotes.iter().map(|quote| view! { <QuoteBlock quote/> }).collect_view()}
        </Section>
        <Section id="concepts-processes" title=t.concepts_processes_title>
            <ol class="cards">
                {c.processes.iter().map(|p| view! {
                    <li><ConceptCard id=p.id.as_str()>
                        <h3>{p.name.as_str()}</h3>
                        <p>{p.summary.as_str()} <Cites cites=&p.cite/></p>
                        {p.quote.as_ref().map(|quote| view! { <QuoteBlock quote/> })}
                    </ConceptCard></li>
                }).collect_view()}
            </ol>
            <h3>{t.limits}</h3>
            {paragraphs(&c.limits)}
        </Section>
        <Section id="concepts-triad" title=t.concepts_triad_title>
            <CitedParagraph passage=&c.triad_intro/>
            <TriadFigure/>
            <ol class="cards triad">
                {c.triad.iter().map(|t| view! {
                    <li><ConceptCard id=t.id.as_str()>
                        <h3>{t.concept.as_str()}</h3>
                        <p class="triad-question">{t.question.as_str()}</p>
                        <p>{t.explanation.as_str()} <Cites cites=&t.cite/></p>
                    </ConceptCard></li>
                }).collect_view()}
            </ol>
        </Section>
        <MethodsAndCriticism/>
        <Section id="concepts-multi-track" title=t.concepts_multi_track_title>{paragraphs(&c.multi_track)}</Section>
        <Section id="concepts-institute" title=t.concepts_institute_title>
            {paragraphs(&c.institute)}
        </Section>
    }
}

#[component]
pub fn ConceptsPage() -> impl IntoView {
    crate::browser::view_style::adopt_view_style!("levels");
    crate::browser::view_style::adopt_view_style!("concepts");
    view! {
        <PageHeading page=Page::Concepts/>
        <p class="lead">{ui().reading.concepts_lead}</p>
        <ConceptsBody/>
    }
}
