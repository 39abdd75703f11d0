//! Ids for the user's own things (timelines, events, tours, questions, cases,
//! actors), made from their titles so that exported files and share links
//! stay readable.

/// An id made of a title's letters and digits, unique among `taken`.
pub fn fresh_id(title: &str, taken: &[&str]) -> String {
    let base: String = title
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(5)
        .collect::<Vec<_>>()
        .join("-");
    let base = if base.is_empty() { "item".to_string() } else { base };
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id.as_str()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

#[cfg(test)]
mod tests {
    use super::fresh_id;

    #[test]
    fn ids_come_from_titles_and_never_collide() {
        assert_eq!(fresh_id("Cyprus, the 1990s!", &[]), "cyprus-the-1990s");
        assert_eq!(fresh_id("Cyprus", &["cyprus", "cyprus-2"]), "cyprus-3");
        assert_eq!(fresh_id("???", &[]), "item");
    }
}
