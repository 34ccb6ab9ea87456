//! Shared helpers for the fuzz targets: a valid 14-step case log to mutate, and structure-aware
//! mutation of JSON values (replace the n-th node with a fuzzer-chosen JSON fragment), so that
//! the fuzzer reaches the validators and guards instead of stopping at JSON syntax errors.

use arbitrary::Unstructured;
use chrono::{DateTime, FixedOffset};
use quyche::Regulation;
use quyche::case::{Actor, Case, Command, Event};
use serde_json::Value;
use std::sync::OnceLock;

/// The steps of a full 2026 case handled by the built-in Khánh Hòa bodies (no registration
/// needed), on the corrected workflow of `tests/conformance/full-lifecycle-2026.json` with the
/// lead agency as the detector: it detects and receives directly (Điều 5.1, as in
/// `lead-agency-detects-and-receives.json`), consults the police and the Party propaganda
/// commission in writing (Điều 5.2), concludes violating, requests the removal from the police
/// (who send the removal request to the platform and record its answer), takes the public
/// rebuttal itself, both results are reported, Báo Khánh Hòa publishes and the lead agency
/// closes.
pub const LIFECYCLE: &[(&str, &str, &str)] = &[
    (
        "so-vhttdl",
        "2026-08-03T08:00:00+07:00",
        r#"{"type":"detect","source":"own_monitoring","content":{"platform":"Facebook","platform_kind":"social_network","kind":"post","summary":"Tin đồn sai về dịch bệnh","author_handle":"nguoidung.a","language":"vi","url":"https://facebook.com/p/1","published_at":"2026-08-03T06:00:00+07:00"},"topics":["health"],"state_secret":false}"#,
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
        r#"{"type":"request_action","kind":"removal","body":"cong-an-tinh"}"#,
    ),
    (
        "cong-an-tinh",
        "2026-08-03T11:40:00+07:00",
        r#"{"type":"send_removal_request","action_id":"A1","licensing":"licensed_in_vietnam"}"#,
    ),
    (
        "so-vhttdl",
        "2026-08-03T11:45:00+07:00",
        r#"{"type":"take_action","kind":"public_rebuttal"}"#,
    ),
    (
        "cong-an-tinh",
        "2026-08-04T09:00:00+07:00",
        r#"{"type":"record_platform_response","request_id":"R1","response":"complied"}"#,
    ),
    (
        "cong-an-tinh",
        "2026-08-04T09:10:00+07:00",
        r#"{"type":"report_result","action_id":"A1","outcome":"done","note":"Đã gỡ"}"#,
    ),
    (
        "so-vhttdl",
        "2026-08-04T10:00:00+07:00",
        r#"{"type":"report_result","action_id":"A2","outcome":"done"}"#,
    ),
    (
        "bao-khanh-hoa",
        "2026-08-04T15:00:00+07:00",
        r#"{"type":"publish_results","title":"Xử lý thông tin sai sự thật","url":"https://baokhanhhoa.vn/x"}"#,
    ),
    (
        "so-vhttdl",
        "2026-08-05T08:00:00+07:00",
        r#"{"type":"close","note":"Hoàn thành"}"#,
    ),
];

/// Bodies the command target acts as (built-in ids, one of them gone by 2026, one unknown id).
pub const ACTORS: &[&str] = &[
    "so-vhttdl",
    "cong-an-tinh",
    "ban-tuyen-giao-dan-van",
    "bao-khanh-hoa",
    "ubnd-tinh",
    "ubnd-cap-xa",
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

/// Strings the value generator draws from besides arbitrary text: every object key and every
/// string value of the built-in regulation, of the lifecycle log and of its commands (body ids,
/// vocabulary ids, dates, instruments, command types…), so that generated values get past the
/// first enum or id check.
fn dictionary() -> &'static (Vec<String>, Vec<String>) {
    static D: OnceLock<(Vec<String>, Vec<String>)> = OnceLock::new();
    D.get_or_init(|| {
        let mut keys = std::collections::BTreeSet::new();
        let mut strings = std::collections::BTreeSet::new();
        fn walk(
            v: &Value,
            keys: &mut std::collections::BTreeSet<String>,
            strings: &mut std::collections::BTreeSet<String>,
        ) {
            match v {
                Value::String(s) if s.chars().count() <= 80 => {
                    strings.insert(s.clone());
                }
                Value::Array(a) => a.iter().for_each(|x| walk(x, keys, strings)),
                Value::Object(m) => {
                    for (k, x) in m {
                        keys.insert(k.clone());
                        walk(x, keys, strings);
                    }
                }
                _ => {}
            }
        }
        walk(regulation_value(), &mut keys, &mut strings);
        walk(lifecycle_log(), &mut keys, &mut strings);
        // Text a converter may hand over: NFD Vietnamese (NFC-normalised by both paths), a
        // pointer's special characters, an empty string.
        for s in ["Kha\u{301}nh Ho\u{300}a", "a/b", "a~b", "~1", ""] {
            keys.insert(s.into());
            strings.insert(s.into());
        }
        (keys.into_iter().collect(), strings.into_iter().collect())
    })
}

