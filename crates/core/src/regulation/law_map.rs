//! The law map: for each article, clause, point and sub-item of the regulation itself, what
//! implements it in the data — duties, workflow rows, guards, action kinds, routing, advisories,
//! reporting rules, interpretations — and which conformance scenarios test it. Generated, never
//! written by hand (`docs/law-map.md`, kept fresh by a test).

use super::Regulation;
use crate::law::{Citation, Provision};
use crate::rules::{AdvisoryRule, RoleGrant};

/// What implements one provision.
#[derive(Debug, Clone, PartialEq)]
pub struct LawMapEntry {
    /// The provision.
    pub citation: Citation,
    /// Its short label (Vietnamese).
    pub label: String,
    /// Depth in the tree (0 = article).
    pub depth: usize,
    /// Duties of the matrix.
    pub duties: Vec<String>,
    /// Workflow rows, action grants, routing, advisories, channels and methods.
    pub workflow: Vec<String>,
    /// Guards citing it.
    pub guards: Vec<String>,
    /// Reporting rules.
    pub reporting: Vec<String>,
    /// Interpretations that read it.
    pub interpretations: Vec<String>,
    /// Conformance scenarios citing it.
    pub scenarios: Vec<String>,
}

impl LawMapEntry {
    /// True when nothing implements the provision itself.
    pub fn is_empty(&self) -> bool {
        self.duties.is_empty()
            && self.workflow.is_empty()
            && self.guards.is_empty()
            && self.reporting.is_empty()
    }
}

fn push(list: &mut Vec<String>, s: String) {
    if !list.contains(&s) {
        list.push(s);
    }
}

fn grants(reg: &Regulation, e: &mut LawMapEntry, verb: &str, kind: &str, list: &[RoleGrant]) {
    for g in list.iter().filter(|g| g.citations.contains(&e.citation)) {
        let _ = reg;
        push(
            &mut e.workflow,
            format!("action `{kind}`: {verb} by `{}`", g.role),
        );
    }
}

/// The entry of one provision.
fn entry(
    reg: &Regulation,
    p: &Provision,
    depth: usize,
    scenarios: &[(String, Vec<Citation>)],
) -> LawMapEntry {
    let c = &p.citation;
    let mut e = LawMapEntry {
        citation: c.clone(),
        label: p.label.vi.clone(),
        depth,
        duties: Vec::new(),
        workflow: Vec::new(),
        guards: Vec::new(),
        reporting: Vec::new(),
        interpretations: Vec::new(),
        scenarios: Vec::new(),
    };
    for d in reg.matrix.duties.iter().filter(|d| &d.citation == c) {
        push(&mut e.duties, format!("{} `{}`", d.id, d.role));
    }
    let w = &reg.workflow;
    for t in &w.transitions {
        let from: Vec<&str> = t.from.iter().map(|s| s.as_str()).collect();
        let row = format!(
            "`{}` ({} → {})",
            t.command.as_str(),
            if from.is_empty() {
                "new".into()
            } else {
                from.join(", ")
            },
            t.to.as_str()
        );
        if t.citations.contains(c) || t.by_role.iter().any(|r| r.citations.contains(c)) {
            push(&mut e.workflow, row.clone());
        }
        for g in t.guards.iter().filter(|g| g.citations.contains(c)) {
            let flag = if g.interpretation {
                " (interpretation)"
            } else {
                ""
            };
            push(
                &mut e.guards,
                format!("`{}` on {}{flag}", g.guard.as_str(), t.command.as_str()),
            );
        }
    }
    for a in &w.actions {
        grants(reg, &mut e, "taken", a.id.as_str(), &a.takers);
        grants(reg, &mut e, "requested", a.id.as_str(), &a.requestable);
        grants(reg, &mut e, "directed", a.id.as_str(), &a.directable);
    }
    for r in w.routing.iter().filter(|r| r.citations.contains(c)) {
        let to: Vec<&str> = r.to.iter().map(|x| x.as_str()).collect();
        push(
            &mut e.workflow,
            format!("results routed to {}", to.join(", ")),
        );
    }
    for a in &w.advisories {
        let (cites, what) = match a {
            AdvisoryRule::ConsultOnTopics {
                citations, role, ..
            } => (citations, format!("advisory: consult `{role}` on topics")),
            AdvisoryRule::ConsultAreaOwner { citations, .. } => {
                (citations, "advisory: consult the area's body".to_string())
            }
        };
        if cites.contains(c) {
            push(&mut e.workflow, what);
        }
    }
    for ch in w.channels.iter().filter(|x| &x.citation == c) {
        push(
            &mut e.workflow,
            format!("channel `{}`", ch.channel.as_str()),
        );
    }
    for m in w.methods.iter().filter(|x| &x.citation == c) {
        push(&mut e.workflow, format!("method `{}`", m.method.as_str()));
    }
    for r in reg
        .register
        .roles
        .iter()
        .filter(|r| r.provision.as_ref() == Some(c))
    {
        push(&mut e.duties, format!("role `{}`", r.id));
    }
    for a in reg
        .matrix
        .activities
        .iter()
        .filter(|a| a.citation.as_ref() == Some(c))
    {
        push(&mut e.duties, format!("activity `{}`", a.id.as_str()));
    }
    let rep = &reg.reporting;
    for o in rep.obligations.iter().filter(|o| &o.citation == c) {
        push(&mut e.reporting, format!("obligation `{}`", o.id));
    }
    for k in rep.work_kinds.iter().filter(|k| k.citations.contains(c)) {
        push(&mut e.reporting, format!("work kind `{}`", k.id.as_str()));
    }
    for g in reg.catalogue.grounds.iter() {
        if let crate::law::GroundOrigin::Regulation { cited_by } = &g.origin
            && cited_by == c
        {
            push(&mut e.guards, format!("ground `{}`", g.id));
        }
    }
    for x in reg
        .interpretations
        .iter()
        .filter(|x| x.provisions.contains(c))
    {
        push(&mut e.interpretations, x.id.clone());
    }
    for (name, cites) in scenarios {
        if cites.contains(c) {
            push(&mut e.scenarios, name.clone());
        }
    }
    e
}

