//! Small argument conversions and list queries that bindings would otherwise have to write
//! themselves: a calendar date from text, and the bodies that exist on a date.
//!
//! ```
//! let reg = quyche::Regulation::khanh_hoa_ref();
//! let day = quyche_ffi::parse_date("2025-04-24").unwrap();
//! // Đài PT-TH Khánh Hòa merged into Báo Khánh Hòa on 2025-04-24 (legal/README.md §5).
//! assert!(!quyche_ffi::bodies_on(reg, day).iter().any(|b| b.id.as_str() == "dai-ptth"));
//! let e = quyche_ffi::parse_date("24/04/2025").unwrap_err();
//! assert_eq!(e.code.as_str(), "INVALID_INPUT");
//! ```

use chrono::NaiveDate;
use quyche::error::{Error, Result};
use quyche::org::Body;
use quyche::regulation::Regulation;
pub use quyche::regulation::{Term, VOCABULARIES};

/// Parses a calendar date written `YYYY-MM-DD` (ISO 8601, as every date of the library is
/// serialised). Anything else, including an impossible day such as `2026-02-30`, is
/// [`ErrorCode::InvalidInput`](quyche::ErrorCode::InvalidInput) with path `""`.
pub fn parse_date(text: &str) -> Result<NaiveDate> {
    let t = text.trim();
    let well_formed = t.len() == 10
        && t.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
    well_formed
        .then(|| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok())
        .flatten()
        .ok_or_else(|| {
            let shown = quyche::text::echo(t);
            Error::invalid(
                "",
                format!("`{shown}` is not a calendar date written YYYY-MM-DD"),
                format!("`{shown}` không phải ngày dạng YYYY-MM-DD (năm-tháng-ngày)"),
            )
            .with_help("Example: \"2026-08-03\".", "Ví dụ: \"2026-08-03\".")
        })
}

/// The bodies of `reg` that exist on `day` (their validity contains it), in the regulation's
/// order: the bodies an officer can act for on that day.
pub fn bodies_on(reg: &Regulation, day: NaiveDate) -> Vec<&Body> {
    reg.register
        .bodies
        .iter()
        .filter(|b| b.exists_on(day))
        .collect()
}

/// Every value of the vocabulary `name` (one of [`VOCABULARIES`]) in `reg`, with its label
/// ([`Regulation::vocabulary`]): what user interfaces show for roles, states, commands, …
///
/// ```
/// let reg = quyche::Regulation::khanh_hoa_ref();
/// let st = quyche_ffi::vocabulary(reg, "case_status").unwrap();
/// assert_eq!(st[0].id, "detected");
/// ```
pub fn vocabulary(reg: &Regulation, name: &str) -> Result<Vec<Term>> {
    reg.vocabulary(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_parse_and_others_are_refused() {
        assert_eq!(
            parse_date(" 2020-08-12 ").unwrap(),
            NaiveDate::from_ymd_opt(2020, 8, 12).unwrap()
        );
        for bad in [
            "2026-02-30",
            "2026-2-3",
            "12/08/2020",
            "",
            "+2026-01-01",
            "２０２６-01-01",
        ] {
            let e = parse_date(bad).unwrap_err();
            assert_eq!(e.code.as_str(), "INVALID_INPUT", "{bad}");
            assert_eq!(e.path.as_deref(), Some(""));
        }
    }

    #[test]
    fn merged_radio_tv_exists_until_2025_04_23() {
        // legal/README.md §5: Đài PT-TH Khánh Hòa merged into Báo Khánh Hòa on 2025-04-24.
        let reg = Regulation::khanh_hoa_ref();
        let has = |d: &str| {
            bodies_on(reg, parse_date(d).unwrap())
                .iter()
                .any(|b| b.id.as_str() == "dai-ptth")
        };
        assert!(has("2025-04-23"));
        assert!(!has("2025-04-24"));
    }
}
