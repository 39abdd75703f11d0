//! Generated events for stress tests and demonstrations of scale.
//!
//! The timeline must stay smooth with thousands of events (a teacher's own
//! dataset may be large), but the real history has seventeen. This makes a
//! deterministic, clearly labelled set of any size to measure against.

use crate::model::base::date::HistDate;
use crate::model::content::{Citation, Event};
use crate::model::i18n::ui_text::{fill, ui};

/// A small deterministic generator (no dependency; quality is irrelevant here).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// `n` events spread over `first_year..=last_year`, in date order, with day
/// precision, one to three tracks each, citing `reference`.
pub fn synthetic_events(n: usize, first_year: i32, last_year: i32, reference: &str) -> Vec<Event> {
    let mut rng = Lcg(0x5eed_1981);
    let years = u64::try_from(last_year - first_year + 1).unwrap_or(1);
    let mut dates: Vec<HistDate> = (0..n)
        .map(|_| {
            let year = first_year + i32::try_from(rng.below(years)).unwrap_or(0);
            let month = 1 + rng.below(12) as u8;
            let day = 1 + rng.below(28) as u8;
            HistDate::parse(&format!("{year:04}-{month:02}-{day:02}"))
                .unwrap_or_else(|_| HistDate::year_only(year.into()))
        })
        .collect();
    dates.sort();
    let t = &ui().timeline;
    dates
        .into_iter()
        .enumerate()
        .map(|(i, date)| {
            let mut tracks: Vec<u8> = (0..1 + rng.below(3)).map(|_| 1 + rng.below(9) as u8).collect();
            tracks.sort_unstable();
            tracks.dedup();
            Event {
                tracks,
                cite: vec![Citation { reference: reference.to_string(), pages: None }],
                ..Event::new(
                    format!("generated-{}", i + 1),
                    date,
                    fill(t.generated_title, &[("n", &(i + 1))]),
                    fill(t.generated_summary, &[("date", &date.label())]),
                )
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn makes_the_requested_number_in_order_with_unique_ids() {
        let events = synthetic_events(5000, 1981, 2007, "wikipedia-2007");
        assert_eq!(events.len(), 5000);
        assert!(events.windows(2).all(|w| w[0].date <= w[1].date));
        let ids: std::collections::HashSet<&str> = events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids.len(), 5000);
        assert!(events.iter().all(|e| (1981..=2007).contains(&e.date.year())));
        assert!(events.iter().all(|e| !e.tracks.is_empty() && e.tracks.iter().all(|t| (1..=9).contains(t))));
    }

    #[test]
    fn is_deterministic() {
        assert_eq!(synthetic_events(50, 1981, 2007, "x"), synthetic_events(50, 1981, 2007, "x"));
    }
}
