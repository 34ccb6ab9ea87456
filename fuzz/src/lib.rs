//! Shared helpers for the fuzz targets: a valid 13-step case log to mutate, and structure-aware
//! mutation of JSON values (replace the n-th node with a fuzzer-chosen JSON fragment), so that
//! the fuzzer reaches the validators and guards instead of stopping at JSON syntax errors.

use chrono::{DateTime, FixedOffset};
use quyche::Regulation;
use quyche::case::{Actor, Case, Command, Event};
use serde_json::Value;
use std::sync::OnceLock;

/// The steps of a full 2026 case handled by the built-in Khánh Hòa bodies: the lead agency
/// detects and receives (Điều 5.1), consults the police and the Party propaganda commission in
/// writing (Điều 5.2), concludes violating, assigns a removal request and a rebuttal, both are
/// reported, Báo Khánh Hòa publishes and the lead agency closes.
pub const LIFECYCLE: &[(&str, &str, &str)] = &[
    (
        "so-vhttdl",
        "2026-08-03T08:00:00+07:00",
        r#"{"type":"detect","source":"press_review","content":{"platform":"Facebook","platform_kind":"social_network","kind":"post","summary":"Tin đồn sai về dịch bệnh","url":"https://facebook.com/p/1","published_at":"2026-08-03T06:00:00+07:00"},"topics":["health"]}"#,
    ),
    (
        "so-vhttdl",
        "2026-08-03T09:00:00+07:00",
        r#"{"type":"receive"}"#,
    ),
    (
        "so-vhttdl",
        "2026-08-03T09:30:00+07:00",
        r#"{"type":"open_verification","method":"written_consultation","consulted":["cong-an-tinh","ban-tuyen-giao-dan-van"]}"#,
    ),
    (
        "cong-an-tinh",
        "2026-08-03T10:00:00+07:00",
        r#"{"type":"submit_opinion","finding":"Thông tin bịa đặt","direction":"Đề nghị gỡ bỏ","suggested_verdict":"violating"}"#,
    ),
    (
        "ban-tuyen-giao-dan-van",
        "2026-08-03T10:30:00+07:00",
        r#"{"type":"submit_opinion","finding":"Xuyên tạc","direction":"Phản bác trên báo chí"}"#,
    ),
    (
        "so-vhttdl",
        "2026-08-03T11:00:00+07:00",
        r#"{"type":"conclude","verdict":"violating","grounds":[{"instrument":"116/2025/QH15","article":7,"clause":1,"point":"c"}],"note":"Bịa đặt"}"#,
    ),
    (
        "so-vhttdl",
        "2026-08-03T11:30:00+07:00",
        r#"{"type":"assign_action","kind":"removal_request","assignee":"cong-an-tinh"}"#,
    ),
    (
        "so-vhttdl",
        "2026-08-03T11:45:00+07:00",
        r#"{"type":"assign_action","kind":"public_rebuttal","assignee":"bao-khanh-hoa"}"#,
    ),
    (
        "cong-an-tinh",
        "2026-08-04T09:00:00+07:00",
        r#"{"type":"report_result","action_id":"A1","outcome":"done","note":"Đã gỡ"}"#,
    ),
    (
        "bao-khanh-hoa",
        "2026-08-04T10:00:00+07:00",
        r#"{"type":"report_result","action_id":"A2","outcome":"done"}"#,
    ),
    (
        "bao-khanh-hoa",
        "2026-08-04T15:00:00+07:00",
        r#"{"type":"publish_results","title":"Xử lý thông tin sai sự thật"}"#,
    ),
    (
        "so-vhttdl",
        "2026-08-05T08:00:00+07:00",
        r#"{"type":"close","note":"Hoàn thành"}"#,
    ),
];

/// Bodies the command target acts as (built-in ids, one unknown id).
pub const ACTORS: &[&str] = &[
    "so-vhttdl",
    "cong-an-tinh",
    "ban-tuyen-giao-dan-van",
    "bao-khanh-hoa",
    "ubnd-tinh",
    "so-tttt",
    "no-such-body",
];

fn time(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).expect("fixed time")
}

/// The cases after each step of [`LIFECYCLE`] (index k = after k+1 steps).
pub fn lifecycle_cases() -> &'static [Case] {
    static CASES: OnceLock<Vec<Case>> = OnceLock::new();
    CASES.get_or_init(|| {
        let reg = Regulation::khanh_hoa_ref();
        let mut out: Vec<Case> = Vec::new();
        for (actor, at, cmd) in LIFECYCLE {
            let cmd = Command::from_json(cmd).expect("lifecycle command");
            let actor = Actor::body(actor);
            let case = match out.last() {
                None => Case::start(reg, cmd, &actor, time(at)).expect("detect").0,
                Some(prev) => {
                    let mut c = prev.clone();
                    c.apply(reg, cmd, &actor, time(at)).expect("lifecycle step");
                    c
                }
            };
            out.push(case);
        }
        out
    })
}

/// The full log as a JSON value.
pub fn lifecycle_log() -> &'static Value {
    static LOG: OnceLock<Value> = OnceLock::new();
    LOG.get_or_init(|| {
        serde_json::to_value(&lifecycle_cases().last().expect("cases").events).expect("log")
    })
}

/// The built-in regulation as a JSON value.
pub fn regulation_value() -> &'static Value {
    static V: OnceLock<Value> = OnceLock::new();
    V.get_or_init(|| serde_json::to_value(Regulation::khanh_hoa_ref()).expect("regulation"))
}

/// Number of nodes (values at any depth, the root included).
pub fn count_nodes(v: &Value) -> usize {
    1 + match v {
        Value::Array(a) => a.iter().map(count_nodes).sum(),
        Value::Object(m) => m.values().map(count_nodes).sum(),
        _ => 0,
    }
}

/// Replaces the `n`-th node in pre-order with `new` (the root is node 0). Returns false when
/// `n` is out of range.
pub fn replace_nth(v: &mut Value, n: &mut usize, new: &Value) -> bool {
    if *n == 0 {
        *v = new.clone();
        return true;
    }
    *n -= 1;
    match v {
        Value::Array(a) => a.iter_mut().any(|x| replace_nth(x, n, new)),
        Value::Object(m) => m.values_mut().any(|x| replace_nth(x, n, new)),
        _ => false,
    }
}

/// Splits fuzz input into a node selector (first 4 bytes) and a JSON fragment (the rest, as a
/// JSON value when it parses, else as a string).
pub fn mutation(data: &[u8]) -> Option<(u32, Value)> {
    if data.len() < 4 {
        return None;
    }
    let sel = u32::from_le_bytes([data[0], data[1], data[2], data[3]]);
    let text = String::from_utf8_lossy(&data[4..]);
    let frag = serde_json::from_str(&text).unwrap_or(Value::String(text.into_owned()));
    Some((sel, frag))
}

/// `base` with its node number `sel % count` replaced by `frag`.
pub fn mutate(base: &Value, sel: u32, frag: &Value) -> Value {
    let mut v = base.clone();
    let mut n = sel as usize % count_nodes(base);
    replace_nth(&mut v, &mut n, frag);
    v
}

/// Re-links the hash chain of `events` (so a mutated log reaches the guards instead of stopping
/// at the first hash check).
pub fn rechain(events: &mut [Event]) {
    let mut prev = quyche::case::GENESIS_HASH.to_string();
    for ev in events.iter_mut() {
        ev.prev_hash = prev;
        ev.hash = ev.compute_hash();
        prev = ev.hash.clone();
    }
}
