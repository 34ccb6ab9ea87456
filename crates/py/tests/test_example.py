"""examples/python runs: the committed case logs replay, the six-month report prints, the pandas
table groups the cases by ground and status, and the generator reproduces the committed file.
The file's earlier version (data version 2026.11.28, when the lead agency "assigned" actions) is
kept as fixtures/cases-2026-data-2026.11.28.json: such logs are refused by replay and must be
migrated (quyche::case::migrate)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Dict, List

import pytest

import quyche
from conformance_support import ROOT

EXAMPLE = ROOT / "examples" / "python"
LEGACY = Path(__file__).resolve().parent / "fixtures" / "cases-2026-data-2026.11.28.json"


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
    # Điều 8.2: the lead agency's consolidated report goes to the People's Committee.
    assert "Kính gửi: Ủy ban nhân dân tỉnh Khánh Hòa" in out and "Nơi nhận:" in out
    # Four cases fall in the window; the one detected on 20 June does not.
    assert "Tổng số vụ việc trong kỳ: 4" in out
    # Điều 7.2.b: the police's removal request reached the platform, which complied.
    assert "Yêu cầu gỡ bỏ gửi nền tảng: 1" in out
    table = out.split("Cases by ground and status")[1]
    assert "khoản 1 Điều 8 Luật An ninh mạng 2018" in table and "closed" in table
    assert "dismissed" in table and "detected" in table
    assert "The six-month report" not in out
    en = run_example("--lang", "en")
    assert "the first six months of 2026" in en


def test_the_six_month_report_states_its_data_window() -> None:
    reg = quyche.Regulation.khanh_hoa()
    report = quyche.compile_report(reg, [], reporter="so-vhttdl", period=("six_monthly", 2026))
    assert "từ ngày 15/12/2025 đến ngày 14/06/2026" in quyche.render_markdown(reg, report)


def test_the_example_logs_follow_the_corrected_workflow() -> None:
    # Điều 7.1.a(4), 7.2.a, 7.5.a: the lead agency requests; no step "assigns" work to a peer.
    doc = json.loads((EXAMPLE / "cases-2026.json").read_text(encoding="utf-8"))
    commands = [e["command"]["type"] for log in doc["cases"] for e in log]
    assert "assign_action" not in commands and "request_action" in commands
    assert all(set(r) == {"body", "roles"} for r in doc["register"])
    versions = {e["regulation"]["version"] for log in doc["cases"] for e in log}
    assert versions == {quyche.Regulation.khanh_hoa().version}


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


def legacy() -> Dict[str, Any]:
    """The example file as committed under data version 2026.11.28, with its registrations in
    today's {"body", "roles"} form (the bodies themselves are unchanged)."""
    doc: Dict[str, Any] = json.loads(LEGACY.read_text(encoding="utf-8"))
    doc["register"] = [{"body": {k: v for k, v in r.items() if k != "roles"}, "roles": r["roles"]}
                       for r in doc["register"]]
    return doc


def legacy_regulation(doc: Dict[str, Any]) -> quyche.Regulation:
    reg = quyche.Regulation.khanh_hoa()
    for r in doc["register"]:
        reg.register_body(r)
    return reg


def test_the_legacy_fixture_is_the_earlier_data_version() -> None:
    doc = legacy()
    versions = {e["regulation"]["version"] for log in doc["cases"] for e in log}
    assert versions == {"2026.11.28"}
    assert "2026.11.28" in [v["version"] for v in
                            quyche.Regulation.khanh_hoa().to_dict()["previous_versions"]]
    assert "assign_action" in [e["command"]["type"] for log in doc["cases"] for e in log]


def _legacy_params() -> List[Any]:
    out: List[Any] = []
    for i in range(5):
        out.append(pytest.param(i, id=f"case{i}"))
    return out


@pytest.mark.parametrize("i", _legacy_params())
def test_a_legacy_log_is_refused_with_log_version_and_a_hint_to_migrate(i: int) -> None:
    # Its steps were checked against rules that have since changed: replaying it as it is
    # would apply today's rules to yesterday's log.
    doc = legacy()
    reg = legacy_regulation(doc)
    # Not tampered: valid under its own version, so an input of the wrong version.
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.Case.replay(reg, doc["cases"][i])
    e = info.value
    assert (e.code, e.path) == ("LOG_VERSION", "/0/regulation/version")
    assert "2026.11.28" in e.message and "2026.11.28" in e.message_vi and e.help


def test_the_legacy_example_logs_migrate_to_the_corrected_workflow() -> None:
    # Read under the current rules, the lead agency's "assign" to the police becomes a request
    # (Điều 7.1.a(4), 7.2.a), and every log migrates (checked against the Rust API).
    doc = legacy()
    reg = legacy_regulation(doc)
    results = [quyche.Case.migrate(reg, events) for events in doc["cases"]]
    first = results[0]
    assert first["from_version"] == "2026.11.28"
    assert first["old_head"] == doc["cases"][0][-1]["hash"]
    case = first["case"]
    assert isinstance(case, quyche.Case) and case.id == doc["cases"][0][0]["case_id"]
    assert case.status == "closed" and len(case) == 13
    assert [n["en"] for n in first["notes"]] == [
        "Event 8: assign_action read as request_action",
        "Event 9: assign_action read as request_action"]
    assert [len(r["case"]) for r in results] == [13, 4, 7, 8, 1]
    assert all(quyche.Case.replay(reg, r["case"].events) == r["case"] for r in results)


def test_the_generator_reproduces_the_committed_file(tmp_path: Path) -> None:
    generate_cases = example_module("generate_cases")
    out = tmp_path / "cases.json"
    generate_cases.main(out)
    assert out.read_text(encoding="utf-8") == (EXAMPLE / "cases-2026.json").read_text(
        encoding="utf-8"), "regenerate examples/python/cases-2026.json"
