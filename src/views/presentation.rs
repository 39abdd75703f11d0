//! Presentation mode, for the projector: "Present" goes full screen with
//! large type and no editing controls, the tour's keys (PageUp/PageDown from
//! a clicker, or the arrows) step, and "Speaker notes" opens a second window
//! that follows the steps and can move them.

use super::layout::PageHeading;
use super::tour::{step_label, use_tours, OpenTour, Tours};
use crate::browser::presentation::{self as screen, Channel};
use crate::model::presentation::Message;
use crate::model::route::Page;
use crate::model::ui_text::{fill, ui};
use leptos::prelude::*;

/// Where the presentation is, as the notes window is told.
fn message_for(open: Option<OpenTour>) -> Message {
    open.map_or(Message::Closed, |o| Message::At { tour: o.tour, step: o.step })
}

/// Keeps the document's look, full screen and the notes window in step with
/// `tours.presenting`.
pub fn provide_presenter(tours: Tours) {
    Effect::new(move |_| screen::mark_presenting(tours.presenting.get()));
    let was_full = StoredValue::new(false);
    screen::on_full_screen_change(move |full| {
        // Leaving full screen (Escape, F11) ends presenting; refusing it does not.
        if !full && was_full.get_value() {
            tours.presenting.set(false);
        }
        was_full.set_value(full);
    });
    let channel = StoredValue::new_local(None::<Channel>);
    let opened = Channel::open(move |message| {
        if !tours.presenting.get_untracked() {
            return;
        }
        match message {
            Message::Hello => {
                let reply = message_for(tours.open.get_untracked());
                channel.with_value(|c| c.as_ref().map(|c| c.post(&reply)));
            }
            Message::Go(step) => tours.go_to(step),
            Message::At { .. } | Message::Closed => {}
        }
    });
    channel.set_value(Some(opened));
    Effect::new(move |_| {
        let now = message_for(tours.open.get());
        if tours.presenting.get() {
            channel.with_value(|c| c.as_ref().map(|c| c.post(&now)));
        }
    });
}

/// "Present" (or "Stop presenting" and "Speaker notes" while presenting).
#[component]
pub fn PresentButtons() -> impl IntoView {
    let tours = use_tours();
    let t = &ui().tours;
    let blocked = RwSignal::new(false);
    let present = move |_| {
        tours.presenting.set(true);
        screen::enter_full_screen();
        if tours.open.with_untracked(Option::is_none) {
            tours.menu.set(true);
        }
    };
    let stop = move |_| {
        tours.presenting.set(false);
        screen::leave_full_screen();
    };
    view! {
        <Show
            when=move || tours.presenting.get()
            fallback=move || view! { <button type="button" on:click=present>{t.present}</button> }
        >
            <button type="button" on:click=stop>{t.stop_presenting}</button>
            <button type="button" on:click=move |_| blocked.set(!screen::open_notes_window())>{t.speaker_notes}</button>
            <Show when=move || blocked.get()>
                <span class="resume-what" role="alert">{t.blocked}</span>
            </Show>
        </Show>
    }
}

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
