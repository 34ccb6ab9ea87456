//! Guards of the conclusion and the dismissal: a conclusion follows the coordination (an
//! opinion or a meeting); a violating verdict cites grounds that are catalogued, that are grounds
//! (never a borrowed definition) and that were in force at the content's law time; a case
//! concluded violating is not dismissed, and a dismissal's reason fits the case.

use super::{Ctx, limits};
use crate::case::command::{Conclude, Dismiss};
use crate::case::model::Case;
use crate::case::refusals::Refusal;
use crate::error::{Error, ErrorCode};
use crate::law::{Citation, Ground};
use crate::regulation::Regulation;
use crate::rules::{GuardId, GuardRule, Transition};
use crate::vocab::{CaseStatus, DismissReason, Verdict};
use chrono::NaiveDate;

/// A conclusion rests on the coordination: at least one opinion or meeting.
pub(super) fn evidence_required(_: &Ctx, case: &Case, rule: &GuardRule) -> Option<Error> {
    let v = case.verification.as_ref();
    v.is_none_or(|v| v.opinions.is_empty() && v.meetings.is_empty())
        .then(|| {
            let reading = rule.interpretation.then_some(rule.note.as_ref()).flatten();
            Refusal::EvidenceRequired { reading }.error(rule.citations.clone())
        })
}

/// A case concluded violating is handled, not dismissed.
pub(super) fn not_violating(_: &Ctx, case: &Case, rule: &GuardRule) -> Option<Error> {
    let violating = case.assessment.as_ref().map(|a| a.verdict) == Some(Verdict::Violating);
    (case.status == CaseStatus::Assessed && violating)
        .then(|| Refusal::ViolatingNotDismissed.error(rule.citations.clone()))
}

/// The payload checks of `conclude`.
pub(super) fn check_conclude(ctx: &Ctx, t: &Transition, c: &Conclude) -> Option<Error> {
    limits::text("/note", &c.note, false)
        .or_else(|| limits::citations("/grounds", &c.grounds))
        .or_else(|| grounds(ctx, t, c))
}

fn names(reg: &Regulation, grounds: &[&Ground]) -> (String, String) {
    let en: Vec<String> = grounds.iter().map(|g| g.citation.en(reg)).collect();
    let vi: Vec<String> = grounds.iter().map(|g| g.citation.vi(reg)).collect();
    (en.join("; "), vi.join("; "))
}

/// The grounds of a violating verdict.
fn grounds(ctx: &Ctx, t: &Transition, c: &Conclude) -> Option<Error> {
    let case = ctx.case?;
    if c.verdict != Verdict::Violating {
        return None;
    }
    let reg = ctx.reg;
    let law_day = crate::time::vn_date(&case.law_time());
    let in_force = || names(reg, &reg.catalogue.grounds_in_force(law_day));
    let help = |e: Error| {
        let (en, vi) = in_force();
        let d = law_day.format("%d/%m/%Y");
        e.with_help(
            format!("Grounds in force for content published on {law_day}: {en}."),
            format!("Căn cứ có hiệu lực đối với thông tin đăng tải ngày {d}: {vi}."),
        )
    };
    if c.grounds.is_empty() {
        let rule = t.guard(GuardId::GroundRequired)?;
        return Some(
            help(ground_error(
                ErrorCode::GroundRequired,
                rule,
                None,
                reg,
                law_day,
            ))
            .at("/grounds"),
        );
    }
    for (i, cited) in c.grounds.iter().enumerate() {
        if let Some(e) = one_ground(reg, t, cited, law_day) {
            return Some(help(e).at(format!("/grounds/{i}")));
        }
    }
    None
}

