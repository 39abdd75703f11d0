//! The views that are not needed to paint the start page, each loaded the
//! first time it is opened.
//!
//! See `browser::split` for how; a part hands back the function that draws
//! its view, and `deferred` shows it.
//!
//! The views come in six wasm modules, one per folder of `views`, not one
//! per view: every module that shares code with another adds a chunk for
//! what they share, and with a module per view the timeline alone needed a
//! hundred small files (280 KB brotli in all for its first load). So: the
//! timeline; the tracks with the principles and concepts; the other reading
//! views; the quiz; the case maps; and the reader's own data. The quiz and
//! the case maps are apart so that a link to either stays within the
//! deep-link budget.

use crate::browser::split::{split_fn, SplitLoaderError};
use crate::model::base::route::Page;
use crate::model::content::case_studies::Cases;
use crate::model::content::Dataset;
use crate::views::context;
use leptos::prelude::*;

/// What a loaded part gives: the function that draws it.
pub type PartView = fn() -> AnyView;

use crate::views::case_maps::page::CasesPage;
use crate::views::concepts::concepts::ConceptsPage;
use crate::views::concepts::principles::PrinciplesPage;
use crate::views::quiz::page::QuizPage;
use crate::views::reading::handout::HandoutPage;
use crate::views::reading::read_all::ReadAllPage;
use crate::views::reading::references::ReferencesPage;
use crate::views::reading::speaker_notes::SpeakerNotesPage;
use crate::views::timeline::page::TimelinePage;
use crate::views::tracks::page::TracksPage;
use crate::views::your_data::my_data::MyDataPage;
use crate::views::your_data::share::SharedPage;

split_fn!(fn timeline() -> PartView as timeline = || view! { <TimelinePage/> }.into_any());
split_fn!(fn tracks() -> PartView as tracks = || view! { <TracksPage/> }.into_any());
split_fn!(fn principles() -> PartView as concepts = || view! { <PrinciplesPage/> }.into_any());
split_fn!(fn concepts() -> PartView as concepts = || view! { <ConceptsPage/> }.into_any());
split_fn!(fn references() -> PartView as reading = || view! { <ReferencesPage/> }.into_any());
split_fn!(fn read_all() -> PartView as reading = || view! { <ReadAllPage/> }.into_any());
split_fn!(fn quiz() -> PartView as quiz = || view! { <QuizPage/> }.into_any());
split_fn!(fn cases() -> PartView as case_maps = || view! { <CasesPage/> }.into_any());
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

/// The content with the English cases joined in, from their part.
pub(super) async fn with_english_cases(base: &Dataset) -> Result<Dataset, SplitLoaderError> {
    Ok(cases_content().await?(base))
}

/// Fetches the cases once a visit, in the page's language, and joins them
/// to the content the start module drew with.
async fn join_cases(base: &'static Dataset) -> Result<(), SplitLoaderError> {
    if !context::has_all_cases() {
        let full = crate::views::shell::language_parts::with_cases(crate::model::i18n::ui_text::lang(), base).await?;
        context::set_all_cases(full);
    }
    Ok(())
}

/// Fetches the timeline's (and the tracks') share of the cases, unless all
/// of them are here; all of them if the case maps' share is (the content
/// holds one share at most).
async fn join_timeline_cases(base: &'static Dataset) -> Result<(), SplitLoaderError> {
    if context::has_case_map_cases() {
        return join_cases(base).await;
    }
    if !context::has_all_cases() && !context::has_timeline_cases() {
        let (content, cut) =
            crate::views::shell::language_parts::timeline_cases(crate::model::i18n::ui_text::lang(), base).await?;
        context::set_timeline_cases(content, cut);
    }
    Ok(())
}

/// Fetches the case maps' share of the cases, unless all of them are here;
/// all of them if the timeline's share is.
async fn join_case_map_cases(base: &'static Dataset) -> Result<(), SplitLoaderError> {
    if context::has_timeline_cases() {
        return join_cases(base).await;
    }
    if !context::has_all_cases() && !context::has_case_map_cases() {
        let content =
            crate::views::shell::language_parts::case_map_cases(crate::model::i18n::ui_text::lang(), base).await?;
        context::set_case_map_cases(content);
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
            // Your data and a shared link show the reader's documents (and the
            // tracks, in the start module's content), not the cases; the
            // speaker notes show the tours' steps, which the start module has.
            Page::Home | Page::NotFound(_) | Page::MyData | Page::Shared | Page::SpeakerNotes => Ok(()),
            // The tracks and the principles list the case events and the
            // relations' real cases, all in the timeline's share of them.
            Page::Timeline | Page::Tracks | Page::Principles => join_timeline_cases(base).await,
            // The case maps show the worked maps of real cases, with their
            // events and sources, not the methods, the criticism or the quiz.
            Page::Cases => join_case_map_cases(base).await,
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
