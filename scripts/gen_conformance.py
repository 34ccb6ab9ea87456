#!/usr/bin/env python3
"""Writes the conformance scenarios in tests/conformance/ from the compact specs below.

Each scenario is a JSON file run identically by the Rust, Python and JS suites:

  name, description, cites       what it checks and which articles
  register                       bodies a user registers first ({"body": Body, "roles": [RoleAssignment]})
  steps                          [{actor, officer?, at, command, expect}]
      expect                     {"status": s} | {"error": CODE, "path"?: ptr}
                                 optional: "advisories": [codes that must be present],
                                 "deadline": {"hours", "instrument"}, "recipients": {"to", "cc"}
  allowed (optional)             [{actor, at, "allowed": [...], "denied": {command: CODE}}] after the steps
  tamper (optional)              {"op": edit|drop|insert|swap|rehash_edit, "index", "pointer"?, "value"?}
                                 with "expect_replay": {"error": "LOG_TAMPERED", "path": ptr}
  final_hash                     the head hash after the accepted steps (filled by QUYCHE_BLESS=1
                                 cargo test -p quyche --test conformance; identical in every language)

Run: python3 scripts/gen_conformance.py   (keeps existing final_hash values)
"""
import json, os, copy

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "conformance")
R = "2086/QĐ-UBND"
LBC16, LBC25 = "103/2016/QH13", "126/2025/QH15"
ANM18, ANM25 = "24/2018/QH14", "116/2025/QH15"
ND72 = "72/2013/NĐ-CP"

def cite(ins, art, k=None, p=None):
    d = {"instrument": ins, "article": art}
    if k is not None: d["clause"] = k
    if p is not None: d["point"] = p
    return d

COMMUNE = {"body": {"id": "ubnd-phuong-nha-trang",
                    "name": {"vi": "UBND phường Nha Trang", "en": "Nha Trang Ward People's Committee"},
                    "valid": {"from": "2025-07-01"}, "status": "C",
                    "note": {"vi": "Ví dụ do người dùng đăng ký", "en": "Example registered by the user"}},
           "roles": [{"role": "commune_committee", "body": "ubnd-phuong-nha-trang", "valid": {"from": "2025-07-01"}, "status": "C"},
                     {"role": "district_committee", "body": "ubnd-phuong-nha-trang", "valid": {"from": "2025-07-01"}, "status": "U",
                      "interpretation": True}]}
HEALTH = {"body": {"id": "so-y-te", "name": {"vi": "Sở Y tế tỉnh Khánh Hòa", "en": "Khánh Hòa Department of Health"},
                   "valid": {"from": "2020-08-12"}, "status": "C",
                   "note": {"vi": "Ví dụ do người dùng đăng ký", "en": "Example registered by the user"}},
          "roles": [{"role": "department", "body": "so-y-te", "valid": {"from": "2020-08-12"}, "status": "C"}]}

def t(day, hm="08:00"):
    return f"{day}T{hm}:00+07:00"

def detect(published=None, kind="social_network", summary="Bài đăng sai sự thật về dịch bệnh tại Nha Trang",
           topics=("health",), secret=False, detected=None, case_id=None, owner=None, url="https://facebook.com/p/1"):
    c = {"type": "detect", "source": "own_monitoring",
         "content": {"platform": "Facebook", "platform_kind": kind, "kind": "post", "summary": summary,
                     "author_handle": "nguoidung.a", "language": "vi"},
         "topics": list(topics), "state_secret": secret}
    if url: c["content"]["url"] = url
    if published: c["content"]["published_at"] = published
    if detected: c["detected_at"] = detected
    if case_id: c["case_id"] = case_id
    if owner: c["area"] = {"commune": "Nha Trang", "owner": owner}
    return c

def step(actor, at, command, **expect):
    return {"actor": actor, "at": at, "command": command, "expect": expect}

def ok(actor, at, command, status, **more):
    return step(actor, at, command, status=status, **more)

def err(actor, at, command, code, **more):
    return step(actor, at, command, error=code, **more)

LEAD26 = "so-vhttdl"
POLICE = "cong-an-tinh"
PROP26 = "ban-tuyen-giao-dan-van"
NOICHINH = "ban-noi-chinh"
PRESS = "bao-khanh-hoa"
UBND = "ubnd-tinh"
OPINION = {"type": "submit_opinion", "finding": "Thông tin bịa đặt, gây hoang mang", "direction": "Đề nghị gỡ bỏ và phản bác",
           "suggested_verdict": "violating"}
GROUND26 = cite(ANM25, 7, 1, "c")

