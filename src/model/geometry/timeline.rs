//! The geometry and logic of the timeline, independent of any rendering.
//!
//! The interactive timeline must stay smooth at thousands of events, so the
//! expensive decisions (which ticks to draw, which events are visible, how
//! labels avoid each other) are plain functions over numbers here, tested
//! natively and cheap enough to run on every zoom step.

use crate::model::base::date::{days_in_month, HistDate};
use crate::model::base::lang::Lang;
use crate::model::base::search::matches_all_words;
use crate::model::content::{Event, EventKind};
use crate::model::i18n::ui_text::{fill, lang, ui, Plural};
use std::fmt::Display;
use std::ops::Range;

/// One day as a fraction of a year; the finest zoom shows about a week.
const DAY: f64 = 1.0 / 365.25;
/// The narrowest window the timeline zooms to, in years.
pub const MIN_SPAN: f64 = 7.0 * DAY;
/// The widest window, in years.
/// (The data's own span limits it further: see [`Viewport::within`].)
pub const MAX_SPAN: f64 = 3.0e10;

/// Which way time runs across the chart: the reading direction, so that in
/// Arabic the earliest date is on the right and the latest on the left.
/// Fixed for the page's life, as the language is.
///
/// Why the chart keeps its own measure "from the start edge": the layout
/// (lanes, clusters, label widths) is the same in both directions once
/// positions are measured from the edge where time begins, so only the
/// drawing and the pointer's position are turned round, never the logic.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Flow {
    #[default]
    LeftToRight,
    RightToLeft,
}

impl Flow {
    /// The flow of `lang`'s script.
    pub fn of(lang: Lang) -> Flow {
        if lang.is_rtl() {
            Flow::RightToLeft
        } else {
            Flow::LeftToRight
        }
    }

    /// The reader's flow.
    pub fn current() -> Flow {
        Flow::of(lang())
    }

    /// `dir` for a drawing in this flow.
    pub fn dir(self) -> &'static str {
        match self {
            Flow::LeftToRight => "ltr",
            Flow::RightToLeft => "rtl",
        }
    }

    /// A distance from the start edge (where time begins) of a drawing
    /// `width` wide as a distance from its left edge; and, being its own
    /// inverse, a distance from the left edge as one from the start edge.
    pub fn left(self, x: f64, width: f64) -> f64 {
        match self {
            Flow::LeftToRight => x,
            Flow::RightToLeft => width - x,
        }
    }

    /// The span `from..to` (from the start edge, `from <= to`) as its left
    /// edge and width on the drawing.
    pub fn span(self, from: f64, to: f64, width: f64) -> (f64, f64) {
        let len = (to - from).max(0.0);
        match self {
            Flow::LeftToRight => (from, len),
            Flow::RightToLeft => (width - to, len),
        }
    }

    /// `key` as it would be in a left-to-right page: right to left, Left
    /// and Right swap, so that the arrow towards the end edge means "on".
    pub fn reading_key(self, key: &str) -> &str {
        match (self, key) {
            (Flow::RightToLeft, "ArrowLeft") => "ArrowRight",
            (Flow::RightToLeft, "ArrowRight") => "ArrowLeft",
            _ => key,
        }
    }

    /// The arrow keys follow the reading direction: the key towards the end
    /// edge goes to the next (later) event. Home and End are first and last.
    pub fn step_for_key(self, key: &str) -> Option<Step> {
        match self.reading_key(key) {
            "ArrowRight" => Some(Step::Next),
            "ArrowLeft" => Some(Step::Previous),
            "Home" => Some(Step::First),
            "End" => Some(Step::Last),
            _ => None,
        }
    }
}

/// The visible window of the time axis, in fractional years.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub start: f64,
    pub end: f64,
}

impl Viewport {
    pub fn new(start: f64, end: f64) -> Viewport {
        Viewport { start: start.min(end), end: start.max(end) }
    }

    /// The whole span of some dates with a margin, never narrower than a year
    /// (so a single event still shows a readable axis).
    pub fn fit(years: impl IntoIterator<Item = f64>) -> Viewport {
        let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
        for y in years {
            lo = lo.min(y);
            hi = hi.max(y);
        }
        if !lo.is_finite() {
            return Viewport::new(2000.0, 2001.0);
        }
        let span = (hi - lo).max(1.0);
        let mid = (lo + hi) / 2.0;
        let half = span * 1.1 / 2.0;
        Viewport::new(mid - half, mid + half)
    }

