#!/usr/bin/env python3
"""Writes the hostile inputs of this folder (*.jsonl), one file per entry point.

Every expectation below is written by hand from the regulation's data
(crates/core/data/khanh-hoa-2086/*.json: workflow.json for who may take which step from which
state, with which guards), the guards (crates/core/src/case/guards/), the refusal catalogue
(crates/core/src/case/refusals.rs) and the documented limits (see README.md and the docs of
crates/ffi/src/json_api.rs); the Rust, Python and JavaScript runners check them against
`json_api::call` (crate quyche-ffi). Rerun after editing: `python3 tests/bad-inputs/gen.py`.

Steps of the lifecycle fixture (fixtures/lifecycle-steps.json), by index; `log(n)` is the log
of the first n events, i.e. the case after steps 0 to n-1:

     0 detect                   ubnd-cap-xa        08-03 08:00  detected
     1 notify_lead              ubnd-cap-xa        08-03 08:30  reported
     2 receive                  so-vhttdl          08-03 09:00  received
     3 open_verification        so-vhttdl          08-03 09:30  verifying (police, Party commission)
     4 assign_officer           cong-an-tinh       08-03 09:45
     5 submit_opinion           cong-an-tinh       08-03 10:00
     6 submit_opinion           ban-tuyen-giao-dan-van 10:30
     7 consult                  so-vhttdl          08-03 10:40  (+ bao-khanh-hoa)
     8 conclude                 so-vhttdl          08-03 11:00  assessed (116/2025/QH15 7.1.c)
     9 request_action removal   so-vhttdl          08-03 11:30  handling, A1 (cong-an-tinh)
    10 send_removal_request A1  cong-an-tinh       08-03 11:40  R1, platform deadline 24 h
    11 take_action rebuttal     so-vhttdl          08-03 11:45  A2 (own)
    12 request_action rebuttal  so-vhttdl          08-03 11:50  A3 (bao-khanh-hoa)
    13 withdraw_action A3       so-vhttdl          08-03 11:55
    14 propose_direction        so-vhttdl          08-03 12:00  P1 (ubnd-cap-xa)
    15 direct_action P1         ubnd-tinh          08-03 12:30  A4 (ubnd-cap-xa)
    16 record_platform_response cong-an-tinh       08-04 09:00  R1 complied
    17 report_result A1         cong-an-tinh       08-04 09:10
    18 report_result A2         so-vhttdl          08-04 10:00
    19 report_result A4         ubnd-cap-xa        08-04 11:00  handled
    20 publish_results          bao-khanh-hoa      08-04 15:00  published
    21 close                    so-vhttdl          08-05 08:00  closed

Forged logs (events rewritten *and* re-hashed, so the chain is intact) are computed here with the
canonical-JSON recipe of crates/core/src/case/event.rs and written out in full; the recipe is
checked against the fixture's own hashes below, and so is the derivation of case ids
(crates/core/src/case/apply.rs, `derived_case_id`).
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
assert len(STEPS) == len(EVENTS) == 22, "the step numbers below follow the 22-step lifecycle"

FILES = {}

# The bound on every text of an error (`message`, `message_vi`, `help`, `help_vi`) checked by
# `message_max_chars`: messages quote at most 60 characters of the input (quyche::text::echo),
# so no message needs to be longer than this, whatever the input.
MESSAGE_MAX = 1000


def entry(file, name, method, expect, args=None, args_text=None):
    e = {"name": name, "method": method}
    if args_text is not None:
        e["args_text"] = args_text
    else:
        e["args"] = args
    e["expect"] = expect
    FILES.setdefault(file, []).append(e)


def err(code, path, message_max_chars=None):
    e = {"code": code, "path": path}
    if message_max_chars is not None:
        e["message_max_chars"] = message_max_chars
    return e


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


def derived_case_id(body, at, detected_at=""):
    seed = f"quyche:case-id:v2|{body}|{at}|{detected_at}"
    return "case-" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:16]


# The recipes this script forges logs with are the library's: re-hashing the fixture's log gives
# its own hashes, and its case id is the one derived from the detecting body and time.
assert rechain(log(22)) == EVENTS, "the canonical-JSON recipe no longer matches event.rs"
assert CASE["id"] == derived_case_id("ubnd-cap-xa", "2026-08-03T08:00:00+07:00")

AT = "2026-08-06T08:00:00+07:00"  # after every event of the lifecycle
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


def step(i, **changes):
    """Step i of the lifecycle as case.apply arguments on the case before it, with changes."""
    s = copy.deepcopy(STEPS[i])
    s.update(changes)
    return {"case": {"events": log(i)}, "command": s["command"], "actor": s["actor"], "at": s["at"]}


GROUND = {"instrument": "116/2025/QH15", "article": 7, "clause": 1, "point": "c"}


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
entry(F, "lone-surrogate", "citation.parse", err("INVALID_INPUT", "/text"),
      args_text='{"text": "\\ud800 Điều 8"}')
entry(F, "args-is-an-array", "case.start", err("INVALID_INPUT", ""), args=[])
entry(F, "args-is-null", "case.start", err("INVALID_INPUT", ""), args=None)
entry(F, "args-is-a-string", "command.decode", err("INVALID_INPUT", ""), args="detect")
entry(F, "unknown-method", "case.delete", err("INVALID_INPUT", None), args={})
entry(F, "method-in-wrong-case", "Case.Start", err("INVALID_INPUT", None), args=start())
entry(F, "unknown-argument", "case.start", err("INVALID_INPUT", "/verbose"), args=start(verbose=True))
entry(F, "unknown-argument-with-a-10000-character-name", "command.decode",
      err("INVALID_INPUT", "/" + "k" * 10000, MESSAGE_MAX),
      args_text=['{"command": {"type": "close"}, "', rep("k", 10000), '": 1}'])
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
# MAX_VALUES (1 000 000) values per text: the arguments object is value 1, the array value 2, so
# the array's item i is value i + 3 and item 999 998 is the first over the cap.
entry(F, "values-over-the-cap", "command.decode", err("INPUT_TOO_LARGE", "/command/999998"),
      args_text=['{"command": [', rep("0,", 999998), "0]}"])
entry(F, "values-at-the-cap", "command.decode", err("INVALID_INPUT", "/command"),
      args_text=['{"command": [', rep("0,", 999997), "0]}"])
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
# command.decode: shapes, enums, unknown members, normalisation.
F = "command"
def dec(cmd):
    return {"command": cmd}
entry(F, "command-not-an-object", "command.decode", err("INVALID_INPUT", "/command"), args=dec("detect"))
entry(F, "command-null", "command.decode", err("INVALID_INPUT", "/command"), args=dec(None))
entry(F, "type-missing", "command.decode", err("INVALID_INPUT", "/command/type"), args=dec({"note": "x"}))
entry(F, "type-a-number", "command.decode", err("INVALID_INPUT", "/command/type"), args=dec({"type": 3}))
entry(F, "type-unknown", "command.decode", err("INVALID_INPUT", "/command/type"), args=dec({"type": "delete_case"}))
entry(F, "type-upper-case", "command.decode", err("INVALID_INPUT", "/command/type"), args=dec({"type": "DETECT"}))
entry(F, "type-of-10000-characters-is-not-echoed", "command.decode",
      err("INVALID_INPUT", "/command/type", MESSAGE_MAX), args=dec({"type": rep("x", 10000)}))
entry(F, "detect-without-content", "command.decode", err("INVALID_INPUT", "/command"),
      args=dec({"type": "detect", "source": "press_review"}))
entry(F, "platform-kind-unknown", "command.decode", err("INVALID_INPUT", "/command/content/platform_kind"),
      args=dec(detect(c_platform_kind="fax_machine")))
entry(F, "summary-a-number", "command.decode", err("INVALID_INPUT", "/command/content/summary"),
      args=dec(detect(c_summary=42)))
# Unknown members, at each depth of a command: refused at the member, never dropped.
entry(F, "detect-extra-member", "command.decode", err("INVALID_INPUT", "/command/colour"),
      args=dec(detect(colour="red")))
entry(F, "content-extra-field", "command.decode", err("INVALID_INPUT", "/command/content/colour"),
      args=dec(detect(c_colour="red")))
entry(F, "area-extra-member", "command.decode", err("INVALID_INPUT", "/command/area/colour"),
      args=dec(detect(area={"commune": "Nha Trang", "colour": "red"})))
entry(F, "receive-extra-field", "command.decode", err("INVALID_INPUT", "/command/urgent"),
      args=dec({"type": "receive", "urgent": True}))
entry(F, "ground-extra-member", "command.decode", err("INVALID_INPUT", "/command/grounds/0/colour"),
      args=dec({"type": "conclude", "verdict": "violating", "grounds": [dict(GROUND, colour="red")]}))
entry(F, "trigger-extra-member", "command.decode", err("INVALID_INPUT", "/command/trigger/colour"),
      args=dec({"type": "request_action", "kind": "removal", "body": "cong-an-tinh",
                "trigger": {"kind": "incident", "at": "2026-08-03T08:00:00+07:00", "colour": "red"}}))
entry(F, "unknown-member-of-10000-characters-is-not-echoed", "command.decode",
      err("INVALID_INPUT", "/command/" + "m" * 10000, MESSAGE_MAX),
      args_text=['{"command": {"type": "receive", "', rep("m", 10000), '": 1}}'])
entry(F, "channel-unknown", "command.decode", err("INVALID_INPUT", "/command/channel"),
      args=dec({"type": "notify_lead", "channel": "fax"}))
entry(F, "topic-unknown", "command.decode", err("INVALID_INPUT", "/command/topics/1"),
      args=dec(detect(topics=["health", "aliens"])))
entry(F, "topic-of-10000-characters-is-not-echoed", "command.decode",
      err("INVALID_INPUT", "/command/topics/0", MESSAGE_MAX), args=dec(detect(topics=[rep("a", 10000)])))
entry(F, "source-unknown", "command.decode", err("INVALID_INPUT", "/command/source"),
      args=dec(detect(source="rumour")))
entry(F, "state-secret-a-string", "command.decode", err("INVALID_INPUT", "/command/state_secret"),
      args=dec(detect(state_secret="yes")))
entry(F, "detected-at-naive", "command.decode", err("INVALID_INPUT", "/command/detected_at"),
      args=dec(detect(detected_at="2026-08-03T08:00:00")))
entry(F, "published-at-february-30", "command.decode", err("INVALID_INPUT", "/command/content/published_at"),
      args=dec(detect(c_published_at="2026-02-30T08:00:00+07:00")))
# A leap second (`:60`) names no instant the library can store: Vietnam time has had none since
# 2016 (the last was 2017-01-01T06:59:60+07:00), the hash recipe's readers (Python's datetime,
# JavaScript's Date) cannot represent one, and ordering around it is ambiguous.
entry(F, "detected-at-leap-second", "command.decode", err("INVALID_INPUT", "/command/detected_at"),
      args=dec(detect(detected_at="2026-08-03T06:59:60+07:00")))
entry(F, "published-at-leap-second", "command.decode", err("INVALID_INPUT", "/command/content/published_at"),
      args=dec(detect(c_published_at="2026-08-03T06:59:60+07:00")))
entry(F, "detected-at-of-10000-characters-is-not-echoed", "command.decode",
      err("INVALID_INPUT", "/command/detected_at", MESSAGE_MAX), args=dec(detect(detected_at=rep("9", 10000))))
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
# Action kinds are data (workflow.json `actions`): any string decodes, the guards judge it.
entry(F, "action-kind-a-number", "command.decode", err("INVALID_INPUT", "/command/kind"),
      args=dec({"type": "request_action", "kind": 7, "body": "cong-an-tinh"}))
entry(F, "request-without-body", "command.decode", err("INVALID_INPUT", "/command"),
      args=dec({"type": "request_action", "kind": "removal"}))
entry(F, "request-with-the-old-assignee", "command.decode", err("INVALID_INPUT", "/command/assignee"),
      args=dec({"type": "request_action", "kind": "removal", "body": "cong-an-tinh", "assignee": "cong-an-tinh"}))
entry(F, "proposal-bodies-not-a-list", "command.decode", err("INVALID_INPUT", "/command/bodies"),
      args=dec({"type": "propose_direction", "kind": "handling_within_remit", "bodies": "ubnd-cap-xa"}))
entry(F, "licensing-unknown", "command.decode", err("INVALID_INPUT", "/command/licensing"),
      args=dec({"type": "send_removal_request", "licensing": "pirate"}))
entry(F, "platform-response-unknown", "command.decode", err("INVALID_INPUT", "/command/response"),
      args=dec({"type": "record_platform_response", "request_id": "R1", "response": "ignored_us"}))
entry(F, "method-unknown", "command.decode", err("INVALID_INPUT", "/command/method"),
      args=dec({"type": "open_verification", "method": "telepathy", "consulted": []}))
entry(F, "consulted-not-a-list", "command.decode", err("INVALID_INPUT", "/command/consulted"),
      args=dec({"type": "open_verification", "method": "meeting", "consulted": "cong-an-tinh"}))
entry(F, "dismiss-reason-unknown", "command.decode", err("INVALID_INPUT", "/command/reason"),
      args=dec({"type": "dismiss", "reason": "boring"}))
entry(F, "emergency-a-number", "command.decode", err("INVALID_INPUT", "/command/emergency"),
      args=dec({"type": "request_action", "kind": "removal", "body": "cong-an-tinh", "emergency": 1}))
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
                 ("offset-out-of-range", "2026-08-03T08:00:00+25:00"), ("hour-24", "2026-08-03T24:00:00+07:00"),
                 # A leap second: see detected-at-leap-second in command.jsonl.
                 ("leap-second", "2026-08-03T06:59:60+07:00"),
                 ("leap-second-utc", "2026-08-02T23:59:60Z")]:
    entry(F, "at-" + name, "case.start", err("INVALID_INPUT", "/at"), args=start(at=at))
entry(F, "at-a-number", "case.start", err("INVALID_INPUT", "/at"), args=start(at=1785733200))
entry(F, "at-of-10000-characters-is-not-echoed", "case.start", err("INVALID_INPUT", "/at", MESSAGE_MAX),
      args=start(at=rep("2", 10000)))
entry(F, "at-utc-is-shown-in-vietnam-time", "case.start", ok(__event__at="2026-08-03T15:00:00+07:00"),
      args=start(at="2026-08-03T08:00:00Z"))
entry(F, "start-detected-at-leap-second", "case.start", err("INVALID_INPUT", "/command/detected_at"),
      args=start(detect(detected_at="2026-08-03T06:59:60+07:00")))
entry(F, "start-published-at-leap-second", "case.start", err("INVALID_INPUT", "/command/content/published_at"),
      args=start(detect(c_published_at="2026-08-03T06:59:60+07:00")))
# The same instants written with other offsets make the same event: the fact time and the times
# in the command are stored in Vietnam time (+07:00), so the derived case id and the event hash
# are those of the lifecycle's first event, recorded at 08:00+07:00 (published 06:00+07:00).
SAME = copy.deepcopy(STEPS[0]["command"])
SAME["content"]["published_at"] = "2026-08-02T23:00:00Z"
entry(F, "same-instant-in-utc-is-the-same-event", "case.start",
      ok_at({"/event": EVENTS[0], "/case/id": CASE["id"],
             "/event/at": "2026-08-03T08:00:00+07:00",
             "/case/content/published_at": "2026-08-03T06:00:00+07:00"}),
      args=start(SAME, actor="ubnd-cap-xa", at="2026-08-03T01:00:00Z"))
SAME = copy.deepcopy(STEPS[0]["command"])
SAME["content"]["published_at"] = "2026-08-02T18:00:00-05:00"
entry(F, "same-instant-at-plus-9-is-the-same-event", "case.start",
      ok_at({"/event": EVENTS[0], "/case/id": CASE["id"], "/event/at": "2026-08-03T08:00:00+07:00"}),
      args=start(SAME, actor="ubnd-cap-xa", at="2026-08-03T10:00:00+09:00"))
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
# An empty body id is no name at all (names are not blank: case/normal.rs), not an unknown body.
entry(F, "actor-empty", "case.start", err("INVALID_INPUT", "/actor"), args=start(actor=""))
# Messages quote at most 60 characters of the input (quyche::text::echo), whatever its size.
entry(F, "actor-of-1-mb-is-not-echoed", "case.start", err("INPUT_TOO_LARGE", "/actor", MESSAGE_MAX),
      args=start(actor=rep("x", 1024 * 1024)))
entry(F, "actor-of-10000-characters-is-not-echoed", "case.start", err("INPUT_TOO_LARGE", "/actor", MESSAGE_MAX),
      args=start(actor=rep("x", 10000)))
entry(F, "unknown-actor-of-200-characters-is-not-echoed", "case.start",
      err("UNKNOWN_AGENCY", "/actor", 300), args=start(actor=rep("x", 200)))
entry(F, "actor-merged-away-before-that-date", "case.start", err("UNKNOWN_AGENCY", "/actor"),
      args=start(actor="so-tttt", at="2026-08-03T08:00:00+07:00"))
entry(F, "actor-district-committees-abolished", "case.start", err("UNKNOWN_AGENCY", "/actor"),
      args=start(actor="ubnd-cap-huyen", at="2025-07-01T08:00:00+07:00"))
entry(F, "actor-not-yet-created", "case.start", err("UNKNOWN_AGENCY", "/actor"),
      args=start(actor="ban-tuyen-giao-dan-van", at="2025-02-02T08:00:00+07:00"))
# Only `detect` starts a case (workflow.json: the only row with no `from` state); any other step
# needs a case (refusals.rs NeedsCase: INVALID_TRANSITION), pointed at the command's type.
entry(F, "start-with-receive", "case.start", err("INVALID_TRANSITION", "/command/type"),
      args=start({"type": "receive"}))
entry(F, "start-with-close", "case.start", err("INVALID_TRANSITION", "/command/type"),
      args=start({"type": "close"}))
# `assign_action` is refused in every new step, with the legacy refusal (case/legacy.rs).
entry(F, "start-with-assign-action", "case.start", err("INVALID_INPUT", "/command/type"),
      args=start({"type": "assign_action", "kind": "removal_request", "assignee": "cong-an-tinh"}))
entry(F, "no-summary-and-no-url", "case.start", err("CONTENT_REQUIRED", "/command/content/summary"),
      args=start(detect(c_summary="   ")))
entry(F, "detected-after-the-event", "case.start", err("TIME_ORDER", "/command/detected_at"),
      args=start(detect(detected_at="2026-08-03T09:00:00+07:00")))
entry(F, "published-after-detection", "case.start", err("TIME_ORDER", "/command/content/published_at"),
      args=start(detect(c_published_at="2026-08-04T09:00:00+07:00")))
entry(F, "area-owner-unknown", "case.start", err("UNKNOWN_AGENCY", "/command/area/owner"),
      args=start(detect(area={"owner": "so-khong-co"})))
entry(F, "area-territory-merged-away", "case.start", err("OUT_OF_TERRITORY", "/command/area/territory"),
      args=start(detect(area={"territory": "ninh-thuan-cu"})))
entry(F, "101-topics", "case.start", err("INPUT_TOO_LARGE", "/command/topics"),
      args=start(detect(topics=["health"] * 101)))
entry(F, "platform-empty", "case.start", err("INVALID_INPUT", "/command/content/platform"),
      args=start(detect(c_platform="")))
entry(F, "language-blank", "case.start", err("INVALID_INPUT", "/command/content/language"),
      args=start(detect(c_language=" ")))
# Case ids (limits.rs case_id): 1–64 of A–Z a–z 0–9 - _ . and not starting with '.': no path
# separators, no parent directory.
for name, cid in [("with-diacritics", "vụ-1"), ("too-long", rep("a", 65)), ("empty", ""),
                  ("with-a-slash", "vu/1"), ("with-a-backslash", "vu\\1"), ("dot-dot", ".."),
                  ("parent-path", "../../etc/passwd"), ("dot-file", ".vu-1"), ("windows-path", "C:\\vu")]:
    entry(F, "case-id-" + name, "case.start", err("INVALID_INPUT", "/command/case_id"),
          args=start(detect(case_id=cid)))
entry(F, "case-id-chosen-is-kept", "case.start", ok(__case__id="KH-2026.08_001", __event__case_id="KH-2026.08_001"),
      args=start(detect(case_id="KH-2026.08_001")))
entry(F, "nfd-summary-stored-in-nfc", "case.start", ok(__case__content__summary="Tin đồn sai về dịch bệnh"),
      args=start(detect(c_summary=nfd("Tin đồn sai về dịch bệnh"))))
entry(F, "nfd-officer-stored-in-nfc", "case.start", ok(__event__actor__officer="Nguyễn Thị Hằng"),
      args=start(actor={"body": "so-vhttdl", "officer": nfd("Nguyễn Thị Hằng")}))
entry(F, "regulation-a-string", "case.start", err("INVALID_INPUT", "/regulation"),
      args=start(regulation="khanh-hoa"))
entry(F, "register-not-a-list", "case.start", err("INVALID_INPUT", "/register"), args=start(register={}))
entry(F, "register-101-bodies", "case.start", err("INPUT_TOO_LARGE", "/register"), args=start(register=[{}] * 101))
# Registrations: {"body": {...}, "roles": [...]} (crates/core/src/org/registration.rs), pointers
# into that form under /register/<i>.
BODY = {"body": {"id": "ubnd-xa-vi-du", "name": {"vi": "UBND xã Ví Dụ", "en": "Ví Dụ Commune People's Committee"},
                 "valid": {"from": "2025-07-01"}, "status": "C"},
        "roles": [{"role": "commune_committee", "body": "ubnd-xa-vi-du", "valid": {"from": "2025-07-01"},
                   "status": "C"}]}
def reg_body(roles=None, extra=None, **kv):
    b = copy.deepcopy(BODY)
    b["body"].update(kv)
    if roles is not None:
        b["roles"] = roles
    if extra:
        b.update(extra)
    return b
def role(**kv):
    r = copy.deepcopy(BODY["roles"][0])
    r.update(kv)
    return r
entry(F, "register-old-flat-form", "case.start", err("INVALID_INPUT", "/register/0/id"),
      args=start(register=[dict(BODY["body"], roles=BODY["roles"])]))
entry(F, "register-without-body", "case.start", err("INVALID_INPUT", "/register/0"),
      args=start(register=[{"roles": []}]))
entry(F, "register-id-not-kebab-case", "case.start", err("INVALID_INPUT", "/register/0/body/id"),
      args=start(register=[reg_body(id="UBND Xã Ví Dụ")]))
entry(F, "register-id-taken", "case.start", err("INVALID_INPUT", "/register/0/body/id"),
      args=start(register=[reg_body(roles=[], id="so-vhttdl")]))
entry(F, "register-id-of-10000-characters-is-not-echoed", "case.start",
      err("INVALID_INPUT", "/register/0/body/id", MESSAGE_MAX), args=start(register=[reg_body(roles=[], id=rep("a", 10000))]))
entry(F, "register-twice-the-same-body", "case.start", err("INVALID_INPUT", "/register/1/body/id"),
      args=start(register=[reg_body(), reg_body()]))
# Unknown members in a registration, at each depth.
entry(F, "register-extra-member", "case.start", err("INVALID_INPUT", "/register/0/colour"),
      args=start(register=[reg_body(extra={"colour": "blue"})]))
entry(F, "register-body-extra-member", "case.start", err("INVALID_INPUT", "/register/0/body/colour"),
      args=start(register=[reg_body(colour="blue")]))
entry(F, "register-body-name-extra-member", "case.start", err("INVALID_INPUT", "/register/0/body/name/fr"),
      args=start(register=[reg_body(name={"vi": "UBND xã Ví Dụ", "en": "Ví Dụ", "fr": "Ví Dụ"})]))
entry(F, "register-role-extra-member", "case.start", err("INVALID_INPUT", "/register/0/roles/0/colour"),
      args=start(register=[reg_body(roles=[role(colour="blue")])]))
entry(F, "register-role-validity-extra-member", "case.start", err("INVALID_INPUT", "/register/0/roles/0/valid/colour"),
      args=start(register=[reg_body(roles=[role(valid={"from": "2025-07-01", "colour": "blue"})])]))
entry(F, "register-role-of-another-body", "case.start", err("INVALID_INPUT", "/register/0/roles/0/body"),
      args=start(register=[reg_body(roles=[role(body="so-vhttdl")])]))
entry(F, "register-role-unknown", "case.start", err("INVALID_INPUT", "/register/0/roles/0/role"),
      args=start(register=[reg_body(roles=[role(role="emperor")])]))
entry(F, "register-role-outlives-the-body", "case.start", err("INVALID_INPUT", "/register/0/roles/0/valid"),
      args=start(register=[reg_body(roles=[role(valid={"from": "2020-01-01"})])]))
entry(F, "register-duty-unknown", "case.start", err("INVALID_INPUT", "/register/0/roles/0/duties/0"),
      args=start(register=[reg_body(roles=[role(duties=["99.9"])])]))
entry(F, "register-status-unknown", "case.start", err("INVALID_INPUT", "/register/0/body/status"),
      args=start(register=[reg_body(status="Z")]))
entry(F, "register-validity-inverted", "case.start", err("INVALID_INPUT", "/register/0/body/valid"),
      args=start(register=[reg_body(roles=[], valid={"from": "2025-07-01", "to": "2025-01-01"})]))
# Every period of a registration is checked like the document's own, and reported in the
# registration's form (a dated name: /body/names/<j>/valid).
entry(F, "register-dated-name-inverted", "case.start", err("INVALID_INPUT", "/register/0/body/names/0/valid"),
      args=start(register=[reg_body(names=[{"name": {"vi": "UBND xã Cũ", "en": "Old Commune"},
                                             "valid": {"from": "2026-01-01", "to": "2025-12-31"}, "status": "C"}])]))
entry(F, "register-parent-unknown", "case.start", err("UNKNOWN_AGENCY", "/register/0/body/parent"),
      args=start(register=[reg_body(parent="so-khong-co")]))
entry(F, "register-name-blank", "case.start", err("INVALID_INPUT", "/register/0/body/name/vi"),
      args=start(register=[reg_body(name={"vi": " ", "en": "x"})]))
entry(F, "registered-body-acts-before-it-exists", "case.start", err("UNKNOWN_AGENCY", "/actor"),
      args=start(actor="ubnd-xa-vi-du", at="2025-06-30T08:00:00+07:00", register=[reg_body()]))
entry(F, "registered-body-detects", "case.start", ok(__case__detection__body="ubnd-xa-vi-du"),
      args=start(actor="ubnd-xa-vi-du", register=[reg_body()]))
entry(F, "registered-nfd-name-is-accepted", "case.start", ok(__case__detection__body="ubnd-xa-vi-du"),
      args=start(actor="ubnd-xa-vi-du", register=[reg_body(name={"vi": nfd("UBND xã Ví Dụ"), "en": "x"})]))

# ---------------------------------------------------------------------------------------------
# case.apply: tampered, reordered and forged logs; stored cases; guards of later steps.
F = "case-apply"
RECEIVE = {"type": "receive"}
CLOSE = {"type": "close"}
entry(F, "case-not-an-object", "case.apply", err("INVALID_INPUT", "/case"),
      args={"case": [], "command": RECEIVE, "actor": "so-vhttdl", "at": AT})
entry(F, "case-without-events", "case.apply", err("INVALID_INPUT", "/case/events"),
      args={"case": {"id": "x"}, "command": RECEIVE, "actor": "so-vhttdl", "at": AT})
entry(F, "case-log-at-the-limit", "case.apply", err("INPUT_TOO_LARGE", "/case/events"),
      args={"case": {"events": [{}] * 10000}, "command": RECEIVE, "actor": "so-vhttdl", "at": AT})
entry(F, "case-with-empty-log", "case.apply", err("INVALID_INPUT", "/case/events"),
      args={"case": {"events": []}, "command": RECEIVE, "actor": "so-vhttdl", "at": AT})
def tampered(name, events, expect):
    entry(F, name, "case.apply", expect,
          args={"case": {"events": events}, "command": CLOSE, "actor": "so-vhttdl", "at": AT})
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
# Unknown members in an event, at each depth: refused at the member (before any hash is checked).
ev = log(2); ev[0]["colour"] = "red"
tampered("event-extra-field", ev, err("INVALID_INPUT", "/case/events/0/colour"))
ev = log(2); ev[1]["effects"]["colour"] = "red"
tampered("effects-extra-member", ev, err("INVALID_INPUT", "/case/events/1/effects/colour"))
ev = log(2); ev[1]["regulation"]["colour"] = "red"
tampered("regulation-ref-extra-member", ev, err("INVALID_INPUT", "/case/events/1/regulation/colour"))
ev = log(3); ev[2]["command"]["colour"] = "red"
tampered("event-command-extra-field", ev, err("INVALID_INPUT", "/case/events/2/command/colour"))
ev = log(1); ev[0]["command"]["content"]["colour"] = "red"
tampered("event-command-content-extra-member", ev, err("INVALID_INPUT", "/case/events/0/command/content/colour"))
ev = log(2); ev[1]["actor"]["colour"] = "red"
tampered("event-actor-extra-member", ev, err("INVALID_INPUT", "/case/events/1/actor/colour"))
ev = log(11); ev[10]["effects"]["deadline"]["colour"] = "red"
tampered("deadline-extra-member", ev, err("INVALID_INPUT", "/case/events/10/effects/deadline/colour"))
ev = log(11); ev[10]["effects"]["deadline"]["limit"]["colour"] = "red"
tampered("deadline-limit-extra-member", ev, err("INVALID_INPUT", "/case/events/10/effects/deadline/limit/colour"))
ev = log(11); ev[10]["effects"]["deadline"]["provision"]["colour"] = "red"
tampered("deadline-provision-extra-member", ev, err("INVALID_INPUT", "/case/events/10/effects/deadline/provision/colour"))
ev = log(11); ev[10]["effects"]["deadline"]["application"][0]["fr"] = "x"
tampered("deadline-application-extra-member", ev, err("INVALID_INPUT", "/case/events/10/effects/deadline/application/0/fr"))
ev = log(18); ev[17]["effects"]["recipients"]["colour"] = "red"
tampered("recipients-extra-member", ev, err("INVALID_INPUT", "/case/events/17/effects/recipients/colour"))
ev = log(2); ev[0]["seq"] = "1"
tampered("seq-a-string", ev, err("INVALID_INPUT", "/case/events/0/seq"))
ev = log(2); ev[0]["seq"] = -1
tampered("seq-negative", ev, err("INVALID_INPUT", "/case/events/0/seq"))
ev = log(2); ev[1]["at"] = "2026-08-03T09:00:00"
tampered("event-time-naive", ev, err("INVALID_INPUT", "/case/events/1/at"))
ev = log(2); ev[1]["at"] = "2026-08-03T07:59:60+07:00"
tampered("event-time-leap-second", ev, err("INVALID_INPUT", "/case/events/1/at"))
ev = log(4); ev[3]["command"]["consulted"][0] = nfd("cộng-an")
tampered("event-nfd-text-edited", ev, err("LOG_TAMPERED", "/case/events/3/hash"))
# The same text in NFD is no edit: every string is read in NFC, and the hash is over NFC.
ev = log(3); ev[0]["command"]["content"]["summary"] = nfd(ev[0]["command"]["content"]["summary"])
entry(F, "event-nfd-copy-of-the-same-text", "case.apply", ok(__case__status="verifying", __event__seq=4),
      args={"case": {"events": ev}, "command": STEPS[3]["command"], "actor": "so-vhttdl", "at": AT})
# Forged: rewritten and re-hashed, so only the guards can tell.
ev = log(9); ev[8]["actor"]["body"] = "cong-an-tinh"; rechain(ev)
tampered("forged-police-concludes", ev, err("NOT_AUTHORIZED", "/case/events/8/actor/body"))
ev = log(3); ev[2]["at"] = "2026-08-03T08:29:00+07:00"; rechain(ev)
tampered("forged-time-runs-backwards", ev, err("TIME_ORDER", "/case/events/2/at"))
ev = log(3); ev[2]["effects"]["status"] = "assessed"; rechain(ev)
tampered("forged-effects", ev, err("LOG_TAMPERED", "/case/events/2/effects"))
ev = log(11); ev[10]["effects"]["deadline"]["limit"] = {"hours": 48}; rechain(ev)
tampered("forged-deadline", ev, err("LOG_TAMPERED", "/case/events/10/effects"))
ev = log(2); ev[1]["effects"]["lead_agency"] = "cong-an-tinh"; rechain(ev)
tampered("forged-lead-agency", ev, err("LOG_TAMPERED", "/case/events/1/effects"))
# Another regulation, or a data version this one does not know: LOG_VERSION (replay.rs
# check_regulation), at the event's regulation reference.
ev = log(2); ev[1]["regulation"]["id"] = "other-province"; rechain(ev)
tampered("forged-regulation-id", ev, err("LOG_VERSION", "/case/events/1/regulation/id"))
ev = log(3)
for e in ev:
    e["regulation"]["version"] = "1999.01.01"
rechain(ev)
tampered("log-of-an-unknown-data-version", ev, err("LOG_VERSION", "/case/events/0/regulation/version"))
ev = log(3); ev[2]["regulation"]["version"] = "2026.11.28"; rechain(ev)
tampered("event-of-an-earlier-data-version", ev, err("LOG_VERSION", "/case/events/2/regulation/version"))
# A derived case id (case-<16 hex digits of SHA-256 over body and times>) is derived again on
# replay: a rewritten one, re-hashed through the whole chain, is refused at the first event.
ev = log(3)
for e in ev:
    e["case_id"] = "case-0123456789abcdef"
rechain(ev)
tampered("forged-derived-case-id", ev, err("LOG_TAMPERED", "/case/events/0/case_id"))
# A step the case's state does not allow, or a log that does not start with `detect`: the same
# refusals as for a new step (INVALID_TRANSITION at the command's type), under the event.
ev = log(2)
ev[1].update(command={"type": "close", "note": ""}, actor={"body": "so-vhttdl"}, effects={"status": "closed"})
rechain(ev)
tampered("forged-close-of-a-detected-case", ev, err("INVALID_TRANSITION", "/case/events/1/command/type"))
ev = log(3)[2:]
ev[0].update(seq=1, case_id=CASE["id"])
rechain(ev)
tampered("forged-log-starting-with-receive", ev, err("INVALID_TRANSITION", "/case/events/0/command/type"))
ev = log(9); ev[8]["command"]["grounds"] = []; rechain(ev)
tampered("forged-conclusion-without-grounds", ev, err("GROUND_REQUIRED", "/case/events/8/command/grounds"))
ev = log(4); ev[3]["command"]["consulted"] = ["cong-an-tinh", "so-khong-co"]; rechain(ev)
tampered("forged-unknown-consulted-body", ev, err("UNKNOWN_AGENCY", "/case/events/3/command/consulted/1"))
# `assign_action` is readable only in logs of earlier data versions (case::migrate): in a log
# of the current version it is refused like any new step.
ev = log(10)
ev[9]["command"] = {"type": "assign_action", "kind": "removal", "assignee": "cong-an-tinh",
                    "emergency": False, "note": ""}
rechain(ev)
tampered("forged-assign-action-in-a-current-log", ev, err("INVALID_INPUT", "/case/events/9/command/type"))
# A full case (fields + log): the fields must be what the log rebuilds. After 4 steps the case is
# verifying, with the police and the Party commission consulted and nothing else recorded.
FULL = fixture("lifecycle-case", [["truncate", "/events", 4], ["set", "/status", "verifying"],
                                  ["remove", "/closing"], ["remove", "/publications"], ["remove", "/assessment"],
                                  ["set", "/actions", []], ["set", "/proposals", []],
                                  ["set", "/removal_requests", []], ["set", "/officers", []],
                                  ["set", "/verification/opinions", []],
                                  ["truncate", "/verification/consulted", 2]])
entry(F, "full-case-is-accepted", "case.apply", ok(__case__status="verifying", __event__seq=5),
      args={"case": FULL, "command": STEPS[5]["command"], "actor": "cong-an-tinh", "at": AT})
entry(F, "full-case-status-edited", "case.apply", err("LOG_TAMPERED", "/case/status"),
      args={"case": fixture("lifecycle-case", [["set", "/status", "detected"]]),
            "command": CLOSE, "actor": "so-vhttdl", "at": AT})
entry(F, "full-case-summary-edited", "case.apply", err("LOG_TAMPERED", "/case/content"),
      args={"case": fixture("lifecycle-case", [["set", "/content/summary", "Tin khác"]]),
            "command": CLOSE, "actor": "so-vhttdl", "at": AT})
entry(F, "full-case-deadline-edited", "case.apply", err("LOG_TAMPERED", "/case/removal_requests"),
      args={"case": fixture("lifecycle-case", [["set", "/removal_requests/0/deadline/due", "2026-08-05T11:40:00+07:00"]]),
            "command": CLOSE, "actor": "so-vhttdl", "at": AT})
# Unknown members in a stored case's fields, at each depth.
for name, pointer in [("", "/colour"), ("detection-", "/detection/colour"), ("content-", "/content/colour"),
                      ("regulation-", "/regulation/colour"), ("opinion-", "/verification/opinions/0/colour"),
                      ("action-", "/actions/0/colour"), ("action-result-", "/actions/0/result/colour"),
                      ("withdrawal-", "/actions/2/withdrawn/colour"), ("proposal-", "/proposals/0/colour"),
                      ("removal-request-", "/removal_requests/0/colour"),
                      ("stored-deadline-", "/removal_requests/0/deadline/colour"),
                      ("platform-answer-", "/removal_requests/0/response/recorded/colour"),
                      ("closing-", "/closing/colour")]:
    entry(F, "full-case-" + name + "extra-member", "case.apply", err("INVALID_INPUT", "/case" + pointer),
          args={"case": fixture("lifecycle-case", [["set", pointer, "red"]]),
                "command": CLOSE, "actor": "so-vhttdl", "at": AT})
# Later steps refused by the guards (workflow.json rows; guards/).
entry(F, "time-before-last-event", "case.apply", err("TIME_ORDER", "/at"),
      args=apply(2, RECEIVE, at="2026-08-03T08:29:59+07:00"))
entry(F, "apply-at-naive", "case.apply", err("INVALID_INPUT", "/at"), args=apply(2, RECEIVE, at="2026-08-06T08:00:00"))
entry(F, "apply-at-leap-second", "case.apply", err("INVALID_INPUT", "/at"),
      args=apply(2, RECEIVE, at="2026-08-03T08:59:60+07:00"))
# receive: lead_agency only (so-vhttdl since 2025-03-01); the police are not.
entry(F, "police-cannot-receive", "case.apply", err("NOT_AUTHORIZED", "/actor"),
      args=apply(2, RECEIVE, actor="cong-an-tinh"))
entry(F, "police-cannot-receive-object-actor", "case.apply", err("NOT_AUTHORIZED", "/actor/body"),
      args=apply(2, RECEIVE, actor={"body": "cong-an-tinh"}))
# receive from `detected` only what the lead agency detected itself (receive_needs_notification).
entry(F, "receive-before-notification", "case.apply", err("INVALID_TRANSITION", "/command/type"),
      args=apply(1, RECEIVE))
# notify_lead: the detector only (5.1).
entry(F, "notify-by-another-body", "case.apply", err("NOT_AUTHORIZED", "/actor"),
      args=apply(1, STEPS[1]["command"], actor="cong-an-tinh"))
# A channel of the vocabulary that the regulation does not list (workflow.json `channels`).
NO_POSTAL = REG(["remove", "/workflow/channels/5"])
entry(F, "notify-channel-not-listed-by-the-regulation", "case.apply", err("INVALID_INPUT", "/command/channel"),
      args=dict(step(1, command={"type": "notify_lead", "channel": "postal"}), regulation=NO_POSTAL))
# A case the lead agency detected itself: the lifecycle's detection re-recorded by so-vhttdl
# (its case id derived again, the log re-hashed) is a log the rules produce. The lead agency
# receives it directly; it does not notify itself (notify_self, 5.1).
LEAD = log(1)
LEAD[0]["actor"]["body"] = "so-vhttdl"
LEAD[0]["case_id"] = derived_case_id("so-vhttdl", LEAD[0]["at"])
rechain(LEAD)
entry(F, "lead-agency-detects-and-receives", "case.apply", ok(__case__status="received", __case__id=LEAD[0]["case_id"]),
      args={"case": {"events": LEAD}, "command": RECEIVE, "actor": "so-vhttdl", "at": AT})
entry(F, "lead-agency-cannot-notify-itself", "case.apply", err("NOTIFY_SELF", "/command/type"),
      args={"case": {"events": LEAD}, "command": STEPS[1]["command"], "actor": "so-vhttdl", "at": AT})
entry(F, "close-a-detected-case", "case.apply", err("INVALID_TRANSITION", "/command/type"),
      args=apply(1, CLOSE))
entry(F, "anything-after-close", "case.apply", err("INVALID_TRANSITION", "/command/type"),
      args=apply(22, CLOSE))
entry(F, "consult-unknown-body", "case.apply", err("UNKNOWN_AGENCY", "/command/consulted/0"),
      args=apply(3, {"type": "open_verification", "method": "written_consultation", "consulted": ["so-khong-co"]}))
entry(F, "consult-unknown-body-of-200-characters-is-not-echoed", "case.apply",
      err("UNKNOWN_AGENCY", "/command/consulted/0", 300),
      args=apply(3, {"type": "open_verification", "method": "written_consultation", "consulted": [rep("s", 200)]}))
entry(F, "consult-101-bodies", "case.apply", err("INPUT_TOO_LARGE", "/command/consulted"),
      args=apply(3, {"type": "open_verification", "method": "meeting", "consulted": ["cong-an-tinh"] * 101}))
entry(F, "consult-nobody", "case.apply", err("CONSULTATION_REQUIRED", "/command/consulted"),
      args=apply(3, {"type": "open_verification", "method": "meeting", "consulted": []}))
entry(F, "consult-twice-the-same-body", "case.apply", err("INVALID_INPUT", "/command/consulted/1"),
      args=apply(3, {"type": "open_verification", "method": "meeting", "consulted": ["cong-an-tinh", "cong-an-tinh"]}))
entry(F, "consult-again-a-consulted-body", "case.apply", err("INVALID_INPUT", "/command/consulted/0"),
      args=apply(8, {"type": "consult", "consulted": ["cong-an-tinh"]}))
entry(F, "officer-by-an-outsider", "case.apply", err("NOT_AUTHORIZED", "/actor"),
      args=step(4, actor="hoi-nha-bao"))
entry(F, "officer-name-of-201-characters", "case.apply", err("INPUT_TOO_LARGE", "/command/officer"),
      args=step(4, command={"type": "assign_officer", "officer": "A" * 201}))
entry(F, "opinion-without-direction", "case.apply", err("OPINION_INCOMPLETE", "/command/direction"),
      args=apply(5, {"type": "submit_opinion", "finding": "Bịa đặt", "direction": " "}, actor="cong-an-tinh"))
entry(F, "opinion-from-a-body-not-consulted", "case.apply", err("NOT_AUTHORIZED", "/actor"),
      args=apply(5, STEPS[5]["command"], actor="hoi-nha-bao"))
# The evidence guard and the meeting guard look at the case's state only: the step is not
# possible now, so they point at the command's type, like INVALID_TRANSITION (json_api docs).
entry(F, "conclude-before-any-opinion", "case.apply", err("EVIDENCE_REQUIRED", "/command/type"),
      args=apply(4, STEPS[8]["command"]))
entry(F, "meeting-in-a-written-consultation", "case.apply", err("METHOD_NOT_MEETING", "/command/type"),
      args=apply(5, {"type": "record_meeting", "attendees": ["so-vhttdl"], "conclusion": "Vi phạm"}))
entry(F, "conclude-violating-without-ground", "case.apply", err("GROUND_REQUIRED", "/command/grounds"),
      args=apply(8, {"type": "conclude", "verdict": "violating", "grounds": []}))
# Law time: published 2026-08-03; Decree 72/2013 lost force on 2024-12-25, the Cybersecurity Law
# 2018 on 2026-07-01 (grounds.json).
entry(F, "conclude-on-repealed-decree", "case.apply", err("GROUND_NOT_IN_FORCE", "/command/grounds/0"),
      args=apply(8, {"type": "conclude", "verdict": "violating",
                     "grounds": [{"instrument": "72/2013/NĐ-CP", "article": 5, "clause": 1, "point": "e"}]}))
entry(F, "conclude-on-repealed-cyber-law-2018", "case.apply", err("GROUND_NOT_IN_FORCE", "/command/grounds/1"),
      args=apply(8, {"type": "conclude", "verdict": "violating",
                     "grounds": [GROUND, {"instrument": "24/2018/QH14", "article": 8, "clause": 1, "point": "d"}]}))
entry(F, "conclude-on-a-provision-that-is-no-ground", "case.apply", err("NOT_A_GROUND", "/command/grounds/0"),
      args=apply(8, {"type": "conclude", "verdict": "violating",
                     "grounds": [{"instrument": "116/2025/QH15", "article": 7, "clause": 2, "point": "h"}]}))
entry(F, "conclude-on-a-borrowed-definition", "case.apply", err("DEFINITION_NOT_A_GROUND", "/command/grounds/0"),
      args=apply(8, {"type": "conclude", "verdict": "violating",
                     "grounds": [{"instrument": "116/2025/QH15", "article": 2, "clause": 5}]}))
entry(F, "conclude-on-an-uncatalogued-provision", "case.apply", err("UNKNOWN_PROVISION", "/command/grounds/0"),
      args=apply(8, {"type": "conclude", "verdict": "violating",
                     "grounds": [{"instrument": "103/2016/QH13", "article": 9, "clause": 20}]}))
entry(F, "conclude-with-101-grounds", "case.apply", err("INPUT_TOO_LARGE", "/command/grounds"),
      args=apply(8, {"type": "conclude", "verdict": "violating", "grounds": [GROUND] * 101}))
entry(F, "conclude-note-too-long", "case.apply", err("INPUT_TOO_LARGE", "/command/note"),
      args=apply(8, {"type": "conclude", "verdict": "not_violating", "note": rep("n", 10001)}))
entry(F, "conclude-by-the-press", "case.apply", err("NOT_AUTHORIZED", "/actor"),
      args=step(8, actor="bao-khanh-hoa"))
entry(F, "dismiss-a-violating-case", "case.apply", err("INVALID_TRANSITION", "/command/type"),
      args=apply(9, {"type": "dismiss", "reason": "not_false_or_harmful"}))
entry(F, "dismiss-as-duplicate-of-itself", "case.apply", err("DISMISS_REASON_INVALID", "/command/duplicate_of"),
      args=apply(3, {"type": "dismiss", "reason": "duplicate", "duplicate_of": CASE["id"]}))
entry(F, "dismiss-duplicate-of-a-path", "case.apply", err("INVALID_INPUT", "/command/duplicate_of"),
      args=apply(3, {"type": "dismiss", "reason": "duplicate", "duplicate_of": "../case-1"}))
# Handling (workflow.json actions; guards/handling.rs). assign_action is the command of earlier
# data versions: refused in new steps, at its type (legacy.rs refused_now).
entry(F, "assign-action-is-refused", "case.apply", err("INVALID_INPUT", "/command/type"),
      args=apply(9, {"type": "assign_action", "kind": "removal_request", "assignee": "cong-an-tinh"}))
entry(F, "assign-action-is-refused-in-any-state", "case.apply", err("INVALID_INPUT", "/command/type"),
      args=apply(22, {"type": "assign_action", "kind": "public_rebuttal", "assignee": "bao-khanh-hoa"}))
entry(F, "request-before-the-conclusion", "case.apply", err("INVALID_TRANSITION", "/command/type"),
      args=apply(8, STEPS[9]["command"]))
entry(F, "request-by-the-police", "case.apply", err("NOT_AUTHORIZED", "/actor"),
      args=step(9, actor="cong-an-tinh", command={"type": "request_action", "kind": "removal", "body": "so-vhttdl"}))
entry(F, "request-kind-unknown", "case.apply", err("INVALID_INPUT", "/command/kind"),
      args=step(9, command={"type": "request_action", "kind": "arrest", "body": "cong-an-tinh"}))
entry(F, "request-kind-of-10000-characters-is-not-echoed", "case.apply", err("INVALID_INPUT", "/command/kind", MESSAGE_MAX),
      args=step(9, command={"type": "request_action", "kind": rep("k", 10000), "body": "cong-an-tinh"}))
entry(F, "request-the-old-kind-name", "case.apply", err("INVALID_INPUT", "/command/kind"),
      args=step(9, command={"type": "request_action", "kind": "removal_request", "body": "cong-an-tinh"}))
entry(F, "request-of-itself", "case.apply", err("INVALID_INPUT", "/command/body"),
      args=step(9, command={"type": "request_action", "kind": "removal", "body": "so-vhttdl"}))
entry(F, "request-of-an-unknown-body", "case.apply", err("UNKNOWN_AGENCY", "/command/body"),
      args=step(9, command={"type": "request_action", "kind": "removal", "body": "so-khong-co"}))
entry(F, "request-of-a-body-merged-away", "case.apply", err("UNKNOWN_AGENCY", "/command/body"),
      args=step(9, command={"type": "request_action", "kind": "public_rebuttal", "body": "dai-ptth"}))
# 7.5: the press rebuts, it does not remove content.
entry(F, "request-removal-of-the-press", "case.apply", err("ACTION_ROLE_MISMATCH", "/command/kind"),
      args=step(9, command={"type": "request_action", "kind": "removal", "body": "bao-khanh-hoa"}))
# 7.6: the Party commission is requested only what its duties name.
entry(F, "request-rebuttal-of-the-party-commission", "case.apply", err("REQUESTED_BODY", "/command/body"),
      args=step(9, command={"type": "request_action", "kind": "public_rebuttal", "body": "ban-tuyen-giao-dan-van"}))
entry(F, "request-trigger-after-the-step", "case.apply", err("TIME_ORDER", "/command/trigger/at"),
      args=step(9, command={"type": "request_action", "kind": "removal", "body": "cong-an-tinh",
                            "trigger": {"kind": "incident", "at": "2026-08-03T12:00:00+07:00"}}))
entry(F, "request-trigger-leap-second", "case.apply", err("INVALID_INPUT", "/command/trigger/at"),
      args=step(9, command={"type": "request_action", "kind": "removal", "body": "cong-an-tinh",
                            "trigger": {"kind": "incident", "at": "2026-08-03T06:59:60+07:00"}}))
# take_action: the press has no sanctioning authority (its own authority is the rebuttal, 7.5.c).
entry(F, "take-sanction-by-the-press", "case.apply", err("NOT_AUTHORIZED", "/command/kind"),
      args=apply(10, {"type": "take_action", "kind": "administrative_sanction"}, actor="bao-khanh-hoa"))
entry(F, "take-action-by-a-body-with-no-authority", "case.apply", err("NOT_AUTHORIZED", "/actor"),
      args=apply(10, {"type": "take_action", "kind": "public_rebuttal"}, actor="ubnd-tinh"))
# direct_action: the provincial People's Committee only; a proposal of the case.
entry(F, "direct-by-the-lead-agency", "case.apply", err("NOT_AUTHORIZED", "/actor"),
      args=step(15, actor="so-vhttdl"))
entry(F, "direct-following-an-unknown-proposal", "case.apply", err("UNKNOWN_ACTION", "/command/proposal_id"),
      args=step(15, command=dict(STEPS[15]["command"], proposal_id="P9")))
entry(F, "propose-to-nobody", "case.apply", err("INVALID_INPUT", "/command/bodies"),
      args=step(14, command={"type": "propose_direction", "kind": "handling_within_remit", "bodies": []}))
entry(F, "propose-to-an-unknown-body", "case.apply", err("UNKNOWN_AGENCY", "/command/bodies/1"),
      args=step(14, command={"type": "propose_direction", "kind": "handling_within_remit",
                             "bodies": ["ubnd-cap-xa", "so-khong-co"]}))
# send_removal_request: by the lead agency or the police, for an action the sender holds.
entry(F, "send-removal-for-an-action-held-by-another", "case.apply", err("NOT_AUTHORIZED", "/command/action_id"),
      args=apply(12, {"type": "send_removal_request", "action_id": "A2", "licensing": "cross_border"},
                 actor="cong-an-tinh"))
entry(F, "send-removal-for-an-unknown-action", "case.apply", err("UNKNOWN_ACTION", "/command/action_id"),
      args=step(10, command=dict(STEPS[10]["command"], action_id="A9")))
entry(F, "send-removal-by-the-press", "case.apply", err("NOT_AUTHORIZED", "/actor"),
      args=step(10, actor="bao-khanh-hoa"))
entry(F, "platform-response-to-an-unknown-request", "case.apply", err("UNKNOWN_ACTION", "/command/request_id"),
      args=step(16, command=dict(STEPS[16]["command"], request_id="R9")))
entry(F, "platform-response-recorded-by-another", "case.apply", err("NOT_AUTHORIZED", "/command/request_id"),
      args=step(16, actor="so-vhttdl"))
entry(F, "platform-response-before-the-request", "case.apply", err("TIME_ORDER", "/command/responded_at"),
      args=step(16, command=dict(STEPS[16]["command"], responded_at="2026-08-03T11:00:00+07:00")))
entry(F, "platform-response-after-the-step", "case.apply", err("TIME_ORDER", "/command/responded_at"),
      args=step(16, command=dict(STEPS[16]["command"], responded_at="2026-08-04T10:00:00+07:00")))
entry(F, "platform-response-leap-second", "case.apply", err("INVALID_INPUT", "/command/responded_at"),
      args=step(16, command=dict(STEPS[16]["command"], responded_at="2026-08-04T06:59:60+07:00")))
entry(F, "platform-response-twice", "case.apply", err("ACTION_NOT_OPEN", "/command/request_id"),
      args=apply(17, STEPS[16]["command"], actor="cong-an-tinh"))
# withdraw_action and report_result: by the body that opened / holds the item.
entry(F, "withdraw-by-the-holder-not-the-opener", "case.apply", err("NOT_AUTHORIZED", "/command/action_id"),
      args=step(13, actor="bao-khanh-hoa"))
entry(F, "withdraw-twice", "case.apply", err("ACTION_NOT_OPEN", "/command/action_id"),
      args=apply(14, STEPS[13]["command"]))
entry(F, "withdraw-without-reason", "case.apply", err("INVALID_INPUT", "/command/reason"),
      args=step(13, command={"type": "withdraw_action", "action_id": "A3", "reason": " "}))
entry(F, "report-on-a-withdrawn-action", "case.apply", err("ACTION_NOT_OPEN", "/command/action_id"),
      args=apply(17, {"type": "report_result", "action_id": "A3", "outcome": "done"}, actor="bao-khanh-hoa"))
entry(F, "report-on-unknown-action", "case.apply", err("UNKNOWN_ACTION", "/command/action_id"),
      args=apply(17, {"type": "report_result", "action_id": "A9", "outcome": "done"}, actor="cong-an-tinh"))
entry(F, "report-on-an-action-id-of-10000-characters", "case.apply",
      err("UNKNOWN_ACTION", "/command/action_id", MESSAGE_MAX),
      args=apply(17, {"type": "report_result", "action_id": rep("A", 10000), "outcome": "done"}, actor="cong-an-tinh"))
entry(F, "report-by-another-body", "case.apply", err("NOT_AUTHORIZED", "/command/action_id"),
      args=step(17, actor="so-vhttdl"))
entry(F, "report-twice", "case.apply", err("ACTION_NOT_OPEN", "/command/action_id"),
      args=apply(18, STEPS[17]["command"], actor="cong-an-tinh"))
entry(F, "nfd-report-note-stored-in-nfc", "case.apply",
      ok(__case__status="handling", __case__actions__0__result__note="Đã gỡ"),
      args=step(17, command=dict(STEPS[17]["command"], note=nfd("Đã gỡ"))))
entry(F, "close-with-actions-open", "case.apply", err("INVALID_TRANSITION", "/command/type"),
      args=apply(17, CLOSE))
entry(F, "publish-by-an-outsider", "case.apply", err("NOT_AUTHORIZED", "/actor"),
      args=step(20, actor="ban-noi-chinh"))
entry(F, "publish-without-title", "case.apply", err("INVALID_INPUT", "/command/title"),
      args=step(20, command={"type": "publish_results", "title": " "}))
entry(F, "mark-confidential-after-close", "case.apply", err("INVALID_TRANSITION", "/command/type"),
      args=apply(22, {"type": "mark_confidential"}))

# ---------------------------------------------------------------------------------------------
# case.replay and case.allowed.
F = "case-replay"
entry(F, "events-not-a-list", "case.replay", err("INVALID_INPUT", "/events"), args={"events": {}})
entry(F, "events-missing", "case.replay", err("INVALID_INPUT", "/events"), args={})
entry(F, "events-over-10000", "case.replay", err("INPUT_TOO_LARGE", "/events"), args={"events": [{}] * 10001})
entry(F, "event-not-an-object", "case.replay", err("INVALID_INPUT", "/events/0"), args={"events": [7]})
entry(F, "empty-log", "case.replay", err("INVALID_INPUT", "/events"), args={"events": []})
entry(F, "event-command-bad-field", "case.replay", err("INVALID_INPUT", "/events/5/command/finding"),
      args={"events": fixture("lifecycle-case", [["set", "/events/5/command/finding", 5]], "/events")})
entry(F, "event-deadline-extra-member", "case.replay", err("INVALID_INPUT", "/events/10/effects/deadline/colour"),
      args={"events": fixture("lifecycle-case", [["set", "/events/10/effects/deadline/colour", "red"]], "/events")})
entry(F, "full-log-replays", "case.replay",
      ok(__case__status="closed", __case__actions__1__id="A2", __case__id=CASE["id"]),
      args={"events": fixture("lifecycle-case", select="/events")})
entry(F, "log-of-another-regulation", "case.replay", err("LOG_VERSION", "/events/0/regulation/id"),
      args={"events": log(2), "regulation": REG(["set", "/id", "other-province"])})
entry(F, "log-of-another-data-version", "case.replay", err("LOG_VERSION", "/events/0/regulation/version"),
      args={"events": log(2), "regulation": REG(["set", "/version", "2027.01.01"])})
ev = log(22)
for e in ev:
    e["regulation"]["version"] = "0.0.1"
rechain(ev)
entry(F, "replay-log-of-an-unknown-data-version", "case.replay", err("LOG_VERSION", "/events/0/regulation/version"),
      args={"events": ev})
ev = log(22)
for e in ev:
    e["case_id"] = "case-0000000000000000"
rechain(ev)
entry(F, "derived-case-id-edited-and-rehashed", "case.replay", err("LOG_TAMPERED", "/events/0/case_id"),
      args={"events": ev})
# A chosen case id is kept as chosen: changing it through the log (re-hashed) is another case
# with the same steps, which the rules cannot tell from a real one.
ev = log(3)
ev[0]["command"]["case_id"] = "KH-001"
for e in ev:
    e["case_id"] = "KH-001"
rechain(ev)
entry(F, "chosen-case-id-rehashed-replays", "case.replay", ok(__case__id="KH-001", __case__status="received"),
      args={"events": ev})
ev = log(3)
ev[0]["command"]["case_id"] = "../KH-001"
for e in ev:
    e["case_id"] = "../KH-001"
rechain(ev)
entry(F, "chosen-case-id-with-a-path-rehashed", "case.replay", err("INVALID_INPUT", "/events/0/command/case_id"),
      args={"events": ev})
entry(F, "trailing-event-hash-edited", "case.replay", err("LOG_TAMPERED", "/events/21/hash"),
      args={"events": fixture("lifecycle-case", [["set", "/events/21/hash", "f" * 64]], "/events")})
F = "case-allowed"
entry(F, "allowed-naive-time", "case.allowed", err("INVALID_INPUT", "/at"), args={"actor": "so-vhttdl", "at": "2026-08-03 08:00"})
entry(F, "allowed-leap-second", "case.allowed", err("INVALID_INPUT", "/at"),
      args={"actor": "so-vhttdl", "at": "2026-08-03T06:59:60+07:00"})
entry(F, "allowed-missing-actor", "case.allowed", err("INVALID_INPUT", "/actor"), args={"at": AT})
entry(F, "allowed-tampered-case", "case.allowed", err("LOG_TAMPERED", "/case/events/0/hash"),
      args={"case": {"events": fixture("lifecycle-case", [["set", "/events/0/at", "2026-08-03T08:00:01+07:00"]], "/events")},
            "actor": "so-vhttdl", "at": AT})
entry(F, "allowed-stored-case-extra-member", "case.allowed", err("INVALID_INPUT", "/case/verification/colour"),
      args={"case": fixture("lifecycle-case", [["set", "/verification/colour", "red"]]),
            "actor": "so-vhttdl", "at": AT})
entry(F, "allowed-for-unknown-body-explains", "case.allowed",
      ok_at({"/0/command": "detect", "/0/allowed": False, "/0/failures/0/code": "UNKNOWN_AGENCY"}),
      args={"actor": "so-khong-co", "at": AT})
entry(F, "allowed-after-close-is-nothing", "case.allowed",
      ok_at({"/0/allowed": False, "/0/failures/0/code": "INVALID_TRANSITION"}),
      args={"case": {"events": log(22)}, "actor": "so-vhttdl", "at": AT})
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
entry(F, "date-of-10000-characters-is-not-echoed", "calendar.add_working_days",
      err("INVALID_INPUT", "/date", MESSAGE_MAX), args=add(rep("2", 10000), 1))
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
entry(F, "report-register-body-extra-member", "report.calendar", err("INVALID_INPUT", "/register/0/body/colour"),
      args={"year": 2026, "as_of": "2026-06-17", "register": [reg_body(colour="blue")]})
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
entry(F, "schedule-day-off-extra-member", "schedule.load", err("INVALID_INPUT", "/schedule/days_off/0/colour"),
      args=sched(days_off=[{"holiday": "tet", "from": "2026-02-14", "to": "2026-02-22", "colour": "red"}]))
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
# regulation.validate: the built-in document with one change. The document is nested:
# /register/{roles,bodies,assignments,territories}, /catalogue/..., /matrix/..., /workflow/...
F = "regulation"
entry(F, "regulation-missing", "regulation.validate", err("INVALID_INPUT", "/regulation"), args={})
entry(F, "regulation-empty-object", "regulation.validate", err("INVALID_INPUT", "/regulation"), args={"regulation": {}})
entry(F, "builtin-is-valid", "regulation.validate", ok(__id="khanh-hoa-2086", __version=CASE["regulation"]["version"]),
      args={"regulation": REG()})
entry(F, "nfd-province-is-valid", "regulation.validate", ok(__id="khanh-hoa-2086"),
      args={"regulation": REG(["set", "/province/vi", nfd("Khánh Hòa")])})
entry(F, "signed-a-number", "regulation.validate", err("INVALID_INPUT", "/regulation/signed"),
      args={"regulation": REG(["set", "/signed", 20200812])})
entry(F, "signed-february-30", "regulation.validate", err("INVALID_INPUT", "/regulation/signed"),
      args={"regulation": REG(["set", "/signed", "2020-02-30"])})
entry(F, "in-force-from-february-30", "regulation.validate", err("INVALID_INPUT", "/regulation/in_force/from"),
      args={"regulation": REG(["set", "/in_force/from", "2020-02-30"])})
# Unknown members, at each depth of the document.
for name, pointer in [("top-level", "/colour"), ("register", "/register/colour"),
                      ("a-body", "/register/bodies/0/colour"), ("a-body-name", "/register/bodies/0/name/fr"),
                      ("an-assignment", "/register/assignments/0/colour"),
                      ("a-transition", "/workflow/transitions/0/colour"),
                      ("a-transition-actor", "/workflow/transitions/0/actor/colour"),
                      ("an-action-kind", "/workflow/actions/0/colour"),
                      ("a-time-limit", "/catalogue/time_limits/0/colour"),
                      ("a-time-limit-scope", "/catalogue/time_limits/0/scope/colour"),
                      ("a-ground", "/catalogue/grounds/0/colour"),
                      ("a-duty", "/matrix/duties/0/colour")]:
    entry(F, "extra-member-in-" + name, "regulation.validate", err("INVALID_INPUT", "/regulation" + pointer),
          args={"regulation": REG(["set", pointer, "red"])})
entry(F, "status-unknown", "regulation.validate", err("INVALID_INPUT", "/regulation/register/bodies/0/status"),
      args={"regulation": REG(["set", "/register/bodies/0/status", "Z"])})
# Roles are data (register.roles): an assignment naming no role of the document is a broken
# reference, which the document's consistency check reports (INVALID_REGULATION).
entry(F, "role-unknown", "regulation.validate", err("INVALID_REGULATION", "/regulation/register/assignments/0/role"),
      args={"regulation": REG(["set", "/register/assignments/0/role", "emperor"])})
entry(F, "assignment-body-unknown", "regulation.validate", err("INVALID_REGULATION", "/regulation/register/assignments/0/body"),
      args={"regulation": REG(["set", "/register/assignments/0/body", "so-khong-co"])})
entry(F, "body-validity-inverted", "regulation.validate", err("INVALID_REGULATION", "/regulation/register/bodies/0/valid"),
      args={"regulation": REG(["set", "/register/bodies/0/valid", {"from": "2025-01-01", "to": "2024-01-01"}])})
entry(F, "workflow-command-unknown", "regulation.validate", err("INVALID_INPUT", "/regulation/workflow/transitions/0/command"),
      args={"regulation": REG(["set", "/workflow/transitions/0/command", "teleport"])})
entry(F, "workflow-coordinator-unknown", "regulation.validate", err("INVALID_REGULATION", "/regulation/workflow/coordinator"),
      args={"regulation": REG(["set", "/workflow/coordinator", "emperor"])})
entry(F, "workflow-old-assign-action-row", "regulation.validate", err("INVALID_REGULATION", "/regulation/workflow/transitions/11/command"),
      args={"regulation": REG(["set", "/workflow/transitions/11/command", "assign_action"])})
entry(F, "duplicate-body-id-of-10000-characters-is-not-echoed", "regulation.validate",
      err("INVALID_REGULATION", "/regulation/register/bodies/1/id", MESSAGE_MAX),
      args={"regulation": REG(["set", "/register/bodies/0/id", rep("b", 10000)],
                              ["set", "/register/bodies/1/id", rep("b", 10000)])})
entry(F, "unknown-assignment-body-of-10000-characters-is-not-echoed", "regulation.validate",
      err("INVALID_REGULATION", "/regulation/register/assignments/0/body", MESSAGE_MAX),
      args={"regulation": REG(["set", "/register/assignments/0/body", rep("b", 10000)])})
entry(F, "duplicate-body-id", "regulation.validate", err("INVALID_REGULATION", "/regulation/register/bodies/1/id"),
      args={"regulation": REG(["set", "/register/bodies/1/id", "so-tttt"])})

# ---------------------------------------------------------------------------------------------
# citation.parse
F = "citation"
def cite(text):
    return {"text": text}
for name, text in [("hello", "hello"), ("empty", ""), ("blank", "   "), ("article-zero-digits", "Điều"),
                   ("article-overflow", "Điều 99999999999 Luật An ninh mạng 2018"),
                   ("point-z", "điểm z khoản 1 Điều 8 Luật An ninh mạng 2018"),
                   ("trailing-text", "Điều 5 Nghị định số 72/2013/NĐ-CP xin chào"),
                   ("only-punctuation", ".;,")]:
    entry(F, "citation-" + name, "citation.parse", err("CITATION_PARSE", "/text"), args=cite(text))
entry(F, "citation-10000-characters", "citation.parse", err("CITATION_PARSE", "/text", MESSAGE_MAX),
      args=cite(rep("Điều ", 2000)))
entry(F, "citation-emoji-is-no-instrument", "citation.parse", err("UNKNOWN_INSTRUMENT", "/text"), args=cite("Điều 8 😀"))
entry(F, "citation-unknown-instrument-is-not-echoed", "citation.parse", err("UNKNOWN_INSTRUMENT", "/text", MESSAGE_MAX),
      args=cite({"repeat": "Điều 8 Luật Không Có ", "times": 400}))
entry(F, "citation-10001-characters", "citation.parse", err("INPUT_TOO_LARGE", "/text"), args=cite(rep("x", 10001)))
entry(F, "citation-a-number", "citation.parse", err("INVALID_INPUT", "/text"), args=cite(8))
entry(F, "citation-missing", "citation.parse", err("INVALID_INPUT", "/text"), args={})
entry(F, "citation-nfd", "citation.parse", ok(__key="24/2018/QH14:8.1.d"),
      args=cite(nfd("điểm d khoản 1 Điều 8 Luật An ninh mạng 2018")))
entry(F, "citation-ascii-upper", "citation.parse", ok(__key="24/2018/QH14:8.1.d"),
      args=cite("DIEM D KHOAN 1 DIEU 8 LUAT AN NINH MANG 2018"))
entry(F, "citation-register-role-extra-member", "citation.parse", err("INVALID_INPUT", "/register/0/roles/0/colour"),
      args={"text": "Điều 8 Luật An ninh mạng 2018", "register": [reg_body(roles=[role(colour="blue")])]})

# ---------------------------------------------------------------------------------------------
# Error codes no other entry reaches, so that every code's texts are read by the three runners
# (their Vietnamese-only check). Two more case fixtures (bless them with the Rust runner):
# `meeting` (a meeting, concluded not violating) and `secret` (marked confidential, handled).
F = "codes"
MEETING = json.load(open(os.path.join(HERE, "fixtures", "meeting-case.json"), encoding="utf-8"))["events"]
SECRET = json.load(open(os.path.join(HERE, "fixtures", "secret-case.json"), encoding="utf-8"))["events"]


def on(events, n, command, actor="so-vhttdl", at=AT, **more):
    a = {"case": {"events": copy.deepcopy(events[:n])}, "command": command, "actor": actor, "at": at}
    a.update(more)
    return a


entry(F, "consult-a-body-without-verification-duty", "case.apply", err("NO_VERIFICATION_DUTY", "/command/consulted/0"),
      args=apply(3, {"type": "open_verification", "method": "written_consultation", "consulted": ["ubnd-tinh"]}))
entry(F, "meeting-attendee-not-consulted", "case.apply", err("ATTENDEE_NOT_PARTICIPANT", "/command/attendees/0"),
      args=on(MEETING, 4, {"type": "record_meeting", "attendees": ["bao-khanh-hoa"], "conclusion": "Không vi phạm"}))
# The built-in workflow has no labelling step (2086 does not provide for one); a regulation that
# adds it gets the payload check of label_content: no "fake" label on content assessed not violating.
WITH_LABELS = REG(["set", "/workflow/transitions/-", {
    "command": "label_content", "from": ["assessed"], "to": "same",
    "actor": {"kind": "roles", "roles": ["lead_agency"]},
    "citations": [{"instrument": "2086/QĐ-UBND", "article": 4, "clause": 2}]}])
entry(F, "label-fake-after-not-violating", "case.apply", err("LABEL_INVALID", "/command/label"),
      args=on(MEETING, 6, {"type": "label_content", "label": "fake"}, regulation=WITH_LABELS))
entry(F, "publish-a-confidential-case", "case.apply", err("CONFIDENTIAL_CASE", "/command/type"),
      args=on(SECRET, 12, {"type": "publish_results", "title": "Kết quả xử lý"}))
# The built-in workflow closes only a handled case (nothing open); a regulation that lets an
# open case be closed still meets the guard nothing_open (7.2.b, 7.3.b).
CLOSE_WHILE_HANDLING = REG(["set", "/workflow/transitions/20/from", ["handling", "handled", "published"]])
entry(F, "close-with-a-direction-open", "case.apply", err("ACTION_OPEN", "/command/type"),
      args=on(SECRET, 11, {"type": "close"}, regulation=CLOSE_WHILE_HANDLING))

# An object given as an array of too few items: serde reads a struct from an array too, and
# refuses one of the wrong length (its `invalid length` refusal).
entry(F, "content-as-an-empty-array", "command.decode", err("INVALID_INPUT", "/command/content"),
      args=dec({"type": "detect", "source": "press_review", "content": []}))

total = 0
for f, entries in FILES.items():
    with open(os.path.join(HERE, f + ".jsonl"), "w", encoding="utf-8") as out:
        for e in entries:
            out.write(json.dumps(e, ensure_ascii=False) + "\n")
    total += len(entries)
names = [e["name"] for es in FILES.values() for e in es]
assert len(names) == len(set(names)), "entry names must be unique"
print(f"{total} entries in {len(FILES)} files")
