//! Reporting obligations (Điều 8, 9.3), windows (NĐ 09/2019 Điều 12; QĐ 01/2023/QĐ-UBND Điều 4),
//! sending deadlines (NĐ 09/2019 Điều 8 khoản 5; QĐ 01/2023/QĐ-UBND), the reporting calendar,
//! late reports, and validation of configured rules.

use chrono::{DateTime, Datelike, NaiveDate, Weekday};
use proptest::prelude::*;
use quyche::Regulation;
use quyche::law::Status;
use quyche::org::{BodyId, RoleId};
use quyche::report::*;
use quyche::rules::{DayOfMonth, Frequency, MonthRef, ReportLevel};
use quyche::time::WorkCalendar;
use std::sync::LazyLock;

static CAL: LazyLock<WorkCalendar> = LazyLock::new(WorkCalendar::vietnam);
static REG: LazyLock<Regulation> = LazyLock::new(|| {
    let mut reg = Regulation::khanh_hoa();
    reg.register_body_json(
        r#"{"body": {"id": "so-y-te", "name": {"vi": "Sở Y tế tỉnh Khánh Hòa", "en": "Khánh Hòa Department of Health"},
            "valid": {"from": "2020-08-12"}, "status": "C"},
            "roles": [{"role": "department", "body": "so-y-te", "valid": {"from": "2020-08-12"}, "status": "C"}]}"#,
    )
    .unwrap();
    reg
});

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}

fn six(year: i32) -> Period {
    Period::of_year(Frequency::SixMonthly, year)
}

fn annual(year: i32) -> Period {
    Period::of_year(Frequency::Annual, year)
}

/// Roles are data since the rewrite: the ids of `roles.json`.
fn role(s: &str) -> RoleId {
    RoleId::new(s)
}

/// NĐ 09/2019/NĐ-CP Điều 8 khoản 5 điểm b: the national minimum gap of one working day (C).
fn minimum_gap_key() -> &'static str {
    "09/2019/NĐ-CP:8.5.b"
}

/// The deadline rules of a level (one per span of periods since the rewrite).
fn rules_of(
    reg: &mut Regulation,
    level: ReportLevel,
) -> impl Iterator<Item = &mut quyche::rules::GapRule> {
    reg.reporting
        .deadlines
        .levels
        .iter_mut()
        .filter(move |l| l.level == level)
        .flat_map(|l| l.rules.iter_mut())
}

/// Sets every deadline rule of `level` to `n` working days.
fn set_gap(reg: &mut Regulation, level: ReportLevel, n: u32) {
    for r in rules_of(reg, level) {
        r.working_days = n;
    }
}

/// A day relative to the period's first month (a window's start) or last month (its end).
fn month_ref(month_offset: i32, day: u32) -> MonthRef {
    MonthRef {
        month_offset,
        day: DayOfMonth::Day(day),
    }
}

#[test]
fn obligations_follow_dieu_8_and_9_3() {
    let r = &REG.reporting;
    let ob = |id: &str| r.obligations.iter().find(|o| o.id == id).unwrap();
    for f in ["six-monthly", "annual", "ad-hoc"] {
        let o = ob(&format!("8.1-{f}"));
        assert_eq!(
            o.recipient,
            role("lead_agency"),
            "Điều 8.1: every body reports to the lead agency"
        );
        assert_eq!(
            (o.level, o.citation.article, o.citation.clause),
            (ReportLevel::Body, 8, Some(1))
        );
    }
    for f in ["six-monthly", "annual"] {
        let o = ob(&format!("8.2-{f}"));
        assert_eq!(
            o.recipient,
            role("provincial_peoples_committee"),
            "Điều 8.2"
        );
        assert_eq!(o.level, ReportLevel::Consolidated);
    }
    assert!(
        !r.obligations.iter().any(|o| o.id == "8.2-ad-hoc"),
        "Điều 8.2 gives the lead agency no ad hoc report"
    );
    let d93 = ob("9.3-difficulties");
    assert_eq!(
        (&d93.recipient, d93.via.as_ref(), d93.frequency),
        (
            &role("provincial_peoples_committee"),
            Some(&role("lead_agency")),
            Frequency::AdHoc
        ),
        "Điều 9.3: in writing to the People's Committee through the lead agency"
    );
    assert!(
        r.obligations.iter().all(|o| o.status == Status::Confirmed),
        "read in the regulation's text"
    );
}

