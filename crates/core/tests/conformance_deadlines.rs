//! Runs every reporting-deadline scenario of `tests/conformance/deadlines/*.json` (format in the
//! README.md there) through the Rust API: window, due dates per level, skipped holidays, calendar
//! entries, or the expected validation error.

#![allow(clippy::result_large_err)]

use chrono::NaiveDate;
use quyche::Regulation;
use quyche::org::{Body, RoleAssignment};
use quyche::report::{MonthDay, Period, ReportLevel, reporting_calendar};
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

/// Applies the scenario's `config` overrides to the regulation's reporting rules.
fn configure(reg: &mut Regulation, c: &Value, frequency: &Value) -> Result<(), String> {
    let dl = &mut reg.reporting.deadlines;
    let gap = |k: &str| c.get(k).and_then(Value::as_u64).map(|n| n as u32);
    if let Some(n) = gap("minimum_gap") {
        dl.minimum.working_days = n;
    }
    if let Some(n) = gap("body_gap") {
        dl.body.working_days = n;
    }
    if let Some(n) = gap("consolidated_gap") {
        dl.consolidated.working_days = n;
    }
    if let Some(w) = c.get("window") {
        let f = serde_json::from_value(frequency.clone()).map_err(|e| e.to_string())?;
        let rule = reg
            .reporting
            .windows
            .iter_mut()
            .find(|r| r.frequency == f)
            .ok_or("no window rule to configure")?;
        for (key, slot) in [("start", &mut rule.start), ("end", &mut rule.end)] {
            if let Some(v) = w.get(key) {
                *slot = serde_json::from_value::<MonthDay>(v.clone()).map_err(|e| e.to_string())?;
            }
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
    let mut reg = Regulation::khanh_hoa();
    for r in sc["register"].as_array().unwrap_or(&vec![]) {
        let body: Body = serde_json::from_value(r["body"].clone()).map_err(|e| e.to_string())?;
        let roles: Vec<RoleAssignment> =
            serde_json::from_value(r["roles"].clone()).map_err(|e| e.to_string())?;
        reg.register_body(body, roles)
            .map_err(|e| format!("register: {e}"))?;
    }
    let input = &sc["input"];
    let expect = &sc["expect"];
    configure(
        &mut reg,
        sc.get("config").unwrap_or(&Value::Null),
        &input["frequency"],
    )?;
    let period: Result<Period, String> = serde_json::from_value(serde_json::json!({
        "frequency": input["frequency"], "year": input["year"]
    }))
    .map_err(|e| e.to_string());
    let as_of = date(&input["as_of"])?;
    let outcome = reg
        .validate_reporting()
        .and_then(|()| {
            period
                .clone()
                .map_err(|e| quyche::Error::invalid("/", e, ""))
        })
        .and_then(|p| p.window(&reg).map(|w| (p, w)));
    let (p, window) = match (outcome, expect.get("error")) {
        (Err(e), Some(code)) => {
            if e.code.as_str() != code.as_str().unwrap_or_default() {
                return Err(format!("error {} ({}) != {code}", e.code, e.message));
            }
            if e.path.as_deref() != expect["path"].as_str() {
                return Err(format!("path {:?} != {}", e.path, expect["path"]));
            }
            return Ok(());
        }
        (Err(e), None) => return Err(format!("refused: {e}")),
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

#[test]
fn reporting_deadline_scenarios() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 12,
        "at least 12 scenarios, found {}",
        files.len()
    );
    let failures: Vec<String> = files
        .iter()
        .filter_map(|f| {
            run(f)
                .err()
                .map(|e| format!("{}: {e}", f.file_name().unwrap().to_string_lossy()))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} scenarios failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
