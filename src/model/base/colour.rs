//! Colour science for the track colours: how light a colour is, how two
//! colours contrast, and how different two colours look, to a reader with
//! full colour vision and to one with protanopia, deuteranopia or tritanopia.
//!
//! - sRGB is turned to linear light with the IEC 61966-2-1 curve;
//! - contrast is WCAG's ratio of relative luminances, (L1 + 0.05) / (L2 + 0.05);
//! - CIELAB uses the D65 white of sRGB itself, so `#ffffff` is L* 100, a* b* 0;
//! - the difference between two colours is CIEDE2000 (Sharma, Wu and Dalal,
//!   "The CIEDE2000 color-difference formula", Color Research & Application
//!   30(1), 2005), the formula their test pairs check;
//! - colour-vision deficiency is simulated with the severity 1.0 matrices of
//!   Machado, Oliveira and Fernandes ("A physiologically-based model for
//!   simulation of color vision deficiency", IEEE TVCG 15(6), 2009), applied
//!   to linear RGB and clamped to the gamut.
//!
//! Plain numbers, no browser: `tests/palette.rs` measures the dataset's
//! colours with it, and `Dataset::validate` checks their contrast.

/// A colour as `#rrggbb` reads: three 8-bit sRGB channels.
pub type Srgb = [u8; 3];

/// A colour in CIELAB (D65): lightness L* and the opponent axes a*, b*.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lab {
    pub l: f64,
    pub a: f64,
    pub b: f64,
}

/// `#rrggbb` (either case) as its three channels; nothing else parses.
pub fn parse_hex(hex: &str) -> Option<Srgb> {
    let digits = hex.strip_prefix('#').filter(|d| d.len() == 6 && d.bytes().all(|b| b.is_ascii_hexdigit()))?;
    let channel = |i: usize| u8::from_str_radix(&digits[i..i + 2], 16).ok();
    Some([channel(0)?, channel(2)?, channel(4)?])
}

/// `#rrggbb`, lower case.
pub fn to_hex(rgb: Srgb) -> String {
    format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2])
}

/// One sRGB channel (0 to 1) as linear light (0 to 1).
pub fn to_linear(v: f64) -> f64 {
    if v <= 0.04045 {
        v / 12.92
    } else {
        ((v + 0.055) / 1.055).powf(2.4)
    }
}

/// One linear channel (0 to 1) back to sRGB (0 to 1); the inverse of [`to_linear`].
pub fn from_linear(v: f64) -> f64 {
    if v <= 0.003_130_8 {
        v * 12.92
    } else {
        1.055 * v.powf(1.0 / 2.4) - 0.055
    }
}

/// The colour's channels as linear light.
pub fn linear(rgb: Srgb) -> [f64; 3] {
    rgb.map(|c| to_linear(f64::from(c) / 255.0))
}

/// WCAG relative luminance: 0 for black, 1 for white.
pub fn relative_luminance(rgb: Srgb) -> f64 {
    luminance_of_linear(linear(rgb))
}

fn luminance_of_linear([r, g, b]: [f64; 3]) -> f64 {
    0.2126 * r + 0.7152 * g + 0.0722 * b
}

/// WCAG contrast ratio between two colours, from 1 (the same) to 21
/// (black and white); the order does not matter.
pub fn contrast(a: Srgb, b: Srgb) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// [`contrast`] of two `#rrggbb` colours, or `None` if either does not parse.
pub fn contrast_hex(a: &str, b: &str) -> Option<f64> {
    Some(contrast(parse_hex(a)?, parse_hex(b)?))
}

/// WCAG contrast ratio of white text on a `#rrggbb` colour.
pub fn contrast_with_white(hex: &str) -> Option<f64> {
    contrast_hex(hex, "#ffffff")
}

/// Linear sRGB to CIE XYZ (D65), IEC 61966-2-1.
const RGB_TO_XYZ: [[f64; 3]; 3] = [
    [0.412_456_4, 0.357_576_1, 0.180_437_5],
    [0.212_672_9, 0.715_152_2, 0.072_175_0],
    [0.019_333_9, 0.119_192_0, 0.950_304_1],
];

fn times(m: &[[f64; 3]; 3], v: [f64; 3]) -> [f64; 3] {
    m.map(|row| row[0] * v[0] + row[1] * v[1] + row[2] * v[2])
}

