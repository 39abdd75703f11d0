//! The languages the guide speaks, which one a reader gets, and the plural
//! rules its interface wording needs.
//!
//! Why plain Rust here: the choice (address, then the reader's saved choice,
//! then the browser's languages) and the plural forms are the parts a wrong
//! guess would show to a whole class, so they are tested natively; the
//! browser glue in `browser::language` only gathers the inputs.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// The source language: every text is written in English first.
    #[default]
    En,
    Fr,
    Es,
    Ar,
}

/// The query parameter (`index.html?lang=fr#/timeline`) that carries the
/// language in an address. In the query, not the fragment, so every link
/// inside the guide keeps it without knowing about it.
pub const PARAM: &str = "lang";

/// Plural categories, as CLDR names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fr, Lang::Es, Lang::Ar];

    /// The BCP 47 tag, as `<html lang>` and `Intl` take it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ar => "ar",
        }
    }

    /// The language named in itself, as a reader who knows only it finds it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// `dir` for the document: `rtl` or `ltr`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// A language tag (`fr`, `fr-CA`, `AR_eg`) to the guide's language for
    /// it, by its primary subtag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The reader's language: the address's if it names one (a teacher's
    /// link wins, so a class opens in the class's language), else the one
    /// the reader chose before, else the first of the browser's languages
    /// the guide speaks, else English.
    pub fn choose(address: Option<&str>, saved: Option<&str>, browser: &[String]) -> Lang {
        address
            .and_then(Lang::from_tag)
            .or_else(|| saved.and_then(Lang::from_tag))
            .or_else(|| browser.iter().find_map(|t| Lang::from_tag(t)))
            .unwrap_or_default()
    }

    /// The CLDR plural category of a whole number in this language.
    pub fn plural(self, n: u64) -> Plural {
        match self {
            Lang::En | Lang::Es => {
                if n == 1 {
                    Plural::One
                } else {
                    Plural::Other
                }
            }
            // French counts 0 and 1 as singular; CLDR's "many" (a million
            // and up) takes the same words as "other" in our wording.
            Lang::Fr => {
                if n <= 1 {
                    Plural::One
                } else {
                    Plural::Other
                }
            }
            Lang::Ar => match (n, n % 100) {
                (0, _) => Plural::Zero,
                (1, _) => Plural::One,
                (2, _) => Plural::Two,
                (_, 3..=10) => Plural::Few,
                (_, 11..=99) => Plural::Many,
                _ => Plural::Other,
            },
        }
    }
}

/// The address's language parameter from a query string (`?lang=fr&x=1`).
pub fn from_query(query: &str) -> Option<&str> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == PARAM)
        .map(|(_, v)| v)
}

/// `query` with its language parameter set to `lang`, other parameters kept.
pub fn with_lang(query: &str, lang: Lang) -> String {
    let mut pairs: Vec<String> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some(PARAM))
        .map(str::to_string)
        .collect();
    pairs.push(format!("{PARAM}={}", lang.code()));
    format!("?{}", pairs.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn tags_match_by_primary_subtag() {
        assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("AR_eg"), Some(Lang::Ar));
        assert_eq!(Lang::from_tag("es-419"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("de-DE"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn the_address_wins_then_the_saved_choice_then_the_browser() {
        let browser = langs(&["de-DE", "es-MX", "fr"]);
        assert_eq!(Lang::choose(Some("ar"), Some("fr"), &browser), Lang::Ar);
        assert_eq!(Lang::choose(None, Some("fr"), &browser), Lang::Fr);
        assert_eq!(Lang::choose(None, None, &browser), Lang::Es);
        // A language the guide does not speak falls through to the next.
        assert_eq!(Lang::choose(Some("xx"), Some("de"), &browser), Lang::Es);
        assert_eq!(Lang::choose(None, None, &langs(&["de", "ja"])), Lang::En);
    }

    #[test]
    fn plural_categories_follow_cldr() {
        use Plural::*;
        let ar: Vec<Plural> =
            [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111].iter().map(|&n| Lang::Ar.plural(n)).collect();
        assert_eq!(ar, [Zero, One, Two, Few, Few, Many, Many, Other, Other, Other, Few, Many]);
        assert_eq!([0, 1, 2].map(|n| Lang::Fr.plural(n)), [One, One, Other]);
        assert_eq!([0, 1, 2].map(|n| Lang::En.plural(n)), [Other, One, Other]);
    }

    #[test]
    fn the_query_keeps_its_other_parameters() {
        assert_eq!(from_query("?x=1&lang=fr"), Some("fr"));
        assert_eq!(from_query(""), None);
        assert_eq!(with_lang("?x=1&lang=fr", Lang::Ar), "?x=1&lang=ar");
        assert_eq!(with_lang("", Lang::Es), "?lang=es");
    }
}
