//! The nine track colours as a palette, light and dark (docs/design.md):
//! every pair told apart (CIEDE2000 ≥ 10) with full colour vision and under
//! simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009,
//! severity 1.0), and every colour legible with its number and visible on
//! its page.
//!
//! Why a test of its own: the dataset checker sees one colour at a time, and
//! a palette goes wrong as a whole (two colours a red-blind reader cannot
//! tell apart). Run with `--nocapture` to see the figures design.md quotes:
//! `cargo test --test palette -- --nocapture`.

use multitrack::model::base::colour::{self, Srgb, Vision};
use multitrack::model::content::palette::{
    colour_problems, distinctness, distinctness_problems, Scheme, MIN_DIFFERENCE, MIN_EDGE_CONTRAST, MIN_TEXT_CONTRAST,
};
use multitrack::model::content::Dataset;

/// The colours before this palette: Business (3) and Media (9) look the
/// same to a red-blind reader, and tracks 1 and 4 vanish on the dark page.
const OLD: [&str; 9] =
    ["#37474f", "#00695c", "#7a5200", "#6a1b9a", "#2e7d32", "#c62828", "#ad1457", "#01579b", "#bf360c"];

fn hexes(scheme: Scheme) -> Vec<String> {
    Dataset::builtin_full()
        .tracks
        .iter()
        .map(|t| match scheme {
            Scheme::Light => t.colour.clone(),
            Scheme::Dark => t.colour_dark.clone(),
        })
        .collect()
}

fn parsed(hexes: &[impl AsRef<str>]) -> Vec<Srgb> {
    hexes
        .iter()
        .map(|h| colour::parse_hex(h.as_ref()).unwrap_or_else(|| panic!("{} is not #rrggbb", h.as_ref())))
        .collect()
}

#[test]
fn every_pair_of_tracks_looks_different_to_every_reader() {
    let palettes: Vec<(Scheme, Vec<Srgb>)> = Scheme::BOTH.iter().map(|&s| (s, parsed(&hexes(s)))).collect();
    // The figures first, in one piece, so that a failure still shows them
    // and other tests' lines do not cut into them.
    let mut figures = String::new();
    for (scheme, colours) in &palettes {
        for c in distinctness(colours) {
            figures += &format!(
                "{:5} {:6}: min ΔE00 {:5.2} (tracks {} and {})\n",
                scheme.name(),
                c.vision.name(),
                c.difference,
                c.tracks.0,
                c.tracks.1
            );
        }
    }
    print!("{figures}");
    for (scheme, colours) in &palettes {
        assert_eq!(colours.len(), 9);
        let closest = distinctness(colours);
        assert_eq!(closest.len(), Vision::ALL.len());
        for c in &closest {
            assert!(c.difference >= MIN_DIFFERENCE, "{} {:?}", scheme.name(), c);
        }
        assert_eq!(distinctness_problems(colours), Vec::<String>::new(), "{}", scheme.name());
    }
}

#[test]
fn every_colour_carries_its_number_and_shows_on_its_page() {
    let mut figures = String::new();
    for scheme in Scheme::BOTH {
        let ink = scheme.ink();
        let [bg, surface] = scheme.backgrounds();
        for (i, hex) in hexes(scheme).iter().enumerate() {
            let text = colour::contrast_hex(hex, ink).unwrap();
            let (on_bg, on_surface) =
                (colour::contrast_hex(hex, bg).unwrap(), colour::contrast_hex(hex, surface).unwrap());
            figures += &format!(
                "{:5} track {}: {hex}  {ink} on it {text:5.2}  on {bg} {on_bg:5.2}  on {surface} {on_surface:5.2}\n",
                scheme.name(),
                i + 1
            );
            assert!(text >= MIN_TEXT_CONTRAST, "{hex}: {text:.2}");
            assert!(on_bg.min(on_surface) >= MIN_EDGE_CONTRAST, "{hex}: {on_bg:.2}, {on_surface:.2}");
            assert_eq!(colour_problems(hex, scheme), Vec::<String>::new());
        }
    }
    print!("{figures}");
}

