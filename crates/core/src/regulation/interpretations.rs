//! Every place where the data reads the text beyond what it says: the regulation's table of
//! readings (`interpretations`), and every row flagged `interpretation: true` — an assignment, a
//! co-holder of a duty, a guard, a grant of an action kind, a route of results, a time limit, a
//! reporting deadline — with its JSON pointer, its articles and its note. Rendered as
//! `docs/interpretations.md` (checked for freshness by a test).

use super::Regulation;
use crate::cite::Citation;
use crate::text::Label;

/// One row flagged as an interpretation.
#[derive(Debug, Clone, PartialEq)]
pub struct FlaggedRow {
    /// Where it is in the regulation document.
    pub pointer: String,
    /// The articles it rests on.
    pub citations: Vec<Citation>,
    /// Its note, when the data gives one.
    pub note: Option<Label>,
}

fn row(pointer: String, citations: Vec<Citation>, note: &Option<Label>) -> FlaggedRow {
    FlaggedRow {
        pointer,
        citations,
        note: note.clone(),
    }
}

impl Regulation {
    /// Every row of the data flagged as an interpretation, in document order.
    ///
    /// ```
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let rows = reg.interpretation_rows();
    /// assert!(rows.iter().any(|r| r.pointer.starts_with("/workflow/routing/")));
    /// ```
    pub fn interpretation_rows(&self) -> Vec<FlaggedRow> {
        let mut out = Vec::new();
        self.register_rows(&mut out);
        self.workflow_rows(&mut out);
        self.catalogue_and_reporting_rows(&mut out);
        out
    }

    /// Assignments and co-holders of duties read into the text.
    fn register_rows(&self, out: &mut Vec<FlaggedRow>) {
        for (i, a) in self.register.assignments.iter().enumerate() {
            if a.interpretation {
                let role = self
                    .register
                    .role(&a.role)
                    .and_then(|r| r.provision.clone());
                out.push(row(
                    format!("/register/assignments/{i}"),
                    role.into_iter().collect(),
                    &a.note,
                ));
            }
        }
        for (i, d) in self.matrix.duties.iter().enumerate() {
            for (j, c) in d.also.iter().enumerate().filter(|(_, c)| c.interpretation) {
                out.push(row(
                    format!("/matrix/duties/{i}/also/{j}"),
                    vec![d.citation.clone()],
                    &c.note,
                ));
            }
        }
    }

    /// Guards, grants of action kinds and routes of results read into the text.
    fn workflow_rows(&self, out: &mut Vec<FlaggedRow>) {
        let w = &self.workflow;
        for (i, t) in w.transitions.iter().enumerate() {
            for (j, g) in t
                .guards
                .iter()
                .enumerate()
                .filter(|(_, g)| g.interpretation)
            {
                out.push(row(
                    format!("/workflow/transitions/{i}/guards/{j}"),
                    g.citations.clone(),
                    &g.note,
                ));
            }
        }
        for (i, a) in w.actions.iter().enumerate() {
            let lists = [
                ("takers", &a.takers),
                ("requestable", &a.requestable),
                ("directable", &a.directable),
            ];
            for (name, list) in lists {
                for (j, g) in list.iter().enumerate().filter(|(_, g)| g.interpretation) {
                    out.push(row(
                        format!("/workflow/actions/{i}/{name}/{j}"),
                        g.citations.clone(),
                        &g.note,
                    ));
                }
            }
        }
        for (i, r) in w
            .routing
            .iter()
            .enumerate()
            .filter(|(_, r)| r.interpretation)
        {
            out.push(row(
                format!("/workflow/routing/{i}"),
                r.citations.clone(),
                &r.note,
            ));
        }
    }

    /// Time limits and reporting deadlines read into the text.
    fn catalogue_and_reporting_rows(&self, out: &mut Vec<FlaggedRow>) {
        for (i, t) in self
            .catalogue
            .time_limits
            .iter()
            .enumerate()
            .filter(|(_, t)| t.interpretation)
        {
            out.push(row(
                format!("/catalogue/time_limits/{i}"),
                t.provision.iter().cloned().collect(),
                &t.note,
            ));
        }
        for (i, l) in self.reporting.deadlines.levels.iter().enumerate() {
            for (j, g) in l.rules.iter().enumerate().filter(|(_, g)| g.interpretation) {
                let cites = g.basis.iter().filter_map(|b| b.provision.clone()).collect();
                out.push(row(
                    format!("/reporting/deadlines/levels/{i}/rules/{j}"),
                    cites,
                    &g.note,
                ));
            }
        }
    }

    /// The readings and flagged rows as a Markdown page, in Vietnamese with the English below.
    pub fn interpretations_markdown(&self) -> String {
        let cites = |cs: &[Citation]| {
            let all: Vec<String> = cs.iter().map(|c| self.cite_vi(c)).collect();
            if all.is_empty() {
                "—".to_string()
            } else {
                all.join("; ")
            }
        };
        let mut o = format!(
            "# Cách hiểu / Interpretations — {}\n\n<!-- Generated from the regulation's data by \
             `Regulation::interpretations_markdown`; do not edit: run \
             `QUYCHE_BLESS=1 cargo test -p quyche --test law_map`. -->\n\n\
             Where the text is silent or outdated, the data reads it one way, and says so: every \
             decision resting on such a reading carries \"cách hiểu / interpretation\" in its \
             refusal, advisory, deadline or report annex.\n\n## Các cách hiểu / Readings\n\n",
            self.title.vi
        );
        for x in &self.interpretations {
            o += &format!(
                "### `{}` — {}\n\n- {}\n- {}\n",
                x.id,
                cites(&x.provisions),
                x.reading.vi,
                x.reading.en
            );
            if let Some(a) = &x.alternative {
                // The data words the alternative itself ("Cách hiểu khác: …").
                o += &format!("- {}\n- {}\n", a.vi, a.en);
            }
            o += "\n";
        }
        o += "## Các dòng dữ liệu là cách hiểu / Rows flagged as interpretations\n\n\
              | vị trí / pointer | căn cứ / articles | ghi chú / note |\n|---|---|---|\n";
        for r in self.interpretation_rows() {
            let note = r
                .note
                .as_ref()
                .map_or_else(String::new, |n| format!("{} / {}", n.vi, n.en));
            o += &format!(
                "| `{}` | {} | {} |\n",
                r.pointer,
                cites(&r.citations),
                note.replace('|', "\\|")
            );
        }
        o
    }
}