def to_received(day, detector=None, published=None, lead=LEAD26, **kw):
    # Commune committees of the new province exist from 2025-07-01; before, a department detects.
    detector = detector or ("ubnd-phuong-nha-trang" if day >= "2025-07-01" else "so-y-te")
    return [
        ok(detector, t(day, "08:00"), detect(published=published or t(day, "06:00"), **kw), "detected"),
        ok(detector, t(day, "08:30"), {"type": "notify_lead", "channel": "email", "reference": "CV-01"}, "reported"),
        ok(lead, t(day, "09:00"), {"type": "receive"}, "received"),
    ]

def to_verifying(day, consulted=None, method="written_consultation", lead=LEAD26, **kw):
    # The propaganda commission merged into Ban Tuyên giáo và Dân vận on 2025-02-03 (legal §5).
    consulted = consulted or (POLICE, PROP26 if day >= "2025-02-03" else "ban-tuyen-giao")
    return to_received(day, lead=lead, **kw) + [
        ok(lead, t(day, "09:30"), {"type": "open_verification", "method": method, "consulted": list(consulted)}, "verifying"),
    ]

def to_assessed(day, ground=None, lead=LEAD26, **kw):
    # The ground in force at the content's law time: the 2018 law until 2026-06-30, then 2025's.
    ground = ground or (GROUND26 if day >= "2026-07-01" else cite(ANM18, 8, 1, "d"))
    return to_verifying(day, lead=lead, **kw) + [
        ok(POLICE, t(day, "10:00"), OPINION, "verifying"),
        ok(lead, t(day, "11:00"), {"type": "conclude", "verdict": "violating", "grounds": [ground], "note": "Vi phạm"}, "assessed"),
    ]

S = {}

def scenario(name, description, cites, steps, register=(COMMUNE, HEALTH), **extra):
    S[name] = dict(name=name, description=description, cites=cites, register=list(register), steps=steps, **extra)

D26 = "2026-08-03"
# --- the whole procedure ---------------------------------------------------------------------
scenario("full-lifecycle-2026", "A commune committee detects, notifies by e-mail; the lead agency verifies by written consultation of the police and the Party propaganda commission, concludes violating under the Cybersecurity Law 2025, assigns a removal request and a rebuttal; results reported, published by Báo Khánh Hòa, closed.",
         ["5.1", "5.2.b", "7.1.a", "7.2.b", "7.5.b", "2.2"],
         to_verifying("2026-08-03") + [
             ok(POLICE, t("2026-08-03", "10:00"), OPINION, "verifying"),
             ok(PROP26, t("2026-08-03", "10:30"), {"type": "submit_opinion", "finding": "Xuyên tạc", "direction": "Phản bác trên báo chí"}, "verifying"),
             ok(LEAD26, t("2026-08-03", "11:00"), {"type": "conclude", "verdict": "violating", "grounds": [GROUND26], "note": "Bịa đặt"}, "assessed",
                advisories=["UNCONFIRMED_FACT", "INTERPRETATION"]),
             ok(LEAD26, t("2026-08-03", "11:30"), {"type": "assign_action", "kind": "removal_request", "assignee": POLICE}, "handling",
                deadline={"hours": 24, "instrument": ANM25}),
             ok(LEAD26, t("2026-08-03", "11:45"), {"type": "assign_action", "kind": "public_rebuttal", "assignee": PRESS}, "handling"),
             ok(POLICE, t("2026-08-04", "09:00"), {"type": "report_result", "action_id": "A1", "outcome": "done", "note": "Đã gỡ"}, "handling",
                recipients={"to": [UBND], "cc": [LEAD26]}),
             ok(PRESS, t("2026-08-04", "10:00"), {"type": "report_result", "action_id": "A2", "outcome": "done"}, "handled"),
             ok(PRESS, t("2026-08-04", "15:00"), {"type": "publish_results", "title": "Xử lý thông tin sai sự thật", "url": "https://baokhanhhoa.vn/x"}, "published"),
             ok(LEAD26, t("2026-08-05", "08:00"), {"type": "close", "note": "Hoàn thành"}, "closed"),
         ],
         allowed=[{"actor": LEAD26, "at": t("2026-08-05", "09:00"), "allowed": [], "denied": {"close": "INVALID_TRANSITION", "detect": "INVALID_TRANSITION"}}])

scenario("lead-agency-detects-and-receives", "The lead agency's own press review: it receives the case directly, without notifying itself.",
         ["7.1.a(2)", "7.1.d"],
         [ok(LEAD26, t(D26), detect(), "detected"), ok(LEAD26, t(D26, "09:00"), {"type": "receive"}, "received")])
scenario("lead-agency-cannot-notify-itself", "Điều 5.1 is for other bodies: the lead agency does not notify itself.", ["5.1"],
         [ok(LEAD26, t(D26), detect(), "detected"), err(LEAD26, t(D26, "09:00"), {"type": "notify_lead", "channel": "phone"}, "NOTIFY_SELF")])
