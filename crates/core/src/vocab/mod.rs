//! The closed vocabularies of the domain: the words the engine understands whatever the
//! regulation (a case's states and commands, kinds of platform and content, topics, channels,
//! verdicts, outcomes…). Each value has a stable snake_case id and a Vietnamese and an English
//! label. They are the engine's language, not the law: which of them a regulation uses, from
//! which state, by whom and under which article is data (`crate::rules`).
//!
//! The open vocabularies — roles, action kinds, Điều 6's activities, time-limit rules, report
//! work kinds — are declared by each regulation's data instead.

#[macro_use]
mod declare;
mod case;
mod content;
mod field;
mod handling;

pub use case::{CaseStatus, CommandKind};
pub use content::{ContentKind, DetectionSource, Licensing, PlatformKind, Topic};
pub use field::{FieldTerm, command_fields};
pub use handling::{
    ActionMode, Channel, ContentLabel, DismissReason, Method, Outcome, PlatformResponse, Priority,
    RemovalTarget, Trigger, Verdict,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::nfc;

    /// Labels are built without normalising (`Label::fixed`): every one must already be NFC.
    #[test]
    fn every_vocabulary_label_is_nfc() {
        fn check(labels: impl IntoIterator<Item = crate::text::Label>) {
            for l in labels {
                assert_eq!(l.vi, nfc(&l.vi), "{l:?}");
                assert_eq!(l.en, nfc(&l.en), "{l:?}");
                assert!(!l.vi.is_empty() && !l.en.is_empty(), "{l:?}");
            }
        }
        check(CaseStatus::ALL.iter().map(|v| v.label()));
        check(CommandKind::ALL.iter().map(|v| v.label()));
        check(PlatformKind::ALL.iter().map(|v| v.label()));
        check(Licensing::ALL.iter().map(|v| v.label()));
        check(ContentKind::ALL.iter().map(|v| v.label()));
        check(Topic::ALL.iter().map(|v| v.label()));
        check(DetectionSource::ALL.iter().map(|v| v.label()));
        check(Channel::ALL.iter().map(|v| v.label()));
        check(Method::ALL.iter().map(|v| v.label()));
        check(Verdict::ALL.iter().map(|v| v.label()));
        check(DismissReason::ALL.iter().map(|v| v.label()));
        check(Outcome::ALL.iter().map(|v| v.label()));
        check(RemovalTarget::ALL.iter().map(|v| v.label()));
        check(Trigger::ALL.iter().map(|v| v.label()));
        check(PlatformResponse::ALL.iter().map(|v| v.label()));
        check(ContentLabel::ALL.iter().map(|v| v.label()));
        check(Priority::ALL.iter().map(|v| v.label()));
        check(ActionMode::ALL.iter().map(|v| v.label()));
    }

    /// Every id round-trips through serde and `from_id`.
    #[test]
    fn ids_round_trip() {
        for s in CaseStatus::ALL {
            let json = serde_json::to_string(s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.as_str()));
            assert_eq!(CaseStatus::from_id(s.as_str()), Some(*s));
        }
        for c in CommandKind::ALL {
            assert_eq!(CommandKind::from_id(c.as_str()), Some(*c));
        }
    }
}
