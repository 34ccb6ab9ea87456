//! The RFC 3339 text of an instant, written without `core::fmt` (performance only: every event
//! carries one or more instants, and they are written for each hash and each JSON output).
//!
//! The bytes are exactly those of chrono's `Serialize` for `DateTime<FixedOffset>`
//! (`2026-03-02T08:30:00+07:00`, fractional seconds only when non-zero, as 3, 6 or 9 digits,
//! `Z` for a zero offset),
//! which the event hash recipe of [`crate::case`] fixes. Instants chrono writes differently
//! (years outside 0–9999, leap seconds, offsets with seconds) go through chrono itself, so the
//! output never depends on which path ran; a test compares both over many instants.

use chrono::{DateTime, Datelike, FixedOffset, Timelike};
use serde::Serializer;

/// The longest text written by the fast path: `9999-12-31T23:59:59.123456789+14:00`.
const MAX: usize = 35;

/// Writes `t` into `buf`, returning the length, or `None` for the instants left to chrono.
fn write_fast(t: &DateTime<FixedOffset>, buf: &mut [u8; MAX]) -> Option<usize> {
    let local = t.naive_local();
    let (year, nano, off) = (
        local.year(),
        local.nanosecond(),
        t.offset().local_minus_utc(),
    );
    if !(0..=9999).contains(&year) || nano >= 1_000_000_000 || off % 60 != 0 {
        return None;
    }
    let mut n = 0;
    // Two decimal digits of `v`, then `sep` if any.
    let two = |buf: &mut [u8; MAX], n: &mut usize, v: u32, sep: Option<u8>| {
        buf[*n] = b'0' + (v / 10) as u8;
        buf[*n + 1] = b'0' + (v % 10) as u8;
        *n += 2;
        if let Some(s) = sep {
            buf[*n] = s;
            *n += 1;
        }
    };
    let year = year as u32;
    two(buf, &mut n, year / 100, None);
    two(buf, &mut n, year % 100, Some(b'-'));
    two(buf, &mut n, local.month(), Some(b'-'));
    two(buf, &mut n, local.day(), Some(b'T'));
    two(buf, &mut n, local.hour(), Some(b':'));
    two(buf, &mut n, local.minute(), Some(b':'));
    two(buf, &mut n, local.second(), None);
    // chrono's `SecondsFormat::AutoSi`: milli-, micro- or nanoseconds, whichever is exact.
    let (digits, mut frac) = match nano {
        0 => (0, 0),
        _ if nano % 1_000_000 == 0 => (3, nano / 1_000_000),
        _ if nano % 1_000 == 0 => (6, nano / 1_000),
        _ => (9, nano),
    };
    if digits > 0 {
        buf[n] = b'.';
        for i in (0..digits).rev() {
            buf[n + 1 + i] = b'0' + (frac % 10) as u8;
            frac /= 10;
        }
        n += 1 + digits;
    }
    // chrono's serde writes a zero offset as `Z`.
    if off == 0 {
        buf[n] = b'Z';
        return Some(n + 1);
    }
    buf[n] = if off < 0 { b'-' } else { b'+' };
    n += 1;
    let minutes = off.unsigned_abs() / 60;
    two(buf, &mut n, minutes / 60, Some(b':'));
    two(buf, &mut n, minutes % 60, None);
    Some(n)
}

/// Appends the RFC 3339 text of `t` (without quotes) to `out`.
pub(crate) fn push(t: &DateTime<FixedOffset>, out: &mut String) {
    let mut buf = [0u8; MAX];
    match write_fast(t, &mut buf) {
        // Only ASCII digits and separators were written.
        Some(n) => out.push_str(std::str::from_utf8(&buf[..n]).unwrap_or_default()),
        None => out.push_str(&t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)),
    }
}

