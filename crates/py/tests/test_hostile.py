"""Hostile input never crashes the interpreter and never escapes as a bare Python error: wrong
types, missing keys, huge strings, NaN, bad dates, NFD text and deep nesting all raise
quyche.QuycheError subclasses with a code and a JSON pointer."""

from __future__ import annotations

import datetime
import json
import math
import pathlib
import unicodedata
from typing import Any, Callable, Dict

import pytest

import quyche
import quyche.types

REG = quyche.Regulation.khanh_hoa()
AT = "2026-03-02T08:00:00+07:00"
DETECT: quyche.types.DetectCommand = {
    "type": "detect", "source": "press_review",
    "content": {"platform": "Facebook", "platform_kind": "social_network", "kind": "post",
                "summary": "Tin đồn"},
}


def nested(depth: int) -> Any:
    v: Any = "x"
    for _ in range(depth):
        v = {"a": [v]}
    return v


@pytest.mark.parametrize("bad", [None, 123, 1.5, b"{}", ["{}"], {"id": "x"}, object()])
def test_wrong_argument_types_are_invalid_input(bad: Any) -> None:
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.Regulation.from_json(bad)
    assert info.value.code == "INVALID_INPUT"


@pytest.mark.parametrize(
    "text", ["", "null", "[]", "{}", "NaN", '{"id": NaN}', "\x00", '"\\ud800"']
)
def test_odd_json_is_invalid_input(text: str) -> None:
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.Regulation.from_json(text)
    assert info.value.code in {"INVALID_JSON", "INVALID_INPUT"}


def test_deep_nesting_stops_at_the_depth_limit() -> None:
    # Every reader is the strict reader: nesting past json_api.MAX_DEPTH (32) is refused with
    # INPUT_TOO_LARGE at the container one level too deep, without deep recursion.
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.Regulation.from_json("[" * 100_000)
    assert info.value.code == "INPUT_TOO_LARGE"
    assert info.value.path == "/0" * 32


def test_a_huge_string_is_refused_as_too_large() -> None:
    text = " " * (64 * 1024 * 1024 + 1)
    for call in (quyche.Regulation.from_json, quyche.Citation.parse, quyche.find_citations,
                 lambda t: quyche.replay_jsonl(REG, t)):
        with pytest.raises(quyche.InvalidInput) as info:
            call(text)
        assert info.value.code == "INPUT_TOO_LARGE" and info.value.path == ""


def test_a_lone_surrogate_is_invalid_input() -> None:
    with pytest.raises(quyche.InvalidInput):
        quyche.Regulation.from_json("\ud800")
    cmd = json.loads(json.dumps(DETECT))
    cmd["content"]["summary"] = "\ud800"
    with pytest.raises(quyche.InvalidInput) as info:
        REG.detect(cmd, "so-vhttdl", AT)
    assert info.value.path == "/content/summary"


def test_nfd_text_is_stored_as_nfc(doc: Dict[str, Any]) -> None:
    nfd = unicodedata.normalize("NFD", "Khánh Hòa")
    assert nfd != "Khánh Hòa"
    doc["province"]["vi"] = nfd
    reg = quyche.Regulation.from_json(json.dumps(doc, ensure_ascii=False))
    assert reg.to_dict()["province"]["vi"] == "Khánh Hòa"
    cmd = json.loads(json.dumps(DETECT))
    cmd["content"]["summary"] = unicodedata.normalize("NFD", "Tin đồn thất thiệt")
    _, applied = REG.detect(cmd, "so-vhttdl", AT)
    detected = applied["event"]["command"]
    assert detected["type"] == "detect"
    assert detected["content"]["summary"] == "Tin đồn thất thiệt"
    c = quyche.Citation.parse(unicodedata.normalize("NFD", "khoản 1 Điều 5 Quyết định 2086/QĐ-UBND"))
    assert c.key == "2086/QĐ-UBND:5.1"


