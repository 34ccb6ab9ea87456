"""Type stubs of the native module ``quyche._native`` (re-exported by ``quyche``).

Arguments and results with a JSON Schema (``schemas/``) are typed with the generated
``TypedDict``s and ``Literal`` unions of :mod:`quyche.types`, as the npm package's declarations
are: ``mypy --strict`` rejects an unknown command ``type``, a missing required member or a
misspelt status as ``tsc --strict`` does.

Argument conventions:

- ``Day``: a ``datetime.date``, an ISO ``"YYYY-MM-DD"`` string, or a timezone-aware
  ``datetime.datetime`` (its calendar day in Vietnam).
- ``Instant``: a timezone-aware ``datetime.datetime`` or an RFC 3339 string with an offset.
  Naive datetimes are refused with ``quyche.InvalidInput``.
- ``ActorArg``: a body id (``"so-vhttdl"``) or an ``Actor`` ``{"body": ..., "officer": ...}``.
- ``CitationArg``: a ``Citation``, its dict form, or text parsed against the regulation.

Returned dicts hold dates and times as ISO strings (JSON-ready); single dates and instants
returned on their own are ``datetime.date`` / aware ``datetime.datetime`` in UTC+07:00.
"""

import datetime
import os
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, TypedDict, Union, final

from .types import (
    Activity,
    Actor,
    Applied,
    BodyRegistration,
    BundleData,
    CaseData,
    CaseStatus,
    CaseTableRow,
    Channel,
    Command,
    CommandCheck,
    ContentKind,
    ContentLabel,
    DayCount,
    DayInfo,
    DetectionSource,
    DismissReason,
    Duty,
    Error,
    Event,
    FigureRow,
    Frequency,
    Ground,
    Holiday,
    Instrument,
    Involvement,
    JsonlSummary,
    Label,
    Lang,
    LunarDate,
    Overdue,
    Period,
    PeriodicReport,
    PlatformKind,
    PlatformResponse,
    Provision,
    RegulationData,
    RemovalNotice,
    RegulationRef,
    ReportDocument,
    ReportingDue,
    Role,
    RoleAssignment,
    Submission,
    Succession,
    Term,
    TimeLimit,
    Topic,
    Verdict,
    Window,
    WorkRecord,
)
from .types import Body as BodyDict
from .types import Citation as CitationDict

__all__ = [
    "version",
    "call_json",
    "Regulation",
    "Citation",
    "Case",
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
    "to_lunar",
    "from_lunar",
    "reporting_calendar",
    "report_window",
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
    # For analysts.
    "load_cases",
    "case_table",
    "_regulation_from_pickle",
]

_Day = Union[datetime.date, str]
_Instant = Union[datetime.datetime, str]
_ActorArg = Union[str, Actor]
_CitationArg = Union["Citation", CitationDict, str]
# A log to check: events read back from storage are data under test, not typed code.
_EventsArg = Union[str, Sequence[Event], Sequence[Mapping[str, Any]]]

class _Migration(TypedDict):
    case: Case
    from_version: str
    old_head: str
    notes: List[Label]

class _CitationScan(TypedDict):
    citations: List[Citation]
    unresolved: List[Error]

def version() -> str:
    """The version of the core library, e.g. ``"0.1.0"``."""

def call_json(method: str, args: str) -> str:
    """The core's JSON-string entry point: ``{"ok": ...}`` or ``{"error": ...}`` as JSON text."""

