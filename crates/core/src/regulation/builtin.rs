//! The built-in Khánh Hòa data set, assembled from the JSON tables in
//! `crates/core/data/khanh-hoa-2086/` into one regulation document: each table goes to its
//! place in the document (the pointer beside it), and the document is read and validated like
//! any other.

use super::Regulation;
use std::sync::OnceLock;

/// Each table and the array it fills in the document. Tables with the same pointer are
/// concatenated in this order.
const TABLES: [(&str, &str); 14] = [
    (
        "/chapters",
        include_str!("../../data/khanh-hoa-2086/chapters.json"),
    ),
    (
        "/catalogue/instruments",
        include_str!("../../data/khanh-hoa-2086/instruments.json"),
    ),
    (
        "/catalogue/provisions",
        include_str!("../../data/khanh-hoa-2086/provisions.json"),
    ),
    (
        "/catalogue/provisions",
        include_str!("../../data/khanh-hoa-2086/regulation-provisions.json"),
    ),
    (
        "/catalogue/grounds",
        include_str!("../../data/khanh-hoa-2086/grounds.json"),
    ),
    (
        "/catalogue/time_limits",
        include_str!("../../data/khanh-hoa-2086/time-limits.json"),
    ),
    (
        "/register/roles",
        include_str!("../../data/khanh-hoa-2086/roles.json"),
    ),
    (
        "/register/bodies",
        include_str!("../../data/khanh-hoa-2086/bodies.json"),
    ),
    (
        "/register/assignments",
        include_str!("../../data/khanh-hoa-2086/assignments.json"),
    ),
    (
        "/register/territories",
        include_str!("../../data/khanh-hoa-2086/territories.json"),
    ),
    (
        "/matrix/activities",
        include_str!("../../data/khanh-hoa-2086/activities.json"),
    ),
    (
        "/matrix/duties",
        include_str!("../../data/khanh-hoa-2086/duties.json"),
    ),
    (
        "/interpretations",
        include_str!("../../data/khanh-hoa-2086/interpretations.json"),
    ),
    (
        "/previous_versions",
        include_str!("../../data/khanh-hoa-2086/previous-versions.json"),
    ),
];

/// Tables that are whole objects of the document.
const PARTS: [(&str, &str); 3] = [
    (
        "",
        include_str!("../../data/khanh-hoa-2086/regulation.json"),
    ),
    (
        "/workflow",
        include_str!("../../data/khanh-hoa-2086/workflow.json"),
    ),
    (
        "/reporting",
        include_str!("../../data/khanh-hoa-2086/reporting.json"),
    ),
];

/// Parses the tables once. The data ships with the crate and is checked by this crate's tests,
/// so a failure here is a build defect, reported with the table's pointer.
pub(super) fn khanh_hoa() -> &'static Regulation {
    static REG: OnceLock<Regulation> = OnceLock::new();
    REG.get_or_init(|| match assemble() {
        Ok(r) => r,
        // The data is compiled in and tested; this cannot be reached by user input.
        Err(e) => panic!("built-in Khánh Hòa data is invalid: {e}"),
    })
}

/// The document the tables make, as a JSON value.
pub(super) fn document() -> crate::Result<serde_json::Value> {
    use serde_json::Value;
    let mut doc = Value::Object(serde_json::Map::new());
    for (at, text) in PARTS {
        let v: Value = crate::json::from_str(text).map_err(|e| e.under(at))?;
        put(&mut doc, at, v);
    }
    for (at, text) in TABLES {
        let rows: Vec<Value> = crate::json::from_str(text).map_err(|e| e.under(at))?;
        match doc.pointer_mut(at) {
            Some(Value::Array(existing)) => existing.extend(rows),
            _ => put(&mut doc, at, Value::Array(rows)),
        }
    }
    Ok(doc)
}

/// Sets the member at pointer `at` (creating the objects on the way); `""` merges an object
/// into the root.
fn put(doc: &mut serde_json::Value, at: &str, v: serde_json::Value) {
    use serde_json::Value;
    if at.is_empty() {
        if let (Value::Object(root), Value::Object(m)) = (doc, v) {
            root.extend(m);
        }
        return;
    }
    let mut cur = doc;
    let keys: Vec<&str> = at.trim_start_matches('/').split('/').collect();
    for (i, k) in keys.iter().enumerate() {
        let Value::Object(m) = cur else { return };
        if i + 1 == keys.len() {
            m.insert((*k).to_string(), v);
            return;
        }
        cur = m
            .entry((*k).to_string())
            .or_insert_with(|| Value::Object(serde_json::Map::new()));
    }
}

pub(super) fn assemble() -> crate::Result<Regulation> {
    let reg: Regulation = crate::json::from_value(document()?)?;
    reg.validate()?;
    Ok(reg)
}

#[cfg(test)]
mod tests {
    #[test]
    fn builtin_data_is_valid() {
        let r = super::assemble();
        assert!(r.is_ok(), "{:#?}", r.err());
    }
}
