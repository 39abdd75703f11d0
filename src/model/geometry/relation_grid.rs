//! The relations between tracks as the Tracks view lays them out: a half
//! matrix, each pair once below the diagonal, and on a phone two chips
//! picked from nine.
//!
//! The full 9x9 matrix showed every pair twice (72 cells) and could not fit a
//! laptop's width; the lower triangle holds the same 36 relations in half the
//! room. Each cell says whether a source or a real case speaks of the pair or
//! the example is only an illustration, by a symbol as well as a colour.

use crate::model::content::{Dataset, Relation, Track};

/// What stands behind a pair's relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelationKind {
    /// A source's statement or a real case, besides the example.
    Sourced,
    /// Only the example written for this guide.
    Illustrative,
}

impl RelationKind {
    pub fn of(content: &Dataset, relation: &Relation) -> RelationKind {
        let [a, b] = relation.tracks;
        if relation.source.is_some() || !content.relation_cases_for(a, b).is_empty() {
            RelationKind::Sourced
        } else {
            RelationKind::Illustrative
        }
    }

    /// The mark beside the cell's words: a filled disc for sourced, a ring
    /// for illustrative, so the two differ in shape, not only colour.
    pub fn symbol(self) -> &'static str {
        match self {
            RelationKind::Sourced => "\u{25CF}",
            RelationKind::Illustrative => "\u{25CB}",
        }
    }

    /// The cell's class, which colours the symbol.
    pub fn class(self) -> &'static str {
        match self {
            RelationKind::Sourced => "sourced",
            RelationKind::Illustrative => "illustrative",
        }
    }
}

/// One row of the half matrix: a track and its relations with each track
/// before it, in column order.
pub struct GridRow<'a> {
    pub track: &'a Track,
    pub cells: Vec<Option<(&'a Relation, RelationKind)>>,
}

/// The half matrix: the columns (every track but the last) and the rows
/// (every track but the first), row `i` holding the pairs with columns
/// `0..=i`, so each unordered pair stands once.
pub fn half_matrix(content: &Dataset) -> (&[Track], Vec<GridRow<'_>>) {
    let tracks = &content.tracks[..];
    let columns = &tracks[..tracks.len().saturating_sub(1)];
    let rows = tracks
        .iter()
        .enumerate()
        .skip(1)
        .map(|(i, track)| GridRow {
            track,
            cells: tracks[..i]
                .iter()
                .map(|col| content.relation(track.number, col.number).map(|r| (r, RelationKind::of(content, r))))
                .collect(),
        })
        .collect();
    (columns, rows)
}

/// The chips' next state after `chosen` is pressed, given the track picked
/// first (if any): pressing it again lets it go, pressing another makes the
/// pair (lower number first) and starts afresh.
pub fn pick(first: Option<u8>, chosen: u8) -> (Option<u8>, Option<[u8; 2]>) {
    match first {
        Some(a) if a == chosen => (None, None),
        Some(a) => (None, Some([a.min(chosen), a.max(chosen)])),
        None => (Some(chosen), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn the_half_matrix_holds_every_unordered_pair_exactly_once() {
        let content = Dataset::builtin();
        let (columns, rows) = half_matrix(&content);
        assert_eq!(columns.iter().map(|t| t.number).collect::<Vec<_>>(), (1..=8).collect::<Vec<u8>>());
        assert_eq!(rows.iter().map(|r| r.track.number).collect::<Vec<_>>(), (2..=9).collect::<Vec<u8>>());
        let mut seen = BTreeSet::new();
        for row in &rows {
            assert_eq!(row.cells.len(), usize::from(row.track.number) - 1, "a staircase: row {} ", row.track.number);
            for (col, cell) in columns.iter().zip(&row.cells) {
                let (relation, _) = cell.expect("every pair has a relation");
                assert_eq!(relation.tracks, [col.number, row.track.number], "the cell's pair is its column and row");
                assert!(seen.insert(relation.tracks), "{:?} twice", relation.tracks);
            }
        }
        assert_eq!(seen.len(), 36);
        for a in 1..=9u8 {
            for b in a + 1..=9 {
                assert!(seen.contains(&[a, b]), "{a}-{b} missing");
            }
        }
    }

    #[test]
    fn a_pair_is_sourced_when_a_source_or_a_real_case_speaks_of_it() {
        let content = Dataset::builtin();
        let (_, rows) = half_matrix(&content);
        let kinds: Vec<(&Relation, RelationKind)> =
            rows.iter().flat_map(|r| r.cells.iter().flatten().copied()).collect();
        for (relation, kind) in &kinds {
            let [a, b] = relation.tracks;
            let backed = relation.source.is_some() || !content.relation_cases_for(a, b).is_empty();
            assert_eq!(*kind == RelationKind::Sourced, backed, "{a}-{b}");
        }
        let sourced = kinds.iter().filter(|(_, k)| *k == RelationKind::Sourced).count();
        assert!(sourced >= 7 && sourced < 36, "{sourced} sourced: both kinds are shown");
        // Track one and track two: Sutphin speaks of them.
        assert_eq!(RelationKind::of(&content, content.relation(1, 2).unwrap()), RelationKind::Sourced);
        assert_ne!(RelationKind::Sourced.symbol(), RelationKind::Illustrative.symbol(), "a symbol, not colour alone");
        assert_eq!((RelationKind::Sourced.symbol(), RelationKind::Sourced.class()), ("\u{25CF}", "sourced"));
        assert_eq!(
            (RelationKind::Illustrative.symbol(), RelationKind::Illustrative.class()),
            ("\u{25CB}", "illustrative")
        );
    }

    #[test]
    fn two_chips_make_a_pair_in_either_order() {
        assert_eq!(pick(None, 8), (Some(8), None));
        assert_eq!(pick(Some(8), 3), (None, Some([3, 8])));
        assert_eq!(pick(Some(3), 8), (None, Some([3, 8])));
        assert_eq!(pick(Some(5), 5), (None, None), "the same chip again lets it go");
    }
}
