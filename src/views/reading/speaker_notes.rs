//! The speaker-notes window that "Speaker notes" opens beside a
//! presentation: it follows the presenting window's steps over a
//! `BroadcastChannel` and can move them: with its buttons, the arrow keys,
//! or the list of every step; a clock shows how long the class has been
//! shown the presentation. The window carries no site menu (see the
//! stylesheet's `.notes-window`): it is the presenter's console, not the guide.

use crate::browser::presentation::Channel;
use crate::browser::step_keys;
use crate::model::base::route::Page;
use crate::model::formats::presentation::{clock, Message};
use crate::model::i18n::ui_text::{fill, ui};
use crate::views::common::layout::PageHeading;
use crate::views::tours::tour::{step_label, use_tours, OpenTour};
use leptos::prelude::*;

/// The speaker-notes window: the presenter's current step with its notes and
/// what comes next, and Previous and Next that move the presentation.
#[component]
pub fn SpeakerNotesPage() -> impl IntoView {
    crate::browser::view_style::adopt_view_style!("speaker_notes");
    let tours = use_tours();
    crate::views::tours::classroom::load_classroom(tours.classroom);
    let t = &ui().tours;
    let at = RwSignal::new(None::<OpenTour>);
    let channel = Channel::open(move |message| match message {
        Message::At { tour, step } => at.set(Some(OpenTour { tour, step })),
        Message::Closed => at.set(None),
        Message::Hello | Message::Go(_) => {}
    });
    channel.post(&Message::Hello);
    let channel = StoredValue::new_local(channel);
    let go = move |step: usize| channel.with_value(|c| c.post(&Message::Go(step)));
    // The clock starts with the first step the presenting window reports.
    let started = RwSignal::new(None::<f64>);
    let now = RwSignal::new(js_sys::Date::now());
    Effect::new(move |_| {
        if at.with(Option::is_some) && started.get_untracked().is_none() {
            started.set(Some(js_sys::Date::now()));
        }
    });
    if let Ok(ticking) =
        set_interval_with_handle(move || now.set(js_sys::Date::now()), std::time::Duration::from_secs(1))
    {
        on_cleanup(move || ticking.clear());
    }
    let elapsed = move || started.get().map(|s| clock(((now.get() - s).max(0.0) / 1000.0) as u64));
    let current = Memo::new(move |_| {
        let open = at.get()?;
        let tour = tours.find(&open.tour)?;
        Some((tour, open.step))
    });
    step_keys::on_step_keys(move |key| {
        let Some(Some((tour, k))) = current.try_get_untracked() else { return false };
        if let Some(step) = tour.step_after(k, key) {
            go(step);
        }
        true
    });
    view! {
        <div class="notes-window">
        <PageHeading page=Page::SpeakerNotes/>
        <p class="notes-clock" role="timer">
            {move || elapsed().map(|time| fill(t.timer, &[("time", &time)]))}
            <Show when=move || started.get().is_some()>
                " "
                <button type="button" on:click=move |_| started.set(Some(js_sys::Date::now()))>{t.restart_timer}</button>
            </Show>
        </p>
        {move || match current.get() {
            None => view! {
                <p role="status">{t.waiting}</p>
            }.into_any(),
            Some((tour, k)) => {
                let step = tour.steps.get(k).cloned();
                let next = tour.next(k).and_then(|n| tour.steps.get(n)).map(|s| s.title.clone());
                let previous = tour.previous(k);
                let following = tour.next(k);
                view! {
                    <p class="tour-place" role="status">
                        <span class="tour-name">{tour.title.clone()}</span> " \u{b7} "
                        <span class="tour-count">{step_label(&tour, k)}</span>
                    </p>
                    {step.map(|s| view! {
                        <h2>{s.title}</h2>
                        <section class="card speaker-notes" aria-label=t.notes_for_step>
                            {if s.notes.is_empty() {
                                view! { <p class="hint">{t.no_notes}</p> }.into_any()
                            } else {
                                view! { <p class="notes-text">{s.notes}</p> }.into_any()
                            }}
                        </section>
                        <p class="hint">{t.on_screen} {s.text}</p>
                    })}
                    <p>{next.map_or_else(|| t.last_step.to_string(), |title| fill(t.next_step, &[("title", &title)]))}</p>
                    <div class="tour-actions">
                        <button type="button" disabled=previous.is_none() on:click=move |_| { if let Some(p) = previous { go(p) } }>{t.previous}</button>
                        <button type="button" disabled=following.is_none() on:click=move |_| { if let Some(n) = following { go(n) } }>{t.next}</button>
                    </div>
                    <nav class="step-list" aria-label=t.all_steps>
                        <ol>
                            {tour.steps.iter().enumerate().map(|(i, s)| view! {
                                <li>
                                    <button type="button" aria-current=(i == k).then_some("step") on:click=move |_| go(i)>
                                        {s.title.clone()}
                                    </button>
                                </li>
                            }).collect_view()}
                        </ol>
                    </nav>
                }.into_any()
            }
        }}
        </div>
    }
}
