//! A view that arrives when first opened (see `parts`): a loading state while
//! its wasm file downloads, and a clear message with a retry if it cannot.
//!
//! Why here and not in each view: a part that fails to load (offline, or a
//! new version deployed since the page was opened, whose files replaced the
//! old ones) must never leave a silently empty page, whichever part it is.

use super::layout::ReloadButton;
use super::parts::{self, PartView};
use crate::browser::page_focus;
use crate::model::route::Page;
use crate::model::ui_text::ui;
use leptos::prelude::*;
use std::cell::RefCell;

#[derive(Clone)]
enum State {
    Loading,
    Ready(PartView),
    Failed(String),
}

thread_local! {
    /// Parts already loaded this session, so coming back draws at once.
    static LOADED: RefCell<Vec<(Page, PartView)>> = const { RefCell::new(Vec::new()) };
}

fn loaded(page: &Page) -> Option<PartView> {
    LOADED.with(|l| l.borrow().iter().find(|(p, _)| p == page).map(|(_, v)| *v))
}

/// Draws `page` from its part, loading it first if this session has not.
#[component]
pub fn Deferred(page: Page) -> impl IntoView {
    let app = super::app::use_app();
    let (joined, base) = (app.joined, app.start_content());
    let state = RwSignal::new(loaded(&page).map_or(State::Loading, State::Ready));
    // A part that has just arrived: focus and the benchmark's mark follow
    // once it is drawn, which may wait for the reader's stored data below.
    let arrived = RwSignal::new(false);
    Effect::new(move |_| {
        if arrived.get() && app.user.is_read() {
            arrived.set(false);
            page_focus::settle_after_load();
            request_animation_frame(|| crate::mark(crate::VIEW_READY_MARK));
        }
    });
    let fetch = {
        let page = page.clone();
        move || {
            let page = page.clone();
            state.set(State::Loading);
            leptos::task::spawn_local(async move {
                let outcome = match parts::load(&page, base).await {
                    Some(Ok(view)) => {
                        if parts::full_content().is_some() {
                            joined.try_set(true);
                        }
                        LOADED.with(|l| l.borrow_mut().push((page, view)));
                        State::Ready(view)
                    }
                    Some(Err(e)) => State::Failed(e.to_string()),
                    None => return,
                };
                // The view may have been left while its part downloaded.
                if state.try_set(outcome).is_none() {
                    arrived.try_set(true);
                }
            });
        }
    };
    if matches!(state.get_untracked(), State::Loading) {
        fetch();
    }
    move || match state.get() {
        // A part can arrive before the stored data is read (both load as the
        // page starts): the view waits for it rather than start empty.
        State::Ready(view) if app.user.is_read() => view(),
        State::Ready(_) | State::Loading => {
            view! { <p class="loading" role="status">{ui().app.part_loading}</p> }.into_any()
        }
        State::Failed(reason) => {
            view! { <LoadFailed heading=ui().app.part_failed reason retry=fetch.clone()/> }.into_any()
        }
    }
}

/// What a load that failed says (a part here, the content at start in
/// `start_failed`): why it may have happened, with a retry and a reload.
#[component]
pub(super) fn LoadFailed(heading: &'static str, reason: String, retry: impl Fn() + 'static) -> impl IntoView {
    view! {
        <div class="load-failed" role="alert">
            <p><strong>{heading}</strong></p>
            <p>{ui().app.part_failed_why} " (" <bdi>{reason}</bdi> ")"</p>
            <p class="actions">
                <button type="button" on:click=move |_| retry()>{ui().app.try_again}</button>
                " "
                <ReloadButton/>
            </p>
        </div>
    }
}
