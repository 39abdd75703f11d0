//! The tracks at work: real cases of track-two and multi-track diplomacy,
//! the methods they used, the criticism a balanced course teaches beside
//! them, and worked case maps of three of them.
//!
//! Why a dataset of its own (`src/content/cases.json`): it is larger than
//! the rest of the content together and no part of the start page uses it,
//! so it travels in a wasm part of its own, loaded with the first view that
//! shows it, and is joined to the built-in content there
//! ([`Dataset::with_cases`]). The joined dataset is validated as one, so
//! a case may cite a reference of the main dataset and a tour of the main
//! dataset may visit a case.

use crate::model::base::route::{Page, Route};
use crate::model::content::case_map::CaseMap;
use crate::model::content::quiz::Question;
use crate::model::content::{Citation, Dataset, Dispute, Event, EventKind, Passage, Problem, Quote, Reference};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

pub const CASES_FORMAT: &str = "multitrack-cases";
pub const CASES_VERSION: u32 = 2;

/// A method of track two or a framework taught beside the nine tracks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Method {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub passages: Vec<Passage>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
    #[serde(default)]
    pub disputes: Vec<Dispute>,
    /// The case events that used it.
    #[serde(default)]
    pub cases: Vec<String>,
    /// The tracks it belongs to or links.
    #[serde(default)]
    pub tracks: Vec<u8>,
    /// For a layered framework (Lederach's pyramid): its levels against the tracks.
    #[serde(default)]
    pub levels: Vec<Level>,
    /// Which parts of `levels` the sources state and which are this guide's reading.
    #[serde(default)]
    pub basis: Option<Passage>,
    /// What the cases say about it, or why no case is linked.
    #[serde(default)]
    pub case_note: Option<Passage>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub name: String,
    pub text: String,
    /// The tracks this level sits against (the guide's reading: see `basis`).
    pub tracks: Vec<u8>,
    pub cite: Vec<Citation>,
}

/// A limit of track two, or a criticism of it, and where it matters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criticism {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub passages: Vec<Passage>,
    #[serde(default)]
    pub disputes: Vec<Dispute>,
    pub applies_to: AppliesTo,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppliesTo {
    #[serde(default)]
    pub events: Vec<String>,
    #[serde(default)]
    pub tracks: Vec<u8>,
    /// Method ids.
    #[serde(default)]
    pub concepts: Vec<String>,
}

/// A worked case map of a real case, read-only and copyable like the
/// invented example, with what it lacks and what came of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseStudy {
    pub map: CaseMap,
    /// Short names for the canvas, by actor id (the full name stays the
    /// accessible name and the tooltip).
    #[serde(default)]
    pub labels: Vec<ShortLabel>,
    /// What the map shows missing: tracks no actor sits on, who was left out.
    pub missing: Passage,
    /// What came of it, disputed parts included.
    pub outcome: Passage,
    /// The sources for the actors and relations.
    pub cite: Vec<Citation>,
    /// The case's event on the timeline.
    pub event: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShortLabel {
    pub actor: String,
    pub short: String,
}

/// A real case for a pair of tracks, shown in the relations matrix beside
/// the illustrative example.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelationCase {
    pub tracks: [u8; 2],
    pub text: String,
    pub cite: Vec<Citation>,
    pub event: String,
}

/// The cases dataset as people edit it (`src/content/cases.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cases {
    pub format: String,
    pub version: u32,
    pub references: Vec<Reference>,
    /// Case events (kind "case"), in date order.
    pub events: Vec<Event>,
    pub methods: Vec<Method>,
    pub criticism: Vec<Criticism>,
    pub case_studies: Vec<CaseStudy>,
    pub relation_cases: Vec<RelationCase>,
    pub quiz: Vec<Question>,
}

/// The longest short label the canvas is laid out for.
pub const SHORT_LABEL_MAX: usize = 16;

impl Cases {
    pub fn from_json(text: &str) -> Result<Cases, String> {
        crate::model::content::read_json(text)
    }
}

/// The content and the cases as the app encodes them: the built-in quiz's
/// questions move to the front of the cases' own.
///
/// Why: only the quiz reads them, and the quiz waits for the cases anyway
/// (it asks about them too), so every other page, the start page and a
/// link straight to the timeline among them, need not download them.
/// [`Dataset::with_cases`] puts them back in the same order.
pub fn quiz_with_cases(mut content: Dataset, mut cases: Cases) -> (Dataset, Cases) {
    let mut quiz = std::mem::take(&mut content.quiz);
    quiz.append(&mut cases.quiz);
    cases.quiz = quiz;
    (content, cases)
}

