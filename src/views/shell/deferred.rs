//! A view that arrives when first opened (see `parts`): a loading state while
//! its wasm file downloads, and a clear message with a retry if it cannot.
//!
//! Why here and not in each view: a part that fails to load (offline, or a
//! new version deployed since the page was opened, whose files replaced the
//! old ones) must never leave a silently empty page, whichever part it is.

use crate::browser::page_focus;
use crate::model::base::route::Page;
use crate::model::i18n::ui_text::ui;
use crate::views::common::layout::ReloadButton;
use crate::views::shell::parts::{self, PartView};
use leptos::prelude::*;
use std::cell::RefCell;

#[derive(Clone)]
enum State {
    Loading,
    Ready(PartView),
    Failed(String),
}

thread_local! {
    /// Parts already loaded on this visit, so coming back draws at once.
    static LOADED: RefCell<Vec<(Page, PartView)>> = const { RefCell::new(Vec::new()) };
}

thread_local! {
    /// The view a link straight to it fetched before the app was mounted
    /// ([`preload`]), until it is first drawn.
    static PRELOADED: RefCell<Option<Page>> = const { RefCell::new(None) };
}

fn loaded(page: &Page) -> Option<PartView> {
    LOADED.with(|l| l.borrow().iter().find(|(p, _)| p == page).map(|(_, v)| *v))
}

/// Fetches the part that draws `page`, before the app replaces the static
/// page, so that a link straight to a view goes from the static page to the
/// whole view at once: nothing on the page moves as it arrives (no loading
/// line that the view then pushes down). A part that fails is fetched again,
/// and its failure shown, once the app is mounted.
pub async fn preload(page: &Page, base: &'static crate::model::content::Dataset) {
    if let Some(Ok(view)) = parts::load(page, base).await {
        LOADED.with(|l| l.borrow_mut().push((page.clone(), view)));
        PRELOADED.with(|p| *p.borrow_mut() = Some(page.clone()));
    }
}

/// Whether `page` was preloaded and not drawn yet, once: its first drawing
/// is an arrival.
fn take_preloaded(page: &Page) -> bool {
    PRELOADED.with(|p| {
        let mut slot = p.borrow_mut();
        let found = slot.as_ref() == Some(page);
        if found {
            *slot = None;
        }
        found
    })
}

/// Draws `page` from its part, loading it first if this visit has not.
#[component]
pub fn Deferred(page: Page) -> impl IntoView {
    let app = crate::views::context::use_app();
    let (joined, base) = (app.joined, app.start_content());
    let preloaded = take_preloaded(&page);
    let state = RwSignal::new(loaded(&page).map_or(State::Loading, State::Ready));
    if preloaded && crate::views::context::full_content().is_some() {
        joined.set(true);
    }
    // A part that has just arrived: focus and the benchmark's mark follow
    // once it is drawn, which may wait for the reader's stored data below.
    let arrived = RwSignal::new(preloaded);
    Effect::new(move |_| {
        if arrived.get() && app.user.is_read() {
            arrived.set(false);
            page_focus::settle_after_load();
            request_animation_frame(|| {
                crate::browser::performance_marks::mark(crate::browser::performance_marks::VIEW_READY_MARK)
            });
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
                        if crate::views::context::full_content().is_some() {
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
