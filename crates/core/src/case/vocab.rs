//! The case's controlled vocabularies, each value with a Vietnamese and an English label.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Declares a snake_case enum whose every value has a doc line and a vi/en label.
macro_rules! vocab {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $id:literal, $vi:literal, $en:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
        #[cfg_attr(feature = "ts", derive(tsify::Tsify))]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The stable snake_case id.
            pub fn as_str(&self) -> &'static str {
                match self { $($name::$variant => $id,)+ }
            }

            /// Bilingual label.
            pub fn label(&self) -> $crate::text::Label {
                $crate::text::Label::fixed(self.vi(), self.en())
            }

            /// The Vietnamese label as static text (what [`Self::label`] copies).
            pub(crate) fn vi(&self) -> &'static str {
                match self { $($name::$variant => $vi,)+ }
            }

            /// The English label as static text (what [`Self::label`] copies).
            pub(crate) fn en(&self) -> &'static str {
                match self { $($name::$variant => $en,)+ }
            }
        }
    };
}

vocab! {
    /// Where a case stands: `detected → reported → received → verifying → assessed → handling →
    /// handled → published → closed`, plus the terminal `dismissed` (DESIGN.md workflow).
    CaseStatus {
        /// Detected by a body (Điều 6.2).
        Detected = "detected", "Đã phát hiện", "Detected";
        /// Notified to the lead agency (Điều 5.1).
        Reported = "reported", "Đã thông báo", "Reported";
        /// Received by the lead agency (Điều 7.1.a).
        Received = "received", "Đã tiếp nhận", "Received";
        /// Being checked, verified, appraised (Điều 6.3).
        Verifying = "verifying", "Đang kiểm tra, xác minh", "Verifying";
        /// Concluded by the lead agency.
        Assessed = "assessed", "Đã kết luận", "Assessed";
        /// Actions under way (Điều 6.4).
        Handling = "handling", "Đang xử lý", "Handling";
        /// Every action has a result.
        Handled = "handled", "Đã xử lý xong", "Handled";
        /// Results published (Điều 6.5, 7.5.b).
        Published = "published", "Đã đưa tin kết quả", "Results published";
        /// Closed.
        Closed = "closed", "Đã kết thúc", "Closed";
        /// Dismissed.
        Dismissed = "dismissed", "Đã loại", "Dismissed";
    }
}

vocab! {
    /// The kind of service hosting the content (it picks the removal time limit, legal §2).
    PlatformKind {
        /// Social network (mạng xã hội).
        SocialNetwork = "social_network", "Mạng xã hội", "Social network";
        /// General information website (trang thông tin điện tử tổng hợp).
        GeneralWebsite = "general_website", "Trang thông tin điện tử tổng hợp", "General information website";
        /// Press outlet's site (báo điện tử).
        OnlinePress = "online_press", "Báo điện tử", "Online press";
        /// Video-sharing service.
        VideoSharing = "video_sharing", "Nền tảng chia sẻ video", "Video-sharing service";
        /// Messaging app or group.
        Messaging = "messaging", "Ứng dụng nhắn tin", "Messaging service";
        /// Other online service.
        Other = "other", "Dịch vụ khác", "Other service";
    }
}

vocab! {
    /// What kind of item the content is.
    ContentKind {
        /// A post.
        Post = "post", "Bài đăng", "Post";
        /// A comment.
        Comment = "comment", "Bình luận", "Comment";
        /// An article.
        Article = "article", "Bài viết", "Article";
        /// A video.
        Video = "video", "Video", "Video";
        /// An image.
        Image = "image", "Hình ảnh", "Image";
        /// A livestream.
        Livestream = "livestream", "Phát trực tiếp", "Livestream";
        /// Something else.
        Other = "other", "Khác", "Other";
    }
}