    /// The whole of a timeline: its events and its eras, with a margin.
    pub fn of_timeline<'a>(
        events: impl IntoIterator<Item = &'a Event>,
        eras: &[crate::model::content::Era],
    ) -> Viewport {
        Viewport::fit(
            events.into_iter().map(|e| e.date.as_fractional_year()).chain(
                eras.iter().flat_map(|e| [e.start.as_fractional_year(), e.end_inclusive().as_fractional_year()]),
            ),
        )
    }

    /// A window just around `first..=last` (a cluster), at least a month wide.
    pub fn around(first: f64, last: f64) -> Viewport {
        let span = (last - first).abs().max(1.0 / 12.0);
        let pad = span * 0.15;
        let mid = (first + last) / 2.0;
        Viewport::new(mid - span / 2.0 - pad, mid + span / 2.0 + pad)
    }

    pub fn span(&self) -> f64 {
        self.end - self.start
    }

    pub fn contains(&self, year: f64) -> bool {
        (self.start..=self.end).contains(&year)
    }

    /// Zooms by `factor` (below 1 zooms in) keeping `anchor` at the same place
    /// on screen, as a mouse wheel or a pinch expects.
    pub fn zoom(&self, factor: f64, anchor: f64) -> Viewport {
        let span = (self.span() * factor).clamp(MIN_SPAN, MAX_SPAN);
        let ratio = if self.span() > 0.0 { (anchor - self.start) / self.span() } else { 0.5 };
        let start = anchor - ratio * span;
        Viewport::new(start, start + span)
    }

    pub fn pan(&self, years: f64) -> Viewport {
        Viewport::new(self.start + years, self.end + years)
    }

    /// Keeps the window over the data: no panning into empty centuries.
    pub fn within(&self, bounds: &Viewport) -> Viewport {
        if self.span() >= bounds.span() {
            return *bounds;
        }
        let shift = if self.start < bounds.start {
            bounds.start - self.start
        } else if self.end > bounds.end {
            bounds.end - self.end
        } else {
            0.0
        };
        self.pan(shift)
    }

    /// The position of a year in a drawing `width` pixels wide, measured
    /// from the edge where time begins (the left, or the right in a
    /// right-to-left flow: see [`Flow`]).
    pub fn x(&self, year: f64, width: f64) -> f64 {
        (year - self.start) / self.span() * width
    }

    /// The year at `x` from the start edge.
    pub fn year_at(&self, x: f64, width: f64) -> f64 {
        self.start + x / width * self.span()
    }

    /// The distance from the drawing's left edge at which `year` is drawn.
    pub fn left(&self, year: f64, width: f64, flow: Flow) -> f64 {
        flow.left(self.x(year, width), width)
    }

    /// The year under a point `left` pixels from the drawing's left edge
    /// (a pointer's position), whichever way time runs.
    pub fn year_at_left(&self, left: f64, width: f64, flow: Flow) -> f64 {
        self.year_at(flow.left(left, width), width)
    }

    /// The window after a drag of `dx` pixels to the right (negative: to
    /// the left): the moment under the pointer stays under it, in both flows.
    pub fn dragged(&self, dx: f64, width: f64, flow: Flow) -> Viewport {
        let towards_end = match flow {
            Flow::LeftToRight => dx,
            Flow::RightToLeft => -dx,
        };
        self.pan(-towards_end / width * self.span())
    }
}

/// The unit the axis ticks are in, coarse to fine: a power of ten years
/// (10^0 a year, 10^1 a decade, up to 10^10 for the age of the universe),
/// then months and days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum TickUnit {
    /// Ticks every 10^k years; a larger k is coarser, so it sorts first.
    Years(std::cmp::Reverse<u8>),
    Month,
    Day,
}

/// The coarsest power of ten the axis uses: ten billion years.
const MAX_POWER: u8 = 10;

impl TickUnit {
    pub const YEAR: TickUnit = TickUnit::years(0);
    pub const DECADE: TickUnit = TickUnit::years(1);

    pub const fn years(power: u8) -> TickUnit {
        TickUnit::Years(std::cmp::Reverse(power))
    }

    /// Fine to coarse.
    fn all() -> impl Iterator<Item = TickUnit> {
        [TickUnit::Day, TickUnit::Month].into_iter().chain((0..=MAX_POWER).map(TickUnit::years))
    }

    /// The typical length of the unit in years.
    fn length(self) -> f64 {
        match self {
            TickUnit::Years(std::cmp::Reverse(power)) => 10f64.powi(i32::from(power)),
            TickUnit::Month => 1.0 / 12.0,
            TickUnit::Day => DAY,
        }
    }

