//! Validation of a regulation document: references resolve, ids are unique, intervals are not
//! inverted. Problems are reported with JSON pointers; the first is the error, the rest (up to
//! [`MAX_PROBLEMS`]) are in `related`.

use super::Regulation;
use crate::error::{Error, ErrorCode, Result};
use crate::law::{Citation, Provision};
use crate::validity::Validity;
use std::collections::HashSet;

/// How many problems a validation reports at most.
pub const MAX_PROBLEMS: usize = 20;

struct Problems(Vec<Error>);

impl Problems {
    fn push(&mut self, path: String, en: String, vi: String) {
        if self.0.len() < MAX_PROBLEMS {
            self.0
                .push(Error::new(ErrorCode::InvalidRegulation, en, vi).at(path));
        }
    }

    fn validity(&mut self, path: String, v: &Validity) {
        if v.is_inverted() {
            self.push(
                path,
                "validity ends before it starts".into(),
                "thời hạn hiệu lực kết thúc trước khi bắt đầu".into(),
            );
        }
    }

    fn unique<'a>(&mut self, table: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            if !seen.insert(id) {
                self.push(
                    format!("/{table}/{i}/id"),
                    format!("duplicate id `{id}` in {table}"),
                    format!("mã `{id}` bị trùng trong {table}"),
                );
            }
        }
    }
}

