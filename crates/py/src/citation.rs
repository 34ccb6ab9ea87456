//! `quyche.Citation` and `quyche.find_citations`: references to provisions, parsed from and
//! written in Vietnamese legal style, and in English.

use crate::convert::Reg;
use crate::convert::{self, ok};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

/// A reference to a provision: instrument, article, and optionally clause, point and item.
///
/// >>> import quyche
/// >>> c = quyche.Citation.parse("điểm đ khoản 1 Điều 8 Luật An ninh mạng 2018")
/// >>> str(c)
/// 'điểm đ khoản 1 Điều 8 Luật An ninh mạng 2018'
/// >>> c.english()
/// 'Art. 8(1)(đ), Cybersecurity Law 2018'
#[pyclass(frozen, module = "quyche", name = "Citation")]
pub struct Citation {
    pub(crate) inner: quyche::Citation,
}

/// Runs `f` against the regulation given, else the built-in Khánh Hòa catalogue.
fn with_catalogue<T>(reg: Option<Reg<'_>>, f: impl FnOnce(&quyche::Regulation) -> T) -> T {
    match reg {
        Some(r) => f(&r.get().snapshot()),
        None => f(quyche::Regulation::khanh_hoa_ref()),
    }
}

/// Reads text after the size check, in NFC.
fn text_arg(text: &Bound<'_, PyAny>) -> PyResult<String> {
    let t = convert::string(text, "")?;
    ok(quyche::json::check_size(&t))?;
    Ok(quyche::text::nfc(&t))
}

/// A citation argument: a `Citation`, a dict (`{"instrument", "article", ...}`), its key
/// (`"24/2018/QH14:8.1"`) or text parsed against `reg`'s catalogue ([`quyche::Citation::read`]).
pub fn citation_arg(
    obj: &Bound<'_, PyAny>,
    reg: &quyche::Regulation,
) -> PyResult<quyche::Citation> {
    if let Ok(c) = obj.cast::<Citation>() {
        return Ok(c.get().inner.clone());
    }
    if obj.is_instance_of::<PyString>() {
        let t = text_arg(obj)?;
        return ok(quyche::Citation::read(&t, reg).map_err(|e| e.at("/citation")));
    }
    convert::decode(obj, "/citation")
}

#[pymethods]
impl Citation {
    /// Parses one citation, in Vietnamese (with or without diacritics) or English forms, against
    /// the built-in catalogue or `reg`'s. Raises `quyche.InvalidInput` (`CITATION_PARSE`) or
    /// `quyche.NotFound` (`UNKNOWN_INSTRUMENT`).
    ///
    /// >>> quyche.Citation.parse("khoan 1 dieu 5 quyet dinh 2086/QD-UBND").to_dict()
    /// {'instrument': '2086/QĐ-UBND', 'article': 5, 'clause': 1}
    #[staticmethod]
    #[pyo3(signature = (text, reg=None))]
    fn parse(text: &Bound<'_, PyAny>, reg: Option<Reg<'_>>) -> PyResult<Self> {
        let t = text_arg(text)?;
        let inner = match reg {
            Some(r) => quyche::Citation::parse_with(&t, &*r.get().snapshot()),
            None => quyche::Citation::parse(&t),
        };
        Ok(Citation { inner: ok(inner)? })
    }

    /// A citation from its dict form (`{"instrument", "article", "clause"?, "point"?, ...}`).
    ///
    /// >>> str(quyche.Citation.from_dict({"instrument": "2086/QĐ-UBND", "article": 7, "clause": 5}))
    /// 'khoản 5 Điều 7 Quy chế 2086/QĐ-UBND'
    #[staticmethod]
    fn from_dict(value: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(Citation {
            inner: convert::decode(value, "")?,
        })
    }

    /// The citation in Vietnamese legal style (instrument names from `reg`, else built in).
    ///
    /// >>> quyche.Citation.parse("Art. 8(1), Cybersecurity Law 2018").vietnamese()
    /// 'khoản 1 Điều 8 Luật An ninh mạng 2018'
    #[pyo3(signature = (reg=None))]
    fn vietnamese(&self, reg: Option<Reg<'_>>) -> String {
        with_catalogue(reg, |r| self.inner.vi(r))
    }

    /// The citation in English (`Art. 8(1)(đ), Cybersecurity Law 2018`).
    ///
    /// >>> quyche.Citation.parse("khoản 1 Điều 8 Luật An ninh mạng 2018").english()
    /// 'Art. 8(1), Cybersecurity Law 2018'
    #[pyo3(signature = (reg=None))]
    fn english(&self, reg: Option<Reg<'_>>) -> String {
        with_catalogue(reg, |r| self.inner.en(r))
    }

    /// The Vietnamese form without diacritics (for systems that cannot store them).
    ///
    /// >>> quyche.Citation.parse("khoản 1 Điều 8 Luật An ninh mạng 2018").ascii()
    /// 'khoan 1 dieu 8 luat an ninh mang 2018'
    #[pyo3(signature = (reg=None))]
    fn ascii(&self, reg: Option<Reg<'_>>) -> String {
        with_catalogue(reg, |r| self.inner.vi_ascii(r))
    }

