//! The handout: what a class takes home on paper. The timeline as a dated
//! list, the nine-track circle with the tracks named, the twelve principles
//! and the references, laid out for A4 and Letter by the print stylesheet.

use super::app::use_app;
use super::layout::{PageHeading, Section};
use super::model_diagram::ModelDiagram;
use super::references::ReferencesBody;
use crate::model::content::EventKind;
use crate::model::diagram::CIRCLE_YEAR;
use crate::model::route::Page;
use leptos::prelude::*;

#[component]
pub fn HandoutPage() -> impl IntoView {
    let content = use_app().content();
    let history: Vec<_> = content.events.iter().filter(|e| e.kind == EventKind::History).collect();
    // The sources of what the handout shows, not of every case.
    let cited = content.handout_references();
    let print = |_| {
        let _ = window().print();
    };
    view! {
        <PageHeading page=Page::Handout/>
        <p class="lead screen-only">"The guide on a few printed pages, for A4 or Letter paper: the history, the nine tracks, the principles and the sources."</p>
        <div class="actions screen-only"><button type="button" on:click=print>"Print handout"</button></div>
        <Section id="handout-timeline" title="Timeline, 1981 to 2007">
            <ol class="handout-list">
                {history.iter().map(|e| view! {
                    <li>
                        <time datetime=e.date.datetime_attr()>{e.date_label()}</time>
                        " " <strong>{e.title.as_str()}</strong>". " {e.summary.as_str()}
                    </li>
                }).collect_view()}
            </ol>
        </Section>
        <Section id="handout-cases" title="Cases: the tracks at work">
            <ol class="handout-list">
                {content.cases().map(|e| view! {
                    <li>
                        <time datetime=e.date.datetime_attr()>{e.date_label()}</time>
                        " " <strong>{e.title.as_str()}</strong>
                        {format!(" (tracks {})", e.tracks.iter().map(u8::to_string).collect::<Vec<_>>().join(", "))}
                    </li>
                }).collect_view()}
            </ol>
        </Section>
        <Section id="handout-tracks" title="The nine tracks">
            <div class="handout-tracks">
                <ModelDiagram year=CIRCLE_YEAR/>
                <ol class="handout-list">
                    {content.tracks.iter().map(|t| view! {
                        <li><strong>{t.label()}</strong>": " {format!("peacemaking through {}", t.phrase.trim_start_matches("peacemaking through "))}</li>
                    }).collect_view()}
                </ol>
            </div>
            <p>{content.redesign.text.as_str()}</p>
        </Section>
        <Section id="handout-principles" title="Twelve principles">
            <ol class="handout-list">
                {content.principles.items.iter().map(|p| view! {
                    <li><strong>{p.name.as_str()}</strong>": " {p.meaning.as_str()}</li>
                }).collect_view()}
            </ol>
        </Section>
        <Section id="handout-references" title="References">
            <ReferencesBody only=cited/>
        </Section>
    }
}
