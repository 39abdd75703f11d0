//! The interface wording: one catalogue per language in `src/i18n/<lang>/`,
//! a JSON file per part of the interface, read at build time.
//!
//! Why at build time: build.rs turns the English catalogue into Rust types
//! (a field per key), so a view that names a key the catalogue lacks does not
//! compile, and it refuses any translation whose keys, placeholders or plural
//! forms differ from the English, so a missing word is a build error rather
//! than a blank on a projector. The same checks run in `tests/translations.rs`,
//! shown firing on broken copies.
//!
//! A value is a text, which may name placeholders (`{n}`, `{title}`), or an
//! object of CLDR plural forms (`{"one": "{n} event", "other": "{n} events"}`)
//! holding every form its language needs (see `lang::Lang::plural`).

use crate::model::base::lang::{Lang, Plural};
use serde::ser::{SerializeStruct, SerializeTuple};
use serde::{Serialize, Serializer};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    Text(String),
    Plural(BTreeMap<String, String>),
}

/// Sections (one per file) of keys, both in sorted order: the order the
/// generated types declare and the encoding writes.
pub type Catalogue = BTreeMap<String, BTreeMap<String, Entry>>;

pub const FORMS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn form_name(p: Plural) -> &'static str {
    match p {
        Plural::Zero => "zero",
        Plural::One => "one",
        Plural::Two => "two",
        Plural::Few => "few",
        Plural::Many => "many",
        Plural::Other => "other",
    }
}

/// The plural forms a language's numbers fall into (checked over enough
/// numbers to meet every category the rules name).
pub fn forms_needed(lang: Lang) -> BTreeSet<&'static str> {
    (0..=1000).map(|n| form_name(lang.plural(n))).collect()
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// One section's file.
pub fn parse_section(name: &str, text: &str) -> Result<BTreeMap<String, Entry>, String> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| format!("{name}: {e}"))?;
    let serde_json::Value::Object(map) = value else {
        return Err(format!("{name}: expected an object of keys"));
    };
    let mut section = BTreeMap::new();
    for (key, value) in map {
        if !is_identifier(&key) {
            return Err(format!("{name}.{key}: a key must be lower-case letters, digits and underscores"));
        }
        let entry = match value {
            serde_json::Value::String(s) => Entry::Text(s),
            serde_json::Value::Object(forms) => {
                let mut plural = BTreeMap::new();
                for (form, text) in forms {
                    let serde_json::Value::String(text) = text else {
                        return Err(format!("{name}.{key}.{form}: expected a text"));
                    };
                    if !FORMS.contains(&form.as_str()) {
                        return Err(format!(
                            "{name}.{key}.{form}: not a plural form (zero, one, two, few, many, other)"
                        ));
                    }
                    plural.insert(form, text);
                }
                Entry::Plural(plural)
            }
            _ => return Err(format!("{name}.{key}: expected a text or an object of plural forms")),
        };
        section.insert(key, entry);
    }
    Ok(section)
}

/// Every `*.json` file in `dir`, a section each.
pub fn read_dir(dir: &Path) -> Result<Catalogue, String> {
    let mut catalogue = Catalogue::new();
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|x| x == "json") {
            let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
            if !is_identifier(&name) {
                return Err(format!(
                    "{}: a file name must be lower-case letters, digits and underscores",
                    path.display()
                ));
            }
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            catalogue.insert(name.clone(), parse_section(&name, &text)?);
        }
    }
    Ok(catalogue)
}

/// `{name}` placeholders in a text.
pub fn placeholders(text: &str) -> BTreeSet<&str> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) if is_identifier(&after[..close]) => {
                found.insert(&after[..close]);
                rest = &after[close + 1..];
            }
            _ => rest = after,
        }
    }
    found
}

fn entry_placeholders(entry: &Entry) -> BTreeSet<&str> {
    match entry {
        Entry::Text(t) => placeholders(t),
        Entry::Plural(forms) => forms.values().flat_map(|t| placeholders(t)).collect(),
    }
}