scenario("receive-before-notification", "A case detected by another body reaches the lead agency through notification (5.1).", ["5.1", "7.3.a"],
         [ok("ubnd-phuong-nha-trang", t(D26), detect(), "detected"), err(LEAD26, t(D26, "09:00"), {"type": "receive"}, "INVALID_TRANSITION")])
scenario("only-detector-notifies", "Only the detecting body notifies (5.1, 7.3.a).", ["5.1", "7.3.a"],
         [ok("ubnd-phuong-nha-trang", t(D26), detect(), "detected"),
          err(POLICE, t(D26, "09:00"), {"type": "notify_lead", "channel": "email"}, "NOT_AUTHORIZED", path="/actor/body")])
scenario("notify-channel-must-be-listed", "Channels are those of Điều 5.1 a–b; a fax is not among them.", ["5.1"],
         [ok("ubnd-phuong-nha-trang", t(D26), detect(), "detected"),
          err("ubnd-phuong-nha-trang", t(D26, "09:00"), {"type": "notify_lead", "channel": "fax"}, "INVALID_INPUT", path="/channel")])
scenario("notify-by-postal-document", "Điều 5.1.b: notification by postal document.", ["5.1.b"],
         [ok("ubnd-phuong-nha-trang", t(D26), detect(), "detected"),
          ok("ubnd-phuong-nha-trang", t(D26, "09:00"), {"type": "notify_lead", "channel": "postal", "reference": "123/UBND"}, "reported")])
scenario("detect-requires-content", "Detection records described content (6.2).", ["6.2"],
         [err(LEAD26, t(D26), detect(summary="", url=None), "CONTENT_REQUIRED", path="/content/summary")])
scenario("detect-time-not-in-future", "Detection time cannot be after the event's time.", [],
         [err(LEAD26, t(D26), detect(detected=t(D26, "09:00")), "TIME_ORDER", path="/detected_at")])
scenario("published-after-detection", "Content is published before it is detected.", [],
         [err(LEAD26, t(D26), detect(published=t(D26, "10:00")), "TIME_ORDER", path="/content/published_at")])
scenario("unknown-body", "Bodies must exist in the regulation on the event date.", ["1.2"],
         [err("so-khong-co", t(D26), detect(), "UNKNOWN_AGENCY", path="/actor/body")])
scenario("merged-body-gone-2026", "Sở Thông tin và Truyền thông ceased on 2025-02-28 (legal §5, P).", ["7.1"],
         [err("so-tttt", t(D26), detect(), "UNKNOWN_AGENCY")])
scenario("radio-tv-merged-2025-04-24", "Đài PT-TH Khánh Hòa merged into Báo Khánh Hòa on 2025-04-24 (C).", ["7.5"],
         [ok("dai-ptth", t("2025-04-23"), detect(), "detected")])
scenario("radio-tv-gone-2025-04-24", "Đài PT-TH Khánh Hòa no longer exists on 2025-04-24.", ["7.5"],
         [err("dai-ptth", t("2025-04-24"), detect(), "UNKNOWN_AGENCY")])
scenario("lead-agency-2025-02-28", "On 2025-02-28 the lead agency notified is Sở TT&TT.", ["7.1", "5.1"],
         [ok("cong-an-tinh", t("2025-02-28"), detect(published=t("2025-02-27")), "detected"),
          ok("cong-an-tinh", t("2025-02-28", "09:00"), {"type": "notify_lead", "channel": "electronic_document"}, "reported", lead_agency="so-tttt",
             advisories=["UNCONFIRMED_FACT"]),
          ok("so-tttt", t("2025-02-28", "10:00"), {"type": "receive"}, "received")])
scenario("lead-agency-2025-03-01", "From 2025-03-01 the lead agency is Sở VHTTDL (status P); Sở TT&TT no longer acts.", ["7.1", "5.1"],
         [ok("cong-an-tinh", t("2025-03-01"), detect(published=t("2025-02-27")), "detected"),
          ok("cong-an-tinh", t("2025-03-01", "09:00"), {"type": "notify_lead", "channel": "electronic_document"}, "reported", lead_agency="so-vhttdl",
             advisories=["UNCONFIRMED_FACT"]),
          err("so-tttt", t("2025-03-01", "10:00"), {"type": "receive"}, "UNKNOWN_AGENCY"),
          ok("so-vhttdl", t("2025-03-01", "10:00"), {"type": "receive"}, "received")])
scenario("it-duties-do-not-make-a-lead", "Sở KH&CN took only the IT duties of 7.1.e: it cannot receive cases.", ["7.1.e", "7.1.a(2)"],
         [ok("ubnd-phuong-nha-trang", t(D26), detect(), "detected"),
          ok("ubnd-phuong-nha-trang", t(D26, "08:30"), {"type": "notify_lead", "channel": "email"}, "reported"),
          err("so-khcn", t(D26, "09:00"), {"type": "receive"}, "NOT_AUTHORIZED")])
