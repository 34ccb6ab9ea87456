//! Questions to the rules: `calendar`, `allowed`, `grounds`, `matrix`. Every answer
//! is the core's; this module only words it.

use super::{t, to_json};
use crate::output::{Failure, Outcome};
use chrono::NaiveDate;
use quyche::case::{Actor, allowed_commands};
use quyche::error::{Error, ErrorCode};
use quyche::law::{Citation, GroundKind, GroundOrigin};
use quyche::org::BodyId;
use quyche::regulation::Regulation;
use quyche::text::Lang;
use serde_json::{Value, json};
use std::path::Path;

fn date(text: &str, at: &str) -> Result<NaiveDate, Failure> {
    crate::when::date(text, at).map_err(Failure::from)
}

fn cite(reg: &Regulation, c: &Citation, lang: Lang) -> String {
    match lang {
        Lang::Vi => c.vi(reg),
        Lang::En => c.en(reg),
    }
}

fn day(d: NaiveDate) -> String {
    crate::when::day(d)
}

/// Today in Vietnam time (the command's clock; the core has none).
fn today() -> NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    chrono::DateTime::from_timestamp(secs + 7 * 3600, 0)
        .map(|t| t.date_naive())
        .unwrap_or_default()
}

fn unknown_body(id: &str) -> Failure {
    Failure::from(
        Error::new(
            ErrorCode::UnknownAgency,
            format!("the regulation has no body `{id}`"),
            format!("quy chế không có cơ quan `{id}`"),
        )
        .at("/body"),
    )
}

