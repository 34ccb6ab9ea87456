"""The shapes of the plain dicts quyche returns, as ``TypedDict``s for type checkers.

They describe the JSON documents of ``schemas/`` (the same shapes the Rust core serialises):
dates are ISO ``"YYYY-MM-DD"`` strings and times RFC 3339 strings in Vietnam time
(``"2026-03-02T08:30:00+07:00"``). Members marked optional are omitted when absent, never
``None`` (except where a type says ``Optional``). Shapes not listed here (regulation rows, the
compiled report) are ``Dict[str, Any]``.

>>> from quyche.types import Event
>>> def seq(e: Event) -> int:
...     return e["seq"]
"""

from __future__ import annotations

import sys
from typing import Any, Dict, List, Literal, Optional, Union

if sys.version_info >= (3, 11):
    from typing import NotRequired, TypedDict
else:  # pragma: no cover - older Pythons: typing_extensions only for type checkers
    from typing import TYPE_CHECKING, TypedDict

    if TYPE_CHECKING:
        from typing_extensions import NotRequired
    else:
        NotRequired = List  # any subscriptable placeholder; never used at runtime

__all__ = [
    "Label",
    "Citation",
    "Error",
    "Actor",
    "RegulationRef",
    "Limit",
    "Deadline",
    "Recipients",
    "StepDue",
    "Effects",
    "Event",
    "Advisory",
    "Applied",
    "CommandCheck",
    "Involvement",
    "LunarDate",
    "Holiday",
    "DayCount",
    "Window",
    "Period",
    "ReportingDue",
    "Overdue",
    "JsonlCase",
    "JsonlSummary",
    "Term",
    "Block",
    "Section",
    "Signature",
    "ReportDocument",
    "NamedBody",
    "FigureRow",
]


class Label(TypedDict):
    """A text in Vietnamese and English."""

    vi: str
    en: str


class Citation(TypedDict):
    """A provision reference, e.g. ``{"instrument": "2086/QĐ-UBND", "article": 5, "clause": 1}``."""

    instrument: str
    article: int
    article_suffix: NotRequired[str]
    clause: NotRequired[int]
    point: NotRequired[str]
    item: NotRequired[int]


class Error(TypedDict):
    """An error as data (``QuycheError.to_dict()`` and the ``failures`` of a command check)."""

    code: str
    message: str
    message_vi: str
    help: NotRequired[str]
    help_vi: NotRequired[str]
    citations: NotRequired[List[Citation]]
    path: NotRequired[str]
    related: NotRequired[List[Error]]


class Actor(TypedDict):
    """Who acted: a body and, optionally, the officer (personal data)."""

    body: str
    officer: NotRequired[str]


class RegulationRef(TypedDict):
    """The regulation data an event was checked against."""

    id: str
    version: str


class HoursLimit(TypedDict):
    """Within this many hours."""

    hours: int


class DaysLimit(TypedDict):
    """Within this many calendar days."""

    days: int


class WorkingDaysLimit(TypedDict):
    """Within this many working days (due at the end of the last one)."""

    working_days: int


Limit = Union[HoursLimit, DaysLimit, WorkingDaysLimit, Literal["immediately"]]
"""A time limit: ``{"hours": n}``, ``{"days": n}``, ``{"working_days": n}`` or
``"immediately"``."""


class Deadline(TypedDict):
    """A legal deadline computed for a step: whom it binds (``"platform"``, ``"account_owner"``,
    ``"acting_body"``, ``"next_step"``), when it falls due, the limit and the provision setting
    it, and whether applying it here is an interpretation (``application`` says why)."""

    due: str
    limit: Limit
    binds: str
    rule_id: str
    provision: NotRequired[Citation]
    instrument: str
    status: str
    interpretation: bool
    application: NotRequired[List[Label]]


class Recipients(TypedDict):
    """Who receives an action's result."""

    to: List[str]
    cc: List[str]
    citations: List[Citation]
    interpretation: bool


class StepDue(TypedDict):
    """A step a body owes after another one (e.g. a reply within some working days)."""

    rule: str
    expect: str
    body: str
    deadline: Deadline
    met_at: NotRequired[str]


class Effects(TypedDict):
    """What a command did, as computed by the library."""

    status: str
    lead_agency: NotRequired[str]
    action_id: NotRequired[str]
    request_id: NotRequired[str]
    deadline: NotRequired[Deadline]
    recipients: NotRequired[Recipients]
    steps_due: NotRequired[List[StepDue]]


class Event(TypedDict):
    """One entry of a case's hash-chained log."""

    seq: int
    case_id: str
    command: Dict[str, Any]
    actor: Actor
    at: str
    regulation: RegulationRef
    effects: Effects
    prev_hash: str
    hash: str


class Advisory(TypedDict):
    """A non-blocking notice returned with a step."""

    code: str
    message: str
    message_vi: str
    citations: NotRequired[List[Citation]]
    status: NotRequired[str]


