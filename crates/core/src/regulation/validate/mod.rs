//! Validation of a regulation document: every reference resolves (roles, bodies, duties,
//! provisions, instruments, time-limit rules, action kinds), ids are unique, periods are not
//! inverted and do not overlap where the rules need one answer per day. Every problem is
//! reported with its JSON pointer into the document; the first is the error, the others are in
//! `related` (up to [`MAX_PROBLEMS`]).

mod catalogue;
mod matrix;
mod register;
mod reporting;
mod workflow;

use super::Regulation;
use crate::error::{Error, ErrorCode, Result};
use crate::law::Citation;
use crate::validity::Validity;
use std::collections::HashSet;

/// How many problems a validation reports at most.
pub const MAX_PROBLEMS: usize = 200;

/// The problems found so far.
pub(crate) struct Problems {
    list: Vec<Error>,
    more: usize,
}

impl Problems {
    fn new() -> Self {
        Problems {
            list: Vec::new(),
            more: 0,
        }
    }

    /// Records a problem at `path`.
    pub(crate) fn push(&mut self, path: String, en: String, vi: String) {
        if self.list.len() < MAX_PROBLEMS {
            self.list
                .push(Error::new(ErrorCode::InvalidRegulation, en, vi).at(path));
        } else {
            self.more += 1;
        }
    }

    /// Records a problem at `path` that the provisions `citations` decide.
    pub(crate) fn push_cited(
        &mut self,
        path: String,
        en: String,
        vi: String,
        citations: impl IntoIterator<Item = crate::law::Citation>,
    ) {
        self.push(path, en, vi);
        if self.more == 0
            && let Some(e) = self.list.pop()
        {
            self.list.push(e.with_citations(citations));
        }
    }

    /// Records an inverted period.
    pub(crate) fn validity(&mut self, path: String, v: &Validity) {
        if v.is_inverted() {
            self.push(
                path,
                "The period ends before it starts.".into(),
                "Thời hạn kết thúc trước khi bắt đầu.".into(),
            );
        }
    }

    /// Records every id of `ids` seen twice (`path` is the table's pointer; `field` the id's
    /// member).
    pub(crate) fn unique<'a>(
        &mut self,
        path: &str,
        field: &str,
        ids: impl Iterator<Item = &'a str>,
    ) {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            if !seen.insert(id) {
                self.push(
                    format!("{path}/{i}/{field}"),
                    format!(
                        "The id `{}` is used twice in {path}.",
                        crate::text::echo(id)
                    ),
                    format!("Mã `{}` bị trùng trong `{path}`.", crate::text::echo(id)),
                );
            }
        }
    }

    /// Records an unknown reference: `what` names the table (e.g. "role" / "vai trò").
    pub(crate) fn unknown(&mut self, path: String, what: (&str, &str), id: &str, table: &str) {
        self.push(
            path,
            format!(
                "The {} `{}` is not in {table}.",
                what.0,
                crate::text::echo(id)
            ),
            format!(
                "{} `{}` không có trong `{table}`.",
                capital(what.1),
                crate::text::echo(id)
            ),
        );
    }

    fn into_result(self) -> Result<()> {
        let mut list = self.list.into_iter();
        match list.next() {
            None => Ok(()),
            Some(first) => {
                let mut first = first.with_related(list);
                if self.more > 0 {
                    first = first.with_help(
                        format!("{} more problems were not listed.", self.more),
                        format!("Còn {} lỗi khác không được liệt kê.", self.more),
                    );
                }
                Err(first)
            }
        }
    }
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The ids of the document, for reference checks.
pub(crate) struct Known<'a> {
    pub roles: HashSet<&'a str>,
    pub bodies: HashSet<&'a str>,
    pub duties: HashSet<&'a str>,
    pub instruments: HashSet<&'a str>,
    pub rules: HashSet<&'a str>,
    pub actions: HashSet<&'a str>,
    pub reg: &'a Regulation,
}

impl<'a> Known<'a> {
    fn of(reg: &'a Regulation) -> Self {
        Known {
            roles: reg.register.roles.iter().map(|r| r.id.as_str()).collect(),
            bodies: reg.register.bodies.iter().map(|b| b.id.as_str()).collect(),
            duties: reg.matrix.duties.iter().map(|d| d.id.as_str()).collect(),
            instruments: reg
                .catalogue
                .instruments
                .iter()
                .map(|i| i.id.as_str())
                .collect(),
            rules: reg
                .catalogue
                .time_limits
                .iter()
                .map(|t| t.rule.as_str())
                .collect(),
            actions: reg.workflow.actions.iter().map(|a| a.id.as_str()).collect(),
            reg,
        }
    }

