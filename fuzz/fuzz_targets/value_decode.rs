//! The value paths of the bindings (issue 15): an arbitrary JSON value, built with `arbitrary`
//! from scratch or as a valid document with a few fuzzer-chosen edits, decoded the way each
//! binding hands it to the core:
//!
//! - **Python** converts dicts and lists to a `serde_json::Value` and decodes it as a value:
//!   `quyche_ffi::regulation_from_value`, `Command::from_value` (after `nfc_value`),
//!   `quyche_ffi::compile_report_value` (whose cases carry event logs decoded as values); an
//!   event list becomes JSON text for `events_from_json`;
//! - **JavaScript** hands over `JSON.stringify` text: `quyche_ffi::regulation_from_json`,
//!   `Command::from_json`, `events_from_json`, `quyche_ffi::compile_report_json`.
//!
//! Targets, by the first choice: the regulation, a command, an event log (then replayed, as is
//! and re-chained so mutated events reach the guards), a report request. Nothing may panic;
//! every error has a code and a JSON pointer that names a node of the (NFC-normalised) input, a
//! member missing from one of its objects, or is `""`; the text read back is the value itself;
//! and whenever the text path accepts the text (within the limits, no key twice after NFC), the
//! value path and the text path give the same answer (the same result, or the same error code
//! at the same pointer).
#![no_main]
use arbitrary::Unstructured;
use libfuzzer_sys::fuzz_target;
use quyche::case::{Actor, Case, Command, Event, events_from_json};
use quyche::{Error, ErrorCode, Regulation};
use quyche_fuzz::{LIFECYCLE, arbitrary_value, check_error, edit, lifecycle_cases};
use serde_json::{Value, json};
use std::fmt::Debug;

fuzz_target!(|data: &[u8]| {
    let _ = run(&mut Unstructured::new(data));
});

fn run(u: &mut Unstructured<'_>) -> arbitrary::Result<()> {
    let target = u.choose_index(4)?;
    let scratch = u.ratio(1u8, 4)?;
    let mut step = None;
    let v = if scratch {
        arbitrary_value(u, 0)?
    } else {
        let base = match target {
            0 => quyche_fuzz::regulation_value().clone(),
            1 => {
                let k = u.choose_index(LIFECYCLE.len())?;
                step = Some(k);
                serde_json::from_str(LIFECYCLE[k].2).expect("lifecycle command")
            }
            2 => quyche_fuzz::lifecycle_log().clone(),
            _ => report_request(),
        };
        edit(u, &base)?
    };
    let (text, nfc, text_ok) = both_readings(&v);
    let reg = Regulation::khanh_hoa_ref();
    match target {
        0 => {
            let by_value = quyche_ffi::regulation_from_value(v.clone());
            if text_ok {
                same_answer(
                    &by_value,
                    &quyche_ffi::regulation_from_json(&text),
                    "regulation",
                );
            }
            match by_value {
                Err(e) => check_error(&e, &nfc, "regulation_from_value"),
                Ok(reg) => {
                    // A document that validates must be usable.
                    let day = chrono::NaiveDate::from_ymd_opt(2026, 8, 3).expect("date");
                    let _ = reg.grounds_in_force(day);
                    let _ = quyche::report::reporting_calendar(&reg, 2026, day);
                    let _ = Case::replay(&reg, &lifecycle_cases().last().expect("case").events);
                }
            }
        }
        1 => {
            let by_value = Command::from_value(nfc.clone());
            if text_ok {
                same_answer(&by_value, &Command::from_json(&text), "command");
            }
            match by_value {
                Err(e) => check_error(&e, &nfc, "Command::from_value"),
                Ok(cmd) => {
                    // Through the guards: as the step it was made from (or as a start), by
                    // that step's actor at that step's time.
                    let k = step.unwrap_or(0);
                    let (who, at, _) = LIFECYCLE[k];
                    let actor = Actor::body(who);
                    let at = chrono::DateTime::parse_from_rfc3339(at).expect("time");
                    let r = match k.checked_sub(1) {
                        None => Case::start(reg, cmd, &actor, at).map(|_| ()),
                        Some(prev) => {
                            let mut case = lifecycle_cases()[prev].clone();
                            case.apply(reg, cmd, &actor, at).map(|_| ())
                        }
                    };
                    // A refusal of the command itself points into it (`/actor` and `/at` are
                    // the call's other arguments).
                    if let Err(e) = r {
                        let p = e.path.as_deref().unwrap_or("");
                        if !(p.starts_with("/actor") || p == "/at") {
                            check_error(&e, &nfc, "guards");
                        }
                    }
                }
            }
        }
        2 => {
            // Both bindings hand an event list over as text; a report request's cases carry
            // their logs as values.
            let by_value = quyche::json::from_ref::<Vec<Event>>(&nfc);
            let by_text = events_from_json(&text);
            if let Err(e) = &by_text {
                check_error(e, &nfc, "events_from_json");
            }
            match by_value {
                Err(e) => check_error(&e, &nfc, "events by value"),
                Ok(mut events) => {
                    if let Err(e) = Case::replay(reg, &events) {
                        check_error(&e, &nfc, "replay");
                    }
                    quyche_fuzz::rechain(&mut events);
                    if let Err(e) = Case::replay(reg, &events) {
                        check_error(&e, &nfc, "replay (re-chained)");
                    }
                }
            }
        }
        _ => {
            let by_value = quyche_ffi::compile_report_value(reg, v.clone());
            if text_ok {
                same_answer(
                    &by_value,
                    &quyche_ffi::compile_report_json(reg, &text),
                    "report",
                );
            }
            if let Err(e) = by_value {
                check_error(&e, &nfc, "compile_report_value");
            }
        }
    }
    Ok(())
}

