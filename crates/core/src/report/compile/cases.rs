//! The case figures, case by case: new or carried over, the state at the window's end, and every
//! event dated within the window. Confidential cases are counted, never described (no topic,
//! platform kind or ground).

use super::ReportOptions;
use super::grounds::{Group, group};
use super::rows::Rows;
use crate::case::{Case, rebuild_checked};
use crate::org::BodyId;
use crate::regulation::Regulation;
use crate::report::digest::{Digest, Fact, What, status_on};
use crate::report::figures::*;
use crate::report::window::Window;
use crate::rules::ReportLevel;
use crate::time::vn_date;
use crate::vocab::Verdict;
use chrono::{Days, NaiveDate};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// What the case loop produces.
pub(super) struct Counted<'r> {
    pub figures: CaseFigures,
    pub rows: Rows<'r>,
    pub own_row: BodyFigures,
    pub involved: Vec<NamedBody>,
}

pub(super) fn bump<K: Ord>(m: &mut BTreeMap<K, u32>, k: K) {
    *m.entry(k).or_insert(0) += 1;
}

/// The case as it stood at the end of `last_day` (its events up to that day). The whole log was
/// checked first, so the prefix is rebuilt by folding.
pub(super) fn state_at(case: &Case, last_day: NaiveDate) -> Option<Cow<'_, Case>> {
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
    match n {
        0 => None,
        n if n == case.events.len() => Some(Cow::Borrowed(case)),
        n => rebuild_checked(&case.events[..n]).map(Cow::Owned),
    }
}

/// The running count.
pub(super) struct Count<'r, 'd> {
    reg: &'r Regulation,
    digest: &'d Digest,
    window: Window,
    f: CaseFigures,
    rows: Rows<'r>,
    involved: Vec<bool>,
    grounds: BTreeMap<String, GroundCount>,
    groups: Vec<Group>,
    options: ReportOptions,
}

/// Counts `cases` for the report of `reporter` at `level`.
pub(super) fn count<'r>(
    reg: &'r Regulation,
    cases: &[Case],
    digest: &Digest,
    window: Window,
    reporter: &BodyId,
    level: ReportLevel,
    options: ReportOptions,
) -> Counted<'r> {
    let mut c = Count {
        reg,
        digest,
        window,
        f: CaseFigures::default(),
        rows: Rows::new(reg, window.to),
        involved: vec![false; digest.bodies.len()],
        grounds: BTreeMap::new(),
        groups: digest.citations.iter().map(|x| group(reg, x)).collect(),
        options,
    };
    for (ci, case) in cases.iter().enumerate() {
        c.case(ci, case, reporter, level);
    }
    c.finish(reporter)
}

