#!/usr/bin/env python3
"""Writes the hostile inputs of this folder (*.jsonl), one file per entry point.

Every expectation below is written by hand from the regulation and the documented limits (see
README.md); the Rust, Python and JavaScript runners check them against `json_api::call` (crate
quyche-ffi). Rerun after editing: `python3 tests/bad-inputs/gen.py`.

Forged logs (events rewritten *and* re-hashed, so the chain is intact) are computed here with the
canonical-JSON recipe of crates/core/src/case/event.rs and written out in full.
"""
import copy
import hashlib
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CASE = json.load(open(os.path.join(HERE, "fixtures", "lifecycle-case.json"), encoding="utf-8"))
EVENTS = CASE["events"]
STEPS = json.load(open(os.path.join(HERE, "fixtures", "lifecycle-steps.json"), encoding="utf-8"))

FILES = {}


def entry(file, name, method, expect, args=None, args_text=None):
    e = {"name": name, "method": method}
    if args_text is not None:
        e["args_text"] = args_text
    else:
        e["args"] = args
    e["expect"] = expect
    FILES.setdefault(file, []).append(e)


def err(code, path):
    return {"code": code, "path": path}


def ok(**checks):
    return {"ok": {k.replace("__", "/"): v for k, v in checks.items()}}


def ok_at(checks):
    return {"ok": checks}


def rep(s, n):
    return {"repeat": s, "times": n}


def fixture(name, patch=None, select=None):
    f = {"fixture": name}
    if patch:
        f["patch"] = patch
    if select:
        f["select"] = select
    return f


def REG(*patch):
    return fixture("khanh-hoa-regulation", list(patch))


def nfd(s):
    return unicodedata.normalize("NFD", s)


def log(n):
    """The first n events of the lifecycle (a valid log; the case after n steps)."""
    return copy.deepcopy(EVENTS[:n])