/// `#[serde(serialize_with)]` for an instant: the same string as chrono's `Serialize`.
pub(crate) fn serialize<S: Serializer>(t: &DateTime<FixedOffset>, s: S) -> Result<S::Ok, S::Error> {
    let mut buf = [0u8; MAX];
    match write_fast(t, &mut buf) {
        Some(n) => s.serialize_str(std::str::from_utf8(&buf[..n]).unwrap_or_default()),
        None => serde::Serialize::serialize(t, s),
    }
}

/// [`serialize`] for an optional instant (`None` as chrono's `Option` would write it).
pub(crate) fn serialize_opt<S: Serializer>(
    t: &Option<DateTime<FixedOffset>>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => serialize(t, s),
        None => s.serialize_none(),
    }
}

/// The refusal of a leap second (`23:59:60`): chrono reads it, but neither Python's `datetime`
/// nor JavaScript's `Date` can hold it, so a log holding one could not be read back by every
/// binding. `INVALID_INPUT` at `""`.
pub(crate) fn leap_second_refused() -> crate::error::Error {
    crate::error::Error::invalid(
        "",
        "A leap second (`:60`) is not accepted: write the next second (`:00` of the next minute).",
        "Không nhận giây nhuận (`:60`): hãy ghi giây kế tiếp (`:00` của phút sau).",
    )
}

/// `t`, or [`leap_second_refused`] when it is a leap second.
pub(crate) fn no_leap_second(
    t: DateTime<FixedOffset>,
) -> crate::error::Result<DateTime<FixedOffset>> {
    if t.naive_local().nanosecond() >= 1_000_000_000 {
        return Err(leap_second_refused());
    }
    Ok(t)
}

/// Reads an instant as chrono does, refusing a leap second.
pub(crate) fn deserialize<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<DateTime<FixedOffset>, D::Error> {
    let t = <DateTime<FixedOffset> as serde::Deserialize>::deserialize(d)?;
    no_leap_second(t).map_err(|e| crate::json::by_hand::nested(&e))
}

/// [`deserialize`] for an optional instant.
pub(crate) fn deserialize_opt<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
    deserialize(d).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, TimeZone};

    /// Every path (fast and fallback) gives chrono's own serialised string.
    #[test]
    fn same_text_as_chrono() {
        let offsets = [
            0,
            7 * 3600,
            -5 * 3600 - 30 * 60,
            14 * 3600,
            -12 * 3600,
            5 * 3600 + 45 * 60,
            3600 + 17,
            -59,
        ];
        let nanos = [
            0,
            1,
            999,
            1_000,
            120_000,
            1_000_000,
            500_000_000,
            999_999_999,
            1_500_000_000,
        ];
        let mut checked = 0;
        for (i, year) in [-1, 0, 9, 99, 999, 1970, 2026, 9999, 10_000]
            .into_iter()
            .enumerate()
        {
            for &off in &offsets {
                for &nano in &nanos {
                    let tz = FixedOffset::east_opt(off).unwrap();
                    let day = NaiveDate::from_ymd_opt(
                        year,
                        1 + (i as u32 * 5) % 12,
                        1 + (i as u32 * 7) % 28,
                    )
                    .unwrap();
                    // 23:59:59 so that a leap-second nanosecond value is representable.
                    let Some(naive) = day.and_hms_nano_opt(23, 59, 59, nano) else {
                        continue;
                    };
                    let t = tz.from_local_datetime(&naive).unwrap();
                    let chrono_text = serde_json::to_string(&t).unwrap();
                    let mut ours = String::from("\"");
                    push(&t, &mut ours);
                    ours.push('"');
                    assert_eq!(ours, chrono_text, "{t:?}");
                    let via_serde = serialize(&t, serde_json::value::Serializer).unwrap();
                    assert_eq!(via_serde, serde_json::to_value(t).unwrap());
                    checked += 1;
                }
            }
        }
        assert!(checked > 500, "{checked}");
        let none: Option<DateTime<FixedOffset>> = None;
        assert_eq!(
            serialize_opt(&none, serde_json::value::Serializer).unwrap(),
            serde_json::Value::Null
        );
    }
}
