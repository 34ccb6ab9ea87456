//! Runs every scenario of `tests/conformance/*.json` through the Rust API (the Python and JS
//! suites run the same files; the format is described in `scripts/gen_conformance.py`).
//! `QUYCHE_BLESS=1` records each scenario's final head hash.

use quyche::Regulation;
use quyche::case::{Actor, Advisory, Case, Command, allowed_commands};
use quyche::org::BodyRegistration;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests")
}

fn at(v: &Value) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(v.as_str().expect("at is a string")).expect("RFC 3339")
}

fn codes(list: &[Advisory]) -> Vec<String> {
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

/// Every `pointer: value` of `expect` holds in `doc`.
fn pointers(ctx: &str, what: &str, doc: &Value, expect: &Value) -> Result<(), String> {
    for (ptr, want) in expect.as_object().unwrap() {
        let got = doc.pointer(ptr);
        if got != Some(want) {
            return Err(format!("{ctx}: {what}{ptr} = {got:?}, expected {want}"));
        }
    }
    Ok(())
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

fn regulation(sc: &Value) -> Result<Regulation, String> {
    let mut reg = match sc["regulation"].as_str() {
        Some(file) => {
            let text = std::fs::read_to_string(root().join("regulations").join(file))
                .map_err(|e| e.to_string())?;
            Regulation::from_json(&text).map_err(|e| format!("regulation: {e} {:?}", e.related))?
        }
        None => Regulation::khanh_hoa(),
    };
    for r in sc["register"].as_array().unwrap_or(&vec![]) {
        let r: BodyRegistration = serde_json::from_value(r.clone()).map_err(|e| e.to_string())?;
        reg.register_body(r.body, r.roles)
            .map_err(|e| format!("register: {e}"))?;
    }
    Ok(reg)
}

/// The checks of a successful step.
fn accepted(ctx: &str, expect: &Value, case: &Case, advisories: &[Advisory]) -> Result<(), String> {
    let event = case.events.last().unwrap();
    let want = expect["status"].as_str().unwrap();
    if case.status.as_str() != want {
        return Err(format!("{ctx}: status {} != {want}", case.status.as_str()));
    }
    let got = codes(advisories);
    for a in expect["advisories"].as_array().unwrap_or(&vec![]) {
        if !got.iter().any(|g| g == a.as_str().unwrap()) {
            return Err(format!("{ctx}: advisory {a} missing from {got:?}"));
        }
    }
    for a in expect["no_advisories"].as_array().unwrap_or(&vec![]) {
        if got.iter().any(|g| g == a.as_str().unwrap()) {
            return Err(format!("{ctx}: advisory {a} present in {got:?}"));
        }
    }
    if let Some(d) = expect.get("deadline") {
        let got = serde_json::to_value(
            event
                .effects
                .deadline
                .as_ref()
                .ok_or(format!("{ctx}: no deadline"))?,
        )
        .unwrap();
        pointers(ctx, "deadline", &got, d)?;
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
    if let Some(c) = expect.get("case") {
        pointers(ctx, "case", &serde_json::to_value(case).unwrap(), c)?;
    }
    let cited: Vec<String> = advisories
        .iter()
        .flat_map(|a| a.citations.iter().map(|c| c.key()))
        .collect();
    cites(ctx, expect, &cited)
}

/// The citation keys `expect.cites` names are all in `cited`.
fn cites(ctx: &str, expect: &Value, cited: &[String]) -> Result<(), String> {
    for k in expect["cites"].as_array().unwrap_or(&vec![]) {
        if !cited.iter().any(|c| c == k.as_str().unwrap()) {
            return Err(format!("{ctx}: {k} not cited in {cited:?}"));
        }
    }
    Ok(())
}

fn steps(sc: &Value, reg: &Regulation) -> Result<Option<Case>, String> {
    let mut case: Option<Case> = None;
    for (n, step) in sc["steps"].as_array().unwrap().iter().enumerate() {
        let ctx = format!("step {n} ({})", step["command"]["type"]);
        let expect = &step["expect"];
        let actor = Actor::new(
            quyche::org::BodyId::new(step["actor"].as_str().unwrap()),
            step["officer"].as_str().map(String::from),
        );
        let when = at(&step["at"]);
        let result =
            Command::from_json(&step["command"].to_string()).and_then(|cmd| match case.as_mut() {
                None => Case::start(reg, cmd, &actor, when).map(|(c, adv)| {
                    case = Some(c);
                    adv
                }),
                Some(c) => c.apply(reg, cmd, &actor, when).map(|a| a.advisories),
            });
        match (result, expect.get("error")) {
            (Ok(adv), None) => accepted(&ctx, expect, case.as_ref().unwrap(), &adv)?,
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
                let cited: Vec<String> = e.citations.iter().map(|c| c.key()).collect();
                cites(&ctx, expect, &cited)?;
            }
        }
    }
    Ok(case)
}

fn allowed(sc: &Value, reg: &Regulation, case: Option<&Case>) -> Result<(), String> {
    for a in sc["allowed"].as_array().unwrap_or(&vec![]) {
        let actor = Actor::body(a["actor"].as_str().unwrap());
        let checks = allowed_commands(reg, case, &actor, at(&a["at"]));
        let got: Vec<&str> = checks
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
        if got != want {
            return Err(format!("allowed for {}: {got:?} != {want:?}", a["actor"]));
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
    Ok(())
}

fn calendar(sc: &Value, reg: &Regulation) -> Result<(), String> {
    for q in sc["calendar"].as_array().unwrap_or(&vec![]) {
        let as_of =
            chrono::NaiveDate::parse_from_str(q["as_of"].as_str().unwrap(), "%Y-%m-%d").unwrap();
        let cal =
            quyche::report::reporting_calendar(reg, q["year"].as_i64().unwrap() as i32, as_of)
                .map_err(|e| e.to_string())?;
        let entry = cal
            .iter()
            .find(|d| {
                d.obligation == q["obligation"].as_str().unwrap()
                    && d.body.as_str() == q["body"].as_str().unwrap()
            })
            .ok_or(format!("calendar: no entry for {q}"))?;
        let doc = serde_json::to_value(entry).unwrap();
        pointers("calendar", "entry", &doc, &q["expect"])?;
        let keys: Vec<String> = entry.citations.iter().map(|c| c.key()).collect();
        for k in q["absent_citations"].as_array().unwrap_or(&vec![]) {
            if keys.iter().any(|c| c == k.as_str().unwrap()) {
                return Err(format!("calendar: {k} cited in {keys:?}"));
            }
        }
    }
    Ok(())
}

fn report(sc: &Value, reg: &Regulation, case: Option<&Case>) -> Result<(), String> {
    let Some(r) = sc.get("report") else {
        return Ok(());
    };
    let period: quyche::report::Period =
        serde_json::from_value(r["period"].clone()).map_err(|e| e.to_string())?;
    let window = period.window(reg).map_err(|e| e.to_string())?;
    let cases: Vec<Case> = case.into_iter().cloned().collect();
    let rep = quyche::report::compile_report(
        reg,
        &cases,
        window,
        &quyche::org::BodyId::new(r["reporter"].as_str().unwrap()),
    )
    .map_err(|e| format!("report: {e}"))?;
    pointers(
        "report",
        "report",
        &serde_json::to_value(&rep).unwrap(),
        &r["expect"],
    )
}

fn run(path: &Path, bless: bool) -> Result<Option<String>, String> {
    let sc: Value =
        serde_json::from_str(&std::fs::read_to_string(path).map_err(|e| e.to_string())?)
            .map_err(|e| e.to_string())?;
    let reg = regulation(&sc)?;
    let case = steps(&sc, &reg)?;
    allowed(&sc, &reg, case.as_ref())?;
    calendar(&sc, &reg)?;
    report(&sc, &reg, case.as_ref())?;
    let Some(case) = case else { return Ok(None) };
    let replayed = Case::replay(&reg, &case.events).map_err(|e| format!("replay: {e}"))?;
    if replayed != case {
        return Err("replay differs from the case".into());
    }
    let owned =
        Case::replay_owned(&reg, case.events.clone()).map_err(|e| format!("replay_owned: {e}"))?;
    if owned != case {
        return Err("replay_owned differs from the case".into());
    }
    let stored = Case::from_json(&reg, &case.to_json()).map_err(|e| format!("from_json: {e}"))?;
    if stored != case {
        return Err("the stored case does not reload to itself".into());
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
            Err(e)
                if e.code.as_str() != want["error"].as_str().unwrap()
                    || e.path.as_deref() != want["path"].as_str() =>
            {
                return Err(format!("tampered: {} at {:?} != {want}", e.code, e.path));
            }
            Err(_) => {}
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
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("conformance"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 90,
        "at least 90 scenarios, found {}",
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