/// A report request of the lead agency for 2026 over the lifecycle case.
fn report_request() -> Value {
    json!({
        "cases": [lifecycle_cases().last().expect("case")],
        "period": {"frequency": "annual", "year": 2026},
        "reporter": "so-vhttdl",
    })
}

/// The value as JavaScript hands it over (`JSON.stringify` text) and as Python does (the value,
/// NFC-normalised by the core), and whether the strict reader accepts the text. When it does,
/// it reads back the value itself; when it does not, the refusal is a limit
/// (`INPUT_TOO_LARGE`) or a key given twice after NFC (`INVALID_INPUT`), at a pointer within
/// the value.
fn both_readings(v: &Value) -> (String, Value, bool) {
    let text = v.to_string();
    let nfc = quyche::text::nfc_value(v.clone());
    let ok = match quyche::json::read_json(&text) {
        Ok(read) => {
            assert!(same_json(&read, &nfc), "read back differs:\n{read}\n{nfc}");
            true
        }
        Err(e) => {
            assert!(
                matches!(e.code, ErrorCode::InputTooLarge | ErrorCode::InvalidInput),
                "the text of a value refused as {e:?}"
            );
            check_error(&e, &nfc, "read_json");
            false
        }
    };
    (text, nfc, ok)
}

/// Equal JSON values, numbers compared as numbers (serde_json's default float parsing may
/// differ from the value it printed in the last bit).
fn same_json(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            x == y
                || match (x.as_f64(), y.as_f64()) {
                    (Some(x), Some(y)) => {
                        (x - y).abs() <= 4.0 * f64::EPSILON * x.abs().max(y.abs())
                    }
                    _ => false,
                }
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_json(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|((kx, x), (ky, y))| kx == ky && same_json(x, y))
        }
        _ => a == b,
    }
}

/// The value path and the text path answer alike: both accept (the same value), or both refuse
/// with the same code at the same pointer.
fn same_answer<T: PartialEq + Debug>(
    by_value: &Result<T, Error>,
    by_text: &Result<T, Error>,
    what: &str,
) {
    match (by_value, by_text) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "{what}: value and text paths decode differently"),
        (Err(a), Err(b)) => assert_eq!(
            (a.code, a.path.as_deref()),
            (b.code, b.path.as_deref()),
            "{what}: value and text paths refuse differently:\n{a:?}\n{b:?}"
        ),
        (a, b) => panic!("{what}: one path accepts, the other refuses:\n{a:?}\n{b:?}"),
    }
}
