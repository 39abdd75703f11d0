//! Share links: a whole document, or part of one, carried in the URL fragment,
//! which browsers never send to a server.
//!
//! The payload is the document's JSON, deflated with a preset dictionary,
//! followed by its Adler-32 checksum (so a damaged or edited link is caught
//! rather than read as something else), in base64url, behind a version
//! prefix ("1.") so later encodings can be told apart. Decoding caps the
//! decompressed size, so a small link cannot expand into gigabytes.
//!
//! Why a dictionary: a short note is mostly English prose, which deflate
//! alone shrinks by half at best, and base64 then grows by a third. Primed
//! with 32 KB of the guide's own prose and the document's JSON keys
//! (`share_dictionary.txt`), deflate finds the subject's words and the
//! document's structure already "seen": a small document's link is about 0.4x
//! its JSON instead of 0.7x. Deflate has no dictionary call here, so the
//! dictionary is compressed first and flushed at a block boundary; both sides
//! can make those bytes alike, so the link carries only what follows them.
//! The dictionary file is part of format 1 and must never change; a new
//! dictionary needs a new prefix.

use crate::model::base::route::{Page, Route};
use crate::model::i18n::ui_text::{fill, ui};
use crate::model::user::{size, DocError, UserData, MAX_DOCUMENT_BYTES};

/// The encoding written before the payload.
pub const PREFIX: &str = "1.";
/// Chat apps and some mail clients cut links around this length.
pub const CHAT_LIMIT: usize = 2_000;
/// Links longer than this are refused: some browsers and many tools that
/// pass links along truncate or drop longer URLs.
pub const MAX_LINK: usize = 64_000;
/// A QR code (version 40, low error correction) holds at most this many bytes.
pub const QR_MAX_BYTES: usize = 2_953;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn from_base64url(text: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut bits, mut count) = (0u32, 0);
    for (i, c) in text.bytes().enumerate() {
        let Some(value) = ALPHABET.iter().position(|a| *a == c) else {
            return Err(fill(ui().messages.share_bad_character, &[("n", &(i + 1)), ("character", &(c as char))]));
        };
        bits = bits << 6 | value as u32;
        count += 6;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count) as u8);
            bits &= (1 << count) - 1;
        }
    }
    if text.len() % 4 == 1 {
        return Err(ui().messages.share_cut_short.into());
    }
    Ok(out)
}

/// Format 1's preset dictionary (see the module notes). Frozen: its length
/// and checksum are checked wherever it comes from.
///
/// Why a value passed in rather than a constant: in the browser the
/// dictionary is a file fetched when a link is made or opened
/// (`browser::share_dictionary`), not 32 KB in every first load.
#[derive(Clone, Copy, Debug)]
pub struct Dictionary(&'static [u8]);

pub const DICTIONARY_LEN: usize = 31_996;
pub const DICTIONARY_CHECKSUM: u32 = 2_216_579_707;

impl Dictionary {
    /// The dictionary built into native builds (tests, fuzzing, examples)
    /// and into the one-file edition.
    #[cfg(any(not(target_arch = "wasm32"), feature = "one-file"))]
    pub fn builtin() -> Dictionary {
        Dictionary(include_bytes!("share_dictionary.txt"))
    }

    /// `bytes` as the dictionary, if they are the frozen one.
    pub fn checked(bytes: &'static [u8]) -> Result<Dictionary, String> {
        if bytes.len() != DICTIONARY_LEN || adler2::adler32_slice(bytes) != DICTIONARY_CHECKSUM {
            return Err(fill(ui().messages.share_not_dictionary, &[("size", &size(bytes.len()))]));
        }
        Ok(Dictionary(bytes))
    }
}

fn compressor() -> miniz_oxide::deflate::core::CompressorOxide {
    use miniz_oxide::deflate::core::{create_comp_flags_from_zip_params, CompressorOxide};
    // Level 9, raw deflate (no zlib header: the checksum is ours), default strategy.
    CompressorOxide::new(create_comp_flags_from_zip_params(9, -15, 0))
}

/// Feeds `input` to the compressor, appending what it writes to `out`.
fn feed(
    c: &mut miniz_oxide::deflate::core::CompressorOxide,
    input: &[u8],
    flush: miniz_oxide::deflate::core::TDEFLFlush,
    out: &mut Vec<u8>,
) {
    miniz_oxide::deflate::core::compress_to_output(c, input, flush, |chunk| {
        out.extend_from_slice(chunk);
        true
    });
}

/// The compressed dictionary, flushed: the bytes both sides put before the payload.
fn dictionary_prefix(dictionary: Dictionary) -> &'static [u8] {
    // One cache is right: there is one dictionary (checked when made).
    static PREFIX_BYTES: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    PREFIX_BYTES.get_or_init(|| {
        let mut out = Vec::new();
        feed(&mut compressor(), dictionary.0, miniz_oxide::deflate::core::TDEFLFlush::Sync, &mut out);
        out
    })
}

