//! The built-in Khánh Hòa data set, assembled from the JSON tables in `crates/core/data/`.

use super::Regulation;
use std::sync::OnceLock;

const TABLES: [(&str, &str); 9] = [
    (
        "instruments",
        include_str!("../../data/khanh-hoa-2086/instruments.json"),
    ),
    (
        "provisions",
        include_str!("../../data/khanh-hoa-2086/provisions.json"),
    ),
    // The regulation's own provision tree (Điều 1–9), appended to the same `provisions` table.
    (
        "provisions",
        include_str!("../../data/khanh-hoa-2086/regulation-provisions.json"),
    ),
    (
        "grounds",
        include_str!("../../data/khanh-hoa-2086/grounds.json"),
    ),
    (
        "time_limits",
        include_str!("../../data/khanh-hoa-2086/time-limits.json"),
    ),
    (
        "bodies",
        include_str!("../../data/khanh-hoa-2086/bodies.json"),
    ),
    (
        "assignments",
        include_str!("../../data/khanh-hoa-2086/assignments.json"),
    ),
    (
        "duties",
        include_str!("../../data/khanh-hoa-2086/duties.json"),
    ),
    (
        "chapters",
        include_str!("../../data/khanh-hoa-2086/chapters.json"),
    ),
];
const META: &str = include_str!("../../data/khanh-hoa-2086/regulation.json");
const WORKFLOW: &str = include_str!("../../data/khanh-hoa-2086/workflow.json");
const REPORTING: &str = include_str!("../../data/khanh-hoa-2086/reporting.json");

/// Parses the tables once. The data ships with the crate and is checked by this crate's tests,
/// so a failure here is a build defect, reported with the table name and JSON pointer.
pub(super) fn khanh_hoa() -> &'static Regulation {
    static REG: OnceLock<Regulation> = OnceLock::new();
    REG.get_or_init(|| match assemble() {
        Ok(r) => r,
        // The data is compiled in and tested; this cannot be reached by user input.
        Err(e) => panic!("built-in Khánh Hòa data is invalid: {e}"),
    })
}

pub(super) fn assemble() -> crate::Result<Regulation> {
    let mut doc: serde_json::Map<String, serde_json::Value> = crate::json::from_str(META)?;
    for (key, text) in TABLES {
        let rows: Vec<serde_json::Value> =
            crate::json::from_str(text).map_err(|e| e.under(&format!("/{key}")))?;
        match doc.get_mut(key) {
            Some(serde_json::Value::Array(existing)) => existing.extend(rows),
            _ => {
                doc.insert(key.to_string(), serde_json::Value::Array(rows));
            }
        }
    }
    let workflow: serde_json::Value =
        crate::json::from_str(WORKFLOW).map_err(|e| e.under("/workflow"))?;
    doc.insert("workflow".to_string(), workflow);
    let reporting: serde_json::Value =
        crate::json::from_str(REPORTING).map_err(|e| e.under("/reporting"))?;
    doc.insert("reporting".to_string(), reporting);
    let reg: Regulation = crate::json::from_value(serde_json::Value::Object(doc))?;
    reg.validate()?;
    Ok(reg)
}

#[cfg(test)]
mod tests {
    #[test]
    fn builtin_data_is_valid() {
        let r = super::assemble();
        assert!(r.is_ok(), "{:?}", r.err());
    }
}
