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

    /// Where the chart opens: on the history of the idea, its events and its
    /// eras (1981 to 2007 in the guide), so that its turning points have the
    /// width; the cases before it (1955 to 1960) are a drag or "Show all"
    /// away. A timeline with no events in the history's lane (the cases
    /// alone) opens on all its events; one with none on its eras.
    ///
    /// Why a window and not a compressed stretch of axis: every gesture, the
    /// ticks and the clusters assume one scale across the drawing, and the
    /// reader keeps it when zooming and panning from here.
    pub fn opening<'a>(events: impl IntoIterator<Item = &'a Event>, eras: &[crate::model::content::Era]) -> Viewport {
        let events: Vec<&Event> = events.into_iter().collect();
        let year = |e: &&Event| e.date.as_fractional_year();
        let history: Vec<f64> = events.iter().filter(|e| e.kind == EventKind::History).map(year).collect();
        if !history.is_empty() {
            let eras = eras.iter().flat_map(|e| [e.start.as_fractional_year(), e.end_inclusive().as_fractional_year()]);
            return Viewport::fit(history.into_iter().chain(eras));
        }
        if !events.is_empty() {
            return Viewport::fit(events.iter().map(year));
        }
        Viewport::of_timeline([], eras)
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

/// The size of the chart's text in CSS pixels: the events' labels, and the
/// axis (ticks and era names). The view sets both from here, so the widths
/// measured below are the widths drawn.
pub const LABEL_FONT_PX: f64 = 14.0;
pub const AXIS_FONT_PX: f64 = 14.0;

/// The advance of an average character as a share of the font size, on the
/// wide side: mixed-case Latin in the common sans-serifs (DejaVu Sans, the
/// widest, averages about 0.55 em; Arial and Roboto about 0.5), digits
/// (0.55 to 0.64) and Arabic, whose joined letters run narrower. A label
/// measured with it holds its text; the spare is at most a few characters.
pub const GLYPH_EM: f64 = 0.6;
/// The same for bold text, which runs about a tenth wider.
pub const BOLD_GLYPH_EM: f64 = 0.66;
/// What a label's box adds to its text: the 3 px mark at its moment, 8 px
/// and 6 px of padding and 3 px to spare for rounding.
pub const LABEL_CHROME_PX: f64 = 20.0;
/// Room kept between two labels in a lane.
pub const LABEL_GAP: f64 = 6.0;
/// The lanes of labels; events that find no room in any of them are
/// counted in a cluster in the row below.
pub const MAX_LANES: usize = 5;
/// A cluster's chip ("+12"): the widest it is drawn, and so how close two
/// clusters may start before they merge.
pub const CLUSTER_WIDTH: f64 = 48.0;
/// The rows the era names are drawn in: a name that does not fit its band
/// (a two-year era on a phone) runs on in the other row rather than over
/// the next era's name.
pub const ERA_ROWS: usize = 3;
/// The room around an era's name inside its band.
pub const ERA_NAME_PAD: f64 = 4.0;

/// How wide `text` is drawn at `font_px`, measured by its characters (see
/// [`GLYPH_EM`]): no DOM, so the layout is the same natively and in the page.
pub fn text_width(text: &str, font_px: f64, bold: bool) -> f64 {
    let em = if bold { BOLD_GLYPH_EM } else { GLYPH_EM };
    text.chars().count() as f64 * font_px * em
}

/// The width of an event's label box on the chart.
pub fn label_width(text: &str) -> f64 {
    text_width(text, LABEL_FONT_PX, false) + LABEL_CHROME_PX
}

/// An event's label on the chart: what it shows (its year and short title),
/// its accessible name when that says more (the whole title), its width,
/// and whether it is always drawn (a turning point).
#[derive(Clone, Debug, PartialEq)]
pub struct ChartLabel {
    pub text: String,
    pub name: Option<String>,
    pub width: f64,
    pub turning_point: bool,
}

impl ChartLabel {
    pub fn of(event: &Event) -> ChartLabel {
        let year = event.date.year();
        let short = event.chart_title();
        let text = format!("{year} {short}");
        // The name begins with what is shown, so a reader who says "click
        // Nine tracks" reaches it: the whole title when the short title
        // begins it (or is its cut), else the short title and then the title.
        let shown = short.trim_end_matches('…');
        let name = if short == event.title {
            None
        } else if event.title.starts_with(shown) {
            Some(format!("{year} {}", event.title))
        } else {
            Some(format!("{text}: {}", event.title))
        };
        ChartLabel { width: label_width(&text), text, name, turning_point: event.turning_point }
    }
}

/// Which edge of its label box is at the event's moment: the start edge
/// (the label runs on towards later dates) or, near the end of the chart,
/// the end edge (it runs back towards earlier ones).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Anchor {
    #[default]
    Start,
    End,
}