#[test]
fn windows_and_deadlines_keep_their_legal_status() {
    let r = &REG.reporting;
    for f in [Frequency::SixMonthly, Frequency::Annual] {
        let w = r.window_rule(f).unwrap();
        assert_eq!(w.status, Status::Partial, "legal §3: the windows are P");
        let ids: Vec<&str> = w.basis.iter().map(|b| b.instrument.as_str()).collect();
        assert!(ids.contains(&"09/2019/NĐ-CP") && ids.contains(&"01/2023/QĐ-UBND"));
    }
    let dl = &r.deadlines;
    assert_eq!(
        (dl.minimum.working_days, dl.minimum.status),
        (1, Status::Confirmed),
        "NĐ 09/2019 Điều 8.5.b (C)"
    );
    assert_eq!(
        dl.minimum.basis[0].provision.as_ref().map(|c| c.key()),
        Some(minimum_gap_key().to_string())
    );
    // Since the rewrite a level's deadline is a rule per span of periods (by the window's last
    // day), each with the basis in force for those periods (legal §7).
    let body = |end| dl.gap(ReportLevel::Body, end).unwrap();
    let now = body(d(2026, 6, 14));
    assert_eq!(
        (now.working_days, now.status),
        (2, Status::Partial),
        "Khánh Hòa: 2 working days (P)"
    );
    assert!(!now.interpretation);
    assert_eq!(now.basis[0].instrument.as_str(), "01/2023/QĐ-UBND");
    // Before QĐ 01/2023 took effect its basis (QĐ 18/2020) was not read: the same 2 days, U and
    // an interpretation, never borrowed from the later text.
    let before = body(d(2022, 12, 14));
    assert_eq!(
        (before.working_days, before.status, before.interpretation),
        (2, Status::Unconfirmed, true)
    );
    assert!(
        before
            .basis
            .iter()
            .all(|b| b.instrument.as_str() != "01/2023/QĐ-UBND")
    );
    assert_eq!(body(d(2023, 1, 30)).status, Status::Unconfirmed);
    assert_eq!(body(d(2023, 1, 31)).status, Status::Partial);
    let consolidated = dl.gap(ReportLevel::Consolidated, d(2026, 6, 14)).unwrap();
    assert!(
        consolidated.interpretation && consolidated.status == Status::Unconfirmed,
        "no text gives the number"
    );
    assert!(consolidated.working_days > now.working_days);
}

#[test]
fn six_month_and_annual_windows_of_2026() {
    let w = six(2026).window(&REG).unwrap();
    assert_eq!((w.from, w.to), (d(2025, 12, 15), d(2026, 6, 14)));
    let a = annual(2026).window(&REG).unwrap();
    assert_eq!((a.from, a.to), (d(2025, 12, 15), d(2026, 12, 14)));
    assert!(
        Period::of_year(Frequency::AdHoc, 2026)
            .window(&REG)
            .is_err()
    );
    assert_eq!(Period::of_window(&REG, w), Some(six(2026)));
    assert_eq!(
        Period::of_window(
            &REG,
            Window {
                from: d(2026, 1, 1),
                to: d(2026, 6, 14)
            }
        ),
        None
    );
}

