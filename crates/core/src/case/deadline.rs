//! Legal deadlines of handling actions, computed from the time-limit catalogue in force at the
//! request time (`legal/README.md` §2). The regulation itself only says "kịp thời" (timely).

use super::advisory::{Advisory, AdvisoryCode};
use super::model::Deadline;
use super::vocab::{ActionKind, PlatformKind, RemovalTarget};
use crate::law::{Limit, TimeLimit, TimeLimitRule};
use crate::org::Role;
use crate::regulation::Regulation;
use chrono::{DateTime, Duration, FixedOffset};

/// What a deadline computation needs to know about the request.
pub(crate) struct Request<'a> {
    pub kind: ActionKind,
    pub platform_kind: PlatformKind,
    pub target: RemovalTarget,
    pub emergency: bool,
    pub requester_roles: &'a [Role],
    pub at: DateTime<FixedOffset>,
}

/// The rules to try, in order, for a request (first one with a row in force wins):
/// - removal from a general website or social network: NĐ 72/2013 Điều 23d (added by NĐ 27/2018),
///   3 h, until 2024-12-24;
/// - removal by an account or page owner on a state body's request: NĐ 147/2024, 24 h;
/// - removal by a service provider on request: Luật An ninh mạng 2018 Điều 26.2.b (24 h), then
///   Luật An ninh mạng 2025 Điều 25.2.b (24 h; 6 h in an emergency);
/// - spokesperson statement: NĐ 09/2017 Điều 6.3.a, then NĐ 244/2026 Điều 7.3–4 (24 h).
fn rules_for(req: &Request) -> Vec<TimeLimitRule> {
    match req.kind {
        ActionKind::RemovalRequest => {
            let mut rules = Vec::new();
            if req.target == RemovalTarget::AccountOwner {
                rules.push(TimeLimitRule::OwnerRemovalOnStateRequest);
            }
            if matches!(
                req.platform_kind,
                PlatformKind::SocialNetwork | PlatformKind::GeneralWebsite
            ) {
                rules.push(TimeLimitRule::PlatformRemoval);
            }
            rules.push(TimeLimitRule::ProviderRemovalOnRequest);
            rules
        }
        ActionKind::SpokespersonStatement => vec![TimeLimitRule::SpokespersonStatement],
        _ => Vec::new(),
    }
}

fn hours(limit: Limit) -> Option<u32> {
    match limit {
        Limit::Hours(h) => Some(h),
        Limit::Days(d) => Some(d.saturating_mul(24)),
        Limit::Immediately => Some(0),
    }
}

/// The deadline for a request, with the advisories it raises (unconfirmed limit, interpretation,
/// emergency without an emergency limit, no limit at all).
pub(crate) fn compute(reg: &Regulation, req: &Request) -> (Option<Deadline>, Vec<Advisory>) {
    let mut adv = Vec::new();
    let rules = rules_for(req);
    if rules.is_empty() {
        return (None, adv);
    }
    let day = super::vn_day(req.at);
    let row: Option<&TimeLimit> = rules.iter().find_map(|rule| {
        reg.time_limits
            .iter()
            .find(|t| t.rule == *rule && t.in_force.contains(day))
    });
    let Some(row) = row else {
        adv.push(Advisory::new(
            AdvisoryCode::NoTimeLimit,
            "No catalogued time limit applies to this request on this date.".into(),
            "Không có thời hạn nào trong danh mục áp dụng cho yêu cầu này vào ngày này.".into(),
            Vec::new(),
        ));
        return (None, adv);
    };
    let mut limit = row.limit;
    if req.emergency {
        match row.emergency_limit {
            Some(e) => limit = e,
            None => adv.push(Advisory::new(
                AdvisoryCode::NoTimeLimit,
                format!("The request is flagged as an emergency, but {} has no emergency limit on this date: the ordinary limit applies.", row.instrument),
                format!("Yêu cầu được đánh dấu khẩn cấp nhưng {} không có thời hạn khẩn cấp vào ngày này: áp dụng thời hạn thông thường.", row.instrument),
                row.provision.clone().into_iter().collect(),
            )),
        }
    }
    let Some(h) = hours(limit) else {
        return (None, adv);
    };
    // The Cybersecurity Laws' limits run on the request of the police cybersecurity force (and,
    // under the 2018 law, the information ministry); applying them to a provincial lead agency's
    // request is our interpretation.
    let interpretation = row.rule == TimeLimitRule::ProviderRemovalOnRequest
        && !req.requester_roles.contains(&Role::Police);
    if !row.status.is_confirmed() {
        let mut a = Advisory::new(
            AdvisoryCode::UnconfirmedFact,
            format!(
                "The {h}-hour limit ({}) is {} (status {}).",
                row.instrument,
                row.status.label().en,
                row.status.code()
            ),
            format!(
                "Thời hạn {h} giờ ({}) {} (mức {}).",
                row.instrument,
                row.status.label().vi,
                row.status.code()
            ),
            row.provision.clone().into_iter().collect(),
        );
        a.status = Some(row.status);
        adv.push(a);
    }
    if interpretation {
        adv.push(Advisory::new(
            AdvisoryCode::Interpretation,
            "The limit is set for requests of the police cybersecurity force; applying it to this requester is an interpretation.".into(),
            "Thời hạn được quy định cho yêu cầu của lực lượng chuyên trách bảo vệ an ninh mạng; áp dụng cho cơ quan yêu cầu này là cách hiểu.".into(),
            row.provision.clone().into_iter().collect(),
        ));
    }
    let deadline = Deadline {
        due: req.at + Duration::hours(i64::from(h)),
        hours: h,
        rule_id: row.id.clone(),
        provision: row.provision.clone(),
        instrument: row.instrument.0.clone(),
        status: row.status,
        interpretation,
    };
    (Some(deadline), adv)
}
