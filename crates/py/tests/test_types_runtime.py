"""The generated types (quyche.types) describe what the package really returns: results of every
kind, from the full lifecycle, every conformance scenario, the regulation's queries, the calendar
and reporting, are checked member by member against their TypedDicts (no member missing that the
type requires, none the type does not know, every value of its type). The commands of the
scenarios are checked as inputs against ``Command`` too."""

from __future__ import annotations

import json
import typing
from typing import Any, List, Tuple

import pytest

import quyche
import quyche.types as T
from conformance_support import regulation as scenario_regulation
from conformance_support import scenario_files
from lifecycle import regulation, run
from typecheck_runtime import mismatches


def outputs() -> List[Tuple[str, Any, Any]]:
    """(name, value, its declared type) for results of every function with a typed result."""
    reg = regulation()
    case, results = run(reg)
    at = "2026-12-01T08:00:00+07:00"
    report = quyche.compile_report(reg, [case], reporter="so-vhttdl", period=("annual", 2026),
                                   include_case_ids=True)
    jsonl = "\n".join(json.dumps(e, ensure_ascii=False) for e in case.events)
    out: List[Tuple[str, Any, Any]] = [
        ("Case.events", case.events, List[T.Event]),
        ("Case.apply", results, List[T.Applied]),
        ("Case.to_dict", case.to_dict(), T.CaseData),
        ("Case.allowed_commands", case.allowed_commands("so-vhttdl", at), List[T.CommandCheck]),
        ("Case.duties_involved", case.duties_involved(), List[T.Involvement]),
        ("Case.status", case.status, T.CaseStatus),
        ("Regulation.to_dict", reg.to_dict(), T.RegulationData),
        ("Regulation.allowed_commands", reg.allowed_commands("so-vhttdl", at),
         List[T.CommandCheck]),
        ("Regulation.instruments", reg.instruments(), List[T.Instrument]),
        ("Regulation.provisions", reg.provisions(), List[T.Provision]),
        ("Regulation.grounds", reg.grounds(), List[T.Ground]),
        ("Regulation.successor_of",
         reg.successor_of({"instrument": "24/2018/QH14", "article": 8}), List[T.Succession]),
        ("Regulation.all_time_limits", reg.all_time_limits(), List[T.TimeLimit]),
        ("Regulation.roles", reg.roles(), List[T.Role]),
        ("Regulation.activities", reg.activities(), List[T.Activity]),
        ("Regulation.bodies", reg.bodies(), List[T.Body]),
        ("Regulation.body_for", reg.body_for("lead_agency", "2026-01-05"),
         List[T.RoleAssignment]),
        ("Regulation.duties", reg.duties(), List[T.Duty]),
        ("Regulation.vocabulary", reg.vocabulary("case_status"), List[T.Term]),
        ("day_info", quyche.day_info("2026-02-17"), T.DayInfo),
        ("add_working_days", quyche.add_working_days("2026-02-13", 1), T.DayCount),
        ("holidays_in", quyche.holidays_in(2026), List[T.Holiday]),
        ("to_lunar", quyche.to_lunar("2026-02-17"), T.LunarDate),
        ("reporting_calendar", quyche.reporting_calendar(reg, 2026, "2026-06-17"),
         List[T.ReportingDue]),
        ("report_window", quyche.report_window(reg, "six_monthly", 2026), T.Window),
        ("overdue", quyche.overdue(reg, "2026-12-31", []), List[T.Overdue]),
        ("compile_report", report, T.PeriodicReport),
        ("report_document", quyche.report_document(reg, report), T.ReportDocument),
        ("report_document annex", quyche.report_document(reg, report, annex=True),
         T.ReportDocument),
        ("replay_jsonl", quyche.replay_jsonl(reg, jsonl), T.JsonlSummary),
    ]
    try:
        case.apply({"type": "receive"}, "so-vhttdl", at)
    except quyche.QuycheError as e:
        out.append(("QuycheError.to_dict", e.to_dict(), T.Error))
        out.append(("QuycheError.code", e.code, T.ErrorCode))
    return out


@pytest.mark.parametrize("name,value,declared", [pytest.param(*o, id=o[0]) for o in outputs()])
def test_a_result_has_its_declared_type(name: str, value: Any, declared: Any) -> None:
    assert mismatches(value, declared) == []


def test_every_scenario_step_and_refusal_has_its_declared_type() -> None:
    checked = 0
    for path in scenario_files():
        sc = json.loads(path.read_text(encoding="utf-8"))
        reg = scenario_regulation(sc)
        case = None
        for n, step in enumerate(sc.get("steps", [])):
            where = f"{path.name} step {n}"
            assert mismatches(step["command"], T.Command) == [] or "error" in step["expect"], where
            try:
                if case is None:
                    case, applied = quyche.Case.start(reg, step["command"], step["actor"],
                                                      step["at"])
                else:
                    applied = case.apply(step["command"], step["actor"], step["at"])
            except quyche.QuycheError as e:
                assert mismatches(e.to_dict(), T.Error) == [], where
                continue
            assert mismatches(applied, T.Applied) == [], where
            checked += 1
        if case is not None:
            assert mismatches(case.to_dict(), T.CaseData) == [], path.name
    assert checked > 300, checked


def test_the_checker_sees_a_wrong_value() -> None:
    # The check above is not vacuous: each kind of departure is reported where it is.
    event = regulation().detect(
        {"type": "detect", "source": "press_review",
         "content": {"platform": "X", "platform_kind": "social_network", "kind": "post",
                     "summary": "Tin"}}, "so-vhttdl", "2026-03-02T08:00:00+07:00")[1]["event"]
    bad: Any = json.loads(json.dumps(event))
    bad["seq"] = "1"
    bad["command"]["content"]["platform_kind"] = "social_netwrk"
    del bad["actor"]["body"]
    bad["effects"]["extra"] = 1
    assert sorted(mismatches(bad, T.Event)) == [
        "/actor/body: missing (required by Actor)",
        "/command/content/platform_kind: 'social_netwrk' not in " + repr(
            typing.get_args(T.PlatformKind)),
        "/effects/extra: not a member of Effects",
        "/seq: '1' is not int",
    ]