vocab! {
    /// Topics of the content. Five of them call for the Party internal-affairs commission
    /// (Điều 7.7): see [`Topic::concerns_internal_affairs`].
    Topic {
        /// Internal Party affairs (nội chính Đảng, Điều 7.7.a).
        InternalPartyAffairs = "internal_party_affairs", "Nội chính Đảng", "Internal Party affairs";
        /// Judicial reform (cải cách tư pháp, Điều 7.7.a).
        JudicialReform = "judicial_reform", "Cải cách tư pháp", "Judicial reform";
        /// Anti-corruption (phòng chống tham nhũng, Điều 7.7.a).
        AntiCorruption = "anti_corruption", "Phòng, chống tham nhũng", "Anti-corruption";
        /// Political security (an ninh chính trị, Điều 7.7.b).
        PoliticalSecurity = "political_security", "An ninh chính trị", "Political security";
        /// Social order and safety (trật tự an toàn xã hội, Điều 7.7.b).
        SocialOrder = "social_order", "Trật tự, an toàn xã hội", "Social order";
        /// Health.
        Health = "health", "Y tế", "Health";
        /// Economy and finance.
        EconomyFinance = "economy_finance", "Kinh tế, tài chính", "Economy and finance";
        /// Disasters and epidemics.
        DisastersEpidemics = "disasters_epidemics", "Thiên tai, dịch bệnh", "Disasters and epidemics";
        /// Policy and law.
        PolicyLaw = "policy_law", "Chính sách, pháp luật", "Policy and law";
        /// Anything else.
        Other = "other", "Khác", "Other";
    }
}

impl Topic {
    /// True for the topics of Điều 7.7 a–b (internal Party affairs, judicial reform,
    /// anti-corruption, political security, social order).
    pub fn concerns_internal_affairs(&self) -> bool {
        matches!(
            self,
            Topic::InternalPartyAffairs
                | Topic::JudicialReform
                | Topic::AntiCorruption
                | Topic::PoliticalSecurity
                | Topic::SocialOrder
        )
    }
}

vocab! {
    /// How the content came to the body's attention.
    DetectionSource {
        /// The body's own monitoring (Điều 7.3.a).
        OwnMonitoring = "own_monitoring", "Tự theo dõi", "Own monitoring";
        /// Press review (điểm báo, Điều 7.1.d).
        PressReview = "press_review", "Điểm báo", "Press review";
        /// A citizen's report.
        CitizenReport = "citizen_report", "Phản ánh của người dân", "Citizen report";
        /// An alert of the monitoring software (Điều 7.1.đ).
        SoftwareAlert = "software_alert", "Cảnh báo của phần mềm giám sát", "Monitoring software alert";
        /// Referral from the national fake-news centre (tingia.gov.vn).
        NationalCentreReferral = "national_centre_referral", "Chuyển từ Trung tâm xử lý tin giả quốc gia", "Referral from the national fake-news centre";
    }
}

vocab! {
    /// Notification channels of Điều 5.1.
    Channel {
        /// Phone (5.1.a).
        Phone = "phone", "Điện thoại", "Phone";
        /// Text message (5.1.a).
        TextMessage = "text_message", "Tin nhắn", "Text message";
        /// E-mail (5.1.a).
        Email = "email", "E-mail", "E-mail";
        /// Electronic document (5.1.a).
        ElectronicDocument = "electronic_document", "Văn bản điện tử", "Electronic document";
        /// Other electronic means (5.1.a).
        OtherElectronic = "other_electronic", "Phương tiện điện tử khác", "Other electronic means";
        /// Postal document (5.1.b).
        Postal = "postal", "Văn bản qua bưu điện", "Postal document";
    }
}

vocab! {
    /// Coordination methods of Điều 5.2.
    Method {
        /// A meeting (5.2.a).
        Meeting = "meeting", "Tổ chức họp", "Meeting";
        /// Written consultation (5.2.b).
        WrittenConsultation = "written_consultation", "Lấy ý kiến bằng văn bản", "Written consultation";
    }
}

vocab! {
    /// The lead agency's verdict.
    Verdict {
        /// Violates a ground of Điều 2.2: false or harmful information.
        Violating = "violating", "Vi phạm", "Violating";
        /// Does not violate any ground.
        NotViolating = "not_violating", "Không vi phạm", "Not violating";
    }
}

vocab! {
    /// Reasons a case may be dismissed (Điều 1.1 scope, Điều 2.2 definition).
    DismissReason {
        /// Not related to the province (Điều 1.1).
        UnrelatedToProvince = "unrelated_to_province", "Không liên quan đến tỉnh", "Unrelated to the province";
        /// Plainly not false or harmful (Điều 2.2).
        NotFalseOrHarmful = "not_false_or_harmful", "Không phải thông tin sai sự thật, xấu, độc", "Not false or harmful";
        /// Duplicate of another case.
        Duplicate = "duplicate", "Trùng với vụ việc khác", "Duplicate of another case";
        /// Concluded not violating.
        AssessedNotViolating = "assessed_not_violating", "Kết luận không vi phạm", "Assessed as not violating";
    }
}

