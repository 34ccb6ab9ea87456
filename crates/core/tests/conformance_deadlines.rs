//! Runs every reporting-deadline scenario of `tests/conformance/deadlines/*.json` (format in the
//! README.md there) through the Rust API: the built-in regulation with the scenario's `patch`
//! applied to its JSON document and loaded with full validation, then the window, due dates per
//! level, skipped holidays and calendar entries, or the expected refusal with its citations.

use chrono::NaiveDate;
use quyche::Regulation;
use quyche::report::{Period, reporting_calendar};
use quyche::rules::ReportLevel;
use serde_json::Value;
use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance/deadlines")
}

fn date(v: &Value) -> Result<NaiveDate, String> {
    v.as_str()
        .and_then(|s| s.parse().ok())
        .ok_or(format!("not a date: {v}"))
}

fn level(name: &str) -> Result<ReportLevel, String> {
    serde_json::from_value(Value::String(name.into())).map_err(|e| format!("level {name}: {e}"))
}

/// The built-in regulation's document with the `["set", pointer, value]` operations applied.
fn patched(ops: &Value) -> Result<String, String> {
    let mut doc = quyche::json::to_value(Regulation::khanh_hoa_ref()).map_err(|e| e.to_string())?;
    for op in ops.as_array().into_iter().flatten() {
        let (kind, ptr, value) = (&op[0], op[1].as_str().unwrap_or_default(), &op[2]);
        if kind != "set" {
            return Err(format!("unknown patch op {kind}"));
        }
        *doc.pointer_mut(ptr).ok_or(format!("no {ptr} to set"))? = value.clone();
    }
    Ok(doc.to_string())
}

/// The loaded regulation, then the period's window: the first refusal of either.
fn load(sc: &Value) -> Result<(Regulation, Period, quyche::report::Window), quyche::Error> {
    let text = patched(&sc["patch"]).map_err(|e| quyche::Error::invalid("", e, ""))?;
    let mut reg = Regulation::from_json(&text)?;
    for r in sc["register"].as_array().into_iter().flatten() {
        reg.register_body_json(&r.to_string())?;
    }
    let input = &sc["input"];
    let period: Period = quyche::json::from_value(serde_json::json!({
        "frequency": input["frequency"], "year": input["year"]
    }))?;
    let window = period.window(&reg)?;
    Ok((reg, period, window))
}

/// The refusal `e` is the one `expect` names: code, pointer and the citations it must give.
fn refused_as(e: &quyche::Error, expect: &Value) -> Result<(), String> {
    let code = expect["error"].as_str().unwrap_or_default();
    if e.code.as_str() != code {
        return Err(format!("error {} ({}) != {code}", e.code, e.message));
    }
    if e.path.as_deref() != expect["path"].as_str() {
        return Err(format!("path {:?} != {}", e.path, expect["path"]));
    }
    for key in expect["citations"].as_array().into_iter().flatten() {
        if !e
            .citations
            .iter()
            .any(|c| c.key() == key.as_str().unwrap_or_default())
        {
            return Err(format!("{key} not cited: {:?}", e.citations));
        }
    }
    Ok(())
}

fn run(path: &PathBuf) -> Result<(), String> {
    let sc: Value =
        serde_json::from_str(&std::fs::read_to_string(path).map_err(|e| e.to_string())?)
            .map_err(|e| e.to_string())?;
    for k in ["name", "description", "cites", "input", "expect"] {
        if sc.get(k).is_none() {
            return Err(format!("missing `{k}`"));
        }
    }
    let expect = &sc["expect"];
    let as_of = date(&sc["input"]["as_of"])?;
    let (reg, p, window) = match (load(&sc), expect.get("error")) {
        (Err(e), Some(_)) => return refused_as(&e, expect),
        (Err(e), None) => return Err(format!("refused: {e} at {:?}", e.path)),
        (Ok(_), Some(code)) => return Err(format!("accepted, expected {code}")),
        (Ok(x), None) => x,
    };
    let w = &expect["window"];
    if (window.from, window.to) != (date(&w["from"])?, date(&w["to"])?) {
        return Err(format!("window {} → {} != {w}", window.from, window.to));
    }
    let cal: Vec<_> = reporting_calendar(&reg, p.year, as_of)
        .map_err(|e| e.to_string())?
        .into_iter()
        .filter(|x| x.period == p)
        .collect();
    if expect["no_entries"].as_bool() == Some(true) {
        return match cal.is_empty() {
            true => Ok(()),
            false => Err(format!("{} entries, expected none", cal.len())),
        };
    }
    if cal.is_empty() {
        return Err("no calendar entry".into());
    }
    for (name, want) in expect["due"].as_object().ok_or("no `due`")? {
        let lv = level(name)?;
        let want = date(want)?;
        let of_level: Vec<_> = cal.iter().filter(|x| x.level == lv).collect();
        if of_level.is_empty() {
            return Err(format!("no {name} entry"));
        }
        if let Some(x) = of_level.iter().find(|x| x.due != want) {
            return Err(format!("{name} {}: due {} != {want}", x.body, x.due));
        }
    }
    for (name, want) in expect["skipped"].as_object().into_iter().flatten() {
        let lv = level(name)?;
        let want: Vec<NaiveDate> = want
            .as_array()
            .ok_or("skipped is a list")?
            .iter()
            .map(date)
            .collect::<Result<_, _>>()?;
        for x in cal.iter().filter(|x| x.level == lv) {
            let got: Vec<NaiveDate> = x.skipped.iter().map(|h| h.date).collect();
            if got != want {
                return Err(format!("{name} {}: skipped {got:?} != {want:?}", x.body));
            }
        }
    }
    for e in expect["entries"].as_array().into_iter().flatten() {
        let x = cal
            .iter()
            .find(|x| x.obligation == e["obligation"] && x.body.as_str() == e["body"])
            .ok_or(format!("no entry {e}"))?;
        let got = serde_json::to_value(x).map_err(|e| e.to_string())?;
        for (k, v) in e.as_object().ok_or("entry is an object")? {
            if &got[k] != v {
                return Err(format!(
                    "entry {}/{}: {k} = {} != {v}",
                    e["obligation"], e["body"], got[k]
                ));
            }
        }
    }
    Ok(())
}

fn scenario_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn file_name(p: &std::path::Path) -> String {
    p.file_name().unwrap().to_string_lossy().into_owned()
}

fn report(failures: Vec<String>, total: usize) {
    assert!(
        failures.is_empty(),
        "{} of {} scenarios failed:\n{}",
        failures.len(),
        total,
        failures.join("\n")
    );
}

#[test]
fn reporting_deadline_scenarios() {
    let files = scenario_files();
    assert!(
        files.len() >= 12,
        "at least 12 scenarios, found {}",
        files.len()
    );
    let failures: Vec<String> = files
        .iter()
        .filter_map(|f| run(f).err().map(|e| format!("{}: {e}", file_name(f))))
        .collect();
    report(failures, files.len());
}