#[test]
fn the_translations_draw_the_same_colours() {
    let english: Vec<_> = Dataset::builtin_full().tracks.into_iter().map(|t| (t.colour, t.colour_dark)).collect();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content/i18n");
    for lang in ["fr", "es", "ar"] {
        let text = std::fs::read_to_string(root.join(lang).join("dataset.json")).unwrap();
        let data = Dataset::from_json(&text).unwrap();
        let colours: Vec<_> = data.tracks.into_iter().map(|t| (t.colour, t.colour_dark)).collect();
        assert_eq!(colours, english, "{lang}");
    }
}

#[test]
fn the_checks_fail_on_the_old_colours() {
    let old = parsed(&OLD);
    let problems = distinctness_problems(&old);
    // Every vision's check fires, the red-blind one on Business and Media.
    assert_eq!(problems.len(), 4, "{problems:#?}");
    assert!(problems.iter().any(|p| p.starts_with("protan: tracks 3 and 9 differ by ΔE00 0.2")), "{problems:#?}");
    assert!(problems.iter().any(|p| p.starts_with("deutan: ")), "{problems:#?}");
    assert!(problems.iter().any(|p| p.starts_with("tritan: ")), "{problems:#?}");
    assert!(problems.iter().any(|p| p.starts_with("normal: ")), "{problems:#?}");
    // As dark colours, tracks 1 and 4 are under 2:1 on the dark page.
    for (track, hex) in [(1, OLD[0]), (4, OLD[3])] {
        let problems = colour_problems(hex, Scheme::Dark);
        assert!(
            problems.iter().any(|p| p.starts_with(&format!("{hex} on #12161c has contrast 1."))),
            "{track}: {problems:#?}"
        );
    }
    // They did carry white numbers: the light check passes them.
    assert!(OLD.iter().all(|hex| colour_problems(hex, Scheme::Light).is_empty()));
}

#[test]
fn one_bad_colour_is_enough_to_fail() {
    // Media's light colour in place of Religion's: the same colour twice.
    let mut light = hexes(Scheme::Light);
    light[6] = light[8].clone();
    let problems = distinctness_problems(&parsed(&light));
    assert_eq!(problems.len(), 4, "{problems:#?}");
    assert!(problems[0].starts_with("normal: tracks 7 and 9 differ by ΔE00 0.00"), "{problems:#?}");
    // A grey-teal that only a tritan reader confuses with Funding's periwinkle.
    let mut dark = hexes(Scheme::Dark);
    let (twin, funding) = ([0x93, 0xb4, 0xb4], colour::parse_hex(&dark[7]).unwrap());
    let difference = |vision: Vision| colour::ciede2000(vision.lab(twin), vision.lab(funding));
    assert!(difference(Vision::Tritan) < 5.0);
    for vision in [Vision::Normal, Vision::Protan, Vision::Deutan] {
        assert!(difference(vision) > 15.0, "{}", vision.name());
    }
    assert!(colour_problems(&colour::to_hex(twin), Scheme::Dark).is_empty());
    dark[0] = colour::to_hex(twin);
    let problems = distinctness_problems(&parsed(&dark));
    assert!(problems.iter().any(|p| p.starts_with("tritan: tracks 1 and 8")), "{} {problems:#?}", dark[0]);
    assert!(!problems.iter().any(|p| p.starts_with("normal:")), "{problems:#?}");
}

/// The start page's wheel is markup written at build time, so its colours
/// live in the stylesheet (`.wheel-tN`): they must be the dataset's.
fn stylesheet_problems(css: &str, data: &Dataset) -> Vec<String> {
    data.tracks
        .iter()
        .filter_map(|t| {
            let rule = format!(".wheel-t{} {{ --tc: {}; --tc-dark: {}; }}", t.number, t.colour, t.colour_dark);
            (!css.contains(&rule)).then(|| format!("style/main.css lacks `{rule}`"))
        })
        .collect()
}

#[test]
fn the_start_wheel_colours_in_the_stylesheet_are_the_datasets() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css")).unwrap();
    let data = Dataset::builtin();
    assert_eq!(stylesheet_problems(&css, &data), Vec::<String>::new());
    // A colour changed in the dataset alone is caught.
    let mut changed = data.clone();
    changed.tracks[3].colour = "#123456".into();
    assert_eq!(stylesheet_problems(&css, &changed).len(), 1);
}
