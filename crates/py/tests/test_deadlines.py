"""Every tests/conformance/deadlines/*.json scenario (format in its README.md) through the Python
API, with the checks of crates/core/tests/conformance_deadlines.rs: the built-in regulation with
the scenario's ``patch`` applied to its document and loaded with full validation, then the
window, due dates per level, skipped holidays and calendar entries, or the expected refusal with
the citations it must give."""

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


def patched(ops: List[Any]) -> Dict[str, Any]:
    """The built-in regulation's document with the ``["set", pointer, value]`` operations."""
    # Patched by JSON pointer: plain JSON values, not the typed RegulationData.
    doc: Dict[str, Any] = json.loads(quyche.Regulation.khanh_hoa().to_json())
    for op in ops:
        kind, pointer, value = op
        assert kind == "set", f"unknown patch op {kind}"
        *parents, last = pointer.split("/")[1:]
        target: Any = doc
        for token in parents:
            target = target[int(token)] if isinstance(target, list) else target[token]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value
    return doc


def loaded(sc: Dict[str, Any]) -> "tuple[quyche.Regulation, Dict[str, Any]]":
    """The patched regulation with the scenario's bodies, and the period's window."""
    reg = quyche.Regulation.from_dict(patched(sc.get("patch", [])))
    for r in sc.get("register", []):
        reg.register_body(r)
    inp = sc["input"]
    return reg, dict(quyche.report_window(reg, inp["frequency"], inp["year"]))


@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_deadline_scenario(path: Path) -> None:
    sc = json.loads(path.read_text(encoding="utf-8"))
    for k in ("name", "description", "cites", "input", "expect"):
        assert k in sc, f"missing {k}"
    assert sc["name"] == path.stem
    inp, expect = sc["input"], sc["expect"]
    if "error" in expect:
        # Loading the document validates the reporting rules (Điều 8; NĐ 09/2019 Điều 8.5).
        with pytest.raises(quyche.QuycheError) as info:
            loaded(sc)
        e = info.value
        assert (e.code, e.path) == (expect["error"], expect["path"]), e
        assert e.message and e.message_vi
        keys = [quyche.Citation.from_dict(c).key for c in e.citations]
        for key in expect.get("citations", []):
            assert key in keys, f"{key} not cited: {keys}"
        return
    reg, window = loaded(sc)
    assert window == expect["window"]
    period = {"frequency": inp["frequency"], "year": inp["year"]}
    cal = [d for d in quyche.reporting_calendar(reg, inp["year"], inp["as_of"])
           if {"frequency": d["period"]["frequency"], "year": d["period"]["year"]} == period]
    if expect.get("no_entries"):
        assert cal == [], f"{len(cal)} entries, expected none"
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
        entry = next((dict(d) for d in cal
                      if d["obligation"] == e["obligation"] and d["body"] == e["body"]), None)
        assert entry is not None, f"no entry {e}"
        for k, v in e.items():
            assert entry.get(k) == v, f"{e['obligation']}/{e['body']}: {k} = {entry.get(k)}"
