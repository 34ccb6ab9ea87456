//! Compiling a periodic report from case logs (Điều 8): the counting rules are documented on
//! [`CaseFigures`]. Every case is checked by replaying its log first.

use super::due::{recipient, reporters};
use super::figures::*;
use super::rules::{Frequency, ReportLevel};
use super::window::{Period, Window};
use super::work::WorkRecord;
use crate::case::{Case, CaseStatus, Command, RegulationRef, Verdict, rebuild_checked};
use crate::error::{Error, ErrorCode, Result};
use crate::law::{Citation, Ground, GroundKind, GroundOrigin};
use crate::org::BodyId;
use crate::regulation::{KHANH_HOA_2086, Regulation};
use crate::text::Label;
use crate::time::{WorkCalendar, vn_date};
use chrono::{Days, NaiveDate};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

fn named(reg: &Regulation, id: &BodyId) -> NamedBody {
    NamedBody {
        body: id.clone(),
        name: reg
            .body(id)
            .map(|b| b.name.clone())
            .unwrap_or_else(|| Label::new(id.as_str(), id.as_str())),
    }
}

/// The case as it stood at the end of `last_day`: its events with a fact time up to that day.
/// `None` when no event is that early. The whole log was checked by replay first
/// ([`check_cases`] or [`CheckedCases::new`]), so the prefix is rebuilt by folding the recorded
/// events, which gives the same case as replaying it, without re-running guards and hashes; the
/// whole log is the case itself and is borrowed.
fn state_at(case: &Case, last_day: NaiveDate) -> Option<Cow<'_, Case>> {
    let n = case
        .events
        .iter()
        .take_while(|e| vn_date(&e.at) <= last_day)
        .count();
    if n == 0 {
        return None;
    }
    if n == case.events.len() {
        return Some(Cow::Borrowed(case));
    }
    rebuild_checked(&case.events[..n]).map(Cow::Owned)
}

fn is_ended(s: CaseStatus) -> bool {
    matches!(s, CaseStatus::Closed | CaseStatus::Dismissed)
}

/// The ground named by the regulation that `g` descends from (Điều 2.2; successors are an
/// interpretation recorded on the ground).
fn root<'a>(reg: &'a Regulation, g: &'a Ground) -> &'a Ground {
    let mut cur = g;
    for _ in 0..=reg.grounds.len() {
        match &cur.origin {
            GroundOrigin::Successor { of } => match reg.grounds.iter().find(|x| &x.id == of) {
                Some(p) => cur = p,
                None => break,
            },
            GroundOrigin::Regulation { .. } => break,
        }
    }
    cur
}

/// The group key, label and citations of a cited provision.
/// A ground group: its key, label and citations.
type Group = (String, Label, Vec<Citation>);

fn ground_group(reg: &Regulation, c: &Citation) -> Group {
    let Some(g) = reg.grounds_covering(c).into_iter().next() else {
        return (c.key(), Label::new(c.key(), c.key()), vec![c.clone()]);
    };
    let r = root(reg, g);
    let mut cites = vec![r.citation.clone()];
    for x in &reg.grounds {
        if x.kind == GroundKind::Harm && x.id != r.id && root(reg, x).id == r.id {
            cites.push(x.citation.clone());
        }
    }
    (r.id.clone(), r.label.clone(), cites)
}

fn bump<K: Ord>(m: &mut BTreeMap<K, u32>, k: K) {
    *m.entry(k).or_insert(0) += 1;
}

fn row<'a>(
    rows: &'a mut BTreeMap<BodyId, BodyFigures>,
    reg: &Regulation,
    id: &BodyId,
) -> &'a mut BodyFigures {
    // Looked up before inserting so the id is cloned only for a new row (performance).
    if !rows.contains_key(id) {
        rows.insert(id.clone(), BodyFigures::new(named(reg, id)));
    }
    rows.get_mut(id).expect("row inserted above")
}

/// Adds `id` to `set`, cloning it only when it is new (performance).
fn add(set: &mut HashSet<BodyId>, id: &BodyId) {
    if !set.contains(id) {
        set.insert(id.clone());
    }
}

