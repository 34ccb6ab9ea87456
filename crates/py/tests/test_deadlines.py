"""Every tests/conformance/deadlines/*.json scenario (format in its README.md) through the Python
API, with the checks of crates/core/tests/conformance_deadlines.rs: window, due dates per level,
skipped holidays, calendar entries, or the expected validation error."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List

import pytest

import quyche
from conformance_support import CONFORMANCE, scenario_files

FILES = scenario_files(CONFORMANCE / "deadlines")


def test_there_are_at_least_12_deadline_scenarios() -> None:
    assert len(FILES) >= 12, len(FILES)


def configured(sc: Dict[str, Any]) -> quyche.Regulation:
    """The built-in regulation with the scenario's bodies and reporting overrides; loading it
    validates the reporting rules (Điều 8; NĐ 09/2019 Điều 8.5)."""
    reg = quyche.Regulation.khanh_hoa()
    for r in sc.get("register", []):
        reg.register_body({**r["body"], "roles": r["roles"]})
    c = sc.get("config")
    if not c:
        return reg
    doc = reg.to_dict()
    dl = doc["reporting"]["deadlines"]
    for key, level in (("minimum_gap", "minimum"), ("body_gap", "body"),
                       ("consolidated_gap", "consolidated")):
        if key in c:
            dl[level]["working_days"] = c[key]
    if "window" in c:
        rule = next(w for w in doc["reporting"]["windows"]
                    if w["frequency"] == sc["input"]["frequency"])
        rule.update(c["window"])
    return quyche.Regulation.from_dict(doc)


@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_deadline_scenario(path: Path) -> None:
    sc = json.loads(path.read_text(encoding="utf-8"))
    for k in ("name", "description", "cites", "input", "expect"):
        assert k in sc, f"missing {k}"
    inp, expect = sc["input"], sc["expect"]
    if "error" in expect:
        with pytest.raises(quyche.QuycheError) as info:
            reg = configured(sc)
            quyche.report_window(reg, inp["frequency"], inp["year"])
        assert (info.value.code, info.value.path) == (expect["error"], expect["path"])
        return
    reg = configured(sc)
    window = quyche.report_window(reg, inp["frequency"], inp["year"])
    assert window == expect["window"]
    period = {"frequency": inp["frequency"], "year": inp["year"]}
    cal = [d for d in quyche.reporting_calendar(reg, inp["year"], inp["as_of"])
           if d["period"] == period]
    if expect.get("no_entries"):
        assert cal == []
        return
    assert cal, "no calendar entry"
    for level, due in expect["due"].items():
        of_level = [d for d in cal if d["level"] == level]
        assert of_level, f"no {level} entry"
        assert all(d["due"] == due for d in of_level), [(d["body"], d["due"]) for d in of_level]
    for level, want in expect.get("skipped", {}).items():
        for d in (d for d in cal if d["level"] == level):
            got: List[str] = [h["date"] for h in d.get("skipped", [])]
            assert got == want, f"{level} {d['body']}: {got}"
    for e in expect.get("entries", []):
        entry: Dict[str, Any] = next(
            dict(d) for d in cal if d["obligation"] == e["obligation"] and d["body"] == e["body"]
        )
        for k, v in e.items():
            assert entry.get(k) == v, f"{e['obligation']}/{e['body']}: {k}"
