//! The rules the nine track colours keep, in the light scheme and in the
//! dark one: legible numbers on them, visible edges against the page, and
//! every pair told apart by a reader with full colour vision and by one with
//! protanopia, deuteranopia or tritanopia.
//!
//! Why both a light and a dark colour per track: a colour dark enough to
//! carry a white number on a light page is too dark to see on the dark
//! page. `Dataset::validate` checks each colour's contrasts
//! ([`colour_problem`]); `tests/palette.rs` checks the palette as a whole
//! ([`distinctness`]), which needs all nine.

use crate::model::base::colour::{self, closest_pair, Srgb, Vision};

/// The colours one scheme draws its track colours on and with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    Light,
    Dark,
}

impl Scheme {
    pub const BOTH: [Scheme; 2] = [Scheme::Light, Scheme::Dark];

    pub fn name(self) -> &'static str {
        match self {
            Scheme::Light => "light",
            Scheme::Dark => "dark",
        }
    }

    /// The badge's number on a track colour (style/main.css, `--track-ink`).
    pub fn ink(self) -> &'static str {
        match self {
            Scheme::Light => "#ffffff",
            Scheme::Dark => "#12161c",
        }
    }

    /// The page's background and card surface (style/main.css, `--bg`, `--surface`).
    pub fn backgrounds(self) -> [&'static str; 2] {
        match self {
            Scheme::Light => ["#fbfaf7", "#ffffff"],
            Scheme::Dark => ["#12161c", "#1b2129"],
        }
    }
}

/// The least contrast of the badge's number on a track colour (WCAG AA, text).
pub const MIN_TEXT_CONTRAST: f64 = 4.5;
/// The least contrast of a track colour against the page (WCAG 1.4.11, graphics).
pub const MIN_EDGE_CONTRAST: f64 = 3.0;
/// The least CIEDE2000 difference between any two tracks' colours, for
/// every [`Vision`].
pub const MIN_DIFFERENCE: f64 = 10.0;

/// Everything wrong with `hex` as a track colour in `scheme`: the number
/// on it, then each background (in the dark scheme the first implies the
/// rest; both are checked all the same).
pub fn colour_problems(hex: &str, scheme: Scheme) -> Vec<String> {
    let Some(rgb) = colour::parse_hex(hex) else {
        return vec![format!("\"{hex}\" is not #rrggbb")];
    };
    let mut problems = Vec::new();
    let ink = scheme.ink();
    let text = colour::contrast_hex(hex, ink).unwrap_or(0.0);
    if text < MIN_TEXT_CONTRAST {
        problems.push(format!("{ink} text on {hex} has contrast {text:.2}, below {MIN_TEXT_CONTRAST}"));
    }
    for background in scheme.backgrounds() {
        let edge = colour::parse_hex(background).map_or(0.0, |b| colour::contrast(rgb, b));
        if edge < MIN_EDGE_CONTRAST {
            problems.push(format!("{hex} on {background} has contrast {edge:.2}, below {MIN_EDGE_CONTRAST}"));
        }
    }
    problems
}

/// The two tracks (numbers from 1) whose colours look most alike to one
/// vision, and how different they look (CIEDE2000).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Closest {
    pub vision: Vision,
    pub tracks: (usize, usize),
    pub difference: f64,
}

/// For each vision, the closest pair among `colours` (in track order).
pub fn distinctness(colours: &[Srgb]) -> Vec<Closest> {
    Vision::ALL
        .iter()
        .filter_map(|&vision| {
            closest_pair(colours, vision).map(|(i, j, difference)| Closest {
                vision,
                tracks: (i + 1, j + 1),
                difference,
            })
        })
        .collect()
}

/// Every way `colours` falls short of [`MIN_DIFFERENCE`]: one line per vision.
pub fn distinctness_problems(colours: &[Srgb]) -> Vec<String> {
    distinctness(colours)
        .into_iter()
        .filter(|c| c.difference < MIN_DIFFERENCE)
        .map(|c| {
            format!(
                "{}: tracks {} and {} differ by ΔE00 {:.2}, below {MIN_DIFFERENCE}",
                c.vision.name(),
                c.tracks.0,
                c.tracks.1,
                c.difference
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_colour_fails_on_each_bound() {
        assert!(colour_problems("#0074d5", Scheme::Light).is_empty());
        assert!(colour_problems("#94abe8", Scheme::Dark).is_empty());
        assert_eq!(colour_problems("teal", Scheme::Light), ["\"teal\" is not #rrggbb"]);
        // Too light for a white number.
        assert_eq!(
            colour_problems("#f0e68c", Scheme::Light),
            [
                "#ffffff text on #f0e68c has contrast 1.28, below 4.5",
                "#f0e68c on #fbfaf7 has contrast 1.23, below 3",
                "#f0e68c on #ffffff has contrast 1.28, below 3"
            ]
        );
        // Dark enough for a white number is too dark for the dark page's number...
        assert_eq!(colour_problems("#0074d5", Scheme::Dark), ["#12161c text on #0074d5 has contrast 3.85, below 4.5"]);
        // ...and darker still, it barely shows on the dark page.
        let problems = colour_problems("#2a3a4a", Scheme::Dark);
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[2] == "#2a3a4a on #1b2129 has contrast 1.39, below 3", "{problems:?}");
    }

    #[test]
    fn distinctness_names_the_closest_tracks() {
        let colours = [[0x00, 0x00, 0x00], [0xff, 0xff, 0xff], [0x01, 0x01, 0x01]];
        let problems = distinctness_problems(&colours);
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems[0].starts_with("normal: tracks 1 and 3 differ"), "{}", problems[0]);
        assert!(distinctness_problems(&colours[..2]).is_empty());
    }
}