/// The per-body rows while a report is compiled: a vector with a hash index, so each of the many
/// lookups (several per event) costs one hash; [`Rows::into_sorted`] gives them in body id order,
/// as a map would (performance only).
#[derive(Default)]
struct Rows {
    index: HashMap<BodyId, usize>,
    rows: Vec<BodyFigures>,
}

impl Rows {
    fn get(&mut self, reg: &Regulation, id: &BodyId) -> &mut BodyFigures {
        let i = match self.index.get(id) {
            Some(&i) => i,
            None => {
                self.rows.push(BodyFigures::new(named(reg, id)));
                self.index.insert(id.clone(), self.rows.len() - 1);
                self.rows.len() - 1
            }
        };
        &mut self.rows[i]
    }

    fn into_sorted(mut self) -> Vec<BodyFigures> {
        self.rows.sort_by(|a, b| a.body.cmp(&b.body));
        self.rows
    }
}

/// Checks every case by replaying its log: an error's JSON pointer starts with `/cases/<i>`.
fn check_cases(reg: &Regulation, cases: &[Case]) -> Result<()> {
    let mut ids = BTreeSet::new();
    for (i, c) in cases.iter().enumerate() {
        let rebuilt =
            Case::replay(reg, &c.events).map_err(|e| e.under(&format!("/cases/{i}/events")))?;
        if &rebuilt != c {
            return Err(Error::new(
                ErrorCode::LogTampered,
                format!(
                    "Case {i} (`{}`): its fields differ from what its event log rebuilds.",
                    c.id
                ),
                format!(
                    "Vụ việc {i} (`{}`): thông tin khác với kết quả dựng lại từ nhật ký sự kiện.",
                    c.id
                ),
            )
            .at(format!("/cases/{i}")));
        }
        if !ids.insert(&c.id) {
            return Err(Error::invalid(
                format!("/cases/{i}/id"),
                format!("Case `{}` is given twice.", c.id),
                format!("Vụ việc `{}` bị lặp lại.", c.id),
            ));
        }
    }
    Ok(())
}

/// Compiles the report of `reporter` for `window` from `cases` (Điều 8).
///
/// - The reporter's level is read on the window's last day: the body holding the lead agency's
///   consolidating duty (Điều 8.2) compiles the **consolidated** report over every case, with
///   figures per body, for the provincial People's Committee; a body holding the reporting duty
///   of Điều 8.1 compiles **its own** report over the cases it took part in, for the lead agency.
/// - The counting rules are those of [`CaseFigures`]: new and carried-over cases, and only
///   events whose fact time is within the window.
/// - Work outside cases and the free-text sections are added with
///   [`PeriodicReport::with_work`] and [`PeriodicReport::with_sections`].
///
/// Errors (JSON pointers into the input `{ "cases": [...], "window": {...}, "reporter": … }`):
/// an inverted window (`/window/to`, [`ErrorCode::InvalidInput`]); an unknown reporter
/// (`/reporter`, [`ErrorCode::UnknownAgency`]) or one with no reporting duty then (`/reporter`,
/// [`ErrorCode::NotAuthorized`]); a case whose log does not replay or does not rebuild it
/// (`/cases/<i>/events/<j>/…` or `/cases/<i>`, [`ErrorCode::LogTampered`] and the guards'
/// codes); a case given twice (`/cases/<i>/id`).
pub fn compile_report(
    reg: &Regulation,
    cases: &[Case],
    window: Window,
    reporter: &BodyId,
) -> Result<PeriodicReport> {
    compile(reg, cases, window, reporter, false)
}

/// Cases whose logs were checked by replay against one regulation, once: reports compiled from
/// them ([`CheckedCases::compile`]) skip the replay that [`compile_report`] does on every call.
/// For compiling many reports (every period, every body) over the same cases. The cases are
/// borrowed, so they cannot change while checked.
///
/// ```
/// use quyche::report::{CheckedCases, Window};
/// let reg = quyche::Regulation::khanh_hoa();
/// let checked = CheckedCases::new(&reg, &[]).unwrap();
/// let d = |m, day| chrono::NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let w = Window::new(d(1, 1), d(6, 14)).unwrap();
/// let r = checked.compile(w, &quyche::org::BodyId::new("so-vhttdl")).unwrap();
/// assert_eq!(r.cases.total, 0);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct CheckedCases<'a> {
    reg: &'a Regulation,
    cases: &'a [Case],
}