    /// The unit's name as an identifier (the chart's `data-unit`), the same
    /// in every language; [`TickUnit::label`] is the reader's word for it.
    pub fn name(self) -> &'static str {
        match self {
            TickUnit::Years(std::cmp::Reverse(power)) => match power {
                0 => "years",
                1 => "decades",
                2 => "centuries",
                3 => "millennia",
                4 | 5 => "tens of thousands of years",
                6..=8 => "millions of years",
                _ => "billions of years",
            },
            TickUnit::Month => "months",
            TickUnit::Day => "days",
        }
    }

    /// The unit's name in the reader's language.
    pub fn label(self) -> &'static str {
        let t = &ui().timeline;
        match self {
            TickUnit::Years(std::cmp::Reverse(power)) => match power {
                0 => t.unit_years,
                1 => t.unit_decades,
                2 => t.unit_centuries,
                3 => t.unit_millennia,
                4 | 5 => t.unit_tens_of_thousands,
                6..=8 => t.unit_millions,
                _ => t.unit_billions,
            },
            TickUnit::Month => t.unit_months,
            TickUnit::Day => t.unit_days,
        }
    }
}

/// Ticks closer than this many pixels would crowd their labels.
pub const MIN_TICK_SPACING: f64 = 48.0;

/// The finest unit whose ticks are at least [`MIN_TICK_SPACING`] apart.
pub fn tick_unit(view: &Viewport, width: f64) -> TickUnit {
    let px_per_year = width / view.span();
    TickUnit::all().find(|u| u.length() * px_per_year >= MIN_TICK_SPACING).unwrap_or(TickUnit::years(MAX_POWER))
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub at: f64,
    pub label: String,
}

/// The label of a tick at the start of astronomical year `year`, for ticks `power` apart.
fn year_tick_label(year: i64, power: u8) -> String {
    let date = HistDate::year_only(year);
    match power {
        1 if !date.is_bce() => fill(ui().timeline.tick_decade, &[("y", &year)]),
        _ => date.year_label(),
    }
}

/// The short name of month `m` (1 to 12) on the axis.
fn short_month(m: u8) -> &'static str {
    let t = &ui().timeline;
    [
        t.month_short_01,
        t.month_short_02,
        t.month_short_03,
        t.month_short_04,
        t.month_short_05,
        t.month_short_06,
        t.month_short_07,
        t.month_short_08,
        t.month_short_09,
        t.month_short_10,
        t.month_short_11,
        t.month_short_12,
    ][usize::from(m.clamp(1, 12) - 1)]
}

/// The ticks inside the window, in the unit that fits its width.
pub fn ticks(view: &Viewport, width: f64) -> (TickUnit, Vec<Tick>) {
    let unit = tick_unit(view, width);
    let mut out = Vec::new();
    let first_year = view.start.floor() as i64;
    let last_year = view.end.ceil() as i64;
    let mut push = |at: f64, label: String| {
        if view.contains(at) {
            out.push(Tick { at, label });
        }
    };
    match unit {
        TickUnit::Years(std::cmp::Reverse(power)) => {
            let step = 10i64.pow(u32::from(power));
            // Before the common era, ticks fall on round historical years
            // (500 BCE, not the astronomical -500, which is 501 BCE).
            let round = |y: i64| match y {
                _ if step == 1 => y,
                ..=0 => y.div_euclid(step) * step + 1,
                // The first round year of the era is 1 CE: there is no year 0.
                _ => (y.div_euclid(step) * step).max(1),
            };
            let mut y = round(first_year);
            while y <= last_year {
                push(y as f64, year_tick_label(y, power));
                let next = round(y + step);
                y = if next > y { next } else { y + step };
            }
        }
        TickUnit::Month | TickUnit::Day => {
            for y in first_year..=last_year {
                for m in 1..=12u8 {
                    let month_start = date(y, m, 1).as_fractional_year();
                    if month_start > view.end {
                        break;
                    }
                    let next_month = if m == 12 { (y + 1) as f64 } else { date(y, m + 1, 1).as_fractional_year() };
                    if next_month < view.start {
                        continue;
                    }
                    let (t, month, year) = (&ui().timeline, short_month(m), HistDate::year_only(y).year_label());
                    if unit == TickUnit::Month {
                        push(month_start, fill(t.tick_month, &[("m", &month), ("y", &year)]));
                        continue;
                    }
                    for day in 1..=days_in_month(y, m) {
                        let label = if day == 1 {
                            fill(t.tick_first_day, &[("m", &month), ("y", &year)])
                        } else {
                            day.to_string()
                        };
                        push(date(y, m, day).as_fractional_year(), label);
                    }
                }
            }
        }
    }
    (unit, out)
}

fn date(year: i64, month: u8, day: u8) -> HistDate {
    HistDate::from_parts(year, Some(month), Some(day), None).unwrap_or_else(|_| HistDate::year_only(year))
}

