//! The flat table of cases, for data-frame tools (pandas, Polars, a spreadsheet): one row per
//! case, one scalar (or a list of short codes) per cell, the columns fixed and typed so that a
//! binding can turn instants into its own date-time values. Each row is a [`CaseRow`], so the
//! table carries **no personal data** (no officer's name, no author's handle, no URL; for a case
//! touching Party or State secrets not even its summary or platform).
//!
//! ```
//! use quyche::report::{CASE_COLUMNS, CellKind, case_cells};
//! # use quyche::case::{Actor, Case, Command};
//! let reg = quyche::Regulation::khanh_hoa_ref();
//! let cmd = Command::from_json(r#"{"type":"detect","source":"press_review","content":{
//!     "platform":"Facebook","platform_kind":"social_network","kind":"post","summary":"Tin đồn",
//!     "author_handle":"nguoi.dang"}}"#).unwrap();
//! let at = chrono::DateTime::parse_from_rfc3339("2026-03-02T08:00:00+07:00").unwrap();
//! let (case, _) = Case::start(reg, cmd, &Actor::body("so-vhttdl"), at).unwrap();
//! let cells = case_cells(&quyche::report::case_row(reg, &case));
//! let at = CASE_COLUMNS.iter().position(|c| c.name == "detected_at").unwrap();
//! assert_eq!(CASE_COLUMNS[at].kind, CellKind::Instant);
//! assert_eq!(cells[at], "2026-03-02T08:00:00+07:00");
//! assert!(!serde_json::to_string(&cells).unwrap().contains("nguoi.dang"));
//! ```

use super::figures::NamedBody;
use super::listing::CaseRow;
use serde::Serialize;
use serde_json::Value;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellKind {
    /// Text or a code of a controlled vocabulary; `null` when absent.
    Text,
    /// A count.
    Count,
    /// True or false.
    Flag,
    /// A calendar day, `YYYY-MM-DD` (Vietnam time).
    Date,
    /// An instant, RFC 3339 with its offset (Vietnam time); `null` when absent.
    Instant,
    /// A list of codes (topics, citation keys, platform responses).
    Codes,
}

/// One column of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// Its name (a [`CaseRow`] member, or `detected_by_name_vi` / `_en` for the name of the
    /// detecting body).
    pub name: &'static str,
    /// What it holds.
    pub kind: CellKind,
}

const fn col(name: &'static str, kind: CellKind) -> Column {
    Column { name, kind }
}

use CellKind::{Codes, Count, Date, Flag, Instant, Text};

/// The columns, in order: the members of [`CaseRow`], the detecting body split into its id and
/// its names, the grounds as citation keys (`"24/2018/QH14:8.1.d"`).
pub const CASE_COLUMNS: [Column; 32] = [
    col("case_id", Text),
    col("regulation", Text),
    col("status", Text),
    col("confidential", Flag),
    col("summary", Text),
    col("platform", Text),
    col("platform_kind", Text),
    col("content_kind", Text),
    col("topics", Codes),
    col("law_date", Date),
    col("detected_by", Text),
    col("detected_by_name_vi", Text),
    col("detected_by_name_en", Text),
    col("source", Text),
    col("detected_at", Instant),
    col("notified_by", Text),
    col("received_at", Instant),
    col("consulted", Count),
    col("opinions", Count),
    col("verdict", Text),
    col("grounds", Codes),
    col("concluded_at", Instant),
    col("label", Text),
    col("actions", Count),
    col("actions_open", Count),
    col("removal_requests", Count),
    col("platform_responses", Codes),
    col("announcements", Count),
    col("ended_at", Instant),
    col("dismiss_reason", Text),
    col("events", Count),
    col("head_hash", Text),
];

/// A value as its JSON form (vocabulary codes become their strings; `None` becomes `null`).
fn cell<T: Serialize>(v: &T) -> Value {
    crate::json::to_value(v).unwrap_or(Value::Null)
}

/// `row` as cells, in the order of [`CASE_COLUMNS`].
pub fn case_cells(row: &CaseRow) -> Vec<Value> {
    // Every member named: a member added to `CaseRow` cannot be left out of the table.
    let CaseRow {
        case_id,
        regulation,
        status,
        confidential,
        summary,
        platform,
        platform_kind,
        content_kind,
        topics,
        law_date,
        detected_by: NamedBody { body, name },
        source,
        detected_at,
        notified_by,
        received_at,
        consulted,
        opinions,
        verdict,
        grounds,
        concluded_at,
        label,
        actions,
        actions_open,
        removal_requests,
        platform_responses,
        announcements,
        ended_at,
        dismiss_reason,
        events,
        head_hash,
    } = row;
    let instant = |t: &Option<chrono::DateTime<chrono::FixedOffset>>| {
        t.map_or(Value::Null, |t| Value::String(t.to_rfc3339()))
    };
    let keys: Vec<String> = grounds.iter().map(|g| g.key()).collect();
    vec![
        cell(case_id),
        cell(regulation),
        cell(status),
        Value::Bool(*confidential),
        cell(summary),
        cell(platform),
        cell(platform_kind),
        cell(content_kind),
        cell(topics),
        Value::String(law_date.to_string()),
        cell(body),
        Value::String(name.vi.clone()),
        Value::String(name.en.clone()),
        cell(source),
        Value::String(detected_at.to_rfc3339()),
        cell(notified_by),
        instant(received_at),
        Value::from(*consulted),
        Value::from(*opinions),
        cell(verdict),
        cell(&keys),
        instant(concluded_at),
        cell(label),
        Value::from(*actions),
        Value::from(*actions_open),
        Value::from(*removal_requests),
        cell(platform_responses),
        Value::from(*announcements),
        instant(ended_at),
        cell(dismiss_reason),
        Value::from(*events),
        cell(head_hash),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cell_has_the_kind_of_its_column() {
        let reg = crate::Regulation::khanh_hoa();
        let case = crate::case::fixtures::detected_and_received(
            &reg,
            "Tin đồn",
            "2026-03-02T08:00:00+07:00",
        );
        let cells = case_cells(&super::super::case_row(&reg, &case));
        assert_eq!(cells.len(), CASE_COLUMNS.len());
        for (c, v) in CASE_COLUMNS.iter().zip(&cells) {
            let ok = match c.kind {
                Text | Instant => v.is_string() || v.is_null(),
                Count => v.is_u64(),
                Flag => v.is_boolean(),
                Date => v
                    .as_str()
                    .is_some_and(|d| d.parse::<chrono::NaiveDate>().is_ok()),
                Codes => v.as_array().is_some_and(|a| a.iter().all(Value::is_string)),
            };
            assert!(ok, "{}: {v}", c.name);
        }
        let at = |name| &cells[CASE_COLUMNS.iter().position(|c| c.name == name).unwrap()];
        assert_eq!(at("received_at"), "2026-03-02T09:00:00+07:00");
        assert_eq!(at("status"), "received");
        assert_eq!(at("verdict"), &Value::Null);
    }
}
