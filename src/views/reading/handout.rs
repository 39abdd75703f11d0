//! The handout: what a class takes home on paper. The timeline as a dated
//! list, the nine-track circle with the tracks named, the twelve principles
//! and the references, laid out for A4 and Letter by the print stylesheet.

use crate::model::base::route::Page;
use crate::model::content::EventKind;
use crate::model::i18n::ui_text::{fill, lang, ui};
use crate::views::common::layout::{PageHeading, Section};
use crate::views::common::track_wheel::TrackWheel;
use crate::views::context::use_app;
use crate::views::reading::references::ReferencesBody;
use leptos::prelude::*;

#[component]
pub fn HandoutPage() -> impl IntoView {
    crate::browser::view_style::adopt_view_style!("handout");
    let content = use_app().content();
    let history: Vec<_> = content.events.iter().filter(|e| e.kind == EventKind::History).collect();
    // The sources of what the handout shows, not of every case.
    let cited = content.handout_references();
    let print = |_| {
        let _ = window().print();
    };
    let (t, p) = (&ui().reading, &ui().pages);
    // " (tracks 1, 4)": the form follows how many tracks there are.
    let case_tracks = |tracks: &[u8]| {
        let list = tracks.iter().map(u8::to_string).collect::<Vec<_>>().join(t.list_separator);
        fill(t.case_tracks.form(lang(), tracks.len() as u64), &[("tracks", &list)])
    };
    view! {
        <PageHeading page=Page::Handout/>
        <p class="lead screen-only">{t.handout_lead}</p>
        <div class="actions screen-only"><button type="button" on:click=print>{t.print_handout}</button></div>
        <Section id="handout-timeline" title=t.handout_timeline_title>
            <ol class="handout-list">
                {history.iter().map(|e| view! {
                    <li>
                        <time datetime=e.date.datetime_attr()>{e.date_label()}</time>
                        " " <strong>{e.title.as_str()}</strong>". " {e.summary.as_str()}
                    </li>
                }).collect_view()}
            </ol>
        </Section>
        <Section id="handout-cases" title=t.handout_cases_title>
            <ol class="handout-list">
                {content.cases().map(|e| view! {
                    <li>
                        <time datetime=e.date.datetime_attr()>{e.date_label()}</time>
                        " " <strong>{e.title.as_str()}</strong>
                        {case_tracks(&e.tracks)}
                    </li>
                }).collect_view()}
            </ol>
        </Section>
        <Section id="handout-tracks" title=p.title_tracks>
            <div class="handout-tracks">
                <TrackWheel/>
                <ol class="handout-list">
                    {content.tracks.iter().map(|track| view! {
                        <li><strong>{track.label()}</strong>{t.colon} {track.phrase.as_str()}</li>
                    }).collect_view()}
                </ol>
            </div>
            <p>{content.redesign.text.as_str()}</p>
        </Section>
        <Section id="handout-principles" title=p.title_principles>
            <ol class="handout-list">
                {content.principles.items.iter().map(|item| view! {
                    <li><strong>{item.name.as_str()}</strong>{t.colon} {item.meaning.as_str()}</li>
                }).collect_view()}
            </ol>
        </Section>
        <Section id="handout-references" title=p.title_references>
            <ReferencesBody only=cited/>
        </Section>
    }
}