/// Where a translation differs from the English in what the code relies on:
/// its sections, keys, kinds of value, placeholders and plural forms. Empty
/// when it can stand in for the English.
pub fn problems(english: &Catalogue, translated: &Catalogue, lang: Lang) -> Vec<String> {
    let mut problems = Vec::new();
    let code = lang.code();
    for name in translated.keys().filter(|n| !english.contains_key(*n)) {
        problems.push(format!("{code}/{name}.json: no such section in English"));
    }
    let needed = forms_needed(lang);
    for (name, section) in english {
        let Some(other) = translated.get(name) else {
            problems.push(format!("{code}/{name}.json: missing"));
            continue;
        };
        for key in other.keys().filter(|k| !section.contains_key(*k)) {
            problems.push(format!("{code}/{name}.json: \"{key}\" is not in the English"));
        }
        for (key, entry) in section {
            let at = format!("{code}/{name}.json: \"{key}\"");
            let Some(theirs) = other.get(key) else {
                problems.push(format!("{at} is missing"));
                continue;
            };
            match (entry, theirs) {
                (Entry::Text(_), Entry::Text(t)) if t.is_empty() => problems.push(format!("{at} is empty")),
                (Entry::Text(_), Entry::Text(_)) => {}
                (Entry::Plural(_), Entry::Plural(forms)) => {
                    for form in &needed {
                        if !forms.contains_key(*form) {
                            problems.push(format!("{at} lacks the plural form \"{form}\""));
                        }
                    }
                }
                _ => problems.push(format!("{at} is a text in one language and plural forms in the other")),
            }
            let (ours, theirs) = (entry_placeholders(entry), entry_placeholders(theirs));
            if ours != theirs {
                problems.push(format!("{at} has placeholders {theirs:?}, the English {ours:?}"));
            }
        }
    }
    problems
}

/// The English catalogue's own shape: plurals name "one" and "other".
pub fn english_problems(english: &Catalogue) -> Vec<String> {
    problems(english, english, Lang::En)
}

/// The sections that travel with the code that reads them, in every
/// language: not in a language's part (the generated `Translated` omits
/// them), but one encoded file per language (`ui-<code>-<section>.postcard`)
/// that the section's `Deref` embeds, so the bytes land in whichever wasm
/// part reads the section.
///
/// Why: a language's part is fetched by every start page in that language,
/// and the start pages are near their budget; the class's wording is read
/// only by the class's own part.
pub const WITH_THEIR_CODE: &[&str] = &["class"];

/// Whether `section` travels with its code ([`WITH_THEIR_CODE`]).
pub fn travels_with_code(section: &str) -> bool {
    WITH_THEIR_CODE.contains(&section)
}

fn type_name(section: &str) -> String {
    let mut name = String::new();
    for part in section.split('_') {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            name.extend(chars);
        }
    }
    name + "Text"
}

