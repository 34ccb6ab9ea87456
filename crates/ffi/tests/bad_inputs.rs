//! Runs every hostile input of `tests/bad-inputs/*.jsonl` through `json_api::call` and checks
//! the stable code and JSON pointer it must be refused with (or, for input that is valid once
//! normalised, the values of the answer). The format is in `tests/bad-inputs/README.md`; the
//! Python and JavaScript suites run the same files.

use quyche_ffi::json_api::call;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/bad-inputs")
}

/// Expands the placeholders of the README anywhere in `v`: `{"repeat": s, "times": n}` is `s`
/// repeated `n` times; `{"fixture": name, "patch"?: [[op, pointer, value?], ...], "select"?:
/// pointer}` is `fixtures/<name>.json` with the patch applied, then the value at `select`.
fn expand(v: &Value) -> Value {
    match v {
        Value::Object(m) if m.len() == 2 && m.contains_key("repeat") && m.contains_key("times") => {
            let s = m["repeat"].as_str().expect("repeat is a string");
            let n = m["times"].as_u64().expect("times is a count") as usize;
            Value::String(s.repeat(n))
        }
        Value::Object(m) if m.contains_key("fixture") => {
            let name = m["fixture"].as_str().expect("fixture name");
            let text = std::fs::read_to_string(dir().join(format!("fixtures/{name}.json")))
                .expect("fixture file");
            let mut doc: Value = serde_json::from_str(&text).expect("fixture JSON");
            for op in m
                .get("patch")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                patch(&mut doc, &expand(op));
            }
            match m.get("select").and_then(Value::as_str) {
                Some(p) => doc.pointer(p).expect("select pointer").clone(),
                None => doc,
            }
        }
        Value::Object(m) => Value::Object(m.iter().map(|(k, x)| (k.clone(), expand(x))).collect()),
        Value::Array(a) => Value::Array(a.iter().map(expand).collect()),
        other => other.clone(),
    }
}

/// Applies one patch operation: `["set", p, v]` (replace, add a member, or append with `-`),
/// `["remove", p]`, `["truncate", p, n]` (keep the first `n` items of the array at `p`).
fn patch(doc: &mut Value, op: &Value) {
    let op = op.as_array().expect("patch op is an array");
    let (name, pointer) = (
        op[0].as_str().expect("op"),
        op[1].as_str().expect("pointer"),
    );
    if name == "truncate" {
        let n = op[2].as_u64().expect("count") as usize;
        let a = doc.pointer_mut(pointer).and_then(Value::as_array_mut);
        a.expect("array to truncate").truncate(n);
        return;
    }
    let (parent, last) = pointer.rsplit_once('/').expect("pointer has a parent");
    let last = last.replace("~1", "/").replace("~0", "~");
    let target = doc.pointer_mut(parent).expect("parent exists");
    match (name, target) {
        ("set", Value::Object(m)) => {
            m.insert(last, op[2].clone());
        }
        ("set", Value::Array(a)) if last == "-" => a.push(op[2].clone()),
        ("set", Value::Array(a)) => a[last.parse::<usize>().expect("index")] = op[2].clone(),
        ("remove", Value::Object(m)) => {
            m.remove(&last);
        }
        ("remove", Value::Array(a)) => {
            a.remove(last.parse::<usize>().expect("index"));
        }
        (other, _) => panic!("unknown patch op {other}"),
    }
}

/// The `args_text` of an entry: a string, or parts (strings and repeat objects) concatenated.
fn args_text(entry: &Value) -> String {
    if let Some(t) = entry.get("args_text") {
        match expand(t) {
            Value::String(s) => s,
            Value::Array(parts) => parts
                .iter()
                .map(|p| p.as_str().expect("text part").to_string())
                .collect(),
            other => panic!("args_text must be text or parts, not {other}"),
        }
    } else {
        serde_json::to_string(&expand(&entry["args"])).expect("args serialise")
    }
}

/// Checks one entry; `Err` says how the answer differs from the expectation. An error
/// expectation may bound the length of the error's texts with `message_max_chars`.
fn check(entry: &Value) -> Result<(), String> {
    let method = entry["method"].as_str().ok_or("no method")?;
    let out = call(method, &args_text(entry));
    let answer: Value = serde_json::from_str(&out).map_err(|e| format!("answer not JSON: {e}"))?;
    let expect = &entry["expect"];
    if let Some(checks) = expect.get("ok") {
        let ok = answer
            .get("ok")
            .ok_or_else(|| format!("expected success, got {}", short(&answer)))?;
        for (pointer, want) in checks.as_object().ok_or("expect.ok is an object")? {
            let got = ok.pointer(pointer);
            if got != Some(want) {
                return Err(format!("at {pointer}: expected {want}, got {got:?}"));
            }
        }
        return Ok(());
    }
    let err = answer
        .get("error")
        .ok_or_else(|| format!("accepted silently: {}", short(&answer)))?;
    let want = (&expect["code"], expect.get("path").unwrap_or(&Value::Null));
    let got = (&err["code"], err.get("path").unwrap_or(&Value::Null));
    if want != got {
        return Err(format!(
            "expected {} at {}, got {} at {}: {}",
            want.0, want.1, got.0, got.1, err["message"]
        ));
    }
    if let Some(max) = expect.get("message_max_chars") {
        let max = max.as_u64().ok_or("message_max_chars is a count")? as usize;
        longest_text(err, max)?;
    }
    Ok(())
}

