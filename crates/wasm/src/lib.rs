//! WebAssembly bindings of `quyche` (npm package `quyche`): conversion and naming only; every
//! rule lives in the core crate, reached through its [`quyche::ffi`] layer.
//!
//! Names are camelCase. Errors are thrown as instances of the package's JavaScript
//! `QuycheError` class (see [`error`]). Types that cross the boundary as plain objects derive
//! `tsify::Tsify` in the core (feature `ts`) and travel as [`tsify::Ts`] values, so their
//! TypeScript declarations are generated, not hand-written.
#![forbid(unsafe_code)]
// `quyche::Error` is one rich structured value (see the core crate); refusals are not a hot path.
#![allow(clippy::result_large_err)]

pub mod error;
mod regulation;

pub use regulation::Regulation;
use wasm_bindgen::prelude::*;

// Dates cross the boundary as ISO 8601 strings (`"2020-08-12"`): chrono's serde form.
#[wasm_bindgen(typescript_custom_section)]
const TS_DATES: &'static str = r#"
/** A calendar date, ISO 8601 (`"2020-08-12"`). */
export type NaiveDate = string;
"#;

/// The version of the core library, e.g. `"0.1.0"`.
#[wasm_bindgen]
pub fn version() -> String {
    quyche::ffi::version().to_string()
}