/// The indexes of the sorted `years` that fall in the window (plus a margin
/// so labels entering from the edge are drawn): what to render.
pub fn visible_range(years: &[f64], view: &Viewport, margin: f64) -> Range<usize> {
    let lo = years.partition_point(|&y| y < view.start - margin);
    let hi = years.partition_point(|&y| y <= view.end + margin);
    lo..hi.max(lo)
}

/// Where an event's label is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub index: usize,
    pub x: f64,
    pub lane: usize,
}

/// Events that would overlap every lane, drawn as one marker with a count.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    pub x: f64,
    pub members: Vec<usize>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    pub placed: Vec<Placed>,
    pub clusters: Vec<Cluster>,
    pub lanes: usize,
}

/// Lays labels out left to right so that none overlaps another: each goes in
/// the first lane with room; when all `max_lanes` are full at that point it
/// joins a cluster. `items` are `(index, x, label width)` sorted by `x`.
/// `keep` (the selected event) is always drawn, in the first lane, so the
/// selection never disappears into a cluster.
pub fn lay_out(
    items: &[(usize, f64, f64)],
    max_lanes: usize,
    gap: f64,
    cluster_width: f64,
    keep: Option<usize>,
) -> Layout {
    let kept_x = keep.and_then(|k| items.iter().find(|i| i.0 == k)).map(|i| i.1);
    let mut lane_ends: Vec<f64> = if kept_x.is_some() { vec![f64::NEG_INFINITY] } else { Vec::new() };
    let mut layout = Layout::default();
    for &(index, x, width) in items {
        if Some(index) == keep {
            lane_ends[0] = x + width;
            layout.placed.push(Placed { index, x, lane: 0 });
            continue;
        }
        // The first lane must stay clear up to the kept label.
        let clear_of_kept = |lane: usize| lane != 0 || kept_x.is_none_or(|kx| x >= kx || x + width + gap <= kx);
        let free = lane_ends.iter().enumerate().position(|(lane, &end)| end + gap <= x && clear_of_kept(lane));
        let lane = match free {
            Some(lane) => Some(lane),
            None if lane_ends.len() < max_lanes => {
                lane_ends.push(f64::NEG_INFINITY);
                Some(lane_ends.len() - 1)
            }
            None => None,
        };
        match lane {
            Some(lane) => {
                lane_ends[lane] = x + width;
                layout.placed.push(Placed { index, x, lane });
            }
            None => match layout.clusters.last_mut() {
                Some(cluster) if x - cluster.x <= cluster_width => cluster.members.push(index),
                _ => layout.clusters.push(Cluster { x, members: vec![index] }),
            },
        }
    }
    layout.lanes = lane_ends.len();
    layout
}

/// What the user has narrowed the timeline to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventFilter {
    pub track: Option<u8>,
    pub query: String,
    /// One lane only: the history of the idea, or the cases.
    pub lane: Option<EventKind>,
    /// One group of a reader's timeline only (TimelineJS3's `group`).
    pub group: Option<String>,
}

/// The URL value of each lane (`?lane=cases`).
pub const LANES: [(EventKind, &str); 2] = [(EventKind::History, "history"), (EventKind::Case, "cases")];

impl EventFilter {
    /// The filter a route's options describe (`?track=7&q=faith&lane=cases`);
    /// an unknown track number or lane is ignored rather than hiding everything.
    pub fn from_route(route: &crate::model::base::route::Route) -> EventFilter {
        let track = route.param("track").and_then(|t| t.parse::<u8>().ok()).filter(|t| (1..=9).contains(t));
        let lane = route.param("lane").and_then(|l| LANES.iter().find(|(_, name)| *name == l)).map(|(kind, _)| *kind);
        let group = route.param("group").filter(|g| !g.is_empty()).map(str::to_string);
        EventFilter { track, query: route.param("q").unwrap_or_default().to_string(), lane, group }
    }

    pub fn is_empty(&self) -> bool {
        self.track.is_none() && self.query.trim().is_empty() && self.lane.is_none() && self.group.is_none()
    }

    /// An event matches when it is in the lane, involves the track and
    /// contains every word of the query (in any case) in its date, title,
    /// summary or people.
    pub fn matches(&self, event: &Event) -> bool {
        if self.lane.is_some_and(|lane| event.kind != lane) {
            return false;
        }
        if self.group.as_ref().is_some_and(|g| event.group.as_ref() != Some(g)) {
            return false;
        }
        if self.track.is_some_and(|t| !event.tracks.contains(&t)) {
            return false;
        }
        if self.query.trim().is_empty() {
            return true;
        }
        let text = format!("{} {} {} {}", event.date_label(), event.title, event.summary, event.people.join(" "));
        matches_all_words(&text, &self.query)
    }

    pub fn apply<'a>(&self, events: &'a [Event]) -> Vec<&'a Event> {
        events.iter().filter(|e| self.matches(e)).collect()
    }
}

