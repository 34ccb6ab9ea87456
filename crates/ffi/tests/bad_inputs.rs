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
    vietnamese_only(err)
}

/// The English words of `tests/bad-inputs/english-words.txt`.
fn english_words() -> std::collections::HashSet<String> {
    let text = std::fs::read_to_string(dir().join("english-words.txt")).expect("word list");
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

/// The English words in the Vietnamese text `text`, by the rule of `english-words.txt`: quoted
/// spans (`…`, "…", “…”) removed, then every word of ASCII letters only that is in the list.
fn english_in(text: &str, words: &std::collections::HashSet<String>) -> Vec<String> {
    unquoted(text)
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_lowercase)
        .filter(|w| words.contains(w))
        .collect()
}

/// The text with its quoted spans (`…`, "…", “…”) removed.
fn unquoted(text: &str) -> String {
    let mut bare = String::new();
    let mut close: Option<char> = None;
    for c in text.chars() {
        match close {
            Some(end) if c == end => close = None,
            Some(_) => {}
            None => match c {
                '`' | '"' => close = Some(c),
                '“' => close = Some('”'),
                _ => bare.push(c),
            },
        }
    }
    bare
}

/// The ids of the built-in bodies, commands and case statuses: a message names a body or a step
/// by its name; an id appears only quoted (an unknown id echoed, the id to use instead).
fn bare_ids_in(text: &str) -> Vec<String> {
    thread_local! {
        static IDS: Vec<String> = {
            let reg = quyche::Regulation::khanh_hoa();
            let mut ids: Vec<String> = reg.register.bodies.iter().map(|b| b.id.as_str().to_string()).collect();
            ids.extend(quyche::vocab::CommandKind::ids().filter(|i| i.contains('_')).map(String::from));
            ids
        };
    }
    let bare = unquoted(text);
    let words: Vec<&str> = bare
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
        .collect();
    IDS.with(|ids| {
        ids.iter()
            .filter(|id| words.contains(&id.as_str()))
            .cloned()
            .collect()
    })
}

/// `Err` naming an English fragment, or a bare id, in the Vietnamese texts of `err`
/// (`message_vi`, `help_vi`, then those of each error in `related`).
fn vietnamese_only(err: &Value) -> Result<(), String> {
    thread_local! {
        static WORDS: std::collections::HashSet<String> = english_words();
    }
    for key in ["message_vi", "help_vi"] {
        if let Some(text) = err.get(key).and_then(Value::as_str) {
            let found = WORDS.with(|w| english_in(text, w));
            if !found.is_empty() {
                return Err(format!("English {found:?} in `{key}`: {text}"));
            }
            let ids = bare_ids_in(text);
            if !ids.is_empty() {
                return Err(format!("ids {ids:?} instead of names in `{key}`: {text}"));
            }
        }
    }
    for r in err
        .get("related")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        vietnamese_only(r)?;
    }
    Ok(())
}

/// The check finds what it must: serde's English planted in a Vietnamese sentence, and nothing
/// in the Vietnamese that echoes input or names an API item in quotes.
#[test]
fn the_english_check_finds_a_planted_fragment() {
    let w = english_words();
    let planted = [
        "Giá trị không hợp lệ: unknown variant `facebook`, expected one of `a`, `b`.",
        "Thời điểm không hợp lệ: a timezone-aware datetime.",
        "Sai kiểu dữ liệu: invalid type: string \"x\", expected u8.",
        "Thiếu trường: missing field.",
    ];
    for text in planted {
        assert!(!english_in(text, &w).is_empty(), "not found in: {text}");
    }
    let clean = [
        "Giá trị `facebook` không có trong danh mục; các giá trị hợp lệ: social_network, press.",
        "Dùng mã cơ quan có trong quy chế, hoặc đăng ký cơ quan trước bằng `Regulation.register_body`.",
        "Sai kiểu dữ liệu: nhận chuỗi \"the unknown value\", cần true hoặc false.",
        "Cơ quan này đã chấm dứt hoạt động; Sở Văn hóa (`so-vhttdl`) thực hiện thay.",
    ];
    for text in clean {
        assert_eq!(english_in(text, &w), Vec::<String>::new(), "{text}");
    }
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

/// The cases the entries tamper with or continue (`fixtures/<name>-case.json`) are still what the
/// rules make of their steps (`fixtures/<name>-steps.json`): the 22-step lifecycle, a meeting
/// concluded not violating, a confidential case with a proposal left open. Regenerate with
/// `QUYCHE_BLESS=1` after a change to the rules or the format.
#[test]
fn the_case_fixtures_are_what_the_rules_produce() {
    for (name, status) in [
        ("lifecycle", "closed"),
        ("meeting", "assessed"),
        ("secret", "handled"),
    ] {
        let steps: Value = serde_json::from_str(
            &std::fs::read_to_string(dir().join(format!("fixtures/{name}-steps.json")))
                .expect("steps"),
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
            assert!(!case.is_null(), "{name} step {i} refused: {out}");
        }
        assert_eq!(case["status"], status, "{name}");
        let path = dir().join(format!("fixtures/{name}-case.json"));
        let text = serde_json::to_string_pretty(&case).expect("case JSON") + "\n";
        if std::env::var_os("QUYCHE_BLESS").is_some() {
            std::fs::write(&path, &text).expect("write fixture");
        }
        let stored = std::fs::read_to_string(&path).expect("fixture (QUYCHE_BLESS=1 writes it)");
        assert_eq!(
            stored, text,
            "{name} fixture out of date: rerun with QUYCHE_BLESS=1"
        );
    }
}

/// The kind of decoding failure an error's English message shows (serde's categories, and the
/// reader's syntax errors), if it is one.
fn decode_kind(code: &str, message: &str) -> Option<&'static str> {
    const CUSTOM: &[&str] = &[
        "premature end of input",
        "input contains invalid characters",
        "trailing input",
        "input is out of range",
        "value is missing",
        "no possible date and time matching input",
    ];
    let m = message.to_lowercase();
    Some(match () {
        _ if code == "INVALID_JSON" && m.contains("eof") => "eof",
        _ if code == "INVALID_JSON" => "syntax",
        _ if m.contains("unknown variant") => "unknown_variant",
        _ if m.contains("unknown member") || m.contains("unknown field") => "unknown_field",
        _ if m.contains("missing field") => "missing_field",
        _ if m.contains("duplicate field") || m.contains("duplicate key") => "duplicate_field",
        _ if m.contains("invalid type") => "invalid_type",
        _ if m.contains("invalid value") => "invalid_value",
        _ if m.contains("invalid length") => "invalid_length",
        _ if CUSTOM.iter().any(|c| m.contains(c)) => "custom",
        _ => return None,
    })
}