/// The Rust types of a catalogue: a struct per section with a field per key
/// (`&str`, or `Plural` for plural forms); `Translated`, every section of a
/// translated catalogue; and `Ui`, a field per section that reads as that
/// section (through `Deref`) in the page's language.
///
/// Why a type per section with its own `Deref`: the English of a section is
/// decoded by code that only that section's readers call, so in the split
/// build the quiz's wording travels in the quiz's part, not the start module.
/// A section that travels with its code ([`WITH_THEIR_CODE`]) goes further:
/// its `Deref` embeds every language's bytes and picks the page's, so no
/// language's part carries it.
pub fn rust_types(english: &Catalogue) -> String {
    let mut out = String::from("// Generated by build.rs from src/i18n/en/ (see model::i18n::catalogue).\n\n");
    out.push_str("#[derive(Debug)]\npub struct Translated<'a> {\n");
    let packed = || english.keys().filter(|name| !travels_with_code(name));
    for name in packed() {
        out.push_str(&format!("    pub {name}: {}<'a>,\n", type_name(name)));
    }
    out.push_str("}\n\nimpl<'a> Translated<'a> {\n    fn read(r: &mut Reader<'a>) -> Self {\n        Translated {\n");
    for name in packed() {
        out.push_str(&format!("            {name}: {}::read(r),\n", type_name(name)));
    }
    out.push_str("        }\n    }\n}\n\n/// The wording, a field per section (see `ui`).\npub struct Ui {\n");
    for name in english.keys() {
        out.push_str(&format!("    pub {name}: {}Section,\n", type_name(name)));
    }
    out.push_str("}\n\nstatic SECTIONS: Ui = Ui {\n");
    for name in english.keys() {
        out.push_str(&format!("    {name}: {}Section,\n", type_name(name)));
    }
    out.push_str("};\n");
    for (name, section) in english {
        let ty = type_name(name);
        if travels_with_code(name) {
            out.push_str(&travelling_deref(name, &ty));
        } else {
            out.push_str(&format!(
                "\n/// The `{name}` section, in the page's language.\npub struct {ty}Section;\n\n\
                 impl std::ops::Deref for {ty}Section {{\n    type Target = {ty}<'static>;\n    \
                 fn deref(&self) -> &{ty}<'static> {{\n        if let Some(t) = translated() {{\n            return &t.{name};\n        }}\n        \
                 static ENGLISH: std::sync::OnceLock<{ty}<'static>> = std::sync::OnceLock::new();\n        \
                 ENGLISH.get_or_init(|| {{\n            \
                 english(include_bytes!(concat!(env!(\"OUT_DIR\"), \"/ui-en-{name}.postcard\")), {ty}::read)\n        }})\n    }}\n}}\n"
            ));
        }
        out.push_str(&format!("\n#[derive(Debug)]\npub struct {ty}<'a> {{\n"));
        let mut read = format!("\nimpl<'a> {ty}<'a> {{\n    fn read(r: &mut Reader<'a>) -> Self {{\n        {ty} {{\n");
        for (key, entry) in section {
            let doc = match entry {
                Entry::Text(t) => t.clone(),
                Entry::Plural(forms) => forms.get("other").cloned().unwrap_or_default(),
            };
            let doc: String = doc.chars().take(100).collect::<String>().replace('\n', " ");
            out.push_str(&format!("    /// {doc}\n"));
            match entry {
                Entry::Text(_) => {
                    out.push_str(&format!("    pub {key}: &'a str,\n"));
                    read.push_str(&format!("            {key}: r.text(),\n"));
                }
                Entry::Plural(_) => {
                    out.push_str(&format!("    pub {key}: Plural<'a>,\n"));
                    read.push_str(&format!("            {key}: r.plural(),\n"));
                }
            }
        }
        out.push_str("}\n");
        out.push_str(&read);
        out.push_str("        }\n    }\n}\n");
    }
    out
}

/// The `Deref` of a section that travels with its code: every language's
/// bytes are embedded where the section is read, and the page's language
/// is decoded once, the English standing in for bytes that do not read.
fn travelling_deref(name: &str, ty: &str) -> String {
    let bytes = |code: &str| format!("include_bytes!(concat!(env!(\"OUT_DIR\"), \"/ui-{code}-{name}.postcard\"))");
    let mut arms = String::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        arms.push_str(&format!("            \"{code}\" => {},\n", bytes(lang.code()), code = lang.code()));
    }
    format!(
        "\n/// The `{name}` section, in the page's language: its bytes, every\n\
         /// language's, travel with the code that reads it (see `catalogue::WITH_THEIR_CODE`).\n\
         pub struct {ty}Section;\n\n\
         impl std::ops::Deref for {ty}Section {{\n    type Target = {ty}<'static>;\n    \
         fn deref(&self) -> &{ty}<'static> {{\n        \
         static DECODED: std::sync::OnceLock<{ty}<'static>> = std::sync::OnceLock::new();\n        \
         DECODED.get_or_init(|| {{\n            \
         let english_bytes: &'static [u8] = {en};\n            \
         let bytes: &'static [u8] = match lang().code() {{\n{arms}            _ => english_bytes,\n            }};\n            \
         read_all(bytes, {ty}::read).unwrap_or_else(|_| english(english_bytes, {ty}::read))\n        }})\n    }}\n}}\n",
        en = bytes("en"),
    )
}

/// Serialises a catalogue the way postcard reads the generated types:
/// structs are their fields in order, with no names.
struct Encoded<'a>(&'a Catalogue);
struct EncodedSection<'a>(&'a BTreeMap<String, Entry>);
struct EncodedEntry<'a>(&'a Entry);

impl Serialize for Encoded<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let packed = self.0.iter().filter(|(name, _)| !travels_with_code(name));
        let mut t = s.serialize_tuple(packed.clone().count())?;
        for (_, section) in packed {
            t.serialize_element(&EncodedSection(section))?;
        }
        t.end()
    }
}

