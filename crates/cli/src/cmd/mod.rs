//! The subcommands, one module per kind of work: `validate`, `replay`, `report`, the questions
//! to the rules (`rules`: calendar, allowed, grounds, matrix; `law_map`), and the other documents
//! (`documents`: cases, claim-review, removal-request).

mod documents;
mod law_map;
mod replay;
mod report;
mod rules;
mod validate;

use crate::cli::{Cli, Command};
use crate::output::{Failure, Outcome};
use quyche::error::{Error, ErrorCode};
use quyche::text::Lang;
use std::path::Path;

/// Runs the command line's subcommand.
pub fn run(cli: &Cli) -> Result<Outcome, Failure> {
    let lang: Lang = cli.lang.into();
    match &cli.command {
        Command::Validate { file } => return validate::run(file, lang),
        Command::Completions { shell } => return Ok(completions(*shell)),
        _ => {}
    }
    let mut reg = crate::input::regulation(cli.regulation.as_deref())?;
    for f in &cli.register {
        crate::input::register_file(&mut reg, f)?;
    }
    let base = reg.clone();
    let done = match &cli.command {
        Command::Replay { files } => replay::run(&mut reg, files, lang),
        Command::Report(a) => report::run(&mut reg, a, lang),
        Command::Calendar { year, body, as_of } => {
            rules::calendar(&reg, *year, body.as_deref(), as_of.as_deref(), lang)
        }
        Command::Allowed {
            file,
            case_id,
            body,
            at,
        } => rules::allowed(
            &mut reg,
            file.as_deref(),
            case_id.as_deref(),
            body,
            at,
            lang,
        ),
        Command::Grounds { on } => rules::grounds(&reg, on, lang),
        Command::Matrix { role, on } => rules::matrix(&reg, role.as_deref(), on.as_deref(), lang),
        Command::LawMap { scenarios } => law_map::run(&reg, scenarios.as_deref()),
        Command::Cases { files, output, bom } => {
            documents::cases(&mut reg, &files.files, output.as_deref(), *bom, lang)
        }
        Command::ClaimReview {
            files,
            case_id,
            output,
        } => documents::claim_review(
            &mut reg,
            &files.files,
            case_id.as_deref(),
            output.as_deref(),
            lang,
        ),
        Command::RemovalRequest {
            files,
            case_id,
            request,
            output,
            annex,
        } => documents::removal_request(
            &mut reg,
            &files.files,
            case_id.as_deref(),
            request,
            output.as_deref(),
            *annex,
            lang,
        ),
        Command::Validate { .. } | Command::Completions { .. } => unreachable!("handled above"),
    };
    done.map_err(|f| f.cited(&base))
}

fn completions(shell: clap_complete::Shell) -> Outcome {
    use clap::CommandFactory;
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "quyche", &mut buf);
    let script = String::from_utf8_lossy(&buf).into_owned();
    Outcome::ok(script.clone(), serde_json::json!({ "script": script }))
}

/// Words in the output language.
pub fn t(lang: Lang, vi: &str, en: &str) -> String {
    match lang {
        Lang::Vi => vi.to_string(),
        Lang::En => en.to_string(),
    }
}

/// The file formats a command writes, by the output file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Word document.
    Docx,
    /// Markdown.
    Markdown,
    /// JSON.
    Json,
    /// CSV.
    Csv,
}

/// The format of `file` among `allowed`, or the refusal naming them.
pub fn format_of(file: &Path, allowed: &[Format]) -> Result<Format, Failure> {
    let ext = file
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let f = match ext.as_str() {
        "docx" => Some(Format::Docx),
        "md" | "markdown" => Some(Format::Markdown),
        "json" | "jsonld" => Some(Format::Json),
        "csv" => Some(Format::Csv),
        _ => None,
    };
    let names: Vec<&str> = allowed
        .iter()
        .map(|f| match f {
            Format::Docx => ".docx",
            Format::Markdown => ".md",
            Format::Json => ".json",
            Format::Csv => ".csv",
        })
        .collect();
    f.filter(|f| allowed.contains(f)).ok_or_else(|| {
        Failure::in_file(
            Error::invalid(
                "/output",
                format!(
                    "cannot tell the format of {}: use one of {}",
                    file.display(),
                    names.join(", ")
                ),
                format!(
                    "không xác định được định dạng của {}: dùng một trong {}",
                    file.display(),
                    names.join(", ")
                ),
            ),
            file,
        )
    })
}

/// Writes `bytes` to `file`, and says so.
pub fn write(file: &Path, bytes: &[u8], lang: Lang) -> Result<Outcome, Failure> {
    std::fs::write(file, bytes).map_err(|e| {
        Failure::in_file(
            Error::new(
                ErrorCode::InvalidInput,
                format!("{} cannot be written: {e}", file.display()),
                format!("không ghi được tệp {}: {e}", file.display()),
            )
            .at("/output"),
            file,
        )
    })?;
    let human = match lang {
        Lang::Vi => format!("Đã ghi {} ({} byte).\n", file.display(), bytes.len()),
        Lang::En => format!("Wrote {} ({} bytes).\n", file.display(), bytes.len()),
    };
    Ok(Outcome::ok(
        human,
        serde_json::json!({"written": file.display().to_string(), "bytes": bytes.len()}),
    ))
}

/// A value as pretty JSON text with a final newline.
pub fn pretty(v: &serde_json::Value) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    s
}

/// A value of the library as JSON.
pub fn to_json<T: serde::Serialize>(v: &T) -> Result<serde_json::Value, Failure> {
    quyche::json::to_value(v).map_err(Failure::from)
}
