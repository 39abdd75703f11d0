//! The References view: every source, and every place in the guide that cites it.

use crate::browser::download::describe;
use crate::model::base::route::Page;
use crate::model::content::{EntryPart, Reference, ReferenceWords};
use crate::model::i18n::ui_text::{fill, ui};
use crate::views::common::layout::{is_selected, ItemCard, PageHeading, Section};
use crate::views::context::use_app;
use leptos::prelude::*;

#[component]
pub fn ReferenceItem(reference: &'static Reference) -> impl IntoView {
    let content = use_app().content();
    let cited_by = content.cited_by(&reference.id);
    let t = &ui().reading;
    // `Reference::date_label` says "undated" in English, for the model's own uses.
    let date = if reference.date.is_some() { reference.date_label() } else { t.undated.to_string() };
    let words = ReferenceWords { quoted: t.quoted_title, consulted: t.consulted };
    let book = reference.book;
    let entry = reference
        .entry_parts(&words)
        .into_iter()
        .map(|part| match part {
            EntryPart::Text(text) => text.into_any(),
            EntryPart::Title(title) if book => view! { <cite><bdi>{title}</bdi></cite> }.into_any(),
            EntryPart::Title(title) => view! { <bdi>{title}</bdi> }.into_any(),
        })
        .collect_view();
    let citation = reference.citation(&words);
    // Said beside the button, in a live region: a screen reader hears the
    // outcome without leaving the entry.
    let copied = RwSignal::new(String::new());
    let copy = move |_| {
        let promise = window().navigator().clipboard().write_text(&citation);
        leptos::task::spawn_local(async move {
            copied.set(match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => t.citation_copied.into(),
                Err(e) => fill(t.citation_copy_failed, &[("reason", &describe(&e))]),
            });
        });
    };
    view! {
        <li><ItemCard page=Page::References key=reference.id.clone() selected=is_selected(Page::References, &reference.id) class="reference">
            <h3>{reference.short.as_str()}</h3>
            <p class="ref-date">{fill(t.published, &[("date", &date)])}</p>
            <p class="ref-entry">{entry}</p>
            {reference.url.as_deref().map(|url| view! {
                <p><a href=url rel="noopener noreferrer" class="external">{url}</a></p>
            })}
            {reference.note.as_deref().map(|note| view! { <p class="note">{note}</p> })}
            <p class="ref-copy">
                <button type="button" on:click=copy aria-label=fill(t.copy_citation_named, &[("short", &reference.short)])>
                    {t.copy_citation}
                </button>
                " "<span role="status">{move || copied.get()}</span>
            </p>
            <details>
                <summary>{t.cited_in.count(cited_by.len())}</summary>
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
    crate::browser::view_style::adopt_view_style!("references");
    let t = &ui().reading;
    view! {
        <PageHeading page=Page::References/>
        <Section id="references-all" title=t.sources_title>
            <p>{t.references_intro}</p>
            <ReferencesBody/>
        </Section>
    }
}