#[test]
fn calendar_2026_lists_the_lead_agency_and_a_department_with_due_dates() {
    let cal = reporting_calendar(&REG, 2026, d(2026, 6, 17)).unwrap();
    let find = |id: &str, body: &str| {
        cal.iter()
            .find(|x| x.obligation == id && x.body.as_str() == body)
            .unwrap_or_else(|| panic!("{id} {body} missing"))
    };
    let y = find("8.1-six-monthly", "so-y-te");
    assert_eq!(
        (y.recipient.as_str(), y.due),
        ("so-vhttdl", d(2026, 6, 16)),
        "Sun 14 Jun + 2 working days"
    );
    assert_eq!(y.roles, vec![role("department")]);
    assert!(y.past, "due 16 Jun, asked on 17 Jun");
    assert_eq!(y.status, Status::Partial, "window and deadline rules are P");
    let lead = find("8.2-six-monthly", "so-vhttdl");
    assert_eq!(
        (lead.recipient.as_str(), lead.due),
        ("ubnd-tinh", d(2026, 6, 19))
    );
    assert!(!lead.past);
    assert!(
        lead.interpretation,
        "the consolidated deadline's number is an interpretation"
    );
    assert_eq!(lead.status, Status::Unconfirmed);
    let ya = find("8.1-annual", "so-y-te");
    assert_eq!(ya.due, d(2026, 12, 16), "Mon 14 Dec + 2 working days");
    assert_eq!(find("8.2-annual", "so-vhttdl").due, d(2026, 12, 21));
    assert!(
        !cal.iter().any(|x| x.body.as_str() == "so-khcn"),
        "Sở KH&CN holds only Điều 7.1.e of the lead agency's duties"
    );
    assert!(
        !cal.iter().any(|x| x.body.as_str().starts_with("ban-")),
        "Party commissions are only requested (Điều 7.6–7.7)"
    );
    assert!(
        cal.iter().all(|x| x.body.as_str() != "ubnd-tinh"),
        "the People's Committee receives"
    );
    // Each body once per obligation, even when it plays two roles (UBND cấp xã since 2025-07-01).
    let xa: Vec<_> = cal
        .iter()
        .filter(|x| x.body.as_str() == "ubnd-cap-xa" && x.obligation == "8.1-six-monthly")
        .collect();
    assert_eq!(xa.len(), 1);
    assert!(
        xa[0].roles.contains(&role("commune_committee"))
            && xa[0].roles.contains(&role("district_committee"))
    );
    assert!(
        !xa[0].interpretation,
        "it plays the commune role by the text (Điều 1.2)"
    );
}

#[test]
fn calendar_follows_who_plays_the_lead_agency_in_2024() {
    let cal = reporting_calendar(&REG, 2024, d(2025, 1, 1)).unwrap();
    let lead = cal.iter().find(|x| x.obligation == "8.2-annual").unwrap();
    assert_eq!(lead.body.as_str(), "so-tttt", "Sở TT&TT until 2025-02-28");
    let body = cal.iter().find(|x| x.obligation == "8.1-annual").unwrap();
    assert_eq!(body.recipient.as_str(), "so-tttt");
}

#[test]
fn nothing_is_due_before_the_regulation_came_into_force() {
    // The six-month window of 2020 ends on 14 Jun 2020, before QĐ 2086 (12 Aug 2020).
    let cal = reporting_calendar(&REG, 2020, d(2021, 1, 1)).unwrap();
    assert!(cal.iter().all(|x| x.period.frequency == Frequency::Annual));
    assert!(!cal.is_empty());
}

#[test]
fn overdue_lists_missing_and_late_reports() {
    let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap();
    let sub = |body: &str, when: &str| Submission {
        body: BodyId::new(body),
        period: six(2026),
        submitted_at: at(when),
    };
    let submitted = vec![
        sub("so-y-te", "2026-06-16T16:30:00+07:00"), // on the due day
        sub("cong-an-tinh", "2026-06-18T09:00:00+07:00"), // two working days late
        sub("so-vhttdl", "2026-06-19T10:00:00+07:00"), // consolidated, on time
        sub("hoi-nha-bao", "2026-06-30T10:00:00+07:00"), // after as_of: not yet known
    ];
    let late = overdue(&REG, d(2026, 6, 22), &submitted).unwrap();
    let l2026: Vec<_> = late.iter().filter(|l| l.due.period == six(2026)).collect();
    let ids: Vec<&str> = l2026.iter().map(|l| l.due.body.as_str()).collect();
    assert!(!ids.contains(&"so-y-te") && !ids.contains(&"so-vhttdl"));
    let police = l2026
        .iter()
        .find(|l| l.due.body.as_str() == "cong-an-tinh")
        .unwrap();
    assert_eq!(police.working_days_late, 2);
    assert!(police.submitted_at.is_some());
    let hnb = l2026
        .iter()
        .find(|l| l.due.body.as_str() == "hoi-nha-bao")
        .unwrap();
    assert_eq!(
        (hnb.submitted_at, hnb.working_days_late),
        (None, 4),
        "16 Jun → Mon 22 Jun"
    );
    assert!(late.iter().all(|l| l.due.due < d(2026, 6, 22)));
    // The annual 2025 report was due in December 2025 and nobody sent it.
    assert!(late.iter().any(|l| l.due.period == annual(2025)));
}

