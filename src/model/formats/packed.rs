//! The packing every link payload of the guide shares: JSON deflated with
//! the frozen preset dictionary, followed by its Adler-32 checksum, in
//! base64url. Share links (`share`), assignments (`assignment`) and
//! hand-ins (`hand_in`) put their own version prefix in front, so one kind
//! of link is never read as another.
//!
//! Why one packing for all: the dictionary is 32 KB fetched once, and each
//! kind of link gets the same guards (a checksum, so a damaged or edited
//! link is caught rather than read as something else, and a cap on the
//! unpacked size, so a small link cannot expand into gigabytes) without a
//! second copy of the code to keep in step.
//!
//! Why a dictionary: a short note is mostly English prose, which deflate
//! alone shrinks by half at best, and base64 then grows by a third. Primed
//! with 32 KB of the guide's own prose and the document's JSON keys
//! (`share_dictionary.txt`), deflate finds the subject's words and the
//! document's structure already "seen": a small document's link is about 0.4x
//! its JSON instead of 0.7x. Deflate has no dictionary call here, so the
//! dictionary is compressed first and flushed at a block boundary; both sides
//! can make those bytes alike, so the link carries only what follows them.
//! The dictionary file is part of every format using it and must never
//! change; a new dictionary needs new prefixes.

use crate::model::i18n::ui_text::{figure as size, fill, ui};

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Whether `b` can be part of a packed payload's body.
pub fn is_payload_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

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

fn from_base64url(text: &str) -> Result<Vec<u8>, PackError> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut bits, mut count) = (0u32, 0);
    for (i, c) in text.bytes().enumerate() {
        let Some(value) = ALPHABET.iter().position(|a| *a == c) else {
            // The character, not the byte: a byte of a multi-byte character is no character at all.
            let character = text.get(i..).and_then(|rest| rest.chars().next()).unwrap_or(char::REPLACEMENT_CHARACTER);
            return Err(PackError::BadCharacter { at: i + 1, character });
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
        return Err(PackError::CutShort);
    }
    Ok(out)
}

/// The preset dictionary (see the module notes). Frozen: its length and
/// checksum are checked wherever it comes from.
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

/// `bytes` packed: deflated after the dictionary, checksummed, in base64url,
/// without any prefix.
pub fn pack(bytes: &[u8], dictionary: Dictionary) -> String {
    let mut c = compressor();
    let mut out = Vec::new();
    feed(&mut c, dictionary.0, miniz_oxide::deflate::core::TDEFLFlush::Sync, &mut out);
    let skip = out.len();
    feed(&mut c, bytes, miniz_oxide::deflate::core::TDEFLFlush::Finish, &mut out);
    let mut packed = out.split_off(skip);
    packed.extend_from_slice(&adler2::adler32_slice(bytes).to_be_bytes());
    base64url(&packed)
}

/// Why a payload's body could not be unpacked. Each kind of link puts the
/// reason in its own sentence ("this share link is damaged: …").
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackError {
    /// A character base64url does not use, at this 1-based place.
    BadCharacter {
        at: usize,
        character: char,
    },
    CutShort,
    /// It unpacks to more than `limit` bytes.
    TooLarge {
        limit: usize,
    },
    CannotUnpack,
    /// The checksum does not match: changed or cut.
    Checksum,
    NotText,
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let m = &ui().messages;
        match self {
            PackError::BadCharacter { at, character } => {
                f.write_str(&fill(m.share_bad_character, &[("n", at), ("character", character)]))
            }
            PackError::CutShort => f.write_str(m.share_cut_short),
            PackError::TooLarge { limit } => f.write_str(&fill(m.share_too_large, &[("limit", &size(*limit))])),
            PackError::CannotUnpack => f.write_str(m.share_cannot_unpack),
            PackError::Checksum => f.write_str(m.share_checksum),
            PackError::NotText => f.write_str(m.share_not_text),
        }
    }
}

