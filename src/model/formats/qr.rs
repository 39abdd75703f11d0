//! A QR code of a link as an SVG path, one unit per module: what the share
//! view and the class (an assignment, a hand-in) draw for a phone to scan.

/// The QR code of `text` (low error correction, as large as it needs), as
/// an SVG path and its size in modules; `None` when it does not fit in one.
pub fn svg_path(text: &str) -> Option<(String, i32)> {
    if text.len() > crate::model::formats::share::QR_MAX_BYTES {
        return None;
    }
    let code = qrcodegen::QrCode::encode_binary(text.as_bytes(), qrcodegen::QrCodeEcc::Low).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{x} {y}h1v1h-1z"));
            }
        }
    }
    Some((path, size))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_link_has_a_code_and_a_long_one_none() {
        let (path, size) = svg_path("https://school.example/guide/#/class?h=h1.abc").unwrap();
        assert!(path.starts_with("M0 0h1v1h-1z"), "the finder pattern's corner: {}", &path[..20]);
        assert_eq!(size, 29, "version 3");
        assert_eq!(svg_path(&"x".repeat(3_000)), None);
    }
}