@pytest.mark.parametrize(
    "mutate, path",
    [
        (lambda c: c.pop("source"), ""),
        (lambda c: c["content"].pop("summary"), "/content"),
        (lambda c: c.update(source=7), "/source"),
        (lambda c: c.update(type=None), "/type"),
        (lambda c: c.update(type="launch"), "/type"),
        (lambda c: c["content"].update(summary=math.nan), "/content/summary"),
        (lambda c: c.update(state_secret=math.inf), "/state_secret"),
        (lambda c: c.update(topics=[2**70]), "/topics/0"),
        (lambda c: c.update(extra=1), ""),
        (lambda c: c.update({1: "x"}), ""),
        (lambda c: c.update(topics=[object()]), "/topics/0"),
        (lambda c: c["content"].update(published_at="yesterday"), "/content/published_at"),
        (lambda c: c["content"].update(published_at=datetime.date(2026, 3, 1)),
         "/content/published_at"),
        (lambda c: c.update(area=nested(300)), "/area"),
    ],
)
def test_bad_commands_are_invalid_input_with_a_pointer(
    mutate: Callable[[Dict[str, Any]], Any], path: str
) -> None:
    cmd = json.loads(json.dumps(DETECT))
    mutate(cmd)
    with pytest.raises(quyche.InvalidInput) as info:
        REG.detect(cmd, "so-vhttdl", AT)
    assert (info.value.path or "").startswith(path), (info.value.path, str(info.value))


@pytest.mark.parametrize("at", [None, 5, datetime.date(2026, 3, 2), "2026-13-02T08:00:00+07:00",
                                "02/03/2026", datetime.datetime(2026, 3, 2, 8), "", "x" * 10_000])
def test_bad_times_are_invalid_input_at_at(at: Any) -> None:
    with pytest.raises(quyche.InvalidInput) as info:
        REG.detect(DETECT, "so-vhttdl", at)
    assert info.value.path == "/at"


@pytest.mark.parametrize("day", [None, 20260217, "2026-02-30", "17/02/2026", 1.5, [2026, 2, 17]])
def test_bad_days_are_invalid_input(day: Any) -> None:
    with pytest.raises(quyche.InvalidInput):
        quyche.is_working_day(day)
    with pytest.raises(quyche.InvalidInput):
        REG.grounds_in_force(day)


@pytest.mark.parametrize("actor", [None, 5, {"officer": "x"}, {"body": 5}, {"body": "x", "y": 1}])
def test_bad_actors_are_invalid_input_at_actor(actor: Any) -> None:
    with pytest.raises(quyche.InvalidInput) as info:
        REG.detect(DETECT, actor, AT)
    assert (info.value.path or "").startswith("/actor")


def test_unknown_bodies_and_numbers_out_of_range() -> None:
    with pytest.raises(quyche.QuycheError) as info:
        REG.detect(DETECT, "no-such-body", AT)
    assert info.value.code == "UNKNOWN_AGENCY"
    bad: Any
    for bad in (-1, True, 2**40, "3"):
        with pytest.raises(quyche.InvalidInput):
            quyche.add_working_days("2026-01-05", bad)
    with pytest.raises(quyche.InvalidInput):
        quyche.holidays_in(2**80)


def test_hostile_events_for_replay() -> None:
    case, _ = REG.detect(DETECT, "so-vhttdl", AT)
    events: Any
    for events in ([], [{}], [None], "[", "{}", [case.events[0] | {"seq": -1}],
                   [case.events[0] | {"at": math.nan}], nested(200)):
        with pytest.raises(quyche.QuycheError):
            quyche.Case.replay(REG, events)


def test_the_module_still_works_after_hostile_input() -> None:
    for text in ["[" * 10_000, "{", '{"id": []}']:
        with pytest.raises(quyche.QuycheError):
            quyche.Regulation.from_json(text)
    assert quyche.Regulation.khanh_hoa().id == "khanh-hoa-2086"


