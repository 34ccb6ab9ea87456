//! What the end-to-end tests share: the repository's example data, the command under test, and
//! the library's own answers to compare the command's output with (so no article, date or status
//! is written here as a literal).
#![allow(dead_code)]

use assert_cmd::Command;
use quyche::case::Case;
use quyche::org::BodyRegistration;
use quyche::regulation::Regulation;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// A path from the repository root.
pub fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
}

/// The example cases the Python example writes (`examples/python/cases-2026.json`): a bundle of
/// body registrations and five event logs.
pub fn bundle_path() -> PathBuf {
    repo("examples/python/cases-2026.json")
}

/// The fictional second regulation of the repository's tests.
pub fn fictional_path() -> PathBuf {
    repo("tests/regulations/fictional-thu-nghiem.json")
}

/// The bundle as JSON.
pub fn bundle() -> Value {
    serde_json::from_str(&std::fs::read_to_string(bundle_path()).unwrap()).unwrap()
}

/// The built-in regulation with the bundle's bodies registered, and the bundle's cases rebuilt
/// by the library itself.
pub fn library_cases() -> (Regulation, Vec<Case>) {
    let b = bundle();
    let mut reg = Regulation::khanh_hoa();
    for r in b["register"].as_array().unwrap() {
        let r: BodyRegistration = serde_json::from_value(r.clone()).unwrap();
        reg.register_body(r.body, r.roles).unwrap();
    }
    let cases = b["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|log| {
            let events = quyche::case::log_from_value(&reg, log.clone()).unwrap();
            Case::replay_owned(&reg, events).unwrap()
        })
        .collect();
    (reg, cases)
}

/// The bundle's events as JSON Lines, one event per line, case after case.
pub fn bundle_jsonl() -> String {
    let mut out = String::new();
    for log in bundle()["cases"].as_array().unwrap() {
        for ev in log.as_array().unwrap() {
            out.push_str(&serde_json::to_string(ev).unwrap());
            out.push('\n');
        }
    }
    out
}

/// The `quyche` binary built by cargo for these tests.
pub fn quyche() -> Command {
    Command::cargo_bin("quyche").unwrap()
}

/// A temporary directory for one test's files, removed when dropped.
pub struct Tmp(PathBuf);

impl std::ops::Deref for Tmp {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Tmp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A fresh temporary directory for this test's files.
pub fn tmp(name: &str) -> Tmp {
    let d = std::env::temp_dir().join(format!("quyche-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    Tmp(d)
}

/// Runs the command and gives (exit code, stdout, stderr).
pub fn run(args: &[&str]) -> (i32, String, String) {
    let out = quyche().args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Runs the command with `--json` and parses stdout.
pub fn run_json(args: &[&str]) -> (i32, Value) {
    let mut all = args.to_vec();
    all.push("--json");
    let (code, out, err) = run(&all);
    let v = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}\n{err}"));
    (code, v)
}

/// The id of case `i` of the bundle.
pub fn case_id(i: usize) -> String {
    bundle()["cases"][i][0]["case_id"]
        .as_str()
        .unwrap()
        .to_string()
}

/// The text of `word/document.xml` in a written DOCX.
pub fn document_xml(docx: &Path) -> String {
    use std::io::Read;
    let bytes = std::fs::read(docx).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip package");
    let mut f = zip.by_name("word/document.xml").expect("word/document.xml");
    let mut s = String::new();
    f.read_to_string(&mut s).unwrap();
    s
}
