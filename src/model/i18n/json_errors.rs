//! serde_json's reasons for refusing a file, in the page's language.
//!
//! Why: serde_json writes its reasons in English ("EOF while parsing an
//! object", "invalid type: string \"x\", expected u8") and exposes no codes,
//! only that text, and a class importing a file must read what is wrong in
//! its own language. So the text is matched against the wording of
//! serde_json 1's syntax errors and of serde 1's `de::Error` messages
//! (missing, unknown and duplicate fields, invalid types, values and
//! lengths); names from the file stay as they are, in backticks, and a
//! reason not recognised (a check of this guide's own, already in the page's
//! language) is kept whole.

use crate::model::base::template::fill;
use crate::model::i18n::ui_text::{ui, JsonErrorsText};

/// serde_json's error in the page's language, without its " at line …
/// column …" (the caller names the place its own way).
pub fn of(e: &serde_json::Error) -> String {
    reason(&english(e))
}

/// serde_json's own text for `e`, without its place.
pub fn english(e: &serde_json::Error) -> String {
    let text = e.to_string();
    text.split(" at line ").next().unwrap_or(&text).to_string()
}

/// `reason` (serde_json's error without its " at line … column …") in the
/// page's language.
pub fn reason(reason: &str) -> String {
    let t = &ui().json_errors;
    syntax(t, reason).map(str::to_string).or_else(|| data(t, reason)).unwrap_or_else(|| reason.to_string())
}