impl Serialize for EncodedSection<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut t = s.serialize_tuple(self.0.len())?;
        for entry in self.0.values() {
            t.serialize_element(&EncodedEntry(entry))?;
        }
        t.end()
    }
}

impl Serialize for EncodedEntry<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Entry::Text(t) => s.serialize_str(t),
            Entry::Plural(forms) => {
                let mut st = s.serialize_struct("Plural", FORMS.len())?;
                for form in FORMS {
                    let text = forms.get(form).map(String::as_str);
                    if form == "other" {
                        st.serialize_field("other", text.unwrap_or_default())?;
                    } else {
                        st.serialize_field(form, &text)?;
                    }
                }
                st.end()
            }
        }
    }
}

/// The catalogue as postcard bytes for the generated `Translated` type: the
/// sections that travel with their code are left out (see [`encode_section`]).
pub fn encode(catalogue: &Catalogue) -> Vec<u8> {
    postcard::to_allocvec(&Encoded(catalogue)).expect("a catalogue always encodes")
}

/// One section as postcard bytes for its generated type.
pub fn encode_section(section: &BTreeMap<String, Entry>) -> Vec<u8> {
    postcard::to_allocvec(&EncodedSection(section)).expect("a section always encodes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_names_in_braces() {
        assert_eq!(placeholders("{n} of {total}, {not a name} {}").into_iter().collect::<Vec<_>>(), ["n", "total"]);
    }

    #[test]
    fn a_section_reads_texts_and_plurals() {
        let s = parse_section("t", r#"{"a": "x", "b": {"one": "{n} y", "other": "{n} ys"}}"#).unwrap();
        assert_eq!(s["a"], Entry::Text("x".into()));
        assert!(matches!(&s["b"], Entry::Plural(f) if f.len() == 2));
        assert!(parse_section("t", r#"{"Bad-Key": "x"}"#).is_err());
        assert!(parse_section("t", r#"{"a": {"several": "x"}}"#).is_err());
    }

    fn sample() -> Catalogue {
        let mut c = Catalogue::new();
        c.insert("app".into(), parse_section("app", r#"{"title": "Guide"}"#).unwrap());
        c.insert("class".into(), parse_section("class", r#"{"hand_in": "Hand in"}"#).unwrap());
        c
    }

    #[test]
    fn a_section_that_travels_with_its_code_is_not_in_the_language_packs() {
        assert!(travels_with_code("class") && !travels_with_code("app"));
        let catalogue = sample();
        let mut without = catalogue.clone();
        without.remove("class");
        assert_eq!(encode(&catalogue), encode(&without), "the pack leaves the class out");
        assert_eq!(encode_section(&catalogue["class"]), postcard::to_allocvec(&("Hand in",)).unwrap());
    }

    #[test]
    fn the_generated_types_embed_a_travelling_section_in_every_language() {
        let code = rust_types(&sample());
        let translated = &code[code.find("pub struct Translated").unwrap()..code.find("pub struct Ui").unwrap()];
        assert!(translated.contains("pub app: AppText<'a>"), "{translated}");
        assert!(!translated.contains("class"), "the pack's type omits the class: {translated}");
        assert!(code.contains("pub class: ClassTextSection"), "ui().class still reads it");
        let deref = &code[code.find("impl std::ops::Deref for ClassTextSection").unwrap()..];
        let deref = &deref[..deref.find("\n}\n").unwrap()];
        for lang in Lang::ALL {
            assert!(deref.contains(&format!("/ui-{}-class.postcard", lang.code())), "{}: {deref}", lang.code());
        }
        assert!(deref.contains("lang().code()") && !deref.contains("translated()"), "{deref}");
        let app = &code[code.find("impl std::ops::Deref for AppTextSection").unwrap()..];
        assert!(app[..app.find("\n}\n").unwrap()].contains("translated()"), "the others read the pack");
    }

    #[test]
    fn arabic_needs_all_six_forms_and_french_two() {
        assert_eq!(forms_needed(Lang::Ar).len(), 6);
        assert_eq!(forms_needed(Lang::Fr).into_iter().collect::<Vec<_>>(), ["one", "other"]);
    }
}
