//! `quyche replay LOG…`: every case of every file rebuilt from its log (hash chain and every
//! guard re-checked), a summary per case, and for a file that fails the first failing event with
//! its case, sequence number, line and code. JSON Lines files are read line by line (any size),
//! with a progress bar on a terminal.

use super::t;
use crate::output::{Failure, Outcome, citations, error_text};
use quyche::error::Error;
use quyche::regulation::Regulation;
use quyche::text::Lang;
use serde_json::{Value, json};
use std::io::BufRead;
use std::path::{Path, PathBuf};

/// One case that replayed.
struct Row {
    case_id: String,
    status: quyche::case::CaseStatus,
    events: usize,
    lines: Option<(usize, usize)>,
    head_hash: String,
}

/// The event a failure points at.
#[derive(Default)]
struct Failing {
    case_id: Option<String>,
    seq: Option<u64>,
    line: Option<usize>,
}

/// What one file gave.
struct FileResult {
    file: PathBuf,
    lines: Option<usize>,
    rows: Vec<Row>,
    error: Option<(Error, Failing)>,
}

/// The JSON Lines line a pointer `/<line>/…` names.
fn line_of(path: &str) -> Option<usize> {
    path.trim_start_matches('/').split('/').next()?.parse().ok()
}

/// The `seq` and `case_id` of the event on line `n` of `file`.
fn event_on_line(file: &Path, n: usize) -> Failing {
    let mut out = Failing {
        line: Some(n),
        ..Failing::default()
    };
    let Ok(f) = std::fs::File::open(file) else {
        return out;
    };
    let Some(Ok(text)) = std::io::BufReader::new(f).lines().nth(n.saturating_sub(1)) else {
        return out;
    };
    if let Ok(v) = serde_json::from_str::<Value>(&text) {
        out.seq = v.get("seq").and_then(Value::as_u64);
        out.case_id = v.get("case_id").and_then(Value::as_str).map(str::to_string);
    }
    out
}

/// True when `e` is malformed JSON on the last line of `file` and that line has no line end: a
/// log cut short.
fn cut_short(file: &Path, e: &Error) -> bool {
    use std::io::{Read, Seek, SeekFrom};
    if e.code != quyche::error::ErrorCode::InvalidJson {
        return false;
    }
    let Ok(mut f) = std::fs::File::open(file) else {
        return false;
    };
    let mut last = [0u8; 1];
    let ends_open =
        f.seek(SeekFrom::End(-1)).is_ok() && f.read_exact(&mut last).is_ok() && last[0] != b'\n';
    let Ok(g) = std::fs::File::open(file) else {
        return false;
    };
    let lines = std::io::BufReader::new(g).lines().count();
    ends_open && e.path.as_deref().and_then(line_of) == Some(lines)
}

/// The deepest event (an object with `seq`) along the pointer `path` into `v`.
fn event_at(v: &Value, path: &str) -> Failing {
    let tokens: Vec<&str> = path.split('/').skip(1).collect();
    let mut out = Failing::default();
    for n in 0..=tokens.len() {
        let prefix: String = tokens[..n].iter().map(|t| format!("/{t}")).collect();
        if let Some(e) = v.pointer(&prefix).filter(|e| e.get("seq").is_some()) {
            out.seq = e.get("seq").and_then(Value::as_u64);
            out.case_id = e.get("case_id").and_then(Value::as_str).map(str::to_string);
        }
    }
    out
}

fn jsonl(reg: &Regulation, file: &Path) -> Result<FileResult, Failure> {
    let (reader, bar) = crate::input::lines(file)?;
    let done = quyche_ffi::replay_jsonl_reader(reg, reader);
    bar.finish_and_clear();
    Ok(match done {
        Ok(s) => FileResult {
            file: file.to_path_buf(),
            lines: Some(s.lines),
            rows: s
                .cases
                .into_iter()
                .map(|c| Row {
                    case_id: c.case_id.to_string(),
                    status: c.status,
                    events: c.events,
                    lines: Some((c.first_line, c.last_line)),
                    head_hash: c.head_hash,
                })
                .collect(),
            error: None,
        },
        Err(e) => {
            let failing = e
                .path
                .as_deref()
                .and_then(line_of)
                .map(|n| event_on_line(file, n))
                .unwrap_or_default();
            let e = if failing.line.is_some() && cut_short(file, &e) {
                e.with_help(
                    "The last line of the file is cut short: the log was truncated (copied or written only in part). Restore the whole file; the lines before it can be checked without the last one.",
                    "Dòng cuối của tệp bị cắt cụt: nhật ký bị cắt (sao chép hoặc ghi chưa hết). Hãy khôi phục toàn bộ tệp; có thể kiểm tra các dòng trước đó khi bỏ dòng cuối.",
                )
            } else {
                e
            };
            FileResult {
                file: file.to_path_buf(),
                lines: None,
                rows: Vec::new(),
                error: Some((e, failing)),
            }
        }
    })
}

