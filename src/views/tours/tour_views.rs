//! The tour menu and the step panel: what the classroom part draws (see
//! `classroom`), so the start module, which every page loads, carries only
//! the buttons that open them.

use crate::model::i18n::ui_text::{fill, lang, number, ui};
use crate::views::common::cite::cites_view;
use crate::views::tours::classroom::take_menu_focus;
use crate::views::tours::tour::{step_label, use_tours};
use crate::views::tours::tour_editor::TourEditor;
use leptos::prelude::*;

/// The menu, taking the focus if "Present" asked for it
/// (`classroom::focus_menu_when_drawn`).
pub fn tour_menu() -> AnyView {
    if take_menu_focus() {
        request_animation_frame(|| {
            crate::browser::page_focus::focus_within(None, "#tour-menu button");
        });
    }
    view! { <TourMenuBody/> }.into_any()
}

/// The open tour's step panel.
pub fn tour_panel() -> AnyView {
    view! { <TourPanelBody/> }.into_any()
}

/// The list of tours "Start tour" opens.
#[component]
fn TourMenuBody() -> impl IntoView {
    let tours = use_tours();
    let t = &ui().tours;
    let close_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            tours.menu.set(false);
        }
    };
    view! {
        <section id="tour-menu" class="tour-menu" aria-labelledby="tour-menu-title" on:keydown=close_on_escape>
            <h2 id="tour-menu-title">{t.guided_tours}</h2>
            <ul>
                {move || tours.all().into_iter().map(|tour| {
                    let id = tour.id.clone();
                    view! {
                        <li>
                            <button type="button" on:click=move |_| tours.start(&id, 0)>{tour.title.clone()}</button>
                            <span class="tour-summary">
                                {fill(
                                    t.tour_steps.form(lang(), tour.steps.len() as u64),
                                    &[("n", &number(lang(), tour.steps.len() as u64)), ("summary", &tour.summary)],
                                )}
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p class="hint">{t.keys_hint}</p>
            <TourEditor/>
        </section>
    }
}

/// The open tour's current step.
#[component]
fn TourPanelBody() -> impl IntoView {
    let tours = use_tours();
    let t = &ui().tours;
    let current = Memo::new(move |_| {
        let open = tours.open.get()?;
        let tour = tours.find(&open.tour)?;
        let step = tour.steps.get(open.step)?.clone();
        Some((tour, open.step, step))
    });
    move || {
        current.get().map(|(tour, k, step)| {
            let n = tour.steps.len();
            let last = tour.next(k).is_none();
            let previous = tour.previous(k);
            view! {
                <section class="tour-panel" aria-labelledby="tour-step-title">
                    <p class="tour-place">
                        <span class="tour-name">{tour.title.clone()}</span>
                        " \u{b7} "
                        <span class="tour-count">{step_label(&tour, k)}</span>
                    </p>
                    <progress max=n value=k + 1 aria-label=t.progress></progress>
                    <h2 id="tour-step-title">{step.title.clone()}</h2>
                    <p class="tour-text" aria-live="polite">
                        {step.text.clone()}
                        {(!step.cite.is_empty()).then(|| cites_view(&step.cite))}
                    </p>
                    <div class="tour-actions">
                        <button type="button" disabled=previous.is_none() on:click=move |_| {
                            if let Some(p) = previous {
                                tours.go_to(p);
                            }
                        }>{t.previous}</button>
                        {if last {
                            view! { <button type="button" class="primary" on:click=move |_| tours.leave()>{t.finish}</button> }.into_any()
                        } else {
                            view! { <button type="button" class="primary" on:click=move |_| tours.go_to(k + 1)>{t.next}</button> }.into_any()
                        }}
                        <button type="button" class="tour-leave link-button" on:click=move |_| tours.leave()>{t.leave}</button>
                    </div>
                </section>
            }
        })
    }
}
