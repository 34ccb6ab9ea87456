//! Bilingual labels and the text normalisation every input goes through.
//!
//! Vietnamese arrives in NFC or NFD form, with or without diacritics and in any case. Inputs are
//! normalised to NFC ([`nfc`]) before they are stored; matching uses [`fold`], which also removes
//! diacritics so that "Điều 8", "dieu 8" and "ĐIỀU 8" compare equal.

use normal::UnicodeNormalization;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use unicode_normalization::char::is_combining_mark;

pub(crate) mod normal;

/// A text in Vietnamese (`vi`, with correct diacritics) and English (`en`).
///
/// ```
/// let l = quyche::Label::new("Cơ quan chủ trì", "Lead agency");
/// assert_eq!(l.get(quyche::text::Lang::Vi), "Cơ quan chủ trì");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Label {
    /// Vietnamese form. — Bản tiếng Việt.
    pub vi: String,
    /// English form. — Bản tiếng Anh.
    pub en: String,
}

impl Label {
    /// Builds a label from its two forms (normalised to NFC).
    pub fn new(vi: impl AsRef<str>, en: impl AsRef<str>) -> Self {
        Label {
            vi: nfc(vi.as_ref()),
            en: nfc(en.as_ref()),
        }
    }

    /// A label of the crate's own vocabulary, written in NFC in the source: copied without the
    /// normalisation pass of [`Label::new`] (performance only; a test of each vocabulary checks
    /// that its labels are NFC, so both constructors give the same label).
    pub(crate) fn fixed(vi: &'static str, en: &'static str) -> Self {
        Label {
            vi: vi.to_owned(),
            en: en.to_owned(),
        }
    }

    /// The form in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

/// A display language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Default)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub enum Lang {
    /// Vietnamese (the default: the regulation's own language).
    #[default]
    Vi,
    /// English.
    En,
}

/// Returns `s` in Unicode Normalization Form C.
///
/// ```
/// let nfd = "Đie\u{0302}\u{0300}u"; // "Điều" with combining circumflex and grave
/// assert_eq!(quyche::text::nfc(nfd), quyche::text::nfc("Điều"));
/// ```
pub fn nfc(s: &str) -> String {
    // Fast path (performance only, same result): text that the Unicode quick check (UAX #15)
    // proves to be NFC already, such as ASCII and precomposed Vietnamese, is copied as is.
    if is_nfc_quick(s) {
        return s.to_owned();
    }
    s.nfc().collect()
}

/// True when the UAX #15 quick check says `s` is NFC for certain ("maybe" counts as no).
pub(crate) fn is_nfc_quick(s: &str) -> bool {
    s.is_ascii()
        || s.chars().all(is_vietnamese_nfc_char)
        || unicode_normalization::is_nfc_quick(s.chars())
            == unicode_normalization::IsNormalized::Yes
}

/// Characters that are NFC on their own and never combine with a neighbour (quick-check "yes",
/// combining class 0): everything below the combining diacritics (U+0300), which covers ASCII,
/// Latin-1 and Latin Extended-A/B (â ê ô ơ ư ă đ), and Latin Extended Additional (U+1E00–U+1EFF:
/// every precomposed Vietnamese letter with a tone mark). A range test instead of the table
/// lookups of the full quick check (performance only; a unit test checks both agree).
fn is_vietnamese_nfc_char(c: char) -> bool {
    let c = u32::from(c);
    c < 0x300 || (0x1E00..=0x1EFF).contains(&c)
}

/// [`nfc`] for an owned string: returned unchanged (no copy) when it is already NFC.
fn nfc_owned(s: String) -> String {
    if is_nfc_quick(&s) {
        s
    } else {
        s.nfc().collect()
    }
}

/// Folds `s` for matching: NFD, combining marks removed, `đ`/`Đ` → `d`, lower case.
///
/// ```
/// assert_eq!(quyche::text::fold("Điểm ĐỎ Khoản"), "diem do khoan");
/// ```
pub fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            other => other,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// True when `s` is already in NFC form.
pub fn is_nfc(s: &str) -> bool {
    normal::is_nfc(s)
}

/// Normalises every string (and object key) inside a JSON value to NFC.
pub fn nfc_value(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::String(s) => Value::String(nfc_owned(s)),
        Value::Array(a) => Value::Array(a.into_iter().map(nfc_value).collect()),
        Value::Object(m) => Value::Object(
            m.into_iter()
                .map(|(k, v)| (nfc_owned(k), nfc_value(v)))
                .collect(),
        ),
        other => other,
    }
}

/// Longest piece of the caller's input copied into a message, in characters.
pub const ECHO_CHARS: usize = 60;

/// `s` as it may be quoted in a message: whole when it has at most [`ECHO_CHARS`] characters,
/// otherwise its first [`ECHO_CHARS`] characters followed by "…" and the full length, so an
/// error never copies a large input back to the caller.
///
/// ```
/// assert_eq!(quyche::text::echo("so-vhttdl"), "so-vhttdl");
/// let long = "x".repeat(10_000);
/// let e = quyche::text::echo(&long);
/// assert!(e.starts_with(&"x".repeat(60)) && e.ends_with("… (10000)"));
/// ```
pub fn echo(s: &str) -> std::borrow::Cow<'_, str> {
    match s.char_indices().nth(ECHO_CHARS) {
        None => std::borrow::Cow::Borrowed(s),
        Some((cut, _)) => {
            std::borrow::Cow::Owned(format!("{}… ({})", &s[..cut], s.chars().count()))
        }
    }
}

/// Ids (codes, member names, method names) listed for a reader: each in backticks, separated by
/// commas, so that a Vietnamese sentence listing allowed values reads them as code, not words.
///
/// ```
/// assert_eq!(quyche::text::code_list(["email", "phone"]), "`email`, `phone`");
/// ```
pub fn code_list<'a>(ids: impl IntoIterator<Item = &'a str>) -> String {
    let all: Vec<String> = ids.into_iter().map(|i| format!("`{i}`")).collect();
    all.join(", ")
}

#[cfg(test)]
mod nfc_fast_path_tests {
    use super::*;

    /// The range shortcut of `is_nfc_quick` claims only what the UAX #15 quick check and the
    /// canonical combining classes confirm, for every character in its ranges.
    #[test]
    fn vietnamese_ranges_are_nfc_and_never_combine() {
        use unicode_normalization::char::canonical_combining_class;
        for c in (0..0x300u32)
            .chain(0x1E00..=0x1EFF)
            .filter_map(char::from_u32)
        {
            assert!(is_vietnamese_nfc_char(c));
            let one = c.to_string();
            assert_eq!(
                unicode_normalization::is_nfc_quick(one.chars()),
                unicode_normalization::IsNormalized::Yes,
                "U+{:04X}",
                u32::from(c)
            );
            assert_eq!(canonical_combining_class(c), 0, "U+{:04X}", u32::from(c));
        }
        assert!(!is_vietnamese_nfc_char('\u{0301}'));
        assert_eq!(nfc("Đie\u{0302}\u{0300}u"), "Điều");
    }
}