/// Deepest nesting the value generator builds: past the core's [`quyche::json::MAX_DEPTH`] (32,
/// what the text path refuses) and up to the Python converter's own limit (128).
pub const MAX_GEN_DEPTH: usize = 40;

/// An arbitrary JSON value, as a Python or JavaScript caller could hand one over (no NaN or
/// infinity: neither converter lets them through), at most [`MAX_GEN_DEPTH`] deep.
pub fn arbitrary_value(u: &mut Unstructured<'_>, depth: usize) -> arbitrary::Result<Value> {
    let (keys, strings) = dictionary();
    let kinds = if depth >= MAX_GEN_DEPTH { 6 } else { 8 };
    Ok(match u.choose_index(kinds)? {
        0 => Value::Null,
        1 => Value::Bool(u.arbitrary()?),
        2 => match u.int_in_range(0..=3u8)? {
            0 => Value::from(u.int_in_range(-3i64..=200)?),
            1 => Value::from(u.arbitrary::<i64>()?),
            2 => Value::from(u.arbitrary::<u64>()?),
            _ => serde_json::Number::from_f64(u.arbitrary()?).map_or(Value::Null, Value::Number),
        },
        3 | 4 => Value::String(u.choose(strings)?.clone()),
        5 => Value::String(u.arbitrary()?),
        6 => {
            let n = u.int_in_range(0..=4usize)?;
            Value::Array(
                (0..n)
                    .map(|_| arbitrary_value(u, depth + 1))
                    .collect::<arbitrary::Result<_>>()?,
            )
        }
        _ => {
            let n = u.int_in_range(0..=4usize)?;
            let mut m = serde_json::Map::new();
            for _ in 0..n {
                let k = if u.ratio(3u8, 4)? {
                    u.choose(keys)?.clone()
                } else {
                    u.arbitrary()?
                };
                m.insert(k, arbitrary_value(u, depth + 1)?);
            }
            Value::Object(m)
        }
    })
}

/// The JSON pointer of the `n`-th node of `v` in pre-order (the root is node 0), if any.
fn nth_pointer(v: &Value, n: &mut usize, at: &mut String) -> bool {
    if *n == 0 {
        return true;
    }
    *n -= 1;
    let len = at.len();
    match v {
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                at.push_str(&format!("/{i}"));
                if nth_pointer(x, n, at) {
                    return true;
                }
                at.truncate(len);
            }
        }
        Value::Object(m) => {
            for (k, x) in m {
                at.push('/');
                at.push_str(&quyche::error::pointer_token(k));
                if nth_pointer(x, n, at) {
                    return true;
                }
                at.truncate(len);
            }
        }
        _ => {}
    }
    false
}

