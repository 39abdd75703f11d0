//! Share links: a whole document, or part of one, carried in the URL fragment,
//! which browsers never send to a server.
//!
//! The payload is the document's JSON packed as every link of the guide is
//! (`packed`: deflate with the frozen preset dictionary, an Adler-32
//! checksum, base64url), behind a version prefix ("1.") so later encodings
//! can be told apart. Decoding caps the unpacked size, so a small link
//! cannot expand into gigabytes.

use crate::model::base::route::{Page, Route};
use crate::model::i18n::ui_text::{fill, ui};
use crate::model::user::{size, DocError, UserData, MAX_DOCUMENT_BYTES};

pub use crate::model::formats::packed::{Dictionary, DICTIONARY_CHECKSUM, DICTIONARY_LEN};

/// The encoding written before the payload.
pub const PREFIX: &str = "1.";
/// Chat apps and some mail clients cut links around this length.
pub const CHAT_LIMIT: usize = 2_000;
/// Links longer than this are refused: some browsers and many tools that
/// pass links along truncate or drop longer URLs.
pub const MAX_LINK: usize = 64_000;
/// A QR code (version 40, low error correction) holds at most this many bytes.
pub const QR_MAX_BYTES: usize = 2_953;

/// The payload for `data`, prefix included.
pub fn encode(data: &UserData, dictionary: Dictionary) -> String {
    format!("{PREFIX}{}", crate::model::formats::packed::pack(data.to_compact_json().as_bytes(), dictionary))
}

/// The whole share link for `data`, on the page at `page_address` (the
/// address without its fragment), or why there can be none.
pub fn link(page_address: &str, data: &UserData, view_only: bool, dictionary: Dictionary) -> Result<String, String> {
    let mut route = Route::page(Page::Shared).with_param("d", &encode(data, dictionary));
    if view_only {
        route = route.with_param("view", "only");
    }
    let url = format!("{page_address}{}", route.to_hash());
    if url.len() > MAX_LINK {
        return Err(fill(ui().messages.share_too_long, &[("length", &size(url.len())), ("limit", &size(MAX_LINK))]));
    }
    Ok(url)
}

fn damaged(reason: impl Into<String>) -> DocError {
    DocError { path: String::new(), message: fill(ui().messages.share_damaged, &[("reason", &reason.into())]) }
}

/// The document a payload carries, or what is wrong with it.
pub fn decode(payload: &str, dictionary: Dictionary) -> Result<UserData, DocError> {
    UserData::from_json(&unpack(payload, dictionary)?)
}

/// The document's JSON a payload carries, for a reader that has the JSON
/// codec apart (the shared view: see `browser::storage::Codec`).
pub fn unpack(payload: &str, dictionary: Dictionary) -> Result<String, DocError> {
    let m = &ui().messages;
    let Some(body) = payload.strip_prefix(PREFIX) else {
        let newer = payload.split_once('.').is_some_and(|(v, _)| v.parse::<u32>().is_ok_and(|v| v > 1));
        return Err(damaged(if newer { m.share_newer } else { m.share_bad_start }));
    };
    crate::model::formats::packed::unpack(body, dictionary, MAX_DOCUMENT_BYTES).map_err(|e| damaged(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode(data: &UserData) -> String {
        super::encode(data, Dictionary::builtin())
    }

    fn decode(payload: &str) -> Result<UserData, DocError> {
        super::decode(payload, Dictionary::builtin())
    }

    fn link(address: &str, data: &UserData, view_only: bool) -> Result<String, String> {
        super::link(address, data, view_only, Dictionary::builtin())
    }
    use crate::model::user::notes::NoteKey;

    fn sample() -> UserData {
        let mut data = UserData::default();
        data.notes.set(&NoteKey::Track(4), "Citizens \u{2194} media: who tells whose story?", 5);
        data
    }

    #[test]
    fn a_link_decodes_to_the_same_document() {
        let data = sample();
        let link = encode(&data);
        assert!(link.starts_with("1."));
        assert_eq!(decode(&link).unwrap(), data);
    }

    #[test]
    fn damaged_links_say_what_is_wrong() {
        let link = encode(&sample());
        let cut = &link[..link.len() - 6];
        assert!(decode(cut).unwrap_err().to_string().starts_with("this share link is damaged"));
        let mut tampered = link.clone().into_bytes();
        let i = tampered.len() - 10;
        tampered[i] = if tampered[i] == b'A' { b'B' } else { b'A' };
        let err = decode(std::str::from_utf8(&tampered).unwrap()).unwrap_err().to_string();
        assert!(err.starts_with("this share link is damaged"), "{err}");
        assert_eq!(
            decode("1.abc$").unwrap_err().to_string(),
            "this share link is damaged: character 4 (\u{201c}$\u{201d}) cannot be part of a share link"
        );
        assert!(decode("7.AAAA").unwrap_err().to_string().contains("newer version"));
        assert!(decode("hello").unwrap_err().to_string().contains("does not start the way"));
        assert!(decode("1.").unwrap_err().to_string().contains("cut short"));
    }

    #[test]
    fn a_decompression_bomb_is_refused() {
        let bomb = crate::model::formats::packed::pack(&vec![b' '; MAX_DOCUMENT_BYTES + 10], Dictionary::builtin());
        let link = format!("{PREFIX}{bomb}");
        assert!(link.len() < 10_000, "a small link ({} characters)", link.len());
        assert!(decode(&link).unwrap_err().to_string().contains("larger than the 2000000-byte limit"));
    }

    #[test]
    fn a_valid_link_to_something_else_is_a_document_error() {
        let other = UserData { format: "other".into(), ..UserData::default() };
        let err = decode(&encode(&other)).unwrap_err().to_string();
        assert!(err.starts_with("this is not a file this guide saved"), "{err}");
    }

    const FORMAT_1_SAMPLE: &str = "1.tZuxCQBACAOX-m9sLNzNCZzQSQSDKPaOkFwVuBywfJ1Uyht0NaxAyrkHHwwHm2yWJ8u_SZ0kD6p7V-s";

    #[test]
    fn a_link_points_at_the_shared_view_and_keeps_view_only() {
        let url = link("https://school.example/guide/", &sample(), true).unwrap();
        let (address, fragment) = url.split_once('#').unwrap();
        assert_eq!(address, "https://school.example/guide/");
        let route = Route::parse(fragment);
        assert_eq!((route.page.clone(), route.param("view")), (Page::Shared, Some("only")));
        assert_eq!(decode(route.param("d").unwrap()).unwrap(), sample());
        // Letters from a pseudo-random sequence hardly compress: 90,000 of them
        // make a link of about 70,000 characters, above the limit.
        let mut seed = 12345u32;
        let noise: String = (0..90_000)
            .map(|_| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                char::from(b'a' + (seed >> 16) as u8 % 26)
            })
            .collect();
        let mut big = sample();
        big.notes.set(&NoteKey::Track(1), &noise, 1);
        let refused = link("https://x/", &big, false).unwrap_err();
        assert!(refused.starts_with("This is too much for a link ("), "{refused}");
    }

    #[test]
    fn a_link_made_earlier_still_opens() {
        // A payload made when format 1 was introduced.
        let data = decode(FORMAT_1_SAMPLE).unwrap();
        assert_eq!(data.notes.get(&NoteKey::Track(4)), "Citizens \u{2194} media: who tells whose story?");
    }
}