@final
class Regulation:
    """One province's coordination regulation with the legal catalogue it depends on."""

    @staticmethod
    def khanh_hoa() -> Regulation:
        """The built-in Khánh Hòa regulation (QĐ 2086/QĐ-UBND, 12 August 2020)."""
    @staticmethod
    def from_json(text: str) -> Regulation:
        """Loads and validates a regulation from JSON text; raises ``quyche.InvalidInput``."""
    @staticmethod
    def from_dict(value: Mapping[str, Any]) -> Regulation:
        """Loads and validates a regulation from a dict (the shape of ``to_dict()``; a document
        read back is validated at run time, so any mapping is accepted)."""
    def to_json(self) -> str:
        """The regulation as pretty JSON text."""
    def to_dict(self) -> RegulationData:
        """The regulation as plain dicts and lists."""
    @property
    def id(self) -> str:
        """Stable id, e.g. ``"khanh-hoa-2086"``."""
    @property
    def version(self) -> str:
        """Version of the data set."""
    def instruments(self) -> List[Instrument]:
        """Every catalogued instrument."""
    def instrument(self, name: str) -> Instrument:
        """The instrument named by its number or name; raises ``quyche.NotFound``."""
    def provisions(self) -> List[Provision]:
        """Every provision of the catalogue, flattened."""
    def provision(self, citation: _CitationArg) -> Optional[Provision]:
        """The provision a citation names, or ``None``."""
    def grounds(self) -> List[Ground]:
        """Every ground row (Điều 2.2 and successors)."""
    def grounds_in_force(self, day: _Day) -> List[Ground]:
        """The grounds of Điều 2.2 in force on ``day``."""
    def ground_for(self, citation: _CitationArg, day: _Day) -> Optional[Ground]:
        """The ground in force on ``day`` covering ``citation``, or ``None``."""
    def grounds_covering(self, citation: _CitationArg) -> List[Ground]:
        """Every ground row covering ``citation``."""
    def successor_of(self, citation: _CitationArg) -> List[Succession]:
        """The successors of a provision."""
    def time_limits(self, rule: str, day: _Day) -> List[TimeLimit]:
        """The time limits of ``rule`` in force on ``day``."""
    def all_time_limits(self) -> List[TimeLimit]:
        """Every time-limit row."""
    def roles(self) -> List[Role]:
        """The roles the regulation declares."""
    def vocabulary(self, name: str) -> List[Term]:
        """Every value of vocabulary ``name`` with its labels (``"role"``, ``"case_status"``…);
        raises ``quyche.InvalidInput`` at ``/name`` for an unknown vocabulary."""
    def activities(self) -> List[Activity]:
        """The activities the duties serve (Điều 6's kinds)."""
    def bodies(self) -> List[BodyDict]:
        """Every body, whatever its dates."""
    def bodies_on(self, day: _Day) -> List[BodyDict]:
        """The bodies that exist on ``day``."""
    def body(self, id: str) -> Optional[BodyDict]:
        """The body with id ``id``, or ``None``."""
    def body_for(self, role: str, day: _Day) -> List[RoleAssignment]:
        """Who plays ``role`` on ``day`` (role assignments)."""
    def roles_of(self, body: str, day: _Day) -> List[RoleAssignment]:
        """The roles ``body`` plays on ``day``."""
    def bodies_for_duty(self, duty_id: str, day: _Day) -> List[RoleAssignment]:
        """The role assignments through which bodies hold a duty on ``day``."""
    def register_body(self, registration: BodyRegistration) -> None:
        """Adds a body with the roles it plays, ``{"body": {...}, "roles": [...]}``
        (``schemas/body-registration.schema.json``); raises when the registration is refused."""
    def duties(self) -> List[Duty]:
        """The responsibility matrix (Điều 5–9)."""
    def duty(self, id: str) -> Optional[Duty]:
        """The duty with id ``id``, or ``None``."""
    def duties_of(self, role: str, day: Optional[_Day] = None) -> List[Duty]:
        """The duties of ``role`` (held on ``day`` when given)."""
    def participants(self, activity: str) -> List[Duty]:
        """The duties taking part in ``activity``."""
    def duty_for(self, citation: _CitationArg) -> List[Duty]:
        """The duties resting on ``citation``."""
    def workflow_mermaid(self) -> str:
        """The case workflow as a Mermaid state diagram."""
    def detect(self, command: Command, actor: _ActorArg, at: _Instant) -> Tuple[Case, Applied]:
        """Starts a case with a ``detect`` command: ``(case, applied)``."""
    def allowed_commands(self, actor: _ActorArg, at: _Instant) -> List[CommandCheck]:
        """Every command for ``actor`` at ``at`` before any case exists."""
    def __eq__(self, other: object, /) -> bool: ...

