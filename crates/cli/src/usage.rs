//! A command line that cannot be understood: clap's finding restated in the library's error
//! shape (code `INVALID_INPUT`, messages in both languages, help, a pointer naming the option),
//! as text on stderr or as `{"error": …}` on stdout with `--json`; exit code 2. `--help` and
//! `--version` are printed by clap as usual.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use quyche::error::{Error, ErrorCode};
use quyche::text::Lang;
use std::io::Write;
use std::process::ExitCode;

/// True when the raw arguments ask for `flag` (before clap could read them).
fn asks(flag: &str, value: Option<&str>) -> bool {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match value {
        None => args.iter().any(|a| a == flag),
        Some(v) => {
            args.windows(2).any(|w| w[0] == flag && w[1] == v)
                || args.iter().any(|a| *a == format!("{flag}={v}"))
        }
    }
}

/// The JSON pointer of the option or subcommand clap refused: `/on` for `--on <DATE>`.
fn pointer(e: &clap::Error) -> String {
    if e.kind() == ErrorKind::InvalidSubcommand {
        return "/command".to_string();
    }
    let arg = match e.get(ContextKind::InvalidArg) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.first().cloned().unwrap_or_default(),
        _ => return String::new(),
    };
    let name = arg
        .trim_start_matches('-')
        .split([' ', '='])
        .next()
        .unwrap_or_default()
        .trim_matches(|c| c == '<' || c == '>')
        .to_ascii_lowercase()
        .replace('-', "_");
    format!("/{name}")
}

/// clap's message (its first paragraph, without `error: `) and the usage that follows it.
fn split(e: &clap::Error) -> (String, String) {
    let text = e.render().to_string();
    let (head, rest) = text.split_once("\n\n").unwrap_or((&text, ""));
    let message = head
        .trim_start_matches("error: ")
        .lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ");
    (message, rest.trim_end().to_string())
}

/// Prints the refusal of the command line and gives exit code 2 (0 for `--help`/`--version`).
pub fn refuse(e: clap::Error) -> ExitCode {
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand && !asks("--json", None) {
        // `quyche` alone: the help, on stderr, as a refusal.
        let _ = e.print();
        return ExitCode::from(2);
    }
    let (message, usage) = split(&e);
    let error = Error::new(
        ErrorCode::InvalidInput,
        format!("The command line cannot be understood: {message}"),
        format!("Dòng lệnh không hợp lệ: {message}"),
    )
    .at(pointer(&e))
    .with_help(
        "See `quyche --help` or `quyche <COMMAND> --help` for the options and examples.",
        "Xem `quyche --help` hoặc `quyche <LỆNH> --help` để biết các tùy chọn và ví dụ.",
    );
    if asks("--json", None) {
        let v = serde_json::json!({ "error": quyche_ffi::error_to_value(&error) });
        let text = serde_json::to_string_pretty(&v).unwrap_or_default();
        let _ = writeln!(std::io::stdout().lock(), "{text}");
    } else {
        let lang = if asks("--lang", Some("en")) {
            Lang::En
        } else {
            Lang::Vi
        };
        let mut text = crate::output::error_text(&error, lang, &[], None);
        if !usage.is_empty() {
            text.push('\n');
            text.push_str(&usage);
            text.push('\n');
        }
        let _ = write!(std::io::stderr().lock(), "{text}");
    }
    ExitCode::from(2)
}
