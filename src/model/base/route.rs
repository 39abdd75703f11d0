//! Where the user is, as a URL fragment.
//!
//! Routes live in the fragment (`#/tracks/3?q=faith`) rather than the path so
//! the built site works from any folder of any static host, with no server
//! rewrite rules, and so a reload or a shared link lands on the same view and
//! item. Parsing never fails: an unknown fragment becomes `Page::NotFound`,
//! which the app shows as a message rather than a blank page.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, CONTROLS};

/// The views of the app, in the order the navigation lists them.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Home,
    Timeline,
    Tracks,
    Principles,
    Concepts,
    References,
    ReadAll,
    Quiz,
    Cases,
    MyData,
    Shared,
    Handout,
    /// The presenter's second window: the current step's notes.
    SpeakerNotes,
    NotFound(String),
}

impl Page {
    /// The pages that appear in the navigation, in its order (their link
    /// names are in the interface wording: `Page::nav_name`).
    pub const NAV: [Page; 9] = [
        Page::Timeline,
        Page::Tracks,
        Page::Principles,
        Page::Concepts,
        Page::References,
        Page::ReadAll,
        Page::Quiz,
        Page::Cases,
        Page::MyData,
    ];

    /// The first path segment of the fragment.
    pub fn slug(&self) -> &str {
        match self {
            Page::Home => "",
            Page::Timeline => "timeline",
            Page::Tracks => "tracks",
            Page::Principles => "principles",
            Page::Concepts => "concepts",
            Page::References => "references",
            Page::ReadAll => "read",
            Page::Quiz => "quiz",
            Page::Cases => "cases",
            Page::MyData => "my-data",
            Page::Shared => "shared",
            Page::Handout => "handout",
            Page::SpeakerNotes => "speaker-notes",
            Page::NotFound(path) => path,
        }
    }

    fn from_slug(slug: &str) -> Page {
        match slug {
            "" | "home" => Page::Home,
            "timeline" => Page::Timeline,
            "tracks" => Page::Tracks,
            "principles" => Page::Principles,
            "concepts" => Page::Concepts,
            "references" => Page::References,
            "read" => Page::ReadAll,
            "quiz" => Page::Quiz,
            "cases" => Page::Cases,
            "my-data" => Page::MyData,
            "shared" => Page::Shared,
            "handout" => Page::Handout,
            "speaker-notes" => Page::SpeakerNotes,
            other => Page::NotFound(other.to_string()),
        }
    }
}

/// A view, the item selected in it, and any view options (filters, search).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Route {
    pub page: Page,
    pub item: Option<String>,
    pub params: Vec<(String, String)>,
}

/// Characters that must be escaped inside one fragment segment or value.
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'&')
    .add(b'/')
    .add(b'<')
    .add(b'=')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'+');

fn decode(part: &str) -> String {
    percent_decode_str(&part.replace('+', " ")).decode_utf8_lossy().into_owned()
}

fn encode(part: &str) -> String {
    utf8_percent_encode(part, SEGMENT).to_string()
}

impl Route {
    pub fn page(page: Page) -> Route {
        Route { page, item: None, params: Vec::new() }
    }

    pub fn item(page: Page, item: impl Into<String>) -> Route {
        Route { page, item: Some(item.into()), params: Vec::new() }
    }