@final
class Citation:
    """A reference to a provision (instrument, article, clause, point, item)."""

    @staticmethod
    def parse(text: str, reg: Optional[Regulation] = None) -> Citation:
        """Parses one citation; raises ``quyche.InvalidInput`` or ``quyche.NotFound``."""
    @staticmethod
    def from_dict(value: CitationDict) -> Citation:
        """A citation from its dict form."""
    def vietnamese(self, reg: Optional[Regulation] = None) -> str:
        """The citation in Vietnamese legal style."""
    def english(self, reg: Optional[Regulation] = None) -> str:
        """The citation in English."""
    def ascii(self, reg: Optional[Regulation] = None) -> str:
        """The Vietnamese form without diacritics."""
    def to_dict(self) -> CitationDict:
        """The dict form."""
    @property
    def key(self) -> str:
        """A compact key, e.g. ``"24/2018/QH14:8.1.đ"``."""
    @property
    def instrument(self) -> str:
        """The instrument number."""
    @property
    def article(self) -> int:
        """The article number."""
    @property
    def clause(self) -> Optional[int]:
        """The clause number, if any."""
    @property
    def point(self) -> Optional[str]:
        """The point letter, if any."""
    def parent(self) -> Optional[Citation]:
        """The enclosing provision, or ``None`` for an article."""
    def is_within(self, other: _CitationArg) -> bool:
        """True when this citation designates ``other`` or a part of it."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Case:
    """A case with its hash-chained event log and the regulation it is checked against."""

    @staticmethod
    def start(
        reg: Regulation, command: Command, actor: _ActorArg, at: _Instant
    ) -> Tuple[Case, Applied]:
        """Starts a case with a ``detect`` command: ``(case, applied)``."""
    def apply(self, command: Command, actor: _ActorArg, at: _Instant) -> Applied:
        """Applies a command; raises a ``QuycheError`` subclass on refusal."""
    def allowed_commands(self, actor: _ActorArg, at: _Instant) -> List[CommandCheck]:
        """Every command for ``actor`` at ``at``: allowed or denied with the failing guards."""
    def duties_involved(self) -> List[Involvement]:
        """Which bodies are involved now and why."""
    def basis(self, seq: int) -> List[Citation]:
        """The articles event ``seq`` (from 1) rests on."""
    @property
    def events(self) -> List[Event]:
        """The event log as dicts."""
    @property
    def id(self) -> str:
        """The case id."""
    @property
    def status(self) -> CaseStatus:
        """The workflow state."""
    @property
    def head_hash(self) -> str:
        """The hash of the last event."""
    @property
    def law_time(self) -> datetime.datetime:
        """The content's publication time, else its detection time (UTC+07:00)."""
    @property
    def regulation(self) -> Regulation:
        """The regulation the case is checked against."""
    def to_json(self) -> str:
        """The case as compact JSON text."""
    def to_dict(self) -> CaseData:
        """The case as a dict."""
    @staticmethod
    def from_json(reg: Regulation, text: str) -> Case:
        """Loads a case from JSON and checks it by replaying its events."""
    @staticmethod
    def from_dict(reg: Regulation, value: Mapping[str, Any]) -> Case:
        """Loads a case from its dict form, checked by replay."""
    @staticmethod
    def migrate(reg: Regulation, events: _EventsArg) -> _Migration:
        """Migrates a log of an earlier data version: ``{"case", "from_version", "old_head",
        "notes"}``."""
    @staticmethod
    def replay(
        reg: Regulation,
        events: _EventsArg,
        head: Optional[str] = None,
    ) -> Case:
        """Rebuilds a case from its events; raises ``quyche.LogTampered``."""
    def __len__(self) -> int: ...
    def __eq__(self, other: object, /) -> bool: ...

def find_citations(text: str, reg: Optional[Regulation] = None) -> List[Citation]:
    """Every citation found in free text, in order."""

def scan_citations(text: str, reg: Optional[Regulation] = None) -> _CitationScan:
    """Every citation found in free text, and the citation-like parts naming an instrument the
    catalogue cannot tell: ``{"citations": [Citation], "unresolved": [error dicts]}``."""

def is_working_day(day: _Day) -> bool:
    """True when state bodies work on ``day``."""

def day_info(day: _Day) -> DayInfo:
    """Weekday, lunar date, working or not, holidays of ``day``."""

def add_working_days(start: _Day, n: int) -> DayCount:
    """The date ``n`` working days after ``start``, with the holidays skipped."""

def working_days_between(a: _Day, b: _Day) -> int:
    """Working days after ``a`` up to and including ``b``."""

def count_working_days(a: _Day, b: _Day) -> DayCount:
    """Like ``working_days_between``, with what was skipped."""

def holidays_in(year: int) -> List[Holiday]:
    """Every holiday dated in ``year``."""

def add_hours(start: _Instant, hours: int) -> datetime.datetime:
    """``start`` plus calendar hours, in UTC+07:00."""

def parse_instant(text: _Instant) -> datetime.datetime:
    """An instant with an offset, in UTC+07:00."""

def to_lunar(day: _Day) -> LunarDate:
    """The Vietnamese lunar date of ``day``."""

def from_lunar(day: int, month: int, year: int, leap: bool = False) -> datetime.date:
    """The solar date of a lunar date."""

def reporting_calendar(reg: Regulation, year: int, as_of: _Day) -> List[ReportingDue]:
    """Every periodic report every body owes for ``year``."""

def report_window(
    reg: Regulation, frequency: Frequency, year: int, index: Optional[int] = None
) -> Window:
    """The data window of a periodic report."""

def overdue(
    reg: Regulation, as_of: _Day, submitted: Sequence[Submission]
) -> List[Overdue]:
    """The reports that are late as of ``as_of``."""

