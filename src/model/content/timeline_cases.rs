//! What the timeline and the tracks need of the cases, and no more: their
//! events, the real cases of the relations between tracks, the sources those
//! cite, and for every event the names of the methods, criticism and worked
//! map it links to.
//!
//! Why apart from [`Cases`]: the timeline shows the cases in a lane of their
//! own and the tracks list them under each track, so a link straight to
//! either used to download the whole cases dataset (the methods' and
//! criticism's texts, the case maps, the quiz), three times what it draws. The build cuts this from the cases (`build.rs`), in every
//! language; the tests check it says what the whole dataset says.

use crate::model::content::case_studies::{Cases, RelationCase};
use crate::model::content::{Dataset, Event, Reference};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Something an event links to: its id (for the link) and its name.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Link {
    pub id: String,
    pub name: String,
}

/// Where an event leads beyond the timeline (see `views::timeline::page`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventLinks {
    /// Its worked case map: the map's id and title.
    pub map: Option<Link>,
    /// The methods it used.
    pub methods: Vec<Link>,
    /// The limits and criticism that bear on it.
    pub criticism: Vec<Link>,
}

impl EventLinks {
    pub fn is_empty(&self) -> bool {
        self.map.is_none() && self.methods.is_empty() && self.criticism.is_empty()
    }
}

impl Dataset {
    /// Where `event` leads, read from content that has the cases joined in.
    pub fn event_links(&self, event: &Event) -> EventLinks {
        let link = |id: &str, name: &str| Link { id: id.to_string(), name: name.to_string() };
        EventLinks {
            map: event.case_map.as_deref().and_then(|id| self.case_study(id)).map(|s| link(&s.map.id, &s.map.title)),
            methods: event.concepts.iter().filter_map(|id| self.method(id)).map(|m| link(&m.id, &m.name)).collect(),
            criticism: self.criticism_for_event(event).into_iter().map(|c| link(&c.id, &c.name)).collect(),
        }
    }

    /// The content with the timeline's share of the cases joined in, in the
    /// order [`Dataset::with_cases`] gives.
    pub fn with_timeline_cases(mut self, cases: &TimelineCases) -> Dataset {
        self.join_case_events(cases.events.clone(), cases.references.clone());
        self.relation_cases.extend(cases.relation_cases.iter().cloned());
        self
    }
}

/// The timeline's share of the cases in one language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TimelineCases {
    /// The case events, in date order.
    pub events: Vec<Event>,
    /// The real cases of the relations between tracks.
    pub relation_cases: Vec<RelationCase>,
    /// The cases' sources those events and relation cases cite.
    pub references: Vec<Reference>,
    /// Where each event of the joined timeline leads, by event id (events
    /// that lead nowhere are left out).
    pub links: Vec<(String, EventLinks)>,
}

impl TimelineCases {
    /// Cut from `base`, the content without the cases, and its `cases`.
    pub fn cut(base: &Dataset, cases: &Cases) -> TimelineCases {
        let cited: HashSet<&str> = cases
            .events
            .iter()
            .flat_map(Event::cited_references)
            .chain(cases.relation_cases.iter().flat_map(|r| r.cite.iter().map(|c| c.reference.as_str())))
            .collect();
        let full = base.clone().with_cases(cases.clone());
        TimelineCases {
            events: cases.events.clone(),
            relation_cases: cases.relation_cases.clone(),
            references: cases.references.iter().filter(|r| cited.contains(r.id.as_str())).cloned().collect(),
            links: full
                .events
                .iter()
                .map(|e| (e.id.clone(), full.event_links(e)))
                .filter(|(_, links)| !links.is_empty())
                .collect(),
        }
    }

    /// Where the event `id` leads.
    pub fn links(&self, id: &str) -> EventLinks {
        self.links.iter().find(|(e, _)| e == id).map(|(_, l)| l.clone()).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::content::case_studies::each_language;

    #[test]
    fn the_timeline_cut_links_every_event_as_the_whole_cases_do() {
        for (lang, base, cases) in each_language() {
            let cut = TimelineCases::cut(&base, &cases);
            let full = base.clone().with_cases(cases.clone());
            let partial = base.clone().with_timeline_cases(&cut);
            assert_eq!(partial.events, full.events, "{lang:?}: the same events in the same order");
            let mut linked = 0;
            for event in &full.events {
                let links = full.event_links(event);
                linked += usize::from(!links.is_empty());
                assert_eq!(cut.links(&event.id), links, "{lang:?}: {}", event.id);
            }
            assert!(linked >= 8, "{lang:?}: the case events link to methods and maps ({linked})");
        }
    }

    #[test]
    fn the_cut_gives_the_tracks_every_relation_case_and_its_sources() {
        for (lang, base, cases) in each_language() {
            let full = base.clone().with_cases(cases.clone());
            let partial = base.clone().with_timeline_cases(&TimelineCases::cut(&base, &cases));
            assert!(!full.relation_cases.is_empty(), "{lang:?}: the cases have relation cases");
            assert_eq!(partial.relation_cases, full.relation_cases, "{lang:?}");
            for case in &partial.relation_cases {
                assert!(partial.event(&case.event).is_some(), "{lang:?}: {}", case.event);
                for cite in &case.cite {
                    assert!(partial.reference(&cite.reference).is_some(), "{lang:?}: {}", cite.reference);
                }
            }
        }
    }

    #[test]
    fn every_source_the_timeline_cites_is_in_the_cut() {
        for (lang, base, cases) in each_language() {
            let partial = base.clone().with_timeline_cases(&TimelineCases::cut(&base, &cases));
            for event in &partial.events {
                for id in event.cited_references() {
                    assert!(partial.reference(id).is_some(), "{lang:?}: {} cites {id}", event.id);
                }
            }
            assert!(
                partial.references.len() < base.clone().with_cases(cases).references.len(),
                "{lang:?}: a cut, not all"
            );
        }
    }

    #[test]
    fn the_cut_is_much_smaller_than_the_cases() {
        for (lang, base, cases) in each_language() {
            let cut = postcard::to_allocvec(&TimelineCases::cut(&base, &cases)).unwrap().len();
            let whole = postcard::to_allocvec(&cases).unwrap().len();
            assert!(cut * 2 < whole, "{lang:?}: {cut} bytes of {whole}");
        }
    }

    #[test]
    fn an_event_cites_its_quotations_and_disputes_sources_too() {
        let data = Dataset::builtin();
        let event = data.events.iter().find(|e| !e.quotes.is_empty()).expect("an event with a quotation");
        let cited: Vec<&str> = event.cited_references().collect();
        assert!(event.quotes.iter().all(|q| cited.contains(&q.cite.reference.as_str())));
        assert!(event.cite.iter().all(|c| cited.contains(&c.reference.as_str())));
    }
}
