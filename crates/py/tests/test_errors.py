"""Errors cross into Python as quyche.QuycheError subclasses with the core's fields."""

from __future__ import annotations

import json
from typing import Any, Dict

import pytest

import quyche


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
    doc["instruments"][0]["in_force"]["from"] = "12/08/2020"
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.Regulation.from_json(json.dumps(doc))
    assert info.value.path == "/instruments/0/in_force/from"


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
    e = quyche.RuleViolation("no", code="NOT_AUTHORIZED", citations=[{"article": 7}])
    assert e.citations == [{"article": 7}] and e.related == [] and e.help is None
