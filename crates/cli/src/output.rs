//! What a command prints and how it ends: a result on stdout (text, or JSON with `--json`), an
//! error on stderr in the library's error shape (text), or on stdout as `{"error": …}` with
//! `--json`; the exit code.

use quyche::error::Error;
use quyche::regulation::Regulation;
use quyche::text::Lang;
use serde_json::{Value, json};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// How the output is written.
#[derive(Debug, Clone, Copy)]
pub struct Ctx {
    /// The language of the text.
    pub lang: Lang,
    /// JSON instead of text.
    pub json: bool,
}

/// What a command produced.
#[derive(Debug)]
pub struct Outcome {
    /// The text printed without `--json`.
    pub human: String,
    /// The value printed with `--json`.
    pub json: Value,
    /// False when the command found problems it reports as its result (exit code 1).
    pub ok: bool,
}

impl Outcome {
    /// A successful result.
    pub fn ok(human: String, json: Value) -> Outcome {
        Outcome {
            human,
            json,
            ok: true,
        }
    }
}

/// A refusal: the library's error, the file it is about, and its citations in words.
#[derive(Debug)]
pub struct Failure {
    /// The error (its `path` is a JSON pointer into `file`, or into the command line's value).
    pub error: Error,
    /// The file it is about.
    pub file: Option<PathBuf>,
    /// Its citations in words (Vietnamese, English), once a regulation is known.
    pub cited: Vec<(String, String)>,
}

impl From<Error> for Failure {
    fn from(error: Error) -> Failure {
        Failure {
            error,
            file: None,
            cited: Vec::new(),
        }
    }
}

impl Failure {
    /// The error about `file`.
    pub fn in_file(error: Error, file: &Path) -> Failure {
        Failure {
            error,
            file: Some(file.to_path_buf()),
            cited: Vec::new(),
        }
    }

    /// Writes the citations in words under `reg`.
    pub fn cited(mut self, reg: &Regulation) -> Failure {
        if self.cited.is_empty() {
            self.cited = citations(&self.error, reg);
        }
        self
    }
}

/// The citations of `e` in words under `reg`, in both languages.
pub fn citations(e: &Error, reg: &Regulation) -> Vec<(String, String)> {
    e.citations.iter().map(|c| (c.vi(reg), c.en(reg))).collect()
}

fn t<'a>(lang: Lang, vi: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// One error as text: code, pointer, message, help, citations, then its related errors.
pub fn error_text(
    e: &Error,
    lang: Lang,
    cited: &[(String, String)],
    file: Option<&Path>,
) -> String {
    let mut o = String::new();
    let at = e
        .path
        .as_deref()
        .map(|p| {
            format!(
                " {} {}",
                t(lang, "tại", "at"),
                if p.is_empty() { "\"\"" } else { p }
            )
        })
        .unwrap_or_default();
    let file = file
        .map(|f| format!(" ({} {})", t(lang, "tệp", "file"), f.display()))
        .unwrap_or_default();
    o.push_str(&format!(
        "{} [{}]{at}{file}\n",
        t(lang, "lỗi", "error"),
        e.code
    ));
    let message = match lang {
        Lang::Vi => &e.message_vi,
        Lang::En => &e.message,
    };
    o.push_str(&format!("  {message}\n"));
    let help = match lang {
        Lang::Vi => e.help_vi.as_ref(),
        Lang::En => e.help.as_ref(),
    };
    if let Some(h) = help {
        o.push_str(&format!("  {}: {h}\n", t(lang, "gợi ý", "help")));
    }
    let cites: Vec<String> = if cited.is_empty() {
        e.citations.iter().map(|c| c.key()).collect()
    } else {
        cited
            .iter()
            .map(|(vi, en)| t(lang, vi, en).to_string())
            .collect()
    };
    if !cites.is_empty() {
        o.push_str(&format!(
            "  {}: {}\n",
            t(lang, "căn cứ", "citations"),
            cites.join("; ")
        ));
    }
    for r in &e.related {
        let at = r.path.as_deref().unwrap_or("");
        let message = match lang {
            Lang::Vi => &r.message_vi,
            Lang::En => &r.message,
        };
        o.push_str(&format!(
            "  - [{}] {} {at}: {message}\n",
            r.code,
            t(lang, "tại", "at")
        ));
    }
    o
}

/// The JSON of a failure: `{"error": <Error>, "file": …}`.
pub fn failure_json(f: &Failure) -> Value {
    let mut v = json!({ "error": quyche_ffi::error_to_value(&f.error) });
    if let Some(file) = &f.file {
        v["file"] = json!(file.display().to_string());
    }
    v
}

/// Prints the outcome and gives the exit code.
pub fn finish(ctx: &Ctx, done: Result<Outcome, Failure>) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match done {
        Ok(o) => {
            let written = if ctx.json {
                let text = serde_json::to_string_pretty(&o.json).unwrap_or_default();
                writeln!(out, "{text}")
            } else {
                write!(out, "{}", o.human)
            };
            // A closed pipe (`quyche … | head`) is not an error of the command.
            let _ = written.and_then(|_| out.flush());
            if o.ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(f) => {
            if ctx.json {
                let text = serde_json::to_string_pretty(&failure_json(&f)).unwrap_or_default();
                let _ = writeln!(out, "{text}");
            } else {
                let text = error_text(&f.error, ctx.lang, &f.cited, f.file.as_deref());
                let _ = write!(std::io::stderr().lock(), "{text}");
            }
            ExitCode::from(1)
        }
    }
}
