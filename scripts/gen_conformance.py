#!/usr/bin/env python3
"""Writes the conformance scenarios in tests/conformance/ from the compact specs below.

Each scenario is a JSON file run identically by the Rust, Python and JS suites:

  name, description, cites       what it checks and which articles
  register                       bodies a user registers first ({"body": Body, "roles": [RoleAssignment]})
  regulation (optional)          a regulation file under tests/regulations/ (default: the built-in one)
  steps                          [{actor, officer?, at, command, expect}]
      expect                     {"status": s} | {"error": CODE, "path"?: ptr}
                                 optional: "advisories": [codes that must be present],
                                 "no_advisories": [codes that must be absent],
                                 "deadline": {pointer into the step's deadline: value},
                                 "recipients": {"to", "cc"}, "lead_agency": body,
                                 "case": {pointer into the case after the step: value},
                                 "cites": [citation keys the error or the advisories must cite]
  calendar (optional)            [{year, as_of, obligation, body, expect: {pointer into the entry: value},
                                   absent_citations: [keys]}] checked against the reporting calendar
  report (optional)              {reporter, period: {frequency, year, index?}, expect: {pointer into the report: value}}
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

def ck(c):
    s = f"{c['instrument']}:{c['article']}"
    if 'clause' in c: s += f".{c['clause']}"
    if 'point' in c: s += f".{c['point']}"
    return s

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

def req(kind, body, **kw):
    return dict({"type": "request_action", "kind": kind, "body": body}, **kw)

def take(kind, **kw):
    return dict({"type": "take_action", "kind": kind}, **kw)

def removal_req(licensing="licensed_in_vietnam", **kw):
    return dict({"type": "send_removal_request", "licensing": licensing}, **kw)

def result(action, outcome="done", **kw):
    return dict({"type": "report_result", "action_id": action, "outcome": outcome}, **kw)

D26 = "2026-08-03"
# --- the whole procedure ---------------------------------------------------------------------
scenario("full-lifecycle-2026", "A commune committee detects and notifies by e-mail; the lead agency verifies by written consultation of the police and the Party propaganda commission, concludes violating under the Cybersecurity Law 2025 and requests the police to remove the content; the police request the platform (the platform's 24-hour deadline), the lead agency rebuts on its own channel; results reported to the People's Committee with a copy to the lead agency; Báo Khánh Hòa announces them; closed.",
         ["5.1", "5.2.b", "7.1.a", "7.2.a", "7.2.b", "7.5.b", "2.2"],
         to_verifying(D26) + [
             ok(POLICE, t(D26, "10:00"), OPINION, "verifying"),
             ok(PROP26, t(D26, "10:30"), {"type": "submit_opinion", "finding": "Xuyên tạc", "direction": "Phản bác trên báo chí"}, "verifying"),
             ok(LEAD26, t(D26, "11:00"), {"type": "conclude", "verdict": "violating", "grounds": [GROUND26], "note": "Bịa đặt"}, "assessed",
                advisories=["INTERPRETATION"], no_advisories=["UNCONFIRMED_FACT"]),
             ok(LEAD26, t(D26, "11:30"), req("removal", POLICE), "handling", case={"/actions/0/mode": "requested", "/actions/0/body": POLICE}),
             ok(POLICE, t(D26, "11:40"), removal_req(action_id="A1"), "handling",
                deadline={"/binds": "platform", "/limit/hours": 24, "/instrument": ANM25, "/interpretation": True, "/due": t("2026-08-04", "11:40")}),
             ok(LEAD26, t(D26, "11:45"), take("public_rebuttal"), "handling"),
             ok(POLICE, t("2026-08-04", "09:00"), {"type": "record_platform_response", "request_id": "R1", "response": "complied"}, "handling"),
             ok(POLICE, t("2026-08-04", "09:10"), result("A1", note="Đã gỡ"), "handling", recipients={"to": [UBND], "cc": [LEAD26]}),
             ok(LEAD26, t("2026-08-04", "10:00"), result("A2"), "handled"),
             ok(PRESS, t("2026-08-04", "15:00"), {"type": "publish_results", "title": "Xử lý thông tin sai sự thật", "url": "https://baokhanhhoa.vn/x"}, "published"),
             ok(LEAD26, t("2026-08-05", "08:00"), {"type": "close", "note": "Hoàn thành"}, "closed"),
         ],
         allowed=[{"actor": LEAD26, "at": t("2026-08-05", "09:00"), "allowed": [], "denied": {"close": "INVALID_TRANSITION", "detect": "INVALID_TRANSITION"}}])

scenario("lead-agency-detects-and-receives", "The lead agency's own press review: it receives the case directly, without notifying itself.",
         ["7.1.a(2)", "7.1.d"],
         [ok(LEAD26, t(D26), detect(), "detected"), ok(LEAD26, t(D26, "09:00"), {"type": "receive"}, "received")])
scenario("lead-agency-cannot-notify-itself", "Điều 5.1 is for other bodies: the lead agency does not notify itself.", ["5.1"],
         [ok(LEAD26, t(D26), detect(), "detected"), err(LEAD26, t(D26, "09:00"), {"type": "notify_lead", "channel": "phone"}, "NOTIFY_SELF", cites=["2086/QĐ-UBND:5.1"])])
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
         [err(LEAD26, t(D26), detect(summary="", url=None), "CONTENT_REQUIRED", path="/content/summary", cites=["2086/QĐ-UBND:6.2"])])
scenario("detect-time-not-in-future", "Detection time cannot be after the event's time.", [],
         [err(LEAD26, t(D26), detect(detected=t(D26, "09:00")), "TIME_ORDER", path="/detected_at")])
scenario("published-after-detection", "Content is published before it is detected.", [],
         [err(LEAD26, t(D26), detect(published=t(D26, "10:00")), "TIME_ORDER", path="/content/published_at")])
scenario("instants-stored-in-vietnam-time", "The same instant written with another offset is stored at +07:00 (one event, one hash).", [],
         [ok(LEAD26, "2026-08-03T01:00:00Z", detect(published="2026-08-02T23:00:00Z"), "detected",
             case={"/content/published_at": "2026-08-03T06:00:00+07:00", "/events/0/at": "2026-08-03T08:00:00+07:00"})])
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
          ok("so-tttt", t("2025-02-28", "10:00"), {"type": "receive"}, "received", no_advisories=["UNCONFIRMED_FACT"])])
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
scenario("consulted-body-needs-verification-duty", "The People's Committee has no verification duty.", ["5.2.b"],
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
scenario("conclude-needs-evidence", "No conclusion before any opinion or meeting (5.2; an interpretation, flagged in the refusal).", ["5.2"],
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
ground_case("decree72-on-2024-12-25", "Điều 5 NĐ 72/2013 is repealed for content published on 2024-12-25 (no successor article identified; the narrow reading, an interpretation).", t("2024-12-25", "01:00"), "2025-03-10", cite(ND72, 5, 1, "e"), "GROUND_NOT_IN_FORCE")
ground_case("cyber2018-on-2026-06-30", "khoản 1 Điều 8 Luật An ninh mạng 2018 judges content published on 2026-06-30 even when concluded later.", t("2026-06-30", "23:00"), "2026-07-02", cite(ANM18, 8, 1, "d"))
ground_case("cyber2018-on-2026-07-01", "For content published on 2026-07-01 the 2018 law is replaced: successor suggested.", t("2026-07-01", "00:30"), "2026-07-02", cite(ANM18, 8, 1, "d"), "GROUND_NOT_IN_FORCE")
ground_case("cyber2025-on-2026-07-01", "Điều 7 Luật An ninh mạng 2025 is a ground from 2026-07-01 (successor: interpretation).", t("2026-07-01", "00:30"), "2026-07-02", cite(ANM25, 7, 1, "d"))
ground_case("cyber2025-before-2026-07-01", "Điều 7 Luật An ninh mạng 2025 cannot judge content published before it took effect.", t("2026-06-30", "12:00"), "2026-07-02", cite(ANM25, 7, 1, "d"), "GROUND_NOT_IN_FORCE")
ground_case("cyber2025-7-2-g-is-a-ground", "khoản 2 điểm g Điều 7 Luật An ninh mạng 2025 (spreading khoản 1 content, AI deepfakes) succeeds khoản 1 Điều 8 of 2018 (point-by-point reading).", t("2026-08-01"), "2026-08-02", cite(ANM25, 7, 2, "g"))
ground_case("cyber2025-7-2-h-not-a-ground", "khoản 2 điểm h Điều 7 Luật An ninh mạng 2025 (trade in personal data) succeeds nothing of khoản 1 Điều 8 of 2018: no ground (point-by-point reading).", t("2026-08-01"), "2026-08-02", cite(ANM25, 7, 2, "h"), "NOT_A_GROUND")
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
                              err(LEAD26, t(D26, "11:10"), req("public_rebuttal", PRESS), "INVALID_TRANSITION"),
                              ok(LEAD26, t(D26, "11:30"), {"type": "dismiss", "reason": "assessed_not_violating"}, "dismissed")])
scenario("dismiss-unrelated-on-receipt", "Content unrelated to the province is outside Điều 1.1.", ["1.1"],
         to_received(D26) + [ok(LEAD26, t(D26, "10:00"), {"type": "dismiss", "reason": "unrelated_to_province", "note": "Không liên quan"}, "dismissed"),
                             err(LEAD26, t(D26, "11:00"), {"type": "open_verification", "method": "meeting", "consulted": [POLICE]}, "INVALID_TRANSITION")])
scenario("dismiss-duplicate-needs-case", "A duplicate names the earlier case.", ["1.1"],
         to_received(D26) + [err(LEAD26, t(D26, "10:00"), {"type": "dismiss", "reason": "duplicate"}, "DISMISS_REASON_INVALID", path="/duplicate_of"),
                             err(LEAD26, t(D26, "10:02"), {"type": "dismiss", "reason": "duplicate", "duplicate_of": "../etc/passwd"}, "INVALID_INPUT", path="/duplicate_of"),
                             ok(LEAD26, t(D26, "10:05"), {"type": "dismiss", "reason": "duplicate", "duplicate_of": "KH-2026-0001"}, "dismissed")])
scenario("dismiss-violating-refused", "A violating case is handled, not dismissed.", ["7.1.a(4)"],
         to_assessed(D26) + [err(LEAD26, t(D26, "12:00"), {"type": "dismiss", "reason": "not_false_or_harmful"}, "INVALID_TRANSITION")])

# --- authority: the verbs of the text (issue 16 item 2) --------------------------------------
scenario("assign-action-is-an-earlier-command", "The lead agency does not \"assign\" work to a peer: assign_action is refused in new steps.", ["7.1.a(4)"],
         to_assessed(D26) + [err(LEAD26, t(D26, "12:00"), {"type": "assign_action", "kind": "investigation", "assignee": POLICE}, "INVALID_INPUT", path="/type")])
scenario("lead-requests-police", "The lead agency requests (đề nghị) the police to investigate (7.1.a(4), 7.2.a); the police report to the People's Committee with a copy to the lead agency (7.2.b).", ["7.1.a(4)", "7.2.a", "7.2.b"],
         to_assessed(D26) + [ok(LEAD26, t(D26, "12:00"), req("investigation", POLICE), "handling", case={"/actions/0/mode": "requested", "/actions/0/opened_by": LEAD26}),
                             ok(POLICE, t(D26, "15:00"), result("A1"), "handled", recipients={"to": [UBND], "cc": [LEAD26]})])
scenario("police-sanction-within-authority", "The police lead handling (chủ trì, 7.2.b) and impose an administrative sanction within their own authority.", ["7.2.b"],
         to_assessed(D26) + [ok(POLICE, t(D26, "12:00"), take("administrative_sanction"), "handling", case={"/actions/0/mode": "own", "/actions/0/body": POLICE}),
                             ok(POLICE, t(D26, "16:00"), result("A1"), "handled")])
scenario("press-outlet-has-no-sanctioning-authority", "A press outlet has no authority of its own to sanction.", ["7.5"],
         to_assessed(D26) + [err(PRESS, t(D26, "12:00"), take("administrative_sanction"), "NOT_AUTHORIZED", path="/kind")])
scenario("peoples-committee-directs", "The lead agency advises the People's Committee to direct (tham mưu, 7.1.a(4)); the Committee directs the department, which reports (7.3.b).", ["7.1.a(4)", "7.3.b"],
         to_assessed(D26, owner="so-y-te") + [
             err(LEAD26, t(D26, "12:00"), {"type": "direct_action", "kind": "handling_within_remit", "body": "so-y-te"}, "NOT_AUTHORIZED"),
             ok(LEAD26, t(D26, "12:10"), {"type": "propose_direction", "kind": "handling_within_remit", "bodies": ["so-y-te"]}, "handling", case={"/proposals/0/id": "P1"}),
             err(LEAD26, t(D26, "12:20"), {"type": "close"}, "INVALID_TRANSITION"),
             ok(UBND, t(D26, "12:30"), {"type": "direct_action", "kind": "handling_within_remit", "body": "so-y-te", "proposal_id": "P1"}, "handling",
                case={"/actions/0/mode": "directed", "/proposals/0/directed/0": "A1"}),
             ok("so-y-te", t(D26, "15:00"), result("A1"), "handled", recipients={"to": [UBND], "cc": [LEAD26]})])
scenario("party-commission-requested-only-what-7-6-names", "Điều 7.6–7.7 are requests: the propaganda commission may be requested political orientation (7.6.a), with no deadline, never a rebuttal or a direction.", ["7.6", "7.7"],
         to_assessed(D26) + [err(LEAD26, t(D26, "12:00"), req("public_rebuttal", PROP26), "REQUESTED_BODY", path="/body"),
                             err(UBND, t(D26, "12:05"), {"type": "direct_action", "kind": "political_orientation", "body": PROP26}, "REQUESTED_BODY", path="/body"),
                             ok(LEAD26, t(D26, "12:10"), req("political_orientation", PROP26), "handling", case={"/actions/0/body": PROP26}, no_advisories=["NO_TIME_LIMIT"]),
                             ok(PROP26, t(D26, "16:00"), result("A1"), "handled", recipients={"to": [LEAD26], "cc": []})])
scenario("request-fits-the-role", "Investigating the author is the police's duty (7.2.a), not a press outlet's.", ["7.2.a"],
         to_assessed(D26) + [err(LEAD26, t(D26, "12:00"), req("investigation", PRESS), "ACTION_ROLE_MISMATCH", path="/kind")])
scenario("withdraw-and-request-again", "An action whose body ceased can be withdrawn and requested again; the case is handled once nothing is open.", ["7.1.a(4)"],
         to_assessed(D26) + [ok(LEAD26, t(D26, "12:00"), req("public_rebuttal", PRESS), "handling"),
                             err(POLICE, t(D26, "12:30"), {"type": "withdraw_action", "action_id": "A1", "reason": "x"}, "NOT_AUTHORIZED"),
                             ok(LEAD26, t(D26, "13:00"), {"type": "withdraw_action", "action_id": "A1", "reason": "Chuyển cho cơ quan khác"}, "handled",
                                case={"/actions/0/withdrawn/by": LEAD26}),
                             err(PRESS, t(D26, "13:10"), result("A1"), "INVALID_TRANSITION")])
scenario("only-the-acting-body-reports", "Only the body carrying the action reports its result (7.2.b, 7.3.b).", ["7.2.b", "7.3.b"],
         to_assessed(D26) + [ok(LEAD26, t(D26, "12:00"), req("removal", POLICE), "handling"),
                             err(PRESS, t(D26, "13:00"), result("A1"), "NOT_AUTHORIZED"),
                             err(POLICE, t(D26, "13:00"), result("A9"), "UNKNOWN_ACTION", path="/action_id")])
scenario("result-reported-once", "An action's result is reported once, whoever reports it again; the case is handled when nothing is open.", ["7.2.b"],
         to_assessed(D26) + [ok(LEAD26, t(D26, "12:00"), req("removal", POLICE), "handling"),
                             ok(LEAD26, t(D26, "12:10"), req("investigation", POLICE), "handling"),
                             ok(POLICE, t(D26, "13:00"), result("A1"), "handling"),
                             err(POLICE, t(D26, "13:30"), result("A1"), "ACTION_NOT_OPEN"),
                             err(PRESS, t(D26, "13:35"), result("A1"), "ACTION_NOT_OPEN"),
                             err(LEAD26, t(D26, "13:40"), {"type": "close"}, "INVALID_TRANSITION"),
                             ok(POLICE, t(D26, "14:00"), result("A2", "partly_done"), "handled")])

# --- removal requests: the platform's deadline (items 3 and 4) -------------------------------
def removal(name, desc, day, kind, hours_or_limit, instrument, provision=None, licensing="licensed_in_vietnam", urgent=False, advisories=(), target=None, requester=POLICE, interpretation=True, binds="platform", cites=("7.2.b",)):
    ground = {"2024-12-24": cite(ND72, 5, 1, "đ"), "2024-12-25": cite(ANM18, 8, 1, "d"), "2026-06-30": cite(ANM18, 8, 1, "d")}.get(day, GROUND26)
    lead = "so-tttt" if day < "2025-03-01" else LEAD26
    reg = [HEALTH] if day < "2025-07-01" else [COMMUNE, HEALTH]
    cmd = removal_req(licensing=licensing, urgent=urgent)
    if target: cmd["target"] = target
    exp = {"/binds": binds, "/instrument": instrument, "/interpretation": interpretation}
    if isinstance(hours_or_limit, int): exp["/limit/hours"] = hours_or_limit
    else: exp["/limit"] = hours_or_limit
    if provision: exp["/provision"] = provision
    more = dict(deadline=exp)
    if advisories: more["advisories"] = list(advisories)
    steps = to_assessed(day, ground=ground, lead=lead, detector="so-y-te", kind=kind, published=t(day, "05:00")) + [ok(requester, t(day, "12:00"), cmd, "handling", **more)]
    scenario(name, desc, list(cites), steps, register=reg)

prov72 = lambda k: {"instrument": ND72, "article": 23, "article_suffix": "d", "clause": k, "point": "c"}
removal("removal-3h-social-network-until-2024-12-24", "A social network licensed in Vietnam removes within 3 h under khoản 2 điểm c Điều 23d NĐ 72/2013 (NĐ 27/2018) until 2024-12-24; applying it to a request of the provincial police is an interpretation.", "2024-12-24", "social_network", 3, ND72, provision=prov72(2), advisories=["INTERPRETATION"])
removal("removal-3h-general-website-until-2024-12-24", "A general website licensed in Vietnam: khoản 1 điểm c Điều 23d, 3 h.", "2024-12-24", "general_website", 3, ND72, provision=prov72(1))
removal("removal-cross-border-24h-after-notice", "A cross-border platform is not under the 3-hour rule: Thông tư 38/2016 Điều 5.1, 24 h after the ministry's notice.", "2024-12-24", "social_network", 24, "38/2016/TT-BTTTT", licensing="cross_border")
removal("removal-24h-from-2024-12-25", "From 2024-12-25 the 3-hour rule is gone: 24 h under Luật An ninh mạng 2018 Điều 26.2.b.", "2024-12-25", "social_network", 24, ANM18)
removal("removal-emergency-6h-from-2026-07-01", "An emergency removal request has 6 h from 2026-07-01 (Luật An ninh mạng 2025 Điều 25.2.b).", "2026-07-01", "social_network", 6, ANM25, urgent=True)
removal("removal-emergency-before-2026-07-01", "Before 2026-07-01 no emergency limit exists: the ordinary 24 h applies, with an advisory.", "2026-06-30", "social_network", 24, ANM18, urgent=True, advisories=["NO_TIME_LIMIT"])
removal("removal-online-press-immediately-2026", "Online press after 2026-07-01: the press rule of NĐ 237/2026 Điều 20.1.a (immediately), not the Cybersecurity Law's.", "2026-08-03", "online_press", "immediately", "237/2026/NĐ-CP")
removal("removal-account-owner-2026", "An account owner removes within 24 h of a state body's request (NĐ 147/2024, status P); the police are a state body the rule names.", "2026-08-03", "social_network", 24, "147/2024/NĐ-CP", advisories=["UNCONFIRMED_FACT"], target="account_owner", interpretation=False, binds="account_owner")
removal("removal-by-lead-agency-2026", "The lead agency may request removal too (7.1.a(4), 7.1.b); the Cybersecurity Law names neither it nor the provincial police: an interpretation.", "2026-08-03", "social_network", 24, ANM25, requester=LEAD26, advisories=["INTERPRETATION"], cites=("7.1.a(4)", "7.1.b"))
scenario("platform-response-by-requester", "The requester records the platform's answer; a platform cannot answer before the request.", ["7.2.b"],
         to_assessed(D26) + [ok(POLICE, t(D26, "12:00"), removal_req(), "handling"),
                             err(LEAD26, t(D26, "13:00"), {"type": "record_platform_response", "request_id": "R1", "response": "complied"}, "NOT_AUTHORIZED"),
                             err(POLICE, t(D26, "13:00"), {"type": "record_platform_response", "request_id": "R1", "response": "complied", "responded_at": t(D26, "11:00")}, "TIME_ORDER", path="/responded_at"),
                             ok(POLICE, t(D26, "13:00"), {"type": "record_platform_response", "request_id": "R1", "response": "refused"}, "handling",
                                case={"/removal_requests/0/response/response": "refused"}),
                             err(POLICE, t(D26, "13:10"), {"type": "record_platform_response", "request_id": "R1", "response": "complied"}, "ACTION_NOT_OPEN")])

# --- spokesperson: the clock starts at the incident, receipt or determination (item 5) --------
def spokes(name, desc, day, trigger, instrument, provision, advisories=(), interpretation=False):
    cmd = req("spokesperson_statement", "so-y-te")
    if trigger:
        cmd["trigger"] = {"kind": trigger[0], "at": trigger[1]}
    exp = {"/binds": "acting_body", "/instrument": instrument, "/limit/hours": 24, "/provision": provision, "/interpretation": interpretation}
    if trigger:
        import datetime as _dt
        exp["/due"] = (_dt.datetime.fromisoformat(trigger[1]) + _dt.timedelta(hours=24)).isoformat()
    more = dict(deadline=exp)
    if advisories: more["advisories"] = list(advisories)
    scenario(name, desc, ["7.3.d"], to_assessed(day, published=t(day, "05:00")) + [ok(LEAD26, t(day, "12:00"), cmd, "handling", **more)])

spokes("spokesperson-from-the-incident-2026-03", "NĐ 09/2017 Điều 6.3.a: 24 h from the incident, given in the command.", "2026-03-02", ("incident", t("2026-03-02", "07:00")), "09/2017/NĐ-CP", {"instrument": "09/2017/NĐ-CP", "article": 6, "clause": 3, "point": "a"})
spokes("spokesperson-from-receipt-2026-08", "NĐ 244/2026 Điều 7.3: 24 h from when the body received the information (the pairing of clauses is an interpretation).", D26, ("receipt", t(D26, "09:00")), "244/2026/NĐ-CP", {"instrument": "244/2026/NĐ-CP", "article": 7, "clause": 3}, advisories=["INTERPRETATION"], interpretation=True)
spokes("spokesperson-from-determination-2026-08", "NĐ 244/2026 Điều 7.4: 24 h from when the body determined a divided opinion.", D26, ("determination", t(D26, "10:00")), "244/2026/NĐ-CP", {"instrument": "244/2026/NĐ-CP", "article": 7, "clause": 4}, advisories=["INTERPRETATION"], interpretation=True)
spokes("spokesperson-start-assumed-is-an-interpretation", "Without a start time the request's time is used: an interpretation advisory.", "2026-03-02", None, "09/2017/NĐ-CP", {"instrument": "09/2017/NĐ-CP", "article": 6, "clause": 3, "point": "a"}, advisories=["INTERPRETATION"], interpretation=True)

# --- bodies that cease mid-case, duties by date (items 7, 8) ---------------------------------
scenario("successor-answers-consultation", "Đài PT-TH is consulted on 2025-04-22 and merges into Báo Khánh Hòa on 2025-04-24: the newspaper answers for it, and more bodies can be consulted.", ["7.5.a", "5.2"],
         to_verifying("2025-04-22", consulted=(POLICE, "dai-ptth"), detector="so-y-te", lead=LEAD26) + [
             err("dai-ptth", t("2025-04-24", "09:00"), OPINION, "UNKNOWN_AGENCY"),
             ok(PRESS, t("2025-04-24", "09:10"), OPINION, "verifying"),
             ok(LEAD26, t("2025-04-24", "09:20"), {"type": "consult", "consulted": ["hoi-nha-bao"]}, "verifying", case={"/verification/consulted/2": "hoi-nha-bao"}),
             err(LEAD26, t("2025-04-24", "09:30"), {"type": "consult", "consulted": [POLICE]}, "INVALID_INPUT", path="/consulted/0")],
         register=[HEALTH])
scenario("successor-answers-action", "An action of Đài PT-TH is reported by Báo Khánh Hòa after the merger; the case can be closed.", ["7.5.a", "7.5.c"],
         to_assessed("2025-04-22", detector="so-y-te", consulted=(POLICE,)) + [
             ok(LEAD26, t("2025-04-22", "12:00"), req("public_rebuttal", "dai-ptth"), "handling"),
             ok(PRESS, t("2025-04-25", "09:00"), result("A1"), "handled", case={"/actions/0/result/by": PRESS}),
             ok(LEAD26, t("2025-04-25", "10:00"), {"type": "close"}, "closed")],
         register=[HEALTH])
scenario("commune-not-consulted-in-2020", "Before 2025-07-01 the matrix gives communes no verification duty: a commune committee cannot be consulted in 2020; in 2026 it can (interpretation).", ["5.2.b", "7.3.đ"],
         [ok("so-y-te", t("2020-09-01"), detect(published=t("2020-09-01", "06:00")), "detected"),
          ok("so-y-te", t("2020-09-01", "08:30"), {"type": "notify_lead", "channel": "email"}, "reported"),
          ok("so-tttt", t("2020-09-01", "09:00"), {"type": "receive"}, "received"),
          err("so-tttt", t("2020-09-01", "09:30"), {"type": "open_verification", "method": "written_consultation", "consulted": ["ubnd-cap-xa"]}, "NO_VERIFICATION_DUTY", path="/consulted/0")],
         register=[HEALTH])
scenario("ward-acting-on-commune-duty", "A ward detects on its own duty of Điều 1.2/5.1: no warning about the district level.", ["5.1", "1.2"],
         [ok("ubnd-phuong-nha-trang", t(D26), detect(), "detected", no_advisories=["INTERPRETATION"]),
          ok("ubnd-phuong-nha-trang", t(D26, "08:30"), {"type": "notify_lead", "channel": "email"}, "reported")])

# --- confidentiality and announcements (items 9, 10) -----------------------------------------
scenario("state-secret-not-published", "Điều 4.2: results of a case touching state secrets are not published.", ["4.2"],
         to_assessed(D26, secret=True) + [ok(LEAD26, t(D26, "12:00"), req("investigation", POLICE), "handling"),
                             ok(POLICE, t(D26, "13:00"), result("A1"), "handled"),
                             err(PRESS, t(D26, "14:00"), {"type": "publish_results", "title": "Kết quả"}, "CONFIDENTIAL_CASE")])
scenario("confidential-marked-mid-case", "The lead agency marks a case as touching state secrets at any open step (4.2); from then on nothing is published.", ["4.2"],
         to_assessed(D26) + [ok(LEAD26, t(D26, "11:30"), {"type": "mark_confidential", "note": "Liên quan bí mật"}, "assessed", case={"/state_secret": True}),
                             err(LEAD26, t(D26, "11:40"), {"type": "mark_confidential"}, "INVALID_TRANSITION"),
                             ok(LEAD26, t(D26, "12:00"), req("investigation", POLICE), "handling"),
                             ok(POLICE, t(D26, "13:00"), result("A1"), "handled"),
                             err(POLICE, t(D26, "14:00"), {"type": "publish_results", "title": "Kết quả"}, "CONFIDENTIAL_CASE"),
                             ok(LEAD26, t(D26, "15:00"), {"type": "close"}, "closed")])
scenario("any-participant-announces", "Announcing results is part of everyone's coordination (6.5): the police announce on their own channel; the press outlet's 7.5.b duty stays.", ["6.5", "7.5.b"],
         to_assessed(D26) + [ok(LEAD26, t(D26, "12:00"), req("removal", POLICE), "handling"),
                             ok(POLICE, t(D26, "13:00"), result("A1"), "handled"),
                             ok(POLICE, t(D26, "14:00"), {"type": "publish_results", "title": "Kết quả xử lý"}, "published"),
                             ok(PRESS, t(D26, "15:00"), {"type": "publish_results", "title": "Tin bài kết quả"}, "published", case={"/publications/1/body": PRESS}),
                             ok(LEAD26, t(D26, "16:00"), {"type": "close"}, "closed")])
scenario("outsider-cannot-announce", "A body not taking part in the case, and not a press outlet, does not announce its results.", ["6.5"],
         to_assessed(D26) + [ok(LEAD26, t(D26, "12:00"), req("removal", POLICE), "handling"),
                             ok(POLICE, t(D26, "13:00"), result("A1"), "handled"),
                             err("hoi-nha-bao", t(D26, "14:00"), {"type": "publish_results", "title": "Kết quả"}, "NOT_AUTHORIZED")])

scenario("time-never-runs-backwards", "Events are recorded in the order they happened.", [],
         to_received(D26) + [err(LEAD26, t(D26, "07:00"), {"type": "open_verification", "method": "meeting", "consulted": [POLICE]}, "TIME_ORDER", path="/at")])
scenario("internal-affairs-advisory", "Anti-corruption topics call for the internal-affairs commission (7.7.a).", ["7.7"],
         [ok("ubnd-phuong-nha-trang", t(D26), detect(topics=["anti_corruption"]), "detected"),
          ok("ubnd-phuong-nha-trang", t(D26, "08:30"), {"type": "notify_lead", "channel": "email"}, "reported"),
          ok(LEAD26, t(D26, "09:00"), {"type": "receive"}, "received", advisories=["CONSULT_ROLE"], cites=["2086/QĐ-UBND:7.7.a"]),
          ok(LEAD26, t(D26, "09:30"), {"type": "open_verification", "method": "written_consultation", "consulted": [NOICHINH]}, "verifying", no_advisories=["CONSULT_ROLE"]),
          ok(NOICHINH, t(D26, "10:00"), OPINION, "verifying")])
scenario("area-owner-advisory", "The body managing the field is consulted (7.3.đ).", ["7.3.đ"],
         to_received(D26, owner="so-y-te")[:2] + [ok(LEAD26, t(D26, "09:00"), {"type": "receive"}, "received", advisories=["CONSULT_AREA_OWNER"]),
          ok(LEAD26, t(D26, "09:30"), {"type": "open_verification", "method": "written_consultation", "consulted": ["so-y-te"]}, "verifying"),
          ok("so-y-te", t(D26, "10:00"), OPINION, "verifying")])
scenario("assign-officer", "Each participating body assigns competent officers (5.3); outsiders cannot.", ["5.3"],
         to_verifying(D26) + [ok(POLICE, t(D26, "10:00"), {"type": "assign_officer", "officer": "Nguyễn Văn A"}, "verifying"),
                              err(POLICE, t(D26, "10:05"), {"type": "assign_officer", "officer": "A" * 201}, "INPUT_TOO_LARGE", path="/officer"),
                              err(PRESS, t(D26, "10:10"), {"type": "assign_officer", "officer": "Trần Thị B"}, "NOT_AUTHORIZED")])
scenario("unknown-field-refused", "Unknown fields in a command are refused, not silently dropped.", [],
         [err(LEAD26, t(D26), dict(detect(), colour="red"), "INVALID_INPUT")])
scenario("case-id-without-path-separators", "A chosen case id has no path separator and no personal data.", [],
         [err(LEAD26, t(D26), detect(case_id="KH/2026/01"), "INVALID_INPUT", path="/case_id"),
          ok(LEAD26, t(D26), detect(case_id="KH-2026-01"), "detected")])
scenario("out-of-territory-after-merger", "After 2025-07-01 the former Ninh Thuận territory has no known regulation of this kind: 2086 is not applied there.", ["1.1"],
         [err(LEAD26, t(D26), dict(detect(), area={"territory": "ninh-thuan-cu"}), "OUT_OF_TERRITORY", path="/area/territory"),
          ok(LEAD26, t(D26), dict(detect(), area={"territory": "khanh-hoa-cu"}), "detected")])
scenario("district-committee-ends-2025-06-30", "District-level committees were abolished on 2025-07-01 (C).", ["7.3"],
         [ok("ubnd-cap-huyen", t("2025-06-30"), detect(), "detected")], register=[])
scenario("district-committee-gone-2025-07-01", "On 2025-07-01 no district-level committee exists.", ["7.3"],
         [err("ubnd-cap-huyen", t("2025-07-01"), detect(), "UNKNOWN_AGENCY")], register=[])
scenario("allowed-for-press-outlet", "What a press outlet may do while a case is assessed: nothing of the lead agency's.", ["7.5"],
         to_assessed(D26), allowed=[{"actor": PRESS, "at": t(D26, "12:00"), "allowed": ["take_action"],
                                      "denied": {"conclude": "INVALID_TRANSITION", "request_action": "NOT_AUTHORIZED", "publish_results": "INVALID_TRANSITION"}},
                                     {"actor": LEAD26, "at": t(D26, "12:00"), "allowed": ["assign_officer", "mark_confidential", "take_action", "request_action", "propose_direction", "send_removal_request"],
                                      "denied": {"dismiss": "INVALID_TRANSITION", "direct_action": "NOT_AUTHORIZED"}}])

# --- the reporting calendar cites only what was in force (item 6) ----------------------------
scenario("calendar-2022-no-basis-borrowed", "A 2022 report's deadline cites no text that was not yet in force (QĐ 01/2023 took effect on 2023-01-31): before 2023 the provincial deadline is U.", ["8.1", "8.2"],
         [], register=[],
         calendar=[{"year": 2022, "as_of": "2022-01-01", "obligation": "8.1-six-monthly", "body": POLICE,
                    "expect": {"/status": "U", "/due": "2022-06-16"}, "absent_citations": ["01/2023/QĐ-UBND:4"]},
                   {"year": 2026, "as_of": "2026-01-01", "obligation": "8.2-annual", "body": LEAD26,
                    "expect": {"/recipient": UBND}, "absent_citations": ["244/2026/NĐ-CP:10"]}])

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

exec(open(os.path.join(os.path.dirname(__file__), "gen_conformance_fictional.py"), encoding="utf-8").read())

os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    if f.endswith(".json") and f[:-5] not in S:
        os.remove(os.path.join(OUT, f))
for name, sc in S.items():
    path = os.path.join(OUT, f"{name}.json")
    if os.path.exists(path):
        old = json.load(open(path, encoding="utf-8"))
        if "final_hash" in old and {k: v for k, v in old.items() if k != "final_hash"} == json.loads(json.dumps(sc)):
            sc["final_hash"] = old["final_hash"]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(sc, f, ensure_ascii=False, indent=2)
        f.write("\n")
print(f"{len(S)} scenarios in {os.path.normpath(OUT)}")