impl Anchor {
    pub fn name(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::End => "end",
        }
    }
}

/// Where an event's label is drawn: its box from `left` to `left + width`
/// (from the start edge) in `lane`; the event's moment is at `x`.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub index: usize,
    pub x: f64,
    pub lane: usize,
    pub left: f64,
    pub width: f64,
    pub anchor: Anchor,
}

/// Events whose labels truly collide with others in every lane, drawn as
/// one chip with a count; the chip starts at `left`, at the first member's
/// moment `x` unless that is too near the end edge.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    pub x: f64,
    pub left: f64,
    pub members: Vec<usize>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    pub placed: Vec<Placed>,
    pub clusters: Vec<Cluster>,
    pub lanes: usize,
}

/// A label to lay out: the event's index, its moment and its box's width;
/// `always` for one that must be drawn (a turning point, the selection).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Item {
    pub index: usize,
    pub x: f64,
    pub width: f64,
    pub always: bool,
}

/// The boxes taken in one lane, disjoint and so in order of both edges.
#[derive(Default)]
struct Lane(Vec<(f64, f64)>);

impl Lane {
    fn is_free(&self, from: f64, to: f64, gap: f64) -> bool {
        let after = self.0.partition_point(|&(start, _)| start < to + gap);
        after == 0 || self.0[after - 1].1 + gap <= from
    }

    fn take(&mut self, from: f64, to: f64) {
        let at = self.0.partition_point(|&(start, _)| start < from);
        self.0.insert(at, (from, to));
    }
}

/// Lays out the labels of a drawing `chart_width` wide so that none
/// overlaps another or passes an edge. `items` are sorted by `x`; those
/// outside the drawing are left out.
///
/// The labels that must be drawn go first, each in the first lane with room;
/// then the others, each where it fits: its box starts at its moment (or,
/// if that would pass the end edge, ends there), in the first lane where
/// the box meets no other. Only an event whose box meets one in every lane
/// joins a cluster: clusters mark true collisions at this zoom, not a lack
/// of room guessed from a fixed width. A label that must be drawn but fits
/// neither way (wider than the room on either side) is slid inside the
/// drawing; past [`MAX_LANES`] of them at one moment they share the last lane.
pub fn lay_out(items: &[Item], chart_width: f64, max_lanes: usize, gap: f64, cluster_width: f64) -> Layout {
    let max_lanes = max_lanes.max(1);
    let mut lanes: Vec<Lane> = (0..max_lanes).map(|_| Lane::default()).collect();
    let mut layout = Layout::default();
    let inside = |item: &&Item| (0.0..=chart_width).contains(&item.x);
    // The two boxes an item may have, start-anchored first, inside the drawing.
    let boxes = |item: &Item| {
        let w = item.width.min(chart_width);
        [(item.x, item.x + w, Anchor::Start), (item.x - w, item.x, Anchor::End)]
            .into_iter()
            .filter(move |&(from, to, _)| from >= 0.0 && to <= chart_width)
    };
    let mut placed: Vec<Placed> = Vec::new();
    let mut put = |lanes: &mut Vec<Lane>, item: &Item, lane: usize, from: f64, to: f64, anchor| {
        lanes[lane].take(from, to);
        placed.push(Placed { index: item.index, x: item.x, lane, left: from, width: to - from, anchor });
    };
    for item in items.iter().filter(inside).filter(|i| i.always) {
        let fit = boxes(item).find_map(|(from, to, anchor)| {
            (0..max_lanes).find(|&l| lanes[l].is_free(from, to, gap)).map(|l| (l, from, to, anchor))
        });
        match fit {
            Some((lane, from, to, anchor)) => put(&mut lanes, item, lane, from, to, anchor),
            None => {
                let w = item.width.min(chart_width);
                let from = item.x.min(chart_width - w).max(0.0);
                let lane = (0..max_lanes).find(|&l| lanes[l].is_free(from, from + w, gap)).unwrap_or(max_lanes - 1);
                put(&mut lanes, item, lane, from, from + w, Anchor::Start);
            }
        }
    }
    for item in items.iter().filter(inside).filter(|i| !i.always) {
        let fit = boxes(item).find_map(|(from, to, anchor)| {
            (0..max_lanes).find(|&l| lanes[l].is_free(from, to, gap)).map(|l| (l, from, to, anchor))
        });
        match fit {
            Some((lane, from, to, anchor)) => put(&mut lanes, item, lane, from, to, anchor),
            None => match layout.clusters.last_mut() {
                Some(cluster) if item.x - cluster.x <= cluster_width => cluster.members.push(item.index),
                _ => layout.clusters.push(Cluster {
                    x: item.x,
                    left: item.x.min(chart_width - cluster_width).max(0.0),
                    members: vec![item.index],
                }),
            },
        }
    }
    // The clusters were made in order of moment from the second pass only.
    placed.sort_by(|a, b| a.x.total_cmp(&b.x).then(a.lane.cmp(&b.lane)));
    layout.lanes = placed.iter().map(|p| p.lane + 1).max().unwrap_or(0);
    layout.placed = placed;
    layout
}

