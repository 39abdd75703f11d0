//! Presentation mode, for the projector: "Present" goes full screen with
//! large type and no editing controls, the tour's keys (PageUp/PageDown from
//! a clicker, or the arrows) step, and "Speaker notes" opens a second window
//! that follows the steps and can move them (`reading::speaker_notes`).

use crate::browser::presentation::{self as screen, Channel};
use crate::model::formats::presentation::Message;
use crate::model::i18n::ui_text::ui;
use crate::views::tours::tour::{use_tours, OpenTour, Tours};
use leptos::prelude::*;

/// Where the presentation is, as the notes window is told.
fn message_for(open: Option<OpenTour>) -> Message {
    open.map_or(Message::Closed, |o| Message::At { tour: o.tour, step: o.step })
}

/// Keeps the document's look, full screen and the notes window in step with
/// `tours.presenting`, from the first time the guide presents: that fetches
/// the classroom part, which carries the keeping (`start_presenter`), as it
/// carries the slides' stylesheet.
///
/// Why not from the start: most readers never present, and the channel to
/// the notes window, its messages and the full-screen handling cost every
/// first load about 3 KB.
pub fn provide_presenter(tours: Tours) {
    // The app's owner, not the effect's: the effects the part starts must
    // outlive this one's next run.
    let owner = Owner::current();
    let started = StoredValue::new(false);
    Effect::new(move |_| {
        if !tours.presenting.get() || started.get_value() {
            return;
        }
        if !tours.classroom.get() {
            return crate::views::tours::classroom::load_classroom(tours.classroom);
        }
        if let (Some(part), Some(owner)) = (crate::views::tours::classroom::loaded(), owner.as_ref()) {
            started.set_value(true);
            owner.with(|| (part.present)(tours));
        }
    });
}

/// What `provide_presenter` starts once the classroom part is here.
pub(crate) fn start_presenter(tours: Tours) {
    Effect::new(move |_| {
        // A tour opening or closing while presenting changes the slide layout too.
        tours.open.with(|_| ());
        screen::mark_presenting(tours.presenting.get());
    });
    // Presenting asked for full screen before this part arrived.
    let was_full = StoredValue::new(document().fullscreen_element().is_some());
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
            crate::views::tours::classroom::focus_menu_when_drawn();
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