#[test]
fn overdue_refuses_bad_submissions_with_pointers() {
    let at = DateTime::parse_from_rfc3339("2026-06-16T10:00:00+07:00").unwrap();
    let bad = Submission {
        body: BodyId::new("so-khong-co"),
        period: six(2026),
        submitted_at: at,
    };
    let e = overdue(&REG, d(2026, 6, 22), &[bad]).unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.path.as_deref()),
        ("UNKNOWN_AGENCY", Some("/0/body"))
    );
    let adhoc = Submission {
        body: BodyId::new("so-y-te"),
        period: Period::of_year(Frequency::AdHoc, 2026),
        submitted_at: at,
    };
    let e = overdue(&REG, d(2026, 6, 22), &[adhoc]).unwrap_err();
    assert_eq!(e.path.as_deref(), Some("/0/period/frequency"));
}

#[test]
fn a_configured_gap_below_the_national_minimum_is_refused() {
    // NĐ 09/2019 Điều 8 khoản 5 điểm b: at least one working day. Since the rewrite the problem
    // is reported by `validate` at the rule of the level that breaks it.
    let mut reg = Regulation::khanh_hoa();
    set_gap(&mut reg, ReportLevel::Body, 0);
    let e = reg.validate().unwrap_err();
    assert_eq!(e.code.as_str(), "INVALID_REGULATION");
    assert_eq!(
        e.path.as_deref(),
        Some("/reporting/deadlines/levels/0/rules/0/working_days")
    );
    assert_eq!(
        e.related[0].path.as_deref(),
        Some("/reporting/deadlines/levels/0/rules/1/working_days"),
        "every rule of the level below the minimum is reported"
    );
    // And from JSON, as another province would load it.
    let mut v: serde_json::Value =
        serde_json::from_str(&Regulation::khanh_hoa().to_json()).unwrap();
    v["reporting"]["deadlines"]["levels"][0]["rules"][1]["working_days"] = 0.into();
    let e = Regulation::from_json(&v.to_string()).unwrap_err();
    assert_eq!(
        e.path.as_deref(),
        Some("/reporting/deadlines/levels/0/rules/1/working_days")
    );
}

#[test]
fn a_gap_below_the_minimum_cites_the_minimums_basis() {
    let mut reg = Regulation::khanh_hoa();
    set_gap(&mut reg, ReportLevel::Body, 0);
    let e = reg.validate().unwrap_err();
    assert!(
        e.citations.iter().any(|c| c.key() == minimum_gap_key()),
        "{:?}",
        e.citations
    );
}

#[test]
fn the_consolidated_deadline_must_follow_the_bodies_deadline() {
    // NĐ 09/2019 Điều 8 khoản 5: the lower level sends first.
    let mut reg = Regulation::khanh_hoa();
    set_gap(&mut reg, ReportLevel::Consolidated, 2);
    let e = reg.validate().unwrap_err();
    assert_eq!(
        e.path.as_deref(),
        Some("/reporting/deadlines/levels/1/rules/0/working_days")
    );
    // A longer, configured gap is fine: 3 working days for bodies, 6 for the lead agency.
    let mut reg = Regulation::khanh_hoa();
    set_gap(&mut reg, ReportLevel::Body, 3);
    set_gap(&mut reg, ReportLevel::Consolidated, 6);
    reg.validate().unwrap();
    let cal = reporting_calendar(&reg, 2026, d(2026, 1, 1)).unwrap();
    assert_eq!(
        cal.iter()
            .find(|x| x.obligation == "8.1-six-monthly")
            .unwrap()
            .due,
        d(2026, 6, 17)
    );
}

