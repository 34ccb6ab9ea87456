"""Deliberate type mistakes against the quyche package: ``mypy --strict`` must reject every line
marked ``# expect-error:`` and accept every other line (test_typing_mistakes.py runs it and
compares the lines and error codes). crates/wasm/tests/typing/mistakes.ts holds the same
mistakes, with the same ids in the same order, for ``tsc --strict``; both tests check that the
two lists are the same.

Marker: ``# expect-error: <id> [<mypy error code>]`` ending the line mypy reports. The file is
never run, only type-checked (the plain ``mypy`` run of the tests excludes it: pyproject.toml).
"""

import quyche
from quyche.types import (
    Applied,
    CaseStatus,
    Citation,
    CommandCheck,
    Deadline,
    ErrorCode,
    Holiday,
    PeriodicReport,
)

AT = "2026-03-02T09:00:00+07:00"


def commands(reg: quyche.Regulation, case: quyche.Case) -> None:
    case.apply({"type": "recieve"}, "so-vhttdl", AT)  # expect-error: unknown-command-type [arg-type]
    quyche.Case.start(reg, {"type": "detect", "source": "press_review", "content": {"platform": "Facebook", "platform_kind": "social_netwrk", "kind": "post", "summary": "Tin"}}, "so-vhttdl", AT)  # expect-error: platform-kind-typo [typeddict-item]
    quyche.Case.start(reg, {"type": "detect", "source": "press_review"}, "so-vhttdl", AT)  # expect-error: detect-without-content [arg-type]
    case.apply({"type": "receive", "notes": "x"}, "so-vhttdl", AT)  # expect-error: unknown-command-member [arg-type]
    case.apply({"type": "triage", "priority": "high"}, "so-vhttdl", AT)  # expect-error: priority-typo [typeddict-item]
    case.apply({"type": "request_action", "kind": "removal"}, "so-vhttdl", AT)  # expect-error: request-without-body [typeddict-item]
    case.apply({"type": "conclude", "verdict": "guilty"}, "so-vhttdl", AT)  # expect-error: verdict-typo [typeddict-item]
    case.apply({"type": "record_platform_response", "request_id": "R1", "response": "complied_with"}, "cong-an-tinh", AT)  # expect-error: platform-response-typo [typeddict-item]
    quyche.Case.start(reg, {"type": "detect", "source": "press_review", "topics": ["helth"], "content": {"platform": "Facebook", "platform_kind": "social_network", "kind": "post", "summary": "Tin"}}, "so-vhttdl", AT)  # expect-error: topic-typo [list-item]
    case.apply({"type": "receive"}, {"body": "so-vhttdl", "oficer": "A"}, AT)  # expect-error: actor-member-typo [arg-type]


def statuses_and_codes(case: quyche.Case, e: quyche.QuycheError, applied: Applied) -> None:
    received = case.status == "recieved"  # expect-error: status-typo-comparison [comparison-overlap]
    st: CaseStatus = "open"  # expect-error: status-typo-assignment [assignment]
    refused = e.code == "NOT_AUTHORISED"  # expect-error: error-code-typo-comparison [comparison-overlap]
    code: ErrorCode = "NO_SUCH_CODE"  # expect-error: error-code-typo-assignment [assignment]
    advised = applied["advisories"][0]["code"] == "CONSULT_ROLES"  # expect-error: advisory-code-typo [comparison-overlap]
    print(received, st, refused, code, advised)


def results(check: CommandCheck, deadline: Deadline, holiday: Holiday, applied: Applied) -> None:
    notify = check["command"] == "notify_leed"  # expect-error: command-kind-typo [comparison-overlap]
    platform = deadline["binds"] == "platfrom"  # expect-error: deadline-binds-typo [comparison-overlap]
    confirmed = holiday["status"] == "confirmed"  # expect-error: data-status-typo [comparison-overlap]
    content = applied["event"]["command"]["content"]  # expect-error: unnarrowed-command-member [typeddict-item]
    print(notify, platform, confirmed, content)


def data_and_reports(reg: quyche.Regulation, case: quyche.Case, report: PeriodicReport) -> None:
    cite: Citation = {"instrument": "2086/QĐ-UBND", "article": "5"}  # expect-error: citation-article-type [typeddict-item]
    reg.register_body({"id": "x", "name": {"vi": "x", "en": "x"}, "valid": {}, "status": "C", "roles": []})  # expect-error: flat-registration [typeddict-unknown-key]
    quyche.render_markdown(reg, report, "fr")  # expect-error: language-typo [arg-type]
    quyche.compile_report(reg, [case], reporter="so-vhttdl", period={"frequency": "weekly", "year": 2026})  # expect-error: frequency-typo [arg-type]
    quyche.compile_report(reg, [case], reporter="so-vhttdl", period={"frequency": "quarterly", "year": 2030, "index": "1"})  # expect-error: period-index-type [arg-type]
    print(cite)


def the_same_code_written_correctly(
    reg: quyche.Regulation, case: quyche.Case, e: quyche.QuycheError, applied: Applied,
    check: CommandCheck, deadline: Deadline, holiday: Holiday, report: PeriodicReport,
) -> None:
    # Every mistake above, right: no error may be reported here (the types are not too strict).
    case.apply({"type": "receive"}, "so-vhttdl", AT)
    quyche.Case.start(reg, {"type": "detect", "source": "press_review", "topics": ["health"], "content": {"platform": "Facebook", "platform_kind": "social_network", "kind": "post", "summary": "Tin"}}, {"body": "so-vhttdl", "officer": "A"}, AT)
    case.apply({"type": "receive", "note": "x"}, "so-vhttdl", AT)
    case.apply({"type": "triage", "priority": "urgent"}, "so-vhttdl", AT)
    case.apply({"type": "request_action", "kind": "removal", "body": "cong-an-tinh"}, "so-vhttdl", AT)
    case.apply({"type": "conclude", "verdict": "violating"}, "so-vhttdl", AT)
    case.apply({"type": "record_platform_response", "request_id": "R1", "response": "complied"}, "cong-an-tinh", AT)
    flags = [case.status == "received", e.code == "NOT_AUTHORIZED", applied["advisories"][0]["code"] == "CONSULT_ROLE"]
    st: CaseStatus = "received"
    code: ErrorCode = "NOT_AUTHORIZED"
    flags += [check["command"] == "notify_lead", deadline["binds"] == "platform", holiday["status"] == "C-ocr"]
    command = applied["event"]["command"]
    if command["type"] == "detect":
        print(command["content"]["platform_kind"])
    cite: Citation = {"instrument": "2086/QĐ-UBND", "article": 5}
    reg.register_body({"body": {"id": "x", "name": {"vi": "x", "en": "x"}, "valid": {}, "status": "C"}, "roles": []})
    quyche.render_markdown(reg, report, "en")
    quyche.compile_report(reg, [case], reporter="so-vhttdl", period={"frequency": "quarterly", "year": 2030, "index": 1})
    print(flags, st, code, cite)
