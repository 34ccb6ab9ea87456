//! `quyche.Regulation`: one province's rules, loaded from JSON or built in.

use crate::errors::to_py;
use pyo3::prelude::*;

/// One province's coordination regulation with the legal catalogue it depends on.
///
/// >>> import quyche
/// >>> reg = quyche.Regulation.khanh_hoa()
/// >>> reg.id
/// 'khanh-hoa-2086'
#[pyclass(frozen, module = "quyche", name = "Regulation")]
pub struct Regulation {
    inner: quyche::Regulation,
}

#[pymethods]
impl Regulation {
    /// The built-in Khánh Hòa regulation (QĐ 2086/QĐ-UBND, 12 August 2020).
    ///
    /// >>> quyche.Regulation.khanh_hoa().id
    /// 'khanh-hoa-2086'
    #[staticmethod]
    fn khanh_hoa() -> Self {
        Regulation {
            inner: quyche::Regulation::khanh_hoa(),
        }
    }

    /// Loads and validates a regulation from JSON text. Raises `quyche.InvalidInput` (code
    /// `INVALID_JSON`, `INVALID_INPUT`, `INPUT_TOO_LARGE` or `INVALID_REGULATION`) with `.path`
    /// the JSON pointer of the first bad field.
    ///
    /// >>> text = quyche.Regulation.khanh_hoa().to_json()
    /// >>> quyche.Regulation.from_json(text).id
    /// 'khanh-hoa-2086'
    #[staticmethod]
    fn from_json(py: Python<'_>, text: &str) -> PyResult<Self> {
        // Parsing a large document releases the GIL.
        let inner = py
            .detach(|| quyche::ffi::regulation_from_json(text))
            .map_err(to_py)?;
        Ok(Regulation { inner })
    }

    /// The regulation as pretty JSON text (the shape of `schemas/regulation.schema.json`).
    fn to_json(&self) -> String {
        self.inner.to_json()
    }

    /// The regulation as plain `dict`/`list`/`str`/`int`/`bool` values, ready for `json`.
    ///
    /// >>> quyche.Regulation.khanh_hoa().to_dict()["instrument"]
    /// '2086/QĐ-UBND'
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let value = quyche::ffi::regulation_to_value(&self.inner).map_err(to_py)?;
        Ok(pythonize::pythonize(py, &value)?)
    }

    /// Stable id, e.g. `"khanh-hoa-2086"`.
    #[getter]
    fn id(&self) -> &str {
        &self.inner.id
    }

    /// Version of the data set (recorded in every case event).
    #[getter]
    fn version(&self) -> &str {
        &self.inner.version
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Regulation>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }

    fn __repr__(&self) -> String {
        format!(
            "Regulation(id={:?}, version={:?})",
            self.inner.id, self.inner.version
        )
    }
}
