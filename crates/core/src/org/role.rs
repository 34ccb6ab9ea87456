//! Roles of the regulation and the kind of obligation each carries.

use crate::law::Citation;
use crate::text::Label;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A role named by the regulation (Điều 7 khoản 1–7, plus the People's Committee of Điều 7.1.a,
/// 7.2.b, 7.3.b and Điều 8.2).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub enum Role {
    /// Cơ quan chủ trì — the lead agency (Điều 7.1; Sở TT&TT in 2020).
    LeadAgency,
    /// Công an tỉnh — the provincial police (Điều 7.2).
    Police,
    /// Sở, ban, ngành, đơn vị — a provincial department or unit (Điều 7.3).
    Department,
    /// UBND huyện, thị xã, thành phố — a district-level committee (Điều 7.3; abolished 2025-07-01).
    DistrictCommittee,
    /// UBND xã, phường, thị trấn — a commune-level committee (Điều 1.2; takes over district
    /// duties from 2025-07-01: interpretation).
    CommuneCommittee,
    /// Hội Nhà báo tỉnh — the provincial journalists' association (Điều 7.4).
    JournalistsAssociation,
    /// Báo, Đài, Cổng TTĐT — a press outlet (Điều 7.5).
    PressOutlet,
    /// Ban Tuyên giáo Tỉnh ủy — the Party propaganda commission (Điều 7.6; requested).
    PartyPropagandaCommission,
    /// Ban Nội chính Tỉnh ủy — the Party internal-affairs commission (Điều 7.7; requested).
    PartyInternalAffairsCommission,
    /// UBND tỉnh — the provincial People's Committee (receives reports, directs).
    ProvincialPeoplesCommittee,
}

impl Role {
    /// Every role, in the order of the regulation.
    pub const ALL: [Role; 10] = [
        Role::LeadAgency,
        Role::Police,
        Role::Department,
        Role::DistrictCommittee,
        Role::CommuneCommittee,
        Role::JournalistsAssociation,
        Role::PressOutlet,
        Role::PartyPropagandaCommission,
        Role::PartyInternalAffairsCommission,
        Role::ProvincialPeoplesCommittee,
    ];

    /// The stable snake_case id, e.g. `"lead_agency"`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Role::LeadAgency => "lead_agency",
            Role::Police => "police",
            Role::Department => "department",
            Role::DistrictCommittee => "district_committee",
            Role::CommuneCommittee => "commune_committee",
            Role::JournalistsAssociation => "journalists_association",
            Role::PressOutlet => "press_outlet",
            Role::PartyPropagandaCommission => "party_propaganda_commission",
            Role::PartyInternalAffairsCommission => "party_internal_affairs_commission",
            Role::ProvincialPeoplesCommittee => "provincial_peoples_committee",
        }
    }

    /// Bilingual name of the role.
    pub fn label(&self) -> Label {
        let (vi, en) = self.names();
        Label::fixed(vi, en)
    }

    /// The Vietnamese name as static text.
    pub(crate) fn vi(&self) -> &'static str {
        self.names().0
    }

    /// The English name as static text.
    pub(crate) fn en(&self) -> &'static str {
        self.names().1
    }

    /// The name as static text, Vietnamese then English (what [`Role::label`] copies).
    pub(crate) fn names(&self) -> (&'static str, &'static str) {
        match self {
            Role::LeadAgency => ("Cơ quan chủ trì", "Lead agency"),
            Role::Police => ("Công an tỉnh", "Provincial police"),
            Role::Department => ("Sở, ban, ngành, đơn vị", "Department or unit"),
            Role::DistrictCommittee => ("UBND cấp huyện", "District-level People's Committee"),
            Role::CommuneCommittee => ("UBND cấp xã", "Commune-level People's Committee"),
            Role::JournalistsAssociation => {
                ("Hội Nhà báo tỉnh", "Provincial Journalists' Association")
            }
            Role::PressOutlet => ("Cơ quan báo chí", "Press outlet"),
            Role::PartyPropagandaCommission => {
                ("Ban Tuyên giáo Tỉnh ủy", "Party Propaganda Commission")
            }
            Role::PartyInternalAffairsCommission => {
                ("Ban Nội chính Tỉnh ủy", "Party Internal Affairs Commission")
            }
            Role::ProvincialPeoplesCommittee => ("UBND tỉnh", "Provincial People's Committee"),
        }
    }

    /// Whether the role's duties bind it ([`Obligation::Mandatory`]) or are requests to a Party
    /// body outside the People's Committee's authority ([`Obligation::Requested`]: "Đề nghị" in
    /// Điều 7 khoản 6 and 7).
    pub fn obligation(&self) -> Obligation {
        match self {
            Role::PartyPropagandaCommission | Role::PartyInternalAffairsCommission => {
                Obligation::Requested
            }
            _ => Obligation::Mandatory,
        }
    }

    /// True when the regulation gives the role to one named body (Điều 7 khoản 1, 2, 4, 6, 7,
    /// and the provincial People's Committee); false for the plural roles of Điều 7 khoản 3
    /// ("các sở, ban, ngành … UBND các huyện") and khoản 5 (three press outlets), and for
    /// commune committees (Điều 1.2). At most one body plays a single-body role for all of its
    /// duties on any day; another body may still hold part of it (Sở KH&CN for 7.1.e).
    pub fn single_body(&self) -> bool {
        !matches!(
            self,
            Role::Department | Role::DistrictCommittee | Role::CommuneCommittee | Role::PressOutlet
        )
    }

    /// The clause of Điều 7 that sets the role's duties, if any.
    pub fn article7_clause(&self) -> Option<Citation> {
        let clause = match self {
            Role::LeadAgency => 1,
            Role::Police => 2,
            Role::Department | Role::DistrictCommittee | Role::CommuneCommittee => 3,
            Role::JournalistsAssociation => 4,
            Role::PressOutlet => 5,
            Role::PartyPropagandaCommission => 6,
            Role::PartyInternalAffairsCommission => 7,
            Role::ProvincialPeoplesCommittee => return None,
        };
        Some(Citation::article(crate::regulation::KHANH_HOA_2086, 7).clause(clause))
    }
}

/// Whether a duty binds its holder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub enum Obligation {
    /// Binding on a body under the provincial People's Committee.
    Mandatory,
    /// A request ("Đề nghị") to a Party body: it takes part and gives opinions but is never
    /// assigned an action.
    Requested,
}
