//! Grounds grouped with their successors, so that figures stay comparable across reforms.

use crate::law::{Citation, Ground, GroundKind, GroundOrigin};
use crate::regulation::Regulation;
use crate::text::Label;

/// A group of grounds: its key, label and citations.
pub(super) type Group = (String, Label, Vec<Citation>);

/// The ground the regulation names that `g` descends from.
fn root<'a>(reg: &'a Regulation, g: &'a Ground) -> &'a Ground {
    let grounds = &reg.catalogue.grounds;
    let mut cur = g;
    for _ in 0..=grounds.len() {
        match &cur.origin {
            GroundOrigin::Successor { of } => match grounds.iter().find(|x| &x.id == of) {
                Some(p) => cur = p,
                None => break,
            },
            GroundOrigin::Regulation { .. } => break,
        }
    }
    cur
}

/// The group of a cited provision.
pub(super) fn group(reg: &Regulation, c: &Citation) -> Group {
    let Some(g) = reg.catalogue.grounds_covering(c).into_iter().next() else {
        return (c.key(), Label::new(c.key(), c.key()), vec![c.clone()]);
    };
    let r = root(reg, g);
    let mut cites = vec![r.citation.clone()];
    for x in &reg.catalogue.grounds {
        if x.kind == GroundKind::Harm && x.id != r.id && root(reg, x).id == r.id {
            cites.push(x.citation.clone());
        }
    }
    (r.id.clone(), r.label.clone(), cites)
}