/// Linear RGB to CIELAB, white being sRGB's own white (D65).
pub fn lab_of_linear(rgb: [f64; 3]) -> Lab {
    let [x, y, z] = times(&RGB_TO_XYZ, rgb);
    let [xn, yn, zn] = times(&RGB_TO_XYZ, [1.0, 1.0, 1.0]);
    // CIE's exact ε = 216/24389 and κ = 24389/27.
    let f = |t: f64| if t > 216.0 / 24389.0 { t.cbrt() } else { (24389.0 / 27.0 * t + 16.0) / 116.0 };
    let (fx, fy, fz) = (f(x / xn), f(y / yn), f(z / zn));
    Lab { l: 116.0 * fy - 16.0, a: 500.0 * (fx - fy), b: 200.0 * (fy - fz) }
}

/// An sRGB colour in CIELAB.
pub fn lab(rgb: Srgb) -> Lab {
    lab_of_linear(linear(rgb))
}

/// CIEDE2000 colour difference (kL = kC = kH = 1), as Sharma, Wu and Dalal
/// (2005) give it, with their conventions for a colour with no chroma: its
/// hue is 0 and the mean hue is the other's hue.
pub fn ciede2000(one: Lab, two: Lab) -> f64 {
    let pow7 = |v: f64| v.powi(7);
    let twenty_five_7 = pow7(25.0);
    let c1 = one.a.hypot(one.b);
    let c2 = two.a.hypot(two.b);
    let c_mean = (c1 + c2) / 2.0;
    let g = 0.5 * (1.0 - (pow7(c_mean) / (pow7(c_mean) + twenty_five_7)).sqrt());
    let (a1, a2) = ((1.0 + g) * one.a, (1.0 + g) * two.a);
    let (c1, c2) = (a1.hypot(one.b), a2.hypot(two.b));
    let hue = |b: f64, a: f64| {
        if b == 0.0 && a == 0.0 {
            0.0
        } else {
            b.atan2(a).to_degrees().rem_euclid(360.0)
        }
    };
    let (h1, h2) = (hue(one.b, a1), hue(two.b, a2));
    let chromatic = c1 * c2 != 0.0;

    let delta_l = two.l - one.l;
    let delta_c = c2 - c1;
    let delta_h_angle = if !chromatic {
        0.0
    } else if (h2 - h1).abs() <= 180.0 {
        h2 - h1
    } else if h2 - h1 > 180.0 {
        h2 - h1 - 360.0
    } else {
        h2 - h1 + 360.0
    };
    let delta_h = 2.0 * (c1 * c2).sqrt() * (delta_h_angle / 2.0).to_radians().sin();

    let l_mean = (one.l + two.l) / 2.0;
    let c_mean = (c1 + c2) / 2.0;
    let h_mean = if !chromatic {
        h1 + h2
    } else if (h1 - h2).abs() <= 180.0 {
        (h1 + h2) / 2.0
    } else if h1 + h2 < 360.0 {
        (h1 + h2 + 360.0) / 2.0
    } else {
        (h1 + h2 - 360.0) / 2.0
    };
    let cos = |degrees: f64| degrees.to_radians().cos();
    let t = 1.0 - 0.17 * cos(h_mean - 30.0) + 0.24 * cos(2.0 * h_mean) + 0.32 * cos(3.0 * h_mean + 6.0)
        - 0.20 * cos(4.0 * h_mean - 63.0);
    let delta_theta = 30.0 * (-((h_mean - 275.0) / 25.0).powi(2)).exp();
    let r_c = 2.0 * (pow7(c_mean) / (pow7(c_mean) + twenty_five_7)).sqrt();
    let s_l = 1.0 + 0.015 * (l_mean - 50.0).powi(2) / (20.0 + (l_mean - 50.0).powi(2)).sqrt();
    let s_c = 1.0 + 0.045 * c_mean;
    let s_h = 1.0 + 0.015 * c_mean * t;
    let r_t = -(2.0 * delta_theta).to_radians().sin() * r_c;

    let (l, c, h) = (delta_l / s_l, delta_c / s_c, delta_h / s_h);
    (l * l + c * c + h * h + r_t * c * h).sqrt()
}

/// A way of seeing colour: full colour vision or a complete dichromacy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Vision {
    Normal,
    /// Red-blind (no L cones).
    Protan,
    /// Green-blind (no M cones).
    Deutan,
    /// Blue-blind (no S cones).
    Tritan,
}

impl Vision {
    pub const ALL: [Vision; 4] = [Vision::Normal, Vision::Protan, Vision::Deutan, Vision::Tritan];

