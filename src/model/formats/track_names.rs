//! Tracks named in other tools' words: a Kumu element type, a TimelineJS3
//! group or a sheet's column may say "Religion", "Track 7", "7" or "Track VII",
//! and each import that places things on tracks reads them the same way.

use crate::model::content::Dataset;

/// The names the imports and exports use for the tracks: each track's
/// name, then its short name where that differs. The first name of a number
/// is the one written; all are recognised.
pub fn track_names(content: &Dataset) -> Vec<(u8, &str)> {
    let mut names: Vec<(u8, &str)> = content.tracks.iter().map(|t| (t.number, t.name.as_str())).collect();
    names.extend(content.tracks.iter().filter(|t| t.short_name != t.name).map(|t| (t.number, t.short_name.as_str())));
    names
}

const NUMBER_WORDS: [&str; 9] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const ROMAN: [&str; 9] = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];

/// The track an element type names, if any: a track's name ("religion", in
/// any case), "7", "Track 7", "Track Seven", "Track VII", or "Track 7: Religion".
/// A number wins over a paraphrased name ("Track 7: Faith groups" is 7), but a
/// number beside another track's exact name is a contradiction and names
/// none; so does "Track 1.5", which is no one track.
pub fn track_of(kind: &str, tracks: &[(u8, &str)]) -> Option<u8> {
    let kind = kind.trim().to_lowercase();
    let name_of = |text: &str| tracks.iter().find(|(_, name)| name.trim().to_lowercase() == text).map(|(n, _)| *n);
    if kind.is_empty() {
        return None;
    }
    if let Some(n) = name_of(&kind) {
        return Some(n);
    }
    let (prefixed, rest) = match kind.strip_prefix("track") {
        Some(rest) => (true, rest.trim_start_matches([' ', '-', '_'])),
        None => (false, kind.as_str()),
    };
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let (number, rest) = if !digits.is_empty() {
        let rest = &rest[digits.len()..];
        // "Track 1.5" is a name for a mixed track, not track 1.
        if rest.starts_with('.') && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        (digits.parse::<u8>().ok()?, rest)
    } else if prefixed {
        let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        let n = NUMBER_WORDS.iter().chain(ROMAN.iter()).position(|w| *w == word)? % 9 + 1;
        (n as u8, &rest[word.len()..])
    } else {
        return None;
    };
    if !(1..=9).contains(&number) {
        return None;
    }
    let named = rest.trim_start_matches([' ', ':', '-', '\u{2013}', '\u{2014}', '.', ')']).trim();
    if named.is_empty() {
        return Some(number);
    }
    if !prefixed && rest.starts_with(|c: char| c.is_alphanumeric()) {
        // "7th ring" or "12 people": not a bare number.
        return None;
    }
    let names_this = tracks.iter().any(|(n, name)| *n == number && name.trim().to_lowercase() == named);
    match name_of(named) {
        Some(other) if other != number && !names_this => None,
        _ => Some(number),
    }
}