/// `quyche calendar YEAR [--body B] [--as-of D]`.
pub fn calendar(
    reg: &Regulation,
    year: i32,
    body: Option<&str>,
    as_of: Option<&str>,
    lang: Lang,
) -> Result<Outcome, Failure> {
    let as_of = match as_of {
        Some(d) => date(d, "/as_of")?,
        None => today(),
    };
    if let Some(b) = body
        && reg.register.body(&BodyId::new(b)).is_none()
    {
        return Err(unknown_body(b));
    }
    let cal = quyche::report::reporting_calendar(reg, year, as_of)
        .map_err(|e| Failure::from(if e.path.is_none() { e.at("/year") } else { e }))?;
    let rows: Vec<_> = cal
        .iter()
        .filter(|d| body.is_none_or(|b| d.body.as_str() == b))
        .collect();
    let mut o = match lang {
        Lang::Vi => format!("Lịch báo cáo năm {year} (tính đến ngày {}):\n", day(as_of)),
        Lang::En => format!("Reporting calendar {year} (as of {}):\n", day(as_of)),
    };
    for d in &rows {
        let flags = [
            Some(d.status.code().to_string()),
            d.interpretation
                .then(|| t(lang, "cách hiểu", "interpretation")),
            d.past.then(|| t(lang, "đã qua", "past")),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
        o.push_str(&format!(
            "- {} → {}: {} {} ({} {} → {}), {} {} [{flags}]\n",
            d.body_name.get(lang),
            d.recipient_name.get(lang),
            t(lang, "báo cáo", "report"),
            d.period.title().get(lang),
            t(lang, "số liệu", "data"),
            day(d.window.from),
            day(d.window.to),
            t(lang, "hạn gửi", "due"),
            day(d.due),
        ));
        let cites: Vec<String> = d.citations.iter().map(|c| cite(reg, c, lang)).collect();
        o.push_str(&format!(
            "    {}: {}\n",
            t(lang, "căn cứ", "basis"),
            cites.join("; ")
        ));
    }
    if rows.is_empty() {
        o.push_str(&format!(
            "  ({})\n",
            t(lang, "không có báo cáo nào", "no report due")
        ));
    }
    Ok(Outcome::ok(o, to_json(&rows)?))
}

/// `quyche allowed [CASE] --body B --at T`.
pub fn allowed(
    reg: &mut Regulation,
    file: Option<&Path>,
    case_id: Option<&str>,
    body: &str,
    at: &str,
    lang: Lang,
) -> Result<Outcome, Failure> {
    let at = crate::when::instant(at, "/at")?;
    let cases = match file {
        Some(f) => crate::input::cases_of(reg, f)?,
        None => Vec::new(),
    };
    let case = match file {
        Some(_) => Some(crate::input::pick(&cases, case_id)?),
        None => None,
    };
    if reg.register.body(&BodyId::new(body)).is_none() {
        return Err(unknown_body(body));
    }
    let checks = allowed_commands(reg, case, &Actor::body(body), at);
    let day = quyche::time::vn_date(&at);
    let name = reg.register.body_name(&BodyId::new(body), day);
    let mut o = match (case, lang) {
        (Some(c), Lang::Vi) => format!(
            "Vụ việc {} ({}) — {} vào {}:\n",
            c.id,
            c.status.vi(),
            name.vi,
            quyche::time::to_vn(at).format("%H:%M ngày %d/%m/%Y")
        ),
        (Some(c), Lang::En) => format!(
            "Case {} ({}) — {} at {}:\n",
            c.id,
            c.status.en(),
            name.en,
            quyche::time::to_vn(at).format("%H:%M on %d/%m/%Y (UTC+07:00)")
        ),
        (None, Lang::Vi) => format!(
            "Trước khi phát hiện — {} vào {}:\n",
            name.vi,
            quyche::time::to_vn(at).format("%H:%M ngày %d/%m/%Y")
        ),
        (None, Lang::En) => format!(
            "Before detection — {} at {}:\n",
            name.en,
            quyche::time::to_vn(at).format("%H:%M on %d/%m/%Y (UTC+07:00)")
        ),
    };
    for c in &checks {
        let mark = if c.allowed { "✓" } else { "✗" };
        let cites: Vec<String> = c.citations.iter().map(|x| cite(reg, x, lang)).collect();
        o.push_str(&format!(
            "{mark} {} ({}) — {}\n",
            c.label.get(lang),
            c.command.as_str(),
            cites.join("; ")
        ));
        for f in &c.failures {
            let m = match lang {
                Lang::Vi => &f.message_vi,
                Lang::En => &f.message,
            };
            o.push_str(&format!("    [{}] {m}\n", f.code));
        }
    }
    Ok(Outcome::ok(o, to_json(&checks)?))
}

/// `quyche grounds --on D`.
pub fn grounds(reg: &Regulation, on: &str, lang: Lang) -> Result<Outcome, Failure> {
    let d = date(on, "/on")?;
    let in_force = reg.grounds_in_force(d);
    let mut o = match lang {
        Lang::Vi => format!(
            "Căn cứ xác định thông tin sai sự thật, xấu, độc đăng tải ngày {}:\n",
            day(d)
        ),
        Lang::En => format!("Grounds for content published on {}:\n", day(d)),
    };
    for g in &in_force {
        let origin = match g.origin {
            GroundOrigin::Regulation { ref cited_by } => match lang {
                Lang::Vi => format!("do quy chế nêu tại {}", cite(reg, cited_by, lang)),
                Lang::En => format!("named by {}", cite(reg, cited_by, lang)),
            },
            GroundOrigin::Successor { .. } => {
                t(lang, "kế thừa — cách hiểu", "successor — interpretation")
            }
            // An origin this command does not know yet: said, not guessed.
            _ => t(lang, "nguồn khác", "other origin"),
        };
        o.push_str(&format!(
            "- {} — {} ({} {}; {origin})\n",
            cite(reg, &g.citation, lang),
            g.label.get(lang),
            t(lang, "mức", "status"),
            g.status.code(),
        ));
    }
    let mut repealed = Vec::new();
    for g in reg
        .catalogue
        .grounds
        .iter()
        .filter(|g| g.kind == GroundKind::Harm && g.in_force.to.is_some_and(|to| to < d))
    {
        for s in &g.successors {
            let to = s.citation.as_ref().map_or_else(
                || {
                    format!(
                        "{} ({})",
                        s.instrument,
                        t(lang, "chưa xác định điều", "article unidentified")
                    )
                },
                |c| cite(reg, c, lang),
            );
            o.push_str(&format!(
                "  ✗ {} {} → {to} {} {} ({} {})\n",
                cite(reg, &g.citation, lang),
                t(lang, "hết hiệu lực", "repealed"),
                t(lang, "từ", "from"),
                day(s.from),
                t(lang, "mức", "status"),
                s.status.code()
            ));
            repealed.push(json!({"ground": g.id, "successor": to_json(s)?}));
        }
    }
    Ok(Outcome::ok(
        o,
        json!({"on": d, "grounds": to_json(&in_force)?, "repealed": repealed}),
    ))
}

/// `quyche matrix [--role R] [--on D]`.
pub fn matrix(
    reg: &Regulation,
    role: Option<&str>,
    on: Option<&str>,
    lang: Lang,
) -> Result<Outcome, Failure> {
    let on = on.map(|d| date(d, "/on")).transpose()?;
    let roles: Vec<&quyche::org::Role> = match role {
        Some(r) => vec![
            reg.role_named(r)
                .map_err(|e| Failure::from(e.at("/role")))?,
        ],
        None => reg.register.roles.iter().collect(),
    };
    let mut o = String::new();
    let mut out = Vec::new();
    for r in roles {
        let duties = match on {
            Some(d) => reg.duties_of_on(&r.id, d),
            None => reg.duties_of(&r.id),
        };
        let obligation = match r.obligation {
            quyche::org::Obligation::Mandatory => t(lang, "bắt buộc", "mandatory"),
            quyche::org::Obligation::Requested => t(lang, "đề nghị", "requested"),
            // An obligation this command does not know yet: its code.
            _ => serde_json::to_value(r.obligation)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
        };
        o.push_str(&format!(
            "{} ({}) — {}: {obligation}\n",
            r.label.get(lang),
            r.id.as_str(),
            t(lang, "nghĩa vụ", "obligation")
        ));
        for d in &duties {
            let act = reg.matrix.activity(&d.activity).map_or_else(
                || d.activity.as_str().to_string(),
                |a| a.label.get(lang).to_string(),
            );
            o.push_str(&format!(
                "- [{}] {}\n    {} · {act}\n",
                cite(reg, &d.citation, lang),
                d.label.get(lang),
                d.participation.label().get(lang)
            ));
        }
        o.push('\n');
        out.push(json!({"role": r.id, "label": r.label, "duties": to_json(&duties)?}));
    }
    Ok(Outcome::ok(o, Value::Array(out)))
}