def canonical(v):
    return json.dumps(v, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def rechain(events):
    prev = "0" * 64
    for ev in events:
        ev["prev_hash"] = prev
        body = {k: v for k, v in ev.items() if k != "hash"}
        ev["hash"] = hashlib.sha256((prev + canonical(body)).encode("utf-8")).hexdigest()
        prev = ev["hash"]
    return events


AT = "2026-08-06T08:00:00+07:00"
DETECT = {
    "type": "detect",
    "source": "press_review",
    "content": {
        "platform": "Facebook",
        "platform_kind": "social_network",
        "kind": "post",
        "summary": "Tin đồn sai về dịch bệnh",
    },
}


def detect(**content):
    d = copy.deepcopy(DETECT)
    for k, v in content.items():
        if k.startswith("c_"):
            if v is None:
                d["content"].pop(k[2:], None)
            else:
                d["content"][k[2:]] = v
        else:
            d[k] = v
    return d


def start(command=None, actor="so-vhttdl", at="2026-08-03T08:00:00+07:00", **more):
    a = {"command": DETECT if command is None else command, "actor": actor, "at": at}
    a.update(more)
    return a


def apply(n, command, actor="so-vhttdl", at=AT, **more):
    a = {"case": {"events": log(n)}, "command": command, "actor": actor, "at": at}
    a.update(more)
    return a


# ---------------------------------------------------------------------------------------------
# The envelope: JSON text, size, nesting, duplicate keys, the arguments object, the method.
F = "envelope"
entry(F, "truncated-json", "case.start", err("INVALID_JSON", ""), args_text='{"actor": "so-vhttdl", ')
entry(F, "trailing-comma-in-array", "case.start", err("INVALID_JSON", "/command/topics/1"),
      args_text='{"command": {"topics": ["health",]}}')
entry(F, "empty-text", "case.start", err("INVALID_JSON", ""), args_text="")
entry(F, "two-documents", "case.start", err("INVALID_JSON", ""), args_text="{} {}")
entry(F, "byte-order-mark", "case.start", err("INVALID_JSON", ""), args_text="\ufeff{}")
entry(F, "single-quotes", "case.start", err("INVALID_JSON", ""), args_text="{'actor': 'so-vhttdl'}")
entry(F, "nan-literal", "calendar.add_working_days", err("INVALID_JSON", "/days"),
      args_text='{"date": "2026-08-03", "days": NaN}')
entry(F, "number-beyond-f64", "calendar.add_working_days", err("INVALID_JSON", "/days"),
      args_text='{"date": "2026-08-03", "days": 1e400}')
entry(F, "lone-surrogate", "citation.parse", err("INVALID_JSON", "/text"),
      args_text='{"text": "\\ud800 Điều 8"}')
entry(F, "args-is-an-array", "case.start", err("INVALID_INPUT", ""), args=[])
entry(F, "args-is-null", "case.start", err("INVALID_INPUT", ""), args=None)
entry(F, "args-is-a-string", "command.decode", err("INVALID_INPUT", ""), args="detect")
entry(F, "unknown-method", "case.delete", err("INVALID_INPUT", None), args={})
entry(F, "method-in-wrong-case", "Case.Start", err("INVALID_INPUT", None), args=start())
entry(F, "unknown-argument", "case.start", err("INVALID_INPUT", "/verbose"), args=start(verbose=True))
entry(F, "missing-command", "case.start", err("INVALID_INPUT", "/command"),
      args={"actor": "so-vhttdl", "at": AT})
entry(F, "missing-actor", "case.start", err("INVALID_INPUT", "/actor"), args={"command": DETECT, "at": AT})
entry(F, "missing-at", "case.start", err("INVALID_INPUT", "/at"), args={"command": DETECT, "actor": "so-vhttdl"})
entry(F, "duplicate-argument", "case.start", err("INVALID_INPUT", "/actor"),
      args_text='{"actor": "so-vhttdl", "actor": "cong-an-tinh", "at": "2026-08-03T08:00:00+07:00"}')
entry(F, "duplicate-key-in-command", "command.decode", err("INVALID_INPUT", "/command/type"),
      args_text='{"command": {"type": "close", "note": "x", "type": "detect"}}')
entry(F, "duplicate-key-deep-in-content", "command.decode", err("INVALID_INPUT", "/command/content/summary"),
      args_text='{"command": {"type": "detect", "content": {"summary": "a", "summary": "b"}}}')
entry(F, "duplicate-key-nfc-and-nfd", "command.decode", err("INVALID_INPUT", "/Điều"),
      args_text='{"Điều": 1, "' + nfd("Điều") + '": 2}')
entry(F, "duplicate-key-in-regulation", "regulation.validate", err("INVALID_INPUT", "/regulation/id"),
      args_text='{"regulation": {"id": "a", "id": "b"}}')
entry(F, "deeply-nested-arrays-unclosed", "command.decode",
      err("INPUT_TOO_LARGE", "/command" + "/0" * 31),
      args_text=['{"command": ', rep("[", 100000)])
entry(F, "deeply-nested-objects-unclosed", "command.decode", err("INPUT_TOO_LARGE", "/a" * 32),
      args_text=[rep('{"a": ', 100000)])
entry(F, "nested-33-levels-closed", "command.decode", err("INPUT_TOO_LARGE", "/command" + "/0" * 31),
      args_text=['{"command": ', rep("[", 32), "1", rep("]", 32), "}"])
entry(F, "nested-32-levels-is-within-the-limit", "command.decode", err("INVALID_INPUT", "/command"),
      args_text=['{"command": ', rep("[", 31), "1", rep("]", 31), "}"])
entry(F, "input-over-64-mib", "command.decode", err("INPUT_TOO_LARGE", ""),
      args_text=[rep(" ", 64 * 1024 * 1024 + 1)])
entry(F, "key-over-10000-characters", "command.decode", err("INPUT_TOO_LARGE", ""),
      args_text=['{"', rep("k", 10001), '": 1}'])
entry(F, "string-of-200000-characters", "case.start", err("INPUT_TOO_LARGE", "/command/content/summary"),
      args=start(detect(c_summary=rep("x", 200000))))
entry(F, "string-of-10001-characters", "case.start", err("INPUT_TOO_LARGE", "/command/content/summary"),
      args=start(detect(c_summary=rep("x", 10001))))
entry(F, "string-of-10000-characters-is-accepted", "case.start", ok(__case__status="detected"),
      args=start(detect(c_summary=rep("x", 10000))))
entry(F, "nfd-grows-no-longer-than-nfc", "case.start", ok(__case__status="detected"),
      args=start(detect(c_summary=rep(nfd("ề"), 10000))))
entry(F, "long-officer-name", "case.start", err("INPUT_TOO_LARGE", "/actor/officer"),
      args=start(actor={"body": "so-vhttdl", "officer": rep("A", 20000)}))

# ---------------------------------------------------------------------------------------------
# command.decode: shapes, enums, unknown fields, normalisation.
F = "command"
def dec(cmd):
    return {"command": cmd}
entry(F, "command-not-an-object", "command.decode", err("INVALID_INPUT", "/command"), args=dec("detect"))
entry(F, "command-null", "command.decode", err("INVALID_INPUT", "/command"), args=dec(None))
entry(F, "type-missing", "command.decode", err("INVALID_INPUT", "/command/type"), args=dec({"note": "x"}))
entry(F, "type-a-number", "command.decode", err("INVALID_INPUT", "/command/type"), args=dec({"type": 3}))
entry(F, "type-unknown", "command.decode", err("INVALID_INPUT", "/command/type"), args=dec({"type": "delete_case"}))
entry(F, "type-upper-case", "command.decode", err("INVALID_INPUT", "/command/type"), args=dec({"type": "DETECT"}))
entry(F, "detect-without-content", "command.decode", err("INVALID_INPUT", "/command"),
      args=dec({"type": "detect", "source": "press_review"}))
entry(F, "platform-kind-unknown", "command.decode", err("INVALID_INPUT", "/command/content/platform_kind"),
      args=dec(detect(c_platform_kind="fax_machine")))
entry(F, "summary-a-number", "command.decode", err("INVALID_INPUT", "/command/content/summary"),
      args=dec(detect(c_summary=42)))
entry(F, "content-extra-field", "command.decode", err("INVALID_INPUT", "/command/content/colour"),
      args=dec(detect(c_colour="red")))
entry(F, "receive-extra-field", "command.decode", err("INVALID_INPUT", "/command/urgent"),
      args=dec({"type": "receive", "urgent": True}))
entry(F, "channel-unknown", "command.decode", err("INVALID_INPUT", "/command/channel"),
      args=dec({"type": "notify_lead", "channel": "fax"}))
entry(F, "topic-unknown", "command.decode", err("INVALID_INPUT", "/command/topics/1"),
      args=dec(detect(topics=["health", "aliens"])))
entry(F, "source-unknown", "command.decode", err("INVALID_INPUT", "/command/source"),
      args=dec(detect(source="rumour")))
entry(F, "state-secret-a-string", "command.decode", err("INVALID_INPUT", "/command/state_secret"),
      args=dec(detect(state_secret="yes")))
entry(F, "detected-at-naive", "command.decode", err("INVALID_INPUT", "/command/detected_at"),
      args=dec(detect(detected_at="2026-08-03T08:00:00")))
entry(F, "published-at-february-30", "command.decode", err("INVALID_INPUT", "/command/content/published_at"),
      args=dec(detect(c_published_at="2026-02-30T08:00:00+07:00")))
entry(F, "verdict-unknown", "command.decode", err("INVALID_INPUT", "/command/verdict"),
      args=dec({"type": "conclude", "verdict": "maybe"}))
entry(F, "ground-article-a-word", "command.decode", err("INVALID_INPUT", "/command/grounds/0/article"),
      args=dec({"type": "conclude", "verdict": "violating",
                "grounds": [{"instrument": "116/2025/QH15", "article": "seven"}]}))
entry(F, "ground-article-out-of-u16", "command.decode", err("INVALID_INPUT", "/command/grounds/0/article"),
      args=dec({"type": "conclude", "verdict": "violating",
                "grounds": [{"instrument": "116/2025/QH15", "article": 70000}]}))
entry(F, "outcome-unknown", "command.decode", err("INVALID_INPUT", "/command/outcome"),
      args=dec({"type": "report_result", "action_id": "A1", "outcome": "sort_of"}))
entry(F, "action-kind-unknown", "command.decode", err("INVALID_INPUT", "/command/kind"),
      args=dec({"type": "assign_action", "kind": "arrest", "assignee": "cong-an-tinh"}))
entry(F, "method-unknown", "command.decode", err("INVALID_INPUT", "/command/method"),
      args=dec({"type": "open_verification", "method": "telepathy", "consulted": []}))
entry(F, "consulted-not-a-list", "command.decode", err("INVALID_INPUT", "/command/consulted"),
      args=dec({"type": "open_verification", "method": "meeting", "consulted": "cong-an-tinh"}))
entry(F, "dismiss-reason-unknown", "command.decode", err("INVALID_INPUT", "/command/reason"),
      args=dec({"type": "dismiss", "reason": "boring"}))
entry(F, "emergency-a-number", "command.decode", err("INVALID_INPUT", "/command/emergency"),
      args=dec({"type": "assign_action", "kind": "removal_request", "assignee": "cong-an-tinh", "emergency": 1}))
entry(F, "nfd-summary-is-normalised", "command.decode", ok(__content__summary="Tin đồn sai về dịch bệnh"),
      args=dec(detect(c_summary=nfd("Tin đồn sai về dịch bệnh"))))
entry(F, "mixed-nfc-nfd-is-normalised", "command.decode", ok(__finding="Thông tin bịa đặt"),
      args=dec({"type": "submit_opinion", "finding": "Thông " + nfd("tin bịa") + " đặt", "direction": "x"}))

# ---------------------------------------------------------------------------------------------
# case.start: times, actors, the guards of detection, registrations.
F = "case-start"
for name, at in [("naive", "2026-08-03T08:00:00"), ("naive-with-space", "2026-08-03 08:00:00"),
                 ("empty", ""), ("yesterday", "yesterday"), ("february-30", "2026-02-30T08:00:00+07:00"),
                 ("year-99999", "99999-01-01T00:00:00+07:00"), ("date-only", "2026-08-03"),
                 ("offset-out-of-range", "2026-08-03T08:00:00+25:00"), ("hour-24", "2026-08-03T24:00:00+07:00")]:
    entry(F, "at-" + name, "case.start", err("INVALID_INPUT", "/at"), args=start(at=at))
entry(F, "at-a-number", "case.start", err("INVALID_INPUT", "/at"), args=start(at=1785733200))
entry(F, "at-utc-is-shown-in-vietnam-time", "case.start", ok(__event__at="2026-08-03T15:00:00+07:00"),
      args=start(at="2026-08-03T08:00:00Z"))
entry(F, "at-before-the-regulation", "case.start", err("NOT_AUTHORIZED", "/actor"),
      args=start(at="1950-01-01T08:00:00+07:00"))
entry(F, "at-year-1850", "case.start", err("DATE_OUT_OF_RANGE", "/at"), args=start(at="1850-01-01T08:00:00+07:00"))
entry(F, "at-year-9999", "case.start", err("DATE_OUT_OF_RANGE", "/at"), args=start(at="9999-12-31T08:00:00+07:00"))
entry(F, "actor-unknown", "case.start", err("UNKNOWN_AGENCY", "/actor"), args=start(actor="so-khong-co"))
entry(F, "actor-object-unknown", "case.start", err("UNKNOWN_AGENCY", "/actor/body"),
      args=start(actor={"body": "so-khong-co"}))
entry(F, "actor-object-extra-field", "case.start", err("INVALID_INPUT", "/actor/role"),
      args=start(actor={"body": "so-vhttdl", "role": "lead_agency"}))
entry(F, "actor-a-number", "case.start", err("INVALID_INPUT", "/actor"), args=start(actor=7))
entry(F, "actor-empty", "case.start", err("UNKNOWN_AGENCY", "/actor"), args=start(actor=""))
entry(F, "actor-merged-away-before-that-date", "case.start", err("UNKNOWN_AGENCY", "/actor"),
      args=start(actor="so-tttt", at="2026-08-03T08:00:00+07:00"))
entry(F, "actor-district-committees-abolished", "case.start", err("UNKNOWN_AGENCY", "/actor"),
      args=start(actor="ubnd-cap-huyen", at="2025-07-01T08:00:00+07:00"))
entry(F, "actor-not-yet-created", "case.start", err("UNKNOWN_AGENCY", "/actor"),
      args=start(actor="ban-tuyen-giao-dan-van", at="2025-02-02T08:00:00+07:00"))
entry(F, "start-with-receive", "case.start", err("INVALID_TRANSITION", "/command/type"),
      args=start({"type": "receive"}))
entry(F, "no-summary-and-no-url", "case.start", err("CONTENT_REQUIRED", "/command/content/summary"),
      args=start(detect(c_summary="   ")))
entry(F, "detected-after-the-event", "case.start", err("TIME_ORDER", "/command/detected_at"),
      args=start(detect(detected_at="2026-08-03T09:00:00+07:00")))
entry(F, "published-after-detection", "case.start", err("TIME_ORDER", "/command/content/published_at"),
      args=start(detect(c_published_at="2026-08-04T09:00:00+07:00")))
entry(F, "area-owner-unknown", "case.start", err("UNKNOWN_AGENCY", "/command/area/owner"),
      args=start(detect(area={"owner": "so-khong-co"})))
entry(F, "101-topics", "case.start", err("INPUT_TOO_LARGE", "/command/topics"),
      args=start(detect(topics=["health"] * 101)))
entry(F, "platform-empty", "case.start", err("INVALID_INPUT", "/command/content/platform"),
      args=start(detect(c_platform="")))
entry(F, "language-blank", "case.start", err("INVALID_INPUT", "/command/content/language"),
      args=start(detect(c_language=" ")))
entry(F, "case-id-with-diacritics", "case.start", err("INVALID_INPUT", "/command/case_id"),
      args=start(detect(case_id="vụ-1")))
entry(F, "case-id-too-long", "case.start", err("INVALID_INPUT", "/command/case_id"),
      args=start(detect(case_id=rep("a", 65))))
entry(F, "nfd-summary-stored-in-nfc", "case.start", ok(__case__content__summary="Tin đồn sai về dịch bệnh"),
      args=start(detect(c_summary=nfd("Tin đồn sai về dịch bệnh"))))
entry(F, "nfd-officer-stored-in-nfc", "case.start", ok(__event__actor__officer="Nguyễn Thị Hằng"),
      args=start(actor={"body": "so-vhttdl", "officer": nfd("Nguyễn Thị Hằng")}))
entry(F, "regulation-a-string", "case.start", err("INVALID_INPUT", "/regulation"),
      args=start(regulation="khanh-hoa"))
entry(F, "register-not-a-list", "case.start", err("INVALID_INPUT", "/register"), args=start(register={}))
entry(F, "register-101-bodies", "case.start", err("INPUT_TOO_LARGE", "/register"), args=start(register=[{}] * 101))
BODY = {"id": "ubnd-xa-vi-du", "name": {"vi": "UBND xã Ví Dụ", "en": "Ví Dụ Commune People's Committee"},
        "valid": {"from": "2025-07-01"}, "status": "C",
        "roles": [{"role": "commune_committee", "body": "ubnd-xa-vi-du", "valid": {"from": "2025-07-01"}, "status": "C"}]}
def body(**kv):
    b = copy.deepcopy(BODY)
    for k, v in kv.items():
        b[k] = v
    return b
entry(F, "register-id-not-kebab-case", "case.start", err("INVALID_INPUT", "/register/0/id"),
      args=start(register=[body(id="UBND Xã Ví Dụ")]))
entry(F, "register-id-taken", "case.start", err("INVALID_INPUT", "/register/0/id"),
      args=start(register=[body(id="so-vhttdl", roles=[])]))
entry(F, "register-extra-member", "case.start", err("INVALID_INPUT", "/register/0/colour"),
      args=start(register=[body(colour="blue")]))
entry(F, "register-role-of-another-body", "case.start", err("INVALID_INPUT", "/register/0/roles/0/body"),
      args=start(register=[body(roles=[{"role": "commune_committee", "body": "so-vhttdl",
                                        "valid": {"from": "2025-07-01"}, "status": "C"}])]))
entry(F, "register-role-unknown", "case.start", err("INVALID_INPUT", "/register/0/roles/0/role"),
      args=start(register=[body(roles=[{"role": "emperor", "body": "ubnd-xa-vi-du",
                                        "valid": {"from": "2025-07-01"}, "status": "C"}])]))
entry(F, "register-status-unknown", "case.start", err("INVALID_INPUT", "/register/0/status"),
      args=start(register=[body(status="Z")]))
entry(F, "register-validity-inverted", "case.start", err("INVALID_INPUT", "/register/0/valid"),
      args=start(register=[body(valid={"from": "2025-07-01", "to": "2025-01-01"}, roles=[])]))
entry(F, "registered-body-acts-before-it-exists", "case.start", err("UNKNOWN_AGENCY", "/actor"),
      args=start(actor="ubnd-xa-vi-du", at="2025-06-30T08:00:00+07:00", register=[body()]))
entry(F, "registered-body-detects", "case.start", ok(__case__detection__body="ubnd-xa-vi-du"),
      args=start(actor="ubnd-xa-vi-du", register=[body()]))

# ---------------------------------------------------------------------------------------------
# case.apply: tampered, reordered and forged logs; guards of later steps.
F = "case-apply"
RECEIVE = {"type": "receive"}
entry(F, "case-not-an-object", "case.apply", err("INVALID_INPUT", "/case"),
      args={"case": [], "command": RECEIVE, "actor": "so-vhttdl", "at": AT})
entry(F, "case-without-events", "case.apply", err("INVALID_INPUT", "/case/events"),
      args={"case": {"id": "x"}, "command": RECEIVE, "actor": "so-vhttdl", "at": AT})
entry(F, "case-log-at-the-limit", "case.apply", err("INPUT_TOO_LARGE", "/case/events"),
      args={"case": {"events": [{}] * 10000}, "command": RECEIVE, "actor": "so-vhttdl", "at": AT})
entry(F, "case-with-empty-log", "case.apply", err("INVALID_INPUT", "/case/events"),
      args={"case": {"events": []}, "command": RECEIVE, "actor": "so-vhttdl", "at": AT})
def tampered(name, events, expect, n=None):
    entry(F, name, "case.apply", expect,
          args={"case": {"events": events}, "command": {"type": "close"}, "actor": "so-vhttdl", "at": AT})
ev = log(3); ev[1]["hash"] = "0" * 64
tampered("hash-replaced", ev, err("LOG_TAMPERED", "/case/events/1/hash"))
ev = log(3); ev[0]["command"]["content"]["summary"] = "Tin khác"
tampered("content-edited", ev, err("LOG_TAMPERED", "/case/events/0/hash"))
ev = log(3); ev[2]["actor"]["body"] = "cong-an-tinh"
tampered("actor-edited", ev, err("LOG_TAMPERED", "/case/events/2/hash"))
ev = log(3); ev[1], ev[2] = ev[2], ev[1]
tampered("events-reordered", ev, err("LOG_TAMPERED", "/case/events/1/seq"))
ev = log(3); del ev[1]
tampered("event-dropped", ev, err("LOG_TAMPERED", "/case/events/1/seq"))
ev = log(2); ev.append(copy.deepcopy(ev[1]))
tampered("event-duplicated", ev, err("LOG_TAMPERED", "/case/events/2/seq"))
ev = log(3); ev[1]["prev_hash"] = ev[2]["hash"]
tampered("prev-hash-broken", ev, err("LOG_TAMPERED", "/case/events/1/prev_hash"))
ev = log(3)[1:]
tampered("log-without-detection", ev, err("LOG_TAMPERED", "/case/events/0/seq"))
ev = log(2); ev[1]["case_id"] = "case-other"
tampered("event-of-another-case", ev, err("LOG_TAMPERED", "/case/events/1/hash"))
ev = log(2); ev[0]["colour"] = "red"
tampered("event-extra-field", ev, err("INVALID_INPUT", "/case/events/0/colour"))
ev = log(2); ev[1]["effects"]["colour"] = "red"
tampered("effects-extra-member", ev, err("INVALID_INPUT", "/case/events/1/effects/colour"))
ev = log(2); ev[1]["regulation"]["colour"] = "red"
tampered("regulation-ref-extra-member", ev, err("INVALID_INPUT", "/case/events/1/regulation/colour"))
ev = log(3); ev[2]["command"]["colour"] = "red"
tampered("event-command-extra-field", ev, err("INVALID_INPUT", "/case/events/2/command/colour"))
ev = log(2); ev[0]["seq"] = "1"
tampered("seq-a-string", ev, err("INVALID_INPUT", "/case/events/0/seq"))
ev = log(2); ev[0]["seq"] = -1
tampered("seq-negative", ev, err("INVALID_INPUT", "/case/events/0/seq"))
ev = log(2); ev[1]["at"] = "2026-08-03T09:00:00"
tampered("event-time-naive", ev, err("INVALID_INPUT", "/case/events/1/at"))
ev = log(3); ev[2]["command"]["consulted"][0] = nfd("cộng-an")
tampered("event-nfd-text-edited", ev, err("LOG_TAMPERED", "/case/events/2/hash"))
# Forged: rewritten and re-hashed, so only the guards can tell.
ev = log(6); ev[5]["actor"]["body"] = "cong-an-tinh"; rechain(ev)
tampered("forged-police-concludes", ev, err("NOT_AUTHORIZED", "/case/events/5/actor/body"))
ev = log(3); ev[2]["at"] = "2026-08-03T07:00:00+07:00"; rechain(ev)
tampered("forged-time-runs-backwards", ev, err("TIME_ORDER", "/case/events/2/at"))
ev = log(3); ev[2]["effects"]["status"] = "assessed"; rechain(ev)
tampered("forged-effects", ev, err("LOG_TAMPERED", "/case/events/2/effects"))
ev = log(2); ev[1]["regulation"]["id"] = "other-province"; rechain(ev)
tampered("forged-regulation-id", ev, err("INVALID_INPUT", "/case/events/1/regulation/id"))
ev = log(6); ev[5]["command"]["grounds"] = []; rechain(ev)
tampered("forged-conclusion-without-grounds", ev, err("GROUND_REQUIRED", "/case/events/5/command/grounds"))
ev = log(3); ev[2]["command"]["consulted"] = ["cong-an-tinh", "so-khong-co"]; rechain(ev)
tampered("forged-unknown-consulted-body", ev, err("UNKNOWN_AGENCY", "/case/events/2/command/consulted/1"))
# A full case (fields + log): the fields must be what the log rebuilds.
FULL = fixture("lifecycle-case", [["truncate", "/events", 3], ["set", "/status", "verifying"],
                                  ["remove", "/closing"], ["remove", "/publication"], ["remove", "/assessment"],
                                  ["set", "/actions", []], ["set", "/verification/opinions", []]])
entry(F, "full-case-is-accepted", "case.apply", ok(__case__status="verifying", __event__seq=4),
      args={"case": FULL, "command": {"type": "submit_opinion", "finding": "Bịa đặt", "direction": "Gỡ bỏ"},
            "actor": "cong-an-tinh", "at": AT})
entry(F, "full-case-status-edited", "case.apply", err("LOG_TAMPERED", "/case/status"),
      args={"case": fixture("lifecycle-case", [["set", "/status", "detected"]]),
            "command": {"type": "close"}, "actor": "so-vhttdl", "at": AT})
entry(F, "full-case-summary-edited", "case.apply", err("LOG_TAMPERED", "/case/content"),
      args={"case": fixture("lifecycle-case", [["set", "/content/summary", "Tin khác"]]),
            "command": {"type": "close"}, "actor": "so-vhttdl", "at": AT})
entry(F, "full-case-extra-member", "case.apply", err("INVALID_INPUT", "/case/colour"),
      args={"case": fixture("lifecycle-case", [["set", "/colour", "red"]]),
            "command": {"type": "close"}, "actor": "so-vhttdl", "at": AT})
# Later steps refused by the guards.
entry(F, "time-before-last-event", "case.apply", err("TIME_ORDER", "/at"),
      args=apply(1, RECEIVE, at="2026-08-03T07:59:59+07:00"))
entry(F, "apply-at-naive", "case.apply", err("INVALID_INPUT", "/at"), args=apply(1, RECEIVE, at="2026-08-06T08:00:00"))
entry(F, "police-cannot-receive", "case.apply", err("NOT_AUTHORIZED", "/actor"),
      args=apply(1, RECEIVE, actor="cong-an-tinh"))
entry(F, "police-cannot-receive-object-actor", "case.apply", err("NOT_AUTHORIZED", "/actor/body"),
      args=apply(1, RECEIVE, actor={"body": "cong-an-tinh"}))
entry(F, "close-a-detected-case", "case.apply", err("INVALID_TRANSITION", "/command/type"),
      args=apply(1, {"type": "close"}))
entry(F, "anything-after-close", "case.apply", err("INVALID_TRANSITION", "/command/type"),
      args=apply(12, {"type": "close"}))
entry(F, "consult-unknown-body", "case.apply", err("UNKNOWN_AGENCY", "/command/consulted/0"),
      args=apply(2, {"type": "open_verification", "method": "written_consultation", "consulted": ["so-khong-co"]}))
entry(F, "consult-101-bodies", "case.apply", err("INPUT_TOO_LARGE", "/command/consulted"),
      args=apply(2, {"type": "open_verification", "method": "meeting", "consulted": ["cong-an-tinh"] * 101}))
entry(F, "consult-nobody", "case.apply", err("CONSULTATION_REQUIRED", "/command/consulted"),
      args=apply(2, {"type": "open_verification", "method": "meeting", "consulted": []}))
entry(F, "opinion-without-direction", "case.apply", err("OPINION_INCOMPLETE", "/command/direction"),
      args=apply(3, {"type": "submit_opinion", "finding": "Bịa đặt", "direction": " "}, actor="cong-an-tinh"))
entry(F, "conclude-violating-without-ground", "case.apply", err("GROUND_REQUIRED", "/command/grounds"),
      args=apply(5, {"type": "conclude", "verdict": "violating", "grounds": []}))
entry(F, "conclude-on-repealed-decree", "case.apply", err("GROUND_NOT_IN_FORCE", "/command/grounds/0"),
      args=apply(5, {"type": "conclude", "verdict": "violating",
                     "grounds": [{"instrument": "72/2013/NĐ-CP", "article": 5, "clause": 1, "point": "e"}]}))
entry(F, "conclude-on-a-provision-that-is-no-ground", "case.apply", err("NOT_A_GROUND", "/command/grounds/0"),
      args=apply(5, {"type": "conclude", "verdict": "violating",
                     "grounds": [{"instrument": "24/2018/QH14", "article": 26, "clause": 2, "point": "b"}]}))
entry(F, "conclude-with-101-grounds", "case.apply", err("INPUT_TOO_LARGE", "/command/grounds"),
      args=apply(5, {"type": "conclude", "verdict": "violating",
                     "grounds": [{"instrument": "116/2025/QH15", "article": 7, "clause": 1, "point": "c"}] * 101}))
entry(F, "conclude-note-too-long", "case.apply", err("INPUT_TOO_LARGE", "/command/note"),
      args=apply(5, {"type": "conclude", "verdict": "not_violating", "note": rep("n", 10001)}))
entry(F, "assign-to-party-commission", "case.apply", err("REQUESTED_BODY", "/command/assignee"),
      args=apply(6, {"type": "assign_action", "kind": "public_rebuttal", "assignee": "ban-tuyen-giao-dan-van"}))
entry(F, "report-on-unknown-action", "case.apply", err("UNKNOWN_ACTION", "/command/action_id"),
      args=apply(8, {"type": "report_result", "action_id": "A9", "outcome": "done"}, actor="cong-an-tinh"))
entry(F, "nfd-action-id-is-the-same-id", "case.apply", ok(__case__status="handling"),
      args=apply(8, {"type": "report_result", "action_id": "A1", "outcome": "done", "note": nfd("Đã gỡ")},
                 actor="cong-an-tinh"))

# ---------------------------------------------------------------------------------------------
# case.replay and case.allowed.
F = "case-replay"
entry(F, "events-not-a-list", "case.replay", err("INVALID_INPUT", "/events"), args={"events": {}})
entry(F, "events-missing", "case.replay", err("INVALID_INPUT", "/events"), args={})
entry(F, "events-over-10000", "case.replay", err("INPUT_TOO_LARGE", "/events"), args={"events": [{}] * 10001})
entry(F, "event-not-an-object", "case.replay", err("INVALID_INPUT", "/events/0"), args={"events": [7]})
entry(F, "event-command-bad-field", "case.replay", err("INVALID_INPUT", "/events/3/command/finding"),
      args={"events": fixture("lifecycle-case", [["set", "/events/3/command/finding", 5]], "/events")})
entry(F, "full-log-replays", "case.replay", ok(__case__status="closed", __case__actions__1__id="A2"),
      args={"events": fixture("lifecycle-case", select="/events")})
entry(F, "log-of-another-regulation", "case.replay", err("INVALID_INPUT", "/events/0/regulation/id"),
      args={"events": log(2), "regulation": REG(["set", "/id", "other-province"])})
entry(F, "trailing-event-hash-edited", "case.replay", err("LOG_TAMPERED", "/events/11/hash"),
      args={"events": fixture("lifecycle-case", [["set", "/events/11/hash", "f" * 64]], "/events")})
F = "case-allowed"
entry(F, "allowed-naive-time", "case.allowed", err("INVALID_INPUT", "/at"), args={"actor": "so-vhttdl", "at": "2026-08-03 08:00"})
entry(F, "allowed-missing-actor", "case.allowed", err("INVALID_INPUT", "/actor"), args={"at": AT})
entry(F, "allowed-tampered-case", "case.allowed", err("LOG_TAMPERED", "/case/events/0/hash"),
      args={"case": {"events": fixture("lifecycle-case", [["set", "/events/0/at", "2026-08-03T08:00:01+07:00"]], "/events")},
            "actor": "so-vhttdl", "at": AT})
entry(F, "allowed-for-unknown-body-explains", "case.allowed",
      ok_at({"/0/command": "detect", "/0/allowed": False, "/0/failures/0/code": "UNKNOWN_AGENCY"}),
      args={"actor": "so-khong-co", "at": AT})
entry(F, "allowed-extra-argument", "case.allowed", err("INVALID_INPUT", "/command"),
      args={"actor": "so-vhttdl", "at": AT, "command": RECEIVE})

# ---------------------------------------------------------------------------------------------
# calendar.add_working_days and report.calendar: dates and counts.
F = "calendar"
def add(date, days):
    return {"date": date, "days": days}
for name, date in [("february-30", "2026-02-30"), ("year-99999", "99999-01-01"), ("empty", ""),
                   ("yesterday", "yesterday"), ("unpadded", "2026-8-3"), ("with-time", "2026-08-03T00:00:00+07:00"),
                   ("month-13", "2026-13-01"), ("slashes", "03/08/2026")]:
    entry(F, "date-" + name, "calendar.add_working_days", err("INVALID_INPUT", "/date"), args=add(date, 1))
entry(F, "date-a-number", "calendar.add_working_days", err("INVALID_INPUT", "/date"), args=add(20260803, 1))
entry(F, "date-before-1900", "calendar.add_working_days", err("DATE_OUT_OF_RANGE", "/date"), args=add("1899-12-31", 1))
entry(F, "count-runs-past-2199", "calendar.add_working_days", err("DATE_OUT_OF_RANGE", "/days"), args=add("2199-12-30", 10))
entry(F, "days-max-u32-is-bounded", "calendar.add_working_days", err("DATE_OUT_OF_RANGE", "/days"), args=add("2026-08-03", 4294967295))
entry(F, "days-negative", "calendar.add_working_days", err("INVALID_INPUT", "/days"), args=add("2026-08-03", -1))
entry(F, "days-beyond-u32", "calendar.add_working_days", err("INVALID_INPUT", "/days"), args=add("2026-08-03", 4294967296))
entry(F, "days-a-string", "calendar.add_working_days", err("INVALID_INPUT", "/days"), args=add("2026-08-03", "3"))
entry(F, "days-fractional", "calendar.add_working_days", err("INVALID_INPUT", "/days"), args=add("2026-08-03", 1.5))
entry(F, "national-day-skipped", "calendar.add_working_days", ok(__date="2025-09-04"), args=add("2025-08-29", 2))
entry(F, "report-year-99999", "report.calendar", err("DATE_OUT_OF_RANGE", "/year"), args={"year": 99999, "as_of": "2026-06-17"})
entry(F, "report-year-a-string", "report.calendar", err("INVALID_INPUT", "/year"), args={"year": "2026", "as_of": "2026-06-17"})
entry(F, "report-year-beyond-i32", "report.calendar", err("INVALID_INPUT", "/year"), args={"year": 2147483648, "as_of": "2026-06-17"})
entry(F, "report-as-of-month-13", "report.calendar", err("INVALID_INPUT", "/as_of"), args={"year": 2026, "as_of": "2026-13-01"})
entry(F, "report-as-of-missing", "report.calendar", err("INVALID_INPUT", "/as_of"), args={"year": 2026})
entry(F, "report-2026", "report.calendar", ok(__0__period__year=2026), args={"year": 2026, "as_of": "2026-06-17"})

# ---------------------------------------------------------------------------------------------
# schedule.load
F = "schedule"
SCHED = {"year": 2026, "days_off": [{"holiday": "tet", "from": "2026-02-14", "to": "2026-02-22"}],
         "source": {"vi": "Quyết định của Thủ tướng", "en": "Prime Minister's decision"}, "status": "C"}
def sched(**kv):
    s = copy.deepcopy(SCHED)
    s.update(kv)
    return {"schedule": s}
entry(F, "schedule-not-an-object", "schedule.load", err("INVALID_INPUT", "/schedule"), args={"schedule": "tet"})
entry(F, "schedule-extra-field", "schedule.load", err("INVALID_INPUT", "/schedule/colour"), args=sched(colour="red"))
entry(F, "schedule-year-99999", "schedule.load", err("DATE_OUT_OF_RANGE", "/schedule/year"), args=sched(year=99999))
entry(F, "schedule-holiday-unknown", "schedule.load", err("INVALID_INPUT", "/schedule/days_off/0/holiday"),
      args=sched(days_off=[{"holiday": "birthday", "from": "2026-02-14", "to": "2026-02-15"}]))
entry(F, "schedule-day-february-30", "schedule.load", err("INVALID_INPUT", "/schedule/days_off/0/to"),
      args=sched(days_off=[{"holiday": "tet", "from": "2026-02-14", "to": "2026-02-30"}]))
entry(F, "schedule-run-inverted", "schedule.load", err("INVALID_INPUT", "/schedule/days_off/0/to"),
      args=sched(days_off=[{"holiday": "tet", "from": "2026-02-22", "to": "2026-02-14"}]))
entry(F, "schedule-day-outside-window", "schedule.load", err("INVALID_INPUT", "/schedule/days_off/0/from"),
      args=sched(days_off=[{"holiday": "tet", "from": "2024-02-14", "to": "2024-02-15"}]))
entry(F, "schedule-weekday-made-working", "schedule.load", err("INVALID_INPUT", "/schedule/working_days/0"),
      args=sched(working_days=["2026-02-23"]))
entry(F, "schedule-source-blank", "schedule.load", err("INVALID_INPUT", "/schedule/source"),
      args=sched(source={"vi": " ", "en": "x"}))
entry(F, "schedule-nfd-source-accepted", "schedule.load", ok(__source__vi="Quyết định của Thủ tướng"),
      args=sched(source={"vi": nfd("Quyết định của Thủ tướng"), "en": "x"}))

# ---------------------------------------------------------------------------------------------
# regulation.validate: the built-in document with one change.
F = "regulation"
entry(F, "regulation-missing", "regulation.validate", err("INVALID_INPUT", "/regulation"), args={})
entry(F, "regulation-empty-object", "regulation.validate", err("INVALID_INPUT", "/regulation"), args={"regulation": {}})
entry(F, "builtin-is-valid", "regulation.validate", ok(__id="khanh-hoa-2086"), args={"regulation": REG()})
entry(F, "nfd-province-is-valid", "regulation.validate", ok(__id="khanh-hoa-2086"),
      args={"regulation": REG(["set", "/province/vi", nfd("Khánh Hòa")])})
entry(F, "signed-a-number", "regulation.validate", err("INVALID_INPUT", "/regulation/signed"),
      args={"regulation": REG(["set", "/signed", 20200812])})
entry(F, "signed-february-30", "regulation.validate", err("INVALID_INPUT", "/regulation/signed"),
      args={"regulation": REG(["set", "/signed", "2020-02-30"])})
entry(F, "extra-top-level-member", "regulation.validate", err("INVALID_INPUT", "/regulation/colour"),
      args={"regulation": REG(["set", "/colour", "red"])})
entry(F, "extra-member-in-a-body", "regulation.validate", err("INVALID_INPUT", "/regulation/bodies/0/colour"),
      args={"regulation": REG(["set", "/bodies/0/colour", "red"])})
entry(F, "status-unknown", "regulation.validate", err("INVALID_INPUT", "/regulation/bodies/0/status"),
      args={"regulation": REG(["set", "/bodies/0/status", "Z"])})
entry(F, "in-force-from-february-30", "regulation.validate", err("INVALID_INPUT", "/regulation/in_force/from"),
      args={"regulation": REG(["set", "/in_force/from", "2020-02-30"])})
entry(F, "role-unknown", "regulation.validate", err("INVALID_INPUT", "/regulation/assignments/0/role"),
      args={"regulation": REG(["set", "/assignments/0/role", "emperor"])})
entry(F, "workflow-command-unknown", "regulation.validate", err("INVALID_INPUT", "/regulation/workflow/transitions/0/command"),
      args={"regulation": REG(["set", "/workflow/transitions/0/command", "teleport"])})

# ---------------------------------------------------------------------------------------------
# citation.parse
F = "citation"
def cite(text):
    return {"text": text}
for name, text in [("hello", "hello"), ("empty", ""), ("blank", "   "), ("article-zero-digits", "Điều"),
                   ("article-overflow", "Điều 99999999999 Luật An ninh mạng 2018"),
                   ("point-z", "điểm z khoản 1 Điều 8 Luật An ninh mạng 2018"),
                   ("trailing-text", "Điều 5 Nghị định số 72/2013/NĐ-CP xin chào"),
                   ("only-punctuation", ".;,"),
                   ("10000-characters", rep("Điều ", 2000))]:
    entry(F, "citation-" + name, "citation.parse", err("CITATION_PARSE", "/text"), args=cite(text))
entry(F, "citation-emoji-is-no-instrument", "citation.parse", err("UNKNOWN_INSTRUMENT", "/text"), args=cite("Điều 8 😀"))
entry(F, "citation-10001-characters", "citation.parse", err("INPUT_TOO_LARGE", "/text"), args=cite(rep("x", 10001)))
entry(F, "citation-a-number", "citation.parse", err("INVALID_INPUT", "/text"), args=cite(8))
entry(F, "citation-missing", "citation.parse", err("INVALID_INPUT", "/text"), args={})
entry(F, "citation-nfd", "citation.parse", ok(__key="24/2018/QH14:8.1.d"),
      args=cite(nfd("điểm d khoản 1 Điều 8 Luật An ninh mạng 2018")))
entry(F, "citation-ascii-upper", "citation.parse", ok(__key="24/2018/QH14:8.1.d"),
      args=cite("DIEM D KHOAN 1 DIEU 8 LUAT AN NINH MANG 2018"))

total = 0
for f, entries in FILES.items():
    with open(os.path.join(HERE, f + ".jsonl"), "w", encoding="utf-8") as out:
        for e in entries:
            out.write(json.dumps(e, ensure_ascii=False) + "\n")
    total += len(entries)
print(f"{total} entries in {len(FILES)} files")
