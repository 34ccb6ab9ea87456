//! `quyche law-map [--scenarios DIR]`: the regulation's law map (what implements each article,
//! clause and point), with the conformance scenarios of a folder that test each provision.

use crate::output::{Failure, Outcome};
use quyche::error::Error;
use quyche::law::Citation;
use quyche::regulation::Regulation;
use serde_json::{Value, json};
use std::path::Path;

/// The conformance scenarios of `dir` for `reg` (those without a regulation of their own), with
/// the provisions each cites, as the law map's test reads them.
fn scenarios(reg: &Regulation, dir: &Path) -> Result<Vec<(String, Vec<Citation>)>, Failure> {
    let unreadable = |e: std::io::Error| {
        Failure::in_file(
            Error::invalid(
                "",
                format!("{} cannot be read: {e}", dir.display()),
                format!("không đọc được thư mục {}: {e}", dir.display()),
            ),
            dir,
        )
    };
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(unreadable)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = crate::input::read_text(&f)?;
        let v = quyche::json::read_json(&text).map_err(|e| Failure::in_file(e, &f))?;
        if v.get("regulation").is_some() {
            continue;
        }
        let mut cites = Vec::new();
        for (i, c) in v["cites"].as_array().into_iter().flatten().enumerate() {
            let key = format!("{}:{}", reg.instrument, c.as_str().unwrap_or_default());
            let c = Citation::from_key(&key).ok_or_else(|| {
                Failure::in_file(
                    Error::invalid(
                        format!("/cites/{i}"),
                        format!("`{key}` is not a citation key"),
                        format!("`{key}` không phải khóa điều khoản"),
                    ),
                    &f,
                )
            })?;
            cites.push(c);
        }
        let name = v["name"].as_str().unwrap_or_default().to_string();
        out.push((name, cites));
    }
    Ok(out)
}

/// `quyche law-map [--scenarios DIR]`.
pub fn run(reg: &Regulation, dir: Option<&Path>) -> Result<Outcome, Failure> {
    let sc = match dir {
        Some(d) => scenarios(reg, d)?,
        None => Vec::new(),
    };
    let entries: Vec<Value> = reg
        .law_map(&sc)
        .iter()
        .map(|e| {
            json!({
                "citation": e.citation, "key": e.citation.key(), "label": e.label, "depth": e.depth,
                "duties": e.duties, "workflow": e.workflow, "guards": e.guards,
                "reporting": e.reporting, "interpretations": e.interpretations,
                "scenarios": e.scenarios,
            })
        })
        .collect();
    Ok(Outcome::ok(
        reg.law_map_markdown(&sc),
        Value::Array(entries),
    ))
}
