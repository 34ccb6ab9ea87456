//! Deadlines: the regulation's deadline rules (`crate::rules::DeadlineRule`) applied to a step.
//! The first time-limit row in force on the start day that covers the step wins; the deadline
//! binds whom the law binds (a platform, an account owner, the acting body, the body expected to
//! take the next step); the limit's own status and the interpretations of applying it here are
//! kept apart.

use super::advisory::{Advisory, AdvisoryCode};
use super::model::Deadline;
use crate::law::{Limit, LimitQuery, TimeLimit};
use crate::org::RoleId;
use crate::regulation::Regulation;
use crate::rules::{DeadlineRule, LimitApplication};
use crate::text::Label;
use crate::time::WorkCalendar;
use crate::vocab::Trigger;
use chrono::{DateTime, Duration, FixedOffset, NaiveTime, TimeZone};

/// What a deadline computation needs to know about the step.
pub(crate) struct Clock<'a> {
    /// The facts that select a row.
    pub query: LimitQuery,
    /// When the clock starts.
    pub start: DateTime<FixedOffset>,
    /// True when `start` was taken from the step itself, not from a time the caller gave.
    pub start_assumed: bool,
    /// An emergency.
    pub emergency: bool,
    /// The roles of the body that sent the request (for request-triggered limits).
    pub requester_roles: &'a [&'a RoleId],
}

/// The deadline under `rule` for the step, with the advisories it raises.
pub(crate) fn compute(
    reg: &Regulation,
    rule: &DeadlineRule,
    clock: &Clock,
) -> (Option<Deadline>, Vec<Advisory>) {
    let mut adv = Vec::new();
    let day = crate::time::vn_date(&clock.start);
    let found = pick(reg, rule, day, &clock.query);
    let Some((app, row, exact)) = found else {
        adv.push(Advisory::new(
            AdvisoryCode::NoTimeLimit,
            "No catalogued time limit applies to this step on this date.".into(),
            "Không có thời hạn nào trong danh mục áp dụng cho bước này vào ngày này.".into(),
            Vec::new(),
        ));
        return (None, adv);
    };
    let limit = match (clock.emergency, row.emergency_limit) {
        (true, Some(e)) => e,
        (true, None) => {
            adv.push(no_emergency_limit(row));
            row.limit
        }
        (false, _) => row.limit,
    };
    let reasons = interpretations(reg, row, app, clock, exact);
    let status = row.status_on(day);
    let Some(due) = due(limit, clock.start) else {
        return (None, adv);
    };
    adv.extend(notices(reg, row, status, &reasons));
    let deadline = Deadline {
        due,
        limit,
        binds: row.binds,
        rule_id: row.id.clone(),
        provision: row.provision.clone(),
        instrument: row.instrument.0.clone(),
        status,
        interpretation: !reasons.is_empty(),
        application: reasons,
    };
    (Some(deadline), adv)
}

/// The first row (in the rule's order) in force on `day` covering `q`; when none covers its
/// trigger, the first row ignoring the trigger (`exact` false).
fn pick<'a>(
    reg: &'a Regulation,
    rule: &'a DeadlineRule,
    day: chrono::NaiveDate,
    q: &LimitQuery,
) -> Option<(&'a LimitApplication, &'a TimeLimit, bool)> {
    let cat = &reg.catalogue;
    let exact = rule
        .apply
        .iter()
        .find_map(|a| cat.time_limit_for(&a.rule, day, q).map(|r| (a, r, true)));
    exact.or_else(|| {
        let loose = |t: &TimeLimit| {
            let mut q = *q;
            q.trigger = t.scope.triggers.first().copied();
            t.covers(&q)
        };
        rule.apply.iter().find_map(|a| {
            cat.time_limits(&a.rule, day)
                .into_iter()
                .find(|t| loose(t))
                .map(|r| (a, r, false))
        })
    })
}

