//! Compiling a periodic report from case logs (Điều 8): the counting rules are documented on
//! [`CaseFigures`]. Every case is checked by replaying its log first.

use super::digest::{Digest, What, status_on};
use super::due::{recipient, reporters};
use super::figures::*;
use super::rules::{Frequency, ReportLevel};
use super::window::{Period, Window};
use super::work::WorkRecord;
use crate::case::{Case, CaseStatus, RegulationRef, Verdict, rebuild_checked, rebuilds_to};
use crate::error::{Error, ErrorCode, Result};
use crate::law::{Citation, Ground, GroundKind, GroundOrigin};
use crate::org::BodyId;
use crate::regulation::{KHANH_HOA_2086, Regulation};
use crate::text::Label;
use crate::time::{WorkCalendar, vn_date};
use chrono::{Days, NaiveDate};
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

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
    // Fact times never go back within a log (the time-order guard), so a log whose last event
    // is on or before `last_day` is whole (performance: no scan in the common case).
    if case
        .events
        .last()
        .is_some_and(|e| vn_date(&e.at) <= last_day)
    {
        return Some(Cow::Borrowed(case));
    }
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
    // Only for the few work records of a report: the id clone per call does not matter.
    rows.entry(id.clone())
        .or_insert_with(|| BodyFigures::new(named(reg, id)))
}

/// The per-body rows while a report is compiled: a vector indexed by the digest's body index
/// (one array read per lookup, no hashing per event); [`Rows::into_sorted`] gives them in body
/// id order, as a map would (performance only).
#[derive(Default)]
struct Rows {
    by_body: Vec<Option<usize>>,
    /// Rows of bodies the digest never met (only the reporter of a body-level report can be one).
    others: HashMap<BodyId, usize>,
    rows: Vec<BodyFigures>,
}

impl Rows {
    fn at(&mut self, reg: &Regulation, digest: &Digest, i: u32) -> &mut BodyFigures {
        let i = i as usize;
        if self.by_body.len() <= i {
            self.by_body.resize(digest.bodies.len().max(i + 1), None);
        }
        let r = match self.by_body[i] {
            Some(r) => r,
            None => {
                self.rows
                    .push(BodyFigures::new(named(reg, &digest.bodies[i])));
                self.by_body[i] = Some(self.rows.len() - 1);
                self.rows.len() - 1
            }
        };
        &mut self.rows[r]
    }

    fn of(&mut self, reg: &Regulation, digest: &Digest, id: &BodyId) -> &mut BodyFigures {
        if let Some(i) = digest.body_index(id) {
            return self.at(reg, digest, i);
        }
        let r = match self.others.get(id) {
            Some(&r) => r,
            None => {
                self.rows.push(BodyFigures::new(named(reg, id)));
                self.others.insert(id.clone(), self.rows.len() - 1);
                self.rows.len() - 1
            }
        };
        &mut self.rows[r]
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
        let same = rebuilds_to(reg, c).map_err(|e| e.under(&format!("/cases/{i}/events")))?;
        if !same {
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
    compile(reg, cases, None, window, reporter)
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
#[derive(Debug, Clone)]
pub struct CheckedCases<'a> {
    reg: &'a Regulation,
    cases: &'a [Case],
    /// What the reports count, digested once (see `digest.rs`).
    digest: Digest,
}

impl<'a> CheckedCases<'a> {
    /// Checks every case by replaying its log against `reg`, with the errors of
    /// [`compile_report`] (`/cases/<i>/…`).
    pub fn new(reg: &'a Regulation, cases: &'a [Case]) -> Result<CheckedCases<'a>> {
        check_cases(reg, cases)?;
        Ok(CheckedCases {
            reg,
            cases,
            digest: Digest::new(cases),
        })
    }

    /// The checked cases.
    pub fn cases(&self) -> &'a [Case] {
        self.cases
    }

    /// The report of `reporter` for `window`, exactly as [`compile_report`] with the regulation
    /// the cases were checked against, without replaying them again.
    pub fn compile(&self, window: Window, reporter: &BodyId) -> Result<PeriodicReport> {
        compile(self.reg, self.cases, Some(&self.digest), window, reporter)
    }
}