scenario("police-cannot-receive", "Receiving is the lead agency's duty (7.1.a(2)), not the police's (7.2).", ["7.1.a(2)", "7.2"],
         [ok("ubnd-phuong-nha-trang", t(D26), detect(), "detected"),
          ok("ubnd-phuong-nha-trang", t(D26, "08:30"), {"type": "notify_lead", "channel": "email"}, "reported"),
          err(POLICE, t(D26, "09:00"), {"type": "receive"}, "NOT_AUTHORIZED", path="/actor/body")])
scenario("verification-needs-consulted-bodies", "Điều 5.2: the coordination consults at least one body.", ["5.2"],
         to_received(D26) + [err(LEAD26, t(D26, "09:30"), {"type": "open_verification", "method": "written_consultation", "consulted": []}, "CONSULTATION_REQUIRED", path="/consulted")])
scenario("consulted-body-needs-verification-duty", "The People's Committee has no verification duty in Điều 7.", ["5.2.b", "7"],
         to_received(D26) + [err(LEAD26, t(D26, "09:30"), {"type": "open_verification", "method": "meeting", "consulted": [POLICE, UBND]}, "NO_VERIFICATION_DUTY", path="/consulted/1")])
scenario("consulted-body-must-exist", "A consulted body must exist on the date.", ["5.2"],
         to_received(D26) + [err(LEAD26, t(D26, "09:30"), {"type": "open_verification", "method": "meeting", "consulted": ["ban-tuyen-giao"]}, "UNKNOWN_AGENCY", path="/consulted/0")])
scenario("verification-method-listed", "Methods are meeting (5.2.a) or written consultation (5.2.b).", ["5.2"],
         to_received(D26) + [err(LEAD26, t(D26, "09:30"), {"type": "open_verification", "method": "phone_call", "consulted": [POLICE]}, "INVALID_INPUT", path="/method")])
scenario("opinion-only-from-consulted", "Only consulted bodies give opinions (5.2.b).", ["5.2.b"],
         to_verifying(D26) + [err(PRESS, t(D26, "10:00"), OPINION, "NOT_AUTHORIZED")])
scenario("opinion-needs-direction", "An opinion gives a finding and a handling direction (5.2.b, 7.6.b).", ["5.2.b", "7.6.b"],
         to_verifying(D26) + [err(PROP26, t(D26, "10:00"), {"type": "submit_opinion", "finding": "Sai sự thật", "direction": " "}, "OPINION_INCOMPLETE", path="/direction")])
scenario("meeting-only-in-meeting-method", "A meeting is recorded only when the method is a meeting (5.2.a).", ["5.2.a"],
         to_verifying(D26) + [err(LEAD26, t(D26, "10:00"), {"type": "record_meeting", "attendees": [POLICE], "conclusion": "Thống nhất"}, "METHOD_NOT_MEETING")])
scenario("meeting-attendees-took-part", "Attendees are the lead agency and the consulted bodies.", ["5.2.a"],
         to_verifying(D26, method="meeting") + [err(LEAD26, t(D26, "10:00"), {"type": "record_meeting", "attendees": [POLICE, PRESS], "conclusion": "Thống nhất"}, "ATTENDEE_NOT_PARTICIPANT", path="/attendees/1")])
scenario("meeting-path", "Verification by meeting (5.2.a): the meeting is the evidence for the conclusion.", ["5.2.a", "7.1.a(3)"],
         to_verifying(D26, method="meeting") + [
             ok(LEAD26, t(D26, "10:00"), {"type": "record_meeting", "attendees": [LEAD26, POLICE, PROP26], "conclusion": "Thống nhất vi phạm"}, "verifying"),
             ok(LEAD26, t(D26, "11:00"), {"type": "conclude", "verdict": "violating", "grounds": [GROUND26], "note": "x"}, "assessed")])
scenario("conclude-needs-evidence", "No conclusion before any opinion or meeting (5.2).", ["5.2"],
         to_verifying(D26) + [err(LEAD26, t(D26, "10:00"), {"type": "conclude", "verdict": "violating", "grounds": [cite(ANM18, 8, 1, "d")]}, "EVIDENCE_REQUIRED")])
scenario("violating-needs-ground", "Điều 2.2: a violating verdict names a ground.", ["2.2", "4.2"],
         to_verifying(D26) + [ok(POLICE, t(D26, "10:00"), OPINION, "verifying"),
                              err(LEAD26, t(D26, "11:00"), {"type": "conclude", "verdict": "violating", "grounds": []}, "GROUND_REQUIRED", path="/grounds")])
scenario("press-outlet-cannot-conclude", "A press outlet cannot conclude: Điều 7.5 gives it no such duty.", ["7.5", "7.1.a(3)"],
         to_verifying(D26, consulted=(POLICE, PRESS)) + [ok(PRESS, t(D26, "10:00"), OPINION, "verifying"),
                              err(PRESS, t(D26, "11:00"), {"type": "conclude", "verdict": "violating", "grounds": [cite(ANM18, 8, 1, "d")]}, "NOT_AUTHORIZED")])