/// `Err` naming the first of the texts of `err` (`message`, `message_vi`, `help`, `help_vi`,
/// then those of each error in `related`) longer than `max` characters (Unicode scalar values).
fn longest_text(err: &Value, max: usize) -> Result<(), String> {
    for key in ["message", "message_vi", "help", "help_vi"] {
        if let Some(text) = err.get(key).and_then(Value::as_str) {
            let n = text.chars().count();
            if n > max {
                let start: String = text.chars().take(80).collect();
                return Err(format!(
                    "`{key}` has {n} characters, more than {max}: {start}…"
                ));
            }
        }
    }
    for r in err
        .get("related")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        longest_text(r, max)?;
    }
    Ok(())
}

fn short(v: &Value) -> String {
    let s = v.to_string();
    s.chars().take(300).collect()
}

fn entries() -> Vec<(String, Value)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir())
        .expect("tests/bad-inputs exists")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("readable");
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}:{}: {e}", f.display(), i + 1));
            let file = f.file_name().unwrap_or_default().to_string_lossy();
            out.push((format!("{file}:{}", i + 1), v));
        }
    }
    out
}

#[test]
fn every_hostile_input_is_refused_with_its_code_and_pointer() {
    let all = entries();
    assert!(all.len() >= 100, "only {} hostile inputs", all.len());
    let mut names = std::collections::HashSet::new();
    let mut failures = Vec::new();
    for (at, entry) in &all {
        let name = entry["name"].as_str().unwrap_or("?");
        assert!(
            names.insert(name.to_string()),
            "{at}: duplicate name {name}"
        );
        if let Err(e) = check(entry) {
            failures.push(format!("{at} {name}: {e}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} failed:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}

/// The regulation fixture is the built-in Khánh Hòa document, as JSON.
#[test]
fn the_regulation_fixture_is_the_builtin_document() {
    let path = dir().join("fixtures/khanh-hoa-regulation.json");
    let text = quyche_ffi::regulation_khanh_hoa_json() + "\n";
    if std::env::var_os("QUYCHE_BLESS").is_some() {
        std::fs::write(&path, &text).expect("write fixture");
    }
    let stored = std::fs::read_to_string(&path).expect("fixture (QUYCHE_BLESS=1 writes it)");
    assert!(
        stored == text,
        "fixture out of date: rerun with QUYCHE_BLESS=1"
    );
}

/// The 22-step case the entries tamper with (`fixtures/lifecycle-case.json`) is still what the
/// rules produce: regenerate with `QUYCHE_BLESS=1` after a change to the rules or the format.
#[test]
fn the_lifecycle_fixture_is_what_the_rules_produce() {
    let steps: Value = serde_json::from_str(
        &std::fs::read_to_string(dir().join("fixtures/lifecycle-steps.json")).expect("steps"),
    )
    .expect("steps JSON");
    let mut case = Value::Null;
    for (i, s) in steps.as_array().expect("steps array").iter().enumerate() {
        let (method, mut args) = if i == 0 {
            ("case.start", json!({}))
        } else {
            ("case.apply", json!({ "case": case }))
        };
        for k in ["command", "actor", "at"] {
            args[k] = s[k].clone();
        }
        let out: Value = serde_json::from_str(&call(method, &args.to_string())).expect("JSON");
        case = out["ok"]["case"].clone();
        assert!(!case.is_null(), "step {i} refused: {out}");
    }
    assert_eq!(case["status"], "closed");
    let path = dir().join("fixtures/lifecycle-case.json");
    let text = serde_json::to_string_pretty(&case).expect("case JSON") + "\n";
    if std::env::var_os("QUYCHE_BLESS").is_some() {
        std::fs::write(&path, &text).expect("write fixture");
    }
    let stored = std::fs::read_to_string(&path).expect("fixture (QUYCHE_BLESS=1 writes it)");
    assert_eq!(
        stored, text,
        "fixture out of date: rerun with QUYCHE_BLESS=1"
    );
}
