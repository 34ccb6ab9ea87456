//! Python bindings of `quyche` (module `quyche._native`): conversion and naming only; every rule
//! lives in the core crate, reached through its [`quyche::ffi`] layer.
//!
//! The pure-Python part of the package (`python/quyche/`) re-exports these items and defines the
//! exception classes ([`errors::to_py`] raises them).
#![forbid(unsafe_code)]
// `quyche::Error` is one rich structured value (see the core crate); refusals are not a hot path.
#![allow(clippy::result_large_err)]

mod errors;
mod regulation;

use pyo3::prelude::*;

/// The version of the core library, e.g. `"0.1.0"`.
///
/// >>> import quyche
/// >>> quyche.version()  # doctest: +SKIP
/// '0.1.0'
#[pyfunction]
fn version() -> &'static str {
    quyche::ffi::version()
}

/// The native module.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(version, m)?)?;
    m.add_class::<regulation::Regulation>()?;
    Ok(())
}
