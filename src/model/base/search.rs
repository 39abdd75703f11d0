//! Plain text search, shared by every view that filters: a text matches when
//! it contains every word of the query, in any case, in any order.

/// Whether `text` contains every whitespace-separated word of `query`; an
/// empty query matches everything.
pub fn matches_all_words(text: &str, query: &str) -> bool {
    let text = text.to_lowercase();
    query.split_whitespace().all(|word| text.contains(&word.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_in_any_case_and_order() {
        assert!(matches_all_words("Build mutual Trust and care", "care TRUST"));
        assert!(matches_all_words("anything", "   "));
        assert!(!matches_all_words("Build mutual trust", "trust money"));
    }
}