/// The text a payload's body (what follows its prefix) carries, at most
/// `limit` bytes of it, or why it cannot be had.
pub fn unpack(body: &str, dictionary: Dictionary, limit: usize) -> Result<String, PackError> {
    if body.is_empty() {
        return Err(PackError::CutShort);
    }
    let packed = from_base64url(body)?;
    let Some(split) = packed.len().checked_sub(4) else { return Err(PackError::CutShort) };
    let (deflated, checksum) = packed.split_at(split);
    let mut stream = dictionary_prefix(dictionary).to_vec();
    stream.extend_from_slice(deflated);
    let mut text =
        miniz_oxide::inflate::decompress_to_vec_with_limit(&stream, DICTIONARY_LEN + limit).map_err(|e| {
            use miniz_oxide::inflate::TINFLStatus;
            match e.status {
                TINFLStatus::HasMoreOutput => PackError::TooLarge { limit },
                TINFLStatus::FailedCannotMakeProgress => PackError::CutShort,
                _ => PackError::CannotUnpack,
            }
        })?;
    if text.len() < DICTIONARY_LEN {
        return Err(PackError::CutShort);
    }
    let text = text.split_off(DICTIONARY_LEN);
    if adler2::adler32_slice(&text).to_be_bytes() != checksum {
        return Err(PackError::Checksum);
    }
    String::from_utf8(text).map_err(|_| PackError::NotText)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DICTIONARY: &[u8] = include_bytes!("share_dictionary.txt");

    #[test]
    fn base64url_round_trips_every_length() {
        for n in 0..40u8 {
            let bytes: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37).wrapping_add(n)).collect();
            assert_eq!(from_base64url(&base64url(&bytes)).unwrap(), bytes);
        }
        assert_eq!(base64url(b"any carnal pleas"), "YW55IGNhcm5hbCBwbGVhcw");
        assert!(base64url(&(0..=255).collect::<Vec<u8>>()).bytes().all(is_payload_byte));
    }

    #[test]
    fn text_packs_and_unpacks_and_a_changed_byte_is_caught() {
        let dictionary = Dictionary::builtin();
        let body = pack("{\"kind\":\"anything\"}".as_bytes(), dictionary);
        assert_eq!(unpack(&body, dictionary, 1000).unwrap(), "{\"kind\":\"anything\"}");
        assert_eq!(unpack(&body, dictionary, 5), Err(PackError::TooLarge { limit: 5 }));
        let mut tampered = body.clone().into_bytes();
        let last = tampered.len() - 2;
        tampered[last] = if tampered[last] == b'A' { b'B' } else { b'A' };
        assert_eq!(unpack(std::str::from_utf8(&tampered).unwrap(), dictionary, 1000), Err(PackError::Checksum));
        assert_eq!(unpack("", dictionary, 1000), Err(PackError::CutShort));
        assert_eq!(unpack("AB", dictionary, 1000), Err(PackError::CutShort));
        assert_eq!(unpack("ab\u{e9}c", dictionary, 1000), Err(PackError::BadCharacter { at: 3, character: '\u{e9}' }));
    }

    #[test]
    fn a_decompression_bomb_is_refused() {
        let bomb = pack(&vec![b' '; 3_000_000], Dictionary::builtin());
        assert!(bomb.len() < 10_000, "a small body ({} characters)", bomb.len());
        assert_eq!(unpack(&bomb, Dictionary::builtin(), 2_000_000), Err(PackError::TooLarge { limit: 2_000_000 }));
    }

    #[test]
    fn the_dictionary_is_frozen() {
        // Changing it breaks every link made before: a new dictionary needs new prefixes.
        assert_eq!(DICTIONARY.len(), 31_996);
        assert_eq!(adler2::adler32_slice(DICTIONARY), 2_216_579_707);
        assert_eq!((DICTIONARY_LEN, DICTIONARY_CHECKSUM), (31_996, 2_216_579_707));
        assert!(Dictionary::checked(DICTIONARY).is_ok());
        // A file that is not the dictionary (a 404 page, a new deploy's other file) is refused.
        let other: &'static [u8] = Box::leak(DICTIONARY.iter().rev().copied().collect::<Vec<_>>().into_boxed_slice());
        assert!(Dictionary::checked(other).unwrap_err().contains("not the guide's share dictionary"));
        assert!(Dictionary::checked(b"<html>not found</html>").is_err());
    }
}
