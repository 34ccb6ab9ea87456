//! One JSON-string entry point for any language: [`call`]`(method, args_json)` returns
//! `{"ok": <result>}` or `{"error": <Error>}` as JSON text, and never panics. The Python and
//! JavaScript packages expose it as `call_json(method, args)`; the hostile inputs of
//! `tests/bad-inputs/` are run through it by all three test suites.
//!
//! # Methods
//!
//! `args` is a JSON object; an argument the method does not know is refused, and an optional
//! argument (`name?`) given as `null` counts as absent. `regulation?` is a
//! regulation document (default: the built-in Khánh Hòa QĐ 2086/QĐ-UBND) and `register?` an
//! array of body registrations (`{"id", "name", "valid", "status", …, "roles": [...]}`,
//! [`BodyRegistration`](quyche::org::BodyRegistration)) added to it in order. An `actor` is a body
//! id (`"so-vhttdl"`) or `{"body": id, "officer": name}`. Times (`at`) are RFC 3339 **with an
//! offset**; dates are ISO `YYYY-MM-DD`.
//!
//! | method | args | `ok` result |
//! |---|---|---|
//! | `regulation.validate` | `regulation` | `{"id", "version"}` |
//! | `citation.parse` | `text`, `regulation?`, `register?` | `{"citation", "key", "vi", "en"}` |
//! | `command.decode` | `command` | the command, normalised (NFC) |
//! | `case.start` | `command` (a `detect`), `actor`, `at`, `regulation?`, `register?` | `{"case", "event", "advisories"}` |
//! | `case.apply` | `case`, `command`, `actor`, `at`, `regulation?`, `register?` | `{"case", "event", "advisories"}` |
//! | `case.replay` | `events`, `regulation?`, `register?` | `{"case"}` |
//! | `case.allowed` | `case?`, `actor`, `at`, `regulation?`, `register?` | `[CommandCheck]` |
//! | `case.migrate` | `events` (a log of an earlier data version), `regulation?`, `register?` | `{"case", "from_version", "old_head", "notes"}` |
//! | `calendar.add_working_days` | `date`, `days` (0 to 2³²−1) | `DayCount` |
//! | `report.calendar` | `year`, `as_of` (date), `regulation?`, `register?` | `[ReportingDue]` |
//! | `schedule.load` | `schedule` | the schedule, validated |
//!
//! A `case` is a case as returned by `case.start`/`case.apply` (its fields must be exactly what
//! its `events` rebuild, else `LOG_TAMPERED` at the first differing field), or just
//! `{"events": [...]}`. Its log is replayed, hash chain and guards included, before anything is
//! applied to it.
//!
//! # Errors
//!
//! Every error is the crate's [`Error`] (stable `code`, messages in English and Vietnamese,
//! citations) whose `path` is a JSON pointer **into `args`**: `/command/content/summary`,
//! `/case/events/3/hash`, `/at`, `/register/0/id`, `/regulation/bodies/2/valid`. A refusal by
//! the workflow points at what the guard looked at (`/actor` when the actor was given as a bare
//! id, `/actor/body` otherwise; `/command/type` for a step not possible in the case's state). An
//! unknown method is `INVALID_INPUT` without a path (the method is not part of `args`).
//!
//! Members a format does not have are refused (`INVALID_INPUT` at the member), never dropped:
//! the crate's decoder ([`quyche::json::decode`]) refuses them in every type, at every depth.
//!
//! # Limits
//!
//! Untrusted input is bounded before any rule runs, with deterministic outcomes (the same input
//! always fails the same way, at the same pointer), so the time and memory per call are bounded
//! too. The limits are the core's one set ([`quyche::json::limits`]), the same at every entry
//! point; here pointers are into `args`:
//!
//! | limit | value | refusal |
//! |---|---|---|
//! | size of `args_json` | [`MAX_INPUT_BYTES`](quyche::json::MAX_INPUT_BYTES) (64 MiB) | `INPUT_TOO_LARGE` at `""` |
//! | nesting of arrays and objects | [`MAX_DEPTH`](quyche::json::MAX_DEPTH) (32) | `INPUT_TOO_LARGE` at the container one level too deep |
//! | JSON values in `args_json` | [`MAX_VALUES`](quyche::json::MAX_VALUES) (1 000 000) | `INPUT_TOO_LARGE` at the first value over the cap |
//! | length of any string or key | [`MAX_STRING_CHARS`](quyche::json::MAX_STRING_CHARS) (10 000 characters, after NFC) | `INPUT_TOO_LARGE` at the string |
//! | events in one log | [`MAX_EVENTS`](quyche::json::MAX_EVENTS) (10 000) | `INPUT_TOO_LARGE` at `/events` or `/case/events` |
//! | registrations in one call | [`MAX_REGISTER`](quyche::json::MAX_REGISTER) (100) | `INPUT_TOO_LARGE` at `/register` |
//! | bodies consulted, attendees, topics, grounds of an opinion or a conclusion | [`MAX_LIST`](quyche::case::MAX_LIST) (100) | `INPUT_TOO_LARGE` at the list (case guards) |
//! | free text of a command | [`MAX_TEXT_CHARS`](quyche::case::MAX_TEXT_CHARS) (10 000 characters) | `INPUT_TOO_LARGE` at the field (case guards) |
//! | a key repeated in one object (compared after NFC) | not allowed | `INVALID_INPUT` at the second occurrence |
//!
//! serde_json's own recursion limit (128) is never reached: [`read_json`] stops at
//! [`MAX_DEPTH`](quyche::json::MAX_DEPTH) with its own code and pointer, so deep input neither
//! overflows the stack nor surfaces as a syntax error. Every string and key is normalised to NFC
//! while it is read.
//!
//! # Example
//!
//! ```
//! use quyche_ffi::json_api::call;
//! use serde_json::{Value, json};
//!
//! let detect = json!({
//!     "command": {"type": "detect", "source": "press_review",
//!                 "content": {"platform": "Facebook", "platform_kind": "social_network",
//!                             "kind": "post", "summary": "Tin đồn sai về dịch bệnh"}},
//!     "actor": "so-vhttdl",
//!     "at": "2026-08-03T08:00:00+07:00",
//! });
//! let out: Value = serde_json::from_str(&call("case.start", &detect.to_string())).unwrap();
//! assert_eq!(out["ok"]["case"]["status"], "detected");
//!
//! // The lead agency receives the case it detected itself (Điều 5.1).
//! let receive = json!({"case": out["ok"]["case"], "command": {"type": "receive"},
//!                      "actor": "so-vhttdl", "at": "2026-08-03T09:00:00+07:00"});
//! let out: Value = serde_json::from_str(&call("case.apply", &receive.to_string())).unwrap();
//! assert_eq!(out["ok"]["case"]["status"], "received");
//!
//! // A naive time is refused, pointing at the argument.
//! let naive = json!({"command": detect["command"], "actor": "so-vhttdl",
//!                    "at": "2026-08-03T08:00:00"});
//! let out: Value = serde_json::from_str(&call("case.start", &naive.to_string())).unwrap();
//! assert_eq!(out["error"]["code"], "INVALID_INPUT");
//! assert_eq!(out["error"]["path"], "/at");
//! ```
//!
//! The fallback: if a method ever panicked (a bug; the fuzz targets look for such bugs),
//! `call` answers `{"error": {"code": "INTERNAL", …}}` instead of unwinding into the caller.
//! This needs unwinding panics: a build with `panic = "abort"` (the WebAssembly size profile)
//! aborts instead.

