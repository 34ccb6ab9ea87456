//! Every property of a command in `schemas/command.schema.json` (nested ones of the content,
//! the area and the trigger as `content.summary`, …) has a label and a help in
//! `quyche::vocab::command_fields()`, and the table names no property the schema lacks: the
//! forms of a user interface generated from the schema never fall back to a raw field name.

use serde_json::Value;
use std::collections::BTreeSet;

fn schema_fields() -> BTreeSet<String> {
    let all = quyche::schema::all();
    let (_, schema) = all.iter().find(|(n, _)| *n == "command").unwrap();
    let s = schema.as_value();
    let defs = &s["$defs"];
    let mut out = BTreeSet::new();
    for variant in s["oneOf"].as_array().unwrap() {
        for (name, prop) in variant["properties"].as_object().unwrap() {
            if name == "type" {
                continue;
            }
            out.insert(name.clone());
            // A nested object (`$ref` directly or through `anyOf` with null): its properties too.
            let refs: Vec<&Value> = std::iter::once(prop)
                .chain(prop["anyOf"].as_array().into_iter().flatten())
                .collect();
            for r in refs {
                let Some(target) = r["$ref"].as_str() else {
                    continue;
                };
                let def = &defs[target.trim_start_matches("#/$defs/")];
                for inner in def["properties"]
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|(k, _)| k)
                {
                    out.insert(format!("{name}.{inner}"));
                }
            }
        }
    }
    out
}

#[test]
fn every_command_field_of_the_schema_has_words_and_no_word_lacks_a_field() {
    let schema = schema_fields();
    let table: BTreeSet<String> = quyche::vocab::command_fields()
        .into_iter()
        .map(|f| f.id)
        .collect();
    let missing: Vec<_> = schema.difference(&table).collect();
    let extra: Vec<_> = table.difference(&schema).collect();
    assert!(missing.is_empty(), "fields without words: {missing:?}");
    assert!(extra.is_empty(), "words for no field: {extra:?}");
    assert!(schema.contains("content.summary") && schema.contains("trigger.at"));
}
