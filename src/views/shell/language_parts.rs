//! The guide in each language: its interface wording and content arrive
//! in a wasm part of their own, fetched only by a reader who chose it.
//!
//! Why parts, not one module: each language's text is as large as the
//! English, and a class reading French must not download the Arabic, the
//! Spanish and the English content too. (The English wording stays in the
//! start module: it is what a page falls back to.) The cases travel apart again, as the English ones do, so
//! the start page in French fetches only what the start page shows.

use crate::browser::split::{split_fn, SplitLoaderError};
use crate::model::base::lang::Lang;
use crate::model::content::case_map_cases::CaseMapCases;
use crate::model::content::case_studies::Cases;
use crate::model::content::timeline_cases::TimelineCases;
use crate::model::content::Dataset;
use crate::model::i18n::ui_text::{decode, CatalogueError, Translated};

/// A language's wording, read by its part, and its encoded content (decoded
/// by the start module, which has the content's decoders).
pub struct Pack {
    pub ui: Result<Translated<'static>, CatalogueError>,
    pub dataset: &'static [u8],
    /// The start page's wheel, written at build time (`views::common::track_wheel`).
    pub wheel: &'static str,
}

macro_rules! bytes {
    ($name:literal) => {
        include_bytes!(concat!(env!("OUT_DIR"), "/", $name))
    };
}

fn fr() -> Pack {
    Pack {
        ui: decode(bytes!("ui-fr.postcard")),
        dataset: bytes!("dataset-fr.postcard"),
        wheel: include_str!(concat!(env!("OUT_DIR"), "/wheel-fr.html")),
    }
}
fn es() -> Pack {
    Pack {
        ui: decode(bytes!("ui-es.postcard")),
        dataset: bytes!("dataset-es.postcard"),
        wheel: include_str!(concat!(env!("OUT_DIR"), "/wheel-es.html")),
    }
}
fn ar() -> Pack {
    Pack {
        ui: decode(bytes!("ui-ar.postcard")),
        dataset: bytes!("dataset-ar.postcard"),
        wheel: include_str!(concat!(env!("OUT_DIR"), "/wheel-ar.html")),
    }
}
/// The content with a translation's cases joined in; `None` if its bytes
/// do not decode. Decoded and joined in the part, so that the start module
/// does not carry the cases' decoders.
fn join_cases(base: &Dataset, bytes: &[u8]) -> Option<Dataset> {
    postcard::from_bytes::<Cases>(bytes).ok().map(|cases| base.clone().with_cases(cases))
}
fn fr_cases(base: &Dataset) -> Option<Dataset> {
    join_cases(base, bytes!("cases-fr.postcard"))
}
fn es_cases(base: &Dataset) -> Option<Dataset> {
    join_cases(base, bytes!("cases-es.postcard"))
}
fn ar_cases(base: &Dataset) -> Option<Dataset> {
    join_cases(base, bytes!("cases-ar.postcard"))
}

/// The content with the timeline's share of the cases joined in, and that
/// share. Decoded and joined in the part, so that the start module does not
/// carry the code.
pub type TimelineJoin = (Dataset, TimelineCases);

fn join_timeline(base: &Dataset, bytes: &[u8]) -> TimelineJoin {
    // As with the cases: bytes the build has just encoded decode, and if a
    // defect ever stops them, the timeline draws without the cases' lane
    // rather than not at all.
    let cut: TimelineCases = postcard::from_bytes(bytes).unwrap_or_default();
    (base.clone().with_timeline_cases(&cut), cut)
}
fn en_timeline_cases(base: &Dataset) -> TimelineJoin {
    join_timeline(base, bytes!("timeline-cases.postcard"))
}
fn fr_timeline_cases(base: &Dataset) -> TimelineJoin {
    join_timeline(base, bytes!("timeline-cases-fr.postcard"))
}
fn es_timeline_cases(base: &Dataset) -> TimelineJoin {
    join_timeline(base, bytes!("timeline-cases-es.postcard"))
}
fn ar_timeline_cases(base: &Dataset) -> TimelineJoin {
    join_timeline(base, bytes!("timeline-cases-ar.postcard"))
}

/// The content with the case maps' share of the cases joined in (see
/// `model::content::case_map_cases`). As with the timeline's share: bytes
/// the build has just encoded decode, and if a defect ever stops them, the
/// maps of real cases are missing rather than the view.
fn join_case_maps(base: &Dataset, bytes: &[u8]) -> Dataset {
    let cut: CaseMapCases = postcard::from_bytes(bytes).unwrap_or_default();
    base.clone().with_case_map_cases(&cut)
}
fn en_case_maps(base: &Dataset) -> Dataset {
    join_case_maps(base, bytes!("case-maps.postcard"))
}
fn fr_case_maps(base: &Dataset) -> Dataset {
    join_case_maps(base, bytes!("case-maps-fr.postcard"))
}
fn es_case_maps(base: &Dataset) -> Dataset {
    join_case_maps(base, bytes!("case-maps-es.postcard"))
}
fn ar_case_maps(base: &Dataset) -> Dataset {
    join_case_maps(base, bytes!("case-maps-ar.postcard"))
}