# Members a format does not have are refused at their JSON pointer, never dropped: a member added
# to a stored event is not hashed, so dropping it would let an edit pass unnoticed.
FIXTURES = pathlib.Path(__file__).resolve().parents[3] / "tests" / "bad-inputs" / "fixtures"
EXTRA = "zz_extra"
# An object at each depth of an event of the lifecycle log: the event, its actor, command,
# content and area, effects, a deadline and the citation inside it, recipients and their
# citations, the regulation reference, a ground of a conclusion.
# (Event 10 is the police's removal request to the platform, with the platform's deadline;
# event 17 reports a result, with its recipients; event 8 is the conclusion.)
EVENT_DEPTHS = [
    "/0", "/0/actor", "/0/command", "/0/command/content", "/0/command/area", "/10/effects",
    "/10/effects/deadline", "/10/effects/deadline/provision", "/10/effects/deadline/limit",
    "/17/effects/recipients", "/17/effects/recipients/citations/0", "/0/regulation",
    "/8/command/grounds/0",
]
# The same in a stored case: its own fields and nested objects, and its events.
CASE_DEPTHS = [
    "", "/content", "/area", "/actions/0", "/removal_requests/0", "/removal_requests/0/deadline",
    "/removal_requests/0/deadline/provision", "/actions/0/result", "/actions/0/result/recipients",
    "/assessment", "/verification", "/regulation", "/closing", "/events/0/command/content",
    "/events/10/effects/deadline/provision",
]


def lifecycle_case() -> Dict[str, Any]:
    case: Dict[str, Any] = json.loads((FIXTURES / "lifecycle-case.json").read_text("utf-8"))
    return case


def with_extra(doc: Any, pointer: str) -> Any:
    """A copy of `doc` with member EXTRA (value None) added to the object at `pointer`."""
    copy = json.loads(json.dumps(doc))
    target = copy
    for token in pointer.split("/")[1:]:
        target = target[int(token)] if isinstance(target, list) else target[token]
    target[EXTRA] = None
    return copy


def assert_unknown_member(info: Any, path: str, line: str = "") -> None:
    e = info.value
    assert (e.code, e.path) == ("INVALID_INPUT", f"{path}/{EXTRA}"), str(e)
    en, vi = (f"Line {line}: ", f"Dòng {line}: ") if line else ("", "")
    assert e.message.startswith(f"{en}unknown member `{EXTRA}`; expected one of ")
    assert e.message_vi.startswith(f"{vi}trường `{EXTRA}` không có trong định dạng")


@pytest.mark.parametrize("pointer", EVENT_DEPTHS)
def test_replay_refuses_an_unknown_member_at_every_depth_of_an_event(pointer: str) -> None:
    events = with_extra(lifecycle_case()["events"], pointer)
    for given in (events, json.dumps(events, ensure_ascii=False)):
        with pytest.raises(quyche.InvalidInput) as info:
            quyche.Case.replay(REG, given)
        assert_unknown_member(info, pointer)
    # In a JSON Lines file the pointer starts with the 1-based line number, as the messages do.
    lines = "\n".join(json.dumps(e, ensure_ascii=False) for e in events)
    index, _, rest = pointer[1:].partition("/")
    line = str(int(index) + 1)
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.replay_jsonl(REG, lines)
    assert_unknown_member(info, f"/{line}" + (f"/{rest}" if rest else ""), line)


@pytest.mark.parametrize("pointer", CASE_DEPTHS)
def test_a_stored_case_refuses_an_unknown_member_at_every_depth(pointer: str) -> None:
    case = with_extra(lifecycle_case(), pointer)
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.Case.from_json(REG, json.dumps(case, ensure_ascii=False))
    assert_unknown_member(info, pointer)
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.Case.from_dict(REG, case)
    assert_unknown_member(info, pointer)


@pytest.mark.parametrize(
    "pointer", ["", "/body", "/body/name", "/body/valid", "/roles/0", "/roles/0/valid"])
def test_a_body_registration_refuses_an_unknown_member(pointer: str) -> None:
    registration: quyche.types.BodyRegistration = {
        "body": {"id": "so-vi-du", "name": {"vi": "Sở Ví Dụ", "en": "Example Department"},
                 "valid": {"from": "2025-07-01"}, "status": "C"},
        "roles": [{"role": "commune_committee", "body": "so-vi-du",
                   "valid": {"from": "2025-07-01"}, "status": "C"}],
    }
    reg = quyche.Regulation.khanh_hoa()
    with pytest.raises(quyche.InvalidInput) as info:
        reg.register_body(with_extra(registration, pointer))
    assert_unknown_member(info, pointer)
    reg.register_body(registration)


