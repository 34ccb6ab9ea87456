//! Vietnam time: every date in the library is a day in UTC+07:00 (Vietnam has kept this single
//! offset, without daylight saving, since 1975).
//!
//! Fact times always carry an offset (DESIGN.md, "Three kinds of time"): a timestamp without one
//! is refused rather than guessed. There is no clock here — the caller passes "now".

use crate::error::{Error, ErrorCode, Result};
use chrono::{DateTime, FixedOffset, NaiveDate};

/// Vietnam's offset from UTC: +07:00.
pub const VN_OFFSET: FixedOffset = match FixedOffset::east_opt(7 * 3600) {
    Some(o) => o,
    None => panic!("+07:00 is a valid offset"),
};

/// The same instant expressed in Vietnam time (UTC+07:00).
///
/// ```
/// use quyche::time::{parse_instant, to_vn};
/// let t = parse_instant("2026-02-16T20:30:00Z").unwrap();
/// assert_eq!(to_vn(t).to_rfc3339(), "2026-02-17T03:30:00+07:00");
/// ```
pub fn to_vn(t: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
    t.with_timezone(&VN_OFFSET)
}

/// The calendar day in Vietnam on which the instant `t` falls.
///
/// ```
/// use quyche::time::{parse_instant, vn_date};
/// use chrono::NaiveDate;
/// // 20:30 UTC on 16 Feb is already 17 Feb in Vietnam.
/// let t = parse_instant("2026-02-16T20:30:00Z").unwrap();
/// assert_eq!(vn_date(&t), NaiveDate::from_ymd_opt(2026, 2, 17).unwrap());
/// ```
pub fn vn_date(t: &DateTime<FixedOffset>) -> NaiveDate {
    t.with_timezone(&VN_OFFSET).date_naive()
}

/// Parses an RFC 3339 timestamp that carries an explicit offset (`Z`, `+07:00`, …) and returns it
/// in Vietnam time.
///
/// A timestamp without an offset (e.g. `2026-02-17T08:00:00`) is refused with
/// [`ErrorCode::InvalidInput`]: a fact time must say which clock it was read on.
///
/// ```
/// use quyche::time::parse_instant;
/// let t = parse_instant("2026-02-17T08:00:00+07:00").unwrap();
/// assert_eq!(t.to_rfc3339(), "2026-02-17T08:00:00+07:00");
/// let e = parse_instant("2026-02-17T08:00:00").unwrap_err();
/// assert_eq!(e.code.as_str(), "INVALID_INPUT");
/// ```
pub fn parse_instant(s: &str) -> Result<DateTime<FixedOffset>> {
    let s = s.trim();
    match DateTime::parse_from_rfc3339(s) {
        Ok(t) => super::rfc3339::no_leap_second(to_vn(t)),
        Err(_) if looks_naive(s) => Err(Error::new(
            ErrorCode::InvalidInput,
            format!("timestamp {:?} has no UTC offset", crate::text::echo(s)),
            format!("thời điểm \"{}\" không ghi múi giờ", crate::text::echo(s)),
        )
        .with_help(
            "Add the offset, e.g. \"2026-02-17T08:00:00+07:00\" for Vietnam time.",
            "Ghi thêm múi giờ, ví dụ \"2026-02-17T08:00:00+07:00\" cho giờ Việt Nam.",
        )),
        Err(e) => Err(Error::new(
            ErrorCode::InvalidInput,
            format!("timestamp {:?} is not RFC 3339: {e}", crate::text::echo(s)),
            format!(
                "thời điểm \"{}\" không đúng định dạng RFC 3339 (năm-tháng-ngàyTgiờ:phút:giây+múi giờ).",
                crate::text::echo(s)
            ),
        )
        .with_help(
            "Use RFC 3339 with an offset, e.g. \"2026-02-17T08:00:00+07:00\".",
            "Dùng định dạng RFC 3339 có múi giờ, ví dụ \"2026-02-17T08:00:00+07:00\".",
        )),
    }
}

/// True when `s` parses as a date-time once an offset is added: the input lacked only the offset.
fn looks_naive(s: &str) -> bool {
    ["T", "t", " "].iter().any(|sep| {
        s.contains(sep)
            && chrono::NaiveDateTime::parse_from_str(s, &format!("%Y-%m-%d{sep}%H:%M:%S%.f"))
                .is_ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offset_is_seven_hours() {
        assert_eq!(VN_OFFSET.local_minus_utc(), 25_200);
    }

    #[test]
    fn naive_timestamp_names_the_missing_offset() {
        let e = parse_instant("2026-02-17 08:00:00").unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidInput);
        assert!(e.message.contains("no UTC offset"), "{}", e.message);
        assert!(e.message_vi.contains("múi giờ"));
    }

    #[test]
    fn garbage_is_invalid_input() {
        let e = parse_instant("17/02/2026").unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidInput);
        assert!(e.message.contains("not RFC 3339"));
    }
}
