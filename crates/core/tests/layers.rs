//! The layers of the core (DESIGN.md, and the table of the crate root): each module imports only
//! from the modules below it, so the import drawing has no upward arrow and no cycle. This test
//! reads every source file of every module and fails on a `crate::<module>` path (outside
//! comments) that names a module at its own rank or above.

use std::path::{Path, PathBuf};

/// The modules from the ground floor up. A module may use only those before it.
const ORDER: [&str; 15] = [
    "text",       // bilingual labels, NFC
    "validity",   // dated validity
    "cite",       // a reference to a provision (every error carries some)
    "error",      // one error shape
    "json",       // the strict reader, decoder, writers, limits
    "vocab",      // the engine's closed vocabularies
    "law",        // instruments, provisions, grounds, time limits: the catalogue
    "time",       // Vietnam time, lunar calendar, holidays, working days
    "org",        // roles, bodies, territories: the register
    "duty",       // the responsibility matrix
    "rules",      // the workflow table and reporting rules (data types)
    "regulation", // a regulation = its parts; the built-in data; validation
    "case",       // commands, guards, events, the log, replay
    "report",     // reporting calendars, compiled reports, documents
    "schema",     // the JSON Schemas of the exchanged types
];

fn src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("readable source folder") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The module behind a re-export of the crate root (`crate::Error` is `error`'s).
fn root_alias(name: &str) -> &str {
    match name {
        "Error" | "ErrorCode" | "Result" => "error",
        "Citation" => "cite",
        "Status" => "law",
        "Regulation" => "regulation",
        "Label" => "text",
        "Validity" => "validity",
        other => other,
    }
}

/// The `crate::<name>` paths of `text`, outside `//` comments (`crate::{A, B}` gives each).
fn uses(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or_default();
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            rest = &rest[i + "crate::".len()..];
            let names: Vec<&str> = match rest.strip_prefix('{') {
                Some(group) => group
                    .split('}')
                    .next()
                    .unwrap_or_default()
                    .split(',')
                    .collect(),
                None => vec![rest],
            };
            for n in names {
                let name: String = n
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                out.push(root_alias(&name).to_string());
            }
        }
    }
    out
}

#[test]
fn every_module_imports_only_from_below() {
    let rank = |m: &str| ORDER.iter().position(|x| *x == m);
    let mut checked = 0;
    let mut wrong = Vec::new();
    for module in ORDER {
        let dir = src().join(module);
        let mut files = Vec::new();
        if dir.is_dir() {
            rust_files(&dir, &mut files);
        }
        let file = src().join(format!("{module}.rs"));
        if file.is_file() {
            files.push(file);
        }
        assert!(!files.is_empty(), "no source for module `{module}`");
        for f in files {
            let text = std::fs::read_to_string(&f).expect("readable");
            for used in uses(&text) {
                checked += 1;
                match rank(&used) {
                    Some(r) if r < rank(module).unwrap_or(0) || used == module => {}
                    Some(_) => wrong.push(format!(
                        "{}: `crate::{used}` is not below `{module}`",
                        f.display()
                    )),
                    None => wrong.push(format!("{}: unknown module `crate::{used}`", f.display())),
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} paths read");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Every module of the crate root is placed in [`ORDER`].
#[test]
fn every_module_has_a_layer() {
    let lib = std::fs::read_to_string(src().join("lib.rs")).expect("lib.rs");
    for line in lib.lines() {
        if let Some(rest) = line.strip_prefix("pub mod ") {
            let name = rest.trim_end_matches(';');
            assert!(
                ORDER.contains(&name),
                "module `{name}` has no layer in ORDER"
            );
        }
    }
}