/// `base` with one to three fuzzer-chosen edits: a node replaced by an arbitrary value, a member
/// or element added to an object or array (an unknown member, an extra list entry), or a node
/// removed (a missing member, a shorter list).
pub fn edit(u: &mut Unstructured<'_>, base: &Value) -> arbitrary::Result<Value> {
    let mut v = base.clone();
    for _ in 0..u.int_in_range(1..=3u8)? {
        let mut n = u.choose_index(count_nodes(&v))?;
        let mut at = String::new();
        if !nth_pointer(&v, &mut n, &mut at) {
            continue;
        }
        match u.int_in_range(0..=2u8)? {
            0 => {
                let new = arbitrary_value(u, at.matches('/').count())?;
                if let Some(node) = v.pointer_mut(&at) {
                    *node = new;
                }
            }
            1 => {
                let new = arbitrary_value(u, at.matches('/').count() + 1)?;
                let key = if u.ratio(1u8, 2)? {
                    u.choose(&dictionary().0)?.clone()
                } else {
                    u.arbitrary()?
                };
                match v.pointer_mut(&at) {
                    Some(Value::Object(m)) => {
                        m.insert(key, new);
                    }
                    Some(Value::Array(a)) => {
                        let i = u.int_in_range(0..=a.len())?;
                        a.insert(i, new);
                    }
                    _ => {}
                }
            }
            _ => {
                let Some((parent, last)) = at.rsplit_once('/') else {
                    continue;
                };
                let last = last.replace("~1", "/").replace("~0", "~");
                match v.pointer_mut(parent) {
                    Some(Value::Object(m)) => {
                        m.remove(&last);
                    }
                    Some(Value::Array(a)) => {
                        if let Ok(i) = last.parse::<usize>() {
                            a.remove(i);
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    Ok(v)
}

/// True when `pointer` names a node of `input`, or a member missing from an object of `input`
/// (the crate's errors for a missing member point where it belongs, e.g. `/type`, as serde's
/// `missing field` errors of a nested type do with their object).
pub fn names_node_or_missing_member(input: &Value, pointer: &str) -> bool {
    if pointer.is_empty() || input.pointer(pointer).is_some() {
        return true;
    }
    match pointer.rsplit_once('/') {
        Some((parent, _)) => matches!(input.pointer(parent), Some(Value::Object(_))),
        None => false,
    }
}

/// Checks an error of a value path: it has a code, a JSON pointer (RFC 6901: `""` or starting
/// with `/`) that names a node of `input` or a member missing from one of its objects, and so
/// do its related errors.
pub fn check_error(e: &quyche::Error, input: &Value, what: &str) {
    assert!(
        !e.code.as_str().is_empty(),
        "{what}: an error without a code: {e:?}"
    );
    let Some(p) = e.path.as_deref() else {
        panic!("{what}: an error without a JSON pointer: {e:?}");
    };
    assert!(
        p.is_empty() || p.starts_with('/'),
        "{what}: not a JSON pointer: {p:?} ({e:?})"
    );
    assert!(
        names_node_or_missing_member(input, p),
        "{what}: the pointer {p:?} is not within the input ({e:?})\ninput: {input}"
    );
    for r in &e.related {
        check_error(r, input, what);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fixture every target mutates is a valid log on the built-in regulation: a change of
    /// the workflow shows up here (`cd fuzz && cargo test --lib`), not as a crash at the start
    /// of every fuzz run.
    #[test]
    fn the_lifecycle_is_accepted_and_closes() {
        let cases = lifecycle_cases();
        assert_eq!(cases.len(), LIFECYCLE.len());
        let last = cases.last().expect("cases");
        assert_eq!(last.status, quyche::case::CaseStatus::Closed);
        assert_eq!(last.events.len(), LIFECYCLE.len());
        let again = Case::replay(Regulation::khanh_hoa_ref(), &last.events).expect("replays");
        assert_eq!(&again, last);
    }

    #[test]
    fn a_pointer_names_a_node_or_a_missing_member() {
        let v = serde_json::json!({"a": {"b~/": [1]}, "l": []});
        for ok in ["", "/a", "/a/b~0~1/0", "/type", "/a/missing"] {
            assert!(names_node_or_missing_member(&v, ok), "{ok}");
        }
        for bad in ["/a/b~0~1/1", "/l/0", "/x/y", "a"] {
            assert!(!names_node_or_missing_member(&v, bad), "{bad}");
        }
        let e = quyche::Error::invalid("/x/y", "bad", "sai");
        assert!(std::panic::catch_unwind(|| check_error(&e, &v, "test")).is_err());
        let no_path = quyche::Error::new(quyche::ErrorCode::InvalidInput, "bad", "sai");
        assert!(std::panic::catch_unwind(|| check_error(&no_path, &v, "test")).is_err());
    }

    #[test]
    fn edits_and_generated_values_stay_json() {
        let bytes: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
            .collect();
        let mut u = Unstructured::new(&bytes);
        for _ in 0..20 {
            let v = edit(&mut u, lifecycle_log()).expect("edits");
            let _ = arbitrary_value(&mut u, 0).expect("a value");
            assert!(serde_json::from_str::<Value>(&v.to_string()).is_ok());
        }
    }
}
