//! The one conversion from the core's [`quyche::Error`] to a Python exception.
//!
//! The exception classes are plain Python (`quyche/_errors.py`, so they can inherit from
//! `ValueError`/`LookupError` and carry typed attributes); this module picks the class for an
//! [`ErrorCode`] and fills in the attributes. The orphan rule forbids `impl From<quyche::Error>
//! for PyErr` here, hence a function.

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use quyche::error::ErrorFamily;
use quyche::{Error, ErrorCode};

/// The Python class (in `quyche._errors`) for an error code: the core's
/// [`ErrorCode::family`] decides, the binding only names the class.
fn family(code: ErrorCode) -> &'static str {
    match code.family() {
        ErrorFamily::InvalidInput => "InvalidInput",
        ErrorFamily::NotFound => "NotFound",
        ErrorFamily::RuleViolation => "RuleViolation",
        ErrorFamily::LogTampered => "LogTampered",
        // A family added by a later core version: the base class until the binding names it.
        _ => "QuycheError",
    }
}

/// Builds the (unraised) exception instance for `err`, with `related` errors as instances too.
fn instance<'py>(py: Python<'py>, err: &Error) -> PyResult<Bound<'py, PyAny>> {
    let class = py.import("quyche._errors")?.getattr(family(err.code))?;
    let kwargs = PyDict::new(py);
    kwargs.set_item("code", err.code.as_str())?;
    kwargs.set_item("message_vi", &err.message_vi)?;
    kwargs.set_item("citations", pythonize::pythonize(py, &err.citations)?)?;
    kwargs.set_item("path", &err.path)?;
    kwargs.set_item("help", &err.help)?;
    kwargs.set_item("help_vi", &err.help_vi)?;
    let related = PyList::empty(py);
    for r in &err.related {
        related.append(instance(py, r)?)?;
    }
    kwargs.set_item("related", related)?;
    class.call((&err.message,), Some(&kwargs))
}

/// Converts a core error into the matching `quyche.QuycheError` subclass. Should the Python
/// half of the package be missing, a `RuntimeError` with the code and message is raised instead.
pub fn to_py(err: Error) -> PyErr {
    let err = quyche_ffi::for_language(err, quyche_ffi::Convention::Python);
    Python::attach(|py| match instance(py, &err) {
        Ok(value) => PyErr::from_value(value),
        Err(_) => PyRuntimeError::new_err(err.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families_follow_the_kind_of_failure() {
        assert_eq!(family(ErrorCode::InvalidJson), "InvalidInput");
        assert_eq!(family(ErrorCode::InvalidRegulation), "InvalidInput");
        assert_eq!(family(ErrorCode::UnknownAgency), "NotFound");
        assert_eq!(family(ErrorCode::UnknownProvision), "NotFound");
        assert_eq!(family(ErrorCode::LogTampered), "LogTampered");
        // Điều 2.2: a violating verdict must cite a legal ground; refusing one is a rule, not
        // bad data.
        assert_eq!(family(ErrorCode::GroundRequired), "RuleViolation");
        assert_eq!(family(ErrorCode::NotAuthorized), "RuleViolation");
    }
}
