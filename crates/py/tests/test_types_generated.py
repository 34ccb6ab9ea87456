"""quyche/types.py is generated from schemas/ (scripts/gen_py_types.py) and must stay current:
a type added, renamed or removed in Rust reaches the schemas, then this file, then mypy users,
as it reaches TypeScript users through tsify."""

from __future__ import annotations

import difflib
import importlib.util
import json
import sys
import typing
from pathlib import Path
from types import ModuleType

import quyche.types

ROOT = Path(__file__).resolve().parents[3]
SOURCE = ROOT / "crates" / "py" / "python" / "quyche" / "types.py"
REGENERATE = "python3 scripts/gen_py_types.py"


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_py_types", ROOT / "scripts" / "gen_py_types.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


def short_diff(a: str, b: str) -> str:
    lines = difflib.unified_diff(a.splitlines(), b.splitlines(), "types.py (committed)",
                                 "types.py (generated)", lineterm="", n=1)
    return "\n".join(list(lines)[:40])


def test_types_py_is_what_the_generator_writes_from_the_schemas() -> None:
    expected: str = generator().generate(ROOT / "schemas")
    actual = SOURCE.read_text(encoding="utf-8")
    assert actual == expected, (
        f"crates/py/python/quyche/types.py is stale; regenerate it with: {REGENERATE}\n"
        + short_diff(actual, expected))


def test_the_package_under_test_ships_the_generated_types() -> None:
    installed = Path(quyche.types.__file__).read_text(encoding="utf-8")
    assert installed == SOURCE.read_text(encoding="utf-8"), (
        f"{quyche.types.__file__} differs from the source tree: rebuild and reinstall the wheel")


def test_every_schema_has_its_python_type() -> None:
    gen = generator()
    for path in sorted((ROOT / "schemas").glob("*.schema.json")):
        name = gen.camel(path.name[: -len(".schema.json")])
        name = gen.RENAMES.get(name, name)
        assert name in quyche.types.__all__, (path.name, name)


def test_enumerations_hold_the_schema_values_in_order() -> None:
    for stem, alias in [("case-status", quyche.types.CaseStatus),
                        ("command-kind", quyche.types.CommandKind),
                        ("platform-kind", quyche.types.PlatformKind),
                        ("error-code", quyche.types.ErrorCode),
                        ("status", quyche.types.Status)]:
        schema = json.loads((ROOT / "schemas" / f"{stem}.schema.json").read_text("utf-8"))
        assert typing.get_args(alias) == tuple(m["const"] for m in schema["oneOf"]), stem


def test_the_command_union_has_one_typed_dict_per_command_kind() -> None:
    tags = []
    for member in typing.get_args(quyche.types.Command):
        hints = typing.get_type_hints(member)
        (tag,) = typing.get_args(hints["type"])
        tags.append(tag)
    assert tags == list(typing.get_args(quyche.types.CommandKind))