impl Regulation {
    /// Checks the document's internal consistency.
    ///
    /// ```
    /// let mut reg = quyche::Regulation::khanh_hoa();
    /// reg.assignments[0].body = quyche::org::BodyId::new("no-such-body");
    /// let err = reg.validate().unwrap_err();
    /// assert_eq!(err.code.as_str(), "INVALID_REGULATION");
    /// assert_eq!(err.path.as_deref(), Some("/assignments/0/body"));
    /// ```
    pub fn validate(&self) -> Result<()> {
        let mut p = Problems(Vec::new());
        let instruments: HashSet<&str> = self.instruments.iter().map(|i| i.id.as_str()).collect();
        let bodies: HashSet<&str> = self.bodies.iter().map(|b| b.id.as_str()).collect();
        let cite = |p: &mut Problems, path: String, c: &Citation| {
            if !instruments.contains(c.instrument.as_str()) {
                p.push(
                    format!("{path}/instrument"),
                    format!("instrument `{}` is not in /instruments", c.instrument),
                    format!(
                        "văn bản `{}` không có trong danh mục /instruments",
                        c.instrument
                    ),
                );
            }
        };

        if !instruments.contains(self.instrument.as_str()) {
            p.push(
                "/instrument".into(),
                "the regulation's own instrument is not catalogued".into(),
                "văn bản ban hành quy chế không có trong danh mục".into(),
            );
        }
        p.validity("/in_force".into(), &self.in_force);
        p.unique(
            "instruments",
            self.instruments.iter().map(|i| i.id.as_str()),
        );
        p.unique("bodies", self.bodies.iter().map(|b| b.id.as_str()));
        p.unique("grounds", self.grounds.iter().map(|g| g.id.as_str()));
        p.unique(
            "time_limits",
            self.time_limits.iter().map(|t| t.id.as_str()),
        );
        p.unique("duties", self.duties.iter().map(|d| d.id.as_str()));

        for (i, ins) in self.instruments.iter().enumerate() {
            p.validity(format!("/instruments/{i}/in_force"), &ins.in_force);
            if let Some(s) = &ins.successor
                && !instruments.contains(s.as_str())
            {
                p.push(
                    format!("/instruments/{i}/successor"),
                    format!("successor `{s}` is not catalogued"),
                    format!("văn bản thay thế `{s}` không có trong danh mục"),
                );
            }
        }
        fn walk(
            p: &mut Problems,
            path: String,
            prov: &Provision,
            cite: &dyn Fn(&mut Problems, String, &Citation),
        ) {
            cite(p, format!("{path}/citation"), &prov.citation);
            for (j, c) in prov.children.iter().enumerate() {
                if !c.citation.is_within(&prov.citation) || c.citation == prov.citation {
                    p.push(
                        format!("{path}/children/{j}/citation"),
                        "a child provision must lie within its parent".into(),
                        "điều khoản con phải thuộc điều khoản cha".into(),
                    );
                }
                walk(p, format!("{path}/children/{j}"), c, cite);
            }
        }
        for (i, prov) in self.provisions.iter().enumerate() {
            walk(&mut p, format!("/provisions/{i}"), prov, &cite);
        }
        let ground_ids: HashSet<&str> = self.grounds.iter().map(|g| g.id.as_str()).collect();
        for (i, g) in self.grounds.iter().enumerate() {
            cite(&mut p, format!("/grounds/{i}/citation"), &g.citation);
            p.validity(format!("/grounds/{i}/in_force"), &g.in_force);
            if let crate::law::GroundOrigin::Successor { of } = &g.origin
                && !ground_ids.contains(of.as_str())
            {
                p.push(
                    format!("/grounds/{i}/origin/of"),
                    format!("ground `{of}` is not in /grounds"),
                    format!("căn cứ `{of}` không có trong /grounds"),
                );
            }
            for (j, s) in g.successors.iter().enumerate() {
                if !instruments.contains(s.instrument.as_str()) {
                    p.push(
                        format!("/grounds/{i}/successors/{j}/instrument"),
                        format!("instrument `{}` is not catalogued", s.instrument),
                        format!("văn bản `{}` không có trong danh mục", s.instrument),
                    );
                }
            }
        }
        for (i, t) in self.time_limits.iter().enumerate() {
            p.validity(format!("/time_limits/{i}/in_force"), &t.in_force);
            if let Some(c) = &t.provision {
                cite(&mut p, format!("/time_limits/{i}/provision"), c);
            }
        }
        for (i, b) in self.bodies.iter().enumerate() {
            p.validity(format!("/bodies/{i}/valid"), &b.valid);
            if let Some(s) = &b.successor
                && !bodies.contains(s.as_str())
            {
                p.push(
                    format!("/bodies/{i}/successor"),
                    format!("successor body `{s}` is not in /bodies"),
                    format!("cơ quan kế thừa `{s}` không có trong /bodies"),
                );
            }
        }
        let duty_ids: HashSet<&str> = self.duties.iter().map(|d| d.id.as_str()).collect();
        for (i, a) in self.assignments.iter().enumerate() {
            p.validity(format!("/assignments/{i}/valid"), &a.valid);
            if !bodies.contains(a.body.as_str()) {
                p.push(
                    format!("/assignments/{i}/body"),
                    format!("body `{}` is not in /bodies", a.body),
                    format!("cơ quan `{}` không có trong /bodies", a.body),
                );
            }
            for (j, d) in a.duties.iter().enumerate() {
                if !duty_ids.contains(d.as_str()) {
                    p.push(
                        format!("/assignments/{i}/duties/{j}"),
                        format!("duty `{d}` is not in /duties"),
                        format!("nhiệm vụ `{d}` không có trong /duties"),
                    );
                }
            }
        }
        for (i, d) in self.duties.iter().enumerate() {
            cite(&mut p, format!("/duties/{i}/citation"), &d.citation);
            if d.obligation != d.role.obligation() {
                p.push(
                    format!("/duties/{i}/obligation"),
                    format!(
                        "role `{}` has obligation {:?}",
                        d.role.as_str(),
                        d.role.obligation()
                    ),
                    format!("vai trò `{}` có loại nghĩa vụ khác", d.role.as_str()),
                );
            }
        }

        let mut problems = p.0.into_iter();
        match problems.next() {
            // The reporting rules (Điều 8; NĐ 09/2019 Điều 8.5) have their own checks.
            None => self.validate_reporting(),
            Some(first) => Err(first.with_related(problems)),
        }
    }
}
