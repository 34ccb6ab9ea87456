# Conformance scenarios of the fictional regulation (tests/regulations/fictional-thu-nghiem.json).
# Executed by gen_conformance.py, whose helpers (ok, err, scenario, t) it uses. The regulation
# is fictional in its own data; it differs from 2086 where real provinces do: a standing team
# triages, verifies and concludes; the detecting body may request interim blocking; the
# coordinating office answers a notification within 2 working days, labels and publishes; the
# report is quarterly.

FR = "fictional-thu-nghiem.json"
HR = "HC-01/2030/QĐ-UBND"
COORD, TEAM, CA, YT, UB = "van-phong-dieu-phoi", "to-cong-tac", "cong-an-thu-nghiem", "so-y-te-thu-nghiem", "ubnd-thu-nghiem"
FG = {"instrument": "HC-02/2030/QH-HC", "article": 3, "clause": 1, "point": "b"}
FD = "2030-03-04"   # a Monday

def fdetect(**kw):
    c = {"type": "detect", "source": "own_monitoring",
         "content": {"platform": "MạngXãHộiA", "platform_kind": "social_network", "kind": "post",
                     "summary": "Tin bịa đặt (hư cấu)", "published_at": t(FD, "06:00")}}
    c.update(kw)
    return c

def fscenario(name, description, steps, **extra):
    scenario("fictional-" + name, "[Fictional regulation] " + description, [], steps, register=[], regulation=FR, **extra)

to_triaged = [
    ok(YT, t(FD, "08:00"), fdetect(), "detected"),
    ok(YT, t(FD, "08:10"), {"type": "send_removal_request", "licensing": "licensed_in_vietnam"}, "detected",
       deadline={"/binds": "platform", "/limit/hours": 12, "/interpretation": False, "/due": t(FD, "20:10")}),
    ok(YT, t(FD, "08:30"), {"type": "notify_lead", "channel": "email"}, "reported",
       case={"/steps_due/0/expect": "receive", "/steps_due/0/body": COORD, "/steps_due/0/deadline/limit/working_days": 2,
             "/steps_due/0/deadline/due": "2030-03-06T23:59:59+07:00"}),
    ok(COORD, t(FD, "09:00"), {"type": "receive"}, "received", case={"/steps_due/0/met_at": t(FD, "09:00")}),
    ok(TEAM, t(FD, "09:30"), {"type": "triage", "priority": "urgent"}, "triaged"),
]
fscenario("full-lifecycle", "A unit detects, requests interim blocking (the platform's 12-hour deadline), notifies; the coordinating office answers within 2 working days; the standing team triages, consults the police and concludes; the office requests the police, labels the content, publishes, closes.",
    to_triaged + [
        ok(TEAM, t(FD, "10:00"), {"type": "open_verification", "method": "written_consultation", "consulted": [CA]}, "verifying"),
        ok(CA, t(FD, "11:00"), {"type": "submit_opinion", "finding": "Bịa đặt", "direction": "Xử phạt"}, "verifying"),
        ok(TEAM, t(FD, "14:00"), {"type": "conclude", "verdict": "violating", "grounds": [FG], "note": "Vi phạm"}, "assessed"),
        ok(COORD, t(FD, "14:30"), {"type": "request_action", "kind": "administrative_sanction", "body": CA}, "handling"),
        ok(COORD, t(FD, "14:40"), {"type": "label_content", "label": "fake"}, "handling", case={"/label/label": "fake"}),
        ok(YT, t(FD, "15:00"), {"type": "record_platform_response", "request_id": "R1", "response": "complied"}, "handling"),
        ok(CA, t("2030-03-05", "09:00"), {"type": "report_result", "action_id": "A1", "outcome": "done"}, "handled",
           recipients={"to": [COORD], "cc": [UB]}),
        ok(COORD, t("2030-03-05", "10:00"), {"type": "publish_results", "title": "Kết quả xử lý (hư cấu)"}, "published"),
        ok(COORD, t("2030-03-05", "11:00"), {"type": "close"}, "closed"),
    ],
    report={"reporter": COORD, "period": {"frequency": "quarterly", "year": 2030, "index": 1},
            "expect": {"/level": "consolidated", "/window/from": "2030-01-01", "/window/to": "2030-03-31", "/due": "2030-04-05",
                       "/cases/new": 1, "/cases/closed": 1, "/cases/platforms/sent": 1, "/recipients/0/body": UB}})
fscenario("team-concludes-not-the-office", "The standing team concludes; the coordinating office cannot (its own citations).",
    to_triaged + [
        ok(TEAM, t(FD, "10:00"), {"type": "open_verification", "method": "written_consultation", "consulted": [CA]}, "verifying"),
        ok(CA, t(FD, "11:00"), {"type": "submit_opinion", "finding": "Bịa đặt", "direction": "Xử phạt"}, "verifying"),
        err(COORD, t(FD, "14:00"), {"type": "conclude", "verdict": "violating", "grounds": [FG]}, "NOT_AUTHORIZED", cites=[f"{HR}:4.2"])])
fscenario("triage-before-verification", "Verification opens only after triage.",
    to_triaged[:4] + [err(TEAM, t(FD, "09:30"), {"type": "open_verification", "method": "written_consultation", "consulted": [CA]}, "INVALID_TRANSITION")])
fscenario("reply-deadline-passes", "The coordinating office's reply is due within 2 working days; a later receipt comes with a passed-deadline advisory.",
    [ok(YT, t(FD, "08:00"), fdetect(), "detected"),
     ok(YT, t(FD, "08:30"), {"type": "notify_lead", "channel": "email"}, "reported"),
     ok(YT, t("2030-03-07", "09:00"), {"type": "send_removal_request", "licensing": "cross_border"}, "reported", advisories=["DEADLINE_PASSED"]),
     ok(COORD, t("2030-03-07", "10:00"), {"type": "receive"}, "received", case={"/steps_due/0/met_at": t("2030-03-07", "10:00")})])
fscenario("publication-by-the-office-only", "Publication is the coordinating office's; the police, though taking part, cannot publish under this regulation.",
    to_triaged + [
        ok(TEAM, t(FD, "10:00"), {"type": "open_verification", "method": "written_consultation", "consulted": [CA]}, "verifying"),
        ok(CA, t(FD, "11:00"), {"type": "submit_opinion", "finding": "Bịa đặt", "direction": "Xử phạt"}, "verifying"),
        ok(TEAM, t(FD, "14:00"), {"type": "conclude", "verdict": "violating", "grounds": [FG]}, "assessed"),
        ok(CA, t(FD, "14:30"), {"type": "take_action", "kind": "administrative_sanction"}, "handling"),
        ok(CA, t(FD, "16:00"), {"type": "report_result", "action_id": "A1", "outcome": "done"}, "handled"),
        err(CA, t(FD, "17:00"), {"type": "publish_results", "title": "Kết quả"}, "NOT_AUTHORIZED", cites=[f"{HR}:5.3"])])
fscenario("interim-blocking-by-detector-only", "Interim blocking is the detecting body's; another body cannot request it before the conclusion.",
    [ok(YT, t(FD, "08:00"), fdetect(), "detected"),
     err(CA, t(FD, "08:10"), {"type": "send_removal_request", "licensing": "licensed_in_vietnam"}, "NOT_AUTHORIZED", cites=[f"{HR}:3.2"])])
fscenario("outside-the-territory", "The fictional regulation covers only its own territory.",
    [err(YT, t(FD, "08:00"), dict(fdetect(), area={"territory": "khanh-hoa-cu"}), "OUT_OF_TERRITORY", cites=[f"{HR}:1.1"])])
