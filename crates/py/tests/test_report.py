"""Reporting through Python (Điều 8, 9.3): the calendar, late reports, compiled reports, Markdown,
and the bulk replay of JSON Lines event logs."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import List

import pytest

import quyche
from lifecycle import regulation, run


def test_reporting_calendar_2026_six_monthly_due_dates() -> None:
    # Bodies send by window end + 2 working days (QĐ 01/2023, P); the lead agency consolidates
    # later (Điều 8.2; its 5 days are an interpretation).
    cal = quyche.reporting_calendar(quyche.Regulation.khanh_hoa(), 2026, datetime.date(2026, 1, 1))
    six = [d for d in cal if d["period"] == {"frequency": "six_monthly", "year": 2026}]
    assert {d["due"] for d in six if d["level"] == "body"} == {"2026-06-16"}
    lead = next(d for d in six if d["obligation"] == "8.2-six-monthly")
    assert (lead["body"], lead["recipient"], lead["due"]) == ("so-vhttdl", "ubnd-tinh", "2026-06-19")
    assert lead["interpretation"] is True and not lead["past"]


def test_report_window_and_ad_hoc_refusal() -> None:
    reg = quyche.Regulation.khanh_hoa()
    assert quyche.report_window(reg, "annual", 2026) == {"from": "2025-12-15", "to": "2026-12-14"}
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.report_window(reg, "ad_hoc", 2026)
    assert info.value.path == "/frequency"


def test_overdue_counts_working_days_late() -> None:
    reg = quyche.Regulation.khanh_hoa()
    late = quyche.overdue(reg, "2026-06-22", [{
        "body": "cong-an-tinh", "period": {"frequency": "six_monthly", "year": 2026},
        "submitted_at": datetime.datetime(2026, 6, 17, 9, tzinfo=datetime.timezone.utc)}])
    police = [x for x in late if x["due"]["body"] == "cong-an-tinh"
              and x["due"]["period"] == {"frequency": "six_monthly", "year": 2026}]
    assert [x["working_days_late"] for x in police] == [1], "due Tue 16 Jun, sent Wed 17 Jun"
    with pytest.raises(quyche.NotFound):
        quyche.overdue(reg, "2026-06-22", [{"body": "nobody", "period": {
            "frequency": "annual", "year": 2026}, "submitted_at": "2026-06-17T09:00:00+07:00"}])


def test_compile_report_counts_the_case_and_renders_both_languages() -> None:
    reg = regulation()
    case, _ = run(reg)
    report = quyche.compile_report(reg, [case], reporter="so-vhttdl",
                                   window=(datetime.date(2026, 1, 1), "2026-12-31"),
                                   difficulties=["Thiếu nhân lực"])
    assert report["level"] == "consolidated", "the lead agency consolidates (Điều 8.2)"
    assert report["cases"]["new"] == 1
    assert report["difficulties"] == ["Thiếu nhân lực"]
    assert "Nguyễn" not in json.dumps(report, ensure_ascii=False)
    same = quyche.compile_report(reg, [case.to_dict()], reporter="so-vhttdl",
                                 window={"from": "2026-01-01", "to": "2026-12-31"},
                                 difficulties=["Thiếu nhân lực"])
    assert same == report
    vi = quyche.render_markdown(report)
    en = quyche.render_markdown(report, lang="en")
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in vi and "Nơi nhận:" in vi
    assert "Thiếu nhân lực" in vi and vi != en
    with pytest.raises(quyche.InvalidInput):
        quyche.render_markdown(report, lang="fr")


def test_compile_report_by_period_and_its_errors() -> None:
    reg = regulation()
    r = quyche.compile_report(reg, [], reporter="cong-an-tinh", period=("six_monthly", 2026))
    assert r["level"] == "body" and r["window"] == {"from": "2025-12-15", "to": "2026-06-14"}
    with pytest.raises(quyche.NotFound) as nf:
        quyche.compile_report(reg, [], reporter="nobody", period=("annual", 2026))
    assert nf.value.path == "/reporter"
    with pytest.raises(quyche.InvalidInput) as both:
        quyche.compile_report(reg, [], reporter="so-vhttdl")
    assert both.value.path == "/window"
    case, _ = run(reg)
    bad = case.to_dict()
    bad["events"][1]["at"] = "2026-08-03T08:31:00+07:00"
    with pytest.raises(quyche.LogTampered) as lt:
        quyche.compile_report(reg, [bad], reporter="so-vhttdl", period=("annual", 2026))
    assert lt.value.path == "/cases/0/events/1/hash"


def jsonl(events: List[quyche.types.Event]) -> str:
    return "\n".join(json.dumps(e, ensure_ascii=False) for e in events) + "\n"


def test_replay_jsonl_interleaved_cases_from_text_and_path(tmp_path: Path) -> None:
    reg = regulation()
    a, _ = run(reg)
    b, _ = run(reg, 4, summary="Tin đồn khác về dịch bệnh")
    ea, eb = a.events, b.events
    mixed = [e for pair in zip(ea, eb) for e in pair] + ea[len(eb):]
    text = jsonl(mixed)
    summary = quyche.replay_jsonl(reg, text)
    assert summary["events"] == len(ea) + len(eb) and summary["lines"] == len(mixed)
    assert [(c["case_id"], c["status"], c["events"]) for c in summary["cases"]] == [
        (a.id, "closed", 13), (b.id, "verifying", 4)]
    assert summary["cases"][1]["last_line"] == 8 and summary["cases"][0]["head_hash"] == a.head_hash
    f = tmp_path / "events.jsonl"
    f.write_text(text, encoding="utf-8")
    assert quyche.replay_jsonl(reg, f) == summary
    assert quyche.load_jsonl(reg, f) == [a, b]


def test_a_jsonl_file_larger_than_the_text_limit_is_read_line_by_line(tmp_path: Path) -> None:
    # Text arguments are capped at 64 MiB (quyche::json::MAX_INPUT_BYTES); a file is read line by
    # line, so only each line is bounded: 65 MiB of blank lines around a case's events still
    # replays.
    reg = regulation()
    a, _ = run(reg)
    f = tmp_path / "big.jsonl"
    with f.open("w", encoding="utf-8") as out:
        out.write("\n" * (65 * 1024 * 1024))
        out.write(jsonl(a.events))
    summary = quyche.replay_jsonl(reg, f)
    assert summary["events"] == 13 and summary["cases"][0]["head_hash"] == a.head_hash
    assert summary["cases"][0]["first_line"] == 65 * 1024 * 1024 + 1
    with pytest.raises(quyche.InvalidInput) as too_big:
        quyche.replay_jsonl(reg, f.read_text(encoding="utf-8"))
    assert too_big.value.code == "INPUT_TOO_LARGE" and too_big.value.path == ""
    with pytest.raises(OSError):
        quyche.replay_jsonl(reg, tmp_path / "missing.jsonl")


def test_replay_jsonl_reports_the_tampered_line() -> None:
    reg = regulation()
    a, _ = run(reg)
    events = a.events
    events[4]["command"]["finding"] = "Đã sửa"
    with pytest.raises(quyche.LogTampered) as info:
        quyche.replay_jsonl(reg, jsonl(events))
    assert info.value.path == "/5/hash" and info.value.message.startswith("Line 5: ")
    with pytest.raises(quyche.InvalidInput) as bad:
        quyche.replay_jsonl(reg, "\n\n{not json}\n")
    assert bad.value.code == "INVALID_JSON" and (bad.value.path or "").startswith("/3")
    with pytest.raises(quyche.InvalidInput):
        quyche.replay_jsonl(reg, 42)  # type: ignore[arg-type]
