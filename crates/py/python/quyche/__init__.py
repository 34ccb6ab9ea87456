"""quyche: rules as code for provincial regulations on false and harmful online information.

The built-in regulation is Khánh Hòa QĐ 2086/QĐ-UBND (12 August 2020); any other is loaded as
data (``Regulation.from_json``). The same Rust core as the Rust crate and the npm package.

>>> import quyche
>>> reg = quyche.Regulation.khanh_hoa()
>>> reg.id
'khanh-hoa-2086'

Inputs and outputs are plain ``dict``/``list``/``str``/``int``/``bool`` values (shapes in
:mod:`quyche.types`), ``datetime.date`` and timezone-aware ``datetime.datetime``. Inside the
returned dicts, dates are ISO ``"YYYY-MM-DD"`` strings and times RFC 3339 strings in Vietnam time
(``+07:00``), so they go straight into ``json``, pandas or a web framework; a date or instant
returned on its own is a ``datetime.date`` or an aware ``datetime.datetime`` (UTC+07:00). Naive
datetimes are refused with :class:`InvalidInput`. Every error is a :class:`QuycheError`.

Event hashes can be checked without the library::

    import hashlib, json
    body = {k: v for k, v in event.items() if k != "hash"}
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert hashlib.sha256((event["prev_hash"] + text).encode()).hexdigest() == event["hash"]
"""

from ._errors import InvalidInput, LogTampered, NotFound, QuycheError, RuleViolation
from ._native import (
    Case,
    Citation,
    Regulation,
    WorkCalendar,
    add_hours,
    add_working_days,
    basis,
    call_json,
    cases_csv,
    claim_reviews,
    compile_report,
    count_working_days,
    day_info,
    find_citations,
    format_citation,
    holidays_in,
    is_working_day,
    load_jsonl,
    lunar_new_year,
    lunar_to_solar,
    overdue,
    parse_citation,
    removal_request,
    removal_request_docx,
    parse_instant,
    render_markdown,
    scan_citations,
    report_csv,
    report_document,
    report_docx,
    report_figure_rows,
    replay_jsonl,
    reporting_calendar,
    reporting_window,
    solar_to_lunar,
    version,
    working_days_between,
)

# For analysts: bundles of case logs, the table of cases (see also pickling of Case/Regulation).
from ._native import case_table, load_cases

#: The package's version, the same as ``version()`` (the core's: one version for the whole
#: workspace, taken from Cargo). Read from the extension, not from the installed metadata, so that
#: ``import quyche`` stays fast.
__version__: str = version()

__all__ = [
    "Regulation",
    "Citation",
    "Case",
    "WorkCalendar",
    "basis",
    "parse_citation",
    "format_citation",
    "find_citations",
    "scan_citations",
    "is_working_day",
    "day_info",
    "add_working_days",
    "working_days_between",
    "count_working_days",
    "holidays_in",
    "add_hours",
    "parse_instant",
    "solar_to_lunar",
    "lunar_to_solar",
    "lunar_new_year",
    "reporting_calendar",
    "reporting_window",
    "overdue",
    "compile_report",
    "render_markdown",
    "report_document",
    "replay_jsonl",
    "load_jsonl",
    "report_docx",
    "report_figure_rows",
    "report_csv",
    "cases_csv",
    "claim_reviews",
    "removal_request",
    "removal_request_docx",
    "version",
    "call_json",
    # For analysts.
    "load_cases",
    "case_table",
    "QuycheError",
    "InvalidInput",
    "NotFound",
    "RuleViolation",
    "LogTampered",
]
