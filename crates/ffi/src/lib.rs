//! # quyche-ffi — what every binding of quyche shares
//!
//! The foreign-function layer of the Python and WebAssembly packages (in the manner of Cedar's
//! `ffi` module under `cedar-wasm`): small functions over JSON text and [`serde_json::Value`]
//! that return the core's [`Error`], so the binding crates only convert values and name things.
//! **No rule lives here**: every check, message and label is the core's (`quyche`); this crate
//! only converts, and the core does not depend on it.
//!
//! | Item | Holds |
//! |---|---|
//! | [`json_api`] | one JSON-string entry point for any language: [`json_api::call`]`(method, args_json)` |
//! | [`replay_jsonl`], [`cases_from_jsonl`] (and `…_reader`) | bulk replay of a JSON Lines event log, many cases, errors by line |
//! | [`compile_report_request`], [`ReportRequest`] | a periodic report in one call, from one request value |
//! | [`regulation_from_json`], [`regulation_to_json`], … | regulation documents in and out |
//! | [`parse`], [`parse_date`], [`error_to_value`] | argument conversions the bindings share |
//! | [`vocabulary`], [`bodies_on`] | lists for user interfaces (controlled vocabularies, bodies on a date) |
//!
//! Rules applied here, once, for every binding:
//! - every input text goes through Unicode NFC normalisation ([`quyche::text::nfc`]) before it is
//!   parsed, so NFD Vietnamese from a Mac keyboard behaves like NFC;
//! - every input is read under the core's one set of limits ([`quyche::json::limits`]): input
//!   larger than [`MAX_INPUT_BYTES`](quyche::json::MAX_INPUT_BYTES) is refused with
//!   [`ErrorCode::InputTooLarge`](quyche::ErrorCode::InputTooLarge) before any work is done;
//! - nothing panics on user input: malformed JSON is
//!   [`ErrorCode::InvalidJson`](quyche::ErrorCode::InvalidJson), a wrong shape is
//!   [`ErrorCode::InvalidInput`](quyche::ErrorCode::InvalidInput) with a JSON pointer, a document
//!   that fails the regulation's own consistency rules is
//!   [`ErrorCode::InvalidRegulation`](quyche::ErrorCode::InvalidRegulation).
//!
//! ```
//! let text = quyche_ffi::regulation_khanh_hoa_json();
//! let reg = quyche_ffi::regulation_from_json(&text).unwrap();
//! assert_eq!(reg.id, "khanh-hoa-2086");
//! let err = quyche_ffi::regulation_from_json(r#"{"id": 7}"#).unwrap_err();
//! assert_eq!(err.code.as_str(), "INVALID_INPUT");
//! assert_eq!(err.path.as_deref(), Some("/id"));
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod json_api;
mod jsonl;
mod report;
mod values;

use quyche::error::{Error, Result};
use quyche::json::{check_size, to_text, to_value};
use quyche::regulation::Regulation;
use serde_json::Value;

/// The version of the library (the workspace version, shared by the core and this crate).
///
/// ```
/// assert!(!quyche_ffi::version().is_empty());
/// ```
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

/// Parses JSON text into `T` after the size check and NFC normalisation, with the error
/// reporting of [`quyche::json::from_str`] (JSON pointer of the failing field).
pub fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T> {
    check_size(text)?;
    quyche::json::from_str(&quyche::text::nfc(text))
}

/// The built-in Khánh Hòa regulation (QĐ 2086/QĐ-UBND) as pretty JSON.
pub fn regulation_khanh_hoa_json() -> String {
    regulation_to_json(Regulation::khanh_hoa_ref())
}

/// A regulation as pretty JSON text, byte for byte [`Regulation::to_json`] (serde_json's pretty
/// printer, two-space indent), produced by the compact serialiser and [`quyche::json::pretty`].
/// Bindings that already serialise values compactly use this so the WebAssembly module carries
/// one serialiser per type instead of two (the pretty printer is a second copy of every type's
/// `Serialize` code).
///
/// ```
/// let reg = quyche::Regulation::khanh_hoa();
/// assert_eq!(quyche_ffi::regulation_to_json(&reg), reg.to_json());
/// ```
pub fn regulation_to_json(reg: &Regulation) -> String {
    quyche::json::pretty(&to_text(reg).unwrap_or_default())
}

/// Loads and validates a regulation document from JSON text ([`Regulation::from_json`], after
/// the size check; the text is normalised to NFC there).
pub fn regulation_from_json(text: &str) -> Result<Regulation> {
    check_size(text)?;
    Regulation::from_json(text)
}

/// Loads and validates a regulation document from an already-parsed JSON value (NFC-normalised
/// first). Errors carry the same JSON pointers as [`regulation_from_json`].
pub fn regulation_from_value(value: Value) -> Result<Regulation> {
    let reg: Regulation = quyche::json::from_value(quyche::json::budget::check_value(value)?)?;
    reg.validate()?;
    Ok(reg)
}

/// A regulation as a JSON value (the shape of `schemas/regulation.schema.json`).
pub fn regulation_to_value(reg: &Regulation) -> Result<Value> {
    to_value(reg)
}