impl<'r> Count<'r, '_> {
    fn case(&mut self, ci: usize, case: &Case, reporter: &BodyId, level: ReportLevel) {
        let facts = self.digest.facts_of(ci);
        let end = self.window.to;
        let detected = vn_date(&case.detection.at);
        if detected > end {
            return;
        }
        let is_new = detected >= self.window.from;
        let before = self.window.from.checked_sub_days(Days::new(1));
        if !is_new
            && before
                .and_then(|d| status_on(facts, d))
                .is_some_and(|s| s.is_ended())
        {
            return;
        }
        let Some(status_at_end) = status_on(facts, end).or_else(|| facts.first().map(|x| x.status))
        else {
            return;
        };
        if level == ReportLevel::Body
            && !state_at(case, end).is_some_and(|c| c.is_participant(reporter, &c.events))
        {
            return;
        }
        let secret = state_at(case, end).is_some_and(|c| c.state_secret);
        if secret {
            self.f.confidential += 1;
        }
        if is_new {
            self.new_case(ci, case, secret);
        } else {
            self.f.carried_over += 1;
        }
        bump(&mut self.f.by_status, status_at_end);
        if !status_at_end.is_ended() {
            self.f.open_at_end += 1;
        }
        self.facts(facts, secret);
        super::deadlines::count(self, case);
    }

    fn new_case(&mut self, ci: usize, case: &Case, secret: bool) {
        self.f.new += 1;
        bump(&mut self.f.by_detection_source, case.detection.source);
        if !secret {
            bump(&mut self.f.by_platform_kind, case.content.platform_kind);
            for t in &case.topics {
                bump(&mut self.f.by_topic, *t);
            }
        }
        let detector = self.digest.cases[ci].detector;
        self.rows.at(self.digest, detector).detected += 1;
        self.involved[detector as usize] = true;
    }

    fn facts(&mut self, facts: &[Fact], secret: bool) {
        let digest = self.digest;
        let mut concluded: Vec<usize> = Vec::new();
        let window = self.window;
        for fact in facts.iter().filter(|x| window.contains(x.day)) {
            let actor = fact.actor;
            self.involved[actor as usize] = true;
            match &fact.what {
                What::Notify => self.rows.at(digest, actor).notified += 1,
                What::Open { consulted } => {
                    for &b in digest.list(consulted) {
                        self.rows.at(digest, b).consulted += 1;
                        self.involved[b as usize] = true;
                    }
                }
                What::Opinion => self.rows.at(digest, actor).opinions += 1,
                What::Conclude { verdict, grounds } => {
                    bump(&mut self.f.by_verdict, *verdict);
                    if *verdict == Verdict::Violating && !secret {
                        for &g in digest.list(grounds) {
                            self.ground(g as usize, &mut concluded);
                        }
                    }
                }
                What::Dismiss(reason) => bump(&mut self.f.dismissed, *reason),
                What::Action { kind, body } => {
                    bump(
                        &mut self.f.actions_by_kind,
                        digest.kinds[*kind as usize].clone(),
                    );
                    self.rows.at(digest, *body).actions += 1;
                    self.involved[*body as usize] = true;
                }
                What::Removal => {
                    self.f.platforms.sent += 1;
                    self.rows.at(digest, actor).removal_requests += 1;
                }
                What::Result(outcome) => {
                    bump(&mut self.f.outcomes, *outcome);
                    bump(&mut self.rows.at(digest, actor).results, *outcome);
                }
                What::Publish => {
                    self.f.published += 1;
                    self.rows.at(digest, actor).published += 1;
                }
                What::Close => self.f.closed += 1,
                What::Other => {}
            }
        }
    }

    /// Counts a violating conclusion under the group of citation `g`, once per case.
    fn ground(&mut self, g: usize, concluded: &mut Vec<usize>) {
        let (id, label, cites) = &self.groups[g];
        if concluded.iter().any(|&x| &self.groups[x].0 == id) {
            return;
        }
        concluded.push(g);
        self.grounds
            .entry(id.clone())
            .and_modify(|x| x.cases += 1)
            .or_insert_with(|| GroundCount {
                group: id.clone(),
                label: label.clone(),
                citations: cites.clone(),
                cases: 1,
            });
    }

    fn finish(mut self, reporter: &BodyId) -> Counted<'r> {
        self.f.total = self.f.new + self.f.carried_over;
        self.f.by_ground = self.grounds.into_values().collect();
        self.f
            .by_ground
            .sort_by(|a, b| b.cases.cmp(&a.cases).then_with(|| a.group.cmp(&b.group)));
        let own_row = self.rows.of(self.digest, reporter).clone();
        let mut ids: Vec<&BodyId> = self
            .involved
            .iter()
            .zip(&self.digest.bodies)
            .filter_map(|(&yes, b)| yes.then_some(b))
            .collect();
        ids.sort();
        let involved = ids
            .into_iter()
            .map(|b| super::header::named(self.reg, b, self.window.to))
            .collect();
        Counted {
            figures: self.f,
            rows: self.rows,
            own_row,
            involved,
        }
    }
}

/// The deadline part of the count needs these.
impl<'r> Count<'r, '_> {
    pub(super) fn window(&self) -> Window {
        self.window
    }
    pub(super) fn reg(&self) -> &'r Regulation {
        self.reg
    }
    pub(super) fn options(&self) -> ReportOptions {
        self.options
    }
    pub(super) fn figures(&mut self) -> &mut CaseFigures {
        &mut self.f
    }
    pub(super) fn row_of(&mut self, id: &BodyId) -> &mut BodyFigures {
        self.rows.of(self.digest, id)
    }
}