/// Every error code and every kind of decoding failure is among the answers of the shared
/// entries, so the Vietnamese-only check (run on every answer, here and in the Python and
/// JavaScript runners) reads each of them.
#[test]
fn the_entries_walk_every_error_code_and_decode_failure_kind() {
    fn walk(err: &Value, codes: &mut Vec<String>, kinds: &mut Vec<&'static str>) {
        let code = err["code"].as_str().unwrap_or_default();
        codes.push(code.to_string());
        if let Some(k) = decode_kind(code, err["message"].as_str().unwrap_or_default()) {
            kinds.push(k);
        }
        for r in err["related"].as_array().into_iter().flatten() {
            walk(r, codes, kinds);
        }
    }
    let (mut codes, mut kinds) = (Vec::new(), Vec::new());
    for (_, entry) in entries() {
        let method = entry["method"].as_str().unwrap_or_default();
        let answer: Value = serde_json::from_str(&call(method, &args_text(&entry))).unwrap();
        if let Some(err) = answer.get("error") {
            walk(err, &mut codes, &mut kinds);
        }
    }
    // Two codes the JSON-string API has no method for: a reporting period without a window rule
    // (`Period::window`, reached by the bindings' report compilation) and a territory outside
    // the regulation (`Regulation::governing`). Made here through the core's API.
    let mut reg = quyche::Regulation::khanh_hoa();
    reg.reporting.windows.clear();
    let period = quyche::report::Period::of_year(quyche::rules::Frequency::SixMonthly, 2026);
    let day = quyche::chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    let ha_noi = quyche::org::TerritoryId::new("ha-noi");
    // And a fixed-size array of the wrong length (serde's `invalid length`): no input of the
    // JSON-string API has one (the report document's motto, `[vi, en]`, is output).
    let short: quyche::Result<[String; 2]> = quyche::json::from_str(r#"["Độc lập"]"#);
    for e in [
        short.unwrap_err(),
        period.window(&reg).map(|_| ()).unwrap_err(),
        quyche::Regulation::khanh_hoa()
            .governing(&ha_noi, day)
            .map(|_| ())
            .unwrap_err(),
    ] {
        let v = quyche_ffi::error_to_value(&e);
        vietnamese_only(&v).unwrap();
        walk(&v, &mut codes, &mut kinds);
    }
    let missing: Vec<&str> = quyche::ErrorCode::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| !codes.iter().any(|x| x == c))
        .collect();
    assert!(missing.is_empty(), "codes no entry produces: {missing:?}");
    let missing: Vec<&str> = [
        "eof",
        "syntax",
        "unknown_variant",
        "unknown_field",
        "missing_field",
        "duplicate_field",
        "invalid_type",
        "invalid_value",
        "invalid_length",
        "custom",
    ]
    .into_iter()
    .filter(|k| !kinds.contains(k))
    .collect();
    assert!(
        missing.is_empty(),
        "decode failures no entry produces: {missing:?}"
    );
}