impl Dataset {
    /// The content with the cases joined in: references added, the case
    /// events among the others in date order, and the rest in their places.
    pub fn with_cases(mut self, cases: Cases) -> Dataset {
        self.join_case_events(cases.events, cases.references);
        self.methods.extend(cases.methods);
        self.criticism.extend(cases.criticism);
        self.case_studies.extend(cases.case_studies);
        self.relation_cases.extend(cases.relation_cases);
        self.quiz.extend(cases.quiz);
        self
    }

    /// Adds case events and the sources they cite: the events among the
    /// others in date order (all the cases, or the timeline's share of them).
    pub(crate) fn join_case_events(&mut self, events: Vec<Event>, references: Vec<Reference>) {
        self.references.extend(references);
        self.events.extend(events);
        // Stable: on the same date the history stays before the cases.
        self.events.sort_by_key(|e| e.date);
    }

    pub fn method(&self, id: &str) -> Option<&Method> {
        self.methods.iter().find(|m| m.id == id)
    }

    pub fn criticism_item(&self, id: &str) -> Option<&Criticism> {
        self.criticism.iter().find(|c| c.id == id)
    }

    pub fn case_study(&self, id: &str) -> Option<&CaseStudy> {
        self.case_studies.iter().find(|c| c.map.id == id)
    }

    /// The real cases cited for a pair of tracks, in either order.
    pub fn relation_cases_for(&self, a: u8, b: u8) -> Vec<&RelationCase> {
        let pair = [a.min(b), a.max(b)];
        self.relation_cases.iter().filter(|r| r.tracks == pair).collect()
    }

    /// The criticism that bears on a track.
    pub fn criticism_for_track(&self, number: u8) -> Vec<&Criticism> {
        self.criticism.iter().filter(|c| c.applies_to.tracks.contains(&number)).collect()
    }

    /// The criticism that bears on an event: what the event names, then
    /// what names the event, each once.
    pub fn criticism_for_event(&self, event: &Event) -> Vec<&Criticism> {
        let mut found: Vec<&Criticism> = event.criticism.iter().filter_map(|id| self.criticism_item(id)).collect();
        for c in self.criticism.iter().filter(|c| c.applies_to.events.contains(&event.id)) {
            if !found.iter().any(|k| k.id == c.id) {
                found.push(c);
            }
        }
        found
    }

    /// The references the handout's history, tracks and principles cite.
    pub fn handout_references(&self) -> Vec<String> {
        self.events
            .iter()
            .filter(|e| e.kind == EventKind::History)
            .flat_map(|e| e.cite.iter())
            .chain(self.tracks.iter().flat_map(|t| t.cite.iter().chain(&t.role.cite)))
            .chain(self.principles.items.iter().flat_map(|p| p.cite.iter()))
            .chain(self.redesign.cite.iter())
            .map(|c| c.reference.clone())
            .collect()
    }

    /// The case events, in date order.
    pub fn cases(&self) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(|e| e.kind == EventKind::Case)
    }
}