/// The first guard `cited` fails, if any.
fn one_ground(reg: &Regulation, t: &Transition, cited: &Citation, day: NaiveDate) -> Option<Error> {
    let cat = &reg.catalogue;
    if let Some(rule) = t.guard(GuardId::GroundInCatalogue)
        && cat.provision(cited).is_none()
    {
        return Some(ground_error(
            ErrorCode::UnknownProvision,
            rule,
            Some(cited),
            reg,
            day,
        ));
    }
    let covering = cat.grounds_covering(cited);
    if covering.is_empty() {
        if let Some(rule) = t.guard(GuardId::NotADefinition)
            && cat.definition_covering(cited).is_some()
        {
            return Some(ground_error(
                ErrorCode::DefinitionNotAGround,
                rule,
                Some(cited),
                reg,
                day,
            ));
        }
        let rule = t.guard(GuardId::GroundInCatalogue)?;
        return Some(ground_error(
            ErrorCode::NotAGround,
            rule,
            Some(cited),
            reg,
            day,
        ));
    }
    let rule = t.guard(GuardId::GroundInForce)?;
    if covering.iter().any(|g| g.in_force.contains(day)) {
        return None;
    }
    let successors: Vec<Citation> = covering
        .iter()
        .flat_map(|g| g.successors.iter())
        .filter_map(|s| s.citation.clone())
        .collect();
    Some(
        ground_error(ErrorCode::GroundNotInForce, rule, Some(cited), reg, day)
            .with_citations(successors),
    )
}

/// The refusal of a cited ground, in both languages.
fn ground_error(
    code: ErrorCode,
    rule: &GuardRule,
    cited: Option<&Citation>,
    reg: &Regulation,
    day: NaiveDate,
) -> Error {
    let (en_c, vi_c) = cited.map_or((String::new(), String::new()), |c| (c.en(reg), c.vi(reg)));
    let d = day.format("%d/%m/%Y");
    let (en, vi) = match code {
        ErrorCode::GroundRequired => (
            "A violating verdict must cite at least one legal ground.".to_string(),
            "Kết luận vi phạm phải viện dẫn ít nhất một căn cứ pháp lý.".to_string(),
        ),
        ErrorCode::UnknownProvision => (
            format!("{en_c} is not in the provision catalogue."),
            format!("{vi_c} không có trong danh mục điều khoản."),
        ),
        ErrorCode::DefinitionNotAGround => (
            format!(
                "{en_c} is a definition the regulation borrows, not a ground for calling information harmful."
            ),
            format!(
                "{vi_c} là định nghĩa được Quy chế dẫn chiếu, không phải căn cứ xác định thông tin xấu, độc."
            ),
        ),
        ErrorCode::NotAGround => (
            format!("{en_c} is not one of the grounds that make information harmful."),
            format!("{vi_c} không thuộc các căn cứ xác định thông tin sai sự thật, xấu, độc."),
        ),
        _ => (
            format!("{en_c} was not in force when the content was published ({day})."),
            format!("{vi_c} không có hiệu lực tại thời điểm đăng tải thông tin ({d})."),
        ),
    };
    Error::new(code, en, vi).with_citations(rule.citations.clone())
}

/// The payload checks of `dismiss`.
pub(super) fn check_dismiss(ctx: &Ctx, t: &Transition, d: &Dismiss) -> Option<Error> {
    if let Some(e) = limits::text("/note", &d.note, false).or_else(|| {
        d.duplicate_of
            .as_ref()
            .and_then(|id| limits::case_id("/duplicate_of", &id.0))
    }) {
        return Some(e);
    }
    let case = ctx.case?;
    let rule = t.guard(GuardId::DismissReasonFits)?;
    let bad = |en: &str, vi: &str, path: &str| {
        Some(
            Refusal::DismissReason { en, vi }
                .error(rule.citations.clone())
                .at(path),
        )
    };
    match d.reason {
        DismissReason::Duplicate => match &d.duplicate_of {
            None => bad(
                "A duplicate names the earlier case.",
                "Cần nêu vụ việc bị trùng.",
                "/duplicate_of",
            ),
            Some(id) if id == &case.id => bad(
                "A case cannot duplicate itself.",
                "Vụ việc không thể trùng với chính nó.",
                "/duplicate_of",
            ),
            Some(_) => None,
        },
        DismissReason::AssessedNotViolating if case.status != CaseStatus::Assessed => bad(
            "The case has not been assessed yet.",
            "Vụ việc chưa được kết luận.",
            "/reason",
        ),
        _ if d.duplicate_of.is_some() => bad(
            "duplicate_of is only for the reason `duplicate`.",
            "Trường duplicate_of chỉ dùng với lý do trùng vụ việc (`duplicate`).",
            "/duplicate_of",
        ),
        _ => None,
    }
}
