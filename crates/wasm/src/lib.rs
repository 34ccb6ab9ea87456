//! WebAssembly bindings of `quyche`: conversion and naming only; every rule lives in the core.
#![forbid(unsafe_code)]

use wasm_bindgen::prelude::*;

/// The version of the core library.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
