"""Exceptions raised by quyche.

Every error of the Rust core arrives as one ``QuycheError`` subclass, chosen by its family:

- ``InvalidInput`` (also a ``ValueError``): bad JSON, wrong shape, too large, inconsistent data;
- ``NotFound`` (also a ``LookupError``): an unknown body, instrument, provision or rule;
- ``RuleViolation``: a step the regulation does not allow (see ``.citations`` for why);
- ``LogTampered``: an event log whose hash chain or sequence is broken.

Each instance carries the stable ``.code`` (e.g. ``"INVALID_INPUT"``), the English ``.message`` and
Vietnamese ``.message_vi``, the ``.citations`` the refusal rests on (plain dicts), the JSON pointer
``.path`` of the bad field, ``.help``/``.help_vi``, and ``.related`` errors found with it.
"""

from __future__ import annotations

# `typing` costs ~5–30 ms to import; the annotations below are strings (PEP 563), so it and the
# generated shapes of `quyche.types` are only imported for type checkers (mypy treats any
# `TYPE_CHECKING` name as true).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import List, Optional

    from .types import Citation, Error, ErrorCode


class QuycheError(Exception):
    """Base class of every quyche error.

    >>> import quyche
    >>> try:
    ...     quyche.Regulation.from_json('{"id": 7}')
    ... except quyche.QuycheError as e:
    ...     print(e.code, e.path)
    INVALID_INPUT /id
    """

    code: ErrorCode
    message: str
    message_vi: str
    citations: List[Citation]
    path: Optional[str]
    help: Optional[str]
    help_vi: Optional[str]
    related: List[QuycheError]

    def __init__(
        self,
        message: str,
        *,
        code: ErrorCode,
        message_vi: str = "",
        citations: Optional[List[Citation]] = None,
        path: Optional[str] = None,
        help: Optional[str] = None,
        help_vi: Optional[str] = None,
        related: Optional[List[QuycheError]] = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.message_vi = message_vi
        self.citations = list(citations or [])
        self.path = path
        self.help = help
        self.help_vi = help_vi
        self.related = list(related or [])

    def __str__(self) -> str:
        where = f" (at {self.path})" if self.path else ""
        return f"{self.code}: {self.message}{where}"

    def to_dict(self) -> Error:
        """The error as a plain dict, in the shape of ``schemas/error.schema.json``."""
        out: Error = {
            "code": self.code,
            "message": self.message,
            "message_vi": self.message_vi,
        }
        if self.help is not None:
            out["help"] = self.help
        if self.help_vi is not None:
            out["help_vi"] = self.help_vi
        if self.path is not None:
            out["path"] = self.path
        if self.citations:
            out["citations"] = list(self.citations)
        if self.related:
            out["related"] = [r.to_dict() for r in self.related]
        return out


class InvalidInput(QuycheError, ValueError):
    """Input is malformed, of the wrong shape, too large, or inconsistent."""


class NotFound(QuycheError, LookupError):
    """A body, instrument, provision or rule is unknown (or not in existence on that date)."""


class RuleViolation(QuycheError):
    """The regulation does not allow the requested step; ``.citations`` say which articles."""


class LogTampered(QuycheError):
    """A case's event log has a broken hash chain or sequence."""


__all__ = ["QuycheError", "InvalidInput", "NotFound", "RuleViolation", "LogTampered"]