def ground_case(name, desc, published, detected_day, ground, expect_code=None, cites=("2.2",)):
    lead = LEAD26 if detected_day >= "2025-03-01" else "so-tttt"
    steps = to_verifying(detected_day, published=published, lead=lead) + [ok(POLICE, t(detected_day, "10:00"), OPINION, "verifying")]
    conc = {"type": "conclude", "verdict": "violating", "grounds": [ground], "note": "x"}
    if expect_code:
        steps.append(err(LEAD26, t(detected_day, "11:00"), conc, expect_code, path="/grounds/0"))
    else:
        steps.append(ok(LEAD26, t(detected_day, "11:00"), conc, "assessed"))
    scenario(name, desc, list(cites), steps)

ground_case("decree72-on-2024-12-24", "Điều 5 NĐ 72/2013 is a ground for content published on 2024-12-24 (last day in force).", t("2024-12-24", "20:00"), "2025-03-10", cite(ND72, 5, 1, "đ"))
ground_case("decree72-on-2024-12-25", "Điều 5 NĐ 72/2013 is repealed for content published on 2024-12-25 (no successor article identified).", t("2024-12-25", "01:00"), "2025-03-10", cite(ND72, 5, 1, "e"), "GROUND_NOT_IN_FORCE")
ground_case("cyber2018-on-2026-06-30", "khoản 1 Điều 8 Luật An ninh mạng 2018 judges content published on 2026-06-30 even when concluded later.", t("2026-06-30", "23:00"), "2026-07-02", cite(ANM18, 8, 1, "d"))
ground_case("cyber2018-on-2026-07-01", "For content published on 2026-07-01 the 2018 law is replaced: successor suggested.", t("2026-07-01", "00:30"), "2026-07-02", cite(ANM18, 8, 1, "d"), "GROUND_NOT_IN_FORCE")
ground_case("cyber2025-on-2026-07-01", "Điều 7 Luật An ninh mạng 2025 is a ground from 2026-07-01 (successor: interpretation).", t("2026-07-01", "00:30"), "2026-07-02", cite(ANM25, 7, 1, "d"))
ground_case("cyber2025-before-2026-07-01", "Điều 7 Luật An ninh mạng 2025 cannot judge content published before it took effect.", t("2026-06-30", "12:00"), "2026-07-02", cite(ANM25, 7, 1, "d"), "GROUND_NOT_IN_FORCE")
ground_case("press2016-on-2025-01-15", "Điều 9 Luật Báo chí 2016 is a ground on 2025-01-15.", t("2025-01-15"), "2025-03-10", cite(LBC16, 9, 1, "b"))
ground_case("not-a-ground", "Điều 26 Luật An ninh mạng 2018 (time limits) is not one of the grounds of Điều 2.2.", t("2025-06-01"), "2025-06-02", cite(ANM18, 26, 2, "b"), "NOT_A_GROUND")
ground_case("definition-not-a-ground-2018", "khoản 3 Điều 2 Luật An ninh mạng 2018 defines cyberspace (Điều 2.1 of the regulation): a definition, never a ground (Điều 2.2, Điều 4.2).", t("2025-06-01"), "2025-06-02", cite(ANM18, 2, 3), "DEFINITION_NOT_A_GROUND", cites=("2.1", "2.2", "4.2"))
ground_case("definition-not-a-ground-2025", "khoản 5 Điều 2 Luật An ninh mạng 2025 (the successor definition of cyberspace) is no ground either.", t("2026-08-01"), "2026-08-02", cite(ANM25, 2, 5), "DEFINITION_NOT_A_GROUND", cites=("2.1", "2.2", "4.2"))
ground_case("unknown-provision", "khoản 20 Điều 9 Luật Báo chí 2016 does not exist (13 khoản).", t("2025-06-01"), "2025-06-02", cite(LBC16, 9, 20), "UNKNOWN_PROVISION")

scenario("law-time-falls-back-to-detection", "Without a publication time, the detection time picks the grounds (NĐ 72 still in force on 2024-12-20).", ["2.2"],
         [ok("cong-an-tinh", t("2024-12-20"), detect(published=None), "detected"),
          ok("cong-an-tinh", t("2025-01-10", "08:30"), {"type": "notify_lead", "channel": "email"}, "reported"),
          ok("so-tttt", t("2025-01-10", "09:00"), {"type": "receive"}, "received"),
          ok("so-tttt", t("2025-01-10", "09:30"), {"type": "open_verification", "method": "written_consultation", "consulted": [POLICE]}, "verifying"),
          ok(POLICE, t("2025-01-10", "10:00"), OPINION, "verifying"),
          ok("so-tttt", t("2025-01-10", "11:00"), {"type": "conclude", "verdict": "violating", "grounds": [cite(ND72, 5, 1, "đ")]}, "assessed")])
