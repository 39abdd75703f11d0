//! The References view: every source, and every place in the guide that cites it.

use super::app::use_app;
use super::layout::{is_selected, ItemCard, PageHeading, Section};
use crate::model::content::Reference;
use crate::model::route::Page;
use leptos::prelude::*;

#[component]
pub fn ReferenceItem(reference: &'static Reference) -> impl IntoView {
    let content = use_app().content();
    let cited_by = content.cited_by(&reference.id);
    view! {
        <li><ItemCard page=Page::References key=reference.id.clone() selected=is_selected(Page::References, &reference.id) class="reference">
            <h3>{reference.short.as_str()}</h3>
            <p class="ref-date">{format!("Published: {}", reference.date_label())}</p>
            <p>{reference.full.as_str()}</p>
            {reference.url.as_deref().map(|url| view! {
                <p><a href=url rel="noopener noreferrer" class="external">{url}</a></p>
            })}
            {reference.note.as_deref().map(|note| view! { <p class="note">{note}</p> })}
            <details>
                <summary>{format!("Cited in {} place{}", cited_by.len(), if cited_by.len() == 1 { "" } else { "s" })}</summary>
                <ul>
                    {cited_by.into_iter().map(|(route, label)| view! { <li><a href=route.to_hash()>{label}</a></li> }).collect_view()}
                </ul>
            </details>
        </ItemCard></li>
    }
}

/// The sources, all of them or (`only`) those a page cites.
#[component]
pub fn ReferencesBody(#[prop(optional)] only: Option<Vec<String>>) -> impl IntoView {
    let content = use_app().content();
    let shown = move |r: &&Reference| only.as_ref().is_none_or(|ids| ids.contains(&r.id));
    view! {
        <ol class="reference-list">
            {content.references.iter().filter(shown).map(|reference| view! { <ReferenceItem reference/> }).collect_view()}
        </ol>
    }
}

#[component]
pub fn ReferencesPage() -> impl IntoView {
    view! {
        <PageHeading page=Page::References/>
        <Section id="references-all" title="Sources">
            <p>"Every statement in this guide links to one or more of these sources. Open \u{201c}Cited in\u{201d} to see where each is used."</p>
            <ReferencesBody/>
        </Section>
    }
}
