//! Months written as words in the files teachers bring: "March", "Sept.",
//! "févr.", "Augustus".
//!
//! Why: a TimelineJS3 sheet is filled in by hand, in the teacher's language,
//! and its Month column often holds names where TimelineJS3 expects numbers.
//! Such a row used to be left out. The languages are those the sheets come
//! in (English, French, Spanish, German, Dutch, Portuguese); a name or any
//! abbreviation of at least three letters that all these languages agree on
//! is read ("jui" is June or July in French, and is not).

/// Each language's names, January first.
const NAMES: [[&str; 12]; 6] = [
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    [
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
    ],
    [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    [
        "januar",
        "februar",
        "marz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ],
    [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    [
        "janeiro",
        "fevereiro",
        "marco",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
];

/// Spellings that are no abbreviation of the names above.
const OTHER: [(&str, u8); 1] = [("setiembre", 9)];

/// The letters without their accents, lower case ("Févr." → "fevr").
fn plain(text: &str) -> String {
    text.trim()
        .trim_end_matches('.')
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'î' | 'ï' => 'i',
            'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            other => other,
        })
        .collect()
}

/// The month (1 to 12) that `text` names, if it names one and only one.
pub fn month_number(text: &str) -> Option<u8> {
    let word = plain(text);
    if let Some(&(_, n)) = OTHER.iter().find(|(w, _)| *w == word) {
        return Some(n);
    }
    if word.chars().count() < 3 || !word.chars().all(char::is_alphabetic) {
        return None;
    }
    let mut found = None;
    for names in &NAMES {
        for (i, name) in names.iter().enumerate() {
            if name.starts_with(word.as_str()) {
                let month = i as u8 + 1;
                if found.is_some_and(|f| f != month) {
                    return None;
                }
                found = Some(month);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_abbreviations_in_six_languages() {
        for (text, month) in [
            ("March", 3),
            ("Sept", 9),
            ("Sept.", 9),
            ("sep", 9),
            ("Augustus", 8),
            ("août", 8),
            ("févr.", 2),
            ("Mär", 3),
            ("März", 3),
            ("maart", 3),
            ("mei", 5),
            ("Dezember", 12),
            ("dic", 12),
            ("setembro", 9),
            ("outubro", 10),
            ("juil.", 7),
            ("juin", 6),
            ("  JANUARY ", 1),
            ("setiembre", 9),
        ] {
            assert_eq!(month_number(text), Some(month), "{text}");
        }
    }

    #[test]
    fn what_names_no_single_month_is_not_read() {
        for text in ["jui", "ju", "m", "", "13", "Marchx", "spring", "mars 1990"] {
            assert_eq!(month_number(text), None, "{text}");
        }
    }

    #[test]
    fn every_language_names_twelve_months_and_each_name_reads_as_its_month() {
        for names in &NAMES {
            for (i, name) in names.iter().enumerate() {
                assert_eq!(month_number(name), Some(i as u8 + 1), "{name}");
            }
        }
    }
}
