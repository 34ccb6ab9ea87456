//! A periodic report (Điều 8) in one call, for bindings: the cases, the data window or the
//! period, the reporter, work outside cases and the free-text sections, as one request value
//! whose JSON pointers match the errors of [`compile_report`](quyche::report::compile_report)
//! (`/cases/<i>/…`, `/window/…`, `/reporter`, `/work/<i>/…`).
//!
//! ```
//! let reg = quyche::Regulation::khanh_hoa_ref();
//! let req = serde_json::json!({"cases": [], "period": {"frequency": "six_monthly", "year": 2026},
//!                              "reporter": "so-vhttdl"});
//! let report = quyche_ffi::compile_report_value(reg, req).unwrap();
//! assert_eq!(report.window.from.to_string(), "2025-12-15");
//! let both = serde_json::json!({"cases": [], "reporter": "so-vhttdl"});
//! let e = quyche_ffi::compile_report_value(reg, both).unwrap_err();
//! assert_eq!(e.path.as_deref(), Some("/window"));
//! ```

use quyche::case::Case;
use quyche::error::{Error, Result};
use quyche::org::BodyId;
use quyche::regulation::Regulation;
use quyche::report::{CheckedCases, Period, PeriodicReport, ReportOptions, Window, WorkRecord};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Everything a periodic report is compiled from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct ReportRequest {
    /// The case logs (each is checked by replaying its events).
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(type = "(Case | CaseData)[]"))]
    pub cases: Vec<Case>,
    /// The data window; give this or `period`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window: Option<Window>,
    /// The periodic report (its window comes from the regulation's rules); give this or
    /// `window`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// The reporting body.
    pub reporter: BodyId,
    /// Work outside cases (training, propaganda, press review…).
    #[serde(default)]
    pub work: Vec<WorkRecord>,
    /// Difficulties and obstacles (Điều 8.2, 9.3), one per line.
    #[serde(default)]
    pub difficulties: Vec<String>,
    /// Proposals (Điều 8.1, 8.2), one per line.
    #[serde(default)]
    pub proposals: Vec<String>,
    /// List case ids in the missed deadlines (off by default: a user-chosen id may carry
    /// personal data, and ids have no place in a document sent upward).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub include_case_ids: bool,
}

/// Compiles the report a request describes: the window (given, or the period's under the
/// regulation's rules; exactly one of them, else [`ErrorCode::InvalidInput`](quyche::ErrorCode)
/// at `/window`), then [`CheckedCases::compile_with`](quyche::report::CheckedCases::compile_with), [`PeriodicReport::with_work`] and
/// [`PeriodicReport::with_sections`].
pub fn compile_report_request(reg: &Regulation, req: &ReportRequest) -> Result<PeriodicReport> {
    let window = match (req.window, req.period) {
        (Some(w), None) => w,
        (None, Some(p)) => p.window(reg).map_err(|e| e.under("/period"))?,
        _ => {
            return Err(Error::invalid(
                "/window",
                "Give either a data window or a period (not both).",
                "Cần cho kỳ số liệu hoặc kỳ báo cáo (chỉ một trong hai).",
            ));
        }
    };
    let difficulties: Vec<&str> = req.difficulties.iter().map(String::as_str).collect();
    let proposals: Vec<&str> = req.proposals.iter().map(String::as_str).collect();
    let options = ReportOptions {
        include_case_ids: req.include_case_ids,
    };
    Ok(CheckedCases::new(reg, &req.cases)?
        .compile_with(window, &req.reporter, options)?
        .with_work(reg, &req.work)?
        .with_sections(&difficulties, &proposals))
}

/// [`compile_report_request`] from a JSON value (NFC-normalised first), with JSON pointers into
/// it on a wrong shape.
pub fn compile_report_value(reg: &Regulation, value: serde_json::Value) -> Result<PeriodicReport> {
    let req: ReportRequest = quyche::json::from_value(quyche::json::budget::check_value(value)?)?;
    compile_report_request(reg, &req)
}

/// [`compile_report_request`] from JSON text (size check, NFC).
pub fn compile_report_json(reg: &Regulation, text: &str) -> Result<PeriodicReport> {
    let req: ReportRequest = crate::parse(text)?;
    compile_report_request(reg, &req)
}

#[cfg(test)]
mod tests {
    use super::*;
    use quyche::ErrorCode;

    #[test]
    fn window_and_period_give_the_same_report() {
        let reg = Regulation::khanh_hoa_ref();
        let by_period = compile_report_json(
            reg,
            r#"{"period":{"frequency":"six_monthly","year":2026},"reporter":"so-vhttdl"}"#,
        )
        .unwrap();
        let by_window = compile_report_json(
            reg,
            r#"{"window":{"from":"2025-12-15","to":"2026-06-14"},"reporter":"so-vhttdl"}"#,
        )
        .unwrap();
        assert_eq!(by_period, by_window);
    }

    #[test]
    fn an_ad_hoc_period_has_no_window() {
        // NĐ 09/2019 Điều 12 fixes windows for periodic reports only.
        let reg = Regulation::khanh_hoa_ref();
        let e = compile_report_json(
            reg,
            r#"{"period":{"frequency":"ad_hoc","year":2026},"reporter":"so-vhttdl"}"#,
        )
        .unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidInput);
        assert_eq!(e.path.as_deref(), Some("/period/frequency"));
    }

    #[test]
    fn sections_are_kept_and_unknown_members_refused() {
        let reg = Regulation::khanh_hoa_ref();
        let r = compile_report_json(
            reg,
            r#"{"period":{"frequency":"annual","year":2026},"reporter":"so-vhttdl",
                "difficulties":["Thiếu nhân lực"],"proposals":["  "]}"#,
        )
        .unwrap();
        assert_eq!(r.difficulties, vec!["Thiếu nhân lực".to_string()]);
        assert!(r.proposals.is_empty());
        let e = compile_report_json(reg, r#"{"reporter":"so-vhttdl","lang":"vi"}"#).unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidInput);
    }
}
