//! The views that are not needed to paint the start page, each loaded the
//! first time it is opened.
//!
//! See `browser::split` for how; a part hands back the function that draws
//! its view, and `deferred` shows it.
//!
//! The views come in five wasm modules, not one each: every module that
//! shares code with another adds a chunk for what they share, and with a
//! module per view the timeline alone needed a hundred small files (280 KB
//! brotli in all for its first load). So: the timeline; the tracks with the
//! principles and concepts; the other reading views; the classroom's quiz
//! and case maps; and the reader's own data.

use crate::browser::split::{split_fn, SplitLoaderError};
use crate::model::case_studies::Cases;
use crate::model::content::{Dataset, Event};
use crate::model::route::Page;
use crate::model::timeline_cases::{EventLinks, TimelineCases};
use leptos::prelude::*;
use std::sync::OnceLock;

/// What a loaded part gives: the function that draws it.
pub type PartView = fn() -> AnyView;

use super::cases::CasesPage;
use super::concepts::ConceptsPage;
use super::handout::HandoutPage;
use super::my_data::MyDataPage;
use super::presentation::SpeakerNotesPage;
use super::principles::PrinciplesPage;
use super::quiz::QuizPage;
use super::read_all::ReadAllPage;
use super::references::ReferencesPage;
use super::share::SharedPage;
use super::timeline::TimelinePage;
use super::tracks::TracksPage;

split_fn!(fn timeline() -> PartView as timeline = || view! { <TimelinePage/> }.into_any());
split_fn!(fn tracks() -> PartView as tracks = || view! { <TracksPage/> }.into_any());
split_fn!(fn principles() -> PartView as tracks = || view! { <PrinciplesPage/> }.into_any());
split_fn!(fn concepts() -> PartView as tracks = || view! { <ConceptsPage/> }.into_any());
split_fn!(fn references() -> PartView as reading = || view! { <ReferencesPage/> }.into_any());
split_fn!(fn read_all() -> PartView as reading = || view! { <ReadAllPage/> }.into_any());
split_fn!(fn quiz() -> PartView as classroom = || view! { <QuizPage/> }.into_any());
split_fn!(fn cases() -> PartView as classroom = || view! { <CasesPage/> }.into_any());
split_fn!(fn my_data() -> PartView as your_data = || view! { <MyDataPage/> }.into_any());
split_fn!(fn shared() -> PartView as your_data = || view! { <SharedPage/> }.into_any());
split_fn!(fn handout() -> PartView as reading = || view! { <HandoutPage/> }.into_any());
split_fn!(fn speaker_notes() -> PartView as reading = || view! { <SpeakerNotesPage/> }.into_any());

// The cases content (real cases, methods, criticism, worked maps): larger
// than the rest of the content and on no part of the start page, so its
// bytes travel in a part of their own (see `model::builtin`).
split_fn!(fn cases_content() -> fn(&Dataset) -> Dataset as cases = english_joined as fn(&Dataset) -> Dataset);

/// The content with the English cases joined in: in the cases' part, with
/// their decoders.
fn english_joined(base: &Dataset) -> Dataset {
    base.clone().with_cases(Cases::builtin())
}

/// The content with the cases joined in, once they have arrived.
static FULL: OnceLock<&'static Dataset> = OnceLock::new();

/// The content with only the timeline's share of the cases joined in, and
/// that share's links (a link straight to the timeline: see
/// `model::timeline_cases`).
static TIMELINE: OnceLock<(&'static Dataset, TimelineCases)> = OnceLock::new();

/// The content every part's view reads (see `AppContext::content`): all the
/// cases once they have arrived, else the timeline's share of them.
pub fn full_content() -> Option<&'static Dataset> {
    FULL.get().copied().or_else(|| TIMELINE.get().map(|(content, _)| *content))
}

/// Where an event leads (its methods, criticism and case map), from
/// whichever share of the cases has arrived.
pub fn event_links(event: &Event) -> EventLinks {
    match (FULL.get(), TIMELINE.get()) {
        (Some(full), _) => full.event_links(event),
        (None, Some((_, cut))) => cut.links(&event.id),
        (None, None) => EventLinks::default(),
    }
}

/// The content with the English cases joined in, from their part.
pub(super) async fn with_english_cases(base: &Dataset) -> Result<Dataset, SplitLoaderError> {
    Ok(cases_content().await?(base))
}

/// Fetches the cases once a session, in the page's language, and joins them
/// to the content the start module drew with.
async fn join_cases(base: &'static Dataset) -> Result<(), SplitLoaderError> {
    if FULL.get().is_none() {
        let full = super::language_parts::with_cases(crate::model::ui_text::lang(), base).await?;
        let _ = FULL.set(Box::leak(Box::new(full)));
    }
    Ok(())
}

/// Fetches the timeline's share of the cases, unless all of them are here.
async fn join_timeline_cases(base: &'static Dataset) -> Result<(), SplitLoaderError> {
    if FULL.get().is_none() && TIMELINE.get().is_none() {
        let (content, cut) = super::language_parts::timeline_cases(crate::model::ui_text::lang(), base).await?;
        let _ = TIMELINE.set((Box::leak(Box::new(content)), cut));
    }
    Ok(())
}

/// Loads the part that draws `page`; `None` for the pages the start module draws itself.
///
/// The content it reads and its code are fetched at once, not one after the
/// other: a round trip less on a slow network.
pub async fn load(page: &Page, base: &'static Dataset) -> Option<Result<PartView, SplitLoaderError>> {
    let joined = async {
        match page {
            // Your data shows the reader's documents, not the guide's content.
            Page::Home | Page::NotFound(_) | Page::MyData => Ok(()),
            Page::Timeline => join_timeline_cases(base).await,
            _ => join_cases(base).await,
        }
    };
    let part = async {
        Some(match page {
            Page::Timeline => timeline().await,
            Page::Tracks => tracks().await,
            Page::Principles => principles().await,
            Page::Concepts => concepts().await,
            Page::References => references().await,
            Page::ReadAll => read_all().await,
            Page::Quiz => quiz().await,
            Page::Cases => cases().await,
            Page::MyData => my_data().await,
            Page::Shared => shared().await,
            Page::Handout => handout().await,
            Page::SpeakerNotes => speaker_notes().await,
            Page::Home | Page::NotFound(_) => return None,
        })
    };
    match futures::future::join(joined, part).await {
        (_, None) => None,
        (Err(e), Some(_)) => Some(Err(e)),
        (Ok(()), Some(view)) => Some(view),
    }
}