scenario("dismiss-after-not-violating", "Assessed not violating, the case is dismissed (2.2).", ["2.2", "1.1"],
         to_verifying(D26) + [ok(POLICE, t(D26, "10:00"), OPINION, "verifying"),
                              ok(LEAD26, t(D26, "11:00"), {"type": "conclude", "verdict": "not_violating", "note": "Thông tin đúng"}, "assessed"),
                              err(LEAD26, t(D26, "11:10"), {"type": "assign_action", "kind": "public_rebuttal", "assignee": PRESS}, "INVALID_TRANSITION"),
                              ok(LEAD26, t(D26, "11:30"), {"type": "dismiss", "reason": "assessed_not_violating"}, "dismissed")])
scenario("dismiss-unrelated-on-receipt", "Content unrelated to the province is outside Điều 1.1.", ["1.1"],
         to_received(D26) + [ok(LEAD26, t(D26, "10:00"), {"type": "dismiss", "reason": "unrelated_to_province", "note": "Không liên quan"}, "dismissed"),
                             err(LEAD26, t(D26, "11:00"), {"type": "open_verification", "method": "meeting", "consulted": [POLICE]}, "INVALID_TRANSITION")])
scenario("dismiss-duplicate-needs-case", "A duplicate names the earlier case.", ["1.1"],
         to_received(D26) + [err(LEAD26, t(D26, "10:00"), {"type": "dismiss", "reason": "duplicate"}, "DISMISS_REASON_INVALID", path="/duplicate_of"),
                             ok(LEAD26, t(D26, "10:05"), {"type": "dismiss", "reason": "duplicate", "duplicate_of": "KH-2026-0001"}, "dismissed")])
scenario("dismiss-violating-refused", "A violating case is handled, not dismissed.", ["7.1.a(4)"],
         to_assessed(D26) + [err(LEAD26, t(D26, "12:00"), {"type": "dismiss", "reason": "not_false_or_harmful"}, "INVALID_TRANSITION")])
scenario("party-commission-never-assigned", "Điều 7.6–7.7 are requests: a Party commission is consulted but never assigned an action.", ["7.6", "7.7"],
         to_assessed(D26) + [err(LEAD26, t(D26, "12:00"), {"type": "assign_action", "kind": "public_rebuttal", "assignee": PROP26}, "REQUESTED_BODY", path="/assignee")])
scenario("action-fits-role", "Investigating the author is the police's duty (7.2.a), not a press outlet's.", ["7.2.a"],
         to_assessed(D26) + [err(LEAD26, t(D26, "12:00"), {"type": "assign_action", "kind": "investigation", "assignee": PRESS}, "ACTION_ROLE_MISMATCH", path="/kind")])
scenario("peoples-committee-directs", "The People's Committee directs handling on the lead agency's advice (7.1.a(4)); the police cannot assign.", ["7.1.a(4)"],
         to_assessed(D26, owner="so-y-te") + [
             err(POLICE, t(D26, "12:00"), {"type": "assign_action", "kind": "investigation", "assignee": POLICE}, "NOT_AUTHORIZED"),
             ok(UBND, t(D26, "12:30"), {"type": "assign_action", "kind": "handling_within_remit", "assignee": "so-y-te"}, "handling"),
             ok("so-y-te", t(D26, "15:00"), {"type": "report_result", "action_id": "A1", "outcome": "done"}, "handled",
                recipients={"to": [UBND], "cc": [LEAD26]})])

def removal(name, desc, day, kind, emergency, hours, instrument, advisories=(), target=None):
    cmd = {"type": "assign_action", "kind": "removal_request", "assignee": POLICE, "emergency": emergency}
    if target: cmd["target"] = target
    exp = dict(deadline={"hours": hours, "instrument": instrument})
    if advisories: exp["advisories"] = list(advisories)
    ground = {"2024-12-24": cite(ND72, 5, 1, "đ"), "2024-12-25": cite(ANM18, 8, 1, "d"), "2026-06-30": cite(ANM18, 8, 1, "d")}.get(day, GROUND26)
    lead = "so-tttt" if day < "2025-03-01" else LEAD26
    reg = [HEALTH] if day < "2025-07-01" else [COMMUNE, HEALTH]
    steps = to_assessed(day, ground=ground, lead=lead, detector="so-y-te", kind=kind, published=t(day, "05:00")) + [ok(lead, t(day, "12:00"), cmd, "handling", **exp)]
    scenario(name, desc, ["7.1.b", "7.2"], steps, register=reg)