    pub fn name(self) -> &'static str {
        match self {
            Vision::Normal => "normal",
            Vision::Protan => "protan",
            Vision::Deutan => "deutan",
            Vision::Tritan => "tritan",
        }
    }

    /// Machado, Oliveira and Fernandes (2009), table of matrices, severity
    /// 1.0; `None` for full colour vision.
    fn matrix(self) -> Option<[[f64; 3]; 3]> {
        match self {
            Vision::Normal => None,
            Vision::Protan => Some([
                [0.152_286, 1.052_583, -0.204_868],
                [0.114_503, 0.786_281, 0.099_216],
                [-0.003_882, -0.048_116, 1.051_998],
            ]),
            Vision::Deutan => Some([
                [0.367_322, 0.860_646, -0.227_968],
                [0.280_085, 0.672_501, 0.047_413],
                [-0.011_820, 0.042_940, 0.968_881],
            ]),
            Vision::Tritan => Some([
                [1.255_528, -0.076_749, -0.178_779],
                [-0.078_411, 0.930_809, 0.147_602],
                [0.004_733, 0.691_367, 0.303_900],
            ]),
        }
    }

    /// Linear RGB as this vision sees it, clamped to the gamut.
    pub fn simulate_linear(self, rgb: [f64; 3]) -> [f64; 3] {
        match self.matrix() {
            None => rgb,
            Some(m) => times(&m, rgb).map(|v| v.clamp(0.0, 1.0)),
        }
    }

    /// An sRGB colour as this vision sees it, rounded to 8 bits (to show it).
    pub fn simulate(self, rgb: Srgb) -> Srgb {
        self.simulate_linear(linear(rgb)).map(|v| (from_linear(v) * 255.0).round() as u8)
    }

    /// The colour this vision sees, in CIELAB (unrounded).
    pub fn lab(self, rgb: Srgb) -> Lab {
        lab_of_linear(self.simulate_linear(linear(rgb)))
    }
}

