//! The per-body rows while a report is compiled: a vector indexed by the digest's body index
//! (one array read per lookup, no hashing per event); [`Rows::into_sorted`] gives them in body
//! id order (performance only).

use crate::org::BodyId;
use crate::regulation::Regulation;
use crate::report::digest::Digest;
use crate::report::figures::BodyFigures;
use chrono::NaiveDate;
use rustc_hash::FxHashMap as HashMap;

/// The rows, by body.
pub(super) struct Rows<'r> {
    reg: &'r Regulation,
    day: NaiveDate,
    by_body: Vec<Option<usize>>,
    /// Rows of bodies the digest never met.
    others: HashMap<BodyId, usize>,
    rows: Vec<BodyFigures>,
}

impl<'r> Rows<'r> {
    /// No rows yet; names are read on `day`.
    pub fn new(reg: &'r Regulation, day: NaiveDate) -> Self {
        Rows {
            reg,
            day,
            by_body: Vec::new(),
            others: HashMap::default(),
            rows: Vec::new(),
        }
    }

    fn fresh(&mut self, id: &BodyId) -> usize {
        let name = super::header::named(self.reg, id, self.day);
        self.rows.push(BodyFigures::new(name));
        self.rows.len() - 1
    }

    /// The row of the digest's body `i`.
    pub fn at(&mut self, digest: &Digest, i: u32) -> &mut BodyFigures {
        let i = i as usize;
        if self.by_body.len() <= i {
            self.by_body.resize(digest.bodies.len().max(i + 1), None);
        }
        let r = match self.by_body[i] {
            Some(r) => r,
            None => {
                let r = self.fresh(&digest.bodies[i]);
                self.by_body[i] = Some(r);
                r
            }
        };
        &mut self.rows[r]
    }

    /// The row of body `id`.
    pub fn of(&mut self, digest: &Digest, id: &BodyId) -> &mut BodyFigures {
        if let Some(i) = digest.body_index(id) {
            return self.at(digest, i);
        }
        let r = match self.others.get(id) {
            Some(&r) => r,
            None => {
                let r = self.fresh(id);
                self.others.insert(id.clone(), r);
                r
            }
        };
        &mut self.rows[r]
    }

    /// The rows in body id order.
    pub fn into_sorted(mut self) -> Vec<BodyFigures> {
        self.rows.sort_by(|a, b| a.body.cmp(&b.body));
        self.rows
    }
}
