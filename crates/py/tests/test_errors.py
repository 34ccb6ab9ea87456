"""Errors cross into Python as quyche.QuycheError subclasses with the core's fields."""

from __future__ import annotations

import json
import re
from typing import Any, Callable, Dict, List, Optional, Tuple, cast

import pytest

import quyche
import quyche.types

# The refusals below pass wrong values on purpose: the generated types (quyche.types) reject them
# statically, so they go through `cast(Any, ...)` to reach the run-time checks under test.


def test_a_bad_field_raises_invalid_input_with_a_json_pointer(doc: Dict[str, Any]) -> None:
    doc["signed"] = 20200812
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.Regulation.from_json(json.dumps(doc))
    e = info.value
    assert e.code == "INVALID_INPUT"
    assert e.path == "/signed"
    assert e.message and e.message_vi
    assert isinstance(e, quyche.QuycheError) and isinstance(e, ValueError)
    assert str(e).startswith("INVALID_INPUT: ") and str(e).endswith("(at /signed)")


def test_a_nested_bad_field_points_into_the_array(doc: Dict[str, Any]) -> None:
    # The regulation document is nested: the instruments are in its legal catalogue.
    doc["catalogue"]["instruments"][0]["in_force"]["from"] = "12/08/2020"
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.Regulation.from_json(json.dumps(doc))
    assert info.value.path == "/catalogue/instruments/0/in_force/from"


def test_malformed_json_is_invalid_json() -> None:
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.Regulation.from_json('{"id": ')
    assert info.value.code == "INVALID_JSON"


def test_inconsistent_document_is_invalid_regulation_with_related(doc: Dict[str, Any]) -> None:
    # The regulation's own instrument (QĐ 2086/QĐ-UBND) must be in the catalogue, and a validity
    # interval may not end before it starts.
    doc["instrument"] = "9999/QĐ-UBND"
    doc["in_force"] = {"from": "2020-08-12", "to": "2020-08-11"}
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.Regulation.from_json(json.dumps(doc))
    e = info.value
    assert e.code == "INVALID_REGULATION"
    assert e.path == "/instrument"
    assert [r.path for r in e.related] == ["/in_force"]
    assert all(isinstance(r, quyche.InvalidInput) for r in e.related)


def test_error_to_dict_has_the_schema_shape(doc: Dict[str, Any]) -> None:
    doc["signed"] = None
    with pytest.raises(quyche.QuycheError) as info:
        quyche.Regulation.from_json(json.dumps(doc))
    d = info.value.to_dict()
    assert d["code"] == "INVALID_INPUT" and d["path"] == "/signed"
    assert set(d) <= {"code", "message", "message_vi", "help", "help_vi", "citations", "path",
                      "related"}


def test_every_family_is_a_quyche_error() -> None:
    for cls in (quyche.InvalidInput, quyche.NotFound, quyche.RuleViolation, quyche.LogTampered):
        assert issubclass(cls, quyche.QuycheError)
    assert issubclass(quyche.NotFound, LookupError)
    partial = cast(Any, [{"article": 7}])  # not a whole citation: stored as given
    e = quyche.RuleViolation("no", code="NOT_AUTHORIZED", citations=partial)
    assert e.citations == partial and e.related == [] and e.help is None


# ----- Vietnamese messages are Vietnamese throughout, and every error points at its input -----

_VN = "2026-03-02T08:00:00+07:00"
_DETECT: quyche.types.DetectCommand = {"type": "detect", "source": "press_review", "content": {
    "platform": "Facebook", "platform_kind": "social_network", "kind": "post", "summary": "Tin"}}
# Words of serde's and chrono's English messages ("unknown variant `x`, expected one of …",
# "missing field `x`", "invalid type: integer `7`, expected a string", "input is out of range",
# "premature end of input").
_ENGLISH = re.compile(r"\b(unknown variant|expected|missing field|invalid type|out of range|"
                      r"premature end|input is|a day of the month)\b")


def _reg() -> quyche.Regulation:
    return quyche.Regulation.khanh_hoa()


def _month_day_32() -> None:
    d = _reg().to_dict()
    d["reporting"]["windows"][0]["end"] = {"month_offset": -2, "day": 32}
    quyche.Regulation.from_dict(d)


_REFUSALS: List[Tuple[str, Callable[[], object], str, Optional[str]]] = [
    # (name, call, expected path, why its Vietnamese message is known to carry English)
    ("unknown-member", lambda: _reg().register_body(cast(Any, {"id": "x"})), "/id", None),
    ("unknown-command",
     lambda: _reg().detect(cast(Any, {"type": "frobnicate"}), "so-vhttdl", _VN),
     "/type", None),
    ("unknown-role", lambda: _reg().duties_of("gardener"), "/role", None),
    ("bad-day", lambda: quyche.is_working_day("2026-02-30"), "/day", None),
    ("unknown-variant",
     lambda: _reg().detect(cast(Any, {**_DETECT, "source": "fax"}), "so-vhttdl", _VN),
     "/source", None),
    ("unknown-language",
     lambda: quyche.render_markdown(_reg(), cast(Any, {}), lang=cast(Any, "fr")), "/lang",
     None),
    ("wrong-type", lambda: quyche.Regulation.from_json('{"id": 7}'), "/id", None),
    ("wrong-type-in-citation",
     lambda: quyche.Citation.from_dict(cast(Any, {"instrument": "2086/QĐ-UBND", "article": "x"})),
     "/article", None),
    ("unknown-frequency", lambda: quyche.report_window(_reg(), cast(Any, "weekly"), 2026),
     "/frequency", None),
    ("window-day-32", _month_day_32, "/reporting/windows/0/end/day", None),
    ("time-not-rfc3339", lambda: _reg().detect(_DETECT, "so-vhttdl", "yesterday"), "/at",
     None),
]


@pytest.mark.parametrize("call,path", [
    pytest.param(call, path, id=name,
                 marks=[pytest.mark.xfail(strict=True, reason=why)] if why else [])
    for name, call, path, why in _REFUSALS
])
def test_a_refusal_has_a_vietnamese_message_without_english_text(
    call: Callable[[], object], path: str
) -> None:
    with pytest.raises(quyche.InvalidInput) as info:
        call()
    e = info.value
    assert e.path == path
    assert e.message and e.message_vi
    assert not _ENGLISH.search(e.message_vi), e.message_vi


def test_a_lunar_date_that_does_not_exist_points_at_its_day() -> None:
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.from_lunar(31, 1, 2026)
    assert info.value.path == "/day"


def test_a_gap_below_the_national_minimum_cites_decree_09_2019(doc: Dict[str, Any]) -> None:
    # NĐ 09/2019 Điều 8 khoản 5 điểm b: a report is due at least one working day after its
    # window.
    for level in doc["reporting"]["deadlines"]["levels"]:
        if level["level"] == "body":
            for rule in level["rules"]:
                rule["working_days"] = 0
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.Regulation.from_dict(doc)
    e = info.value
    assert e.code == "INVALID_REGULATION"
    assert e.path == "/reporting/deadlines/levels/0/rules/0/working_days"
    keys = [quyche.Citation.from_dict(c).key for c in e.citations]
    assert "09/2019/NĐ-CP:8.5.b" in keys, keys
