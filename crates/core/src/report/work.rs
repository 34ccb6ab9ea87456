//! Work outside cases that a report counts (training, propaganda, press reviews…): the kinds are
//! the regulation's data (`reporting.work_kinds`), each with the provisions a record may cite.

use crate::error::{Error, ErrorCode, Result};
use crate::law::Citation;
use crate::org::BodyId;
use crate::regulation::Regulation;
use crate::rules::WorkKindId;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One piece of work outside cases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct WorkRecord {
    /// What kind of work (a kind of the regulation's `reporting.work_kinds`).
    pub kind: WorkKindId,
    /// The body that did it.
    pub body: BodyId,
    /// When (Vietnam calendar day).
    pub date: NaiveDate,
    /// A short title. It stays with the record: reports count records, they never copy titles.
    pub title: String,
    /// The provision carried out: one the kind lists, or a part of one (default: the kind's
    /// first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation: Option<Citation>,
}

impl WorkRecord {
    /// A record of `kind` citing the kind's usual provision.
    pub fn new(kind: &str, body: &str, date: NaiveDate, title: &str) -> WorkRecord {
        WorkRecord {
            kind: WorkKindId::new(kind),
            body: BodyId::new(body),
            date,
            citation: None,
            title: crate::text::nfc(title),
        }
    }

    /// Checks the record: the kind is the regulation's (`/kind`), the body exists on its date
    /// ([`ErrorCode::UnknownAgency`] at `/body`) and the citation fits the kind (`/citation`).
    pub fn check(&self, reg: &Regulation) -> Result<()> {
        let Some(kind) = reg.reporting.work_kind(&self.kind) else {
            let known: Vec<&str> = reg
                .reporting
                .work_kinds
                .iter()
                .map(|k| k.id.as_str())
                .collect();
            return Err(Error::invalid(
                "/kind",
                format!(
                    "The regulation has no work kind `{}`; its kinds: {}.",
                    crate::text::echo(self.kind.as_str()),
                    known.join(", ")
                ),
                format!(
                    "Quy chế không có loại hoạt động `{}`; các loại: {}.",
                    crate::text::echo(self.kind.as_str()),
                    crate::text::code_list(known.iter().copied())
                ),
            ));
        };
        if !reg.register.body_exists_on(&self.body, self.date) {
            return Err(Error::new(
                ErrorCode::UnknownAgency,
                format!(
                    "Body `{}` is unknown or does not exist on {}.",
                    crate::text::echo(self.body.as_str()),
                    self.date
                ),
                format!(
                    "Cơ quan `{}` không có hoặc không tồn tại vào ngày {}.",
                    crate::text::echo(self.body.as_str()),
                    self.date.format("%d/%m/%Y")
                ),
            )
            .at("/body"));
        }
        if crate::json::MAX_STRING_CHARS < self.title.chars().count() {
            return Err(Error::new(
                ErrorCode::InputTooLarge,
                "The title is too long.",
                "Tiêu đề quá dài.",
            )
            .at("/title"));
        }
        let Some(c) = &self.citation else {
            return Ok(());
        };
        if kind.citations.iter().any(|k| c.is_within(k)) {
            return Ok(());
        }
        let list: Vec<String> = kind.citations.iter().map(|c| c.key()).collect();
        Err(Error::invalid(
            "/citation",
            format!(
                "A {} record cites {}, not {}.",
                kind.label.en,
                list.join(" or "),
                c.key()
            ),
            format!(
                "Hoạt động \"{}\" phải dẫn {}, không phải {}.",
                kind.label.vi,
                list.join(" hoặc "),
                c.key()
            ),
        )
        .with_citations(kind.citations.clone()))
    }
}