mod args;
mod methods;

use quyche::error::{Error, ErrorCode, Result};
use quyche::json::read_json;
use serde_json::{Value, json};

/// The methods [`call`] knows.
pub const METHODS: [&str; 11] = [
    "regulation.validate",
    "citation.parse",
    "command.decode",
    "case.start",
    "case.apply",
    "case.replay",
    "case.allowed",
    "case.migrate",
    "calendar.add_working_days",
    "report.calendar",
    "schedule.load",
];

/// Runs `method` with `args_json` (a JSON object, see the module docs) and returns
/// `{"ok": result}` or `{"error": Error}` as JSON text. Never panics.
pub fn call(method: &str, args_json: &str) -> String {
    let answer = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(method, args_json)));
    match answer {
        Ok(Ok(v)) => json!({ "ok": v }).to_string(),
        Ok(Err(e)) => error_answer(&e),
        Err(_) => json!({"error": {
            "code": "INTERNAL",
            "message": format!("internal error while running `{method}`; please report it"),
            "message_vi": format!("lỗi nội bộ khi chạy `{method}`; vui lòng báo lại"),
        }})
        .to_string(),
    }
}

/// The answer `{"error": …}` for `e`, as [`call`] gives it: for bindings that refuse an argument
/// before calling (a method or arguments that are not text), so that the entry point still
/// answers and never raises.
///
/// ```
/// let e = quyche::Error::invalid("/args", "not text", "không phải văn bản");
/// let out: serde_json::Value = serde_json::from_str(&quyche_ffi::json_api::error_answer(&e)).unwrap();
/// assert_eq!(out["error"]["path"], "/args");
/// ```
pub fn error_answer(e: &Error) -> String {
    let e = crate::for_language(e.clone(), crate::Convention::JsonApi);
    json!({ "error": crate::error_to_value(&e) }).to_string()
}

/// [`call`] without the JSON envelope, for Rust callers and tests.
pub fn run(method: &str, args_json: &str) -> Result<Value> {
    quyche::json::check_size(args_json)?;
    let f = match method {
        "regulation.validate" => methods::regulation_validate,
        "citation.parse" => methods::citation_parse,
        "command.decode" => methods::command_decode,
        "case.start" => methods::case_start,
        "case.apply" => methods::case_apply,
        "case.replay" => methods::case_replay,
        "case.allowed" => methods::case_allowed,
        "case.migrate" => methods::case_migrate,
        "calendar.add_working_days" => methods::calendar_add_working_days,
        "report.calendar" => methods::report_calendar,
        "schedule.load" => methods::schedule_load,
        _ => {
            let m: String = method.chars().take(100).collect();
            return Err(Error::new(
                ErrorCode::InvalidInput,
                format!(
                    "unknown method `{m}`; expected one of {}",
                    METHODS.join(", ")
                ),
                format!(
                    "phương thức `{m}` không tồn tại; các phương thức: {}",
                    quyche::text::code_list(METHODS.iter().copied())
                ),
            ));
        }
    };
    f(args::Args::new(read_json(args_json)?)?)
}