/// Citations of the cases content, for [`Dataset::citations`]: each with
/// the place to link back to.
pub(super) fn case_citations<'a>(data: &'a Dataset, mut add: impl FnMut(String, Route, String, &'a [Citation])) {
    let passages = |add: &mut dyn FnMut(String, Route, String, &'a [Citation]),
                    at: &str,
                    route: &Route,
                    label: &str,
                    list: &'a [Passage]| {
        for (i, p) in list.iter().enumerate() {
            add(format!("{at}[{i}].cite"), route.clone(), label.to_string(), &p.cite);
        }
    };
    let disputes = |add: &mut dyn FnMut(String, Route, String, &'a [Citation]),
                    at: &str,
                    route: &Route,
                    label: &str,
                    list: &'a [Dispute]| {
        for (d, dispute) in list.iter().enumerate() {
            for (r, reading) in dispute.readings.iter().enumerate() {
                add(format!("{at}[{d}].readings[{r}].cite"), route.clone(), label.to_string(), &reading.cite);
            }
        }
    };
    for (i, m) in data.methods.iter().enumerate() {
        let at = format!("methods[{i}]");
        let route = Route::item(Page::Concepts, &m.id);
        passages(&mut add, &format!("{at}.passages"), &route, &m.name, &m.passages);
        for (q, quote) in m.quotes.iter().enumerate() {
            add(format!("{at}.quotes[{q}].cite"), route.clone(), m.name.clone(), std::slice::from_ref(&quote.cite));
        }
        disputes(&mut add, &format!("{at}.disputes"), &route, &m.name, &m.disputes);
        for (l, level) in m.levels.iter().enumerate() {
            add(format!("{at}.levels[{l}].cite"), route.clone(), m.name.clone(), &level.cite);
        }
        for (field, passage) in [("basis", &m.basis), ("case_note", &m.case_note)] {
            if let Some(p) = passage {
                add(format!("{at}.{field}.cite"), route.clone(), m.name.clone(), &p.cite);
            }
        }
    }
    for (i, c) in data.criticism.iter().enumerate() {
        let at = format!("criticism[{i}]");
        let route = Route::item(Page::Concepts, &c.id);
        passages(&mut add, &format!("{at}.passages"), &route, &c.name, &c.passages);
        disputes(&mut add, &format!("{at}.disputes"), &route, &c.name, &c.disputes);
    }
    for (i, s) in data.case_studies.iter().enumerate() {
        let at = format!("case_studies[{i}]");
        let route = Route::item(Page::Cases, &s.map.id);
        add(format!("{at}.cite"), route.clone(), s.map.title.clone(), &s.cite);
        add(format!("{at}.missing.cite"), route.clone(), s.map.title.clone(), &s.missing.cite);
        add(format!("{at}.outcome.cite"), route, s.map.title.clone(), &s.outcome.cite);
    }
    for (i, r) in data.relation_cases.iter().enumerate() {
        let [a, b] = r.tracks;
        let route = Route::page(Page::Tracks).with_param("pair", &format!("{a}-{b}"));
        add(format!("relation_cases[{i}].cite"), route, format!("Tracks {a} and {b}: a real case"), &r.cite);
    }
}