/// The chart's labels for the events at `years` (sorted) in `view`, a
/// drawing `width` wide: the turning points always drawn, and `keep` (the
/// selection) too. The selection is given priority only when it would
/// otherwise fall into a cluster, so moving it usually leaves every label
/// (and the focus on one) where it is.
pub fn lay_out_chart(years: &[f64], labels: &[ChartLabel], view: &Viewport, width: f64, keep: Option<usize>) -> Layout {
    let items_with = |keep: Option<usize>| -> Vec<Item> {
        visible_range(years, view, 0.0)
            .map(|i| Item {
                index: i,
                x: view.x(years[i], width),
                width: labels[i].width,
                always: labels[i].turning_point || Some(i) == keep,
            })
            .collect()
    };
    let plain = lay_out(&items_with(None), width, MAX_LANES, LABEL_GAP, CLUSTER_WIDTH);
    match keep {
        Some(k) if plain.clusters.iter().any(|c| c.members.contains(&k)) => {
            lay_out(&items_with(Some(k)), width, MAX_LANES, LABEL_GAP, CLUSTER_WIDTH)
        }
        _ => plain,
    }
}

/// What is wrong with a layout drawn `width` wide: two labels that overlap
/// in a lane, a label past an edge, an event both drawn and clustered. The
/// tests hold every layout to it; empty when all is well.
pub fn layout_problems(layout: &Layout, width: f64) -> Vec<String> {
    let mut problems = Vec::new();
    for p in &layout.placed {
        if p.left < -0.01 || p.left + p.width > width + 0.01 {
            problems.push(format!(
                "label {} ({:.0} to {:.0}) passes an edge of 0 to {width:.0}",
                p.index,
                p.left,
                p.left + p.width
            ));
        }
    }
    for (i, a) in layout.placed.iter().enumerate() {
        for b in &layout.placed[i + 1..] {
            if a.lane == b.lane && a.left < b.left + b.width && b.left < a.left + a.width {
                problems.push(format!("labels {} and {} overlap in lane {}", a.index, b.index, a.lane));
            }
        }
    }
    for c in &layout.clusters {
        for m in &c.members {
            if layout.placed.iter().any(|p| p.index == *m) {
                problems.push(format!("event {m} is both drawn and in a cluster"));
            }
        }
    }
    problems
}

/// An era's name as the chart draws it: which era, its full or short name,
/// its box (from the start edge) and its row.
#[derive(Clone, Debug, PartialEq)]
pub struct EraName {
    pub era: usize,
    pub short: bool,
    pub left: f64,
    pub width: f64,
    pub row: usize,
}

