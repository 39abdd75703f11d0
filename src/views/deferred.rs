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
    let joined = super::app::use_app().joined;
    let state = RwSignal::new(loaded(&page).map_or(State::Loading, State::Ready));
    let fetch = {
        let page = page.clone();
        move || {
            let page = page.clone();
            state.set(State::Loading);
            leptos::task::spawn_local(async move {
                let outcome = match parts::load(&page).await {
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
                    page_focus::settle_after_load();
                    request_animation_frame(|| crate::mark(crate::VIEW_READY_MARK));
                }
            });
        }
    };
    if matches!(state.get_untracked(), State::Loading) {
        fetch();
    }
    move || match state.get() {
        State::Ready(view) => view(),
        State::Loading => {
            view! { <p class="loading" role="status">"Loading this part of the guide\u{2026}"</p> }.into_any()
        }
        State::Failed(reason) => {
            let retry = fetch.clone();
            view! {
                <div class="load-failed" role="alert">
                    <p><strong>"This part of the guide could not be loaded."</strong></p>
                    <p>
                        "You may be offline, or a new version of the guide may have been published since this page was opened. "
                        "Your own data is not affected. (" {reason} ")"
                    </p>
                    <p class="actions">
                        <button type="button" on:click=move |_| retry()>"Try again"</button>
                        " "
                        <ReloadButton/>
                    </p>
                </div>
            }
            .into_any()
        }
    }
}