split_fn!(fn content_en() -> fn() -> &'static [u8] as content_en = Dataset::builtin_encoded as fn() -> &'static [u8]);
split_fn!(fn pack_fr() -> fn() -> Pack as lang_fr = fr as fn() -> Pack);
split_fn!(fn pack_es() -> fn() -> Pack as lang_es = es as fn() -> Pack);
split_fn!(fn pack_ar() -> fn() -> Pack as lang_ar = ar as fn() -> Pack);
split_fn!(fn cases_fr() -> fn(&Dataset) -> Option<Dataset> as cases_fr = fr_cases as fn(&Dataset) -> Option<Dataset>);
split_fn!(fn cases_es() -> fn(&Dataset) -> Option<Dataset> as cases_es = es_cases as fn(&Dataset) -> Option<Dataset>);
split_fn!(fn cases_ar() -> fn(&Dataset) -> Option<Dataset> as cases_ar = ar_cases as fn(&Dataset) -> Option<Dataset>);
split_fn!(fn timeline_cases_en() -> fn(&Dataset) -> TimelineJoin as timeline_cases = en_timeline_cases as fn(&Dataset) -> TimelineJoin);
split_fn!(fn timeline_cases_fr() -> fn(&Dataset) -> TimelineJoin as timeline_cases_fr = fr_timeline_cases as fn(&Dataset) -> TimelineJoin);
split_fn!(fn timeline_cases_es() -> fn(&Dataset) -> TimelineJoin as timeline_cases_es = es_timeline_cases as fn(&Dataset) -> TimelineJoin);
split_fn!(fn timeline_cases_ar() -> fn(&Dataset) -> TimelineJoin as timeline_cases_ar = ar_timeline_cases as fn(&Dataset) -> TimelineJoin);
split_fn!(fn case_maps_en() -> fn(&Dataset) -> Dataset as case_map_cases = en_case_maps as fn(&Dataset) -> Dataset);
split_fn!(fn case_maps_fr() -> fn(&Dataset) -> Dataset as case_map_cases_fr = fr_case_maps as fn(&Dataset) -> Dataset);
split_fn!(fn case_maps_es() -> fn(&Dataset) -> Dataset as case_map_cases_es = es_case_maps as fn(&Dataset) -> Dataset);
split_fn!(fn case_maps_ar() -> fn(&Dataset) -> Dataset as case_map_cases_ar = ar_case_maps as fn(&Dataset) -> Dataset);

/// Why a language could not be used.
#[derive(Debug)]
pub enum PackError {
    Load(SplitLoaderError),
    /// The part's bytes did not decode: a build defect, said rather than panicked.
    Decode(String),
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PackError::Load(e) => write!(f, "{e}"),
            PackError::Decode(e) => write!(f, "{e}"),
        }
    }
}

/// Fetches `lang`'s part, installs its wording and returns its content.
/// The wording is installed only once the content has decoded, so a page
/// that falls back to English never mixes two languages.
pub async fn load(lang: Lang) -> Result<Dataset, PackError> {
    let (ui, dataset) = match lang {
        Lang::En => (None, content_en().await.map_err(PackError::Load)?()),
        Lang::Fr | Lang::Es | Lang::Ar => {
            let pack = match lang {
                Lang::Fr => pack_fr().await,
                Lang::Es => pack_es().await,
                _ => pack_ar().await,
            }
            .map_err(PackError::Load)?();
            (Some((pack.ui.map_err(|e| PackError::Decode(e.to_string()))?, pack.wheel)), pack.dataset)
        }
    };
    let content = crate::views::shell::start::timed_decode(dataset).map_err(|e| PackError::Decode(e.to_string()))?;
    match ui {
        Some((ui, wheel)) => {
            crate::model::i18n::ui_text::install(lang, ui);
            crate::views::common::track_wheel::install(wheel);
        }
        None => crate::model::i18n::ui_text::install_english(),
    }
    Ok(content)
}

/// The content with the cases in the page's language joined in, from their part.
pub async fn with_cases(lang: Lang, base: &Dataset) -> Result<Dataset, SplitLoaderError> {
    let joined = match lang {
        Lang::En => return crate::views::shell::parts::with_english_cases(base).await,
        Lang::Fr => cases_fr().await?(base),
        Lang::Es => cases_es().await?(base),
        Lang::Ar => cases_ar().await?(base),
    };
    // The build encoded these bytes from a dataset it had just read, so
    // they decode; if a defect ever stops them, the English cases stand in
    // rather than the view failing.
    match joined {
        Some(content) => Ok(content),
        None => crate::views::shell::parts::with_english_cases(base).await,
    }
}

/// The content with the timeline's share of the cases in the page's
/// language joined in, from its part (see `model::content::timeline_cases`).
pub async fn timeline_cases(lang: Lang, base: &Dataset) -> Result<TimelineJoin, SplitLoaderError> {
    Ok(match lang {
        Lang::En => timeline_cases_en().await?(base),
        Lang::Fr => timeline_cases_fr().await?(base),
        Lang::Es => timeline_cases_es().await?(base),
        Lang::Ar => timeline_cases_ar().await?(base),
    })
}

/// The content with the case maps' share of the cases in the page's
/// language joined in, from its part.
pub async fn case_map_cases(lang: Lang, base: &Dataset) -> Result<Dataset, SplitLoaderError> {
    Ok(match lang {
        Lang::En => case_maps_en().await?(base),
        Lang::Fr => case_maps_fr().await?(base),
        Lang::Es => case_maps_es().await?(base),
        Lang::Ar => case_maps_ar().await?(base),
    })
}
