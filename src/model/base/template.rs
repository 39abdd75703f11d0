//! Filling `{name}` placeholders in a text: the interface wording's and the
//! model's sentences worded in the page's language.
//!
//! A file of its own because build.rs compiles some model files (case maps,
//! the quiz) that word sentences too, and it has no interface catalogue.

use std::fmt::Display;

/// `template` with each `{name}` replaced by its value, in one pass; an
/// unknown `{name}` is kept as it is.
pub fn fill(template: &str, values: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').and_then(|close| values.iter().find(|(k, _)| *k == &after[..close]).map(|v| (close, v))) {
            Some((close, (_, value))) => {
                out.push_str(&value.to_string());
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_and_unknown_braces_kept() {
        assert_eq!(fill("{n} of {total} {x} {", &[("n", &3), ("total", &"9")]), "3 of 9 {x} {");
    }
}
