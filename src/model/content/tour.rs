//! Guided tours: a sequence of steps, each a place in the guide (a route and
//! the element to point at) and a few words about it.
//!
//! The guide's own tours are part of the content dataset, validated and cited
//! like everything else; a teacher's own tours use the same type and travel in
//! the user's document (import, export, share links). Which step a user
//! reached is a [`TourPlace`], saved so that "Resume tour" can bring them back.

use crate::model::base::route::{Page, Route};
use crate::model::base::template::fill;
use crate::model::content::Citation;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tour {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    pub steps: Vec<TourStep>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TourStep {
    /// Where the step takes the guide, as a URL fragment (`#/tracks/3`).
    pub route: String,
    /// A CSS selector for the element the step talks about: it is spotlit
    /// and receives focus.
    pub target: String,
    pub title: String,
    pub text: String,
    #[serde(default)]
    pub cite: Vec<Citation>,
    /// What a presenter may say here; shown only in the speaker-notes window.
    #[serde(default)]
    pub notes: String,
}

impl TourStep {
    pub fn route(&self) -> Route {
        Route::parse(&self.route)
    }
}

/// What a key press asks of an open tour or presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKey {
    Next,
    Previous,
    First,
    Last,
    Leave,
}

impl StepKey {
    /// Arrows step, as in slide software; PageDown and PageUp are what
    /// presentation clickers send.
    pub fn from_key(key: &str) -> Option<StepKey> {
        match key {
            "ArrowRight" | "PageDown" => Some(StepKey::Next),
            "ArrowLeft" | "PageUp" => Some(StepKey::Previous),
            "Home" => Some(StepKey::First),
            "End" => Some(StepKey::Last),
            "Escape" => Some(StepKey::Leave),
            _ => None,
        }
    }
}

/// How far a user got in one tour.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TourPlace {
    pub tour: String,
    /// Zero-based index of the step last shown.
    pub step: usize,
    #[serde(default)]
    pub finished: bool,
    /// When the user was last on this tour, in milliseconds since 1970, so
    /// "Resume tour" offers the most recent one.
    #[serde(default)]
    pub updated: u64,
}

impl Tour {
    /// "Step k of n", counting from one as people do.
    pub fn step_label(&self, step: usize) -> String {
        let (k, n) = self.step_place(step);
        format!("Step {k} of {n}")
    }

    /// Which step `step` is, counting from one as people do, and of how many.
    pub fn step_place(&self, step: usize) -> (usize, usize) {
        (step.min(self.steps.len().saturating_sub(1)) + 1, self.steps.len())
    }

    /// The step after `step`, or `None` at the end.
    pub fn next(&self, step: usize) -> Option<usize> {
        (step + 1 < self.steps.len()).then_some(step + 1)
    }

    pub fn previous(&self, step: usize) -> Option<usize> {
        step.checked_sub(1).filter(|s| *s < self.steps.len())
    }

    /// The step a key press leads to, if it moves at all.
    pub fn step_after(&self, step: usize, key: StepKey) -> Option<usize> {
        match key {
            StepKey::Next => self.next(step),
            StepKey::Previous => self.previous(step),
            StepKey::First => (step != 0 && !self.steps.is_empty()).then_some(0),
            StepKey::Last => self.steps.len().checked_sub(1).filter(|last| *last != step),
            StepKey::Leave => None,
        }
    }

    /// The problems that would stop the tour from working, each with its
    /// place: a step must lead to a view that exists and name what it points at.
    pub fn problems(&self, at: &str, item_exists: impl Fn(&Route) -> bool) -> Vec<(String, String)> {
        let (w, mut out) = (crate::model::content::check_words::words(), Vec::new());
        if self.id.trim().is_empty() || self.title.trim().is_empty() {
            out.push((at.to_string(), w.tour_needs_id_title.to_string()));
        }
        if self.steps.is_empty() {
            out.push((format!("{at}.steps"), w.tour_needs_step.to_string()));
        }
        for (i, step) in self.steps.iter().enumerate() {
            let at = format!("{at}.steps[{i}]");
            let route = step.route();
            if let Page::NotFound(path) = &route.page {
                out.push((format!("{at}.route"), fill(w.not_a_view, &[("path", path)])));
            } else if !item_exists(&route) {
                out.push((format!("{at}.route"), fill(w.selects_nothing, &[("route", &step.route)])));
            }
            if step.target.trim().is_empty() {
                out.push((format!("{at}.target"), w.step_needs_target.to_string()));
            }
            if step.title.trim().is_empty() || step.text.trim().is_empty() {
                out.push((at.clone(), w.step_needs_text.to_string()));
            }
        }
        out
    }
}

/// Where a user is in the tours they started.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TourProgress {
    pub places: Vec<TourPlace>,
}

impl TourProgress {
    pub fn place(&self, tour: &str) -> Option<&TourPlace> {
        self.places.iter().find(|p| p.tour == tour)
    }

