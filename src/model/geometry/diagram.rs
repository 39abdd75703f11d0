//! The multi-track model as it stood at a given date: which tracks existed,
//! how they were arranged, and how they were linked.
//!
//! The history is not only a list of events: the model itself changed shape,
//! from Track One above Track Two (1981), to government plus four unofficial
//! tracks still aimed at track one (1989), to nine tracks in a circle with no
//! track on top (1991). Both the timeline and the Tracks view draw this, and a
//! screen reader reads the same story from [`ModelState::description`], so it
//! is derived here once, from the dataset's own "entered" years.

use crate::model::base::date::HistDate;
use crate::model::content::{Dataset, Track};
pub use crate::model::geometry::diagram_labels::{circle_positions, hierarchy_positions};
use crate::model::geometry::diagram_labels::{place, split_name, DiagramLayout};
use crate::model::geometry::timeline::{counted, Flow};
use crate::model::i18n::ui_text::{fill, ui};

/// The year the tracks were redrawn as a circle (Diamond and McDonald).
pub const CIRCLE_YEAR: i32 = 1991;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrangement {
    /// Track one on top, the unofficial tracks beneath it and aimed at it.
    Hierarchy,
    /// All tracks around a circle, each linked to every other.
    Circle,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelState {
    pub year: i32,
    pub tracks: Vec<u8>,
    pub arrangement: Arrangement,
}

/// The year of `date` for the model, which begins in 1981: deep time is simply before it.
pub fn model_year(date: &HistDate) -> i32 {
    i32::try_from(date.year()).unwrap_or(if date.year() < 0 { i32::MIN } else { i32::MAX })
}

/// Where the timeline's reader last scrolled: the year of the era then
/// being read, and the event that was picked at that moment ("" for none),
/// as `"1989 event-id"`: one text, so the view keeps it in a signal of a type
/// the app already has.
pub fn reading_mark(era_year: i32, picked: Option<&str>) -> String {
    format!("{era_year} {}", picked.unwrap_or_default())
}

/// The year the timeline's model shows: whichever the reader did last, pick
/// an event (`picked`: its id and year) or scroll to an era (`mark`, from
/// [`reading_mark`]); with neither, `latest`. A pick made after the scroll
/// is a different event from the one the mark remembers.
pub fn shown_year(latest: i32, picked: Option<(&str, i32)>, mark: &str) -> i32 {
    let scrolled = mark.split_once(' ').and_then(|(year, id)| Some((year.parse::<i32>().ok()?, id)));
    match (scrolled, picked) {
        (Some((year, then)), Some((now, _))) if then == now => year,
        (Some((year, _)), None) => year,
        (_, Some((_, year))) => year,
        (None, None) => latest,
    }
}

impl ModelState {
    /// The model in the year of `date`, from the years the tracks entered it.
    pub fn at(content: &Dataset, date: &HistDate) -> ModelState {
        ModelState::in_year(content, model_year(date))
    }

    pub fn in_year(content: &Dataset, year: i32) -> ModelState {
        let tracks = content.tracks.iter().filter(|t| t.entered.year <= year).map(|t| t.number).collect();
        let arrangement = if year >= CIRCLE_YEAR { Arrangement::Circle } else { Arrangement::Hierarchy };
        ModelState { year, tracks, arrangement }
    }

    /// The links drawn: in a hierarchy each unofficial track points at track
    /// one; in the circle every track is linked to every other.
    pub fn links(&self) -> Vec<(u8, u8)> {
        match self.arrangement {
            Arrangement::Hierarchy => self.tracks.iter().filter(|&&t| t != 1).map(|&t| (t, 1)).collect(),
            Arrangement::Circle => {
                let mut out = Vec::new();
                for (i, &a) in self.tracks.iter().enumerate() {
                    for &b in &self.tracks[i + 1..] {
                        out.push((a, b));
                    }
                }
                out
            }
        }
    }

    /// The tracks a track is linked to in this state, in track order.
    pub fn linked_to(&self, track: u8) -> Vec<u8> {
        let mut out: Vec<u8> = self
            .links()
            .into_iter()
            .filter_map(|(a, b)| {
                if a == track {
                    Some(b)
                } else if b == track {
                    Some(a)
                } else {
                    None
                }
            })
            .collect();
        out.sort_unstable();
        out
    }

    /// What a screen reader hears about a selected track and its links.
    pub fn selection_text(&self, content: &Dataset, track: u8) -> String {
        let t = &ui().diagram;
        let linked: Vec<String> = self.linked_to(track).into_iter().map(|n| self.track_name(content, n)).collect();
        let (name, list) = (self.track_name(content, track), linked.join(t.list_separator));
        counted(&t.selection, linked.len(), &[("track", &name), ("list", &list)])
    }

    /// What each of `track`'s links in the circle is for, from the relations:
    /// the other track, the pair's key (`?pair=1-2`) and its label.
    pub fn link_meanings<'a>(&self, content: &'a Dataset, track: u8) -> Vec<(&'a Track, String, &'a str)> {
        if self.arrangement != Arrangement::Circle {
            return Vec::new();
        }
        self.linked_to(track)
            .into_iter()
            .filter_map(|n| Some((content.track(n)?, content.relation(track, n)?)))
            .map(|(other, r)| (other, r.key(), r.label.as_str()))
            .collect()
    }

    /// Before McDonald's split, track two stood for all unofficial diplomacy.
    fn track_name(&self, content: &Dataset, number: u8) -> String {
        let t = &ui().diagram;
        let name = content.track(number).map_or(t.unknown_track, |t| t.name.as_str());
        if number == 2 && self.tracks.len() == 2 {
            t.track_two_all.to_string()
        } else if number == 1 && self.tracks.len() == 2 {
            t.track_one_official.to_string()
        } else {
            fill(t.track_name, &[("n", &number), ("name", &name)])
        }
    }

    /// A one-line caption: "1989: 5 tracks, aimed at track one".
    pub fn caption(&self) -> String {
        let (t, year) = (&ui().diagram, self.year);
        match (self.arrangement, self.tracks.len()) {
            (_, 0) => fill(t.caption_none, &[("year", &year)]),
            (Arrangement::Hierarchy, n) => counted(&t.caption_hierarchy, n, &[("year", &year)]),
            (Arrangement::Circle, n) => counted(&t.caption_circle, n, &[("year", &year)]),
        }
    }

    /// The lines of text an exported drawing carries under the figure: the
    /// caption, the selection, and every track shown, by number and name.
    pub fn export_legend(&self, content: &Dataset, selected: Option<u8>) -> Vec<String> {
        let t = &ui().diagram;
        let mut lines = vec![t.export_title.to_string(), self.caption()];
        if let Some(track) = selected.filter(|n| self.tracks.contains(n)).and_then(|n| content.track(n)) {
            lines.push(fill(t.export_selected, &[("track", &track.label())]));
        }
        lines.extend(self.tracks.iter().filter_map(|n| content.track(*n)).map(Track::label));
        lines
    }

    /// A file name, without extension, saying what the drawing shows.
    pub fn export_file_stem(&self, selected: Option<u8>) -> String {
        match selected.filter(|n| self.tracks.contains(n)) {
            Some(n) => format!("multitrack-model-{}-track-{n}", self.year),
            None => format!("multitrack-model-{}", self.year),
        }
    }

    /// The whole diagram in words, for its accessible name.
    pub fn description(&self, content: &Dataset) -> String {
        let (t, year) = (&ui().diagram, self.year);
        if self.tracks.is_empty() {
            return fill(t.description_empty, &[("year", &year)]);
        }
        let names: Vec<String> = self.tracks.iter().map(|&n| self.track_name(content, n)).collect();
        let n = self.tracks.len();
        match self.arrangement {
            Arrangement::Hierarchy => {
                let below = names[1..].join(t.list_separator);
                counted(&t.description_hierarchy, n, &[("year", &year), ("top", &names[0]), ("below", &below)])
            }
            Arrangement::Circle => {
                counted(&t.description_circle, n, &[("year", &year), ("names", &names.join(t.list_separator))])
            }
        }
    }
}