def test_dicts_nest_as_deep_as_json_text_and_fail_at_the_same_pointer() -> None:
    # The converter of Python values applies the core's MAX_DEPTH (32) like the strict reader of
    # JSON text: the container one level too deep is refused, at the same pointer either way.
    case = lifecycle_case()
    case["area"] = nested(20)  # {"a": [...]} 20 times: 40 containers under /area
    too_deep = "/area" + "/a/0" * 15 + "/a"  # the 32nd container below the case: the 33rd level
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.Case.from_dict(REG, case)
    assert (info.value.code, info.value.path) == ("INPUT_TOO_LARGE", too_deep)
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.Case.from_json(REG, json.dumps(case, ensure_ascii=False))
    assert (info.value.code, info.value.path) == ("INPUT_TOO_LARGE", too_deep)
    case["area"] = nested(15)  # 31 levels in all: read, then refused by the type (an Area)
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.Case.from_dict(REG, case)
    assert info.value.code == "INVALID_INPUT"


# Python values meet the limits of JSON text while they are converted (issue 15, item 3): the
# same refusals at the same pointers as the text, before anything past a limit is built.


def test_a_long_string_in_a_dict_is_refused_at_its_pointer_like_text() -> None:
    doc = REG.to_dict()
    doc["province"]["vi"] = "x" * 10_001
    for given in (doc, json.dumps(doc, ensure_ascii=False)):
        with pytest.raises(quyche.InvalidInput) as info:
            if isinstance(given, str):
                quyche.Regulation.from_json(given)
            else:
                quyche.Regulation.from_dict(given)
        assert (info.value.code, info.value.path) == ("INPUT_TOO_LARGE", "/province/vi")


def test_keys_equal_once_normalised_are_refused_not_merged() -> None:
    # "té" written precomposed and decomposed: one of the two would otherwise be dropped.
    with pytest.raises(quyche.InvalidInput) as info:
        # Unknown members: rejected statically by DetectCommand, hence `Any` to reach the check.
        extra: Any = {**DETECT, "t\u00e9": 1, "te\u0301": 2}
        quyche.Case.start(REG, extra, "so-vhttdl", AT)
    assert info.value.path == "/t\u00e9"


def test_an_event_list_over_the_cap_is_refused_before_it_is_converted() -> None:
    case, _ = REG.detect(DETECT, "so-vhttdl", AT)
    events = case.events * 10_001
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.Case.replay(REG, events)
    assert (info.value.code, info.value.path) == ("INPUT_TOO_LARGE", "")


def test_a_million_values_are_refused_at_the_first_over_the_cap() -> None:
    # The dict and the list count: the millionth value is the list's element 999 998.
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.Regulation.from_dict({"id": [0] * 1_000_001})
    assert (info.value.code, info.value.path) == ("INPUT_TOO_LARGE", "/id/999998")


def test_a_regulation_argument_of_the_wrong_type_is_invalid_input_at_reg() -> None:
    # Issue 15, item 7: pyo3's own check raised a bare TypeError.
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.Case.start(None, DETECT, "so-vhttdl", AT)  # type: ignore[arg-type]
    assert (info.value.code, info.value.path) == ("INVALID_INPUT", "/reg")
    assert "quyche.Regulation" in info.value.message_vi


def test_call_json_answers_arguments_that_are_not_text() -> None:
    out = json.loads(quyche.call_json("case.start", b"{}"))  # type: ignore[arg-type]
    assert (out["error"]["code"], out["error"]["path"]) == ("INVALID_INPUT", "/args")
    out = json.loads(quyche.call_json(7, "{}"))  # type: ignore[arg-type]
    assert out["error"]["path"] == "/method"


def test_a_lone_surrogate_is_refused_alike_in_a_dict_and_in_text() -> None:
    # The same input gives the same answer whichever way it is given (issue 15, item 6).
    bad: quyche.types.DetectCommand = {
        **DETECT, "content": {**DETECT["content"], "summary": "x\ud800"}}
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.Case.start(REG, bad, "so-vhttdl", AT)
    assert (info.value.code, info.value.path) == ("INVALID_INPUT", "/content/summary")
    text = json.dumps({"command": bad, "actor": "so-vhttdl", "at": AT})
    out = json.loads(quyche.call_json("case.start", text))
    assert (out["error"]["code"], out["error"]["path"]) == ("INVALID_INPUT", "/command/content/summary")