/// When a limit started at `start` falls due: hours and days on the clock, working days at the
/// end of the last one (Vietnam time), "immediately" at once.
fn due(limit: Limit, start: DateTime<FixedOffset>) -> Option<DateTime<FixedOffset>> {
    let vn = crate::time::to_vn(start);
    match limit {
        Limit::Hours(h) => Some(vn + Duration::hours(i64::from(h))),
        Limit::Days(d) => Some(vn + Duration::days(i64::from(d))),
        Limit::Immediately => Some(vn),
        Limit::WorkingDays(n) => {
            let count = WorkCalendar::vietnam()
                .add_working_days(vn.date_naive(), n)
                .ok()?;
            let end = count.date.and_time(NaiveTime::from_hms_opt(23, 59, 59)?);
            vn.offset().from_local_datetime(&end).single()
        }
    }
}

/// Why applying `row` to this step is an interpretation.
fn interpretations(
    reg: &Regulation,
    row: &TimeLimit,
    app: &LimitApplication,
    clock: &Clock,
    exact: bool,
) -> Vec<Label> {
    let mut out = Vec::new();
    let named = &app.named_requesters;
    let request = clock.query.trigger == Some(Trigger::Request);
    if request && !clock.requester_roles.iter().any(|r| named.contains(r)) {
        let who: Vec<String> = clock
            .requester_roles
            .iter()
            .map(|r| reg.register.role_label(r).vi)
            .collect();
        let who_en: Vec<String> = clock
            .requester_roles
            .iter()
            .map(|r| reg.register.role_label(r).en)
            .collect();
        out.push(Label::new(
            format!("Văn bản không nêu {} là bên yêu cầu; áp dụng thời hạn này cho yêu cầu của cơ quan là cách hiểu.", who.join(", ")),
            format!("The provision does not name {} as a requester; applying its limit to this request is an interpretation.", who_en.join(", ")),
        ));
    }
    if !exact || (clock.start_assumed && !row.scope.triggers.is_empty()) {
        let kinds: Vec<&str> = row.scope.triggers.iter().map(|t| t.vi()).collect();
        let kinds_en: Vec<&str> = row.scope.triggers.iter().map(|t| t.en()).collect();
        out.push(Label::new(
            format!(
                "Thời hạn tính {}; thời điểm bắt đầu được lấy từ bước này là cách hiểu.",
                kinds.join(", ").to_lowercase()
            ),
            format!(
                "The limit runs {}; taking the start from this step is an interpretation.",
                kinds_en.join(", ").to_lowercase()
            ),
        ));
    }
    if row.interpretation
        && let Some(n) = &row.note
    {
        out.push(n.clone());
    }
    if let Some(n) = &app.note {
        out.push(n.clone());
    }
    out
}

fn no_emergency_limit(row: &TimeLimit) -> Advisory {
    Advisory::new(
        AdvisoryCode::NoTimeLimit,
        format!(
            "The step is flagged as an emergency, but {} has no emergency limit on this date: the ordinary limit applies.",
            row.instrument
        ),
        format!(
            "Bước này được đánh dấu khẩn cấp nhưng {} không có thời hạn khẩn cấp vào ngày này: áp dụng thời hạn thông thường.",
            row.instrument
        ),
        row.provision.clone().into_iter().collect(),
    )
}

/// The limit's unconfirmed status and the interpretations, as advisories.
fn notices(
    reg: &Regulation,
    row: &TimeLimit,
    status: crate::law::Status,
    reasons: &[Label],
) -> Vec<Advisory> {
    let mut out = Vec::new();
    let what = row.provision.as_ref().map_or_else(
        || Label::new(row.instrument.as_str(), row.instrument.as_str()),
        |c| Label::new(c.vi(reg), c.en(reg)),
    );
    let limit = row.limit.label();
    if !status.is_confirmed() {
        let mut a = Advisory::new(
            AdvisoryCode::UnconfirmedFact,
            format!(
                "The limit of {} ({}) is {} (status {}).",
                limit.en,
                what.en,
                status.label().en,
                status.code()
            ),
            format!(
                "Thời hạn {} ({}) {} (mức {}).",
                limit.vi,
                what.vi,
                status.label().vi,
                status.code()
            ),
            row.provision.clone().into_iter().collect(),
        );
        a.status = Some(status);
        out.push(a);
    }
    for r in reasons {
        out.push(Advisory::new(
            AdvisoryCode::Interpretation,
            r.en.clone(),
            r.vi.clone(),
            row.provision.clone().into_iter().collect(),
        ));
    }
    out
}
