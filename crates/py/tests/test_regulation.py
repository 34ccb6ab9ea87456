"""quyche.Regulation: the built-in Khánh Hòa regulation and JSON round trips."""

from __future__ import annotations

import json
import re
from typing import Any, Dict

import quyche


def test_khanh_hoa_is_qd_2086_signed_12_august_2020() -> None:
    reg = quyche.Regulation.khanh_hoa()
    d = reg.to_dict()
    assert reg.id == "khanh-hoa-2086"
    assert d["instrument"] == "2086/QĐ-UBND", "the regulation is issued by QĐ 2086/QĐ-UBND"
    assert d["signed"] == "2020-08-12", "QĐ 2086 was signed on 12 August 2020"
    assert d["province"]["vi"] == "Khánh Hòa"


def test_dieu_5_1_duty_binds_departments_to_notify_the_lead_agency() -> None:
    # The document is nested: catalogue, register, matrix, workflow, reporting.
    duties = quyche.Regulation.khanh_hoa().to_dict()["matrix"]["duties"]
    d51 = [d for d in duties if d["id"] == "5.1"]
    assert len(d51) == 1, "Điều 5.1 is one row of the responsibility matrix"
    assert d51[0]["citation"] == {"instrument": "2086/QĐ-UBND", "article": 5, "clause": 1}
    assert d51[0]["role"] == "department", "Điều 5.1 binds departments (sở, ngành) first"
    assert {"police", "commune_committee", "press_outlet"} <= {a["role"] for a in d51[0]["also"]}, \
        "and every other body and locality with them"
    assert (d51[0]["participation"], d51[0]["obligation"]) == ("notify", "mandatory")
    assert d51[0]["counterparts"] == ["lead_agency"], "Điều 5.1: notify the lead agency"


def test_version_is_semver_and_data_version_is_set() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+(-[\w.]+)?", quyche.version())
    assert quyche.Regulation.khanh_hoa().version


def test_from_json_round_trip_is_lossless() -> None:
    reg = quyche.Regulation.khanh_hoa()
    again = quyche.Regulation.from_json(reg.to_json())
    assert again == reg
    assert again.to_dict() == reg.to_dict()
    assert again.id == reg.id and again.version == reg.version


def test_to_dict_is_plain_json_data() -> None:
    d = quyche.Regulation.khanh_hoa().to_dict()
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d
    assert json.loads(quyche.Regulation.khanh_hoa().to_json()) == d
    for part in ("catalogue", "register", "matrix", "workflow", "reporting"):
        assert isinstance(d[part], dict), part


def test_a_changed_document_loads_with_its_changes(doc: Dict[str, Any]) -> None:
    doc["id"] = "khanh-hoa-2086-test"
    doc["version"] = "test"
    reg = quyche.Regulation.from_json(json.dumps(doc))
    assert (reg.id, reg.version) == ("khanh-hoa-2086-test", "test")
    assert reg != quyche.Regulation.khanh_hoa()
    assert repr(reg) == 'Regulation(id="khanh-hoa-2086-test", version="test")'