/// The rules for the cases content, for [`Dataset::validate`].
pub(super) fn case_problems(data: &Dataset, problems: &mut Vec<Problem>) {
    let mut problem = |path: String, message: String| problems.push(Problem { path, message });
    let track_ok = |n: &u8| (1..=9).contains(n);
    let is_case = |id: &str| data.event(id).is_some_and(|e| e.kind == EventKind::Case);
    let method_ok = |id: &str| data.method(id).is_some();
    let criticism_ok = |id: &str| data.criticism_item(id).is_some();

    for (i, e) in data.events.iter().enumerate() {
        let at = format!("events[{i}]");
        for (j, id) in e.concepts.iter().enumerate() {
            if !method_ok(id) {
                problem(format!("{at}.concepts[{j}]"), format!("unknown method \"{id}\""));
            }
        }
        for (j, id) in e.criticism.iter().enumerate() {
            if !criticism_ok(id) {
                problem(format!("{at}.criticism[{j}]"), format!("unknown criticism \"{id}\""));
            }
        }
        if let Some(map) = &e.case_map {
            match data.case_study(map) {
                None => problem(format!("{at}.case_map"), format!("unknown case map \"{map}\"")),
                Some(s) if s.event != e.id => {
                    problem(format!("{at}.case_map"), format!("case map \"{map}\" belongs to \"{}\"", s.event))
                }
                Some(_) => {}
            }
        }
        if e.kind == EventKind::Case && e.people.is_empty() {
            problem(format!("{at}.people"), "a case names the people in it".into());
        }
        if e.kind == EventKind::Case && e.tracks.is_empty() {
            problem(format!("{at}.tracks"), "a case names the tracks it involved".into());
        }
    }
    let mut ids = HashSet::new();
    for (i, m) in data.methods.iter().enumerate() {
        let at = format!("methods[{i}]");
        if !ids.insert(m.id.as_str()) || data.concept_title(&m.id).is_some() {
            problem(format!("{at}.id"), format!("\"{}\" is used twice", m.id));
        }
        if m.passages.is_empty() {
            problem(format!("{at}.passages"), "a method needs at least one cited passage".into());
        }
        for (j, id) in m.cases.iter().enumerate() {
            if !is_case(id) {
                problem(format!("{at}.cases[{j}]"), format!("\"{id}\" is not a case event"));
            }
        }
        for (j, n) in m.tracks.iter().chain(m.levels.iter().flat_map(|l| l.tracks.iter())).enumerate() {
            if !track_ok(n) {
                problem(format!("{at}.tracks[{j}]"), format!("no track {n}"));
            }
        }
        if !m.levels.is_empty() && m.basis.is_none() {
            problem(format!("{at}.basis"), "levels set against the tracks must say what the sources state".into());
        }
    }
    for (i, c) in data.criticism.iter().enumerate() {
        let at = format!("criticism[{i}]");
        if !ids.insert(c.id.as_str()) || data.concept_title(&c.id).is_some() {
            problem(format!("{at}.id"), format!("\"{}\" is used twice", c.id));
        }
        if c.passages.is_empty() {
            problem(format!("{at}.passages"), "a criticism needs at least one cited passage".into());
        }
        let a = &c.applies_to;
        for (j, id) in a.events.iter().enumerate() {
            if data.event(id).is_none() {
                problem(format!("{at}.applies_to.events[{j}]"), format!("unknown event \"{id}\""));
            }
        }
        for (j, n) in a.tracks.iter().enumerate() {
            if !track_ok(n) {
                problem(format!("{at}.applies_to.tracks[{j}]"), format!("no track {n}"));
            }
        }
        for (j, id) in a.concepts.iter().enumerate() {
            if !method_ok(id) && data.concept_title(id).is_none() {
                problem(format!("{at}.applies_to.concepts[{j}]"), format!("unknown concept \"{id}\""));
            }
        }
    }
    let mut maps = HashSet::new();
    for (i, s) in data.case_studies.iter().enumerate() {
        let at = format!("case_studies[{i}]");
        if !maps.insert(s.map.id.as_str()) || s.map.id == data.case_example.id {
            problem(format!("{at}.map.id"), format!("\"{}\" is used twice", s.map.id));
        }
        if s.map.invented {
            problem(format!("{at}.map.invented"), "a real case cannot be marked invented".into());
        }
        if !is_case(&s.event) {
            problem(format!("{at}.event"), format!("\"{}\" is not a case event", s.event));
        }
        if s.cite.is_empty() || s.outcome.cite.is_empty() {
            problem(format!("{at}.cite"), "a real case map cites its sources and its outcome's".into());
        }
        for (path, message) in s.map.problems(&format!("{at}.map")) {
            problem(path, message);
        }
        for (j, l) in s.labels.iter().enumerate() {
            if s.map.actor(&l.actor).is_none() {
                problem(format!("{at}.labels[{j}].actor"), format!("no actor \"{}\"", l.actor));
            }
            if l.short.trim().is_empty() || l.short.chars().count() > SHORT_LABEL_MAX {
                problem(format!("{at}.labels[{j}].short"), format!("must be 1 to {SHORT_LABEL_MAX} characters"));
            }
        }
    }
    for (i, r) in data.relation_cases.iter().enumerate() {
        let [a, b] = r.tracks;
        if a >= b || !track_ok(&a) || !track_ok(&b) {
            problem(format!("relation_cases[{i}].tracks"), format!("[{a}, {b}] is not two known tracks, lower first"));
        }
        if !is_case(&r.event) {
            problem(format!("relation_cases[{i}].event"), format!("\"{}\" is not a case event", r.event));
        }
        if r.cite.is_empty() {
            problem(format!("relation_cases[{i}].cite"), "a real case needs a citation".into());
        }
    }
}

/// The content and the cases as people edit them, in every language: what
/// the tests of each share of the cases cut from.
#[cfg(test)]
pub(crate) fn each_language() -> Vec<(crate::model::base::lang::Lang, Dataset, Cases)> {
    use crate::model::base::lang::Lang;
    let read =
        |file: &str| std::fs::read_to_string(format!("{}/src/content/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    Lang::ALL
        .into_iter()
        .map(|l| match l {
            Lang::En => (l, Dataset::builtin(), Cases::builtin()),
            _ => {
                let dir = format!("i18n/{}", l.code());
                let base = Dataset::from_json(&read(&format!("{dir}/dataset.json"))).unwrap();
                (l, base, Cases::from_json(&read(&format!("{dir}/cases.json"))).unwrap())
            }
        })
        .collect()
}
