//! The checked-in JSON Schemas in `schemas/` match the Rust types. Regenerate with
//! `QUYCHE_BLESS=1 cargo test -p quyche --test schemas`.

use std::collections::BTreeSet;
use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../schemas")
}

fn bless() -> bool {
    std::env::var_os("QUYCHE_BLESS").is_some_and(|v| v == "1")
}

#[test]
fn checked_in_schemas_match_the_types() {
    let dir = dir();
    let mut stale = Vec::new();
    for (name, schema) in quyche::schema::all() {
        let path = dir.join(format!("{name}.schema.json"));
        let want = quyche::schema::to_file_text(&schema);
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        if have != want {
            if bless() {
                std::fs::write(&path, &want).unwrap();
            } else {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale or missing schemas (run `QUYCHE_BLESS=1 cargo test -p quyche --test schemas`): {stale:?}"
    );
}

#[test]
fn no_schema_file_lacks_a_type() {
    let known: BTreeSet<String> = quyche::schema::all()
        .iter()
        .map(|(n, _)| format!("{n}.schema.json"))
        .collect();
    let mut orphans = Vec::new();
    for entry in std::fs::read_dir(dir()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.ends_with(".schema.json") && !known.contains(&name) {
            if bless() {
                std::fs::remove_file(dir().join(&name)).unwrap();
            } else {
                orphans.push(name);
            }
        }
    }
    assert!(
        orphans.is_empty(),
        "schema files with no type in quyche::schema::all(): {orphans:?}"
    );
}

#[test]
fn schema_names_are_unique_and_kebab_case() {
    let all = quyche::schema::all();
    let names: BTreeSet<&str> = all.iter().map(|(n, _)| *n).collect();
    assert_eq!(names.len(), all.len(), "duplicate schema names");
    for n in names {
        assert!(
            n.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "schema name `{n}` is not kebab-case"
        );
    }
}

#[test]
fn regulation_schema_requires_the_fields_the_loader_requires() {
    // The schema is what other languages validate against before calling from_json: it must
    // demand the same top-level fields as the Rust type.
    let all = quyche::schema::all();
    let (_, reg) = all.iter().find(|(n, _)| *n == "regulation").unwrap();
    let required: BTreeSet<&str> = reg
        .get("required")
        .and_then(|r| r.as_array())
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    for field in [
        "id",
        "version",
        "instrument",
        "catalogue",
        "register",
        "matrix",
        "workflow",
        "reporting",
    ] {
        assert!(required.contains(field), "`{field}` not required");
    }
}

/// True when `description` is "English. — Vietnamese." with text on both sides of the dash.
fn is_bilingual(description: &str) -> bool {
    description
        .split_once(" — ")
        .is_some_and(|(en, vi)| !en.trim().is_empty() && !vi.trim().is_empty())
}

/// Every member of every object schema in `node`, at any depth (`$defs`, `oneOf` variants,
/// `items`…), as `(pointer, description)`.
fn members<'a>(
    node: &'a serde_json::Value,
    pointer: &str,
    out: &mut Vec<(String, Option<&'a str>)>,
) {
    match node {
        serde_json::Value::Object(map) => {
            if let Some(props) = map.get("properties").and_then(|p| p.as_object()) {
                for (name, member) in props {
                    let description = member.get("description").and_then(|d| d.as_str());
                    out.push((format!("{pointer}/properties/{name}"), description));
                }
            }
            for (key, child) in map {
                members(child, &format!("{pointer}/{key}"), out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                members(child, &format!("{pointer}/{i}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_regulation_member_has_an_english_and_vietnamese_description() {
    // Issue 14: the regulation document's schema describes every table and field in both
    // languages ("English. — Tiếng Việt."), so that an editor explains each member as the team
    // types. Read from the checked-in file, which is what editors load.
    let text = std::fs::read_to_string(dir().join("regulation.schema.json")).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut all = Vec::new();
    members(&schema, "#", &mut all);
    // The walk reaches top-level members, `$defs` members and `oneOf` variants' members.
    for reached in [
        "#/properties/version",
        "#/$defs/Label/properties/vi",
        "#/$defs/ActorRule/oneOf/0/properties/kind",
        "#/$defs/Limit/oneOf/0/properties/hours",
    ] {
        assert!(
            all.iter().any(|(p, _)| p == reached),
            "{reached} not reached"
        );
    }
    let missing: Vec<&str> = all
        .iter()
        .filter(|(_, d)| !d.is_some_and(is_bilingual))
        .map(|(p, _)| p.as_str())
        .collect();
    assert!(
        missing.is_empty(),
        "{} of {} members of regulation.schema.json lack an \"English. — Tiếng Việt.\" \
         description: {missing:#?}",
        missing.len(),
        all.len()
    );
}