impl<'a> CheckedCases<'a> {
    /// Checks every case by replaying its log against `reg`, with the errors of
    /// [`compile_report`] (`/cases/<i>/…`).
    pub fn new(reg: &'a Regulation, cases: &'a [Case]) -> Result<CheckedCases<'a>> {
        check_cases(reg, cases)?;
        Ok(CheckedCases { reg, cases })
    }

    /// The checked cases.
    pub fn cases(&self) -> &'a [Case] {
        self.cases
    }

    /// The report of `reporter` for `window`, exactly as [`compile_report`] with the regulation
    /// the cases were checked against, without replaying them again.
    pub fn compile(&self, window: Window, reporter: &BodyId) -> Result<PeriodicReport> {
        compile(self.reg, self.cases, window, reporter, true)
    }
}

fn compile(
    reg: &Regulation,
    cases: &[Case],
    window: Window,
    reporter: &BodyId,
    checked: bool,
) -> Result<PeriodicReport> {
    window.check()?;
    if reg.body(reporter).is_none() {
        return Err(Error::new(
            ErrorCode::UnknownAgency,
            format!("Unknown reporting body `{reporter}`."),
            format!("Không có cơ quan báo cáo `{reporter}`."),
        )
        .at("/reporter"));
    }
    let end = window.to;
    let rules = &reg.reporting;
    let owes = |level: ReportLevel| {
        rules
            .obligations
            .iter()
            .filter(|o| o.level == level)
            .find(|o| reporters(reg, o, end).iter().any(|(b, _)| b == reporter))
    };
    let (level, any_obligation) = match (owes(ReportLevel::Consolidated), owes(ReportLevel::Body)) {
        (Some(o), _) => (ReportLevel::Consolidated, o),
        (None, Some(o)) => (ReportLevel::Body, o),
        (None, None) => {
            let r = |k| Citation::article(KHANH_HOA_2086, 8).clause(k);
            return Err(Error::new(
                ErrorCode::NotAuthorized,
                format!("`{reporter}` has no reporting duty under Điều 8 on {end}."),
                format!("`{reporter}` không có nhiệm vụ báo cáo theo Điều 8 vào ngày {end}."),
            )
            .with_citations([r(1), r(2)])
            .at("/reporter"));
        }
    };
    if !checked {
        check_cases(reg, cases)?;
    }

    let period = Period::of_window(reg, window);
    let frequency = period.map_or(Frequency::AdHoc, |p| p.frequency);
    let obligation = rules.obligation(level, frequency);
    let o = obligation.unwrap_or(any_obligation);
    let mut warnings = Vec::new();
    let mut recipients = Vec::new();
    if let Some(a) = recipient(reg, o.recipient, end) {
        recipients.push(named(reg, &a.body));
        if let Some(c) = a.caveat() {
            warnings.push(Label::new(
                format!("Cơ quan nhận báo cáo: {}", c.vi),
                format!("Report recipient: {}", c.en),
            ));
        }
    }
    let mut citations = vec![o.citation.clone()];
    if let Some(w) = period.and_then(|p| rules.window_rule(p.frequency)) {
        citations.extend(w.basis.iter().filter_map(|b| b.provision.clone()));
        if !w.status.is_confirmed() {
            warnings.push(Label::new(
                format!(
                    "Kỳ báo cáo theo quy định có mức {} ({})",
                    w.status.code(),
                    w.status.label().vi
                ),
                format!(
                    "The data window rule has status {} ({})",
                    w.status.code(),
                    w.status.label().en
                ),
            ));
        }
    }

    let gap = rules.deadlines.for_level(level);
    let due = match period {
        Some(_) => Some(
            WorkCalendar::vietnam()
                .add_working_days(end, gap.working_days)?
                .date,
        ),
        None => None,
    };
    if due.is_some() {
        if !gap.status.is_confirmed() {
            warnings.push(Label::new(
                format!(
                    "Thời hạn gửi báo cáo theo quy định có mức {} ({})",
                    gap.status.code(),
                    gap.status.label().vi
                ),
                format!(
                    "The sending deadline rule has status {} ({})",
                    gap.status.code(),
                    gap.status.label().en
                ),
            ));
        }
        if gap.interpretation
            && let Some(n) = &gap.note
        {
            warnings.push(n.clone());
        }
    }

    let mut f = CaseFigures::default();
    let mut rows = Rows::default();
    let mut involved: HashSet<BodyId> = HashSet::new();
    let mut grounds: BTreeMap<String, GroundCount> = BTreeMap::new();
    let before_start = window.from.checked_sub_days(Days::new(1));
    let mut group_of: Vec<(&Citation, Group)> = Vec::new();
    for case in cases {
        let detected = vn_date(&case.detection.at);
        if detected > end {
            continue;
        }
        let is_new = detected >= window.from;
        if !is_new {
            let before = before_start.and_then(|d| state_at(case, d));
            if before.is_some_and(|c| is_ended(c.status)) {
                continue;
            }
        }
        // The detection fact is in the window even if its event was recorded later.
        let Some(at_end) = state_at(case, end)
            .or_else(|| rebuild_checked(&case.events[..1.min(case.events.len())]).map(Cow::Owned))
        else {
            continue; // unreachable: a checked log is never empty and starts with `detect`
        };
        if level == ReportLevel::Body && !at_end.participants().contains(reporter) {
            continue;
        }
        if is_new {
            f.new += 1;
            bump(&mut f.by_detection_source, case.detection.source);
            bump(&mut f.by_platform_kind, case.content.platform_kind);
            for t in &case.topics {
                bump(&mut f.by_topic, *t);
            }
            rows.get(reg, &case.detection.body).detected += 1;
            add(&mut involved, &case.detection.body);
        } else {
            f.carried_over += 1;
        }
        bump(&mut f.by_status, at_end.status);
        if !is_ended(at_end.status) {
            f.open_at_end += 1;
        }
        let mut concluded_groups = BTreeSet::new();
        for ev in case
            .events
            .iter()
            .filter(|e| window.contains(vn_date(&e.at)))
        {
            let actor = &ev.actor.body;
            add(&mut involved, actor);
            match &ev.command {
                Command::NotifyLead(_) => rows.get(reg, actor).notified += 1,
                Command::OpenVerification(v) => {
                    for b in &v.consulted {
                        rows.get(reg, b).consulted += 1;
                        add(&mut involved, b);
                    }
                }
                Command::SubmitOpinion(_) => rows.get(reg, actor).opinions += 1,
                Command::Conclude(k) => {
                    bump(&mut f.by_verdict, k.verdict);
                    if k.verdict == Verdict::Violating {
                        for c in &k.grounds {
                            // The group of each cited provision is worked out once per report.
                            let i = match group_of.iter().position(|(x, _)| *x == c) {
                                Some(i) => i,
                                None => {
                                    group_of.push((c, ground_group(reg, c)));
                                    group_of.len() - 1
                                }
                            };
                            let (id, label, cites) = &group_of[i].1;
                            if !concluded_groups.contains(id) {
                                concluded_groups.insert(id.clone());
                                if let Some(g) = grounds.get_mut(id) {
                                    g.cases += 1;
                                } else {
                                    grounds.insert(
                                        id.clone(),
                                        GroundCount {
                                            group: id.clone(),
                                            label: label.clone(),
                                            citations: cites.clone(),
                                            cases: 1,
                                        },
                                    );
                                }
                            }
                        }
                    }
                }
                Command::Dismiss(d) => bump(&mut f.dismissed, d.reason),
                Command::AssignAction(a) => {
                    bump(&mut f.actions_by_kind, a.kind);
                    rows.get(reg, &a.assignee).actions_assigned += 1;
                    add(&mut involved, &a.assignee);
                }
                Command::ReportResult(r) => {
                    bump(&mut f.outcomes, r.outcome);
                    bump(&mut rows.get(reg, actor).results, r.outcome);
                }
                Command::PublishResults(_) => {
                    f.published += 1;
                    rows.get(reg, actor).published += 1;
                }
                Command::Close(_) => f.closed += 1,
                Command::Detect(_)
                | Command::Receive(_)
                | Command::AssignOfficer(_)
                | Command::RecordMeeting(_) => {}
            }
        }
        // A deadline is reported in the window containing its due time; whether it was met is
        // known by then (a result after the window is after the due time too).
        for a in &at_end.actions {
            let Some(d) = &a.deadline else { continue };
            if !window.contains(vn_date(&d.due)) {
                continue;
            }
            let met = a.result.as_ref().is_some_and(|r| r.at <= d.due);
            if met {
                continue;
            }
            rows.get(reg, &a.assignee).deadlines_missed += 1;
            f.deadlines_missed.push(MissedDeadline {
                case: case.id.clone(),
                action: a.id.clone(),
                kind: a.kind,
                assignee: a.assignee.clone(),
                assignee_name: named(reg, &a.assignee).name,
                due: d.due,
                hours: d.hours,
                provision: d.provision.clone(),
                status: d.status,
                late_result_at: a.result.as_ref().map(|r| r.at),
            });
        }
    }
    f.total = f.new + f.carried_over;
    f.by_ground = grounds.into_values().collect();
    f.by_ground
        .sort_by(|a, b| b.cases.cmp(&a.cases).then_with(|| a.group.cmp(&b.group)));
    let per_body = match level {
        ReportLevel::Consolidated => rows.into_sorted(),
        ReportLevel::Body => {
            vec![rows.get(reg, reporter).clone()]
        }
    };
    Ok(PeriodicReport {
        regulation: RegulationRef {
            id: reg.id.clone(),
            version: reg.version.clone(),
        },
        regulation_title: reg.title.clone(),
        province: reg.province.clone(),
        reporter: named(reg, reporter),
        level,
        obligation: obligation.map(|o| o.id.clone()),
        period,
        window,
        due,
        recipients,
        citations,
        cases: f,
        per_body,
        work: WorkFigures::default(),
        bodies_involved: {
            let mut ids: Vec<&BodyId> = involved.iter().collect();
            ids.sort();
            ids.into_iter().map(|b| named(reg, b)).collect()
        },
        difficulties: Vec::new(),
        proposals: Vec::new(),
        warnings,
    })
}

