//! Time limits from the wider legal environment (`legal/README.md` §2). The regulation itself
//! only says "kịp thời" (timely); the hour limits come from these instruments.

use super::{Citation, InstrumentId, Status};
use crate::text::Label;
use crate::validity::Validity;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The rule a time limit belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub enum TimeLimitRule {
    /// General websites and social networks remove prohibited content (NĐ 72/2013 Điều 23d, as
    /// amended by NĐ 27/2018).
    PlatformRemoval,
    /// Service providers block and delete prohibited content on request (Cybersecurity Laws).
    ProviderRemovalOnRequest,
    /// Providers hand over user data to the police cybersecurity force.
    ProviderUserData,
    /// Social networks temporarily lock repeat-offender accounts on request (NĐ 147/2024).
    AccountLock,
    /// Account or page owners remove content on a state body's request (NĐ 147/2024).
    OwnerRemovalOnStateRequest,
    /// Account or page owners remove content on a user's request (NĐ 147/2024).
    OwnerRemovalOnUserRequest,
    /// Spokesperson's initial information on an incident or divided public opinion.
    SpokespersonStatement,
    /// Online press correction.
    PressCorrectionOnline,
    /// Daily print or broadcast press correction.
    PressCorrectionDaily,
    /// Press removes prohibited content on the culture ministry's request.
    PressRemovalOnRequest,
}

/// A limit: a number of hours or days, or "immediately".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub enum Limit {
    /// Within this many hours.
    Hours(u32),
    /// Within this many (calendar) days.
    Days(u32),
    /// Immediately (ngay).
    Immediately,
}

/// One row of the time-limit catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct TimeLimit {
    /// Stable id, e.g. `nd27-2018-platform-3h`.
    pub id: String,
    /// Which rule it is.
    pub rule: TimeLimitRule,
    /// What the rule requires, in our words.
    pub label: Label,
    /// The ordinary limit.
    pub limit: Limit,
    /// A shorter limit for emergencies, when the provision has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emergency_limit: Option<Limit>,
    /// The instrument that sets it.
    pub instrument: InstrumentId,
    /// The provision, when identified (`None`: article unconfirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provision: Option<Citation>,
    /// Period in force.
    pub in_force: Validity,
    /// How sure the row is.
    pub status: Status,
    /// Remarks (e.g. which part of the row is confirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}
