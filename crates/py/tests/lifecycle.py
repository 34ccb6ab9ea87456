"""A real 2026 case for the API tests: the 15 steps of tests/conformance/full-lifecycle-2026.json,
on the corrected workflow. A ward committee detects and notifies the lead agency by e-mail (Điều
5.1); the lead agency receives it, verifies it by written consultation of the police and the
Party propaganda commission (Điều 5.2, 7.1.a), concludes violating under the Cybersecurity Law
2025 (Điều 2.2) and requests the police to remove the content (Điều 7.1.a, 7.2.a); the police
send the removal request to the platform (Điều 7.2.b; the platform's 24-hour deadline) and record
its compliance; the lead agency rebuts within its own authority; both results are reported; Báo
Khánh Hòa announces them (Điều 7.5.b); the lead agency closes the case.

Step indexes (0-based) the tests use:

==== =========================== =================== =============
 i    command                     actor               status after
==== =========================== =================== =============
 0    detect                      ward committee      detected
 1    notify_lead                 ward committee      reported
 2    receive                     so-vhttdl           received
 3    open_verification           so-vhttdl           verifying
 4    submit_opinion              cong-an-tinh        verifying
 5    submit_opinion              ban-tuyen-giao-…    verifying
 6    conclude (violating)        so-vhttdl           assessed
 7    request_action (removal)    so-vhttdl           handling
 8    send_removal_request        cong-an-tinh        handling
 9    take_action (rebuttal)      so-vhttdl           handling
 10   record_platform_response    cong-an-tinh        handling
 11   report_result A1            cong-an-tinh        handling
 12   report_result A2            so-vhttdl           handled
 13   publish_results             bao-khanh-hoa       published
 14   close                       so-vhttdl           closed
==== =========================== =================== =============
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Tuple

import quyche
import quyche.types
from conformance_support import CONFORMANCE

STEPS = 15
# Indexes of the steps the tests use (checked against the scenario by test_cases.py).
OPINION, CONCLUDE, REQUEST, REMOVAL, REBUTTAL = 4, 6, 7, 8, 9


def scenario() -> Dict[str, Any]:
    text = (CONFORMANCE / "full-lifecycle-2026.json").read_text(encoding="utf-8")
    parsed: Dict[str, Any] = json.loads(text)
    return parsed


def regulation() -> quyche.Regulation:
    """The built-in regulation with the scenario's ward committee and Department of Health."""
    reg = quyche.Regulation.khanh_hoa()
    for r in scenario()["register"]:
        reg.register_body(r)
    return reg


def run(
    reg: quyche.Regulation, upto: int = STEPS, case_id: str = ""
) -> Tuple[quyche.Case, List[quyche.types.Applied]]:
    """The case after the first `upto` steps, with each step's result. The id is derived from
    the detector and the times, so a second case of the same steps needs its own `case_id`
    (e.g. ``"KH-2026-02"``)."""
    steps = scenario()["steps"][:upto]
    first = steps[0]
    if case_id:
        first["command"]["case_id"] = case_id
    case, applied = quyche.Case.start(reg, first["command"], first["actor"], first["at"])
    results = [applied]
    for s in steps[1:]:
        results.append(case.apply(s["command"], s["actor"], s["at"]))
    return case, results
