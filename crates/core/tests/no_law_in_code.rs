//! The law is data: no instrument number, article of the built-in regulation, or id of its roles
//! and bodies appears in the engine's code (the core and the binding crates), outside comments,
//! tests and the file that loads the built-in data. A provision, a role or a body written into
//! Rust would be applied to every regulation loaded with `Regulation::from_json`.

use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The code lines of a file: comments and `#[cfg(test)]` modules left out.
fn code_lines(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start();
        if t.starts_with("#[cfg(test)]") {
            break;
        }
        if t.starts_with("//") {
            continue;
        }
        out.push((i + 1, line));
    }
    out
}

/// The built-in data's role and body ids, which code must not name.
fn builtin_ids() -> Vec<String> {
    let reg = quyche::Regulation::khanh_hoa_ref();
    let mut ids: Vec<String> = reg
        .register
        .roles
        .iter()
        .map(|r| format!("\"{}\"", r.id))
        .collect();
    ids.extend(reg.register.bodies.iter().map(|b| format!("\"{}\"", b.id)));
    ids.push(format!("\"{}\"", reg.id));
    ids
}

/// An instrument number: digits, a year, a kind (`45/2019/QH14`, `2086/QĐ-UBND` has no year but
/// ends in a kind).
fn instrument_like(line: &str) -> bool {
    let b: Vec<char> = line.chars().collect();
    for i in 0..b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
            continue;
        }
        let mut j = i;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j < b.len() && b[j] == '/' {
            let rest: String = b[j + 1..].iter().take(12).collect();
            let after_year = rest.split('/').nth(1).unwrap_or(&rest);
            if ["QĐ", "NĐ", "QH", "TT", "CT"]
                .iter()
                .any(|k| rest.starts_with(k) || after_year.starts_with(k))
            {
                return true;
            }
        }
    }
    false
}

/// An article literal: "Điều <digit>", or a duty id such as "7.1" or "7.3.đ" in quotes.
fn article_like(line: &str) -> bool {
    if let Some(i) = line.find("Điều ")
        && line[i + "Điều ".len()..].starts_with(|c: char| c.is_ascii_digit())
    {
        return true;
    }
    // Every quoted string: an article id is `digits.digits` with an optional point letter and
    // sub-item (`7.1`, `7.3.đ`, `7.1.a.4`).
    line.split('"').skip(1).step_by(2).any(duty_id)
}

fn duty_id(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    let num = |p: &str| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit());
    let letter = |p: &str| p.chars().count() == 1 && p.chars().all(|c| c.is_lowercase());
    match parts.as_slice() {
        [a, b] => num(a) && num(b),
        [a, b, c] => num(a) && num(b) && letter(c),
        [a, b, c, d] => num(a) && num(b) && letter(c) && num(d),
        _ => false,
    }
}

#[test]
fn no_law_in_the_engines_code() {
    let root = repo();
    let mut files = Vec::new();
    for dir in [
        "crates/core/src",
        "crates/ffi/src",
        "crates/py/src",
        "crates/wasm/src",
        "crates/cli/src",
        "crates/docs/src",
    ] {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(files.len() > 40, "found only {} files", files.len());
    let ids = builtin_ids();
    let mut found = Vec::new();
    for f in &files {
        if f.ends_with("regulation/builtin.rs") {
            continue; // the loader of the built-in data names its files
        }
        let text = std::fs::read_to_string(f).unwrap();
        for (n, line) in code_lines(&text) {
            let hit = instrument_like(line)
                || article_like(line)
                || line.contains("KHANH_HOA")
                || ids.iter().any(|id| line.contains(id.as_str()));
            if hit {
                found.push(format!(
                    "{}:{n}: {}",
                    f.strip_prefix(&root).unwrap().display(),
                    line.trim()
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "law written into code:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_detectors_catch_what_they_look_for() {
    assert!(instrument_like(r#"let x = "45/2019/QH14";"#));
    assert!(instrument_like(r#"Citation::article("2086/QĐ-UBND", 7)"#));
    assert!(!instrument_like("let ratio = 3/4;"));
    assert!(article_like(r#"format!("Điều 7")"#));
    assert!(article_like(r#"reg.duty("7.1")"#));
    assert!(article_like(r#"reg.duty("7.3.đ")"#));
    assert!(!article_like(r#"version = "0.1.0""#));
    assert!(code_lines("// Điều 7\nlet a = 1;\n#[cfg(test)]\nmod t { \"7.1\" }").len() == 1);
}
