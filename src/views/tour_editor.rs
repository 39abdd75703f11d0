//! "Write your own tour": a teacher browses to a view, selects what to show,
//! and adds that view as the next step of a tour of their own, with the
//! words to show and optional speaker notes. The checks are the model's
//! (`UserData::add_tour_step`); the step points at what the view selects.

use super::app::use_app;
use super::layout::{own_or_new_select, text_area, text_field, FormOutcome};
use crate::browser::page_focus::scroll_target;
use crate::model::route::Route;
use crate::model::tour::TourStep;
use leptos::prelude::*;

const NEW_TOUR: &str = "";

/// The element a step on `route` points at: the selected item's panel or
/// card, or else the view's heading.
fn step_target(route: &Route) -> String {
    match (&route.item, route.param("pair")) {
        (_, Some(_)) => "#relation-details".to_string(),
        (Some(item), None) => format!("#{}", scroll_target(&route.page, item)),
        (None, None) => "main h1".to_string(),
    }
}

#[component]
pub fn TourEditor() -> impl IntoView {
    let app = use_app();
    let user = app.user;
    let tour = RwSignal::new(String::new());
    let (new_title, title, text, notes) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let outcome = RwSignal::new(None::<Result<String, String>>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let route = app.route.get_untracked();
        let step = TourStep {
            route: route.to_hash(),
            target: step_target(&route),
            title: title.get_untracked(),
            text: text.get_untracked(),
            cite: Vec::new(),
            notes: notes.get_untracked(),
        };
        let chosen = tour.get_untracked();
        let into = (chosen != NEW_TOUR).then_some(chosen.as_str());
        let mut result = Err(String::new());
        user.update(|d| {
            result = d.add_tour_step(into, &new_title.get_untracked(), step).map_err(|e| e.to_string()).map(|id| {
                let added = d.tour(&id).map(|t| format!("step {} of \u{201c}{}\u{201d}", t.steps.len(), t.title));
                tour.set(id);
                added.unwrap_or_default()
            });
        });
        let done = result.is_ok();
        outcome.set(Some(result.map(|added| format!("Added this view as {added}."))));
        if done {
            for field in [new_title, title, text, notes] {
                field.set(String::new());
            }
        }
    };
    let own_tours = move || user.data.with(|d| d.tours.iter().map(|t| (t.id.clone(), t.title.clone())).collect());
    view! {
        <details class="tour-editor">
            <summary>"Write your own tour"</summary>
            <p class="hint">
                "Go to a view and select what you want to show (an event, a track, a principle), then add it here as the next step. "
                "Your tours are saved with your data, and can be exported and shared by link from Your data."
            </p>
            <form class="event-form" on:submit=submit aria-label="Add this view to a tour">
                {own_or_new_select("tour-edit-tour", "Tour", own_tours, tour, "A new tour\u{2026}")}
                {move || tour.with(|c| c.is_empty()).then(|| text_field("tour-edit-new", "New tour", new_title, "e.g. Cyprus: who can talk to whom"))}
                {text_field("tour-edit-title", "Step title", title, "")}
                {text_area("tour-edit-text", "Text", text)}
                {text_area("tour-edit-notes", "Speaker notes (optional)", notes)}
                <div class="actions"><button type="submit">"Add this view as a step"</button></div>
                <FormOutcome outcome/>
            </form>
        </details>
    }
}
