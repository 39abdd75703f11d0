//! An event's lead: the first sentence of its summary, which the timeline's
//! list shows on one line with the rest behind "details". Cut by the data's
//! own sentences, never by pixels, so the line always reads as a sentence.

/// Words that end in a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "st", "jr", "sr", "no", "vol", "ed", "eds", "pp", "p", "cf", "vs", "etc", "e.g", "i.e",
    "u.s", "u.n",
];

/// A sentence shorter than this is a fragment ("Ret."); the lead runs on.
const MIN_LEAD: usize = 20;

/// The first sentence of `text`, with its closing mark; all of `text` when it
/// has one sentence. A full stop after an initial ("J. W. McDonald") or a
/// common abbreviation does not end it, and neither does one followed by a
/// lower-case word ("the U.S. and ..."). Arabic has no capitals, so any
/// letter beyond ASCII after the mark starts the next sentence there.
pub fn lead_sentence(text: &str) -> &str {
    let text = text.trim();
    for (at, c) in text.char_indices() {
        if !matches!(c, '.' | '!' | '?' | '\u{61f}' | '\u{3002}') {
            continue;
        }
        let end = at + c.len_utf8();
        let rest = &text[end..];
        // A closing quotation mark or bracket belongs to the sentence.
        let closers = rest.len() - rest.trim_start_matches(['"', '\u{201d}', '\u{2019}', ')', '\u{bb}']).len();
        let end = end + closers;
        let after = &text[end..];
        if !after.starts_with(char::is_whitespace) {
            continue;
        }
        let next = after.trim_start().chars().next();
        // ASCII tests where they do: Unicode's case tables would cost the
        // timeline's first load kilobytes. Any other letter (Arabic, an
        // accented capital) starts a new sentence; a lower-case accented word
        // after a full stop is rare in the guide's prose.
        let starts_sentence =
            next.is_some_and(|n| n.is_ascii_uppercase() || n.is_ascii_digit() || (!n.is_ascii() && n.is_alphabetic()));
        if !starts_sentence || text[..end].chars().count() < MIN_LEAD {
            continue;
        }
        if c == '.' && ends_with_abbreviation(&text[..at]) {
            continue;
        }
        return &text[..end];
    }
    text
}

/// Whether the word just before a full stop is an initial or an abbreviation.
fn ends_with_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or_default();
    let mut letters = word.chars();
    let initial = matches!((letters.next(), letters.next()), (Some(l), None) if l.is_ascii_uppercase());
    initial || ABBREVIATIONS.iter().any(|a| word.eq_ignore_ascii_case(a))
}

#[cfg(test)]
mod tests {
    use super::lead_sentence;

    #[test]
    fn the_lead_is_the_first_sentence_with_its_mark() {
        let text = "Joseph Montville coins Track Two in an article. It appears in Foreign Policy.";
        assert_eq!(lead_sentence(text), "Joseph Montville coins Track Two in an article.");
    }

    #[test]
    fn one_sentence_is_all_of_it() {
        assert_eq!(
            lead_sentence("  The Institute is founded in Washington  "),
            "The Institute is founded in Washington"
        );
    }

    #[test]
    fn initials_and_abbreviations_do_not_end_it() {
        let text = "Louise Diamond and John W. McDonald publish the book with Dr. Smith's foreword. A second sentence.";
        assert_eq!(
            lead_sentence(text),
            "Louise Diamond and John W. McDonald publish the book with Dr. Smith's foreword."
        );
        let text = "Talks held in the U.S. and in Norway lead to the accords in 1993. Then more.";
        assert_eq!(lead_sentence(text), "Talks held in the U.S. and in Norway lead to the accords in 1993.");
    }

    #[test]
    fn a_closing_quote_stays_with_its_sentence() {
        let text = "McDonald writes that \u{201c}peace is a process.\u{201d} The essay follows.";
        assert_eq!(lead_sentence(text), "McDonald writes that \u{201c}peace is a process.\u{201d}");
    }

    #[test]
    fn arabic_sentences_end_at_their_marks() {
        let text = "يصوغ مونتفيل مصطلح المسار الثاني في مقال. ونُشر المقال في مجلة السياسة الخارجية.";
        assert_eq!(lead_sentence(text), "يصوغ مونتفيل مصطلح المسار الثاني في مقال.");
        let question = "هل يمكن للمواطنين أن يصنعوا السلام؟ هذا ما يسأله الكتاب.";
        assert_eq!(lead_sentence(question), "هل يمكن للمواطنين أن يصنعوا السلام؟");
    }

    #[test]
    fn a_short_fragment_runs_on_to_a_real_sentence() {
        assert_eq!(lead_sentence("Ret. Ambassador McDonald founds it. Later."), "Ret. Ambassador McDonald founds it.");
    }
}
