//! The advisories of a conclusion's grounds: a ground whose status is not confirmed, and a
//! successor ground, which the regulation's reference reaches only by interpretation.

use super::advisory::{Advisory, AdvisoryCode};
use super::command::Conclude;
use super::model::Case;
use crate::law::{Citation, Ground, GroundOrigin};
use crate::regulation::Regulation;

/// The provision that names the ground `g` descends from (the regulation's own reference).
fn named_by(reg: &Regulation, g: &Ground) -> Option<Citation> {
    let mut cur = g;
    for _ in 0..=reg.catalogue.grounds.len() {
        match &cur.origin {
            GroundOrigin::Regulation { cited_by } => return Some(cited_by.clone()),
            GroundOrigin::Successor { of } => {
                cur = reg.catalogue.grounds.iter().find(|x| &x.id == of)?;
            }
        }
    }
    None
}

/// Advisories for the grounds a conclusion cites.
pub(crate) fn advisories(reg: &Regulation, case: &Case, c: &Conclude) -> Vec<Advisory> {
    let law_day = crate::time::vn_date(&case.law_time());
    let mut out = Vec::new();
    for cited in &c.grounds {
        for g in reg
            .catalogue
            .grounds_covering(cited)
            .into_iter()
            .filter(|g| g.in_force.contains(law_day))
        {
            let status = reg
                .catalogue
                .provision(cited)
                .map_or(g.status, |n| n.status.max(g.status));
            if !status.is_confirmed() {
                let mut a = Advisory::new(
                    AdvisoryCode::UnconfirmedFact,
                    format!(
                        "{} is {} (status {}).",
                        cited.en(reg),
                        status.label().en,
                        status.code()
                    ),
                    format!(
                        "{} {} (mức {}).",
                        cited.vi(reg),
                        status.label().vi,
                        status.code()
                    ),
                    vec![cited.clone()],
                );
                a.status = Some(status);
                out.push(a);
            }
            if matches!(g.origin, GroundOrigin::Successor { .. }) {
                let mut cites: Vec<Citation> = named_by(reg, g).into_iter().collect();
                cites.push(cited.clone());
                out.push(Advisory::new(
                    AdvisoryCode::Interpretation,
                    format!("{} replaces a ground the regulation names; reading the regulation's reference as moving to it is an interpretation.", cited.en(reg)),
                    format!("{} thay thế căn cứ được Quy chế viện dẫn; việc áp dụng căn cứ thay thế là cách hiểu.", cited.vi(reg)),
                    cites,
                ));
            }
        }
    }
    out
}
