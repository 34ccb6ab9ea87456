//! The conclusion guard of Điều 2.2: information is "false or harmful" only when it violates
//! one of the grounds the regulation names (Điều 9 Luật Báo chí, khoản 1 Điều 8 Luật An ninh mạng,
//! Điều 5 NĐ 72/2013) — read at the content's law time, with their successors after 2024–2026.
//! This guard protects press freedom and freedom of speech (Điều 4.2).

use super::advisory::{Advisory, AdvisoryCode};
use super::command::Conclude;
use super::guards::{Ctx, r};
use super::model::Case;
use super::vocab::Verdict;
use crate::error::{Error, ErrorCode};
use crate::law::{Citation, Ground, GroundKind, GroundOrigin};
use crate::regulation::Regulation;
use chrono::NaiveDate;

/// The catalogued provision designated exactly by `c`, anywhere in the trees (depth first,
/// without collecting the trees into a list).
fn find_provision<'a>(
    level: &'a [crate::law::Provision],
    c: &Citation,
) -> Option<&'a crate::law::Provision> {
    level.iter().find_map(|p| {
        if &p.citation == c {
            Some(p)
        } else {
            find_provision(&p.children, c)
        }
    })
}

fn provision_exists(reg: &Regulation, c: &Citation) -> bool {
    find_provision(&reg.provisions, c).is_some()
}

/// The harm grounds covering `c` (the same filter as the public queries: a borrowed definition
/// of Điều 2.1 is never a ground).
fn covering<'a>(reg: &'a Regulation, c: &Citation) -> Vec<&'a Ground> {
    reg.grounds_covering(c)
}

fn in_force(reg: &Regulation, day: NaiveDate) -> Vec<&Ground> {
    reg.grounds_in_force(day)
}

/// The borrowed definition (Điều 2.1) covering `c`, if any.
fn definition_covering<'a>(reg: &'a Regulation, c: &Citation) -> Option<&'a Ground> {
    reg.grounds
        .iter()
        .find(|g| g.kind == GroundKind::Definition && c.is_within(&g.citation))
}

fn names(reg: &Regulation, cs: impl Iterator<Item = Citation>) -> (String, String) {
    let cs: Vec<Citation> = cs.collect();
    let vi: Vec<String> = cs.iter().map(|c| c.vi(reg)).collect();
    let en: Vec<String> = cs.iter().map(|c| c.en(reg)).collect();
    (en.join("; "), vi.join("; "))
}