/// Compiles the report; `digest` is that of the checked `cases`, or `None` when they are still
/// to be checked (and digested).
fn compile(
    reg: &Regulation,
    cases: &[Case],
    digest: Option<&Digest>,
    window: Window,
    reporter: &BodyId,
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
    let fresh;
    let digest = match digest {
        Some(d) => d,
        None => {
            check_cases(reg, cases)?;
            fresh = Digest::new(cases);
            &fresh
        }
    };

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
    let mut involved = vec![false; digest.bodies.len()];
    let mut grounds: BTreeMap<String, GroundCount> = BTreeMap::new();
    let before_start = window.from.checked_sub_days(Days::new(1));
    // The group of each cited provision, worked out once per report.
    let groups: Vec<Group> = digest
        .citations
        .iter()
        .map(|c| ground_group(reg, c))
        .collect();
    for (ci, case) in cases.iter().enumerate() {
        let facts = digest.facts_of(ci);
        let detected = vn_date(&case.detection.at);
        if detected > end {
            continue;
        }
        let is_new = detected >= window.from;
        if !is_new
            && before_start
                .and_then(|d| status_on(facts, d))
                .is_some_and(is_ended)
        {
            continue;
        }
        // The case as it stood at the window's end; the detection fact is in the window even if
        // its event was recorded later. Built only when the figures need more than the status.
        let at_end = || {
            state_at(case, end).or_else(|| {
                rebuild_checked(&case.events[..1.min(case.events.len())]).map(Cow::Owned)
            })
        };
        let Some(status_at_end) = status_on(facts, end).or_else(|| facts.first().map(|x| x.status))
        else {
            continue; // unreachable: a checked log is never empty and starts with `detect`
        };
        if level == ReportLevel::Body
            && !at_end().is_some_and(|c| c.is_participant(reporter, &c.events))
        {
            continue;
        }
        if is_new {
            f.new += 1;
            bump(&mut f.by_detection_source, case.detection.source);
            bump(&mut f.by_platform_kind, case.content.platform_kind);
            for t in &case.topics {
                bump(&mut f.by_topic, *t);
            }
            let detector = digest.cases[ci].detector;
            rows.at(reg, digest, detector).detected += 1;
            involved[detector as usize] = true;
        } else {
            f.carried_over += 1;
        }
        bump(&mut f.by_status, status_at_end);
        if !is_ended(status_at_end) {
            f.open_at_end += 1;
        }
        let mut concluded_groups: Vec<&str> = Vec::new();
        for fact in facts.iter().filter(|x| window.contains(x.day)) {
            let actor = fact.actor;
            involved[actor as usize] = true;
            match &fact.what {
                What::Notify => rows.at(reg, digest, actor).notified += 1,
                What::Open { consulted } => {
                    for &b in digest.list(consulted) {
                        rows.at(reg, digest, b).consulted += 1;
                        involved[b as usize] = true;
                    }
                }
                What::Opinion => rows.at(reg, digest, actor).opinions += 1,
                What::Conclude {
                    verdict,
                    grounds: cited,
                } => {
                    bump(&mut f.by_verdict, *verdict);
                    if *verdict == Verdict::Violating {
                        for &c in digest.list(cited) {
                            let (id, label, cites) = &groups[c as usize];
                            if concluded_groups.contains(&id.as_str()) {
                                continue;
                            }
                            concluded_groups.push(id);
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
                What::Dismiss(reason) => bump(&mut f.dismissed, *reason),
                What::Assign { kind, assignee } => {
                    bump(&mut f.actions_by_kind, *kind);
                    rows.at(reg, digest, *assignee).actions_assigned += 1;
                    involved[*assignee as usize] = true;
                }
                What::Result(outcome) => {
                    bump(&mut f.outcomes, *outcome);
                    bump(&mut rows.at(reg, digest, actor).results, *outcome);
                }
                What::Publish => {
                    f.published += 1;
                    rows.at(reg, digest, actor).published += 1;
                }
                What::Close => f.closed += 1,
                What::Other => {}
            }
        }
        // A deadline is reported in the window containing its due time; whether it was met is
        // known by then (a result after the window is after the due time too).
        if case.actions.iter().all(|a| a.deadline.is_none()) {
            continue; // the case's actions at the window's end are some of these
        }
        let Some(at_end) = at_end() else { continue };
        for a in &at_end.actions {
            let Some(d) = &a.deadline else { continue };
            if !window.contains(vn_date(&d.due)) {
                continue;
            }
            let met = a.result.as_ref().is_some_and(|r| r.at <= d.due);
            if met {
                continue;
            }
            rows.of(reg, digest, &a.assignee).deadlines_missed += 1;
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
            vec![rows.of(reg, digest, reporter).clone()]
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
            let mut ids: Vec<&BodyId> = involved
                .iter()
                .zip(&digest.bodies)
                .filter_map(|(&yes, b)| yes.then_some(b))
                .collect();
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
