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
use quyche::case::{
    ActionKind, CaseStatus, Channel, CommandKind, ContentKind, DetectionSource, DismissReason,
    Method, Outcome, PlatformKind, RemovalTarget, Topic, Verdict,
};
use quyche::duty::{Activity, Participation};
use quyche::error::{Error, Result};
use quyche::law::Status;
use quyche::org::{Body, Role};
use quyche::regulation::Regulation;
use quyche::report::{Frequency, ReportLevel, WorkKind};
use quyche::text::Label;
use quyche::time::HolidayKind;
use serde::Serialize;

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
            let shown: String = t.chars().take(40).collect();
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
    reg.bodies.iter().filter(|b| b.exists_on(day)).collect()
}

/// One value of a controlled vocabulary: its stable serialised id and its bilingual label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Term {
    /// The id as it appears in JSON, e.g. `"lead_agency"`, `"C-ocr"`.
    pub id: String,
    /// Its name in Vietnamese and English.
    pub label: Label,
}

/// The names accepted by [`vocabulary`].
pub const VOCABULARIES: [&str; 22] = [
    "role",
    "activity",
    "participation",
    "status",
    "case_status",
    "command",
    "platform_kind",
    "content_kind",
    "topic",
    "detection_source",
    "channel",
    "method",
    "verdict",
    "dismiss_reason",
    "action_kind",
    "outcome",
    "removal_target",
    "holiday_kind",
    "work_kind",
    "frequency",
    "report_level",
    "lang",
];

fn terms<T: Serialize + Copy>(values: &[T], label: impl Fn(T) -> Label) -> Vec<Term> {
    values
        .iter()
        .map(|v| Term {
            id: serde_json::to_value(v)
                .ok()
                .and_then(|j| j.as_str().map(String::from))
                .unwrap_or_default(),
            label: label(*v),
        })
        .collect()
}

/// Every value of the vocabulary `name` (one of [`VOCABULARIES`]) with its label, in declaration
/// order, so that user interfaces show the library's own names for roles, states, commands, …
/// An unknown name is [`ErrorCode::InvalidInput`](quyche::ErrorCode::InvalidInput) at `""`.
///
/// ```
/// let roles = quyche_ffi::vocabulary("role").unwrap();
/// assert_eq!(roles[0].id, "lead_agency");
/// let st = quyche_ffi::vocabulary("case_status").unwrap();
/// assert_eq!(st.last().unwrap().label.vi, "Đã loại");
/// ```
pub fn vocabulary(name: &str) -> Result<Vec<Term>> {
    use quyche::text::Lang;
    Ok(match name {
        "role" => terms(&Role::ALL, |v| v.label()),
        "activity" => terms(&Activity::ALL, |v| v.label()),
        "participation" => {
            use Participation::*;
            let all = [
                Lead, Coordinate, Execute, Propose, Appraise, Notify, Report, Publish,
            ];
            terms(&all, |v| v.label())
        }
        "status" => {
            use Status::*;
            terms(&[Confirmed, ConfirmedOcr, Partial, Unconfirmed], |v| {
                v.label()
            })
        }
        "case_status" => terms(CaseStatus::ALL, |v| v.label()),
        "command" => terms(CommandKind::ALL, |v| v.label()),
        "platform_kind" => terms(PlatformKind::ALL, |v| v.label()),
        "content_kind" => terms(ContentKind::ALL, |v| v.label()),
        "topic" => terms(Topic::ALL, |v| v.label()),
        "detection_source" => terms(DetectionSource::ALL, |v| v.label()),
        "channel" => terms(Channel::ALL, |v| v.label()),
        "method" => terms(Method::ALL, |v| v.label()),
        "verdict" => terms(Verdict::ALL, |v| v.label()),
        "dismiss_reason" => terms(DismissReason::ALL, |v| v.label()),
        "action_kind" => terms(ActionKind::ALL, |v| v.label()),
        "outcome" => terms(Outcome::ALL, |v| v.label()),
        "removal_target" => terms(RemovalTarget::ALL, |v| v.label()),
        "holiday_kind" => {
            let mut all = HolidayKind::STATUTORY.to_vec();
            all.push(HolidayKind::Other);
            terms(&all, |v| v.label())
        }
        "work_kind" => terms(&WorkKind::ALL, |v| v.label()),
        "frequency" => {
            use Frequency::*;
            terms(&[SixMonthly, Annual, AdHoc], |v| v.label())
        }
        "report_level" => terms(&[ReportLevel::Body, ReportLevel::Consolidated], |v| {
            v.label()
        }),
        "lang" => terms(&[Lang::Vi, Lang::En], |v| match v {
            Lang::Vi => Label::new("Tiếng Việt", "Vietnamese"),
            Lang::En => Label::new("Tiếng Anh", "English"),
        }),
        other => {
            let shown: String = other.chars().take(40).collect();
            return Err(Error::invalid(
                "",
                format!(
                    "unknown vocabulary `{shown}`; expected one of {}",
                    VOCABULARIES.join(", ")
                ),
                format!(
                    "không có danh mục `{shown}`; các danh mục: {}",
                    VOCABULARIES.join(", ")
                ),
            ));
        }
    })
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

    #[test]
    fn every_vocabulary_lists_serialised_ids_with_both_labels() {
        for name in VOCABULARIES {
            let terms = vocabulary(name).unwrap();
            assert!(!terms.is_empty(), "{name}");
            for t in &terms {
                assert!(
                    !t.id.is_empty() && !t.label.vi.is_empty() && !t.label.en.is_empty(),
                    "{name}"
                );
            }
        }
        // Status ids are the legal pack's codes (legal/README.md header).
        let ids: Vec<String> = vocabulary("status")
            .unwrap()
            .into_iter()
            .map(|t| t.id)
            .collect();
        assert_eq!(ids, ["C", "C-ocr", "P", "U"]);
        assert_eq!(
            vocabulary("nope").unwrap_err().code.as_str(),
            "INVALID_INPUT"
        );
    }
}
