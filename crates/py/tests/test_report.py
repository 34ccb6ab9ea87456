"""Reporting through Python (Điều 8, 9.3): the calendar, late reports, compiled reports, Markdown,
and the bulk replay of JSON Lines event logs."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any, List

import pytest

import quyche
from lifecycle import OPINION, STEPS, regulation, run


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
    # An aware datetime inside a dict is accepted at run time (it becomes RFC 3339 text); the
    # generated Submission type has the schema's string, hence `Any` here.
    sent: Any = datetime.datetime(2026, 6, 17, 9, tzinfo=datetime.timezone.utc)
    late = quyche.overdue(reg, "2026-06-22", [{
        "body": "cong-an-tinh", "period": {"frequency": "six_monthly", "year": 2026},
        "submitted_at": sent}])
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
    assert [r["body"] for r in report["recipients"]] == ["ubnd-tinh"], \
        "Điều 8.2: to the People's Committee"
    assert report["cases"]["new"] == 1 and report["cases"]["closed"] == 1
    # Điều 7.2.b: one removal request went to the platform, which complied.
    assert report["cases"]["platforms"]["sent"] == 1
    assert report["cases"]["actions_by_kind"] == {"public_rebuttal": 1, "removal": 1}
    assert report["difficulties"] == ["Thiếu nhân lực"]
    assert "Nguyễn" not in json.dumps(report, ensure_ascii=False)
    assert case.id not in json.dumps(report), "case ids only on request"
    same = quyche.compile_report(reg, [case.to_dict()], reporter="so-vhttdl",
                                 window={"from": "2026-01-01", "to": "2026-12-31"},
                                 difficulties=["Thiếu nhân lực"])
    assert same == report
    vi = quyche.render_markdown(reg, report)
    en = quyche.render_markdown(reg, report, lang="en")
    # Nghị định 30/2020, Phụ lục I: motto, "Kính gửi", the opening naming QĐ 2086, "Nơi nhận",
    # the signature by title.
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in vi and "Nơi nhận:" in vi
    assert "Kính gửi: Ủy ban nhân dân tỉnh Khánh Hòa" in vi
    assert "Quyết định số 2086/QĐ-UBND ngày 12/8/2020" in vi and "GIÁM ĐỐC" in vi
    assert "Thiếu nhân lực" in vi and vi != en
    # Provenance stays out of the document's body; it is an annex printed on request.
    assert "PHỤ LỤC" not in vi
    annexed = quyche.render_markdown(reg, report, annex=True)
    assert annexed.startswith(vi.rstrip()[:200]) and "PHỤ LỤC" in annexed
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.render_markdown(reg, report, lang="fr")  # type: ignore[arg-type]
    assert info.value.path == "/lang"


def test_report_document_is_the_model_the_markdown_renders() -> None:
    reg = regulation()
    case, _ = run(reg)
    report = quyche.compile_report(reg, [case], reporter="so-vhttdl", period=("annual", 2026))
    doc = quyche.report_document(reg, report)
    assert (doc["lang"], doc["kind"]) == ("vi", "BÁO CÁO")
    assert doc["parent"] == "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA"
    assert doc["issuer"] == "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"
    assert doc["addressees"] == ["Ủy ban nhân dân tỉnh Khánh Hòa"], "Điều 8.2"
    assert "Quyết định số 2086/QĐ-UBND ngày 12/8/2020" in doc["opening"]
    assert doc["signature"]["title"] == "GIÁM ĐỐC"
    assert doc.get("annex") is None, "no annex unless asked for"
    md = quyche.render_markdown(reg, report)
    for s in doc["sections"]:
        assert s["heading"] in md
    with_annex = quyche.report_document(reg, report, annex=True)
    assert with_annex["annex"] and with_annex["sections"] == doc["sections"]
    en = quyche.report_document(reg, report, lang="en")
    assert en["lang"] == "en" and en["sections"] != doc["sections"]
    # A body's own report goes to the lead agency (Điều 8.1).
    police = quyche.compile_report(reg, [case], reporter="cong-an-tinh",
                                   period={"frequency": "six_monthly", "year": 2026, "index": 1})
    assert quyche.report_document(reg, police)["addressees"] == [
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa"]


def test_the_polices_report_is_issued_by_the_provincial_police() -> None:
    reg = quyche.Regulation.khanh_hoa()
    police = quyche.compile_report(reg, [], reporter="cong-an-tinh", period=("six_monthly", 2026))
    doc = quyche.report_document(reg, police)
    assert doc["issuer"] == "CÔNG AN TỈNH KHÁNH HÒA"


def test_compile_report_by_period_and_its_errors() -> None:
    reg = regulation()
    r = quyche.compile_report(reg, [], reporter="cong-an-tinh", period=("six_monthly", 2026))
    assert r["level"] == "body" and r["window"] == {"from": "2025-12-15", "to": "2026-06-14"}
    assert r == quyche.compile_report(reg, [], reporter="cong-an-tinh", period={
        "frequency": "six_monthly", "year": 2026, "index": 1})
    with pytest.raises(quyche.InvalidInput) as index:
        quyche.compile_report(reg, [], reporter="cong-an-tinh",
                              period={"frequency": "six_monthly", "year": 2026, "index": 2})
    assert index.value.path == "/period/index"
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
    ids = quyche.compile_report(reg, [case], reporter="so-vhttdl", period=("annual", 2026),
                                include_case_ids=True)
    assert ids["cases"]["total"] == 1


def jsonl(events: List[quyche.types.Event]) -> str:
    return "\n".join(json.dumps(e, ensure_ascii=False) for e in events) + "\n"


def test_replay_jsonl_interleaved_cases_from_text_and_path(tmp_path: Path) -> None:
    reg = regulation()
    a, _ = run(reg)
    b, _ = run(reg, 4, case_id="KH-2026-02")
    ea, eb = a.events, b.events
    mixed = [e for pair in zip(ea, eb) for e in pair] + ea[len(eb):]
    text = jsonl(mixed)
    summary = quyche.replay_jsonl(reg, text)
    assert summary["events"] == len(ea) + len(eb) and summary["lines"] == len(mixed)
    assert [(c["case_id"], c["status"], c["events"]) for c in summary["cases"]] == [
        (a.id, "closed", STEPS), (b.id, "verifying", 4)]
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
    assert summary["events"] == STEPS and summary["cases"][0]["head_hash"] == a.head_hash
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
    opinion = events[OPINION]["command"]
    assert opinion["type"] == "submit_opinion"
    opinion["finding"] = "Đã sửa"
    with pytest.raises(quyche.LogTampered) as info:
        quyche.replay_jsonl(reg, jsonl(events))
    line = OPINION + 1
    assert info.value.path == f"/{line}/hash" and info.value.message.startswith(f"Line {line}: ")
    with pytest.raises(quyche.InvalidInput) as bad:
        quyche.replay_jsonl(reg, "\n\n{not json}\n")
    assert bad.value.code == "INVALID_JSON" and (bad.value.path or "").startswith("/3")
    with pytest.raises(quyche.InvalidInput):
        quyche.replay_jsonl(reg, 42)  # type: ignore[arg-type]
