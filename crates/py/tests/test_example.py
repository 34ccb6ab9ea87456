"""examples/python runs: the committed case logs replay, the six-month report prints, the pandas
table groups the cases by ground and status, and the generator reproduces the committed file."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import quyche
from conformance_support import ROOT

EXAMPLE = ROOT / "examples" / "python"


def example_module(name: str) -> ModuleType:
    """Imports examples/python/<name>.py as a module."""
    spec = importlib.util.spec_from_file_location(name, EXAMPLE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_example(*args: str) -> str:
    out = subprocess.run([sys.executable, str(EXAMPLE / "run_report.py"), *args],
                         capture_output=True, text=True, encoding="utf-8", check=True)
    return out.stdout


def test_the_example_prints_the_six_month_report_and_the_table() -> None:
    pytest.importorskip("pandas")
    out = run_example()
    assert "5 case logs replayed" in out
    assert "6 tháng đầu năm 2026" in out, "the six-month report of 2026 (Điều 8)"
    assert "từ ngày 15/12/2025 đến ngày 14/06/2026" in out
    # Four cases fall in the window; the one detected on 20 June does not.
    assert "Tổng số vụ việc trong kỳ: 4" in out
    table = out.split("Cases by ground and status")[1]
    assert "khoản 1 Điều 8 Luật An ninh mạng 2018" in table and "closed" in table
    assert "dismissed" in table and "detected" in table
    assert "The six-month report" not in out
    en = run_example("--lang", "en")
    assert "the first six months of 2026" in en


def test_a_tampered_file_is_refused_with_the_case_and_event(tmp_path: Path) -> None:
    doc = json.loads((EXAMPLE / "cases-2026.json").read_text(encoding="utf-8"))
    doc["cases"][2][0]["command"]["content"]["summary"] = "Đã sửa"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    pytest.importorskip("pandas")
    run_report = example_module("run_report")
    with pytest.raises(quyche.LogTampered) as info:
        run_report.load(bad)
    assert info.value.path == "/cases/2/0/hash"


def test_the_generator_reproduces_the_committed_file(tmp_path: Path) -> None:
    generate_cases = example_module("generate_cases")
    out = tmp_path / "cases.json"
    generate_cases.main(out)
    assert out.read_text(encoding="utf-8") == (EXAMPLE / "cases-2026.json").read_text(
        encoding="utf-8"), "regenerate examples/python/cases-2026.json"
