//! The documents besides the report: `cases` (a table of cases without personal data),
//! `claim-review` (schema.org ClaimReview of a published case), `removal-request` (a removal
//! request recorded in a case, as DOCX or JSON).

use super::{Format, format_of, pretty, to_json, write};
use crate::output::{Failure, Outcome};
use quyche::regulation::Regulation;
use quyche::report::{DocumentOptions, case_row, published_finding, removal_notice};
use quyche::text::Lang;
use quyche_docs::CsvOptions;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// `quyche cases CASES… [-o FILE]`.
pub fn cases(
    reg: &mut Regulation,
    files: &[PathBuf],
    output: Option<&Path>,
    bom: bool,
    lang: Lang,
) -> Result<Outcome, Failure> {
    let format = output
        .map(|o| format_of(o, &[Format::Csv, Format::Json]))
        .transpose()?;
    let cases = crate::input::cases(reg, files)?;
    let rows: Vec<_> = cases.iter().map(|c| case_row(reg, c)).collect();
    let json = to_json(&rows)?;
    match (format, output) {
        (Some(Format::Json), Some(o)) => write(o, pretty(&json).as_bytes(), lang),
        (Some(_), Some(o)) => {
            let text = quyche_docs::cases_csv(reg, &rows, CsvOptions { lang, bom })?;
            write(o, text.as_bytes(), lang)
        }
        _ => Ok(Outcome::ok(
            quyche_docs::cases_csv(reg, &rows, CsvOptions { lang, bom })?,
            json,
        )),
    }
}

/// `quyche claim-review CASES… [--case ID] [-o FILE]`.
pub fn claim_review(
    reg: &mut Regulation,
    files: &[PathBuf],
    case_id: Option<&str>,
    output: Option<&Path>,
    lang: Lang,
) -> Result<Outcome, Failure> {
    if let Some(o) = output {
        format_of(o, &[Format::Json])?;
    }
    let cases = crate::input::cases(reg, files)?;
    let case = crate::input::pick(&cases, case_id)?;
    let finding = published_finding(reg, case)?;
    let reviews = Value::Array(quyche_docs::claim_reviews(&finding, lang));
    match output {
        Some(o) => write(o, pretty(&reviews).as_bytes(), lang),
        None => Ok(Outcome::ok(pretty(&reviews), reviews)),
    }
}

/// `quyche removal-request CASES… [--case ID] --request R [-o FILE]`.
pub fn removal_request(
    reg: &mut Regulation,
    files: &[PathBuf],
    case_id: Option<&str>,
    request: &str,
    output: Option<&Path>,
    annex: bool,
    lang: Lang,
) -> Result<Outcome, Failure> {
    let format = output
        .map(|o| format_of(o, &[Format::Docx, Format::Json]))
        .transpose()?;
    let cases = crate::input::cases(reg, files)?;
    let case = crate::input::pick(&cases, case_id)?;
    let notice = removal_notice(reg, case, request)?;
    let json = to_json(&notice)?;
    match (format, output) {
        (Some(Format::Docx), Some(o)) => {
            let bytes =
                quyche_docs::removal_request_docx(&notice, DocumentOptions { lang, annex })?;
            write(o, &bytes, lang)
        }
        (Some(_), Some(o)) => write(o, pretty(&json).as_bytes(), lang),
        _ => Ok(Outcome::ok(pretty(&json), json)),
    }
}
