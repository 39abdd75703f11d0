//! The speaker-notes window that "Speaker notes" opens beside a
//! presentation: it follows the presenting window's steps over a
//! `BroadcastChannel` and can move them.

use crate::browser::presentation::Channel;
use crate::model::base::route::Page;
use crate::model::formats::presentation::Message;
use crate::model::i18n::ui_text::{fill, ui};
use crate::views::common::layout::PageHeading;
use crate::views::tours::tour::{step_label, use_tours, OpenTour};
use leptos::prelude::*;

/// The speaker-notes window: the presenter's current step with its notes and
/// what comes next, and Previous and Next that move the presentation.
#[component]
pub fn SpeakerNotesPage() -> impl IntoView {
    let tours = use_tours();
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
    let current = Memo::new(move |_| {
        let open = at.get()?;
        let tour = tours.find(&open.tour)?;
        Some((tour, open.step))
    });
    view! {
        <PageHeading page=Page::SpeakerNotes/>
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
                }.into_any()
            }
        }}
    }
}
