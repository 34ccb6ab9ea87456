//! `quyche validate REGULATION.json`: every problem of a regulation document, each with its JSON
//! pointer (the core's validation: at most `quyche::regulation::MAX_PROBLEMS`).

use super::t;
use crate::output::{Failure, Outcome};
use quyche::error::Error;
use quyche::text::Lang;
use serde_json::json;
use std::path::Path;

pub fn run(file: &Path, lang: Lang) -> Result<Outcome, Failure> {
    let text = crate::input::read_text(file)?;
    match quyche_ffi::regulation_from_json(&text) {
        Ok(reg) => {
            let human = match lang {
                Lang::Vi => format!(
                    "{}: hợp lệ — quy chế {} (phiên bản dữ liệu {}), {} cơ quan, {} vai trò, {} bước quy trình.\n",
                    file.display(),
                    reg.id,
                    reg.version,
                    reg.register.bodies.len(),
                    reg.register.roles.len(),
                    reg.workflow.transitions.len()
                ),
                Lang::En => format!(
                    "{}: valid — regulation {} (data version {}), {} bodies, {} roles, {} workflow rows.\n",
                    file.display(),
                    reg.id,
                    reg.version,
                    reg.register.bodies.len(),
                    reg.register.roles.len(),
                    reg.workflow.transitions.len()
                ),
            };
            Ok(Outcome::ok(
                human,
                json!({"valid": true, "file": file.display().to_string(), "id": reg.id, "version": reg.version}),
            ))
        }
        Err(mut first) => {
            // The first problem, then the others the core found (its `related`), flat.
            let mut problems: Vec<Error> = std::mem::take(&mut first.related);
            problems.insert(0, first);
            let mut human = match lang {
                Lang::Vi => format!("{}: {} lỗi\n", file.display(), problems.len()),
                Lang::En => format!("{}: {} problem(s)\n", file.display(), problems.len()),
            };
            for p in &problems {
                let at = p.path.as_deref().unwrap_or("");
                let at = if at.is_empty() { "\"\"" } else { at };
                let message = match lang {
                    Lang::Vi => &p.message_vi,
                    Lang::En => &p.message,
                };
                human.push_str(&format!("- {at} [{}] {message}\n", p.code));
                let help = match lang {
                    Lang::Vi => p.help_vi.as_ref(),
                    Lang::En => p.help.as_ref(),
                };
                if let Some(h) = help {
                    human.push_str(&format!("    {}: {h}\n", t(lang, "gợi ý", "help")));
                }
            }
            let problems: Vec<_> = problems.iter().map(quyche_ffi::error_to_value).collect();
            Ok(Outcome {
                human,
                json: json!({"valid": false, "file": file.display().to_string(), "problems": problems}),
                ok: false,
            })
        }
    }
}