/// The pair of colours (indices, first < second) that look most alike to
/// `vision`, and their CIEDE2000 difference; `None` for fewer than two.
pub fn closest_pair(colours: &[Srgb], vision: Vision) -> Option<(usize, usize, f64)> {
    let seen: Vec<Lab> = colours.iter().map(|&c| vision.lab(c)).collect();
    let mut closest: Option<(usize, usize, f64)> = None;
    for i in 0..seen.len() {
        for j in i + 1..seen.len() {
            let d = ciede2000(seen[i], seen[j]);
            if closest.is_none_or(|(_, _, best)| d < best) {
                closest = Some((i, j, d));
            }
        }
    }
    closest
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lab_of(l: f64, a: f64, b: f64) -> Lab {
        Lab { l, a, b }
    }

    /// Test pairs from Sharma, Wu and Dalal (2005), table 1: the pair
    /// number, the two colours and the published ΔE00 (4 decimals).
    const SHARMA: [(u8, [f64; 3], [f64; 3], f64); 16] = [
        (1, [50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485], 2.0425),
        (2, [50.0, 3.1571, -77.2803], [50.0, 0.0, -82.7485], 2.8615),
        (3, [50.0, 2.8361, -74.0200], [50.0, 0.0, -82.7485], 3.4412),
        (4, [50.0, -1.3802, -84.2814], [50.0, 0.0, -82.7485], 1.0000),
        (7, [50.0, 0.0, 0.0], [50.0, -1.0, 2.0], 2.3669),
        (8, [50.0, -1.0, 2.0], [50.0, 0.0, 0.0], 2.3669),
        (13, [50.0, 2.4900, -0.0010], [50.0, -2.4900, 0.0009], 7.1792),
        (17, [50.0, 2.5, 0.0], [73.0, 25.0, -18.0], 27.1492),
        (18, [50.0, 2.5, 0.0], [61.0, -5.0, 29.0], 22.8977),
        (19, [50.0, 2.5, 0.0], [56.0, -27.0, -3.0], 31.9030),
        (20, [50.0, 2.5, 0.0], [58.0, 24.0, 15.0], 19.4535),
        (22, [50.0, 2.5, 0.0], [50.0, 3.1736, 0.5854], 1.0000),
        (25, [60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644),
        (26, [63.0109, -31.0961, -5.8663], [62.8187, -29.7946, -4.0864], 1.2630),
        (33, [90.8027, -2.0831, 1.4410], [91.1528, -1.6435, 0.0447], 1.4441),
        (34, [2.0776, 0.0795, -1.1350], [0.9033, -0.0636, -0.5514], 0.9082),
    ];

    #[test]
    fn ciede2000_agrees_with_the_published_test_pairs() {
        for (n, one, two, expected) in SHARMA {
            let (one, two) = (lab_of(one[0], one[1], one[2]), lab_of(two[0], two[1], two[2]));
            let got = ciede2000(one, two);
            assert!((got - expected).abs() < 5e-5, "pair {n}: {got:.4}, published {expected:.4}");
            // The formula is symmetric, and a colour does not differ from itself.
            assert!((ciede2000(two, one) - got).abs() < 1e-9, "pair {n} reversed");
            assert_eq!(ciede2000(one, one), 0.0);
        }
    }

    #[test]
    fn lab_of_white_black_and_primaries() {
        let white = lab([255, 255, 255]);
        assert!((white.l - 100.0).abs() < 1e-9 && white.a.abs() < 1e-9 && white.b.abs() < 1e-9, "{white:?}");
        assert_eq!(lab([0, 0, 0]), lab_of(0.0, 0.0, 0.0));
        // sRGB red, green and blue, as the usual references give them (D65).
        for (rgb, (l, a, b)) in [
            ([255, 0, 0], (53.24, 80.09, 67.20)),
            ([0, 255, 0], (87.73, -86.18, 83.18)),
            ([0, 0, 255], (32.30, 79.19, -107.86)),
        ] {
            let got = lab(rgb);
            assert!(
                (got.l - l).abs() < 0.02 && (got.a - a).abs() < 0.02 && (got.b - b).abs() < 0.02,
                "{rgb:?}: {got:?}"
            );
        }
    }

    #[test]
    fn contrast_is_wcags() {
        assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
        assert!((contrast([255, 255, 255], [255, 255, 255]) - 1.0).abs() < 1e-9);
        // #767676 on white is the usual 4.54:1.
        assert!((contrast_hex("#767676", "#ffffff").unwrap() - 4.54).abs() < 0.005);
        assert_eq!(contrast_hex("#767676", "#fff"), None);
        assert!(contrast_with_white("#ffff00").unwrap() < 4.5);
        assert_eq!(contrast_with_white("teal"), None);
    }

    #[test]
    fn hex_and_linear_light_round_trip() {
        assert_eq!(parse_hex("#1B2129"), Some([0x1b, 0x21, 0x29]));
        for bad in ["1b2129", "#1b212", "#1b21299", "#1b21zz", "#+12345"] {
            assert_eq!(parse_hex(bad), None, "{bad}");
        }
        assert_eq!(to_hex([0x1b, 0x21, 0x29]), "#1b2129");
        for v in 0..=255u8 {
            let x = f64::from(v) / 255.0;
            assert!((from_linear(to_linear(x)) - x).abs() < 1e-12);
        }
    }

    #[test]
    fn the_simulations_keep_grey_and_merge_what_they_should() {
        // Each matrix's rows sum to 1: greys stay grey.
        for vision in Vision::ALL {
            for v in [0u8, 60, 128, 255] {
                let seen = vision.simulate([v, v, v]);
                assert!(seen.iter().all(|c| c.abs_diff(v) <= 1), "{}: {v} became {seen:?}", vision.name());
            }
        }
        // A red and a green of the same lightness: far apart to full colour
        // vision, close to a protan or deutan reader, still apart to a tritan one.
        let (red, green) = ([0xc0, 0x50, 0x40], [0x70, 0x78, 0x30]);
        let d = |v: Vision| ciede2000(v.lab(red), v.lab(green));
        assert!(d(Vision::Normal) > 30.0, "{}", d(Vision::Normal));
        assert!(d(Vision::Protan) < 12.0, "{}", d(Vision::Protan));
        assert!(d(Vision::Deutan) < 12.0, "{}", d(Vision::Deutan));
        assert!(d(Vision::Tritan) > 20.0, "{}", d(Vision::Tritan));
        // Blue and green-cyan merge for a tritan reader, not for the others.
        let (blue, teal) = ([0x30, 0x60, 0xc0], [0x00, 0x80, 0x90]);
        let d = |v: Vision| ciede2000(v.lab(blue), v.lab(teal));
        assert!(d(Vision::Tritan) < d(Vision::Normal) / 2.0, "{} {}", d(Vision::Tritan), d(Vision::Normal));
    }

    #[test]
    fn closest_pair_finds_the_nearest() {
        let colours = [[0, 0, 0], [255, 255, 255], [250, 250, 250]];
        let (i, j, d) = closest_pair(&colours, Vision::Normal).unwrap();
        assert_eq!((i, j), (1, 2));
        assert!(d > 0.0 && d < 3.0);
        assert_eq!(closest_pair(&colours[..1], Vision::Normal), None);
    }
}
