#!/usr/bin/env python3
"""Writes crates/py/python/quyche/types.py from the JSON Schemas in schemas/.

The schemas are generated from the Rust types (crates/core/src/schema.rs), as the TypeScript
declarations of the npm package are (tsify). Generating the Python types from them keeps the three
languages on one definition: a command kind, a case status, an error code or a report member added
in Rust reaches `mypy --strict` users as it reaches `tsc --strict` users.

What is generated:

- a ``Literal[...]`` alias per string enumeration (``CaseStatus``, ``CommandKind``,
  ``PlatformKind``, ``ErrorCode``, ``Status`` …), with each value's description;
- a plain alias per open identifier (``BodyId = str``, ``RoleId = str``: roles are data);
- a ``TypedDict`` per object schema: members in ``required`` are required, the others
  ``NotRequired`` without their ``null`` (the core omits absent optional members, and TypeScript
  has them as ``member?: T``); a required nullable member is ``Optional``;
- a ``Tuple`` per fixed-size array (``motto: Tuple[str, str]``: pythonize gives a tuple);
- a ``Union`` per ``oneOf``/``anyOf``: an object variant with a constant tag is a ``TypedDict``
  named after the tag and the union (``{"type": "receive"}`` → ``ReceiveCommand`` with
  ``type: Literal["receive"]``; mypy narrows on the tag), a one-member variant after its member
  (``{"hours": n}`` → ``HoursLimit``); string constants join one ``Literal``.

Choices the schemas alone do not make (kept in the tables below, so they stay visible):

- ``Citation`` is the object form ``{instrument, article, …}``: the schema also admits the key
  string ``"24/2018/QH14:8.1"`` on input, but the core always writes objects and the TypeScript
  declarations say the same;
- the schemas ``Case`` and ``Regulation`` are ``CaseData`` and ``RegulationData`` (as in
  TypeScript), so they do not shadow the classes ``quyche.Case`` and ``quyche.Regulation``;
- the few members the core writes as ``null`` rather than leaving out (``WRITTEN_AS_NULL``):
  the schemas describe what the core reads, so they cannot tell these from omitted ones;
- shapes only the Python binding returns (``replay_jsonl``'s summary) have no schema: their
  TypedDicts are written out in ``EXTRA`` below.

The module has no ``from __future__ import annotations``: its annotations are evaluated, so
``TypedDict.__required_keys__`` and ``typing.get_type_hints`` are right at run time (for
validators built on them); the few references back along a cycle are quoted. It runs on Python
3.9+ without ``typing_extensions`` (used when installed, for ``NotRequired`` before 3.11).
crates/py/tests/test_types_runtime.py checks real results against the generated types.

Usage:
  python3 scripts/gen_py_types.py           rewrites types.py
  python3 scripts/gen_py_types.py --check   exits 1 when types.py is stale (prints the command)

crates/py/tests/test_types_generated.py runs the same check in the Python test suite.
"""

from __future__ import annotations

import json
import keyword
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Set, Tuple

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"
OUTPUT = ROOT / "crates" / "py" / "python" / "quyche" / "types.py"
COMMAND = "python3 scripts/gen_py_types.py"

# Schema name -> Python name, where the schema's name would shadow a class of the package.
RENAMES = {"Case": "CaseData", "Regulation": "RegulationData"}

# `Citation` is `anyOf [key string, CitationObject]` in the schema (what the core accepts); the
# core writes the object, and tsify declares `Citation` as the object. Python does the same.
CITATION_DOC = (
    "A provision reference, e.g. ``{\"instrument\": \"2086/QĐ-UBND\", \"article\": 5, "
    "\"clause\": 1}``: the form the core writes. (Where a citation is read, the core also accepts "
    "its key string ``\"24/2018/QH14:8.1.d\"``; the functions taking a citation argument accept "
    "text and ``quyche.Citation`` objects too.)"
)

