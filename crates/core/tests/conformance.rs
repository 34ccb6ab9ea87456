//! Runs every scenario of `tests/conformance/*.json` through the Rust API (the Python and JS
//! suites run the same files). `QUYCHE_BLESS=1` records each scenario's final head hash.

#![allow(clippy::result_large_err)]

use quyche::Regulation;
use quyche::case::{Actor, Case, Command, allowed_commands};
use quyche::org::{Body, RoleAssignment};
use serde_json::{Value, json};
use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance")
}

fn at(v: &Value) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(v.as_str().expect("at is a string"))
        .expect("at is RFC 3339")
}

fn codes(list: &[quyche::case::Advisory]) -> Vec<String> {
    list.iter()
        .map(|a| {
            serde_json::to_value(a.code)
                .unwrap()
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

/// Applies the scenario's tamper operation to a JSON array of events.
fn tamper(events: &mut Vec<Value>, t: &Value) {
    let i = t["index"].as_u64().unwrap() as usize;
    match t["op"].as_str().unwrap() {
        "edit" | "rehash_edit" => {
            let ptr = t["pointer"].as_str().unwrap();
            *events[i].pointer_mut(ptr).expect("pointer exists") = t["value"].clone();
            if t["op"] == "rehash_edit" {
                let ev: quyche::case::Event = serde_json::from_value(events[i].clone()).unwrap();
                events[i]["hash"] = json!(ev.compute_hash());
            }
        }
        "drop" => {
            events.remove(i);
        }
        "insert" => {
            let copy = events[i].clone();
            events.insert(i + 1, copy);
        }
        "swap" => events.swap(i, i + 1),
        other => panic!("unknown tamper op {other}"),
    }
}

fn run(path: &PathBuf, bless: bool) -> Result<Option<String>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let sc: Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let mut reg = Regulation::khanh_hoa();
    for r in sc["register"].as_array().unwrap_or(&vec![]) {
        let body: Body = serde_json::from_value(r["body"].clone()).map_err(|e| e.to_string())?;
        let roles: Vec<RoleAssignment> =
            serde_json::from_value(r["roles"].clone()).map_err(|e| e.to_string())?;
        reg.register_body(body, roles)
            .map_err(|e| format!("register: {e}"))?;
    }
    let mut case: Option<Case> = None;
    for (n, step) in sc["steps"].as_array().unwrap().iter().enumerate() {
        let ctx = format!("step {n} ({})", step["command"]["type"]);
        let expect = &step["expect"];
        let actor = Actor {
            body: quyche::org::BodyId::new(step["actor"].as_str().unwrap()),
            officer: step["officer"].as_str().map(String::from),
        };
        let result =
            Command::from_json(&step["command"].to_string()).and_then(|cmd| match case.as_mut() {
                None => Case::start(&reg, cmd, &actor, at(&step["at"])).map(|(c, advisories)| {
                    case = Some(c);
                    advisories
                }),
                Some(c) => c
                    .apply(&reg, cmd, &actor, at(&step["at"]))
                    .map(|a| a.advisories),
            });
        match (result, expect.get("error")) {
            (Ok(advisories), None) => {
                let c = case.as_ref().unwrap();
                // The step's event is the log's last (`Applied` lends it from there).
                let event = c.events.last().unwrap();
                let want = expect["status"].as_str().unwrap();
                if c.status.as_str() != want {
                    return Err(format!("{ctx}: status {} != {want}", c.status.as_str()));
                }
                let got = codes(&advisories);
                for a in expect["advisories"].as_array().unwrap_or(&vec![]) {
                    if !got.iter().any(|g| g == a.as_str().unwrap()) {
                        return Err(format!("{ctx}: advisory {a} missing from {got:?}"));
                    }
                }
                if let Some(d) = expect.get("deadline") {
                    let got = event
                        .effects
                        .deadline
                        .as_ref()
                        .ok_or(format!("{ctx}: no deadline"))?;
                    if u64::from(got.hours) != d["hours"].as_u64().unwrap()
                        || got.instrument != d["instrument"].as_str().unwrap()
                    {
                        return Err(format!(
                            "{ctx}: deadline {}h {} != {d}",
                            got.hours, got.instrument
                        ));
                    }
                }
                if let Some(r) = expect.get("recipients") {
                    let got = serde_json::to_value(
                        event
                            .effects
                            .recipients
                            .as_ref()
                            .ok_or(format!("{ctx}: no recipients"))?,
                    )
                    .unwrap();
                    if got["to"] != r["to"] || got["cc"] != r["cc"] {
                        return Err(format!("{ctx}: recipients {got} != {r}"));
                    }
                }
                if let Some(l) = expect.get("lead_agency") {
                    let got = event
                        .effects
                        .lead_agency
                        .as_ref()
                        .map(|b| b.as_str().to_string());
                    if got.as_deref() != l.as_str() {
                        return Err(format!("{ctx}: lead agency {got:?} != {l}"));
                    }
                }
            }
            (Ok(_), Some(code)) => return Err(format!("{ctx}: accepted, expected {code}")),
            (Err(e), None) => {
                return Err(format!(
                    "{ctx}: refused {} ({}), expected {}",
                    e.code, e.message, expect["status"]
                ));
            }
            (Err(e), Some(code)) => {
                if e.code.as_str() != code.as_str().unwrap() {
                    return Err(format!("{ctx}: error {} ({}) != {code}", e.code, e.message));
                }
                if let Some(p) = expect.get("path")
                    && e.path.as_deref() != p.as_str()
                {
                    return Err(format!("{ctx}: path {:?} != {p}", e.path));
                }
                if e.message.is_empty() || e.message_vi.is_empty() {
                    return Err(format!("{ctx}: error without messages"));
                }
            }
        }
    }
    for a in sc["allowed"].as_array().unwrap_or(&vec![]) {
        let actor = Actor::body(a["actor"].as_str().unwrap());
        let checks = allowed_commands(&reg, case.as_ref(), &actor, at(&a["at"]));
        let allowed: Vec<&str> = checks
            .iter()
            .filter(|c| c.allowed)
            .map(|c| c.command.as_str())
            .collect();
        let want: Vec<&str> = a["allowed"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        if allowed != want {
            return Err(format!(
                "allowed for {}: {allowed:?} != {want:?}",
                a["actor"]
            ));
        }
        for (cmd, code) in a["denied"].as_object().unwrap() {
            let c = checks
                .iter()
                .find(|c| c.command.as_str() == cmd)
                .ok_or(format!("no check for {cmd}"))?;
            if c.allowed
                || !c
                    .failures
                    .iter()
                    .any(|f| f.code.as_str() == code.as_str().unwrap())
            {
                return Err(format!(
                    "{cmd} for {}: expected denial {code}, got {:?}",
                    a["actor"],
                    c.failures.iter().map(|f| f.code).collect::<Vec<_>>()
                ));
            }
        }
    }
    let Some(case) = case else { return Ok(None) };
    // The log rebuilds the case exactly.
    let replayed = Case::replay(&reg, &case.events).map_err(|e| format!("replay: {e}"))?;
    if replayed != case {
        return Err("replay differs from the case".into());
    }
    // Moving the events in (a log the caller owns) rebuilds the same case.
    let owned =
        Case::replay_owned(&reg, case.events.clone()).map_err(|e| format!("replay_owned: {e}"))?;
    if owned != case {
        return Err("replay_owned differs from the case".into());
    }
    if let Some(t) = sc.get("tamper") {
        let mut events: Vec<Value> = case
            .events
            .iter()
            .map(|e| serde_json::to_value(e).unwrap())
            .collect();
        tamper(&mut events, t);
        let want = &sc["expect_replay"];
        match Case::replay_json(&reg, &Value::Array(events).to_string()) {
            Ok(_) => return Err("tampered log accepted".into()),
            Err(e) => {
                if e.code.as_str() != want["error"].as_str().unwrap()
                    || e.path.as_deref() != want["path"].as_str()
                {
                    return Err(format!("tampered: {} at {:?} != {want}", e.code, e.path));
                }
            }
        }
    }
    let head = case.head_hash().to_string();
    match sc.get("final_hash").and_then(Value::as_str) {
        Some(h) if h == head => Ok(None),
        _ if bless => Ok(Some(head)),
        Some(h) => Err(format!("final hash {head} != recorded {h}")),
        None => Err("no final_hash recorded: run with QUYCHE_BLESS=1".into()),
    }
}

#[test]
fn conformance_scenarios() {
    let bless = std::env::var("QUYCHE_BLESS").is_ok();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 40,
        "at least 40 scenarios, found {}",
        files.len()
    );
    let mut failures = Vec::new();
    for f in &files {
        match run(f, bless) {
            Ok(Some(head)) => {
                let mut sc: Value =
                    serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
                sc["final_hash"] = json!(head);
                std::fs::write(f, serde_json::to_string_pretty(&sc).unwrap() + "\n").unwrap();
            }
            Ok(None) => {}
            Err(e) => failures.push(format!("{}: {e}", f.file_name().unwrap().to_string_lossy())),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} scenarios failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