class Applied(TypedDict):
    """A successful step: the new event and its advisories."""

    event: Event
    advisories: List[Advisory]


class CommandCheck(TypedDict):
    """Whether a body may issue a command now, and why not."""

    command: str
    label: Label
    allowed: bool
    failures: List[Error]
    citations: List[Citation]


class Involvement(TypedDict):
    """Why a body is involved in a case."""

    body: str
    name: Label
    roles: List[str]
    why: Label
    citations: List[Citation]


class LunarDate(TypedDict):
    """A Vietnamese lunar date."""

    day: int
    month: int
    year: int
    leap: bool


class Holiday(TypedDict):
    """A day off for state bodies."""

    date: str
    kind: str
    origin: str
    label: Label
    citation: Citation
    status: str
    compensates: NotRequired[str]
    source: NotRequired[Label]
    note: NotRequired[Label]


# ``from`` is a keyword: functional syntax.
DayCount = TypedDict(
    "DayCount",
    {
        "from": str,
        "date": str,
        "working_days": int,
        "skipped": List[Holiday],
        "weekend_days": int,
        "status": str,
        "warnings": NotRequired[List[Label]],
    },
)
DayCount.__doc__ = "The result of counting working days: the date reached and what was skipped."

Window = TypedDict("Window", {"from": str, "to": str})
Window.__doc__ = "The days a report covers, both included."


class Period(TypedDict):
    """A periodic report: frequency (``six_monthly``, ``annual``, ``quarterly``…), year, and the
    month or quarter of monthly and quarterly reports (``index``, omitted when 1)."""

    frequency: str
    year: int
    index: NotRequired[int]


class ReportingDue(TypedDict):
    """One report one body owes."""

    obligation: str
    period: Period
    level: str
    body: str
    body_name: Label
    roles: List[str]
    recipient: str
    recipient_name: Label
    window: Window
    due: str
    gap_working_days: int
    skipped: NotRequired[List[Holiday]]
    citations: List[Citation]
    status: str
    interpretation: bool
    warnings: NotRequired[List[Label]]
    past: bool


class Overdue(TypedDict):
    """A report sent late or not at all."""

    due: ReportingDue
    submitted_at: NotRequired[str]
    working_days_late: int


class JsonlCase(TypedDict):
    """One case found in a JSON Lines log."""

    case_id: str
    status: str
    events: int
    first_line: int
    last_line: int
    head_hash: str


class JsonlSummary(TypedDict):
    """What ``replay_jsonl`` found."""

    lines: int
    events: int
    cases: List[JsonlCase]


class Term(TypedDict):
    """One value of a controlled vocabulary."""

    id: str
    label: Label


class TableBlock(TypedDict):
    """A table: header row, then rows of cells."""

    header: List[str]
    rows: List[List[str]]


class HeadingBlock(TypedDict):
    """A numbered sub-heading ("1. Theo dõi, phát hiện")."""

    heading: str


class ParagraphBlock(TypedDict):
    """A paragraph."""

    paragraph: str


class BulletsBlock(TypedDict):
    """A bulleted list."""

    bullets: List[str]


class TableWrapper(TypedDict):
    """A table block."""

    table: TableBlock


Block = Union[HeadingBlock, ParagraphBlock, BulletsBlock, TableWrapper]
"""One block of a report section."""


class Section(TypedDict):
    """A section of a report document, its heading in capitals."""

    heading: str
    blocks: List[Block]


class Signature(TypedDict):
    """The signature block: the authority above a deputy's title ("KT. GIÁM ĐỐC"), the title,
    the line for the name."""

    authority: Optional[str]
    title: str
    name: str


class ReportDocument(TypedDict):
    """A periodic report as a document in the Nghị định 30/2020 layout (Phụ lục I), for
    renderers; ``annex`` (provenance) only when asked for."""

    lang: str
    parent: Optional[str]
    issuer: str
    number: str
    motto: List[str]
    place_date: str
    kind: str
    summary: str
    addressees: List[str]
    opening: str
    sections: List[Section]
    receivers: List[str]
    signature: Signature
    annex: Optional[Section]


class NamedBody(TypedDict):
    """A body with its name as on the day that matters."""

    body: str
    name: Label


class FigureRow(TypedDict):
    """One figure of a compiled report as a row of a long table (``report_figure_rows``):
    ``section`` (``"cases"``, ``"by_status"``, …, ``"per_body"``), ``item`` (a vocabulary value,
    a kind id or a named total), its words in both languages, the body for a per-body row, and
    the count."""

    section: Literal[
        "cases",
        "by_status",
        "by_detection_source",
        "by_platform_kind",
        "by_topic",
        "by_verdict",
        "by_ground",
        "actions_by_kind",
        "outcomes",
        "platforms",
        "dismissed",
        "work",
        "per_body",
    ]
    item: str
    label: Label
    body: NotRequired[NamedBody]
    value: int