    /// Records a role that is not declared.
    pub(crate) fn role(&self, p: &mut Problems, path: String, id: &str) {
        if !self.roles.contains(id) {
            p.unknown(path, ("role", "vai trò"), id, "/register/roles");
        }
    }

    /// Records a body that is not declared.
    pub(crate) fn body(&self, p: &mut Problems, path: String, id: &str) {
        if !self.bodies.contains(id) {
            p.unknown(path, ("body", "cơ quan"), id, "/register/bodies");
        }
    }

    /// Records a duty that is not in the matrix.
    pub(crate) fn duty(&self, p: &mut Problems, path: String, id: &str) {
        if !self.duties.contains(id) {
            p.unknown(path, ("duty", "nhiệm vụ"), id, "/matrix/duties");
        }
    }

    /// Records an instrument that is not catalogued.
    pub(crate) fn instrument(&self, p: &mut Problems, path: String, id: &str) {
        if !self.instruments.contains(id) {
            p.unknown(
                path,
                ("instrument", "văn bản"),
                id,
                "/catalogue/instruments",
            );
        }
    }

    /// Records a citation whose instrument or provision is not catalogued.
    pub(crate) fn citation(&self, p: &mut Problems, path: String, c: &Citation) {
        if !self.instruments.contains(c.instrument.as_str()) {
            self.instrument(p, path, c.instrument.as_str());
        } else if self.reg.catalogue.provision(c).is_none() {
            p.push(
                path,
                format!("The provision {} is not in /catalogue/provisions.", c.key()),
                format!(
                    "Điều khoản {} không có trong `/catalogue/provisions`.",
                    c.key()
                ),
            );
        }
    }

    /// Records every citation of `cs` that is not catalogued.
    pub(crate) fn citations(&self, p: &mut Problems, path: &str, cs: &[Citation]) {
        for (i, c) in cs.iter().enumerate() {
            self.citation(p, format!("{path}/{i}"), c);
        }
    }
}

impl Regulation {
    /// Checks the document's consistency: every problem, with its JSON pointer (the first as
    /// the error, the others in `related`).
    ///
    /// ```
    /// let mut reg = quyche::Regulation::khanh_hoa();
    /// reg.register.assignments[0].body = quyche::org::BodyId::new("no-such-body");
    /// reg.matrix.duties[0].role = quyche::org::RoleId::new("nobody");
    /// let err = reg.validate().unwrap_err();
    /// assert_eq!(err.code.as_str(), "INVALID_REGULATION");
    /// let paths: Vec<_> = std::iter::once(&err).chain(&err.related).map(|e| e.path.clone().unwrap()).collect();
    /// assert!(paths.contains(&"/register/assignments/0/body".to_string()));
    /// assert!(paths.contains(&"/matrix/duties/0/role".to_string()));
    /// ```
    pub fn validate(&self) -> Result<()> {
        let mut p = Problems::new();
        let k = Known::of(self);
        k.instrument(&mut p, "/instrument".into(), self.instrument.as_str());
        p.validity("/in_force".into(), &self.in_force);
        for (i, s) in self.scope.iter().enumerate() {
            p.validity(format!("/scope/{i}/valid"), &s.valid);
            if self.register.territory(&s.territory).is_none() {
                p.unknown(
                    format!("/scope/{i}/territory"),
                    ("territory", "địa bàn"),
                    s.territory.as_str(),
                    "/register/territories",
                );
            }
        }
        for (i, x) in self.interpretations.iter().enumerate() {
            k.citations(
                &mut p,
                &format!("/interpretations/{i}/provisions"),
                &x.provisions,
            );
        }
        p.unique(
            "/interpretations",
            "id",
            self.interpretations.iter().map(|x| x.id.as_str()),
        );
        catalogue::check(&mut p, &k);
        register::check(&mut p, &k);
        matrix::check(&mut p, &k);
        workflow::check(&mut p, &k);
        reporting::check(&mut p, &k);
        p.into_result()
    }
}
