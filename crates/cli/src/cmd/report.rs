//! `quyche report`: the periodic report compiled from case files (every log replayed first) and
//! written as DOCX, Markdown, JSON or CSV; Markdown on stdout without `-o`.

use super::{Format, format_of, pretty, to_json, write};
use crate::cli::ReportArgs;
use crate::output::{Failure, Outcome};
use quyche::error::Error;
use quyche::org::BodyId;
use quyche::regulation::Regulation;
use quyche::report::{DocumentOptions, Period, Window, document, document_markdown};
use quyche::text::Lang;
use quyche_docs::CsvOptions;
use quyche_ffi::ReportRequest;
use serde_json::json;

/// `frequency:year[:index]` as a period, decoded by the core (its refusals at `/period/…`).
fn period(text: &str) -> quyche::Result<Period> {
    let parts: Vec<&str> = text.split(':').collect();
    let bad = || {
        Error::invalid(
            "/period",
            format!("`{text}` is not a period written frequency:year[:index] (six_monthly:2026)"),
            format!("`{text}` không phải kỳ báo cáo dạng tần_suất:năm[:số] (six_monthly:2026)"),
        )
    };
    let (f, y, i) = match parts.as_slice() {
        [f, y] => (*f, *y, None),
        [f, y, i] => (*f, *y, Some(*i)),
        _ => return Err(bad()),
    };
    let year: i64 = y.trim().parse().map_err(|_| bad())?;
    let mut v = json!({"frequency": f.trim(), "year": year});
    if let Some(i) = i {
        v["index"] = json!(i.trim().parse::<i64>().map_err(|_| bad())?);
    }
    quyche::json::from_value(v).map_err(|e| e.under("/period"))
}

/// `FROM..TO` as a data window.
fn window(text: &str) -> quyche::Result<Window> {
    let Some((from, to)) = text.split_once("..") else {
        return Err(Error::invalid(
            "/window",
            format!("`{text}` is not a window written FROM..TO (2025-12-15..2026-06-14)"),
            format!("`{text}` không phải kỳ số liệu dạng TỪ..ĐẾN (2025-12-15..2026-06-14)"),
        ));
    };
    let from = crate::when::date(from, "/window/from")?;
    let to = crate::when::date(to, "/window/to")?;
    Window::new(from, to)
}

pub fn run(reg: &mut Regulation, a: &ReportArgs, lang: Lang) -> Result<Outcome, Failure> {
    let format = a
        .output
        .as_deref()
        .map(|o| {
            format_of(
                o,
                &[Format::Docx, Format::Markdown, Format::Json, Format::Csv],
            )
        })
        .transpose()?;
    // The signing day, checked before the (possibly long) replay of the logs.
    let signed = a
        .date
        .as_deref()
        .map(|d| crate::when::date(d, "/date"))
        .transpose()?;
    let cases = crate::input::cases(reg, &a.files.files)?;
    let req = ReportRequest {
        cases,
        window: a.window.as_deref().map(window).transpose()?,
        period: a.period.as_deref().map(period).transpose()?,
        reporter: BodyId::new(&a.reporter),
        work: Vec::new(),
        difficulties: a.difficulties.clone(),
        proposals: a.proposals.clone(),
        include_case_ids: false,
    };
    let report = quyche_ffi::compile_report_request(reg, &req)?;
    let mut doc = document(
        reg,
        &report,
        DocumentOptions {
            lang,
            annex: a.annex,
        },
    );
    if let Some(day) = signed {
        doc = quyche_docs::docx::dated(&doc, reg.province.get(lang), day);
    }
    let both = || -> Result<serde_json::Value, Failure> {
        Ok(json!({"report": to_json(&report)?, "document": to_json(&doc)?}))
    };
    match (format, a.output.as_deref()) {
        (Some(Format::Docx), Some(o)) => write(o, &quyche_docs::report_docx(&doc)?, lang),
        (Some(Format::Markdown), Some(o)) => write(o, document_markdown(&doc).as_bytes(), lang),
        (Some(Format::Json), Some(o)) => write(o, pretty(&both()?).as_bytes(), lang),
        (Some(Format::Csv), Some(o)) => {
            let text = quyche_docs::report_csv(reg, &report, CsvOptions { lang, bom: a.bom })?;
            write(o, text.as_bytes(), lang)
        }
        _ => Ok(Outcome::ok(document_markdown(&doc), both()?)),
    }
}