def compile_report(
    reg: Regulation,
    cases: Sequence[Union[Case, CaseData]],
    *,
    reporter: str,
    window: Optional[Union[Tuple[_Day, _Day], Window]] = None,
    period: Optional[Union[Tuple[Frequency, int], Period]] = None,
    work: Optional[Sequence[WorkRecord]] = None,
    difficulties: Optional[Sequence[str]] = None,
    proposals: Optional[Sequence[str]] = None,
    include_case_ids: bool = False,
) -> PeriodicReport:
    """Compiles a periodic report (Điều 8) as a dict."""

def report_document(
    reg: Regulation, report: PeriodicReport, lang: Optional[Lang] = None, annex: bool = False
) -> ReportDocument:
    """A report dict as a document in the Nghị định 30/2020 layout (the document model)."""

def render_markdown(
    reg: Regulation, report: PeriodicReport, lang: Optional[Lang] = None, annex: bool = False
) -> str:
    """Renders a report dict as Markdown in the Nghị định 30/2020 layout (``"vi"`` or ``"en"``)."""

def report_docx(
    reg: Regulation,
    report: PeriodicReport,
    path: Optional[Union[str, "os.PathLike[str]"]] = None,
    *,
    lang: Optional[Lang] = None,
    annex: bool = False,
    date: Optional[_Day] = None,
) -> Optional[bytes]:
    """A report dict as DOCX in the Nghị định 30/2020 layout: written to ``path`` (returns
    ``None``), or returned as bytes when ``path`` is ``None``. ``date`` fills the date line."""

def report_figure_rows(reg: Regulation, report: PeriodicReport) -> List[FigureRow]:
    """A report dict's figures as rows of a long table, one per figure (counts only)."""

def report_csv(
    reg: Regulation, report: PeriodicReport, *, lang: Optional[Lang] = None, bom: bool = False
) -> str:
    """A report dict's figures as CSV text: ``section, item, label, body, body_name, value``."""

def cases_csv(
    reg: Regulation,
    cases: Sequence[Union[Case, Mapping[str, Any]]],
    *,
    lang: Optional[Lang] = None,
    bom: bool = False,
) -> str:
    """Cases as CSV text, one row per case, without personal data."""

def claim_reviews(
    reg: Regulation, case: Union[Case, Mapping[str, Any]], *, lang: Optional[Lang] = None
) -> List[Dict[str, Any]]:
    """schema.org ClaimReview JSON-LD dicts of a case whose results were announced (one per
    online announcement); refused for a confidential case and before any announcement."""

def removal_request(
    reg: Regulation, case: Union[Case, Mapping[str, Any]], request_id: str
) -> RemovalNotice:
    """A removal request of a case as the facts its document states (the JSON form)."""

def removal_request_docx(
    reg: Regulation,
    case: Union[Case, Mapping[str, Any]],
    request_id: str,
    path: Optional[Union[str, "os.PathLike[str]"]] = None,
    *,
    lang: Optional[Lang] = None,
    annex: bool = False,
) -> Optional[bytes]:
    """A removal request of a case as a DOCX letter: written to ``path`` (returns ``None``), or
    returned as bytes when ``path`` is ``None``."""

def replay_jsonl(reg: Regulation, source: Union[str, "os.PathLike[str]"]) -> JsonlSummary:
    """Validates a JSON Lines event log by replaying every case (GIL released). ``source`` is
    the text (at most 64 MiB) or a path to a file of any size, read line by line."""

def load_jsonl(reg: Regulation, source: Union[str, "os.PathLike[str]"]) -> List[Case]:
    """Like ``replay_jsonl``, returning the rebuilt cases."""


# ----- For analysts: bundles of case logs, the flat table of cases -----

_CaseSource = Union[
    BundleData,
    Mapping[str, Any],  # a bundle read back with json.load is checked at run time
    str,
    "os.PathLike[str]",
    Sequence[Union[str, "os.PathLike[str]"]],
]

def load_cases(source: _CaseSource, reg: Optional[Regulation] = None) -> Tuple[Regulation, List[Case]]:
    """Every case of a bundle (dict, JSON text or ``.json`` path) or of JSON Lines logs (a
    ``.jsonl`` path, or a list of paths or texts), each replayed and checked (GIL released):
    ``(regulation with the bundle's bodies registered, cases)``."""

def case_table(
    cases: Sequence[Union[Case, CaseData]], reg: Optional[Regulation] = None
) -> List[CaseTableRow]:
    """One flat row per case for ``pandas.DataFrame``: datetimes for instants, no personal data.
    Case dicts need ``reg`` (each is replayed under it); ``Case`` objects must then hold it."""

def _regulation_from_pickle(how: str, text: str) -> Regulation:
    """Restores a pickled ``Regulation`` (``pickle`` calls it; not for direct use)."""