    /// Records that the user is on `step` of `tour` (finished when it is the last).
    pub fn record(&mut self, tour: &Tour, step: usize, now: u64) {
        let finished = tour.next(step).is_none();
        let place = TourPlace { tour: tour.id.clone(), step, finished, updated: now };
        match self.places.iter_mut().find(|p| p.tour == tour.id) {
            Some(existing) => *existing = place,
            None => self.places.push(place),
        }
    }

    /// The tour to offer with "Resume tour": the most recent one not finished.
    pub fn to_resume(&self) -> Option<&TourPlace> {
        self.places.iter().filter(|p| !p.finished).max_by_key(|p| p.updated)
    }

    /// Keeps, for each tour, the place visited last.
    pub fn merge(&self, other: &TourProgress) -> TourProgress {
        let mut out = self.clone();
        for theirs in &other.places {
            match out.places.iter_mut().find(|p| p.tour == theirs.tour) {
                Some(ours) if ours.updated >= theirs.updated => {}
                Some(ours) => *ours = theirs.clone(),
                None => out.places.push(theirs.clone()),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tour(n: usize) -> Tour {
        Tour {
            id: "t".into(),
            title: "T".into(),
            summary: String::new(),
            steps: (0..n)
                .map(|i| TourStep {
                    route: format!("#/tracks/{}", i + 1),
                    target: "#track-details".into(),
                    title: format!("Track {}", i + 1),
                    text: "Text".into(),
                    cite: Vec::new(),
                    notes: String::new(),
                })
                .collect(),
        }
    }

    #[test]
    fn steps_move_within_the_tour_and_label_from_one() {
        let t = tour(3);
        assert_eq!((t.next(0), t.next(1), t.next(2)), (Some(1), Some(2), None));
        assert_eq!((t.previous(0), t.previous(2)), (None, Some(1)));
        assert_eq!(t.step_label(0), "Step 1 of 3");
        assert_eq!(t.step_label(2), "Step 3 of 3");
        assert_eq!(t.step_label(9), "Step 3 of 3", "a stale saved step is shown as the last");
    }

    #[test]
    fn keys_map_to_steps_as_in_slide_software() {
        let t = tour(4);
        let key = |k: &str| StepKey::from_key(k).unwrap();
        assert_eq!(t.step_after(1, key("ArrowRight")), Some(2));
        assert_eq!(t.step_after(1, key("PageDown")), Some(2));
        assert_eq!(t.step_after(1, key("PageUp")), Some(0));
        assert_eq!(t.step_after(1, key("End")), Some(3));
        assert_eq!(t.step_after(3, key("End")), None);
        assert_eq!(t.step_after(2, key("Home")), Some(0));
        assert_eq!(t.step_after(3, key("ArrowRight")), None);
        assert_eq!(key("Escape"), StepKey::Leave);
        assert_eq!(StepKey::from_key("ArrowDown"), None, "up and down still scroll");
    }

    #[test]
    fn resume_offers_the_latest_unfinished_tour() {
        let (a, mut b) = (tour(3), tour(2));
        b.id = "b".into();
        let mut progress = TourProgress::default();
        progress.record(&a, 1, 10);
        progress.record(&b, 0, 20);
        assert_eq!(progress.to_resume().map(|p| (p.tour.as_str(), p.step)), Some(("b", 0)));
        progress.record(&b, 1, 30);
        assert!(progress.place("b").unwrap().finished, "reaching the last step finishes a tour");
        assert_eq!(progress.to_resume().map(|p| (p.tour.as_str(), p.step)), Some(("t", 1)));
        progress.record(&a, 2, 40);
        assert_eq!(progress.to_resume(), None);
        assert_eq!(progress.places.len(), 2, "one place per tour");
    }

    #[test]
    fn merging_keeps_the_later_place_of_each_tour() {
        let t = tour(5);
        let (mut mine, mut theirs) = (TourProgress::default(), TourProgress::default());
        mine.record(&t, 1, 10);
        theirs.record(&t, 3, 20);
        assert_eq!(mine.merge(&theirs).place("t").unwrap().step, 3);
        assert_eq!(theirs.merge(&mine).place("t").unwrap().step, 3);
    }

    #[test]
    fn problems_name_the_step_and_the_reason() {
        let mut t = tour(2);
        t.steps[1].route = "#/nowhere".into();
        t.steps[0].target = " ".into();
        let problems = t.problems("tours[0]", |r| r.item.as_deref() != Some("1"));
        let text: Vec<String> = problems.iter().map(|(p, m)| format!("{p}: {m}")).collect();
        assert!(text.iter().any(|s| s.starts_with("tours[0].steps[0].route: #/tracks/1 selects")), "{text:?}");
        assert!(text.iter().any(|s| s.starts_with("tours[0].steps[0].target")), "{text:?}");
        assert!(
            text.iter().any(|s| s == "tours[0].steps[1].route: \"nowhere\" is not a view of this guide"),
            "{text:?}"
        );
        assert!(tour(2).problems("x", |_| true).is_empty());
    }
}
