//! "Write your own tour": a teacher browses to a view, selects what to show,
//! and adds that view as the next step of a tour of their own, with the
//! words to show and optional speaker notes. The checks are the model's
//! (`UserData::add_tour_step`); the step points at what the view selects.

use crate::browser::page_focus::scroll_target;
use crate::model::base::route::Route;
use crate::model::content::tour::TourStep;
use crate::model::i18n::ui_text::{fill, lang, number, ui};
use crate::views::common::layout::{own_or_new_select, text_area, text_field, FormOutcome};
use crate::views::context::use_app;
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
    let t = &ui().tours;
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
                let added = d.tour(&id).map(|own| {
                    fill(t.step_of_tour, &[("n", &number(lang(), own.steps.len() as u64)), ("title", &own.title)])
                });
                tour.set(id);
                added.unwrap_or_default()
            });
        });
        let done = result.is_ok();
        outcome.set(Some(result.map(|added| fill(t.added_as, &[("added", &added)]))));
        if done {
            for field in [new_title, title, text, notes] {
                field.set(String::new());
            }
        }
    };
    let own_tours = move || user.data.with(|d| d.tours.iter().map(|t| (t.id.clone(), t.title.clone())).collect());
    view! {
        <details class="tour-editor">
            <summary>{t.write_own}</summary>
            <p class="hint">{t.editor_hint}</p>
            <form class="event-form" on:submit=submit aria-label=t.add_to_tour>
                {own_or_new_select("tour-edit-tour", t.tour_field, own_tours, tour, t.new_tour_option)}
                {move || tour.with(|c| c.is_empty()).then(|| text_field("tour-edit-new", t.new_tour, new_title, t.new_tour_hint))}
                {text_field("tour-edit-title", t.step_title, title, "")}
                {text_area("tour-edit-text", t.text, text)}
                {text_area("tour-edit-notes", t.notes, notes)}
                <div class="actions"><button type="submit">{t.add_step}</button></div>
                <FormOutcome outcome/>
            </form>
        </details>
    }
}
