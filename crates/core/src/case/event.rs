//! Events and the hash chain.
//!
//! ## Canonical JSON (the bytes that are hashed)
//!
//! Python and JavaScript reproduce an event's hash byte for byte with this recipe:
//!
//! 1. Take the event's JSON object as serialised by this library and **remove the `hash`
//!    member** (keep `prev_hash`).
//! 2. Serialise it canonically: no whitespace; object members sorted by key in ascending
//!    Unicode code point order (all keys are ASCII); arrays in order; strings in NFC (the library
//!    normalises every input) written as UTF-8 with only `"` `\\` and control characters escaped
//!    (`\b \f \n \r \t`, others as `\u00xx` with lower-case hex), exactly like JavaScript's
//!    `JSON.stringify` and Python's `json.dumps(..., ensure_ascii=False)`; numbers are integers
//!    only (events contain no floating-point values), written in plain decimal; `true`, `false`,
//!    `null` as literals. Absent optional members are omitted, never `null`.
//!    Times are strings in RFC 3339 with seconds and the Vietnam offset, e.g.
//!    `2026-03-02T08:30:00+07:00` (fractional seconds only when non-zero).
//! 3. `hash = lower-case hex SHA-256( prev_hash ‖ canonical JSON )`, where `prev_hash` is the
//!    previous event's 64-character hex hash as ASCII bytes, or 64 `0`s for the first event.
//!
//! In Python: `sha256((prev + json.dumps(ev_without_hash, ensure_ascii=False, sort_keys=True,
//! separators=(",", ":"))).encode()).hexdigest()`.

use super::command::{Actor, Command};
use super::model::{CaseId, Deadline, Recipients, RegulationRef};
use super::vocab::CaseStatus;
use crate::org::BodyId;
use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The `prev_hash` of the first event of a case.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What a command did, as computed by the library (re-computed and compared on replay).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Effects {
    /// The case's state after the event.
    pub status: CaseStatus,
    /// The lead agency notified (notify_lead).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_agency: Option<BodyId>,
    /// The action created or reported on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_id: Option<String>,
    /// The computed legal deadline (assign_action).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Deadline>,
    /// The computed recipients of a result (report_result).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipients: Option<Recipients>,
}

/// One entry of a case's log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Event {
    /// Position in the log, from 1 (record time).
    pub seq: u64,
    /// The case.
    pub case_id: CaseId,
    /// The command with its payload.
    pub command: Command,
    /// Who acted.
    pub actor: Actor,
    /// Fact time, in Vietnam time.
    #[serde(serialize_with = "crate::time::rfc3339::serialize")]
    pub at: DateTime<FixedOffset>,
    /// The regulation data it was checked against.
    pub regulation: RegulationRef,
    /// What the command did.
    pub effects: Effects,
    /// The previous event's hash ([`GENESIS_HASH`] for the first).
    pub prev_hash: String,
    /// SHA-256 over `prev_hash` and the canonical JSON of this event without `hash`.
    pub hash: String,
}

impl Event {
    /// The canonical JSON of the event without its `hash` member (see the module docs).
    pub fn canonical_json(&self) -> String {
        self.canonical_json_with(None)
    }

    /// [`Event::canonical_json`], reusing the command's canonical JSON when the caller already
    /// has it (`apply` writes it once to check NFC).
    pub(crate) fn canonical_json_with(&self, command_json: Option<&str>) -> String {
        // Written straight from the event (same bytes; see `canonical.rs`), else via a `Value`.
        super::canonical::with_event_canonical(self, command_json, str::to_owned)
            .unwrap_or_else(|| self.canonical_json_via_value())
    }

    /// The `Value` path of [`Event::canonical_json`], for shapes the direct writer leaves to it.
    fn canonical_json_via_value(&self) -> String {
        let mut v = serde_json::to_value(self).unwrap_or(serde_json::Value::Null);
        if let serde_json::Value::Object(m) = &mut v {
            m.remove("hash");
        }
        canonical(&v)
    }

    /// Recomputes the hash from `prev_hash` and the canonical JSON.
    pub fn compute_hash(&self) -> String {
        self.compute_hash_with(None)
    }

    /// [`Event::compute_hash`] with the command's canonical JSON already written.
    pub(crate) fn compute_hash_with(&self, command_json: Option<&str>) -> String {
        hex(self.hash_hex(command_json))
    }

    /// True when `hash` is the hash of the event's content (replay's check, without allocating).
    pub(crate) fn hash_matches(&self) -> bool {
        self.hash.as_bytes() == self.hash_hex(None)
    }

    /// The lower-case hex digits of the event's hash.
    fn hash_hex(&self, command_json: Option<&str>) -> [u8; 64] {
        let digest = |json: &str| {
            let mut h = Sha256::new();
            h.update(self.prev_hash.as_bytes());
            h.update(json.as_bytes());
            hex_digits(&h.finalize().into())
        };
        super::canonical::with_event_canonical(self, command_json, digest)
            .unwrap_or_else(|| digest(&self.canonical_json_via_value()))
    }
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(hex_digits(&Sha256::digest(bytes).into()))
}

/// A digest's hex digits as a `String`.
fn hex(digits: [u8; 64]) -> String {
    // Only ASCII hex digits were written.
    String::from_utf8(digits.to_vec()).unwrap_or_default()
}

/// Lower-case hex digits (hashes and `\u00xx` escapes).
const HEX: &[u8; 16] = b"0123456789abcdef";

/// The 64 lower-case hex digits of a SHA-256 digest.
fn hex_digits(digest: &[u8; 32]) -> [u8; 64] {
    let mut out = [0u8; 64];
    for (i, b) in digest.iter().enumerate() {
        out[2 * i] = HEX[usize::from(b >> 4)];
        out[2 * i + 1] = HEX[usize::from(b & 0x0f)];
    }
    out
}

/// Canonical JSON of a value: sorted keys, no whitespace, JSON.stringify-style escaping.
///
/// ```
/// let v = serde_json::json!({"b": 1, "a": ["x\n", true, null]});
/// assert_eq!(quyche::case::canonical(&v), r#"{"a":["x\n",true,null],"b":1}"#);
/// ```
pub fn canonical(v: &serde_json::Value) -> String {
    let mut out = String::new();
    write_canonical(v, &mut out);
    out
}

fn write_canonical(v: &serde_json::Value, out: &mut String) {
    use serde_json::Value;
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => write_string(s, out),
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(x, out);
            }
            out.push(']');
        }
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(k, out);
                out.push(':');
                write_canonical(&m[k], out);
            }
            out.push('}');
        }
    }
}

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