fn json_file(reg: &mut Regulation, file: &Path) -> Result<FileResult, Failure> {
    let text = crate::input::read_text(file)?;
    let fail = |e: Error, failing: Failing| FileResult {
        file: file.to_path_buf(),
        lines: None,
        rows: Vec::new(),
        error: Some((e, failing)),
    };
    let value = match quyche::json::read_json(&text) {
        Ok(v) => v,
        Err(e) => return Ok(fail(e, Failing::default())),
    };
    Ok(match crate::input::from_value(reg, value.clone()) {
        Ok(cases) => FileResult {
            file: file.to_path_buf(),
            lines: None,
            rows: cases
                .iter()
                .map(|c| Row {
                    case_id: c.id.to_string(),
                    status: c.status,
                    events: c.events.len(),
                    lines: None,
                    head_hash: c.head_hash().to_string(),
                })
                .collect(),
            error: None,
        },
        Err(e) => {
            let failing = event_at(&value, e.path.as_deref().unwrap_or(""));
            fail(e, failing)
        }
    })
}

fn human(r: &FileResult, reg: &Regulation, lang: Lang) -> String {
    let mut o = String::new();
    let file = r.file.display();
    match &r.error {
        None => {
            let events: usize = r.rows.iter().map(|x| x.events).sum();
            o.push_str(&match lang {
                Lang::Vi => format!(
                    "{file}: {} vụ việc, {events} sự kiện — chuỗi băm và mọi điều kiện đều hợp lệ\n",
                    r.rows.len()
                ),
                Lang::En => format!(
                    "{file}: {} case(s), {events} event(s) — every hash chain and guard checks out\n",
                    r.rows.len()
                ),
            });
            for x in &r.rows {
                let lines = x
                    .lines
                    .map(|(a, b)| format!(", {} {a}–{b}", t(lang, "dòng", "lines")))
                    .unwrap_or_default();
                o.push_str(&format!(
                    "  {}  {}  {} {}{lines}  {} {}\n",
                    x.case_id,
                    x.status.label().get(lang),
                    x.events,
                    t(lang, "sự kiện", "events"),
                    t(lang, "đầu chuỗi", "head"),
                    &x.head_hash[..x.head_hash.len().min(16)]
                ));
            }
        }
        Some((e, f)) => {
            let mut at = Vec::new();
            if let Some(c) = &f.case_id {
                at.push(format!("{} {c}", t(lang, "vụ việc", "case")));
            }
            if let Some(s) = f.seq {
                at.push(format!("{} {s}", t(lang, "số thứ tự", "seq")));
            }
            if let Some(l) = f.line {
                at.push(format!("{} {l}", t(lang, "dòng", "line")));
            }
            let what = if at.is_empty() {
                String::new()
            } else {
                format!(": {}", at.join(", "))
            };
            o.push_str(&format!(
                "{file}: {} [{}]{what}\n",
                t(lang, "sự kiện đầu tiên bị từ chối", "first failing event"),
                e.code
            ));
            for line in error_text(e, lang, &citations(e, reg), None).lines() {
                o.push_str(&format!("  {line}\n"));
            }
        }
    }
    o
}

fn to_json(r: &FileResult) -> Value {
    let cases: Vec<Value> = r
        .rows
        .iter()
        .map(|x| {
            let mut v = json!({"case_id": x.case_id, "status": x.status, "events": x.events, "head_hash": x.head_hash});
            if let Some((a, b)) = x.lines {
                v["first_line"] = json!(a);
                v["last_line"] = json!(b);
            }
            v
        })
        .collect();
    let mut v = json!({
        "file": r.file.display().to_string(),
        "ok": r.error.is_none(),
        "cases": cases,
        "events": r.rows.iter().map(|x| x.events).sum::<usize>(),
    });
    if let Some(l) = r.lines {
        v["lines"] = json!(l);
    }
    if let Some((e, f)) = &r.error {
        v["error"] = quyche_ffi::error_to_value(e);
        v["failing_event"] = json!({"case_id": f.case_id, "seq": f.seq, "line": f.line});
    }
    v
}

pub fn run(reg: &mut Regulation, files: &[PathBuf], lang: Lang) -> Result<Outcome, Failure> {
    let mut results = Vec::new();
    for f in files {
        let r = if crate::input::is_jsonl(f) {
            jsonl(reg, f)?
        } else {
            json_file(reg, f)?
        };
        results.push(r);
    }
    let ok = results.iter().all(|r| r.error.is_none());
    Ok(Outcome {
        human: results.iter().map(|r| human(r, reg, lang)).collect(),
        json: json!({"ok": ok, "files": results.iter().map(to_json).collect::<Vec<_>>()}),
        ok,
    })
}
