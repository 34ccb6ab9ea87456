"""A small run-time check of a value against the generated types of quyche.types: TypedDicts
(required and NotRequired members, no unknown member), List, Dict, Union, Optional, Literal and
the scalars. Used to show that the types describe what the package really returns."""

from __future__ import annotations

import sys
import typing
from typing import Any, List

if sys.version_info >= (3, 11):
    from typing import NotRequired, Required
else:  # pragma: no cover - the test suite runs on 3.11+
    from typing_extensions import NotRequired, Required

import quyche.types


def _is_typeddict(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, dict) and hasattr(t, "__required_keys__")


def mismatches(value: Any, t: Any, path: str = "") -> List[str]:
    """Where ``value`` departs from type ``t``, as ``"<JSON pointer>: <what>"`` lines."""
    origin = typing.get_origin(t)
    args = typing.get_args(t)
    if t is Any:
        return []
    if t is type(None) or t is None:
        return [] if value is None else [f"{path}: {value!r} is not None"]
    if origin in (NotRequired, Required):
        return mismatches(value, args[0], path)
    if origin is typing.Union:
        options = [mismatches(value, a, path) for a in args]
        if any(not o for o in options):
            return []
        return min(options, key=len)
    if origin is typing.Literal:
        return [] if value in args else [f"{path}: {value!r} not in {args}"]
    if origin is tuple:
        if not isinstance(value, tuple) or len(value) != len(args):
            return [f"{path}: {value!r} is not a {len(args)}-tuple"]
        return [m for i, (v, a) in enumerate(zip(value, args)) for m in mismatches(v, a, f"{path}/{i}")]
    if origin is list:
        if not isinstance(value, list):
            return [f"{path}: {type(value).__name__} is not a list"]
        return [m for i, v in enumerate(value) for m in mismatches(v, args[0], f"{path}/{i}")]
    if origin is dict:
        if not isinstance(value, dict):
            return [f"{path}: {type(value).__name__} is not a dict"]
        return [m for k, v in value.items() for m in mismatches(v, args[1], f"{path}/{k}")]
    if _is_typeddict(t):
        if not isinstance(value, dict):
            return [f"{path}: {type(value).__name__} is not a {t.__name__}"]
        hints = typing.get_type_hints(t, vars(quyche.types), include_extras=True)
        required = [k for k, h in hints.items() if typing.get_origin(h) is not NotRequired]
        out = [f"{path}/{k}: missing (required by {t.__name__})"
               for k in required if k not in value]
        out += [f"{path}/{k}: not a member of {t.__name__}" for k in value if k not in hints]
        for k, v in value.items():
            if k in hints:
                out += mismatches(v, hints[k], f"{path}/{k}")
        return out
    if t is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif t is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif isinstance(t, type):
        ok = isinstance(value, t)
    else:
        return [f"{path}: cannot check type {t!r}"]
    return [] if ok else [f"{path}: {value!r} is not {t.__name__}"]