impl PeriodicReport {
    /// Adds the work outside cases done within the window: the reporter's own records for a
    /// body's report, everyone's for the consolidated report (also in the per-body figures).
    /// Records outside the window are ignored. Titles are never copied into the report.
    ///
    /// Errors: a record whose body is unknown on its date or whose citation does not fit its
    /// kind ([`WorkRecord::check`]), with the pointer `/work/<i>/…`.
    pub fn with_work(mut self, reg: &Regulation, records: &[WorkRecord]) -> Result<PeriodicReport> {
        for (i, r) in records.iter().enumerate() {
            r.check(reg).map_err(|e| e.under(&format!("/work/{i}")))?;
        }
        let mut rows: BTreeMap<BodyId, BodyFigures> = self
            .per_body
            .drain(..)
            .map(|r| (r.body.clone(), r))
            .collect();
        let mut work = WorkFigures::default();
        for r in records.iter().filter(|r| self.window.contains(r.date)) {
            if self.level == ReportLevel::Body && r.body != self.reporter.body {
                continue;
            }
            bump(&mut work.by_kind, r.kind);
            work.total += 1;
            bump(&mut row(&mut rows, reg, &r.body).work, r.kind);
        }
        self.work = work;
        self.per_body = rows.into_values().collect();
        Ok(self)
    }

    /// Sets the reporter's free-text sections: difficulties and obstacles (Điều 8.2, 9.3) and
    /// proposals (Điều 8.1, 8.2). Normalised to NFC; empty lines are dropped. The text is the
    /// reporter's responsibility: it must not name private persons.
    pub fn with_sections(mut self, difficulties: &[&str], proposals: &[&str]) -> PeriodicReport {
        let clean = |v: &[&str]| -> Vec<String> {
            v.iter()
                .map(|s| crate::text::nfc(s.trim()))
                .filter(|s| !s.is_empty())
                .collect()
        };
        self.difficulties = clean(difficulties);
        self.proposals = clean(proposals);
        self
    }
}