/// The step round the circle an arrow key asks for: on to the next track
/// (1) or back (-1). Down and Up go round as the numbers do; Left and Right
/// follow the drawing, which a right-to-left flow mirrors.
pub fn circle_step(key: &str, flow: Flow) -> Option<isize> {
    match flow.reading_key(key) {
        "ArrowRight" | "ArrowDown" => Some(1),
        "ArrowLeft" | "ArrowUp" => Some(-1),
        _ => None,
    }
}

/// The name a track carries in the drawing: its short circle name; in 1981,
/// when there were two tracks, what they stood for (official, unofficial).
fn drawn_name(state: &ModelState, content: &Dataset, number: u8) -> String {
    let t = &ui().diagram;
    match (state.tracks.len(), number) {
        (2, 1) => t.label_official.to_string(),
        (2, 2) => t.label_unofficial.to_string(),
        _ => content.track(number).map_or(t.unknown_track, |t| t.circle_name.as_str()).to_string(),
    }
}

impl ModelState {
    /// Where each of the nine tracks' nodes and names goes (index = track
    /// number - 1; `None` for a track not yet in the model), mirrored right
    /// to left (see [`place`]).
    pub fn layout(&self, content: &Dataset, flow: Flow) -> DiagramLayout {
        let names = self.tracks.iter().map(|&n| split_name(&drawn_name(self, content, n))).collect();
        let placed = place(names, self.arrangement == Arrangement::Circle, flow == Flow::RightToLeft);
        let mut layout = DiagramLayout { nodes: vec![None; 9], labels: vec![None; 9] };
        for (&track, (at, label)) in self.tracks.iter().zip(placed) {
            layout.nodes[usize::from(track - 1)] = Some(at);
            layout.labels[usize::from(track - 1)] = Some(label);
        }
        layout
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_model_shows_whatever_the_reader_did_last() {
        use super::{reading_mark, shown_year};
        assert_eq!(shown_year(1991, None, ""), 1991, "nothing done: the model as it stands now");
        assert_eq!(shown_year(1991, None, &reading_mark(1981, None)), 1981, "scrolled to the 1980s");
        assert_eq!(shown_year(1991, Some(("berlin", 1989)), ""), 1989, "picked an event");
        let scrolled_after_pick = reading_mark(2007, Some("berlin"));
        assert_eq!(shown_year(1991, Some(("berlin", 1989)), &scrolled_after_pick), 2007);
        assert_eq!(shown_year(1991, Some(("oslo", 1993)), &scrolled_after_pick), 1993, "picked another since");
        assert_eq!(shown_year(1991, None, "garbled"), 1991);
    }

    use super::*;
    use crate::model::geometry::diagram_labels::WIDTH;

    fn state(year: i32) -> ModelState {
        ModelState::in_year(&Dataset::builtin(), year)
    }

    #[test]
    fn an_export_names_what_it_shows() {
        let content = Dataset::builtin();
        let legend = state(1991).export_legend(&content, Some(6));
        assert_eq!(legend[..2], ["Multi-track diplomacy", "1991: 9 tracks in a circle, none on top"]);
        assert_eq!(legend[2], "Selected: Track 6: Activism (its links are highlighted)");
        assert_eq!(legend.len(), 12);
        assert_eq!(legend[11], "Track 9: Communications and the media");
        assert_eq!(state(1991).export_file_stem(Some(6)), "multitrack-model-1991-track-6");
        // Track 6 is not yet in the 1981 model: no selection to speak of.
        assert_eq!(state(1981).export_legend(&content, Some(6)).len(), 4);
        assert_eq!(state(1981).export_file_stem(Some(6)), "multitrack-model-1981");
    }

    #[test]
    fn the_model_grows_from_two_to_five_to_nine_tracks() {
        assert_eq!(state(1980).tracks, Vec::<u8>::new());
        assert_eq!(state(1981).tracks, [1, 2]);
        assert_eq!(state(1988).tracks, [1, 2]);
        assert_eq!(state(1989).tracks, [1, 2, 3, 4, 9]);
        assert_eq!(state(1991).tracks, (1..=9).collect::<Vec<u8>>());
        assert_eq!(state(1990).arrangement, Arrangement::Hierarchy);
        assert_eq!(state(1991).arrangement, Arrangement::Circle);
    }

    #[test]
    fn links_point_upwards_in_a_hierarchy_and_join_all_pairs_in_a_circle() {
        assert_eq!(state(1981).links(), [(2, 1)]);
        assert_eq!(state(1989).links(), [(2, 1), (3, 1), (4, 1), (9, 1)]);
        let circle = state(1996).links();
        assert_eq!(circle.len(), 36);
        for t in 1..=9u8 {
            assert_eq!(circle.iter().filter(|(a, b)| *a == t || *b == t).count(), 8, "track {t} has eight links");
        }
    }

    #[test]
    fn descriptions_tell_the_same_story_in_words() {
        let data = Dataset::builtin();
        let d1981 = state(1981).description(&data);
        assert!(d1981.contains("Track One, official government diplomacy on top"), "{d1981}");
        assert!(d1981.contains("Track Two"), "{d1981}");
        let d1989 = state(1989).description(&data);
        assert!(d1989.contains("5 tracks in a hierarchy") && d1989.contains("Track 9, Communications and the media"));
        let d1991 = state(1991).description(&data);
        assert!(d1991.contains("9 tracks in a circle") && d1991.contains("none on top"), "{d1991}");
        assert!(d1991.contains("Track 7, Religion"));
    }

    #[test]
    fn a_selected_track_names_its_links() {
        let data = Dataset::builtin();
        let circle = state(1991);
        assert_eq!(circle.linked_to(7), [1, 2, 3, 4, 5, 6, 8, 9]);
        let text = circle.selection_text(&data, 7);
        assert!(text.starts_with("Selected: Track 7, Religion. Linked to 8 tracks: Track 1, Government;"), "{text}");
        assert_eq!(state(1989).linked_to(3), [1]);
        assert_eq!(state(1989).linked_to(1), [2, 3, 4, 9]);
    }

    #[test]
    fn a_selected_tracks_links_say_what_they_are_for() {
        let data = Dataset::builtin();
        let meanings = state(1991).link_meanings(&data, 3);
        assert_eq!(meanings.len(), 8);
        let (other, key, label) = &meanings[0];
        assert_eq!((other.number, key.as_str(), *label), (1, "1-3", "Trade and rebuilding"));
        assert!(meanings.iter().all(|(t, key, _)| t.number != 3 && key.contains('3')));
        assert!(state(1989).link_meanings(&data, 3).is_empty(), "a hierarchy's arrows are not relations");
    }

    #[test]
    fn captions_and_positions_follow_the_state() {
        assert_eq!(state(1989).caption(), "1989: 5 tracks, aimed at track one");
        assert_eq!(state(1996).caption(), "1996: 9 tracks in a circle, none on top");
        let data = Dataset::builtin();
        let at = state(1989).layout(&data, Flow::LeftToRight).nodes;
        assert_eq!(at.iter().filter(|p| p.is_some()).count(), 5);
        assert!(at[4].is_none(), "track 5 is not in the 1989 model");
        let (top, below) = (at[0].unwrap(), at[1].unwrap());
        assert!(top.1 < below.1, "track one is on top of the hierarchy");
        assert!(state(1991).layout(&data, Flow::LeftToRight).nodes.iter().all(Option::is_some));
    }

    #[test]
    fn right_to_left_the_drawing_is_mirrored_and_the_arrows_with_it() {
        let (ltr, rtl) = (Flow::LeftToRight, Flow::RightToLeft);
        let data = Dataset::builtin();
        let nodes = |year: i32, flow: Flow| state(year).layout(&data, flow).nodes;
        for year in [1981, 1989, 1996] {
            for (l, r) in nodes(year, ltr).iter().zip(&nodes(year, rtl)) {
                assert_eq!(l.map(|(x, y)| (WIDTH - x, y)), *r, "{year}: mirrored about the middle");
            }
        }
        // The hierarchy's row reads from the right, the circle goes round anticlockwise.
        let row = nodes(1989, rtl);
        assert!(row[1].unwrap().0 > row[2].unwrap().0, "track 2 right of track 3");
        let circle = nodes(1991, rtl);
        assert!(circle[1].unwrap().0 < circle[0].unwrap().0, "track 2 left of track 1 at the top");
        assert_eq!(circle_step("ArrowRight", ltr), Some(1));
        assert_eq!(circle_step("ArrowLeft", ltr), Some(-1));
        assert_eq!(circle_step("ArrowLeft", rtl), Some(1));
        assert_eq!(circle_step("ArrowRight", rtl), Some(-1));
        for flow in [ltr, rtl] {
            assert_eq!((circle_step("ArrowDown", flow), circle_step("ArrowUp", flow)), (Some(1), Some(-1)));
            assert_eq!(circle_step("Home", flow), None);
        }
    }

    #[test]
    fn circle_positions_are_even_and_start_at_the_top() {
        let p = circle_positions(9, 100.0, 100.0, 80.0);
        assert!((p[0].0 - 100.0).abs() < 1e-9 && (p[0].1 - 20.0).abs() < 1e-9);
        assert!(p[1].0 > 100.0, "clockwise: the second point is to the right");
        for (x, y) in &p {
            assert!(((x - 100.0).hypot(y - 100.0) - 80.0).abs() < 1e-9);
        }
        let gap = |a: (f64, f64), b: (f64, f64)| (a.0 - b.0).hypot(a.1 - b.1);
        let first = gap(p[0], p[1]);
        assert!(p.windows(2).all(|w| (gap(w[0], w[1]) - first).abs() < 1e-9));
    }

    #[test]
    fn hierarchy_puts_one_on_top_and_the_rest_in_a_row() {
        let p = hierarchy_positions(5, 400.0, 20.0, 150.0);
        assert_eq!(p[0], (200.0, 20.0));
        assert!(p[1..].iter().all(|&(_, y)| y == 150.0));
        assert!(p[1..].windows(2).all(|w| w[1].0 > w[0].0));
        assert!(hierarchy_positions(0, 400.0, 0.0, 1.0).is_empty());
    }
}
