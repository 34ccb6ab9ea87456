//! WebAssembly bindings of `quyche` (npm package `quyche`): conversion and naming only; every
//! rule lives in the core crate (`quyche`), reached through its public API and through
//! [`quyche_ffi`], the conversion layer every binding shares.
//! Each exported function is one pipeline: convert the arguments, call the core, convert the
//! result.
//!
//! Names are camelCase. Errors are thrown as instances of the package's JavaScript
//! `QuycheError` class (see [`error`]). Types that cross the boundary as plain objects derive
//! `tsify::Tsify` in the core (feature `ts`) and travel as [`tsify::Ts`] values, so their
//! TypeScript declarations are generated, not hand-written; their JavaScript shape is their JSON
//! shape (`schemas/`), snake_case fields included.
//!
//! | Module | Exports |
//! |---|---|
//! | `regulation` | `Regulation` (queries on law, roles, bodies, duties, workflow, vocabularies), `parseCitation`, `findCitations`, `formatCitation` |
//! | `case` | `Case` (`start`, `apply`, `allowedCommands`, `dutiesInvolved`, `replay`), `Regulation.detect`, `Regulation.allowedCommands`, `basis` |
//! | `calendar` | `WorkCalendar`, `parseInstant`, `solarToLunar`, `lunarToSolar`, `lunarNewYear` |
//! | `analysts` | `loadCases`, `caseTable` |
//! | `page` | `Regulation.commandSchema`, `Regulation.commandFields` (what forms are built from) |
//! | `report` | `reportingCalendar`, `overdue`, `reportingWindow`, `compileReport`, `reportDocument`, `renderMarkdown`, `reportFigureRows`, `removalRequest`, `replayJsonl`, `loadJsonl` |
#![forbid(unsafe_code)]
// `quyche::Error` is one rich structured value (see the core crate); refusals are not a hot path.
#![allow(clippy::result_large_err)]

mod analysts;
mod calendar;
mod case;
mod convert;
pub mod error;
mod page;
mod regulation;
mod report;

pub use calendar::WorkCalendar;
pub use case::Case;
pub use regulation::Regulation;
use wasm_bindgen::prelude::*;

// Dates and instants cross the boundary as strings: chrono's serde forms.
#[wasm_bindgen(typescript_custom_section)]
const TS_DATES: &'static str = r#"
/** A calendar date, ISO 8601 (`"2020-08-12"`). */
export type NaiveDate = string;
/** An instant, RFC 3339 with its offset (`"2026-08-03T08:15:00+07:00"`); the library writes
 * Vietnam time. */
export type DateTime<_Offset = FixedOffset> = string;
/** The offset parameter of {@link DateTime} (instants carry their offset in the string). */
export type FixedOffset = never;
"#;

/// The version of the core library, e.g. `"0.1.0"`.
#[wasm_bindgen]
pub fn version() -> String {
    quyche_ffi::version().to_string()
}

/// The JSON-string entry point every binding shares (`quyche_ffi::json_api::call`): `method` (e.g.
/// `"case.start"`) with its arguments as JSON text; answers `{"ok": …}` or `{"error": …}` as JSON
/// text and never throws for a bad argument text. The same entry point exists in every language,
/// so `tests/bad-inputs/` runs unchanged here, in Rust and in Python.
#[wasm_bindgen(js_name = callJson)]
pub fn call_json(
    #[wasm_bindgen(unchecked_param_type = "string")] method: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] args: JsValue,
) -> String {
    // A method or arguments that are not text are answered like any other refusal.
    let text = |v: &JsValue, arg: &str| {
        if v.dyn_ref::<js_sys::JsString>()
            .is_some_and(|s| !s.is_valid_utf16())
        {
            return Err(quyche::json::lone_surrogate().at(format!("/{arg}")));
        }
        v.as_string().ok_or_else(|| {
            quyche::Error::invalid(
                format!("/{arg}"),
                format!("argument `{arg}` must be a string"),
                format!("tham số `{arg}` phải là một chuỗi ký tự"),
            )
        })
    };
    match (text(&method, "method"), text(&args, "args")) {
        (Ok(m), Ok(a)) => quyche_ffi::json_api::call(&m, &a),
        (Err(e), _) | (_, Err(e)) => quyche_ffi::json_api::error_answer(&e),
    }
}