removal("removal-3h-until-2024-12-24", "A social network removes within 3 h under NĐ 72/2013 Điều 23d (NĐ 27/2018) until 2024-12-24.", "2024-12-24", "social_network", False, 3, ND72)
removal("removal-24h-from-2024-12-25", "From 2024-12-25 the 3-hour rule is gone: 24 h under Luật An ninh mạng 2018 Điều 26.2.b.", "2024-12-25", "social_network", False, 24, ANM18)
removal("removal-emergency-6h-from-2026-07-01", "An emergency removal request has 6 h from 2026-07-01 (Luật An ninh mạng 2025 Điều 25.2.b).", "2026-07-01", "social_network", True, 6, ANM25)
removal("removal-emergency-before-2026-07-01", "Before 2026-07-01 no emergency limit exists: the ordinary 24 h applies, with an advisory.", "2026-06-30", "social_network", True, 24, ANM18, advisories=["NO_TIME_LIMIT"])
removal("removal-account-owner-2026", "An account owner removes within 24 h of a state body's request (NĐ 147/2024, status P).", "2026-08-03", "social_network", False, 24, "147/2024/NĐ-CP", advisories=["UNCONFIRMED_FACT"], target="account_owner")

scenario("spokesperson-24h", "A department's spokesperson statement: 24 h (NĐ 09/2017 Điều 6.3.a, then NĐ 244/2026).", ["7.3.d"],
         to_assessed("2026-03-02") + [ok(LEAD26, t("2026-03-02", "12:00"), {"type": "assign_action", "kind": "spokesperson_statement", "assignee": "so-y-te"}, "handling",
                                          deadline={"hours": 24, "instrument": "09/2017/NĐ-CP"})])
scenario("spokesperson-24h-2026-07", "From 2026-07-01 the spokesperson limit comes from NĐ 244/2026 (C-ocr).", ["7.3.d"],
         to_assessed("2026-07-02", published=t("2026-07-01", "09:00")) + [ok(LEAD26, t("2026-07-02", "12:00"), {"type": "assign_action", "kind": "spokesperson_statement", "assignee": "ubnd-phuong-nha-trang"}, "handling",
                                          deadline={"hours": 24, "instrument": "244/2026/NĐ-CP"}, advisories=["INTERPRETATION"])])
scenario("only-assignee-reports", "Only the action's assignee reports its result (7.2.b, 7.3.b).", ["7.2.b", "7.3.b"],
         to_assessed(D26) + [ok(LEAD26, t(D26, "12:00"), {"type": "assign_action", "kind": "removal_request", "assignee": POLICE}, "handling"),
                             err(PRESS, t(D26, "13:00"), {"type": "report_result", "action_id": "A1", "outcome": "done"}, "NOT_AUTHORIZED"),
                             err(POLICE, t(D26, "13:00"), {"type": "report_result", "action_id": "A9", "outcome": "done"}, "UNKNOWN_ACTION", path="/action_id")])
scenario("result-reported-once", "An action's result is reported once; the case is handled when no action is open.", ["7.2.b"],
         to_assessed(D26) + [ok(LEAD26, t(D26, "12:00"), {"type": "assign_action", "kind": "removal_request", "assignee": POLICE}, "handling"),
                             ok(LEAD26, t(D26, "12:10"), {"type": "assign_action", "kind": "investigation", "assignee": POLICE}, "handling"),
                             ok(POLICE, t(D26, "13:00"), {"type": "report_result", "action_id": "A1", "outcome": "done"}, "handling"),
                             err(POLICE, t(D26, "13:30"), {"type": "report_result", "action_id": "A1", "outcome": "done"}, "ACTION_NOT_OPEN"),
                             err(LEAD26, t(D26, "13:40"), {"type": "close"}, "INVALID_TRANSITION"),
                             ok(POLICE, t(D26, "14:00"), {"type": "report_result", "action_id": "A2", "outcome": "partly_done"}, "handled")])
scenario("police-cannot-publish", "Publishing results is a press outlet's duty (7.5.b): the police cannot publish.", ["7.5.b"],
         to_assessed(D26) + [ok(LEAD26, t(D26, "12:00"), {"type": "assign_action", "kind": "removal_request", "assignee": POLICE}, "handling"),
                             ok(POLICE, t(D26, "13:00"), {"type": "report_result", "action_id": "A1", "outcome": "done"}, "handled"),
                             err(POLICE, t(D26, "14:00"), {"type": "publish_results", "title": "Kết quả"}, "NOT_AUTHORIZED"),
                             ok(LEAD26, t(D26, "15:00"), {"type": "close"}, "closed")])
scenario("state-secret-not-published", "Điều 4.2: results of a case touching state secrets are not published.", ["4.2"],
         to_assessed(D26, secret=True) + [ok(LEAD26, t(D26, "12:00"), {"type": "assign_action", "kind": "investigation", "assignee": POLICE}, "handling"),
                             ok(POLICE, t(D26, "13:00"), {"type": "report_result", "action_id": "A1", "outcome": "done"}, "handled"),
                             err(PRESS, t(D26, "14:00"), {"type": "publish_results", "title": "Kết quả"}, "CONFIDENTIAL_CASE")])
