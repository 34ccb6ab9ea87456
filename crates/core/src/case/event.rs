//! Events and the hash chain.
//!
//! ## Canonical JSON (the bytes that are hashed)
//!
//! Python and JavaScript reproduce an event's hash byte for byte with this recipe:
//!
//! 1. Take the event's JSON object as serialised by this library and **remove the `hash`
//!    member** (keep `prev_hash`).
//! 2. Serialise it canonically ([`crate::json::canonical`]): no whitespace; object members sorted by key in ascending
//!    Unicode code point order (all keys are ASCII); arrays in order; strings in NFC (the library
//!    normalises every input) written as UTF-8 with only `"` `\\` and control characters escaped
//!    (`\b \f \n \r \t`, others as `\u00xx` with lower-case hex), exactly like JavaScript's
//!    `JSON.stringify` and Python's `json.dumps(..., ensure_ascii=False)`; numbers are integers
//!    only (events contain no floating-point values), written in plain decimal; `true`, `false`,
//!    `null` as literals. Absent optional members are omitted, never `null`.
//!    Times are strings in RFC 3339 with seconds and the Vietnam offset, e.g.
//!    `2026-03-02T08:30:00+07:00` (fractional seconds only when non-zero).
//! 3. `hash = lower-case hex SHA-256( prev_hash ‖ canonical JSON )`, where `prev_hash` is the
//!    previous event's 64-character hex hash as ASCII bytes, or 64 `0`s for the first event.
//!
//! In Python: `sha256((prev + json.dumps(ev_without_hash, ensure_ascii=False, sort_keys=True,
//! separators=(",", ":"))).encode()).hexdigest()`.

use super::command::{Actor, Command};
use super::model::{CaseId, Deadline, Recipients, RegulationRef, StepDue};
use crate::org::BodyId;
use crate::vocab::CaseStatus;
use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The `prev_hash` of the first event of a case.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What a command did, as computed by the library (re-computed and compared on replay).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Effects {
    /// The case's state after the event.
    pub status: CaseStatus,
    /// The coordinating body notified (`notify_lead`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_agency: Option<BodyId>,
    /// The action opened, withdrawn or reported on (`A1`…), or the proposal (`P1`…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_id: Option<String>,
    /// The removal request sent or answered (`R1`…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The computed legal deadline of an action or a removal request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Deadline>,
    /// The computed recipients of a result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipients: Option<Recipients>,
    /// Steps the event makes due from a body, with their deadlines.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps_due: Vec<StepDue>,
}

impl Effects {
    /// Effects that only set the state.
    pub(crate) fn status(status: CaseStatus) -> Effects {
        Effects {
            status,
            lead_agency: None,
            action_id: None,
            request_id: None,
            deadline: None,
            recipients: None,
            steps_due: Vec::new(),
        }
    }
}

/// One entry of a case's log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Event {
    /// Position in the log, from 1 (record time).
    pub seq: u64,
    /// The case.
    pub case_id: CaseId,
    /// The command with its payload.
    pub command: Command,
    /// Who acted.
    pub actor: Actor,
    /// Fact time, in Vietnam time.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub at: DateTime<FixedOffset>,
    /// The regulation data it was checked against.
    pub regulation: RegulationRef,
    /// What the command did.
    pub effects: Effects,
    /// The previous event's hash ([`GENESIS_HASH`] for the first).
    pub prev_hash: String,
    /// SHA-256 over `prev_hash` and the canonical JSON of this event without `hash`.
    pub hash: String,
}

impl Event {
    /// The canonical JSON of the event without its `hash` member (see the module docs).
    pub fn canonical_json(&self) -> String {
        self.canonical_json_with(None)
    }

    /// [`Event::canonical_json`], reusing the command's canonical JSON when the caller already
    /// has it (`apply` writes it once to check NFC).
    pub(crate) fn canonical_json_with(&self, command_json: Option<&str>) -> String {
        // Written straight from the event (same bytes; see `canonical.rs`), else via a `Value`.
        super::canonical::with_event_canonical(self, command_json, str::to_owned)
            .unwrap_or_else(|| self.canonical_json_via_value())
    }

    /// The `Value` path of [`Event::canonical_json`], for shapes the direct writer leaves to it.
    fn canonical_json_via_value(&self) -> String {
        let mut v = serde_json::to_value(self).unwrap_or(serde_json::Value::Null);
        if let serde_json::Value::Object(m) = &mut v {
            m.remove("hash");
        }
        crate::json::canonical(&v)
    }

    /// Recomputes the hash from `prev_hash` and the canonical JSON.
    pub fn compute_hash(&self) -> String {
        self.compute_hash_with(None)
    }

    /// [`Event::compute_hash`] with the command's canonical JSON already written.
    pub(crate) fn compute_hash_with(&self, command_json: Option<&str>) -> String {
        hex(self.hash_hex(command_json))
    }

    /// True when `hash` is the hash of the event's content (replay's check, without allocating).
    pub(crate) fn hash_matches(&self) -> bool {
        self.hash.as_bytes() == self.hash_hex(None)
    }

    /// The lower-case hex digits of the event's hash.
    fn hash_hex(&self, command_json: Option<&str>) -> [u8; 64] {
        let digest = |json: &str| {
            let mut h = Sha256::new();
            h.update(self.prev_hash.as_bytes());
            h.update(json.as_bytes());
            hex_digits(&h.finalize().into())
        };
        super::canonical::with_event_canonical(self, command_json, digest)
            .unwrap_or_else(|| digest(&self.canonical_json_via_value()))
    }
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(hex_digits(&Sha256::digest(bytes).into()))
}

/// A digest's hex digits as a `String`.
fn hex(digits: [u8; 64]) -> String {
    // Only ASCII hex digits were written.
    String::from_utf8(digits.to_vec()).unwrap_or_default()
}

/// Lower-case hex digits.
const HEX: &[u8; 16] = b"0123456789abcdef";

/// The 64 lower-case hex digits of a SHA-256 digest.
fn hex_digits(digest: &[u8; 32]) -> [u8; 64] {
    let mut out = [0u8; 64];
    for (i, b) in digest.iter().enumerate() {
        out[2 * i] = HEX[usize::from(b >> 4)];
        out[2 * i + 1] = HEX[usize::from(b & 0x0f)];
    }
    out
}
