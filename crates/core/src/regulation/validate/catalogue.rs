//! Checks of the legal catalogue: instruments, provision trees, grounds, time limits.

use super::{Known, Problems};
use crate::law::{GroundOrigin, Provision};

pub(super) fn check(p: &mut Problems, k: &Known) {
    let cat = &k.reg.catalogue;
    p.unique(
        "/catalogue/instruments",
        "id",
        cat.instruments.iter().map(|i| i.id.as_str()),
    );
    p.unique(
        "/catalogue/grounds",
        "id",
        cat.grounds.iter().map(|g| g.id.as_str()),
    );
    p.unique(
        "/catalogue/time_limits",
        "id",
        cat.time_limits.iter().map(|t| t.id.as_str()),
    );
    for (i, ins) in cat.instruments.iter().enumerate() {
        p.validity(
            format!("/catalogue/instruments/{i}/in_force"),
            &ins.in_force,
        );
        if let Some(s) = &ins.successor {
            k.instrument(
                p,
                format!("/catalogue/instruments/{i}/successor"),
                s.as_str(),
            );
        }
    }
    for (i, prov) in cat.provisions.iter().enumerate() {
        tree(p, k, format!("/catalogue/provisions/{i}"), prov);
    }
    grounds(p, k);
    limits(p, k);
}

fn tree(p: &mut Problems, k: &Known, path: String, prov: &Provision) {
    k.instrument(
        p,
        format!("{path}/citation/instrument"),
        prov.citation.instrument.as_str(),
    );
    for (j, c) in prov.children.iter().enumerate() {
        if !c.citation.is_within(&prov.citation) || c.citation == prov.citation {
            p.push(
                format!("{path}/children/{j}/citation"),
                "A child provision must lie within its parent.".into(),
                "Điều khoản con phải thuộc điều khoản cha.".into(),
            );
        }
        tree(p, k, format!("{path}/children/{j}"), c);
    }
}

fn grounds(p: &mut Problems, k: &Known) {
    let cat = &k.reg.catalogue;
    for (i, g) in cat.grounds.iter().enumerate() {
        let at = format!("/catalogue/grounds/{i}");
        k.citation(p, format!("{at}/citation"), &g.citation);
        p.validity(format!("{at}/in_force"), &g.in_force);
        if let GroundOrigin::Successor { of } = &g.origin
            && !cat.grounds.iter().any(|x| &x.id == of)
        {
            p.unknown(
                format!("{at}/origin/of"),
                ("ground", "căn cứ"),
                of,
                "/catalogue/grounds",
            );
        }
        for (j, s) in g.successors.iter().enumerate() {
            k.instrument(
                p,
                format!("{at}/successors/{j}/instrument"),
                s.instrument.as_str(),
            );
            if let Some(c) = &s.citation {
                k.citation(p, format!("{at}/successors/{j}/citation"), c);
            }
        }
    }
}

fn limits(p: &mut Problems, k: &Known) {
    let rows = &k.reg.catalogue.time_limits;
    for (i, t) in rows.iter().enumerate() {
        let at = format!("/catalogue/time_limits/{i}");
        p.validity(format!("{at}/in_force"), &t.in_force);
        k.instrument(p, format!("{at}/instrument"), t.instrument.as_str());
        if let Some(c) = &t.provision {
            k.citation(p, format!("{at}/provision"), c);
            if c.instrument != t.instrument {
                p.push(
                    format!("{at}/provision"),
                    "The provision belongs to another instrument.".into(),
                    "Điều khoản thuộc văn bản khác.".into(),
                );
            }
        }
        // Two rows of one rule, covering the same cases on the same day, would give two answers.
        let clash = rows[..i].iter().position(|o| {
            o.rule == t.rule
                && o.scope == t.scope
                && o.provision.is_some() == t.provision.is_some()
                && o.provision.as_ref().map(|c| c.clause) == t.provision.as_ref().map(|c| c.clause)
                && o.in_force.overlaps(&t.in_force)
        });
        if let Some(j) = clash {
            p.push(
                format!("{at}/in_force"),
                format!("Rows {j} and {i} of rule `{}` cover the same cases on the same days.", t.rule),
                format!("Dòng {j} và dòng {i} của nhóm thời hạn `{}` cùng áp dụng cho một trường hợp trong cùng thời gian.", t.rule),
            );
        }
    }
}