scenario("time-never-runs-backwards", "Events are recorded in the order they happened.", [],
         to_received(D26) + [err(LEAD26, t(D26, "07:00"), {"type": "open_verification", "method": "meeting", "consulted": [POLICE]}, "TIME_ORDER", path="/at")])
scenario("internal-affairs-advisory", "Anti-corruption topics call for the internal-affairs commission (7.7.a).", ["7.7"],
         [ok("ubnd-phuong-nha-trang", t(D26), detect(topics=["anti_corruption"]), "detected"),
          ok("ubnd-phuong-nha-trang", t(D26, "08:30"), {"type": "notify_lead", "channel": "email"}, "reported"),
          ok(LEAD26, t(D26, "09:00"), {"type": "receive"}, "received", advisories=["CONSULT_INTERNAL_AFFAIRS"]),
          ok(LEAD26, t(D26, "09:30"), {"type": "open_verification", "method": "written_consultation", "consulted": [NOICHINH]}, "verifying"),
          ok(NOICHINH, t(D26, "10:00"), OPINION, "verifying")])
scenario("area-owner-advisory", "The body managing the field is consulted (7.3.đ).", ["7.3.đ"],
         to_received(D26, owner="so-y-te")[:2] + [ok(LEAD26, t(D26, "09:00"), {"type": "receive"}, "received", advisories=["CONSULT_AREA_OWNER"]),
          ok(LEAD26, t(D26, "09:30"), {"type": "open_verification", "method": "written_consultation", "consulted": ["so-y-te"]}, "verifying"),
          ok("so-y-te", t(D26, "10:00"), OPINION, "verifying")])
scenario("assign-officer", "Each participating body assigns competent officers (5.3); outsiders cannot.", ["5.3"],
         to_verifying(D26) + [ok(POLICE, t(D26, "10:00"), {"type": "assign_officer", "officer": "Nguyễn Văn A"}, "verifying"),
                              err(PRESS, t(D26, "10:10"), {"type": "assign_officer", "officer": "Trần Thị B"}, "NOT_AUTHORIZED")])
scenario("unknown-field-refused", "Unknown fields in a command are refused, not silently dropped.", [],
         [err(LEAD26, t(D26), dict(detect(), colour="red"), "INVALID_INPUT")])
scenario("district-committee-ends-2025-06-30", "District-level committees were abolished on 2025-07-01 (C).", ["7.3"],
         [ok("ubnd-cap-huyen", t("2025-06-30"), detect(), "detected")], register=[])
scenario("district-committee-gone-2025-07-01", "On 2025-07-01 no district-level committee exists.", ["7.3"],
         [err("ubnd-cap-huyen", t("2025-07-01"), detect(), "UNKNOWN_AGENCY")], register=[])
scenario("allowed-for-press-outlet", "What a press outlet may do while a case is assessed: nothing but assigning officers is refused.", ["7.5"],
         to_assessed(D26), allowed=[{"actor": PRESS, "at": t(D26, "12:00"), "allowed": [],
                                      "denied": {"conclude": "INVALID_TRANSITION", "assign_action": "NOT_AUTHORIZED", "publish_results": "INVALID_TRANSITION"}},
                                     {"actor": LEAD26, "at": t(D26, "12:00"), "allowed": ["assign_action"], "denied": {"dismiss": "INVALID_TRANSITION"}}])

base = to_assessed(D26)
for op, idx, ptr, val, path in [
    ("edit", 1, "/command/reference", "CV-99", "/1/hash"),
    ("drop", 2, None, None, "/2/seq"),
    ("insert", 3, None, None, "/4/seq"),
    ("swap", 3, None, None, "/3/seq"),
    ("rehash_edit", 4, "/actor/body", "ban-tuyen-giao-dan-van", "/5/prev_hash"),
    ("edit", 5, "/effects/status", "closed", "/5/hash"),
]:
    scenario(f"tampered-{op}-{idx}", f"A log with event {idx + 1} {op.replace('_', ' ')}ed is reported as LOG_TAMPERED with its position.", [],
             copy.deepcopy(base), tamper={"op": op, "index": idx, **({"pointer": ptr, "value": val} if ptr else {})},
             expect_replay={"error": "LOG_TAMPERED", "path": path})

os.makedirs(OUT, exist_ok=True)
for name, sc in S.items():
    path = os.path.join(OUT, f"{name}.json")
    if os.path.exists(path):
        old = json.load(open(path, encoding="utf-8"))
        if "final_hash" in old:
            sc["final_hash"] = old["final_hash"]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(sc, f, ensure_ascii=False, indent=2)
        f.write("\n")
print(f"{len(S)} scenarios in {os.path.normpath(OUT)}")