fn walk(
    reg: &Regulation,
    p: &Provision,
    depth: usize,
    scenarios: &[(String, Vec<Citation>)],
    out: &mut Vec<LawMapEntry>,
) {
    out.push(entry(reg, p, depth, scenarios));
    for c in &p.children {
        walk(reg, c, depth + 1, scenarios, out);
    }
}

impl Regulation {
    /// The law map of the regulation's own provisions, with the conformance scenarios that cite
    /// each (`scenarios`: name and citations).
    pub fn law_map(&self, scenarios: &[(String, Vec<Citation>)]) -> Vec<LawMapEntry> {
        let mut out = Vec::new();
        for p in self
            .catalogue
            .provisions
            .iter()
            .filter(|p| p.citation.instrument == self.instrument)
        {
            walk(self, p, 0, scenarios, &mut out);
        }
        out
    }

    /// True when article `n` is operative (see [`super::Article::operative`]).
    pub fn is_operative(&self, article: u16) -> bool {
        self.chapters
            .iter()
            .flat_map(|c| c.articles.iter())
            .find(|a| a.number == article)
            .is_none_or(|a| a.operative)
    }

    /// The provisions of operative articles that nothing implements: the leaves of the tree
    /// whose entry is empty, and the inner units with no implemented unit below them.
    pub fn unimplemented(&self, map: &[LawMapEntry]) -> Vec<Citation> {
        map.iter()
            .filter(|e| self.is_operative(e.citation.article))
            .filter(|e| e.is_empty())
            .filter(|e| {
                !map.iter().any(|x| {
                    x.citation != e.citation && x.citation.is_within(&e.citation) && !x.is_empty()
                })
            })
            .map(|e| e.citation.clone())
            .collect()
    }

    /// The law map as Markdown.
    pub fn law_map_markdown(&self, scenarios: &[(String, Vec<Citation>)]) -> String {
        use std::fmt::Write;
        let map = self.law_map(scenarios);
        let mut o = String::new();
        let _ = writeln!(o, "# Law map: {} — {}\n", self.instrument, self.title.vi);
        let _ = writeln!(
            o,
            "Generated from the regulation's data (`{}`, version {}). For each provision of the regulation: what implements it and which conformance scenarios test it. Do not edit: regenerate with `QUYCHE_BLESS=1 cargo test -p quyche --test law_map` (or `quyche law-map`).\n",
            self.id, self.version
        );
        let cell = |v: &[String]| {
            if v.is_empty() {
                "—".to_string()
            } else {
                v.join("<br>")
            }
        };
        let mut article = 0;
        for e in &map {
            if e.citation.article != article {
                article = e.citation.article;
                let heading = self
                    .chapters
                    .iter()
                    .flat_map(|c| c.articles.iter())
                    .find(|a| a.number == article);
                let title = heading.map_or(String::new(), |a| format!(". {}", a.heading.vi));
                let flag = if self.is_operative(article) {
                    ""
                } else {
                    " (không có quy tắc áp dụng / not operative)"
                };
                let _ = writeln!(o, "\n## Điều {article}{title}{flag}\n");
                let _ = writeln!(
                    o,
                    "| Provision | Duties, roles | Workflow | Guards, grounds | Reporting | Interpretations | Scenarios |\n|---|---|---|---|---|---|---|"
                );
            }
            let name = format!(
                "{}{} — {}",
                "&nbsp;".repeat(e.depth * 2),
                self.cite_short(&e.citation),
                e.label.replace('|', "/")
            );
            let _ = writeln!(
                o,
                "| {name} | {} | {} | {} | {} | {} | {} |",
                cell(&e.duties),
                cell(&e.workflow),
                cell(&e.guards),
                cell(&e.reporting),
                cell(&e.interpretations),
                cell(&e.scenarios)
            );
        }
        o
    }

    /// A provision of the regulation as `Điều 7.1.a(4)`.
    fn cite_short(&self, c: &Citation) -> String {
        let key = c.key();
        let short = key
            .split_once(':')
            .map_or(key.as_str(), |(_, k)| k)
            .to_string();
        format!("Điều {short}")
    }
}
