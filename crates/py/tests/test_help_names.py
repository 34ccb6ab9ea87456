"""A help text names Python's API (issue 17, "help names the caller's own API"): the core stores
which API item a help refers to, and the binding renders it in Python's convention. Rust paths
(`Regulation::register_body`) and JavaScript names (`registerBody`) never reach Python users."""

from __future__ import annotations

import pytest

import quyche
from quyche.types import DetectCommand

DETECT: DetectCommand = {
    "type": "detect",
    "source": "press_review",
    "content": {"platform": "Facebook", "platform_kind": "social_network", "kind": "post", "summary": "Tin đồn"},
}
AT = "2026-08-03T08:00:00+07:00"


def test_unknown_body_help_names_register_body_in_python() -> None:
    reg = quyche.Regulation.khanh_hoa()
    with pytest.raises(quyche.NotFound) as raised:
        quyche.Case.start(reg, DETECT, "so-khong-co", AT)
    e = raised.value
    assert e.code == "UNKNOWN_AGENCY"
    assert e.help is not None and e.help_vi is not None
    assert "`Regulation.register_body`" in e.help
    assert "`Regulation.register_body`" in e.help_vi
    assert "::" not in e.help + e.help_vi and "registerBody" not in e.help + e.help_vi


def test_step_not_possible_help_names_allowed_commands_in_python() -> None:
    reg = quyche.Regulation.khanh_hoa()
    case, _ = quyche.Case.start(reg, DETECT, "so-vhttdl", AT)
    with pytest.raises(quyche.RuleViolation) as raised:
        case.apply({"type": "close"}, "so-vhttdl", "2026-08-03T09:00:00+07:00")
    e = raised.value
    assert e.help_vi is not None and "`Case.allowed_commands`" in e.help_vi, e.help_vi


def test_call_json_help_names_the_method() -> None:
    import json

    args = {"command": DETECT, "actor": "so-khong-co", "at": AT}
    err = json.loads(quyche.call_json("case.start", json.dumps(args)))["error"]
    assert "`Regulation.register_body`" in err["help_vi"]


def test_a_dissolved_body_is_answered_with_its_successor() -> None:
    reg = quyche.Regulation.khanh_hoa()
    with pytest.raises(quyche.NotFound) as raised:
        quyche.Case.start(reg, DETECT, "so-tttt", AT)
    e = raised.value
    assert e.help_vi is not None and "(`so-" in e.help_vi, e.help_vi
