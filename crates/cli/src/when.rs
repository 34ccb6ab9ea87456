//! Dates and times as people type them on the command line: `dd/mm/yyyy` (as Vietnamese
//! documents write them) or ISO `yyyy-mm-dd`; a time as `dd/mm/yyyy HH:MM` in Vietnam time, or
//! RFC 3339 with an offset. Refusals are the core's error shape, at the option's pointer.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};
use quyche::error::Error;

const HELP_DATE_EN: &str = "Write the day as dd/mm/yyyy (03/08/2026) or yyyy-mm-dd (2026-08-03).";
const HELP_DATE_VI: &str =
    "Ghi ngày dạng ngày/tháng/năm (03/08/2026) hoặc năm-tháng-ngày (2026-08-03).";

/// `text` as a calendar day, refused at `at` (a JSON pointer naming the option).
pub fn date(text: &str, at: &str) -> quyche::Result<NaiveDate> {
    let t = text.trim();
    if t.contains('/') {
        return NaiveDate::parse_from_str(t, "%d/%m/%Y")
            .ok()
            .filter(|_| t.len() == 10)
            .ok_or_else(|| {
                let shown = quyche::text::echo(t);
                Error::invalid(
                    at,
                    format!("`{shown}` is not a calendar date written dd/mm/yyyy"),
                    format!("`{shown}` không phải ngày dạng ngày/tháng/năm (dd/mm/yyyy)"),
                )
                .with_help(HELP_DATE_EN, HELP_DATE_VI)
            });
    }
    quyche_ffi::parse_date(t).map_err(|e| e.at(at).with_help(HELP_DATE_EN, HELP_DATE_VI))
}

/// `text` as an instant: `dd/mm/yyyy HH:MM` in Vietnam time (UTC+07:00), or RFC 3339 with an
/// offset (the core's reader), refused at `at`.
pub fn instant(text: &str, at: &str) -> quyche::Result<DateTime<FixedOffset>> {
    let t = text.trim();
    if t.contains('/') {
        let vn = FixedOffset::east_opt(7 * 3600).expect("UTC+07:00 is a valid offset");
        return NaiveDateTime::parse_from_str(t, "%d/%m/%Y %H:%M")
            .ok()
            .and_then(|n| n.and_local_timezone(vn).single())
            .ok_or_else(|| {
                let shown = quyche::text::echo(t);
                Error::invalid(
                    at,
                    format!("`{shown}` is not a time written dd/mm/yyyy HH:MM"),
                    format!("`{shown}` không phải thời điểm dạng ngày/tháng/năm giờ:phút"),
                )
                .with_help(
                    "Example: \"20/05/2026 08:00\" (Vietnam time) or \"2026-05-20T08:00:00+07:00\".",
                    "Ví dụ: \"20/05/2026 08:00\" (giờ Việt Nam) hoặc \"2026-05-20T08:00:00+07:00\".",
                )
            });
    }
    quyche::time::parse_instant(t).map_err(|e| e.at(at))
}

/// A day as people read it: dd/mm/yyyy.
pub fn day(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_ways_of_writing_a_day_give_the_same_day() {
        let iso = date("2026-08-03", "/on").unwrap();
        assert_eq!(date("03/08/2026", "/on").unwrap(), iso);
        assert_eq!(day(iso), "03/08/2026");
    }

    #[test]
    fn an_impossible_day_is_refused_at_the_option() {
        for bad in ["30/02/2026", "3/8/2026x", "2026-02-30", "tomorrow"] {
            let e = date(bad, "/on").unwrap_err();
            assert_eq!(
                (e.code.as_str(), e.path.as_deref()),
                ("INVALID_INPUT", Some("/on")),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_time_without_offset_is_vietnam_time() {
        let t = instant("20/05/2026 08:00", "/at").unwrap();
        assert_eq!(t, instant("2026-05-20T08:00:00+07:00", "/at").unwrap());
        let e = instant("2026-05-20T08:00:00", "/at").unwrap_err();
        assert_eq!(e.path.as_deref(), Some("/at"));
    }
}