#[test]
fn malformed_window_rules_are_refused() {
    // A day is 1–31 or "last" (refused when read); "31 June" is June's last day.
    let mut v: serde_json::Value =
        serde_json::from_str(&Regulation::khanh_hoa().to_json()).unwrap();
    v["reporting"]["windows"][0]["end"]["day"] = 31.into();
    let reg = Regulation::from_json(&v.to_string()).unwrap();
    let w = Period::of_year(Frequency::SixMonthly, 2026)
        .window(&reg)
        .unwrap();
    assert_eq!(w.to, d(2026, 6, 30));
    v["reporting"]["windows"][0]["end"]["day"] = 32.into();
    assert_eq!(
        Regulation::from_json(&v.to_string())
            .unwrap_err()
            .path
            .as_deref(),
        Some("/reporting/windows/0/end/day")
    );
    // An annual window from 15 Dec to 14 Dec of the same year ends before it starts.
    let mut reg = Regulation::khanh_hoa();
    reg.reporting.windows[1].start = month_ref(11, 15);
    assert_eq!(
        reg.validate().unwrap_err().path.as_deref(),
        Some("/reporting/windows/1/end")
    );
    let mut reg = Regulation::khanh_hoa();
    reg.reporting.obligations[0].duty = "8.9".into();
    assert_eq!(
        reg.validate().unwrap_err().path.as_deref(),
        Some("/reporting/obligations/0/duty")
    );
    // A basis must name a catalogued instrument. (QĐ 18/2020/QĐ-UBND, which the old test used,
    // is catalogued since the rewrite, status U: it is the basis of the pre-2023 rule.)
    let mut reg = Regulation::khanh_hoa();
    reg.reporting.deadlines.levels[0].rules[1].basis[0].instrument =
        quyche::law::InstrumentId::new("99/2099/QĐ-UBND");
    assert_eq!(
        reg.validate().unwrap_err().path.as_deref(),
        Some("/reporting/deadlines/levels/0/rules/1/basis/0/instrument")
    );
}

#[test]
fn a_six_monthly_window_ending_in_april_is_valid() {
    // 15 Dec → 29 Apr: the end is 2 months before June, the start 1 month before January.
    let mut reg = Regulation::khanh_hoa();
    reg.reporting.windows[0].end = month_ref(-2, 29);
    let w = six(2026).window(&reg).unwrap();
    assert_eq!((w.from, w.to), (d(2025, 12, 15), d(2026, 4, 29)));
    reg.validate().unwrap();
}

