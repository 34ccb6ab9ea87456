//! One row of the workflow table.

use super::{ActorRule, GuardId, GuardRule};
use crate::law::Citation;
use crate::org::RoleId;
use crate::text::Label;
use crate::vocab::{CaseStatus, CommandKind};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The state a command leads to: a state, `"same"` (the case stays where it is), or
/// `"handling_or_handled"` (handled when nothing is left open, else handling).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A fixed state.
    Status(CaseStatus),
    /// The case stays where it is.
    Same,
    /// `handled` when no action, request or proposal is left open, else `handling`.
    HandlingOrHandled,
}

impl Target {
    /// The JSON form: the state's id, `same` or `handling_or_handled`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Target::Status(s) => s.as_str(),
            Target::Same => "same",
            Target::HandlingOrHandled => "handling_or_handled",
        }
    }
}

impl Serialize for Target {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Target {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        match s.as_str() {
            "same" => Ok(Target::Same),
            "handling_or_handled" => Ok(Target::HandlingOrHandled),
            other => CaseStatus::from_id(other)
                .map(Target::Status)
                .ok_or_else(|| {
                    // A refusal of serde's kind (unknown variant), so the decoder words it in
                    // both languages with every allowed value.
                    static TARGETS: std::sync::LazyLock<Vec<&'static str>> =
                        std::sync::LazyLock::new(|| {
                            ["same", "handling_or_handled"]
                                .into_iter()
                                .chain(CaseStatus::ids())
                                .collect()
                        });
                    serde::de::Error::unknown_variant(other, TARGETS.as_slice())
                }),
        }
    }
}

impl JsonSchema for Target {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Target".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut values: Vec<&str> = CaseStatus::ids().collect();
        values.extend(["same", "handling_or_handled"]);
        schemars::json_schema!({
            "description": "The state a command leads to: a state, `same`, or `handling_or_handled`. — Trạng thái sau bước.",
            "type": "string",
            "enum": values
        })
    }
}

/// The provisions that grant one role a step (the basis shown for an event of that role).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct RoleCitations {
    /// The role. — Vai trò.
    pub role: RoleId,
    /// The provisions. — Điều khoản.
    pub citations: Vec<Citation>,
}

/// One row of the workflow table: a command, the states it may start from, where it leads, who
/// may issue it, the guards it applies and the articles it implements. A command may have
/// several rows (e.g. an interim step before the conclusion and the ordinary one after).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Transition {
    /// The command. — Lệnh.
    pub command: CommandKind,
    /// States it may start from; empty for `detect` (a new case). — Trạng thái bắt đầu.
    pub from: Vec<CaseStatus>,
    /// The state it leads to. — Trạng thái sau bước.
    #[cfg_attr(
        feature = "ts",
        tsify(type = "CaseStatus | \"same\" | \"handling_or_handled\"")
    )]
    pub to: Target,
    /// Who may issue it. — Ai được thực hiện.
    pub actor: ActorRule,
    /// Every article the row implements. — Các điều khoản thực hiện.
    pub citations: Vec<Citation>,
    /// The articles that grant each role the step, when they differ by role. — Điều khoản theo
    /// từng vai trò.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub by_role: Vec<RoleCitations>,
    /// The guards the row applies, each with the articles it rests on. — Các điều kiện kiểm tra.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guards: Vec<GuardRule>,
    /// The step's name under this regulation, when it differs from the engine's. — Tên bước.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Label>,
    /// Remarks (e.g. why the row is read this way). — Ghi chú.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

impl Transition {
    /// The row's rule for guard `id`, if the row applies it.
    pub fn guard(&self, id: GuardId) -> Option<&GuardRule> {
        self.guards.iter().find(|g| g.guard == id)
    }

    /// The step's name: the row's own, else the engine's.
    pub fn label(&self) -> Label {
        self.label.clone().unwrap_or_else(|| self.command.label())
    }

    /// The citations granting `role` the step (the row's `by_role` entry), if listed.
    pub fn citations_for(&self, role: &RoleId) -> Option<&[Citation]> {
        self.by_role
            .iter()
            .find(|r| &r.role == role)
            .map(|r| r.citations.as_slice())
    }
}

#[cfg(test)]
mod target_tests {
    use super::*;

    /// An unknown target state is refused like any closed vocabulary: in Vietnamese throughout,
    /// naming every allowed value.
    #[test]
    fn an_unknown_target_names_every_allowed_value_in_both_languages() {
        let e = crate::json::from_str::<Target>(r#""finished""#).unwrap_err();
        assert!(
            e.message.starts_with("unknown variant `finished`"),
            "{}",
            e.message
        );
        assert!(
            e.message_vi
                .contains("`same`, `handling_or_handled`, `detected`"),
            "{}",
            e.message_vi
        );
    }
}