    /// Reads a fragment as `location.hash` gives it (with or without `#`).
    pub fn parse(hash: &str) -> Route {
        let body = hash.strip_prefix('#').unwrap_or(hash);
        // `#src=<URL>`: a shared file hosted elsewhere, the whole rest a URL.
        if let Some(url) = body.strip_prefix("src=") {
            return Route::page(Page::Shared).with_param("src", &decode(url));
        }
        let body = body.strip_prefix('/').unwrap_or(body);
        let (path, query) = match body.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (body, None),
        };
        let mut segments = path.split('/').filter(|s| !s.is_empty());
        let page = Page::from_slug(&decode(segments.next().unwrap_or("")));
        let item = segments.next().map(decode).filter(|s| !s.is_empty());
        let params = query
            .into_iter()
            .flat_map(|q| q.split('&'))
            .filter(|pair| !pair.is_empty())
            .map(|pair| match pair.split_once('=') {
                Some((k, v)) => (decode(k), decode(v)),
                None => (decode(pair), String::new()),
            })
            .collect();
        Route { page, item, params }
    }

    /// The fragment, with `#`, that `parse` reads back to this route.
    pub fn to_hash(&self) -> String {
        let mut out = format!("#/{}", encode(self.page.slug()));
        if let Some(item) = &self.item {
            if matches!(self.page, Page::Home) {
                out.push_str("home");
            }
            out.push('/');
            out.push_str(&encode(item));
        }
        for (i, (k, v)) in self.params.iter().enumerate() {
            out.push(if i == 0 { '?' } else { '&' });
            out.push_str(&encode(k));
            out.push('=');
            out.push_str(&encode(v));
        }
        out
    }

    pub fn param(&self, key: &str) -> Option<&str> {
        self.params.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// The same route with `key` set to `value`, or removed when `value` is empty.
    pub fn with_param(&self, key: &str, value: &str) -> Route {
        let mut params: Vec<(String, String)> = self.params.iter().filter(|(k, _)| k != key).cloned().collect();
        if !value.is_empty() {
            params.push((key.to_string(), value.to_string()));
            params.sort();
        }
        Route { params, ..self.clone() }
    }

    /// The same view and options with another selected item.
    pub fn with_item(&self, item: Option<&str>) -> Route {
        Route { item: item.map(str::to_string), ..self.clone() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_fragment_is_home() {
        for hash in ["", "#", "#/", "/"] {
            assert_eq!(Route::parse(hash), Route::page(Page::Home), "{hash:?}");
        }
    }

    #[test]
    fn parses_views_and_items() {
        assert_eq!(Route::parse("#/tracks"), Route::page(Page::Tracks));
        assert_eq!(Route::parse("#/tracks/"), Route::page(Page::Tracks));
        assert_eq!(Route::parse("#/tracks/3"), Route::item(Page::Tracks, "3"));
        assert_eq!(Route::parse("#/timeline/1991-nine-tracks"), Route::item(Page::Timeline, "1991-nine-tracks"));
        assert_eq!(Route::parse("#/read").page, Page::ReadAll);
    }

    #[test]
    fn unknown_views_are_reported_not_swallowed() {
        assert_eq!(Route::parse("#/nowhere/x").page, Page::NotFound("nowhere".into()));
    }

    #[test]
    fn params_round_trip_with_awkward_text() {
        let route = Route {
            page: Page::Timeline,
            item: Some("an id/with slash".into()),
            params: vec![("q".into(), "faith & peace = 100%?".into()), ("track".into(), "7".into())],
        };
        let hash = route.to_hash();
        assert!(!hash[1..].contains('#'));
        assert_eq!(Route::parse(&hash), route);
        assert_eq!(Route::parse(&hash).param("track"), Some("7"));
        assert_eq!(Route::parse(&hash).param("missing"), None);
    }

    #[test]
    fn formats_every_nav_page_and_reads_it_back() {
        for page in Page::NAV {
            let route = Route::item(page.clone(), "x");
            assert_eq!(Route::parse(&route.to_hash()), route);
            assert_eq!(Route::parse(&Route::page(page.clone()).to_hash()), Route::page(page));
        }
    }

    #[test]
    fn options_are_set_replaced_and_cleared_and_kept_across_selection() {
        let shared = Route::parse("#src=https://example.org/a.json?x=1&y=2");
        assert_eq!(
            (shared.page.clone(), shared.param("src")),
            (Page::Shared, Some("https://example.org/a.json?x=1&y=2"))
        );
        assert_eq!(Route::parse(&shared.to_hash()), shared);
        let r = Route::page(Page::Timeline).with_param("track", "7").with_param("q", "faith");
        assert_eq!(r.to_hash(), "#/timeline?q=faith&track=7");
        let r = r.with_param("q", "").with_item(Some("1991-nine-tracks"));
        assert_eq!(r.to_hash(), "#/timeline/1991-nine-tracks?track=7");
        assert_eq!(r.with_item(None).to_hash(), "#/timeline?track=7");
    }

    #[test]
    fn non_ascii_survives() {
        let route = Route { page: Page::Principles, item: None, params: vec![("q".into(), "paix é 和平".into())] };
        assert_eq!(Route::parse(&route.to_hash()), route);
    }
}
