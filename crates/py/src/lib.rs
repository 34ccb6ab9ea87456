//! Python bindings of `quyche` (module `quyche._native`): conversion and naming only; every rule
//! lives in the core crate.
#![forbid(unsafe_code)]

use pyo3::prelude::*;

/// The version of the core library.
#[pyfunction]
fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

/// The native module.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(version, m)?)?;
    Ok(())
}
