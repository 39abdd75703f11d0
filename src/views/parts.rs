//! The views that are not needed to paint the start page, each loaded the
//! first time it is opened.
//!
//! See `browser::split` for how; a part hands back the function that draws
//! its view, and `deferred` shows it.

//! The views come in three wasm modules, not one each: every module that
//! shares code with another adds a chunk for what they share, and with a
//! module per view the timeline alone needed a hundred small files (280 KB
//! brotli in all for its first load). So: the guide's reading views, the
//! classroom's quiz and case maps, and the reader's own data.

use crate::browser::split::split_fn;
use leptos::prelude::*;

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

split_fn!(pub fn timeline() -> PartView as timeline = || view! { <TimelinePage/> }.into_any());
split_fn!(pub fn tracks() -> PartView as tracks = || view! { <TracksPage/> }.into_any());
split_fn!(pub fn principles() -> PartView as tracks = || view! { <PrinciplesPage/> }.into_any());
split_fn!(pub fn concepts() -> PartView as tracks = || view! { <ConceptsPage/> }.into_any());
split_fn!(pub fn references() -> PartView as reading = || view! { <ReferencesPage/> }.into_any());
split_fn!(pub fn read_all() -> PartView as reading = || view! { <ReadAllPage/> }.into_any());
split_fn!(pub fn quiz() -> PartView as classroom = || view! { <QuizPage/> }.into_any());
split_fn!(pub fn cases() -> PartView as classroom = || view! { <CasesPage/> }.into_any());
split_fn!(pub fn my_data() -> PartView as your_data = || view! { <MyDataPage/> }.into_any());
split_fn!(pub fn shared() -> PartView as your_data = || view! { <SharedPage/> }.into_any());
split_fn!(pub fn handout() -> PartView as reading = || view! { <HandoutPage/> }.into_any());
split_fn!(pub fn speaker_notes() -> PartView as reading = || view! { <SpeakerNotesPage/> }.into_any());