fn syntax(t: &JsonErrorsText<'static>, reason: &str) -> Option<&'static str> {
    Some(match reason {
        "EOF while parsing a list" => t.eof_list,
        "EOF while parsing an object" => t.eof_object,
        "EOF while parsing a string" => t.eof_string,
        "EOF while parsing a value" => t.eof_value,
        "expected `:`" => t.expected_colon,
        "expected `,` or `]`" => t.expected_list_comma,
        "expected `,` or `}`" => t.expected_object_comma,
        "expected ident" => t.expected_ident,
        "expected value" => t.expected_value,
        "invalid escape" => t.invalid_escape,
        "invalid number" => t.invalid_number,
        "number out of range" => t.number_out_of_range,
        "invalid unicode code point" | "lone leading surrogate in hex escape" | "unexpected end of hex escape" => {
            t.invalid_unicode
        }
        "control character (\\u0000-\\u001F) found while parsing a string" => t.control_character,
        "key must be a string" => t.key_must_be_string,
        "trailing comma" => t.trailing_comma,
        "trailing characters" => t.trailing_characters,
        "recursion limit exceeded" => t.recursion_limit,
        _ => return None,
    })
}

fn data(t: &JsonErrorsText<'static>, reason: &str) -> Option<String> {
    if let Some(field) = reason.strip_prefix("missing field ") {
        return Some(fill(t.missing_field, &[("field", &field)]));
    }
    if let Some(field) = reason.strip_prefix("duplicate field ") {
        return Some(fill(t.duplicate_field, &[("field", &field)]));
    }
    if let Some(rest) = reason.strip_prefix("unknown field ") {
        let (field, expected) = rest.split_once(", ")?;
        return Some(match expected {
            "there are no fields" => fill(t.no_fields, &[("field", &field)]),
            _ => fill(
                t.unknown_field,
                &[("field", &field), ("expected", &choices(t, expected.strip_prefix("expected ")?))],
            ),
        });
    }
    if let Some(rest) = reason.strip_prefix("unknown variant ") {
        let (found, expected) = rest.split_once(", expected ")?;
        return Some(fill(t.unknown_variant, &[("found", &found), ("expected", &choices(t, expected))]));
    }
    for (prefix, template) in [("invalid type: ", t.invalid_type), ("invalid value: ", t.invalid_value)] {
        if let Some(rest) = reason.strip_prefix(prefix) {
            let (found, expected) = rest.rsplit_once(", expected ")?;
            return Some(fill(template, &[("found", &unexpected(t, found)), ("expected", &expectation(t, expected))]));
        }
    }
    if let Some(rest) = reason.strip_prefix("invalid length ") {
        let (found, expected) = rest.split_once(", expected ")?;
        return Some(fill(t.invalid_length, &[("found", &found), ("expected", &expectation(t, expected))]));
    }
    None
}

/// serde's list of allowed names: "one of `a`, `b`", "`a` or `b`", "`a`".
fn choices(t: &JsonErrorsText<'static>, expected: &str) -> String {
    if let Some(list) = expected.strip_prefix("one of ") {
        return fill(t.one_of, &[("list", &list)]);
    }
    match expected.split_once(" or ") {
        Some((a, b)) => fill(t.one_of, &[("list", &format!("{a}, {b}"))]),
        None => expected.to_string(),
    }
}

/// What serde found, as its `Unexpected` writes it.
fn unexpected(t: &JsonErrorsText<'static>, found: &str) -> String {
    let quoted = |prefix: &str| found.strip_prefix(prefix).map(str::to_string);
    if let Some(value) = quoted("string ") {
        return fill(t.found_string, &[("value", &value)]);
    }
    if let Some(value) = quoted("integer ").or_else(|| quoted("floating point ")) {
        return fill(t.found_number, &[("value", &value)]);
    }
    if let Some(value) = quoted("boolean ") {
        return fill(t.found_boolean, &[("value", &value)]);
    }
    match found {
        "null" | "unit value" => t.found_null.to_string(),
        "map" => t.found_object.to_string(),
        "sequence" => t.found_list.to_string(),
        other => other.to_string(),
    }
}

/// What was expected, as serde's visitors and derives write it.
fn expectation(t: &JsonErrorsText<'static>, expected: &str) -> String {
    let text = match expected {
        "a string" | "a borrowed string" | "a character" => t.expected_text,
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" => t.expected_whole_number,
        "f32" | "f64" => t.expected_number,
        "a boolean" => t.expected_boolean,
        "a sequence" => t.expected_list,
        "a map" => t.expected_object,
        "variant identifier" | "field identifier" => t.expected_allowed_value,
        e if e.starts_with("struct ") => t.expected_object,
        e if e.starts_with("enum ") => t.expected_allowed_value,
        e if e.starts_with("one of ") || e.contains(" or ") => return choices(t, e),
        other => return other.to_string(),
    };
    text.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// serde_json's own errors, made by reading broken JSON, not written out
    /// by hand: a new serde_json that words a reason differently fails here.
    fn serde_reason<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
        english(&serde_json::from_str::<T>(json).unwrap_err())
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Event {
        title: String,
        track: u8,
        kind: Kind,
        tags: Vec<String>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum Kind {
        Official,
        Civil,
    }

    #[test]
    fn every_reason_serde_json_gives_is_recognised() {
        let cases = [
            serde_reason::<Event>("{\"title\": \"x\""),
            serde_reason::<Vec<u8>>("[1, 2"),
            serde_reason::<String>("\"abc"),
            serde_reason::<Event>(""),
            serde_reason::<Event>("{\"title\" 1}"),
            serde_reason::<Vec<u8>>("[1 2]"),
            serde_reason::<Event>("{\"title\": \"x\" \"track\": 1}"),
            serde_reason::<bool>("tru"),
            serde_reason::<Event>("{\"title\": }"),
            serde_reason::<String>("\"\\q\""),
            serde_reason::<f64>("1.e"),
            serde_reason::<String>("\"a\nb\""),
            serde_reason::<Event>("{title: 1}"),
            serde_reason::<Vec<u8>>("[1,]"),
            serde_reason::<u8>("1 2"),
            serde_reason::<Event>("{\"title\": \"x\"}"),
            serde_reason::<Event>("{\"title\": \"x\", \"colour\": 1}"),
            serde_reason::<Event>("{\"title\": \"x\", \"title\": \"y\"}"),
            serde_reason::<Event>("{\"title\": \"x\", \"track\": 1, \"kind\": \"army\"}"),
            serde_reason::<Event>("{\"title\": 5}"),
            serde_reason::<Event>("{\"title\": \"x\", \"track\": \"two\"}"),
            serde_reason::<Event>("{\"title\": \"x\", \"track\": 300}"),
            serde_reason::<Event>("{\"title\": \"x\", \"track\": 1, \"kind\": \"civil\", \"tags\": {}}"),
            serde_reason::<Event>("[\"x\"]"),
            serde_reason::<bool>("null"),
        ];
        for english in &cases {
            let t = &ui().json_errors;
            assert!(syntax(t, english).is_some() || data(t, english).is_some(), "not recognised: {english}");
        }
    }

    #[test]
    fn names_from_the_file_and_unknown_reasons_are_kept() {
        assert_eq!(reason("missing field `title`"), "the field `title` is missing");
        assert_eq!(
            reason("unknown field `colour`, expected one of `title`, `track`"),
            "`colour` is not a field here; expected one of `title`, `track`"
        );
        assert_eq!(
            reason("invalid type: string \"two\", expected u8"),
            "found the text \"two\", expected a whole number"
        );
        assert_eq!(
            reason("unknown variant `army`, expected `official` or `civil`"),
            "`army` is not an allowed value; expected one of `official`, `civil`"
        );
        assert_eq!(reason("year 0 is not a year"), "year 0 is not a year");
    }
}