/// An era's band as drawn: from `from` to `to` pixels from the start edge
/// (inside the drawing), with its names.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EraBand<'a> {
    pub era: usize,
    pub from: f64,
    pub to: f64,
    pub name: &'a str,
    pub short_name: Option<&'a str>,
}

/// The bands of `eras` inside `view`, a drawing `width` wide.
pub fn era_bands<'a>(eras: &'a [crate::model::content::Era], view: &Viewport, width: f64) -> Vec<EraBand<'a>> {
    eras.iter()
        .enumerate()
        .filter(|(_, era)| {
            era.start.as_fractional_year() < view.end && era.end_inclusive().as_fractional_year() > view.start
        })
        .map(|(i, era)| EraBand {
            era: i,
            from: view.x(era.start.as_fractional_year(), width).max(0.0),
            to: view.x(era.end_inclusive().as_fractional_year() + DAY, width).min(width),
            name: era.name.as_str(),
            short_name: era.short_name.as_deref(),
        })
        .collect()
}

/// The width of an era's name on the chart (at [`AXIS_FONT_PX`]).
pub fn era_name_width(name: &str) -> f64 {
    text_width(name, AXIS_FONT_PX, false) + 2.0 * ERA_NAME_PAD
}

/// Names every band: its name inside the band if it fits, else its short
/// name inside it, else the short name running on past the band (from its
/// start, or back from its end near the chart's end: always touching its
/// band) in whichever row has room, so two names never overlap and none
/// passes an edge. A band is left unnamed only when no row has room at all
/// (none of the guide's, in any language, from a phone's width: see the tests).
pub fn era_names(bands: &[EraBand], width: f64) -> Vec<EraName> {
    let mut rows: Vec<Lane> = (0..ERA_ROWS).map(|_| Lane::default()).collect();
    let mut out = Vec::new();
    for band in bands {
        let names = [(band.name, false)].into_iter().chain(band.short_name.map(|s| (s, true)));
        let mut candidates: Vec<(f64, f64, bool)> = Vec::new();
        for (name, short) in names.clone() {
            let w = era_name_width(name);
            if band.from + w <= band.to {
                candidates.push((band.from, band.from + w, short));
            }
        }
        // The shortest name, running on past its band.
        let (name, short) = names.min_by_key(|(n, _)| n.chars().count()).unwrap_or((band.name, false));
        let w = era_name_width(name).min(width);
        candidates.push((band.from, band.from + w, short));
        candidates.push((band.to - w, band.to, short));
        let fit =
            candidates.into_iter().filter(|&(from, to, _)| from >= 0.0 && to <= width).find_map(|(from, to, short)| {
                (0..ERA_ROWS).find(|&r| rows[r].is_free(from, to, 0.0)).map(|r| (r, from, to, short))
            });
        if let Some((row, from, to, short)) = fit {
            rows[row].take(from, to);
            out.push(EraName { era: band.era, short, left: from, width: to - from, row });
        }
    }
    out
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

    fn run(n: u32, step: f64, width: f64) -> Vec<Item> {
        (0..n).map(|i| Item { index: i as usize, x: f64::from(i) * step, width, always: false }).collect()
    }

    #[test]
    fn labels_never_overlap_and_every_event_is_drawn_or_counted() {
        let items = run(200, 7.0, 60.0);
        let layout = lay_out(&items, 1400.0, 4, 4.0, 40.0);
        assert!(layout.lanes <= 4);
        let placed_and_clustered = layout.placed.len() + layout.clusters.iter().map(|c| c.members.len()).sum::<usize>();
        assert_eq!(placed_and_clustered, items.len(), "every event is placed or counted in a cluster");
        assert_eq!(layout_problems(&layout, 1400.0), Vec::<String>::new());
        assert!(!layout.clusters.is_empty(), "a dense run is clustered");
    }

    #[test]
    fn an_event_that_must_be_drawn_is_drawn_and_still_overlaps_nothing() {
        for keep in [0, 57, 123, 199] {
            let mut items = run(200, 7.0, 60.0);
            items[keep].always = true;
            let layout = lay_out(&items, 1400.0, 4, 4.0, 40.0);
            assert!(layout.placed.iter().any(|p| p.index == keep), "event {keep} is drawn");
            assert!(layout.clusters.iter().all(|c| !c.members.contains(&keep)));
            let total = layout.placed.len() + layout.clusters.iter().map(|c| c.members.len()).sum::<usize>();
            assert_eq!(total, items.len());
            assert_eq!(layout_problems(&layout, 1400.0), Vec::<String>::new(), "keeping {keep}");
        }
    }

    #[test]
    fn sparse_events_need_one_lane_and_no_cluster() {
        let items = run(3, 100.0, 50.0);
        let layout = lay_out(&items, 400.0, 3, 4.0, 40.0);
        assert_eq!(layout.lanes, 1);
        assert!(layout.clusters.is_empty());
    }

    #[test]
    fn clusters_form_only_where_labels_truly_collide() {
        // Twelve labels spread over a wide drawing, one lane: none meets another.
        let layout = lay_out(&run(12, 100.0, 90.0), 1200.0, 1, 6.0, 48.0);
        assert!(layout.clusters.is_empty() && layout.placed.len() == 12);
        // The same twelve a pixel apart: one lane holds one label each way, the rest collide.
        let layout = lay_out(&run(12, 1.0, 90.0), 1200.0, 1, 6.0, 48.0);
        assert_eq!(layout.placed.len(), 1);
        assert_eq!(layout.clusters.len(), 1);
        assert_eq!(layout.clusters[0].members.len(), 11);
    }

    #[test]
    fn a_label_near_the_end_edge_runs_back_from_its_moment() {
        let items = [Item { index: 0, x: 380.0, width: 120.0, always: false }];
        let layout = lay_out(&items, 400.0, 2, 6.0, 48.0);
        let p = &layout.placed[0];
        assert_eq!((p.anchor, p.left, p.left + p.width), (Anchor::End, 260.0, 380.0));
        // Outside the drawing: neither drawn nor counted.
        let layout = lay_out(&[Item { index: 0, x: -3.0, width: 50.0, always: true }], 400.0, 2, 6.0, 48.0);
        assert!(layout.placed.is_empty() && layout.clusters.is_empty());
        // Too wide for either side: slid inside the drawing if it must be drawn, else counted.
        let wide = Item { index: 0, x: 200.0, width: 300.0, always: true };
        let layout = lay_out(&[wide], 400.0, 2, 6.0, 48.0);
        assert_eq!((layout.placed[0].left, layout.placed[0].width), (100.0, 300.0));
        let layout = lay_out(&[Item { always: false, ..wide }], 400.0, 2, 6.0, 48.0);
        assert_eq!(layout.clusters.len(), 1);
    }

    /// The checks the default view is held to must be able to fail.
    #[test]
    fn the_layout_checks_catch_overlapping_labels_and_labels_past_the_edge() {
        let placed = |index, lane, left| Placed { index, x: left, lane, left, width: 100.0, anchor: Anchor::Start };
        let bad = Layout {
            placed: vec![placed(0, 0, 10.0), placed(1, 0, 60.0), placed(2, 1, 350.0)],
            clusters: vec![Cluster { x: 10.0, left: 10.0, members: vec![0] }],
            lanes: 2,
        };
        let problems = layout_problems(&bad, 400.0);
        assert!(problems.iter().any(|p| p == "labels 0 and 1 overlap in lane 0"), "{problems:?}");
        assert!(problems.iter().any(|p| p.starts_with("label 2 (350 to 450) passes an edge")), "{problems:?}");
        assert!(problems.iter().any(|p| p == "event 0 is both drawn and in a cluster"), "{problems:?}");
        // More labels that must be drawn at one moment than there are lanes: they collide, and it shows.
        let mut crowd = run(7, 0.0, 80.0);
        crowd.iter_mut().for_each(|i| i.always = true);
        let layout = lay_out(&crowd, 400.0, MAX_LANES, LABEL_GAP, CLUSTER_WIDTH);
        assert!(!layout_problems(&layout, 400.0).is_empty());
    }

    #[test]
    fn a_label_shows_the_short_title_and_is_named_by_the_whole() {
        let data = Dataset::builtin();
        let label = |id: &str| ChartLabel::of(data.event(id).unwrap());
        let nine = label("1991-nine-tracks");
        assert_eq!(nine.text, "1991 Nine tracks");
        assert_eq!(nine.name.as_deref(), Some("1991 Nine tracks in a circle: \"multi-track diplomacy\""));
        assert!(nine.turning_point);
        let montville = label("1981-track-one-track-two");
        assert_eq!(montville.text, "1981 Montville's two tracks");
        assert_eq!(
            montville.name.as_deref(),
            Some("1981 Montville's two tracks: Montville names Track One and Track Two"),
            "the name begins with what is shown"
        );
        assert!(!label("1992-imtd-founded").turning_point);
        // A reader's event has no short title: its title cut at a word.
        let mut mine = data.events[0].clone();
        mine.short_title = None;
        mine.title = "A very long headline from a TimelineJS3 file".into();
        let cut = ChartLabel::of(&mine);
        assert_eq!(cut.text, "1981 A very long headline…");
        assert_eq!(cut.name.as_deref(), Some("1981 A very long headline from a TimelineJS3 file"));
        mine.title = "Short".into();
        assert_eq!((ChartLabel::of(&mine).text.as_str(), ChartLabel::of(&mine).name), ("1981 Short", None));
        assert!(label_width("1991 Nine tracks") > label_width("1991 Nine"));
    }

    #[test]
    fn the_guide_opens_on_its_history_and_a_cases_lane_on_the_cases() {
        let data = Dataset::builtin_full();
        let open = Viewport::opening(&data.events, &data.eras);
        assert!(open.start > 1975.0 && open.start < 1981.0, "{open:?}");
        assert!(open.end > 2008.0 && open.end < 2012.0, "{open:?}");
        let all = Viewport::of_timeline(&data.events, &data.eras);
        assert!(all.start < 1955.0, "the cases of the 1950s are inside the whole");
        let cases: Vec<&Event> = data.events.iter().filter(|e| e.kind == EventKind::Case).collect();
        let on_cases = Viewport::opening(cases.iter().copied(), &data.eras);
        assert!(on_cases.start < 1955.5 && on_cases.end > 1994.0 && on_cases.end < 1997.0, "{on_cases:?}");
        assert_eq!(Viewport::opening([], &data.eras), Viewport::of_timeline([], &data.eras));
    }

    /// The chart's width in a window `viewport` pixels wide, from
    /// style/main.css: the root font is clamp(1rem, 0.92rem + 0.35vw, 1.3rem);
    /// `main` is padded clamp(1rem, 4vw, 3rem) each side; the chart has a
    /// 1 px border. `scrollbar` takes 15 px more, as a desktop's does.
    fn chart_width(viewport: f64, scrollbar: bool) -> f64 {
        let viewport = viewport - if scrollbar { 15.0 } else { 0.0 };
        let rem = (14.72 + 0.0035 * viewport).clamp(16.0, 20.8);
        let pad = (0.04 * viewport).clamp(rem, 3.0 * rem);
        (viewport - 2.0 * pad - 2.0).floor()
    }

    /// Everything wrong with the default view of `events` in a drawing
    /// `width` wide: a turning point unlabelled, labels that overlap or pass
    /// an edge, an era band with no name, names that overlap.
    fn default_view_problems(events: &[Event], eras: &[crate::model::content::Era], width: f64) -> Vec<String> {
        let view = Viewport::opening(events, eras);
        let years: Vec<f64> = events.iter().map(|e| e.date.as_fractional_year()).collect();
        let labels: Vec<ChartLabel> = events.iter().map(ChartLabel::of).collect();
        let layout = lay_out_chart(&years, &labels, &view, width, None);
        let mut problems = layout_problems(&layout, width);
        for (i, e) in events.iter().enumerate().filter(|(_, e)| e.turning_point) {
            if !layout.placed.iter().any(|p| p.index == i) {
                problems.push(format!("the turning point {} is not labelled", e.id));
            }
        }
        let bands = era_bands(eras, &view, width);
        let names = era_names(&bands, width);
        for band in &bands {
            if !names.iter().any(|n| n.era == band.era) {
                problems.push(format!("the era {} is not named", band.name));
            }
        }
        let as_layout = Layout {
            placed: names
                .iter()
                .map(|n| Placed {
                    index: n.era,
                    x: n.left,
                    lane: n.row,
                    left: n.left,
                    width: n.width,
                    anchor: Anchor::Start,
                })
                .collect(),
            ..Layout::default()
        };
        problems.extend(layout_problems(&as_layout, width).into_iter().map(|p| format!("era names: {p}")));
        problems
    }

    fn in_language(code: &str) -> Dataset {
        if code == "en" {
            return Dataset::builtin_full();
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content/i18n").join(code);
        let read = |file: &str| std::fs::read_to_string(root.join(file)).unwrap();
        let cases = crate::model::content::case_studies::Cases::from_json(&read("cases.json")).unwrap();
        Dataset::from_json(&read("dataset.json")).unwrap().with_cases(cases)
    }

    #[test]
    fn the_default_view_labels_1981_1989_and_1991_and_names_every_era_from_320_to_1366_px() {
        for code in ["en", "fr", "es", "ar"] {
            let data = in_language(code);
            let turning: Vec<&str> = data.events.iter().filter(|e| e.turning_point).map(|e| e.id.as_str()).collect();
            assert_eq!(turning, ["1981-track-one-track-two", "1989-five-tracks", "1991-nine-tracks"], "{code}");
            for viewport in [320.0, 360.0, 390.0, 414.0, 768.0, 1024.0, 1280.0, 1366.0] {
                for scrollbar in [false, true] {
                    let width = chart_width(viewport, scrollbar);
                    let problems = default_view_problems(&data.events, &data.eras, width);
                    assert_eq!(problems, Vec::<String>::new(), "{code} at {viewport} px (chart {width} px)");
                }
            }
        }
    }

    #[test]
    fn wider_charts_label_more_and_the_clusters_count_the_rest() {
        let data = Dataset::builtin_full();
        let view = Viewport::opening(&data.events, &data.eras);
        let years: Vec<f64> = data.events.iter().map(|e| e.date.as_fractional_year()).collect();
        let labels: Vec<ChartLabel> = data.events.iter().map(ChartLabel::of).collect();
        let in_view = visible_range(&years, &view, 0.0).len();
        for (viewport, at_least) in [(390.0, 5), (1024.0, 11), (1280.0, 15), (1366.0, 16)] {
            let layout = lay_out_chart(&years, &labels, &view, chart_width(viewport, false), None);
            let counted: usize = layout.clusters.iter().map(|c| c.members.len()).sum();
            assert_eq!(
                layout.placed.len() + counted,
                in_view,
                "{viewport} px: every event in view is labelled or counted"
            );
            assert!(
                layout.placed.len() >= at_least,
                "{viewport} px: {} of {in_view} labelled, expected {at_least}",
                layout.placed.len()
            );
        }
    }

    #[test]
    fn the_default_view_checks_fail_on_labels_that_cannot_fit() {
        // Every event a turning point with its whole title: at a phone's
        // width they cannot all be drawn apart, and the checks say so.
        let mut data = Dataset::builtin_full();
        for e in &mut data.events {
            e.short_title = Some(e.title.clone());
            e.turning_point = true;
        }
        let problems = default_view_problems(&data.events, &data.eras, chart_width(390.0, false));
        assert!(problems.iter().any(|p| p.contains("overlap")), "{problems:?}");
        // An era band too narrow for any name, beside two more: one is left unnamed.
        let data = Dataset::builtin_full();
        let mut eras = data.eras.clone();
        for era in &mut eras {
            era.short_name = None;
            era.name = "An era with a long, long name".into();
        }
        let problems = default_view_problems(&data.events, &eras, chart_width(390.0, false));
        assert!(problems.iter().any(|p| p.contains("is not named")), "{problems:?}");
    }

    #[test]
    fn the_axis_text_is_at_least_14_px() {
        const { assert!(AXIS_FONT_PX >= 14.0 && LABEL_FONT_PX >= 14.0) };
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
