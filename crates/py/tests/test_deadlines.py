"""Every tests/conformance/deadlines/*.json scenario (format in its README.md) through the Python
API, with the checks of crates/core/tests/conformance_deadlines.rs: window, due dates per level,
skipped holidays, calendar entries, or the expected validation error.

The scenarios' ``config`` names the members of the reporting rules by meaning (README.md);
the regulation document now holds them as data (``/reporting/deadlines/minimum``, one
``/reporting/deadlines/levels/<i>`` per level with one rule per span of periods, and window rules
as month offsets from the period's first and last month). ``configured`` applies each member
where it now lives, and an expected error pointer written for a member is read as the first
pointer that member was written to (e.g. ``/reporting/deadlines/body/working_days`` →
``/reporting/deadlines/levels/0/rules/0/working_days``)."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest

import quyche
from conformance_support import CONFORMANCE, scenario_files

FILES = scenario_files(CONFORMANCE / "deadlines")

GAPS = {"minimum_gap": "minimum", "body_gap": "body", "consolidated_gap": "consolidated"}

# Scenarios the core gets wrong; each expected to fail until it is fixed (see the report of the
# port). The dates the scenarios expect were checked against the core's own window and calendar
# computation with the rule set in Rust, past the refusing validation.
DEFECTS: Dict[str, str] = {
    "window-before-tet-2026": (
        "core defect: regulation validation (validate/reporting.rs `ordered`) compares the "
        "window's start offset (from the period's first month) with its end offset (from the "
        "period's last month) as if both had one anchor, so a six-monthly window 1 Jan → 12 Feb "
        "(start +0, end -4) is refused 'The window ends before it starts' at "
        "/reporting/windows/0/end; built in Rust it gives the expected 2026-02-23/2026-02-26"),
    "window-before-april-holidays": (
        "core restriction: a window rule's day of the month is 1–28 or \"last\" "
        "(rules::DayOfMonth), so the window ending on 29 April cannot be written (INVALID_INPUT "
        "at /reporting/windows/0/end/day, whose message_vi is an English serde text); built in "
        "Rust with day 29 it gives the expected 2026-05-05/2026-05-08"),
    "minimum-below-national-floor-refused": (
        "core regression: a national minimum gap of 0 working days "
        "(/reporting/deadlines/minimum/working_days) is accepted; the earlier validation refused "
        "it (NĐ 09/2019 Điều 8.5.b), as this scenario and crates/core/tests/report_calendar.rs "
        "still expect"),
}


def _params() -> List[Any]:
    return [pytest.param(f, id=f.stem,
                         marks=[pytest.mark.xfail(strict=True, reason=DEFECTS[f.stem])]
                         if f.stem in DEFECTS else []) for f in FILES]


def test_there_are_at_least_12_deadline_scenarios() -> None:
    assert len(FILES) >= 12, len(FILES)


def _month(day: str) -> int:
    d = datetime.date.fromisoformat(day)
    return d.year * 12 + d.month - 1


def configured(sc: Dict[str, Any]) -> Tuple[Dict[str, Any], Dict[str, str]]:
    """The built-in regulation's document with the scenario's bodies and reporting overrides,
    and for each overridden member the first pointer it was written to."""
    reg = quyche.Regulation.khanh_hoa()
    for r in sc.get("register", []):
        reg.register_body(r)
    c: Dict[str, Any] = sc.get("config") or {}
    if not c:
        return reg.to_dict(), {}
    inp = sc["input"]
    # The window of the period under the built-in rules locates its first and last month.
    base = quyche.report_window(reg, inp["frequency"], inp["year"])
    doc = reg.to_dict()
    dl = doc["reporting"]["deadlines"]
    written: Dict[str, str] = {}
    for key, level in GAPS.items():
        if key not in c:
            continue
        old = f"/reporting/deadlines/{level}/working_days"
        if level == "minimum":
            dl["minimum"]["working_days"] = c[key]
            written[old] = old
            continue
        for i, lv in enumerate(dl["levels"]):
            if lv["level"] != level:
                continue
            for j, rule in enumerate(lv["rules"]):
                rule["working_days"] = c[key]
                written.setdefault(old, f"/reporting/deadlines/levels/{i}/rules/{j}/working_days")
    if "window" in c:
        rule = next(w for w in doc["reporting"]["windows"] if w["frequency"] == inp["frequency"])
        first = _month(base["from"]) - int(rule["start"].get("month_offset", 0))
        last = _month(base["to"]) - int(rule["end"].get("month_offset", 0))
        for key, anchor in (("start", first), ("end", last)):
            if key in c["window"]:
                w = c["window"][key]
                month = (inp["year"] + int(w.get("year_offset", 0))) * 12 + int(w["month"]) - 1
                rule[key] = {"month_offset": month - anchor, "day": w["day"]}
    return doc, written


@pytest.mark.parametrize("path", _params())
def test_deadline_scenario(path: Path) -> None:
    sc = json.loads(path.read_text(encoding="utf-8"))
    for k in ("name", "description", "cites", "input", "expect"):
        assert k in sc, f"missing {k}"
    assert sc["name"] == path.stem
    inp, expect = sc["input"], sc["expect"]
    doc, written = configured(sc)
    if "error" in expect:
        # Loading the document validates the reporting rules (Điều 8; NĐ 09/2019 Điều 8.5).
        with pytest.raises(quyche.QuycheError) as info:
            reg = quyche.Regulation.from_dict(doc)
            quyche.report_window(reg, inp["frequency"], inp["year"])
        want_path = written.get(expect["path"], expect["path"])
        assert (info.value.code, info.value.path) == (expect["error"], want_path), info.value
        assert info.value.message and info.value.message_vi
        return
    reg = quyche.Regulation.from_dict(doc)
    window = quyche.report_window(reg, inp["frequency"], inp["year"])
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
