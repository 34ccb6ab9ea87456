//! Shortcuts on [`Regulation`] to the questions its parts answer (so callers need not know
//! which part holds what), citation parsing against the built-in catalogue, and `Display` for
//! citations.

use super::Regulation;
use crate::duty::{ActivityId, Duty};
use crate::error::Result;
use crate::law::{
    Citation, Ground, Instrument, InstrumentId, Instruments, Provision, Succession, TimeLimit,
};
use crate::org::{Body, BodyId, Role, RoleAssignment, RoleId};
use chrono::NaiveDate;

impl Instruments for Regulation {
    fn instrument(&self, id: &InstrumentId) -> Option<&Instrument> {
        self.catalogue.instrument(id)
    }

    fn instruments(&self) -> &[Instrument] {
        &self.catalogue.instruments
    }
}

impl Regulation {
    /// The instrument with number `id` ([`crate::law::Catalogue::instrument`]).
    pub fn instrument(&self, id: &InstrumentId) -> Option<&Instrument> {
        self.catalogue.instrument(id)
    }

    /// The catalogued instrument named by `text` ([`crate::law::Catalogue::resolve_instrument`]).
    pub fn resolve_instrument(&self, text: &str) -> Result<&Instrument> {
        self.catalogue.resolve_instrument(text)
    }

    /// The catalogued provision `c` ([`crate::law::Catalogue::provision`]).
    pub fn provision(&self, c: &Citation) -> Option<&Provision> {
        self.catalogue.provision(c)
    }

    /// The grounds in force at law time `day` ([`crate::law::Catalogue::grounds_in_force`]).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let d = NaiveDate::from_ymd_opt(2026, 8, 1).unwrap();
    /// assert_eq!(reg.grounds_in_force(d).len(), 3);
    /// ```
    pub fn grounds_in_force(&self, day: NaiveDate) -> Vec<&Ground> {
        self.catalogue.grounds_in_force(day)
    }

    /// The ground in force on `day` covering `c` ([`crate::law::Catalogue::ground_for`]).
    pub fn ground_for(&self, c: &Citation, day: NaiveDate) -> Option<&Ground> {
        self.catalogue.ground_for(c, day)
    }

    /// Where `c`'s rule went ([`crate::law::Catalogue::successor_of`]).
    pub fn successor_of(&self, c: &Citation) -> Vec<Succession> {
        self.catalogue.successor_of(c)
    }

    /// The rows of time-limit rule `rule` in force on `day`.
    pub fn time_limits(&self, rule: &str, day: NaiveDate) -> Vec<&TimeLimit> {
        self.catalogue.time_limits(rule, day)
    }

    /// The role `id` ([`crate::org::Register::role`]).
    pub fn role(&self, id: &RoleId) -> Option<&Role> {
        self.register.role(id)
    }

    /// The body `id` ([`crate::org::Register::body`]).
    pub fn body(&self, id: &BodyId) -> Option<&Body> {
        self.register.body(id)
    }

    /// True when body `id` exists on `day`.
    pub fn body_exists_on(&self, id: &BodyId, day: NaiveDate) -> bool {
        self.register.body_exists_on(id, day)
    }

    /// The body standing for `id` on `day` ([`crate::org::Register::body_on`]).
    pub fn body_on(&self, id: &BodyId, day: NaiveDate) -> Option<&Body> {
        self.register.body_on(id, day)
    }

    /// Who plays `role` on `day` ([`crate::org::Register::body_for`]).
    pub fn body_for(&self, role: &RoleId, day: NaiveDate) -> Vec<&RoleAssignment> {
        self.register.body_for(role, day)
    }

    /// The roles `body` plays on `day` ([`crate::org::Register::roles_of`]).
    pub fn roles_of(&self, body: &BodyId, day: NaiveDate) -> Vec<&RoleAssignment> {
        self.register.roles_of(body, day)
    }

    /// The duty `id` ([`crate::duty::Matrix::duty`]).
    pub fn duty(&self, id: &str) -> Option<&Duty> {
        self.matrix.duty(id)
    }

    /// Every duty of `role` ([`crate::duty::Matrix::duties_of`]).
    pub fn duties_of(&self, role: &RoleId) -> Vec<&Duty> {
        self.matrix.duties_of(role)
    }

    /// The duties of `role` on `day` ([`crate::duty::Matrix::duties_of_on`]).
    pub fn duties_of_on(&self, role: &RoleId, day: NaiveDate) -> Vec<&Duty> {
        self.matrix.duties_of_on(role, day)
    }

    /// The duties serving `activity` ([`crate::duty::Matrix::participants`]).
    pub fn participants(&self, activity: &ActivityId) -> Vec<&Duty> {
        self.matrix.participants(activity)
    }

    /// The duties behind `c` ([`crate::duty::Matrix::duty_for`]).
    pub fn duty_for(&self, c: &Citation) -> Vec<&Duty> {
        self.matrix.duty_for(c)
    }

    /// The assignments carrying duty `duty_id` on `day`
    /// ([`crate::duty::Matrix::bodies_for_duty`]).
    pub fn bodies_for_duty(&self, duty_id: &str, day: NaiveDate) -> Vec<&RoleAssignment> {
        self.matrix.bodies_for_duty(&self.register, duty_id, day)
    }

    /// A citation in Vietnamese, with this regulation's instrument names.
    pub fn cite_vi(&self, c: &Citation) -> String {
        c.vi(self)
    }

    /// A citation in English, with this regulation's instrument names.
    pub fn cite_en(&self, c: &Citation) -> String {
        c.en(self)
    }
}

impl Citation {
    /// Parses one citation (the whole text) against the built-in catalogue
    /// ([`Citation::parse_with`] takes any catalogue).
    ///
    /// ```
    /// use quyche::law::{Citation, Point};
    /// let c = Citation::parse("DIEM D KHOAN 1 DIEU 8 LUAT AN NINH MANG 2018").unwrap();
    /// assert_eq!(c, Citation::article("24/2018/QH14", 8).clause(1).point(Point::D));
    /// let c = Citation::parse("Điều 5 Nghị định số 72/2013/ND-CP").unwrap();
    /// assert_eq!(c, Citation::article("72/2013/NĐ-CP", 5));
    /// let e = Citation::parse("hello").unwrap_err();
    /// assert_eq!(e.code.as_str(), "CITATION_PARSE");
    /// ```
    pub fn parse(text: &str) -> Result<Citation> {
        Citation::parse_with(text, Regulation::khanh_hoa_ref())
    }
}

/// Vietnamese, with the built-in catalogue's instrument names. (Code that assembles the
/// built-in regulation must not use it: it would wait on itself; use [`Citation::key`] there.)
///
/// ```
/// let c = quyche::law::Citation::article("72/2013/NĐ-CP", 5);
/// assert_eq!(c.to_string(), "Điều 5 Nghị định 72/2013/NĐ-CP");
/// ```
impl std::fmt::Display for Citation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.vi(Regulation::khanh_hoa_ref()))
    }
}