/// The payload for `data`, prefix included.
pub fn encode(data: &UserData, dictionary: Dictionary) -> String {
    let json = data.to_compact_json();
    let mut c = compressor();
    let mut out = Vec::new();
    feed(&mut c, dictionary.0, miniz_oxide::deflate::core::TDEFLFlush::Sync, &mut out);
    let skip = out.len();
    feed(&mut c, json.as_bytes(), miniz_oxide::deflate::core::TDEFLFlush::Finish, &mut out);
    let mut packed = out.split_off(skip);
    packed.extend_from_slice(&adler2::adler32_slice(json.as_bytes()).to_be_bytes());
    format!("{PREFIX}{}", base64url(&packed))
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
    let m = &ui().messages;
    let Some(body) = payload.strip_prefix(PREFIX) else {
        let newer = payload.split_once('.').is_some_and(|(v, _)| v.parse::<u32>().is_ok_and(|v| v > 1));
        return Err(damaged(if newer { m.share_newer } else { m.share_bad_start }));
    };
    if body.is_empty() {
        return Err(damaged(m.share_cut_short));
    }
    let packed = from_base64url(body).map_err(damaged)?;
    let Some(split) = packed.len().checked_sub(4) else { return Err(damaged(m.share_cut_short)) };
    let (deflated, checksum) = packed.split_at(split);
    let mut stream = dictionary_prefix(dictionary).to_vec();
    stream.extend_from_slice(deflated);
    let limit = DICTIONARY_LEN + MAX_DOCUMENT_BYTES;
    let mut json = miniz_oxide::inflate::decompress_to_vec_with_limit(&stream, limit).map_err(|e| {
        use miniz_oxide::inflate::TINFLStatus;
        damaged(match e.status {
            TINFLStatus::HasMoreOutput => fill(m.share_too_large, &[("limit", &size(MAX_DOCUMENT_BYTES))]),
            TINFLStatus::FailedCannotMakeProgress => m.share_cut_short.into(),
            _ => m.share_cannot_unpack.into(),
        })
    })?;
    if json.len() < DICTIONARY_LEN {
        return Err(damaged(m.share_cut_short));
    }
    let json = json.split_off(DICTIONARY_LEN);
    if adler2::adler32_slice(&json).to_be_bytes() != checksum {
        return Err(damaged(m.share_checksum));
    }
    let text = String::from_utf8(json).map_err(|_| damaged(m.share_not_text))?;
    UserData::from_json(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DICTIONARY: &[u8] = include_bytes!("share_dictionary.txt");

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
    fn base64url_round_trips_every_length() {
        for n in 0..40u8 {
            let bytes: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37).wrapping_add(n)).collect();
            assert_eq!(from_base64url(&base64url(&bytes)).unwrap(), bytes);
        }
        assert_eq!(base64url(b"any carnal pleas"), "YW55IGNhcm5hbCBwbGVhcw");
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
        let mut c = compressor();
        let mut out = Vec::new();
        feed(&mut c, DICTIONARY, miniz_oxide::deflate::core::TDEFLFlush::Sync, &mut out);
        let skip = out.len();
        feed(&mut c, &vec![b' '; MAX_DOCUMENT_BYTES + 10], miniz_oxide::deflate::core::TDEFLFlush::Finish, &mut out);
        let mut bomb = out.split_off(skip);
        bomb.extend_from_slice(&[0, 0, 0, 0]);
        let link = format!("{PREFIX}{}", base64url(&bomb));
        assert!(link.len() < 10_000, "a small link ({} characters)", link.len());
        assert!(decode(&link).unwrap_err().to_string().contains("larger than the 2000000-byte limit"));
    }

    #[test]
    fn a_valid_link_to_something_else_is_a_document_error() {
        let other = UserData { format: "other".into(), ..UserData::default() };
        let err = decode(&encode(&other)).unwrap_err().to_string();
        assert!(err.starts_with("this is not a file this guide saved"), "{err}");
    }

    const FROZEN_DICTIONARY_CHECKSUM: u32 = 2_216_579_707;
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
    fn the_dictionary_is_frozen() {
        // Changing it breaks every link made before: a new dictionary needs a new prefix.
        assert_eq!(DICTIONARY.len(), 31_996);
        assert_eq!(adler2::adler32_slice(DICTIONARY), FROZEN_DICTIONARY_CHECKSUM);
        assert_eq!((DICTIONARY_LEN, DICTIONARY_CHECKSUM), (31_996, FROZEN_DICTIONARY_CHECKSUM));
        assert!(Dictionary::checked(DICTIONARY).is_ok());
        // A file that is not the dictionary (a 404 page, a new deploy's other file) is refused.
        let other: &'static [u8] = Box::leak(DICTIONARY.iter().rev().copied().collect::<Vec<_>>().into_boxed_slice());
        assert!(Dictionary::checked(other).unwrap_err().contains("not the guide's share dictionary"));
        assert!(Dictionary::checked(b"<html>not found</html>").is_err());
    }

    #[test]
    fn a_link_made_earlier_still_opens() {
        // A payload made when format 1 was introduced.
        let data = decode(FORMAT_1_SAMPLE).unwrap();
        assert_eq!(data.notes.get(&NoteKey::Track(4)), "Citizens \u{2194} media: who tells whose story?");
    }
}
