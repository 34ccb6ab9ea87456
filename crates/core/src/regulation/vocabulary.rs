//! The words a user interface shows: every value of a vocabulary with its stable id and its
//! bilingual label. The engine's closed vocabularies (case states, commands, verdicts…) are the
//! same for every regulation; the open ones (roles, Điều 6's activities, action kinds, report
//! work kinds) come from the regulation's data.

use super::Regulation;
use crate::duty::Participation;
use crate::error::{Error, Result};
use crate::law::Status;
use crate::rules::{Frequency, ReportLevel};
use crate::text::{Label, echo};
use crate::time::HolidayKind;
use crate::vocab::*;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One value of a vocabulary: its id as it appears in JSON and its name in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Term {
    /// The id, e.g. `"lead_agency"`, `"C-ocr"`.
    pub id: String,
    /// Its name in Vietnamese and English.
    pub label: Label,
}

/// The names [`Regulation::vocabulary`] accepts.
pub const VOCABULARIES: [&str; 27] = [
    "role",
    "activity",
    "participation",
    "status",
    "case_status",
    "command",
    "platform_kind",
    "licensing",
    "content_kind",
    "topic",
    "detection_source",
    "channel",
    "method",
    "verdict",
    "dismiss_reason",
    "action_kind",
    "action_mode",
    "outcome",
    "removal_target",
    "platform_response",
    "trigger",
    "content_label",
    "priority",
    "holiday_kind",
    "work_kind",
    "frequency",
    "report_level",
];

fn term(id: &str, label: Label) -> Term {
    Term {
        id: id.to_string(),
        label,
    }
}

/// The terms of a closed vocabulary declared with `vocab!`.
macro_rules! closed {
    ($t:ty) => {
        <$t>::ALL
            .iter()
            .map(|v| term(v.as_str(), v.label()))
            .collect()
    };
}

impl Regulation {
    /// Every value of the vocabulary `name` (one of [`VOCABULARIES`]) with its label, in
    /// declaration order: the regulation's own roles, activities, action kinds and work kinds,
    /// and the engine's closed vocabularies. An unknown name is `INVALID_INPUT` at `""`.
    ///
    /// ```
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let roles = reg.vocabulary("role").unwrap();
    /// assert!(roles.iter().any(|t| t.id == "lead_agency"));
    /// let st = reg.vocabulary("status").unwrap();
    /// assert_eq!(st[1].id, "C-ocr");
    /// assert_eq!(reg.vocabulary("nope").unwrap_err().code.as_str(), "INVALID_INPUT");
    /// ```
    pub fn vocabulary(&self, name: &str) -> Result<Vec<Term>> {
        Ok(match name {
            "role" => self
                .register
                .roles
                .iter()
                .map(|r| term(r.id.as_str(), r.label.clone()))
                .collect(),
            "activity" => self
                .matrix
                .activities
                .iter()
                .map(|a| term(&a.id.0, a.label.clone()))
                .collect(),
            "action_kind" => self
                .workflow
                .actions
                .iter()
                .map(|a| term(a.id.as_str(), a.label.clone()))
                .collect(),
            "work_kind" => self
                .reporting
                .work_kinds
                .iter()
                .map(|w| term(&w.id.0, w.label.clone()))
                .collect(),
            "participation" => Participation::ALL
                .iter()
                .map(|p| term(p.as_str(), p.label()))
                .collect(),
            "status" => Status::ALL
                .iter()
                .map(|s| term(s.code(), s.label()))
                .collect(),
            "case_status" => closed!(CaseStatus),
            "command" => closed!(CommandKind),
            "platform_kind" => closed!(PlatformKind),
            "licensing" => closed!(Licensing),
            "content_kind" => closed!(ContentKind),
            "topic" => closed!(Topic),
            "detection_source" => closed!(DetectionSource),
            "channel" => closed!(Channel),
            "method" => closed!(Method),
            "verdict" => closed!(Verdict),
            "dismiss_reason" => closed!(DismissReason),
            "action_mode" => closed!(ActionMode),
            "outcome" => closed!(Outcome),
            "removal_target" => closed!(RemovalTarget),
            "platform_response" => closed!(PlatformResponse),
            "trigger" => closed!(Trigger),
            "content_label" => closed!(ContentLabel),
            "priority" => closed!(Priority),
            "holiday_kind" => HolidayKind::STATUTORY
                .iter()
                .chain([&HolidayKind::Other])
                .map(|h| term(h.as_str(), h.label()))
                .collect(),
            "frequency" => Frequency::ALL
                .iter()
                .map(|f| term(f.as_str(), f.label()))
                .collect(),
            "report_level" => ReportLevel::ALL
                .iter()
                .map(|l| term(l.as_str(), l.label()))
                .collect(),
            other => {
                let (shown, list) = (echo(other), VOCABULARIES.join(", "));
                return Err(Error::invalid(
                    "",
                    format!("There is no vocabulary `{shown}`; the vocabularies are: {list}."),
                    format!("Không có danh mục `{shown}`; các danh mục: {list}."),
                ));
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_vocabulary_lists_serialised_ids_with_both_labels() {
        let reg = Regulation::khanh_hoa_ref();
        for name in VOCABULARIES {
            let terms = reg.vocabulary(name).unwrap();
            assert!(!terms.is_empty(), "{name}");
            for t in &terms {
                assert!(
                    !t.id.is_empty() && !t.label.vi.is_empty() && !t.label.en.is_empty(),
                    "{name}"
                );
            }
        }
        // The ids are the serialised forms: a term's id decodes back to its value.
        for t in reg.vocabulary("case_status").unwrap() {
            let v: CaseStatus = serde_json::from_value(serde_json::json!(t.id)).unwrap();
            assert_eq!(v.as_str(), t.id);
        }
        for t in reg.vocabulary("holiday_kind").unwrap() {
            let v: HolidayKind = serde_json::from_value(serde_json::json!(t.id)).unwrap();
            assert_eq!(v.as_str(), t.id);
        }
        let ids: Vec<String> = reg
            .vocabulary("status")
            .unwrap()
            .into_iter()
            .map(|t| t.id)
            .collect();
        assert_eq!(ids, ["C", "C-ocr", "P", "U"]);
    }

    #[test]
    fn open_vocabularies_come_from_the_data() {
        let mut reg = Regulation::khanh_hoa();
        let n = reg.vocabulary("action_kind").unwrap().len();
        assert_eq!(n, reg.workflow.actions.len());
        reg.workflow.actions.truncate(1);
        assert_eq!(reg.vocabulary("action_kind").unwrap().len(), 1);
    }

    #[test]
    fn an_unknown_name_is_refused_in_both_languages() {
        let e = Regulation::khanh_hoa_ref().vocabulary("nope").unwrap_err();
        assert_eq!(e.code.as_str(), "INVALID_INPUT");
        assert_eq!(e.path.as_deref(), Some(""));
        assert!(e.message_vi.contains("Không có danh mục `nope`"));
    }
}
