//! For analysts: every case of a bundle of logs (or of JSON Lines logs) in one call, and the
//! flat table of cases. The loading, checking and the table's columns are the core's
//! (`quyche::case::load_bundle`, `quyche::case::CaseParts`, `quyche::report::case_cells`).

use crate::case::Case;
use crate::convert::{JsResult, js, json_text, string};
use crate::error::to_js;
use crate::regulation::{Regulation, shared_or_builtin};
use js_sys::{Array, Object, Reflect};
use quyche::report::CASE_COLUMNS;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_ANALYSTS: &'static str = r#"
/** A bundle of case logs for {@link loadCases}: the regulation id (or `{id, version}`) they were
 * recorded under, the bodies registered beyond the built-in ones, and each case's event log (or
 * stored case). */
export interface BundleData {
  regulation?: string | RegulationRef;
  register?: BodyRegistration[];
  cases: (Event[] | CaseData)[];
}
/** What {@link loadCases} returns: the regulation with the bundle's bodies registered, and the
 * cases, which hold it. */
export interface LoadedCases {
  regulation: Regulation;
  cases: Case[];
}
/** One row of {@link caseTable}: the members of `CaseRow` flattened (the detecting body as its
 * id and names, grounds as citation keys); instants are RFC 3339 strings in Vietnam time, or
 * `null`. No personal data. */
export interface CaseTableRow {
  case_id: string; regulation: string; status: CaseStatus; confidential: boolean;
  summary: string | null; platform: string | null; platform_kind: PlatformKind;
  content_kind: ContentKind; topics: Topic[]; law_date: NaiveDate; detected_by: string;
  detected_by_name_vi: string; detected_by_name_en: string; source: DetectionSource;
  detected_at: DateTime; notified_by: Channel | null; received_at: DateTime | null;
  consulted: number; opinions: number; verdict: Verdict | null; grounds: string[];
  concluded_at: DateTime | null; label: ContentLabel | null; actions: number;
  actions_open: number; removal_requests: number; platform_responses: PlatformResponse[];
  announcements: number; ended_at: DateTime | null; dismiss_reason: DismissReason | null;
  events: number; head_hash: string;
}
"#;

fn refuse(path: &str, en: &str, vi: &str) -> JsValue {
    to_js(quyche::Error::invalid(path, en, vi))
}

/// Every case of `source`, each checked by replaying its log (hash chain and every step):
/// a bundle (`{regulation, register, cases}`, as an object or its JSON text), or an array of
/// JSON Lines texts (one event per line; one text per case or per partition). `regulation` is
/// the one the logs were recorded under (default: the built-in Khánh Hòa regulation). Errors
/// point into the bundle (`/register/1/…`, `/cases/2/0/hash`) or at the text and its 1-based
/// line (`/0/7/hash`); when several cases fail, the others are in `related`.
#[wasm_bindgen(js_name = loadCases, unchecked_return_type = "LoadedCases")]
pub fn load_cases(
    #[wasm_bindgen(unchecked_param_type = "BundleData | string | string[]")] source: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Regulation | undefined")] regulation: Option<JsValue>,
) -> JsResult<JsValue> {
    let base = shared_or_builtin(&regulation, "regulation")?;
    let (reg, cases) = if Array::is_array(&source) {
        let mut parts = quyche::case::CaseParts::default();
        for (k, text) in Array::from(&source).iter().enumerate() {
            let text = string(&text, &k.to_string())?;
            parts.add(quyche_ffi::cases_from_jsonl(&base, &text));
        }
        (base, parts.finish().map_err(to_js)?)
    } else {
        let text = match source.as_string() {
            Some(t) => t,
            None if source.is_object() => json_text(&source, "source", "a bundle")?,
            None => {
                return Err(refuse(
                    "/source",
                    "expected a bundle (an object or its JSON text) or an array of JSON Lines texts",
                    "Cần một gói vụ việc (đối tượng hoặc văn bản JSON) hoặc một mảng văn bản JSON Lines.",
                ));
            }
        };
        let text = quyche::text::nfc(&text);
        let b = quyche::case::load_bundle_json(&base, &text).map_err(to_js)?;
        let reg = if b.regulation == *base {
            base
        } else {
            Rc::new(b.regulation)
        };
        (reg, b.cases)
    };
    let out = Object::new();
    let list = Array::new();
    for c in cases {
        list.push(&JsValue::from(Case::from_core(c, Rc::clone(&reg))));
    }
    Reflect::set(&out, &"regulation".into(), &Regulation::from_rc(reg).into())?;
    Reflect::set(&out, &"cases".into(), &list)?;
    Ok(out.into())
}

/// The flat table of `cases` (`Case` objects or their JSON records): one object per case, the
/// same keys in the same order, ready for a data-frame library or a spreadsheet. Each case is
/// checked by replaying its log under `regulation` (default: the built-in one), which names
/// the bodies. **No personal data**: no officer's name, no author's handle, no URL; a
/// confidential case has no summary or platform.
#[wasm_bindgen(js_name = caseTable, unchecked_return_type = "CaseTableRow[]")]
pub fn case_table(
    #[wasm_bindgen(unchecked_param_type = "(Case | CaseData)[]")] cases: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Regulation | undefined")] regulation: Option<JsValue>,
) -> JsResult<JsValue> {
    let reg = shared_or_builtin(&regulation, "regulation")?;
    if !Array::is_array(&cases) {
        return Err(refuse(
            "/cases",
            "expected an array of cases",
            "Cần một mảng vụ việc.",
        ));
    }
    let rows = Array::new();
    for (i, item) in Array::from(&cases).iter().enumerate() {
        let text = json_text(&item, &format!("cases/{i}"), "a case")?;
        quyche::json::check_size(&text).map_err(to_js)?;
        let case = quyche::case::Case::from_json(&reg, &quyche::text::nfc(&text))
            .map_err(|e| to_js(e.under(&format!("/{i}"))))?;
        let cells = quyche::report::case_cells(&quyche::report::case_row(&reg, &case));
        let row = Object::new();
        for (col, v) in CASE_COLUMNS.iter().zip(&cells) {
            Reflect::set(&row, &col.name.into(), &js(v)?)?;
        }
        rows.push(&row);
    }
    Ok(rows.into())
}