/// Refuses a violating verdict without a ground in force at the content's law time.
pub(crate) fn check_conclusion(ctx: &Ctx, c: &Conclude) -> Result<(), Error> {
    let Some(case) = ctx.case else { return Ok(()) };
    if c.verdict != Verdict::Violating {
        return Ok(());
    }
    let reg = ctx.reg;
    let law_day = super::vn_day(case.law_time());
    // The grounds in force, for the help text of a refusal (only written when one is refused).
    let now = || {
        names(
            reg,
            in_force(reg, law_day)
                .into_iter()
                .map(|g| g.citation.clone()),
        )
    };
    if c.grounds.is_empty() {
        let (now_en, now_vi) = now();
        return Err(Error::new(
            ErrorCode::GroundRequired,
            "A violating verdict must cite at least one legal ground (Điều 2.2).",
            "Kết luận vi phạm phải viện dẫn ít nhất một căn cứ pháp lý (Điều 2.2).",
        )
        .with_help(
            format!("Grounds in force on {law_day}: {now_en}."),
            format!("Căn cứ có hiệu lực ngày {law_day}: {now_vi}."),
        )
        .with_citations([r(2).clause(2), r(4).clause(2)])
        .at("/grounds"));
    }
    for (i, cited) in c.grounds.iter().enumerate() {
        let path = || format!("/grounds/{i}");
        if !provision_exists(reg, cited) {
            let (now_en, now_vi) = now();
            return Err(Error::new(
                ErrorCode::UnknownProvision,
                format!("{} is not in the provision catalogue.", cited.en(reg)),
                format!("{} không có trong danh mục điều khoản.", cited.vi(reg)),
            )
            .with_help(
                format!("Grounds in force on {law_day}: {now_en}."),
                format!("Căn cứ có hiệu lực ngày {law_day}: {now_vi}."),
            )
            .at(path()));
        }
        let cov = covering(reg, cited);
        if cov.is_empty() && definition_covering(reg, cited).is_some() {
            let (now_en, now_vi) = now();
            return Err(Error::new(
                ErrorCode::DefinitionNotAGround,
                format!(
                    "{} is a definition the regulation borrows (Điều 2.1), not a ground for calling information harmful.",
                    cited.en(reg)
                ),
                format!(
                    "{} là định nghĩa được Quy chế dẫn chiếu (Điều 2.1), không phải căn cứ xác định thông tin xấu, độc.",
                    cited.vi(reg)
                ),
            )
            .with_help(
                format!("Grounds in force on {law_day}: {now_en}."),
                format!("Căn cứ có hiệu lực ngày {law_day}: {now_vi}."),
            )
            .with_citations([r(2).clause(1), r(2).clause(2), r(4).clause(2)])
            .at(path()));
        }
        if cov.is_empty() {
            let (now_en, now_vi) = now();
            return Err(Error::new(
                ErrorCode::NotAGround,
                format!("{} is not one of the grounds of Điều 2.2.", cited.en(reg)),
                format!("{} không thuộc các căn cứ của Điều 2.2.", cited.vi(reg)),
            )
            .with_help(
                format!("Grounds in force on {law_day}: {now_en}."),
                format!("Căn cứ có hiệu lực ngày {law_day}: {now_vi}."),
            )
            .with_citations([r(2).clause(2)])
            .at(path()));
        }
        if !cov.iter().any(|g| g.in_force.contains(law_day)) {
            let succ: Vec<Citation> = cov
                .iter()
                .flat_map(|g| g.successors.iter())
                .filter_map(|s| s.citation.clone())
                .collect();
            let (s_en, s_vi) = names(reg, succ.iter().cloned());
            let (now_en, now_vi) = now();
            let (help_en, help_vi) = if succ.is_empty() {
                (
                    format!(
                        "No successor provision is identified. Grounds in force on {law_day}: {now_en}."
                    ),
                    format!(
                        "Chưa xác định điều khoản thay thế. Căn cứ có hiệu lực ngày {law_day}: {now_vi}."
                    ),
                )
            } else {
                (
                    format!("Successor: {s_en}. Grounds in force on {law_day}: {now_en}."),
                    format!(
                        "Điều khoản thay thế: {s_vi}. Căn cứ có hiệu lực ngày {law_day}: {now_vi}."
                    ),
                )
            };
            return Err(Error::new(
                ErrorCode::GroundNotInForce,
                format!(
                    "{} was not in force at the content's law time ({law_day}).",
                    cited.en(reg)
                ),
                format!(
                    "{} không có hiệu lực tại thời điểm đăng tải thông tin ({law_day}).",
                    cited.vi(reg)
                ),
            )
            .with_help(help_en, help_vi)
            .with_citations(std::iter::once(r(2).clause(2)).chain(succ))
            .at(path()));
        }
    }
    Ok(())
}

/// Advisories for the grounds a conclusion cites: unconfirmed status, successor by interpretation.
pub(crate) fn ground_advisories(reg: &Regulation, case: &Case, c: &Conclude) -> Vec<Advisory> {
    let law_day = super::vn_day(case.law_time());
    let mut out = Vec::new();
    for cited in &c.grounds {
        for g in covering(reg, cited)
            .into_iter()
            .filter(|g| g.in_force.contains(law_day))
        {
            let status = find_provision(&reg.provisions, cited)
                .map(|n| n.status.max(g.status))
                .unwrap_or(g.status);
            if !status.is_confirmed() {
                let mut a = Advisory::new(
                    AdvisoryCode::UnconfirmedFact,
                    format!(
                        "{} is {} (status {}).",
                        cited.en(reg),
                        status.label().en,
                        status.code()
                    ),
                    format!(
                        "{} {} (mức {}).",
                        cited.vi(reg),
                        status.label().vi,
                        status.code()
                    ),
                    vec![cited.clone()],
                );
                a.status = Some(status);
                out.push(a);
            }
            if matches!(g.origin, GroundOrigin::Successor { .. }) {
                out.push(Advisory::new(
                    AdvisoryCode::Interpretation,
                    format!("{} replaces a ground named by Điều 2.2; reading the regulation's reference as moving to it is an interpretation.", cited.en(reg)),
                    format!("{} thay thế căn cứ được nêu tại Điều 2.2; việc áp dụng thay thế là cách hiểu.", cited.vi(reg)),
                    vec![r(2).clause(2), cited.clone()],
                ));
            }
        }
    }
    out
}