#[test]
fn the_built_in_rules_round_trip_through_json() {
    let reg = Regulation::khanh_hoa();
    let back = Regulation::from_json(&reg.to_json()).unwrap();
    assert_eq!(back.reporting, reg.reporting);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The windows of any year: 15 Dec of the year before to 14 Jun / 14 Dec (NĐ 09/2019 Điều 12).
    #[test]
    fn windows_of_any_year(year in 1901i32..2199) {
        let s = six(year).window(&REG).unwrap();
        let a = annual(year).window(&REG).unwrap();
        prop_assert_eq!(s.from, d(year - 1, 12, 15));
        prop_assert_eq!(s.to, d(year, 6, 14));
        prop_assert_eq!(a.from, s.from);
        prop_assert_eq!(a.to, d(year, 12, 14));
        // Consecutive annual windows tile the calendar: no day is in two, none is left out.
        let next = annual(year + 1).window(&REG).unwrap();
        prop_assert_eq!(a.to.succ_opt().unwrap(), next.from);
    }

    /// Every due date is a working day, at least the configured gap (≥ 1, NĐ 09/2019 Điều 8.5.b)
    /// after the window, and the bodies' comes before the lead agency's (Điều 8.5).
    #[test]
    fn due_dates_are_working_days_in_level_order(year in 2021i32..2150, body_gap in 1u32..6, extra in 1u32..6) {
        let mut reg = REG.clone();
        set_gap(&mut reg, ReportLevel::Body, body_gap);
        set_gap(&mut reg, ReportLevel::Consolidated, body_gap + extra);
        reg.validate().unwrap();
        let cal = reporting_calendar(&reg, year, d(year, 1, 1)).unwrap();
        prop_assert!(!cal.is_empty());
        for f in [Frequency::SixMonthly, Frequency::Annual] {
            let of = |level| cal.iter().filter(|x| x.period.frequency == f && x.level == level).map(|x| x.due).collect::<Vec<_>>();
            let bodies = of(ReportLevel::Body);
            let lead = of(ReportLevel::Consolidated);
            prop_assert!(!bodies.is_empty() && lead.len() == 1);
            for b in &bodies {
                prop_assert!(b < &lead[0], "{} !< {}", b, lead[0]);
            }
        }
        for x in &cal {
            prop_assert!(CAL.is_working_day(x.due).unwrap(), "{} is not a working day", x.due);
            prop_assert!(!matches!(x.due.weekday(), Weekday::Sat | Weekday::Sun) || CAL.day_info(x.due).unwrap().swapped_working_day);
            prop_assert_eq!(CAL.working_days_between(x.window.to, x.due).unwrap(), i64::from(x.gap_working_days));
            prop_assert!(x.gap_working_days >= reg.reporting.deadlines.minimum.working_days);
            prop_assert!(x.gap_working_days >= 1);
        }
    }

    /// A window moved onto any day still gets a working-day due date that skips holidays (the
    /// skipped list names them), e.g. a window ending just before Tết or 30 April.
    #[test]
    fn due_dates_skip_holidays_for_any_window_end(month in 1u32..=12, day in 1u32..=28, year in 2022i32..2040) {
        // The six-monthly window becomes the 1st to the `day`th of `month` of the report's year:
        // the start counts from January, the end from June. (Not validated: the window-order
        // check refuses such windows, a core bug tested by
        // `a_six_monthly_window_ending_in_april_is_valid`.)
        let mut reg = REG.clone();
        reg.reporting.windows[0].end = month_ref(month as i32 - 6, day);
        reg.reporting.windows[0].start = month_ref(month as i32 - 1, 1);
        let cal = reporting_calendar(&reg, year, d(year, 1, 1)).unwrap();
        for x in cal.iter().filter(|x| x.period.frequency == Frequency::SixMonthly) {
            prop_assert!(CAL.is_working_day(x.due).unwrap());
            for h in &x.skipped {
                prop_assert!(x.window.to < h.date && h.date < x.due);
            }
        }
    }
}

#[test]
fn a_window_ending_before_the_april_holidays_skips_them() {
    // Window moved to end on Wed 29 Apr 2026: 30 Apr and 1 May are holidays (Điều 112 BLLĐ).
    let mut reg = REG.clone();
    reg.reporting.windows[0].end = month_ref(-2, 29); // two months before June
    let cal = reporting_calendar(&reg, 2026, d(2026, 1, 1)).unwrap();
    let y = cal
        .iter()
        .find(|x| x.obligation == "8.1-six-monthly" && x.body.as_str() == "so-y-te")
        .unwrap();
    assert_eq!(y.due, d(2026, 5, 5), "Mon 4 May (1), Tue 5 May (2)");
    let skipped: Vec<NaiveDate> = y.skipped.iter().map(|h| h.date).collect();
    assert!(skipped.contains(&d(2026, 4, 30)) && skipped.contains(&d(2026, 5, 1)));
}

#[test]
fn years_outside_the_calendar_are_refused_not_panicked() {
    let e = reporting_calendar(&REG, 2300, d(2026, 1, 1)).unwrap_err();
    assert_eq!(e.code.as_str(), "DATE_OUT_OF_RANGE");
    let e = reporting_calendar(&REG, i32::MAX, d(2026, 1, 1)).unwrap_err();
    assert_eq!(e.code.as_str(), "DATE_OUT_OF_RANGE");
    let e = overdue(&REG, d(2300, 1, 1), &[]).unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.path.as_deref()),
        ("DATE_OUT_OF_RANGE", Some("/as_of"))
    );
    assert!(
        overdue(&REG, d(2019, 1, 1), &[]).unwrap().is_empty(),
        "before QĐ 2086 nothing is owed"
    );
}