MODULE_DOC = '''"""The shapes of the plain dicts quyche takes and returns, for type checkers.

Generated from ``schemas/*.schema.json`` (the JSON Schemas of the Rust types) by
``scripts/gen_py_types.py``, like the TypeScript declarations of the npm package, so ``mypy
--strict`` rejects what ``tsc --strict`` rejects: an unknown command ``type``, a missing required
member, a misspelt case status, platform kind or error code.

Dates are ISO ``"YYYY-MM-DD"`` strings and times RFC 3339 strings (Vietnam time,
``"2026-03-02T08:30:00+07:00"``). Members marked ``NotRequired`` may be omitted (the core omits
them when absent rather than writing ``null``); ``Optional`` members are present and may be
``None``. Roles, bodies, action kinds and other data-defined ids are open strings.

The types describe the JSON shapes (as the TypeScript declarations do). Inside argument dicts the
Python binding also takes aware ``datetime``/``date`` objects where a date or time string is
typed, ``quyche.Citation`` objects where a citation dict is, and tuples for lists: such calls
run, but need a ``cast`` (or an ``Any``) to pass ``mypy``.

Importing this module costs ``typing``; ``import quyche`` does not import it (annotations only
need it under ``TYPE_CHECKING``).

>>> from quyche.types import Command, Event
>>> def seq(e: Event) -> int:
...     return e["seq"]
>>> receive: Command = {"type": "receive"}
"""'''

HEADER = '''# Generated by scripts/gen_py_types.py from schemas/*.schema.json: do not edit.
# Regenerate with: python3 scripts/gen_py_types.py
#
# No `from __future__ import annotations`: the annotations are evaluated, so run-time readers
# (typing.get_type_hints, TypedDict.__required_keys__, validators built on them) see which
# members are NotRequired. Forward references are quoted.

import datetime
import sys
from typing import TYPE_CHECKING, Any, Dict, List, Literal, Optional, Tuple, Union

if sys.version_info >= (3, 11):
    from typing import NotRequired, TypedDict
elif TYPE_CHECKING:
    from typing_extensions import NotRequired, TypedDict
else:  # pragma: no cover - Python 3.9 and 3.10 at run time
    try:
        from typing_extensions import NotRequired, TypedDict
    except ImportError:  # without typing_extensions, only introspection loses NotRequired
        from typing import TypedDict

        class NotRequired:
            def __class_getitem__(cls, item: Any) -> Any:
                return item
'''

# Members the core writes as ``null`` when absent (a key always present): the schemas describe
# what the core reads (where such members may be left out), so they cannot say it; the
# TypeScript declarations have them as ``T | undefined``. Typed as required ``Optional[T]``;
# crates/py/tests/test_types_runtime.py checks real results against the types.
WRITTEN_AS_NULL = {
    ("ReportDocument", "parent"),
    ("ReportDocument", "annex"),
    ("Signature", "authority"),
}

# Shapes returned by the Python binding alone (no schema in schemas/).
EXTRA = '''

# ----- Shapes of the Python binding without a schema (written in scripts/gen_py_types.py) -----


class JsonlCase(TypedDict):
    """One case found in a JSON Lines log."""

    case_id: CaseId
    status: CaseStatus
    events: int
    first_line: int
    last_line: int
    head_hash: str


class JsonlSummary(TypedDict):
    """What ``replay_jsonl`` found."""

    lines: int
    events: int
    cases: List[JsonlCase]


class BundleData(TypedDict):
    """A bundle of case logs for ``quyche.load_cases`` (``examples/python/cases-2026.json``):
    the regulation id (or ``{"id", "version"}``) they were recorded under, the bodies registered
    beyond the built-in ones, and each case's event log (or stored case)."""

    regulation: NotRequired[Union[str, RegulationRef]]
    register: NotRequired[List[BodyRegistration]]
    cases: List[Union[List[Event], CaseData]]


class CaseTableRow(TypedDict):
    """One row of ``quyche.case_table``: the members of ``CaseRow`` flattened (the detecting
    body as its id and names, grounds as citation keys), instants as aware ``datetime``s in
    UTC+07:00 and ``law_date`` a ``date``. No personal data."""

    case_id: str
    regulation: str
    status: CaseStatus
    confidential: bool
    summary: Optional[str]
    platform: Optional[str]
    platform_kind: PlatformKind
    content_kind: ContentKind
    topics: List[Topic]
    law_date: datetime.date
    detected_by: str
    detected_by_name_vi: str
    detected_by_name_en: str
    source: DetectionSource
    detected_at: datetime.datetime
    notified_by: Optional[Channel]
    received_at: Optional[datetime.datetime]
    consulted: int
    opinions: int
    verdict: Optional[Verdict]
    grounds: List[str]
    concluded_at: Optional[datetime.datetime]
    label: Optional[ContentLabel]
    actions: int
    actions_open: int
    removal_requests: int
    platform_responses: List[PlatformResponse]
    announcements: int
    ended_at: Optional[datetime.datetime]
    dismiss_reason: Optional[DismissReason]
    events: int
    head_hash: str
'''
EXTRA_NAMES = ["JsonlCase", "JsonlSummary", "BundleData", "CaseTableRow"]

SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


class SchemaError(Exception):
    """A schema construct the generator does not translate (fail loudly, never guess)."""


def camel(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", text) if part)


# ----------------------------------------------------------------------------------------------
# Loading: one registry of named schemas across every file.


def load(schemas: Path) -> Dict[str, Dict[str, Any]]:
    """Every named schema: each file's root (named after the file) and its ``$defs``, with
    ``$ref``s rewritten to plain names. The same name in two files must mean the same schema."""
    named: Dict[str, Dict[str, Any]] = {}
    origin: Dict[str, str] = {}
    files = sorted(schemas.glob("*.schema.json"))
    if not files:
        raise SchemaError(f"no schema in {schemas}")
    for path in files:
        doc = json.loads(path.read_text(encoding="utf-8"))
        root = camel(path.name[: -len(".schema.json")])

        def norm(node: Any) -> Any:
            if isinstance(node, dict):
                out = {}
                for k, v in node.items():
                    if k == "$ref":
                        if v == "#":
                            v = root
                        elif v.startswith("#/$defs/"):
                            v = v[len("#/$defs/"):]
                        else:
                            raise SchemaError(f"{path.name}: unsupported $ref {v!r}")
                    out[k] = norm(v)
                return out
            if isinstance(node, list):
                return [norm(x) for x in node]
            return node

        entries = [(root, {k: v for k, v in doc.items() if k not in ("$schema", "$defs", "title")})]
        entries += list(doc.get("$defs", {}).items())
        for name, schema in entries:
            schema = norm(schema)
            if name in named and named[name] != schema:
                raise SchemaError(f"{name} differs between {origin[name]} and {path.name}")
            named.setdefault(name, schema)
            origin.setdefault(name, path.name)
    if "Citation" in named and "CitationObject" in named:
        named["Citation"] = dict(named.pop("CitationObject"), description=CITATION_DOC)
    return named


# ----------------------------------------------------------------------------------------------
# The Python declarations.


@dataclass
class Member:
    key: str
    type: str
    required: bool
    doc: str


@dataclass
class Decl:
    name: str
    doc: str
    # "literal" | "scalar" | "typeddict" | "alias"
    kind: str
    expr: str = ""
    members: List[Member] = field(default_factory=list)
    values: List[Tuple[str, str]] = field(default_factory=list)
    # The names this declaration refers to (it is written after them, or quotes them).
    deps: Set[str] = field(default_factory=set)

    @property
    def functional(self) -> bool:
        return self.kind == "typeddict" and any(
            not m.key.isidentifier() or keyword.iskeyword(m.key) for m in self.members
        )


class Generator:
    def __init__(self, named: Dict[str, Dict[str, Any]]) -> None:
        self.named = named
        self.decls: Dict[str, Decl] = {}
        self.taken: Set[str] = {self.py(n) for n in named} | set(EXTRA_NAMES)

    def py(self, name: str) -> str:
        return RENAMES.get(name, name)

    def fresh(self, *candidates: str) -> str:
        for c in candidates:
            if c not in self.taken:
                self.taken.add(c)
                return c
        raise SchemaError(f"no free name among {candidates}")

    # ----- type expressions -----

    def expr(self, node: Dict[str, Any], owner: str, prop: str, deps: Set[str]) -> str:
        """The annotation for ``node``; inline objects become TypedDicts named after ``owner``
        and ``prop``. ``deps`` collects the names used."""
        if "$ref" in node:
            name = self.py(node["$ref"])
            deps.add(name)
            return name
        if "const" in node:
            return literal_or_none([node["const"]])
        if "enum" in node:
            return literal_or_none(node["enum"])
        for key in ("oneOf", "anyOf"):
            if key in node:
                return self.union(node[key], owner, prop, deps)
        if "allOf" in node:
            raise SchemaError(f"{owner}.{prop}: allOf is not translated")
        t = node.get("type")
        if isinstance(t, list):
            others = [x for x in t if x != "null"]
            if len(others) != 1:
                raise SchemaError(f"{owner}.{prop}: type {t}")
            inner = self.expr(dict(node, type=others[0]), owner, prop, deps)
            return optional(inner) if "null" in t else inner
        if t in SCALARS:
            return SCALARS[t]
        if t == "array":
            items = node.get("items")
            item = self.expr(items, owner, prop, deps) if items else "Any"
            size = node.get("minItems")
            if size is not None and size == node.get("maxItems") and 0 < size <= 4:
                # A fixed-size Rust array: a tuple in Python (pythonize), as in TypeScript.
                return f"Tuple[{', '.join([item] * size)}]"
            return f"List[{item}]"
        if t == "object":
            if "properties" in node:
                name = self.fresh(camel(prop), owner + camel(prop))
                self.typeddict(name, node, deps_out=deps)
                if not self.decls[name].doc:
                    self.decls[name].doc = f"The ``{prop}`` of a ``{owner}``."
                return name
            extra = node.get("additionalProperties")
            if isinstance(extra, dict):
                return f"Dict[str, {self.expr(extra, owner, prop, deps)}]"
            return "Dict[str, Any]"
        if t is None and not (set(node) - {"description", "default", "title"}):
            return "Any"
        raise SchemaError(f"{owner}.{prop}: unsupported schema {sorted(node)}")

    def union(self, members: Sequence[Dict[str, Any]], owner: str, prop: str, deps: Set[str]) -> str:
        nullable = any(is_null(m) for m in members)
        members = [m for m in members if not is_null(m)]
        consts = [m["const"] for m in members if "const" in m]
        objects = [m for m in members if m.get("type") == "object" and "properties" in m]
        tag = discriminator(objects)
        parts: List[str] = []
        for m in members:
            if "const" in m:
                continue
            if m in objects:
                props = m["properties"]
                if tag:
                    base = camel(str(props[tag]["const"]))
                elif len(props) == 1:
                    base = camel(next(iter(props)))
                else:
                    base = f"Variant{objects.index(m) + 1}"
                name = self.fresh(base + owner + camel(prop) if prop else base + owner)
                self.typeddict(name, m, deps_out=deps, tag=tag)
                rust = re.fullmatch(r"See \[`(\w+)`\]\.", m.get("description", ""))
                if rust and tag:
                    self.decls[name].doc = (
                        f"A ``{owner}`` of ``{tag}`` ``{py_str(props[tag]['const'])}`` "
                        f"(``{rust.group(1)}`` in Rust and TypeScript)."
                    )
                parts.append(name)
            else:
                parts.append(self.expr(m, owner, prop, deps))
        if consts:
            parts.append(literal_or_none(consts))
        text = parts[0] if len(parts) == 1 else f"Union[{', '.join(parts)}]"
        return optional(text) if nullable else text

    # ----- declarations -----

    def typeddict(
        self, name: str, node: Dict[str, Any], deps_out: Optional[Set[str]] = None,
        tag: Optional[str] = None,
    ) -> None:
        required = set(node.get("required", []))
        props: Dict[str, Any] = node.get("properties", {})
        extra = node.get("additionalProperties")
        if isinstance(extra, dict) or extra is True:
            raise SchemaError(f"{name}: properties with open additionalProperties")
        decl = Decl(name=name, doc=node.get("description", ""), kind="typeddict")
        self.decls[name] = decl  # before the members: recursive shapes refer to it
        keys = sorted(props, key=lambda k: k != tag)  # the tag first, then the schema's order
        for key in keys:
            sub = props[key]
            deps: Set[str] = set()
            is_required = key in required or (name, key) in WRITTEN_AS_NULL
            if not is_required:
                sub = without_null(sub)
            text = self.expr(sub, name, key, deps)
            decl.members.append(Member(key, text, is_required, sub.get("description", "")))
            decl.deps |= deps
        if deps_out is not None:
            deps_out.add(name)

    def define(self, schema_name: str) -> None:
        node = self.named[schema_name]
        name = self.py(schema_name)
        doc = node.get("description", "")
        values = string_constants(node)
        if values is not None:
            self.decls[name] = Decl(name=name, doc=doc, kind="literal", values=values)
        elif node.get("type") == "object" and "properties" in node:
            self.typeddict(name, node)
        else:
            deps: Set[str] = set()
            text = self.expr(node, name, "", deps)
            kind = "scalar" if text in SCALARS.values() else "alias"
            self.decls[name] = Decl(name=name, doc=doc, kind=kind, expr=text, deps=deps)

    def run(self) -> str:
        for schema_name in sorted(self.named):
            self.define(schema_name)
        return self.render()

    # ----- rendering -----

    def render(self) -> str:
        decls = self.decls
        literals = sorted((d for d in decls.values() if d.kind == "literal"), key=lambda d: d.name)
        scalars = sorted((d for d in decls.values() if d.kind == "scalar"), key=lambda d: d.name)
        # Objects and unions, each after what it refers to (alphabetical where free).
        rest = topological([d for d in decls.values() if d.kind in ("typeddict", "alias")])
        names = [d.name for d in literals + scalars + rest] + EXTRA_NAMES
        out = [MODULE_DOC, "", HEADER, "__all__ = ["]
        out += [f'    "{n}",' for n in sorted(names)]
        out.append("]")
        defined: Set[str] = {d.name for d in literals + scalars}

        out.append("\n\n# ----- Enumerations (closed sets of strings) -----\n")
        for d in literals:
            out.append("")
            if len(d.values) == 1:
                out.append(f"{d.name} = Literal[{py_str(d.values[0][0])}]")
            else:
                out.append(f"{d.name} = Literal[")
                out += [f"    {py_str(v)}," for v, _ in d.values]
                out.append("]")
            out.append(docstring(d.doc, "", [(v, text) for v, text in d.values]))
        out.append("\n\n# ----- Identifiers and scalars (open values checked at run time) -----\n")
        for d in scalars:
            out.append("")
            out.append(f"{d.name} = {d.expr}")
            out.append(docstring(d.doc, ""))
        out.append("\n\n# ----- Objects and unions (each after the types it uses) -----\n")
        for d in rest:
            out.append("")
            if d.kind == "typeddict" and not d.functional:
                out.append("")
                out.append(f"class {d.name}(TypedDict):")
                out.append(docstring(d.doc, "    "))
                for m in d.members:
                    out.append("")
                    out += comment(m.doc, "    ")
                    out.append(f"    {m.key}: {quote_undefined(member_type(m), defined)}")
                out.append("")
            elif d.kind == "typeddict":
                out.append(f"{d.name} = TypedDict(")
                out.append(f'    "{d.name}",')
                out.append("    {")
                for m in d.members:
                    out += comment(m.doc, "        ")
                    out.append(f"        {py_str(m.key)}: {quote_undefined(member_type(m), defined)},")
                out.append("    },")
                out.append(")")
                if d.doc.strip():
                    out.append(f"{d.name}.__doc__ = {docstring(d.doc, '').strip()}")
            else:
                out += assignment(d.name, quote_undefined(d.expr, defined))
                if d.doc.strip():
                    out.append(docstring(d.doc, ""))
            defined.add(d.name)
        text = "\n".join(out).rstrip() + "\n" + EXTRA
        return re.sub(r"\n{4,}", "\n\n\n", text)


# ----------------------------------------------------------------------------------------------
# Helpers.


def is_null(node: Dict[str, Any]) -> bool:
    return node.get("type") == "null" or ("const" in node and node["const"] is None)


def without_null(node: Dict[str, Any]) -> Dict[str, Any]:
    """The schema of an optional member without its ``null``: the core omits absent members."""
    t = node.get("type")
    if isinstance(t, list) and "null" in t:
        rest = [x for x in t if x != "null"]
        return dict(node, type=rest[0] if len(rest) == 1 else rest)
    for key in ("anyOf", "oneOf"):
        if key in node and any(is_null(m) for m in node[key]):
            rest = [m for m in node[key] if not is_null(m)]
            if len(rest) == 1:
                merged = dict(node)
                del merged[key]
                merged.update(rest[0])
                if "description" in node:
                    merged["description"] = node["description"]
                return merged
            return dict(node, **{key: rest})
    return node


def discriminator(objects: List[Dict[str, Any]]) -> Optional[str]:
    """The member every object variant holds as a distinct string constant (``type``, ``kind``)."""
    if len(objects) < 2:
        return None
    common: Set[str] = set.intersection(*(set(o["properties"]) for o in objects))
    for key in sorted(common, key=lambda k: (k not in ("type", "kind"), k)):
        consts = [o["properties"][key].get("const") for o in objects]
        required = all(key in o.get("required", []) for o in objects)
        if required and all(isinstance(c, str) for c in consts) and len(set(consts)) == len(consts):
            return key
    return None


def string_constants(node: Dict[str, Any]) -> Optional[List[Tuple[str, str]]]:
    """``[(value, description)]`` when ``node`` is a closed set of strings, else ``None``."""
    if node.get("type") == "string" and isinstance(node.get("enum"), list):
        if all(isinstance(v, str) for v in node["enum"]):
            return [(v, "") for v in node["enum"]]
    for key in ("oneOf", "anyOf"):
        members = node.get(key)
        if members and all(isinstance(m.get("const"), str) for m in members):
            return [(m["const"], m.get("description", "")) for m in members]
    return None


def literal_or_none(values: Sequence[Any]) -> str:
    strings = [v for v in values if v is not None]
    if any(not isinstance(v, str) for v in strings):
        raise SchemaError(f"non-string constants {values}")
    text = f"Literal[{', '.join(py_str(v) for v in strings)}]" if strings else "None"
    return optional(text) if strings and None in values else text


def optional(text: str) -> str:
    return text if text.startswith("Optional[") or text == "None" else f"Optional[{text}]"


def member_type(m: Member) -> str:
    return m.type if m.required else f"NotRequired[{m.type}]"


def py_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def quote_undefined(text: str, defined: Set[str]) -> str:
    """Forward references evaluated when the module runs are quoted (mypy reads them alike)."""
    builtin = {"Any", "Dict", "List", "Literal", "NotRequired", "Optional", "Tuple", "Union",
               "None", "str", "int", "float", "bool"}

    def repl(m: "re.Match[str]") -> str:
        word = m.group(0)
        return word if word in builtin or word in defined else f'"{word}"'

    # Names outside string literals only.
    parts = re.split(r'("(?:[^"\\]|\\.)*")', text)
    return "".join(p if p.startswith('"') else re.sub(r"\b[A-Za-z_]\w*\b", repl, p) for p in parts)


def assignment(name: str, expr: str) -> List[str]:
    """``name = expr``, one argument a line when the outer ``Union[...]`` is long."""
    if len(name) + 3 + len(expr) <= 100 or not expr.startswith("Union["):
        return [f"{name} = {expr}"]
    args, depth, start = [], 0, len("Union[")
    for i, ch in enumerate(expr[start:-1], start):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == "," and depth == 0:
            args.append(expr[start:i].strip())
            start = i + 1
    args.append(expr[start:-1].strip())
    return [f"{name} = Union["] + [f"    {a}," for a in args] + ["]"]


def topological(decls: List[Decl]) -> List[Decl]:
    """Declarations in dependency order (alphabetical where free); a reference back along a
    cycle (``Error.related: List["Error"]``) is quoted by ``quote_undefined``."""
    by_name = {d.name: d for d in decls}
    done: Set[str] = set()
    out: List[Decl] = []
    visiting: Set[str] = set()

    def visit(d: Decl) -> None:
        if d.name in done or d.name in visiting:
            return
        visiting.add(d.name)
        for dep in sorted(d.deps):
            if dep in by_name:
                visit(by_name[dep])
        visiting.discard(d.name)
        done.add(d.name)
        out.append(d)

    for d in sorted(decls, key=lambda d: d.name):
        visit(d)
    return out


def clean(text: str) -> str:
    """A schema description as reStructuredText-ish prose: no Rust code blocks or doc links."""
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    text = re.sub(r"\[`([^`\]]+)`\](\([^)]*\))?", r"`\1`", text)
    text = re.sub(r"(?<!`)`([^`]+)`(?!`)", r"``\1``", text)
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def docstring(text: str, indent: str, values: Sequence[Tuple[str, str]] = ()) -> str:
    body = clean(text) or "(No description in the schema.)"
    # A value's description without a leading repetition of the value ("``close``: closes…").
    described = [(v, re.sub(rf"^``{re.escape(v)}``:\s*", "", clean(d))) for v, d in values]
    described = [(v, d) for v, d in described if d and d != v]
    if described:
        body += "\n\n" + "\n".join(
            f"- ``{v}``: " + d.replace("\n", "\n  ") for v, d in described
        )
    body = body.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if body.endswith('"'):
        body = body[:-1] + '\\"'
    lines = body.split("\n")
    if len(lines) == 1:
        return f'{indent}"""{body}"""'
    inner = "\n".join((indent + line) if line else "" for line in lines[1:])
    return f'{indent}"""{lines[0]}\n{inner}\n{indent}"""'


def comment(text: str, indent: str) -> List[str]:
    body = clean(text)
    return [f"{indent}#: {line}".rstrip() for line in body.splitlines()] if body else []


def generate(schemas: Path = SCHEMAS) -> str:
    """The text of types.py for the schemas in ``schemas``."""
    return Generator(load(schemas)).run()


def main(argv: Sequence[str]) -> int:
    text = generate()
    if "--check" in argv:
        if OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT.relative_to(ROOT)} is stale; regenerate it with: {COMMAND}",
                  file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({text.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
