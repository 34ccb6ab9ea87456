//! JSON string escaping shared by the canonical and compact writers: only `"`, `\\` and the
//! control characters are escaped (`\b \f \n \r \t` by name, others as `\u00xx` with lower-case
//! hex), exactly as serde_json, JavaScript's `JSON.stringify` and Python's
//! `json.dumps(..., ensure_ascii=False)` write strings.

/// Lower-case hex digits (`\u00xx` escapes).
const HEX: &[u8; 16] = b"0123456789abcdef";

/// Appends `s` to `out` as a JSON string.
pub(crate) fn write_string(s: &str, out: &mut String) {
    // Most strings (keys, ids, enum values, hashes) need no escape: checked with a few word
    // reads and copied whole.
    if is_clean(s.as_bytes()) {
        out.reserve(s.len() + 2);
        out.push('"');
        out.push_str(s);
        out.push('"');
    } else {
        write_escaped(s, out);
    }
}

/// True when no byte of `b` needs an escape, read a word at a time: whole words, then the last
/// eight bytes (overlapping the words already read), or for a short string two overlapping
/// four-byte halves or three bytes padded with spaces.
#[inline]
fn is_clean(b: &[u8]) -> bool {
    let n = b.len();
    if n >= 8 {
        let mut i = 0;
        while i + 8 <= n {
            if needs_escape(word(b, i)) {
                return false;
            }
            i += 8;
        }
        i == n || !needs_escape(word(b, n - 8))
    } else if n >= 4 {
        let half = |i: usize| {
            let mut a = [0u8; 4];
            a.copy_from_slice(&b[i..i + 4]);
            u64::from(u32::from_le_bytes(a))
        };
        !needs_escape(half(0) | half(n - 4) << 32)
    } else if n > 0 {
        let w = 0x2020_2020_2000_0000
            | u64::from(b[0])
            | u64::from(b[n / 2]) << 8
            | u64::from(b[n - 1]) << 16;
        !needs_escape(w)
    } else {
        true
    }
}

/// The eight bytes of `b` from `i` as a little-endian word.
#[inline]
fn word(b: &[u8], i: usize) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&b[i..i + 8]);
    u64::from_le_bytes(a)
}

/// [`write_string`] for a string with at least one byte to escape.
#[inline(never)]
fn write_escaped(s: &str, out: &mut String) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 8);
    out.push('"');
    // Every escaped character is ASCII, and no byte of a multi-byte UTF-8 sequence is, so the
    // text between escapes is copied in runs; runs are found eight bytes at a time (the last
    // few bytes one by one).
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let end = (i + 8).min(bytes.len());
        if let Ok(word) = <[u8; 8]>::try_from(&bytes[i..end])
            && !needs_escape(u64::from_le_bytes(word))
        {
            i = end;
            continue;
        }
        // An escape may be in this word (or this is the tail): byte by byte to its end.
        while i < end {
            let b = bytes[i];
            i += 1;
            if !ESCAPED[usize::from(b)] {
                continue;
            }
            out.push_str(&s[start..i - 1]);
            let esc = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                0x08 => "\\b",
                0x0c => "\\f",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                _ => "",
            };
            if esc.is_empty() {
                out.push_str("\\u00");
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 0x0f)]));
            } else {
                out.push_str(esc);
            }
            start = i;
        }
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// The bytes JSON strings escape: `"`, `\\` and the control characters (< 0x20).
static ESCAPED: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = true;
        b += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t
};

/// True when one of the eight bytes of `w` is `"`, `\\` or a control character (< 0x20), i.e.
/// may need an escape (a byte ≥ 0x80 is never flagged: UTF-8 continuation and lead bytes are
/// copied as they are). The classic "has a zero byte" and "has a byte less than n" word tests.
fn needs_escape(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let less_than_space = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
    (has_zero(w ^ (ONES * u64::from(b'"')))
        | has_zero(w ^ (ONES * u64::from(b'\\')))
        | less_than_space)
        != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word-at-a-time scan escapes exactly what the byte-by-byte rule escapes, wherever the
    /// character falls in the eight-byte chunks.
    #[test]
    fn string_escapes_match_serde_json_at_every_offset() {
        let specials = [
            "\"", "\\", "\n", "\r", "\t", "\u{8}", "\u{c}", "\u{1}", "\u{1f}", "đ", "Điều",
            "\u{7f}", "/",
        ];
        for pad in 0..17 {
            for sp in specials {
                let s = format!("{}{sp}{}", "a".repeat(pad), "ế".repeat(pad % 5));
                let mut out = String::new();
                write_string(&s, &mut out);
                assert_eq!(out, serde_json::to_string(&s).unwrap(), "{s:?}");
            }
        }
        // Every length the short-string checks cover (0 to 24 bytes), clean, and with one byte
        // to escape at each position.
        for len in 0..25 {
            let clean = "b".repeat(len);
            let mut out = String::new();
            write_string(&clean, &mut out);
            assert_eq!(out, format!("\"{clean}\""));
            for at in 0..len {
                for sp in ['"', '\\', '\n', '\u{0}', '\u{1f}'] {
                    let mut s = clean.clone().into_bytes();
                    s[at] = sp as u8;
                    let s = String::from_utf8(s).unwrap();
                    let mut out = String::new();
                    write_string(&s, &mut out);
                    assert_eq!(out, serde_json::to_string(&s).unwrap(), "{s:?}");
                }
            }
        }
    }
}
