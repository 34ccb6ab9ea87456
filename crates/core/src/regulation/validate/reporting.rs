//! Checks of the reporting rules: obligations, windows, deadlines, work kinds.

use super::{Known, Problems};
use crate::rules::{Basis, DayOfMonth, Frequency, GapRule, MonthRef, ReportLevel};

pub(super) fn check(p: &mut Problems, k: &Known) {
    let r = &k.reg.reporting;
    p.unique(
        "/reporting/obligations",
        "id",
        r.obligations.iter().map(|o| o.id.as_str()),
    );
    p.unique(
        "/reporting/work_kinds",
        "id",
        r.work_kinds.iter().map(|w| w.id.as_str()),
    );
    for (i, o) in r.obligations.iter().enumerate() {
        let at = format!("/reporting/obligations/{i}");
        k.duty(p, format!("{at}/duty"), &o.duty);
        k.citation(p, format!("{at}/citation"), &o.citation);
        k.role(p, format!("{at}/recipient"), o.recipient.as_str());
        if let Some(v) = &o.via {
            k.role(p, format!("{at}/via"), v.as_str());
        }
        if o.frequency != Frequency::AdHoc && r.window_rule(o.frequency).is_none() {
            p.push(
                format!("{at}/frequency"),
                format!("No window rule for `{}` reports.", o.frequency.as_str()),
                format!(
                    "Không có quy định kỳ số liệu cho báo cáo {}.",
                    o.frequency.label().vi
                ),
            );
        }
    }
    for (i, w) in r.windows.iter().enumerate() {
        let at = format!("/reporting/windows/{i}");
        if w.frequency == Frequency::AdHoc {
            p.push(
                format!("{at}/frequency"),
                "An ad hoc report has no fixed window.".into(),
                "Báo cáo đột xuất không có kỳ cố định.".into(),
            );
        }
        if r.windows[..i].iter().any(|x| x.frequency == w.frequency) {
            p.push(
                format!("{at}/frequency"),
                "Two window rules for the same frequency.".into(),
                "Hai quy định kỳ số liệu cho cùng một loại báo cáo.".into(),
            );
        }
        for (field, m) in [("start", &w.start), ("end", &w.end)] {
            if m.month_offset.abs() > 12 {
                p.push(
                    format!("{at}/{field}/month_offset"),
                    "A window moves at most 12 months from its period.".into(),
                    "Kỳ số liệu lệch tối đa 12 tháng so với kỳ báo cáo.".into(),
                );
            }
        }
        if !ordered(w.frequency, &w.start, &w.end) {
            p.push(
                format!("{at}/end"),
                "The window ends before it starts.".into(),
                "Kỳ số liệu kết thúc trước khi bắt đầu.".into(),
            );
        }
        for (j, b) in w.basis.iter().enumerate() {
            basis(p, k, &format!("{at}/basis/{j}"), b);
        }
    }
    deadlines(p, k);
    for (i, w) in r.work_kinds.iter().enumerate() {
        k.citations(
            p,
            &format!("/reporting/work_kinds/{i}/citations"),
            &w.citations,
        );
    }
}

/// True when a window from `s` to `e` cannot end before it starts. The start counts from the
/// period's first month and the end from its last, `span - 1` months later (a six-month period
/// spans 6 months: 15 Dec before it to 14 Jun is ordered). Days are compared as written (a day
/// clamped to a shorter month's end never crosses the start's month).
fn ordered(f: Frequency, s: &MonthRef, e: &MonthRef) -> bool {
    let span = f
        .months(1)
        .map_or(1, |(first, last)| (last - first + 1) as i32);
    let day = |d: DayOfMonth| match d {
        DayOfMonth::Day(n) => n,
        DayOfMonth::Last => 31,
    };
    let end = (span - 1 + e.month_offset, day(e.day));
    end >= (s.month_offset, day(s.day))
}

fn basis(p: &mut Problems, k: &Known, at: &str, b: &Basis) {
    k.instrument(p, format!("{at}/instrument"), b.instrument.as_str());
    p.validity(format!("{at}/applies"), &b.applies);
    if let Some(c) = &b.provision {
        k.citation(p, format!("{at}/provision"), c);
        if c.instrument != b.instrument {
            p.push(
                format!("{at}/provision"),
                "The provision belongs to another instrument.".into(),
                "Điều khoản thuộc văn bản khác.".into(),
            );
        }
    }
}

fn gap(p: &mut Problems, k: &Known, at: &str, g: &GapRule) {
    p.validity(format!("{at}/applies"), &g.applies);
    for (j, b) in g.basis.iter().enumerate() {
        basis(p, k, &format!("{at}/basis/{j}"), b);
    }
}

fn deadlines(p: &mut Problems, k: &Known) {
    let d = &k.reg.reporting.deadlines;
    gap(p, k, "/reporting/deadlines/minimum", &d.minimum);
    basis(p, k, "/reporting/deadlines/ordering", &d.ordering);
    let floor = d.minimum.working_days;
    for (i, level) in d.levels.iter().enumerate() {
        for (j, g) in level.rules.iter().enumerate() {
            let at = format!("/reporting/deadlines/levels/{i}/rules/{j}");
            gap(p, k, &at, g);
            if level.rules[..j]
                .iter()
                .any(|o| o.applies.overlaps(&g.applies))
            {
                p.push(
                    format!("{at}/applies"),
                    "Two deadline rules of one level cover the same periods.".into(),
                    "Hai quy định thời hạn của cùng một cấp áp dụng cho cùng kỳ.".into(),
                );
            }
            if g.working_days < floor {
                p.push_cited(
                    format!("{at}/working_days"),
                    format!("A report cannot be due {} working days after its window: the minimum is {floor}.", g.working_days),
                    format!("Thời hạn {} ngày làm việc sau khi kết thúc kỳ là quá ngắn: tối thiểu {floor} ngày.", g.working_days),
                    d.minimum.basis.iter().filter_map(|b| b.provision.clone()),
                );
            }
        }
    }
    // A lower level sends before the consolidating one, in every period both cover.
    let rules = |l: ReportLevel| {
        d.levels
            .iter()
            .filter(move |x| x.level == l)
            .flat_map(|x| x.rules.iter())
    };
    for (j, c) in rules(ReportLevel::Consolidated).enumerate() {
        if rules(ReportLevel::Body)
            .any(|b| b.applies.overlaps(&c.applies) && b.working_days >= c.working_days)
        {
            p.push(
                format!(
                    "/reporting/deadlines/levels/{}/rules/{j}/working_days",
                    d.levels
                        .iter()
                        .position(|x| x.level == ReportLevel::Consolidated)
                        .unwrap_or(0)
                ),
                "The consolidated report must be due after the bodies' reports.".into(),
                "Báo cáo tổng hợp phải có thời hạn sau thời hạn báo cáo của các cơ quan.".into(),
            );
        }
    }
}
