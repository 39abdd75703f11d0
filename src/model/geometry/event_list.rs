//! The list of events under the timeline chart: grouped by era, and drawn
//! in slices.
//!
//! Why slices: thousands of cards drawn in one task freeze a school laptop
//! for seconds (1.5 s at 5,000 events). A first slice is drawn with the
//! chart, then a slice more each time the browser is free, until every event
//! is in the list (for find-in-page, printing and screen readers).

use crate::model::content::{Era, Event, EventKind};

/// How many cards are added to the list at a time: well under 100 ms each.
pub const SLICE: usize = 100;
/// A long list starts smaller: its first slice is drawn in the same task as
/// the chart.
pub const FIRST_SLICE: usize = 40;

/// How many cards a list of `total` starts with: a short list all at once.
pub fn first_slice(total: usize) -> usize {
    if total <= SLICE {
        total
    } else {
        FIRST_SLICE
    }
}

/// How many cards to show after one more slice; `None` once all are shown.
pub fn next_slice(shown: usize, total: usize) -> Option<usize> {
    (shown < total).then(|| (shown + SLICE).min(total))
}

/// The events of one era (or, with `era: None`, of no era), in list order,
/// with the place of its first event in the whole list.
pub struct EraGroup<'a> {
    pub era: Option<&'a Era>,
    /// The lane: the cases come as one group of their own, after the history.
    pub lane: EventKind,
    pub start: usize,
    pub events: Vec<&'a Event>,
}

/// `events` under the eras they fall in, in the eras' order, leaving out
/// empty eras; events in no era (a user's own, say) come last, and after
/// them the cases, as one group: the history of the idea reads on its own.
pub fn group_by_era<'a>(all: &[&'a Event], eras: &'a [Era]) -> Vec<EraGroup<'a>> {
    let mut groups = Vec::new();
    let mut start = 0;
    let mut push = |era: Option<&'a Era>, lane: EventKind, events: Vec<&'a Event>| {
        if !events.is_empty() {
            let len = events.len();
            groups.push(EraGroup { era, lane, start, events });
            start += len;
        }
    };
    let (events, cases): (Vec<&'a Event>, Vec<&'a Event>) = all.iter().partition(|e| e.kind == EventKind::History);
    let outside = |e: &&&'a Event| !eras.iter().any(|era| era.contains(&e.date));
    // Dates before the first era (deep time, years BCE) come first, so the list keeps date order.
    let first = eras.iter().map(|era| era.start).min();
    let before = |e: &&&'a Event| first.is_some_and(|f| e.date < f);
    push(None, EventKind::History, events.iter().filter(outside).filter(before).copied().collect());
    // A user's eras may overlap (TimelineJS3 allows it): an event goes under the first that holds it.
    for (i, era) in eras.iter().enumerate() {
        let first_here =
            |e: &&'a Event| era.contains(&e.date) && !eras[..i].iter().any(|earlier| earlier.contains(&e.date));
        push(Some(era), EventKind::History, events.iter().copied().filter(first_here).collect());
    }
    push(None, EventKind::History, events.iter().filter(outside).filter(|e| !before(e)).copied().collect());
    push(None, EventKind::Case, cases);
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::content::Dataset;

    #[test]
    fn a_short_list_is_drawn_at_once_a_long_one_in_slices_to_the_end() {
        assert_eq!(first_slice(17), 17);
        assert_eq!(next_slice(17, 17), None);
        assert_eq!(first_slice(5000), FIRST_SLICE);
        let mut shown = first_slice(5000);
        let mut steps = 0;
        while let Some(more) = next_slice(shown, 5000) {
            assert!(more - shown <= SLICE);
            shown = more;
            steps += 1;
        }
        assert_eq!((shown, steps), (5000, 50));
    }

    #[test]
    fn groups_follow_the_eras_and_count_places_in_the_whole_list() {
        let content = Dataset::builtin();
        let mine = crate::model::geometry::synthetic::synthetic_events(3, 2030, 2031, "wikipedia-2007");
        let mut events: Vec<&Event> = content.events.iter().collect();
        events.extend(mine.iter());
        let groups = group_by_era(&events, &content.eras);
        let outside = groups.last().unwrap();
        assert!(outside.era.is_none() && outside.events.len() == 3, "events in no era come last");
        let mut start = 0;
        for g in &groups {
            assert_eq!(g.start, start);
            assert!(!g.events.is_empty());
            start += g.events.len();
        }
        assert_eq!(start, events.len(), "every event is in one group");
        assert_eq!(groups.iter().filter(|g| g.era.is_some()).count(), content.eras.len());
    }

    #[test]
    fn an_event_where_eras_meet_is_listed_once_under_the_first() {
        let content = Dataset::builtin();
        let mut eras = content.eras[..2].to_vec();
        eras[0].end = eras[1].start;
        let at_the_seam: Vec<&Event> =
            content.events.iter().filter(|e| eras[0].contains(&e.date) && eras[1].contains(&e.date)).collect();
        assert!(!at_the_seam.is_empty(), "the test needs an event in both eras");
        let groups = group_by_era(&at_the_seam, &eras);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].era.map(|e| e.id.as_str()), Some(eras[0].id.as_str()));
    }

    #[test]
    fn the_cases_follow_the_history_as_one_group_in_date_order() {
        let content = Dataset::builtin_full();
        let events: Vec<&Event> = content.events.iter().collect();
        let groups = group_by_era(&events, &content.eras);
        let last = groups.last().unwrap();
        assert_eq!(last.lane, EventKind::Case);
        assert!(last.events.iter().all(|e| e.kind == EventKind::Case) && last.events.len() >= 8);
        assert!(last.events.windows(2).all(|w| w[0].date <= w[1].date));
        assert!(groups[..groups.len() - 1].iter().all(|g| g.lane == EventKind::History && g.era.is_some()));
        assert_eq!(groups.iter().map(|g| g.events.len()).sum::<usize>(), events.len());
    }
}