vocab! {
    /// Handling actions and who may carry them (DESIGN.md, with the article giving the duty).
    ActionKind {
        /// Administrative sanction within authority: lead agency (7.1.a(4)).
        AdministrativeSanction = "administrative_sanction", "Xử phạt vi phạm hành chính", "Administrative sanction";
        /// Removal request to a platform or site: lead agency or police (7.1.b, 7.2).
        RemovalRequest = "removal_request", "Yêu cầu gỡ bỏ thông tin", "Removal request";
        /// Investigation and identification of the author: police (7.2.a).
        Investigation = "investigation", "Xác minh, làm rõ đối tượng", "Investigation of the author";
        /// Handling within remit and resolving the underlying issue: department or committee (7.3.b, 7.3.đ).
        HandlingWithinRemit = "handling_within_remit", "Xử lý theo chức năng, nhiệm vụ", "Handling within remit";
        /// Disciplining a civil servant: their department or committee (7.3.c).
        CivilServantDiscipline = "civil_servant_discipline", "Xử lý cán bộ, công chức vi phạm", "Civil servant discipline";
        /// Disciplining a member journalist: journalists' association (7.4.c).
        JournalistDiscipline = "journalist_discipline", "Xử lý hội viên vi phạm", "Journalist discipline";
        /// Public rebuttal: press outlet or lead agency (7.5.c, 7.1.b).
        PublicRebuttal = "public_rebuttal", "Tuyên truyền, phản bác", "Public rebuttal";
        /// Spokesperson statement: department or committee (7.3.d).
        SpokespersonStatement = "spokesperson_statement", "Phát ngôn, cung cấp thông tin cho báo chí", "Spokesperson statement";
    }
}

vocab! {
    /// What came of an action.
    Outcome {
        /// Done as requested.
        Done = "done", "Đã thực hiện", "Done";
        /// Partly done.
        PartlyDone = "partly_done", "Thực hiện một phần", "Partly done";
        /// Could not be done.
        NotDone = "not_done", "Không thực hiện được", "Not done";
    }
}

vocab! {
    /// Who a removal request is addressed to.
    RemovalTarget {
        /// The platform or service provider.
        Platform = "platform", "Doanh nghiệp cung cấp dịch vụ, nền tảng", "Platform or service provider";
        /// The account or page owner.
        AccountOwner = "account_owner", "Chủ tài khoản, trang", "Account or page owner";
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::CommandKind;
    use crate::text::nfc;

    /// Labels are built without normalising (`Label::fixed`): every one must already be NFC.
    #[test]
    fn every_vocabulary_label_is_nfc() {
        fn check(labels: impl IntoIterator<Item = crate::text::Label>) {
            for l in labels {
                assert_eq!(l.vi, nfc(&l.vi), "{l:?}");
                assert_eq!(l.en, nfc(&l.en), "{l:?}");
            }
        }
        check(CaseStatus::ALL.iter().map(|v| v.label()));
        check(PlatformKind::ALL.iter().map(|v| v.label()));
        check(ContentKind::ALL.iter().map(|v| v.label()));
        check(Topic::ALL.iter().map(|v| v.label()));
        check(DetectionSource::ALL.iter().map(|v| v.label()));
        check(Channel::ALL.iter().map(|v| v.label()));
        check(Method::ALL.iter().map(|v| v.label()));
        check(Verdict::ALL.iter().map(|v| v.label()));
        check(DismissReason::ALL.iter().map(|v| v.label()));
        check(ActionKind::ALL.iter().map(|v| v.label()));
        check(Outcome::ALL.iter().map(|v| v.label()));
        check(RemovalTarget::ALL.iter().map(|v| v.label()));
        check(CommandKind::ALL.iter().map(|v| v.label()));
        check(crate::org::Role::ALL.iter().map(|v| v.label()));
        check(
            [
                crate::law::Status::Confirmed,
                crate::law::Status::ConfirmedOcr,
                crate::law::Status::Partial,
                crate::law::Status::Unconfirmed,
            ]
            .iter()
            .map(|v| v.label()),
        );
    }
}
