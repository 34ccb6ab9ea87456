"""Hostile input never crashes the interpreter: it raises a Python exception."""

from __future__ import annotations

import json
import unicodedata
from typing import Any, Dict

import pytest

import quyche


@pytest.mark.parametrize("bad", [None, 123, 1.5, b"{}", ["{}"], {"id": "x"}])
def test_wrong_argument_types_raise_type_error(bad: Any) -> None:
    with pytest.raises(TypeError):
        quyche.Regulation.from_json(bad)


@pytest.mark.parametrize(
    "text", ["", "null", "[]", "{}", "NaN", '{"id": NaN}', "\x00", "[" * 100_000, '"\\ud800"']
)
def test_odd_json_is_invalid_input(text: str) -> None:
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.Regulation.from_json(text)
    assert info.value.code in {"INVALID_JSON", "INVALID_INPUT"}


def test_a_huge_string_is_refused_as_too_large() -> None:
    text = " " * (64 * 1024 * 1024 + 1)
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.Regulation.from_json(text)
    assert info.value.code == "INPUT_TOO_LARGE"
    assert info.value.path == ""


def test_a_lone_surrogate_is_refused_by_the_conversion() -> None:
    with pytest.raises(UnicodeEncodeError):
        quyche.Regulation.from_json("\ud800")


def test_nfd_text_is_stored_as_nfc(doc: Dict[str, Any]) -> None:
    nfd = unicodedata.normalize("NFD", "Khánh Hòa")
    assert nfd != "Khánh Hòa"
    doc["province"]["vi"] = nfd
    reg = quyche.Regulation.from_json(json.dumps(doc, ensure_ascii=False))
    assert reg.to_dict()["province"]["vi"] == "Khánh Hòa"


def test_the_module_still_works_after_hostile_input() -> None:
    for text in ["[" * 10_000, "{", '{"id": []}']:
        with pytest.raises(quyche.QuycheError):
            quyche.Regulation.from_json(text)
    assert quyche.Regulation.khanh_hoa().id == "khanh-hoa-2086"