/// The groups a timeline's events are in, in the order they first appear.
pub fn group_names(events: &[Event]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for g in events.iter().filter_map(|e| e.group.as_ref()) {
        if !names.contains(g) {
            names.push(g.clone());
        }
    }
    names
}

pub use crate::model::i18n::ui_text::figure;

/// `plural`'s form for `n`, with `{n}` as [`figure`] writes it and the
/// other placeholders from `values`.
pub fn counted(plural: &Plural, n: usize, values: &[(&str, &dyn Display)]) -> String {
    let figure = figure(n);
    let mut all: Vec<(&str, &dyn Display)> = vec![("n", &figure)];
    all.extend_from_slice(values);
    fill(plural.form(lang(), n as u64), &all)
}

/// A keyboard move through the events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Previous,
    Next,
    First,
    Last,
}

/// The index the selection moves to; from no selection, Next and Previous
/// start at the ends. Stops at the ends rather than wrapping, as a list does.
pub fn step(len: usize, current: Option<usize>, step: Step) -> Option<usize> {
    if len == 0 {
        return None;
    }
    Some(match (step, current) {
        (Step::First, _) | (Step::Next, None) => 0,
        (Step::Last, _) | (Step::Previous, None) => len - 1,
        (Step::Next, Some(i)) => (i + 1).min(len - 1),
        (Step::Previous, Some(i)) => i.saturating_sub(1),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::content::Dataset;

    fn y(s: &str) -> f64 {
        HistDate::parse(s).unwrap().as_fractional_year()
    }

    #[test]
    fn fit_covers_every_date_with_a_margin() {
        let v = Viewport::fit([1981.0, 2007.0]);
        assert!(v.start < 1981.0 && v.end > 2007.0);
        assert!(Viewport::fit([1991.0]).span() >= 1.0);
        assert_eq!(Viewport::fit([]).span(), 1.0);
    }

    #[test]
    fn a_timeline_spans_its_events_and_eras_and_a_cluster_opens_around_its_members() {
        let data = Dataset::builtin();
        let v = Viewport::of_timeline(&data.events, &data.eras);
        assert!(v.start < 1981.0 && v.end > 2007.99);
        let c = Viewport::around(1991.0, 1992.0);
        assert!(c.contains(1991.0) && c.contains(1992.0) && c.span() < 1.5);
        assert!(Viewport::around(1991.5, 1991.5).span() >= 1.0 / 12.0);
    }

    #[test]
    fn zoom_keeps_the_anchor_in_place_and_respects_limits() {
        let v = Viewport::new(1980.0, 2010.0);
        let anchor = 1991.0;
        let z = v.zoom(0.5, anchor);
        assert!((z.span() - 15.0).abs() < 1e-9);
        let before = (anchor - v.start) / v.span();
        let after = (anchor - z.start) / z.span();
        assert!((before - after).abs() < 1e-9);
        assert!((v.zoom(1e-9, anchor).span() - MIN_SPAN).abs() < 1e-12);
        assert!((v.zoom(1e9, anchor).span() - MAX_SPAN).abs() < 1e-9);
    }

    #[test]
    fn panning_stays_over_the_data() {
        let bounds = Viewport::new(1980.0, 2010.0);
        let v = Viewport::new(2000.0, 2005.0).pan(20.0).within(&bounds);
        assert_eq!(v, Viewport::new(2005.0, 2010.0));
        assert_eq!(Viewport::new(1900.0, 2100.0).within(&bounds), bounds);
    }

    #[test]
    fn x_and_year_at_are_inverse() {
        let v = Viewport::new(1980.0, 2010.0);
        assert_eq!(v.x(1995.0, 600.0), 300.0);
        assert!((v.year_at(v.x(1987.3, 800.0), 800.0) - 1987.3).abs() < 1e-9);
    }

    #[test]
    fn right_to_left_mirrors_every_position_and_keeps_the_maths() {
        let (ltr, rtl) = (Flow::LeftToRight, Flow::RightToLeft);
        let (v, w) = (Viewport::new(1980.0, 2010.0), 600.0);
        assert_eq!(v.left(1980.0, w, ltr), 0.0);
        assert_eq!(v.left(1980.0, w, rtl), 600.0, "the earliest date on the right");
        assert_eq!(v.left(2010.0, w, rtl), 0.0, "the latest on the left");
        assert_eq!(v.left(1995.0, w, rtl), 300.0);
        assert!(v.left(1985.0, w, rtl) > v.left(1995.0, w, rtl));
        // The measure from the start edge (the layout's) is the same in both flows.
        assert_eq!(rtl.left(v.left(1987.0, w, rtl), w), v.x(1987.0, w));
        for flow in [ltr, rtl] {
            assert!((v.year_at_left(v.left(1987.3, w, flow), w, flow) - 1987.3).abs() < 1e-9);
            // A drag keeps the moment that was under the pointer under it.
            for (at, dx) in [(150.0, 40.0), (420.0, -75.0)] {
                let year = v.year_at_left(at, w, flow);
                let moved = v.dragged(dx, w, flow);
                assert!((moved.year_at_left(at + dx, w, flow) - year).abs() < 1e-9, "{flow:?} drag by {dx}");
            }
            // A wheel or a pinch keeps the moment under the pointer too.
            let anchor = v.year_at_left(450.0, w, flow);
            assert!((v.zoom(0.5, anchor).year_at_left(450.0, w, flow) - anchor).abs() < 1e-9);
        }
        // Pulling the chart to the right uncovers what lies to the left:
        // earlier dates left to right, later ones right to left.
        assert!(v.dragged(50.0, w, ltr).start < v.start);
        assert!(v.dragged(50.0, w, rtl).start > v.start);
        // An era band: the same width, from the other edge.
        assert_eq!(ltr.span(100.0, 250.0, w), (100.0, 150.0));
        assert_eq!(rtl.span(100.0, 250.0, w), (350.0, 150.0));
        assert_eq!(rtl.span(250.0, 100.0, w).1, 0.0);
    }

    #[test]
    fn the_arrow_keys_follow_the_reading_direction() {
        let (ltr, rtl) = (Flow::LeftToRight, Flow::RightToLeft);
        assert_eq!(Flow::of(Lang::Ar), rtl);
        assert_eq!(Flow::of(Lang::Fr), ltr);
        assert_eq!((ltr.dir(), rtl.dir()), ("ltr", "rtl"));
        assert_eq!(ltr.step_for_key("ArrowRight"), Some(Step::Next));
        assert_eq!(ltr.step_for_key("ArrowLeft"), Some(Step::Previous));
        assert_eq!(rtl.step_for_key("ArrowLeft"), Some(Step::Next), "towards the left is later");
        assert_eq!(rtl.step_for_key("ArrowRight"), Some(Step::Previous));
        assert_eq!((rtl.reading_key("ArrowLeft"), rtl.reading_key("PageDown")), ("ArrowRight", "PageDown"));
        assert_eq!(ltr.reading_key("ArrowLeft"), "ArrowLeft");
        for flow in [ltr, rtl] {
            assert_eq!(flow.step_for_key("Home"), Some(Step::First));
            assert_eq!(flow.step_for_key("End"), Some(Step::Last));
            assert_eq!(flow.step_for_key("ArrowUp"), None);
        }
    }

    #[test]
    fn counts_keep_plain_digits_in_english() {
        assert_eq!(figure(1500), "1500");
        assert_eq!(counted(&ui().timeline.events_shown, 1500, &[("shown", &figure(12))]), "12 of 1500 events");
        assert_eq!(TickUnit::DECADE.label(), "decades");
    }

    #[test]
    fn tick_unit_follows_the_zoom_from_decades_to_days() {
        let width = 1000.0;
        let whole = Viewport::new(1880.0, 2030.0);
        assert_eq!(tick_unit(&whole, width), TickUnit::DECADE);
        // 48 px apart at least: 28 years in 1000 px leaves 36 px a year.
        assert_eq!(tick_unit(&Viewport::new(1980.0, 2008.0), width), TickUnit::DECADE);
        assert_eq!(tick_unit(&Viewport::new(1985.0, 2000.0), width), TickUnit::YEAR);
        assert_eq!(tick_unit(&Viewport::new(1991.5, 1992.5), width), TickUnit::Month);
        assert_eq!(tick_unit(&Viewport::new(y("1992-05-01"), y("1992-06-01")), width), TickUnit::Month);
        assert_eq!(tick_unit(&Viewport::new(y("1992-05-10"), y("1992-05-28")), width), TickUnit::Day);
        let mut view = whole;
        let mut units = vec![tick_unit(&view, width)];
        while view.span() > MIN_SPAN * 1.01 {
            view = view.zoom(0.8, 1992.4);
            units.push(tick_unit(&view, width));
        }
        assert!(units.windows(2).all(|w| w[0] <= w[1]), "units only get finer when zooming in");
        assert_eq!(units.last(), Some(&TickUnit::Day));
    }

    #[test]
    fn ticks_are_inside_the_window_in_order_and_spaced() {
        let width = 1000.0;
        for view in [
            Viewport::new(1880.0, 2030.0),
            Viewport::new(1980.0, 2008.0),
            Viewport::new(1991.2, 1993.0),
            Viewport::new(y("1992-05-20"), y("1992-06-10")),
        ] {
            let (unit, ticks) = ticks(&view, width);
            assert!(!ticks.is_empty(), "{unit:?}");
            assert!(ticks.iter().all(|t| view.contains(t.at)));
            let xs: Vec<f64> = ticks.iter().map(|t| view.x(t.at, width)).collect();
            assert!(xs.windows(2).all(|w| w[1] - w[0] >= MIN_TICK_SPACING * 0.9), "{unit:?} spacing");
        }
        let (_, days) = ticks(&Viewport::new(y("1992-05-20"), y("1992-06-03")), 1000.0);
        let labels: Vec<&str> = days.iter().map(|t| t.label.as_str()).collect();
        assert!(labels.contains(&"26") && labels.contains(&"1 Jun 1992"), "{labels:?}");
        let (_, decades) = ticks(&Viewport::new(1975.0, 2012.0), 200.0);
        assert_eq!(decades.iter().map(|t| t.label.as_str()).collect::<Vec<_>>(), ["1980s", "1990s", "2000s", "2010s"]);
    }

    #[test]
    fn visible_range_picks_events_in_the_window() {
        let years = [1981.0, 1985.0, 1989.0, 1991.0, 1991.0, 1996.0, 2007.0];
        assert_eq!(visible_range(&years, &Viewport::new(1988.0, 1992.0), 0.0), 2..5);
        assert_eq!(visible_range(&years, &Viewport::new(1988.0, 1992.0), 4.0), 1..6);
        assert_eq!(visible_range(&years, &Viewport::new(2010.0, 2020.0), 0.0), 7..7);
    }

    #[test]
    fn labels_never_overlap_within_a_lane() {
        let items: Vec<(usize, f64, f64)> = (0..200).map(|i| (i, f64::from(i as u32) * 7.0, 60.0)).collect();
        let layout = lay_out(&items, 4, 4.0, 40.0, None);
        assert!(layout.lanes <= 4);
        let placed_and_clustered = layout.placed.len() + layout.clusters.iter().map(|c| c.members.len()).sum::<usize>();
        assert_eq!(placed_and_clustered, items.len(), "every event is placed or counted in a cluster");
        for lane in 0..layout.lanes {
            let in_lane: Vec<&Placed> = layout.placed.iter().filter(|p| p.lane == lane).collect();
            for w in in_lane.windows(2) {
                assert!(w[1].x >= w[0].x + 60.0 + 4.0, "overlap in lane {lane}");
            }
        }
        assert!(!layout.clusters.is_empty(), "a dense run is clustered");
    }

    #[test]
    fn the_kept_event_is_always_drawn_and_still_overlaps_nothing() {
        let items: Vec<(usize, f64, f64)> = (0..200).map(|i| (i, f64::from(i as u32) * 7.0, 60.0)).collect();
        for keep in [0, 57, 123, 199] {
            let layout = lay_out(&items, 4, 4.0, 40.0, Some(keep));
            assert!(layout.placed.iter().any(|p| p.index == keep && p.lane == 0), "event {keep} is drawn");
            assert!(layout.clusters.iter().all(|c| !c.members.contains(&keep)));
            let total = layout.placed.len() + layout.clusters.iter().map(|c| c.members.len()).sum::<usize>();
            assert_eq!(total, items.len());
            for lane in 0..layout.lanes {
                let in_lane: Vec<&Placed> = layout.placed.iter().filter(|p| p.lane == lane).collect();
                assert!(in_lane.windows(2).all(|w| w[1].x >= w[0].x + 64.0), "overlap in lane {lane} keeping {keep}");
            }
        }
    }

    #[test]
    fn sparse_events_need_one_lane_and_no_cluster() {
        let items = [(0, 0.0, 50.0), (1, 100.0, 50.0), (2, 200.0, 50.0)];
        let layout = lay_out(&items, 3, 4.0, 40.0, None);
        assert_eq!(layout.lanes, 1);
        assert!(layout.clusters.is_empty());
    }

    #[test]
    fn filter_by_track_and_words() {
        let data = Dataset::builtin();
        let by_track = EventFilter { track: Some(7), ..EventFilter::default() }.apply(&data.events);
        assert!(!by_track.is_empty() && by_track.iter().all(|e| e.tracks.contains(&7)));
        let search = EventFilter { query: "  IRAQ   ngo ".into(), ..EventFilter::default() }.apply(&data.events);
        assert_eq!(search.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["2004-iraq-briefing"]);
        let none = EventFilter { track: Some(7), query: "Iraq".into(), ..EventFilter::default() }.apply(&data.events);
        assert!(none.is_empty());
        assert!(EventFilter::default().is_empty());
        assert_eq!(EventFilter::default().apply(&data.events).len(), data.events.len());
        let by_date = EventFilter { query: "may 1992".into(), ..EventFilter::default() }.apply(&data.events);
        assert_eq!(by_date.len(), 1);
    }

    #[test]
    fn filter_reads_the_route_options() {
        use crate::model::base::route::{Page, Route};
        let route = Route::parse("#/timeline?track=7&q=faith%20action");
        assert_eq!(
            EventFilter::from_route(&route),
            EventFilter { track: Some(7), query: "faith action".into(), ..EventFilter::default() }
        );
        assert_eq!(EventFilter::from_route(&Route::parse("#/timeline?track=12")).track, None);
        assert!(EventFilter::from_route(&Route::page(Page::Timeline)).is_empty());
        assert_eq!(EventFilter::from_route(&Route::parse("#/timeline?lane=cases")).lane, Some(EventKind::Case));
        assert_eq!(EventFilter::from_route(&Route::parse("#/timeline?lane=other")).lane, None);
    }

    #[test]
    fn a_group_of_a_readers_timeline_is_a_lane_to_filter_by() {
        use crate::model::base::route::Route;
        let mut events = Dataset::builtin().events[..3].to_vec();
        events[0].group = Some("Hello".into());
        events[2].group = Some("Goodbye".into());
        let filter = EventFilter::from_route(&Route::parse("#/timeline?group=Hello"));
        assert_eq!(filter.apply(&events).iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), [events[0].id.as_str()]);
        assert_eq!(group_names(&events), ["Hello", "Goodbye"]);
    }

    #[test]
    fn the_lanes_keep_the_history_of_the_idea_apart_from_the_cases() {
        let data = Dataset::builtin_full();
        let lane = |kind| EventFilter { lane: Some(kind), ..EventFilter::default() }.apply(&data.events);
        let (history, cases) = (lane(EventKind::History), lane(EventKind::Case));
        assert_eq!(history.len(), Dataset::builtin().events.len());
        assert!(cases.len() >= 8 && cases.iter().all(|e| e.kind == EventKind::Case));
        assert_eq!(history.len() + cases.len(), data.events.len());
    }

    #[test]
    fn stepping_stops_at_the_ends() {
        assert_eq!(step(5, Some(2), Step::Next), Some(3));
        assert_eq!(step(5, Some(4), Step::Next), Some(4));
        assert_eq!(step(5, Some(0), Step::Previous), Some(0));
        assert_eq!(step(5, None, Step::Next), Some(0));
        assert_eq!(step(5, None, Step::Previous), Some(4));
        assert_eq!(step(5, Some(2), Step::First), Some(0));
        assert_eq!(step(5, Some(2), Step::Last), Some(4));
        assert_eq!(step(0, None, Step::Next), None);
    }
    #[test]
    fn ticks_reach_back_into_deep_time_on_round_years() {
        let width = 1000.0;
        // Across the change of era: round years BCE and CE, and no year 0.
        let (unit, across) = ticks(&Viewport::new(y("450 BCE"), y("450")), width);
        assert_eq!(unit, TickUnit::years(2));
        let labels: Vec<&str> = across.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["400 BCE", "300 BCE", "200 BCE", "100 BCE", "1", "100", "200", "300", "400"]);
        // The age of the universe.
        let (unit, deep) = ticks(&Viewport::new(y("13800000000 BCE"), 2000.0), width);
        assert_eq!(unit.name(), "billions of years");
        let labels: Vec<&str> = deep.iter().map(|t| t.label.as_str()).collect();
        assert!(labels.contains(&"10 billion years ago"), "{labels:?}");
        for view in [
            Viewport::new(y("13800000000 BCE"), 2000.0),
            Viewport::new(y("70000000 BCE"), y("60000000 BCE")),
            Viewport::new(y("6000 BCE"), y("5000 BCE")),
        ] {
            let (unit, ticks) = ticks(&view, width);
            assert!(!ticks.is_empty(), "{unit:?}");
            let xs: Vec<f64> = ticks.iter().map(|t| view.x(t.at, width)).collect();
            assert!(xs.windows(2).all(|w| w[1] - w[0] >= MIN_TICK_SPACING * 0.9), "{unit:?} spacing");
        }
        // Zooming out from a day reaches the whole of deep time, coarser all the way.
        let mut view = Viewport::new(y("1992-05-20"), y("1992-05-27"));
        let mut units = vec![tick_unit(&view, width)];
        while view.span() < MAX_SPAN * 0.99 {
            view = view.zoom(1.5, 1992.4);
            units.push(tick_unit(&view, width));
        }
        assert!(units.windows(2).all(|w| w[0] >= w[1]), "units only get coarser when zooming out");
        assert_eq!(units.last().map(|u| u.name()), Some("billions of years"));
    }
}
