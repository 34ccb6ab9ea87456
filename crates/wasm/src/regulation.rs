//! `Regulation`: one province's rules, loaded from JSON or built in.

use crate::error::{to_js, wrong_type};
use wasm_bindgen::prelude::*;

/// One province's coordination regulation with the legal catalogue it depends on.
///
/// ```js
/// import { Regulation } from "quyche";
/// const reg = Regulation.khanhHoa();
/// reg.id; // "khanh-hoa-2086"
/// ```
#[wasm_bindgen]
pub struct Regulation {
    inner: quyche::Regulation,
}

#[wasm_bindgen]
impl Regulation {
    /// The built-in Khánh Hòa regulation (QĐ 2086/QĐ-UBND, 12 August 2020).
    #[wasm_bindgen(js_name = khanhHoa)]
    pub fn khanh_hoa() -> Regulation {
        Regulation {
            inner: quyche::Regulation::khanh_hoa(),
        }
    }

    /// Loads and validates a regulation from JSON text. Throws a `QuycheError` (code
    /// `INVALID_JSON`, `INVALID_INPUT`, `INPUT_TOO_LARGE` or `INVALID_REGULATION`) whose `path`
    /// is the JSON pointer of the first bad field.
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> Result<Regulation, JsValue> {
        let text = text
            .as_string()
            .ok_or_else(|| wrong_type("text", "a string"))?;
        let inner = quyche::ffi::regulation_from_json(&text).map_err(to_js)?;
        Ok(Regulation { inner })
    }

    /// The regulation as pretty JSON text (the shape of `schemas/regulation.schema.json`).
    #[wasm_bindgen(js_name = toJson)]
    pub fn to_json(&self) -> String {
        self.inner.to_json()
    }

    /// Stable id, e.g. `"khanh-hoa-2086"`.
    #[wasm_bindgen(getter)]
    pub fn id(&self) -> String {
        self.inner.id.clone()
    }

    /// Version of the data set (recorded in every case event).
    #[wasm_bindgen(getter)]
    pub fn version(&self) -> String {
        self.inner.version.clone()
    }
}
