//! The limits of untrusted input: one set, applied by every entry point of the crate that reads
//! JSON (`from_json` of every type, [`crate::json::from_str`], the event-log readers and replay,
//! and the bindings built on them), so that the time and memory of one call are bounded and the
//! same input always fails the same way, at the same JSON pointer.
//!
//! | limit | value | refusal |
//! |---|---|---|
//! | size of one input text | [`MAX_INPUT_BYTES`] (64 MiB) | `INPUT_TOO_LARGE` at `""` ([`check_size`]) |
//! | nesting of arrays and objects | [`MAX_DEPTH`] (32) | `INPUT_TOO_LARGE` at the container one level too deep |
//! | JSON values in one text | [`MAX_VALUES`] (1 000 000) | `INPUT_TOO_LARGE` at the first value over the cap |
//! | length of any string or key | [`MAX_STRING_CHARS`] (10 000 characters, after NFC) | `INPUT_TOO_LARGE` at the string (a key: at its object) |
//! | events in one log | [`MAX_EVENTS`] (10 000) | `INPUT_TOO_LARGE` at the log |
//! | bodies consulted, attendees, topics, grounds of one command | [`MAX_LIST`] (100) | `INPUT_TOO_LARGE` at the list (case guards) |
//! | body registrations in one call | [`MAX_REGISTER`] (100) | `INPUT_TOO_LARGE` at the list |
//!
//! The first four are enforced while the text is read ([`crate::json::read_json`]), before any
//! rule runs; the others where the list is taken.
//!
//! ## Memory per call
//!
//! The reader builds a [`serde_json::Value`] before anything is decoded, so without a cap on the
//! number of values a text within [`MAX_INPUT_BYTES`] could cost far more memory than its size.
//! Peak resident memory of one `read_json` call on 64 MiB hostile texts, measured with
//! `/usr/bin/time -v` on a release build (2 cores, 2026-12; the 64 MiB text itself accounts for
//! 66 MB of each figure):
//!
//! | input (64 MiB) | before [`MAX_VALUES`] | with [`MAX_VALUES`] |
//! |---|---|---|
//! | `[[[[[[[[]]]]]]]],` repeated (31.6 million values) | 4 077 MB, 11.1 s, accepted | 195 MB, 0.17 s, `INPUT_TOO_LARGE` at `/124999/0/0/0/0/0/0/0` |
//! | `[0,0,0,…]` (33.6 million values) | 1 117 MB, 1.7 s, accepted | 100 MB, 0.06 s, `INPUT_TOO_LARGE` at `/999999` |
//!
//! Reading the stored case of 10 000 events (4.7 MB, 190 035 values) takes 0.08 s either way.

use crate::error::{Error, ErrorCode, Result};

/// The largest input text accepted, in bytes (64 MiB). The built-in regulation serialises to
/// under 200 KiB and a stored case of [`MAX_EVENTS`] events to about 5 MiB; the limit only stops
/// runaway inputs.
pub const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// Deepest nesting of arrays and objects accepted (the built-in regulation needs 10).
pub const MAX_DEPTH: usize = 32;

/// Longest string or object key accepted anywhere, in characters after NFC (also the longest
/// free text a command accepts).
pub const MAX_STRING_CHARS: usize = 10_000;

/// Most JSON values accepted in one input text (every array, object, string, number, boolean and
/// `null` counts one; keys do not), so that the memory of one call is bounded whatever the text
/// holds: the strict reader refuses the first value over the cap before building it.
///
/// Measured (2026-12): the built-in regulation document is 4 273 values (182 KB); a log of
/// [`MAX_EVENTS`] events of a real case is 160 013 values (4.2 MB) and the stored case with it
/// 190 035 values (4.7 MB); the 12 events of the conformance lifecycle average 23 values each
/// (33 in the stored case's form), so a stored case of 10 000 such events is about 330 000
/// values. With a regulation and 100 registrations in the same call that is still under a third
/// of the cap.
pub const MAX_VALUES: usize = 1_000_000;

/// Most events accepted in one log (a case's log, an event array, one case of a JSON Lines
/// file).
pub const MAX_EVENTS: usize = 10_000;

/// Most entries accepted in one list of a command (bodies consulted, attendees, topics,
/// grounds).
pub const MAX_LIST: usize = 100;

/// Most body registrations accepted in one call.
pub const MAX_REGISTER: usize = 100;

/// Refuses `text` when it is longer than [`MAX_INPUT_BYTES`] ([`ErrorCode::InputTooLarge`],
/// path `""`, the whole document).
///
/// ```
/// use quyche::json::limits::{MAX_INPUT_BYTES, check_size};
/// assert!(check_size("{}").is_ok());
/// let e = check_size(&" ".repeat(MAX_INPUT_BYTES + 1)).unwrap_err();
/// assert_eq!((e.code.as_str(), e.path.as_deref()), ("INPUT_TOO_LARGE", Some("")));
/// ```
pub fn check_size(text: &str) -> Result<()> {
    if text.len() <= MAX_INPUT_BYTES {
        return Ok(());
    }
    let n = text.len();
    Err(Error::new(
        ErrorCode::InputTooLarge,
        format!("input is {n} bytes; the limit is {MAX_INPUT_BYTES} bytes"),
        format!("dữ liệu vào dài {n} byte; giới hạn là {MAX_INPUT_BYTES} byte"),
    )
    .at(""))
}

/// An [`ErrorCode::InputTooLarge`] error at `path` for a list of `n` entries over `limit`.
pub fn too_many(path: &str, n: usize, limit: usize, what: (&str, &str)) -> Error {
    Error::new(
        ErrorCode::InputTooLarge,
        format!("{n} {}; the limit is {limit}", what.0),
        format!("{n} {}; giới hạn là {limit}", what.1),
    )
    .at(path)
}