    /// The dict form (the shape in events, errors and JSON).
    ///
    /// >>> quyche.Citation.parse("Điều 2 Quyết định 2086/QĐ-UBND").to_dict()
    /// {'instrument': '2086/QĐ-UBND', 'article': 2}
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::py(py, &self.inner)
    }

    /// A compact language-neutral key, e.g. `"24/2018/QH14:8.1.đ"`.
    ///
    /// >>> quyche.Citation.parse("khoản 1 Điều 5 Quyết định 2086/QĐ-UBND").key
    /// '2086/QĐ-UBND:5.1'
    #[getter]
    fn key(&self) -> String {
        self.inner.key()
    }

    /// The instrument number, e.g. `"2086/QĐ-UBND"`.
    #[getter]
    fn instrument(&self) -> String {
        self.inner.instrument.as_str().to_string()
    }

    /// The article number.
    #[getter]
    fn article(&self) -> u16 {
        self.inner.article
    }

    /// The clause number, if any.
    #[getter]
    fn clause(&self) -> Option<u16> {
        self.inner.clause
    }

    /// The point letter (`"a"`, `"đ"`, …), if any.
    #[getter]
    fn point(&self) -> Option<&'static str> {
        self.inner.point.map(|p| p.as_str())
    }

    /// The enclosing provision (point → clause → article), or `None` for an article.
    ///
    /// >>> quyche.Citation.parse("khoản 1 Điều 5 Quyết định 2086/QĐ-UBND").parent().key
    /// '2086/QĐ-UBND:5'
    fn parent(&self) -> Option<Citation> {
        self.inner.parent().map(|inner| Citation { inner })
    }

    /// True when this citation designates `other` or a part of it.
    ///
    /// >>> k = quyche.Citation.parse("khoản 1 Điều 5 Quyết định 2086/QĐ-UBND")
    /// >>> k.is_within(k.parent())
    /// True
    fn is_within(&self, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let other = citation_arg(other, quyche::Regulation::khanh_hoa_ref())?;
        Ok(self.inner.is_within(&other))
    }

    fn __str__(&self) -> String {
        self.inner.to_string()
    }

    fn __repr__(&self) -> String {
        format!("Citation({:?})", self.inner.key())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Citation>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.inner.key().hash(&mut h);
        h.finish()
    }
}

/// Every citation found in free text, in order (against the built-in catalogue or `reg`'s).
///
/// >>> [c.key for c in quyche.find_citations("vi phạm khoản 1 Điều 8 Luật An ninh mạng 2018 và Điều 9 Luật Báo chí 2016")]
/// ['24/2018/QH14:8.1', '103/2016/QH13:9']
#[pyfunction]
#[pyo3(signature = (text, reg=None))]
pub fn find_citations(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    reg: Option<Reg<'_>>,
) -> PyResult<Vec<Citation>> {
    let t = text_arg(text)?;
    let snapshot = reg.map(|r| r.get().snapshot());
    let found = py.detach(|| {
        let reg = snapshot
            .as_deref()
            .unwrap_or_else(|| quyche::Regulation::khanh_hoa_ref());
        quyche::Citation::find_all(&t, reg)
    });
    Ok(found.into_iter().map(|inner| Citation { inner }).collect())
}

/// Every citation found in free text, and every part that looks like a citation of an
/// instrument the catalogue cannot tell (an unknown one, or a name that fits several, such as
/// "Luật Báo chí" without its year): `{"citations": [Citation], "unresolved": [error dicts]}`.
/// `find_citations` gives the first list only.
///
/// >>> scan = quyche.scan_citations("vi phạm Điều 9 Luật Báo chí và Điều 8 Luật An ninh mạng 2018")
/// >>> [c.key for c in scan["citations"]], [e["code"] for e in scan["unresolved"]]
/// (['24/2018/QH14:8'], ['UNKNOWN_INSTRUMENT'])
#[pyfunction]
#[pyo3(signature = (text, reg=None))]
pub fn scan_citations<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    reg: Option<Reg<'py>>,
) -> PyResult<Bound<'py, PyDict>> {
    let t = text_arg(text)?;
    let snapshot = reg.map(|r| r.get().snapshot());
    let scan = py.detach(|| {
        let reg = snapshot
            .as_deref()
            .unwrap_or_else(|| quyche::Regulation::khanh_hoa_ref());
        quyche::Citation::scan(&t, reg)
    });
    let out = PyDict::new(py);
    let citations: Vec<Citation> = scan
        .citations
        .into_iter()
        .map(|inner| Citation { inner })
        .collect();
    out.set_item("citations", citations)?;
    out.set_item("unresolved", convert::py(py, &scan.unresolved)?)?;
    Ok(out)
}

/// Parses one citation (the whole text) against the built-in catalogue or `reg`'s, as
/// `Citation.parse(text, reg)`. Raises `quyche.InvalidInput` (`CITATION_PARSE`) or
/// `quyche.NotFound` (`UNKNOWN_INSTRUMENT`).
///
/// >>> quyche.parse_citation("điểm đ khoản 1 Điều 8 Luật An ninh mạng 2018").key
/// '24/2018/QH14:8.1.đ'
#[pyfunction]
#[pyo3(signature = (text, reg=None))]
pub fn parse_citation(text: &Bound<'_, PyAny>, reg: Option<Reg<'_>>) -> PyResult<Citation> {
    Citation::parse(text, reg)
}

/// A citation (a `Citation`, its dict form, or text parsed against the catalogue) written in
/// Vietnamese (`lang="vi"`) or English (`lang="en"`), instrument names from `reg`'s catalogue
/// (else the built-in one).
///
/// >>> quyche.format_citation({"instrument": "24/2018/QH14", "article": 8, "clause": 1}, "en")
/// 'Art. 8(1), Cybersecurity Law 2018'
#[pyfunction]
#[pyo3(signature = (citation, lang, reg=None))]
pub fn format_citation(
    citation: &Bound<'_, PyAny>,
    lang: &Bound<'_, PyAny>,
    reg: Option<Reg<'_>>,
) -> PyResult<String> {
    let lang: quyche::text::Lang = convert::name(lang, "/lang")?;
    with_catalogue(reg, |r| Ok(citation_arg(citation, r)?.in_lang(r, lang)))
}
