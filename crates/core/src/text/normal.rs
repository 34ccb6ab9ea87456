//! Canonical Unicode normalisation (NFD and NFC, UAX #15) built only on the canonical tables of
//! `unicode-normalization` (decomposition, composition, combining classes).
//!
//! Why not that crate's `nfc()`/`nfd()` iterators: they share one decomposer with NFKD/NFKC and
//! choose the kind at run time, so every binary that normalises to NFC also links the
//! compatibility and CJK-variant tables (about 70 KB, roughly 35 KB of the gzipped WebAssembly
//! module), which this library never uses. The algorithms below follow that crate's iterators
//! step for step (canonical ordering by stable sort of each run of non-starters; its
//! recomposition state machine), and the tests compare both on every character and on random
//! strings, so the output is the same.

use unicode_normalization::char::{canonical_combining_class, compose, decompose_canonical};
use unicode_normalization::{IsNormalized, is_nfc_quick};

/// `nfd()` and `nfc()` on text, as the methods of `unicode_normalization::UnicodeNormalization`
/// (same names, same output), for `&str` and for a single character.
pub(crate) trait UnicodeNormalization {
    /// The characters of the canonical decomposition (NFD).
    fn nfd(self) -> std::vec::IntoIter<char>;
    /// The characters of the canonical composition (NFC).
    fn nfc(self) -> std::vec::IntoIter<char>;
}

impl UnicodeNormalization for &str {
    fn nfd(self) -> std::vec::IntoIter<char> {
        decompose(self.chars()).into_iter()
    }

    fn nfc(self) -> std::vec::IntoIter<char> {
        recompose(decompose(self.chars())).into_iter()
    }
}

impl UnicodeNormalization for std::iter::Once<char> {
    fn nfd(self) -> std::vec::IntoIter<char> {
        decompose(self).into_iter()
    }

    fn nfc(self) -> std::vec::IntoIter<char> {
        recompose(decompose(self)).into_iter()
    }
}

/// True when `s` is in NFC: the quick check (UAX #15), and when it answers "maybe", a full
/// normalisation compared with `s` (as `unicode_normalization::is_nfc`).
pub(crate) fn is_nfc(s: &str) -> bool {
    match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => true,
        IsNormalized::No => false,
        IsNormalized::Maybe => s.chars().eq(s.nfc()),
    }
}

/// Full canonical decomposition, then canonical ordering: each run of non-starters (combining
/// class ≠ 0) is stably sorted by combining class.
fn decompose(chars: impl Iterator<Item = char>) -> Vec<char> {
    let mut out: Vec<(u8, char)> = Vec::new();
    for c in chars {
        decompose_canonical(c, |d| out.push((canonical_combining_class(d), d)));
    }
    let mut i = 0;
    while i < out.len() {
        if out[i].0 == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < out.len() && out[i].0 != 0 {
            i += 1;
        }
        out[start..i].sort_by_key(|&(class, _)| class);
    }
    out.into_iter().map(|(_, c)| c).collect()
}

/// Canonical composition of a decomposed, ordered sequence: the state machine of
/// `unicode_normalization::Recompositions`, writing into a vector instead of yielding.
fn recompose(decomposed: Vec<char>) -> Vec<char> {
    let mut out = Vec::with_capacity(decomposed.len());
    // Characters blocked from the current starter, waiting to be written after it.
    let mut pending: Vec<char> = Vec::new();
    let mut starter: Option<char> = None;
    let mut last_class: Option<u8> = None;
    for ch in decomposed {
        let class = canonical_combining_class(ch);
        let Some(k) = starter else {
            if class == 0 {
                starter = Some(ch);
            } else {
                out.push(ch);
            }
            continue;
        };
        match last_class {
            None => match compose(k, ch) {
                Some(r) => starter = Some(r),
                None if class == 0 => {
                    starter = Some(ch);
                    out.push(k);
                }
                None => {
                    pending.push(ch);
                    last_class = Some(class);
                }
            },
            Some(last) if last >= class => {
                if class == 0 {
                    starter = Some(ch);
                    last_class = None;
                    out.push(k);
                    out.append(&mut pending);
                } else {
                    pending.push(ch);
                    last_class = Some(class);
                }
            }
            Some(_) => match compose(k, ch) {
                Some(r) => starter = Some(r),
                None => {
                    pending.push(ch);
                    last_class = Some(class);
                }
            },
        }
    }
    out.extend(starter);
    out.append(&mut pending);
    out
}

#[cfg(test)]
mod tests {
    use super::UnicodeNormalization as Ours;
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization as Crate;

    fn ours(s: &str) -> (String, String, bool) {
        (
            Ours::nfc(s).collect(),
            Ours::nfd(s).collect(),
            super::is_nfc(s),
        )
    }

    fn reference(s: &str) -> (String, String, bool) {
        (
            Crate::nfc(s).collect(),
            Crate::nfd(s).collect(),
            unicode_normalization::is_nfc(s),
        )
    }

    #[test]
    fn every_character_normalises_as_the_crate_does() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(ours(&s), reference(&s), "U+{:04X}", c as u32);
            let once: String = Ours::nfd(std::iter::once(c)).collect();
            assert_eq!(once, Crate::nfd(std::iter::once(c)).collect::<String>());
        }
    }

    #[test]
    fn vietnamese_in_nfd_composes_to_the_precomposed_letters() {
        // "Điều" typed with combining circumflex and grave (the way a Mac keyboard sends it).
        assert_eq!(Ours::nfc("Đie\u{302}\u{300}u").collect::<String>(), "Điều");
        assert_eq!(Ours::nfd("Điều").collect::<String>(), "Đie\u{302}\u{300}u");
    }

    /// Characters where composition is delicate: starters that compose, combining marks of
    /// several classes (reordering, blocking), Hangul jamo and syllables, singletons and
    /// composition exclusions.
    fn tricky() -> impl Strategy<Value = char> {
        prop_oneof![
            prop::sample::select(vec![
                'a',
                'e',
                'o',
                'u',
                'A',
                'E',
                'O',
                'U',
                'd',
                'Đ',
                'ơ',
                'ư',
                'ê',
                'ế',
                'ệ',
                'ồ',
                '\u{300}',
                '\u{301}',
                '\u{302}',
                '\u{303}',
                '\u{306}',
                '\u{309}',
                '\u{31B}',
                '\u{323}',
                '\u{327}',
                '\u{328}',
                '\u{345}',
                '\u{5B0}',
                '\u{5B7}',
                '\u{94D}',
                '\u{93C}',
                '\u{1100}',
                '\u{1161}',
                '\u{11A8}',
                '\u{AC00}',
                '\u{AC01}',
                '\u{212B}',
                '\u{2126}',
                '\u{F900}',
                '\u{958}',
                '\u{FB1D}',
                '\u{1E0A}',
                '\u{1D15E}',
                '\u{0F73}',
                '\u{0F71}',
                '\u{0F72}',
                '\u{0F80}',
                '\u{3099}',
                '\u{304B}',
                '\u{FF76}',
            ]),
            any::<char>(),
        ]
    }

    proptest! {
        #[test]
        fn random_text_normalises_as_the_crate_does(v in prop::collection::vec(tricky(), 0..12)) {
            let s: String = v.into_iter().collect();
            prop_assert_eq!(ours(&s), reference(&s));
        }
    }
}
