//! The `quyche` command: validate a regulation, replay case logs, compile the periodic report as
//! DOCX, Markdown, JSON or CSV, and ask the rules (reporting calendar, allowed steps, grounds in
//! force, the responsibility matrix, the law map). Vietnamese by default (`--lang en`), JSON on
//! request (`--json`), errors in the library's one error shape.
//!
//! Exit codes: 0 success; 1 the input was read and refused (an invalid regulation, a tampered or
//! refused log, a file that cannot be read); 2 a command line that cannot be understood.
//!
//! No rule lives here: every answer is the core's (`quyche`), every file format the document
//! crate's (`quyche-docs`), every JSON Lines replay the binding support's (`quyche-ffi`).

mod cli;
mod cmd;
mod input;
mod output;
mod usage;
mod when;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage::refuse(e),
    };
    let ctx = output::Ctx {
        lang: cli.lang.into(),
        json: cli.json,
    };
    let done = cmd::run(&cli);
    output::finish(&ctx, done)
}