/// `error` for callers of the binding of `language`: every help that names an API item names it
/// as that language writes it (`Regulation.register_body` in Python, `Regulation.registerBody`
/// in JavaScript, the method name in the JSON-string API). Every binding converts its errors
/// through this, once, at the boundary.
///
/// ```
/// use quyche_ffi::{Convention, for_language};
/// use quyche::case::{Actor, Case, Command};
/// let reg = quyche::Regulation::khanh_hoa();
/// let detect = Command::from_json(r#"{"type": "detect", "source": "press_review", "content":
///     {"platform": "Facebook", "platform_kind": "social_network", "kind": "post",
///      "summary": "Tin đồn"}}"#).unwrap();
/// let at = quyche::chrono::DateTime::parse_from_rfc3339("2026-03-02T08:00:00+07:00").unwrap();
/// let e = Case::start(&reg, detect, &Actor::body("so-vi-du"), at).unwrap_err();
/// assert!(e.help.as_deref().unwrap().contains("`Regulation::register_body`"));
/// let py = for_language(e.clone(), Convention::Python);
/// assert!(py.help_vi.as_deref().unwrap().contains("`Regulation.register_body`"));
/// let js = for_language(e, Convention::JavaScript);
/// assert!(js.help.as_deref().unwrap().contains("`Regulation.registerBody`"));
/// ```
pub fn for_language(error: Error, language: Convention) -> Error {
    error.render_help(language)
}

pub use quyche::error::Convention;

/// An error as a JSON value (the shape of `schemas/error.schema.json`).
pub fn error_to_value(error: &Error) -> Value {
    to_value(error).unwrap_or_else(|_| serde_json::json!({ "code": error.code }))
}

pub use jsonl::{
    JsonlCase, JsonlSummary, cases_from_jsonl, cases_from_jsonl_reader, replay_jsonl,
    replay_jsonl_reader,
};
pub use report::{
    ReportRequest, compile_report_json, compile_report_request, compile_report_value,
};

pub use values::{Term, VOCABULARIES, bodies_on, parse_date, vocabulary};

#[cfg(test)]
mod tests {
    use super::*;
    use quyche::ErrorCode;

    #[test]
    fn khanh_hoa_json_round_trips_through_from_json() {
        let text = regulation_khanh_hoa_json();
        let reg = regulation_from_json(&text).expect("built-in regulation must load");
        assert_eq!(&reg, Regulation::khanh_hoa_ref());
    }

    #[test]
    fn nfd_input_is_normalised_to_nfc() {
        // The province name typed in NFD (a base letter followed by combining accents).
        let mut v = regulation_to_value(Regulation::khanh_hoa_ref()).unwrap();
        v["province"]["vi"] = Value::String("Kha\u{301}nh Ho\u{300}a".into());
        let text = serde_json::to_string(&v).unwrap();
        let reg = regulation_from_json(&text).unwrap();
        assert_eq!(reg.province.vi, "Khánh Hòa");
        let reg = regulation_from_value(v).unwrap();
        assert_eq!(reg.province.vi, "Khánh Hòa");
    }

    #[test]
    fn a_wrong_type_is_invalid_input_with_a_pointer() {
        let mut v = regulation_to_value(Regulation::khanh_hoa_ref()).unwrap();
        v["signed"] = Value::from(20200812);
        let e = regulation_from_json(&v.to_string()).unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidInput);
        assert_eq!(e.path.as_deref(), Some("/signed"));
        let e = regulation_from_value(v).unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidInput);
        assert_eq!(e.path.as_deref(), Some("/signed"));
    }

    #[test]
    fn malformed_json_is_invalid_json() {
        let e = regulation_from_json("{\"id\": ").unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidJson);
    }

    #[test]
    fn deep_nesting_is_refused_without_overflowing_the_stack() {
        // Every typed reader goes through the strict reader: its depth limit, not serde_json's
        // recursion limit (a syntax error), answers, with the pointer of the too-deep container.
        let text = "[".repeat(100_000);
        let e = parse::<Value>(&text).unwrap_err();
        assert_eq!(e.code, ErrorCode::InputTooLarge);
        assert_eq!(
            e.path.as_deref(),
            Some(&"/0".repeat(quyche::json::MAX_DEPTH)[..])
        );
    }

    #[test]
    fn oversized_input_is_refused_before_parsing() {
        let text = " ".repeat(quyche::json::MAX_INPUT_BYTES + 1);
        let e = regulation_from_json(&text).unwrap_err();
        assert_eq!(e.code, ErrorCode::InputTooLarge);
        assert_eq!(e.path.as_deref(), Some(""));
    }

    #[test]
    fn error_to_value_keeps_code_and_pointer() {
        let e = Error::invalid("/id", "bad", "sai");
        let v = error_to_value(&e);
        assert_eq!(v["code"], "INVALID_INPUT");
        assert_eq!(v["path"], "/id");
        assert_eq!(v["message_vi"], "sai");
    }
}
