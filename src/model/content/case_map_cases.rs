//! What the case maps need of the cases, and no more: the worked maps of
//! real cases, each case's event on the timeline, and the sources they cite.
//!
//! Why apart from [`Cases`]: a link straight to the case maps used to
//! download the whole cases dataset (the methods' and criticism's texts, the
//! quiz, and all 139 of the cases' sources), three times what the view draws,
//! and in Arabic that put the link 22 KB over its budget. The build cuts this
//! from the cases (`build.rs`), in every language; the tests check each map
//! reads as it does with the whole dataset.

use crate::model::content::case_studies::{CaseStudy, Cases};
use crate::model::content::{Dataset, Event, Reference};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The case maps' share of the cases in one language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CaseMapCases {
    /// The worked maps of real cases, with their accounts.
    pub case_studies: Vec<CaseStudy>,
    /// Each map's event, which the map links to on the timeline.
    pub events: Vec<Event>,
    /// The sources the maps and those events cite.
    pub references: Vec<Reference>,
}

impl CaseMapCases {
    pub fn cut(cases: &Cases) -> CaseMapCases {
        let studied: HashSet<&str> = cases.case_studies.iter().map(|s| s.event.as_str()).collect();
        let events: Vec<Event> = cases.events.iter().filter(|e| studied.contains(e.id.as_str())).cloned().collect();
        let cited: HashSet<&str> = cases
            .case_studies
            .iter()
            .flat_map(CaseStudy::cited_references)
            .chain(events.iter().flat_map(Event::cited_references))
            .collect();
        CaseMapCases {
            case_studies: cases.case_studies.clone(),
            references: cases.references.iter().filter(|r| cited.contains(r.id.as_str())).cloned().collect(),
            events,
        }
    }
}

impl CaseStudy {
    /// The sources the map's account cites: its own list, what it shows
    /// missing and what came of it.
    pub fn cited_references(&self) -> impl Iterator<Item = &str> {
        self.cite.iter().chain(&self.missing.cite).chain(&self.outcome.cite).map(|c| c.reference.as_str())
    }
}

impl Dataset {
    /// The content with the case maps' share of the cases joined in, in the
    /// order [`Dataset::with_cases`] gives.
    pub fn with_case_map_cases(mut self, cut: &CaseMapCases) -> Dataset {
        self.join_case_events(cut.events.clone(), cut.references.clone());
        self.case_studies.extend(cut.case_studies.iter().cloned());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::content::case_studies::each_language;

    #[test]
    fn every_map_reads_as_with_the_whole_cases_its_event_and_sources_included() {
        for (lang, base, cases) in each_language() {
            let full = base.clone().with_cases(cases.clone());
            let partial = base.clone().with_case_map_cases(&CaseMapCases::cut(&cases));
            assert!(full.case_studies.len() >= 3, "{lang:?}: the cases have worked maps");
            assert_eq!(partial.case_studies, full.case_studies, "{lang:?}");
            for study in &partial.case_studies {
                assert_eq!(partial.event(&study.event), full.event(&study.event), "{lang:?}: {}", study.event);
                assert!(partial.event(&study.event).is_some(), "{lang:?}: {}", study.event);
                let event = partial.event(&study.event).into_iter().flat_map(Event::cited_references);
                for id in study.cited_references().chain(event) {
                    assert_eq!(partial.reference(id), full.reference(id), "{lang:?}: {} cites {id}", study.map.id);
                    assert!(partial.reference(id).is_some(), "{lang:?}: {} cites {id}", study.map.id);
                }
            }
        }
    }

    #[test]
    fn the_cut_is_much_smaller_than_the_cases() {
        for (lang, _, cases) in each_language() {
            let cut = postcard::to_allocvec(&CaseMapCases::cut(&cases)).unwrap().len();
            let whole = postcard::to_allocvec(&cases).unwrap().len();
            assert!(cut * 2 < whole, "{lang:?}: {cut} bytes of {whole}");
        }
    }
}
