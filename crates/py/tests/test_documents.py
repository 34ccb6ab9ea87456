"""Documents from Python (issue 18) through the shared document crate: the periodic report as
DOCX (read back with ``zipfile``), its figures as rows and CSV (read back with ``csv``), cases as
CSV, ClaimReview of a published case (Điều 6.5; refused for a confidential one) and a removal
request as a dict and a DOCX letter. Never the author's handle. The case is the 15-step lifecycle
of tests/conformance/full-lifecycle-2026.json (lifecycle.py)."""

from __future__ import annotations

import csv
import io
import pathlib
import re
import zipfile
from typing import Any, Dict, List

import pytest

import quyche
import quyche.types
from lifecycle import REMOVAL, STEPS, regulation, run, scenario

HANDLE = scenario()["steps"][0]["command"]["content"]["author_handle"]
CONTENT_URL = scenario()["steps"][0]["command"]["content"]["url"]


def report(reg: quyche.Regulation, case: quyche.Case) -> quyche.types.PeriodicReport:
    return quyche.compile_report(reg, [case], reporter="so-vhttdl", window=("2026-06-15", "2026-12-14"))


def document_text(docx: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)).replace("&amp;", "&")


def test_report_docx_writes_the_decrees_layout_to_a_path(tmp_path: pathlib.Path) -> None:
    reg = regulation()
    case, _ = run(reg)
    r = report(reg, case)
    target = tmp_path / "bao-cao.docx"
    assert quyche.report_docx(reg, r, target, date="2026-12-16") is None
    data = target.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert 'w:w="11906"' in xml and 'w:h="16838"' in xml  # A4
    assert 'w:ascii="Times New Roman"' in xml
    text = document_text(data)
    doc = quyche.report_document(reg, r)
    # The same model as the Markdown, in the decree's order.
    order = [doc["issuer"], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Khánh Hòa, ngày 16 tháng 12 năm 2026", doc["kind"], doc["summary"], "Kính gửi",
             doc["sections"][0]["heading"], "Nơi nhận:", doc["signature"]["title"]]
    at = [text.find(s) for s in order]
    assert all(i >= 0 for i in at), list(zip(order, at))
    assert at == sorted(at)
    assert HANDLE not in text


def test_report_docx_returns_bytes_in_english() -> None:
    reg = regulation()
    case, _ = run(reg)
    data = quyche.report_docx(reg, report(reg, case), lang="en")
    assert isinstance(data, bytes) and data[:2] == b"PK"
    assert "SOCIALIST REPUBLIC OF VIETNAM" in document_text(data)


def test_figure_rows_and_their_csv_read_back_by_the_csv_module() -> None:
    reg = regulation()
    case, _ = run(reg)
    r = report(reg, case)
    rows = quyche.report_figure_rows(reg, r)
    total = [x for x in rows if x["section"] == "cases" and x["item"] == "total"]
    assert [x["value"] for x in total] == [r["cases"]["total"]] == [1]
    police = [x for x in rows if x["section"] == "per_body" and x.get("body", {}).get("body") == "cong-an-tinh"]
    assert {x["item"]: x["value"] for x in police}["removal_requests"] == 1
    text = quyche.report_csv(reg, r, lang="en", bom=True)
    assert text.startswith("\ufeff")
    read = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    assert len(read) == len(rows)
    for got, row in zip(read, rows):
        assert (got["section"], got["item"], got["label"], int(got["value"])) == (
            row["section"], row["item"], row["label"]["en"], row["value"])
        assert got["body"] == row.get("body", {}).get("body", "")


def test_cases_csv_one_row_per_case_without_personal_data() -> None:
    reg = regulation()
    closed, _ = run(reg)
    handling, _ = run(reg, REMOVAL + 1, case_id="KH-2026-02")
    text = quyche.cases_csv(reg, [closed, handling.to_dict()])
    read = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["status"] for r in read] == ["closed", "handling"]
    assert read[0]["status_label"] == "Đã kết thúc"
    assert read[1]["case_id"] == "KH-2026-02"
    assert HANDLE not in text and CONTENT_URL not in text


def test_claim_review_of_a_published_case() -> None:
    reg = regulation()
    case, _ = run(reg)
    publish = scenario()["steps"][13]
    for lang in ("vi", "en"):
        reviews: List[Dict[str, Any]] = quyche.claim_reviews(reg, case, lang=lang)
        assert len(reviews) == 1
        r = reviews[0]
        # Google's fact-check tools: required claimReviewed, reviewRating.alternateName, url.
        assert r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview"
        assert r["claimReviewed"] and r["reviewRating"]["alternateName"]
        assert r["url"] == publish["command"]["url"]
        assert r["author"]["@type"] == "Organization" and r["author"]["identifier"] == publish["actor"]
        assert r["itemReviewed"]["appearance"]["url"] == CONTENT_URL
        assert r["datePublished"] == publish["at"][:10]
        assert HANDLE not in str(r)
    vi = quyche.claim_reviews(reg, case)[0]["reviewRating"]["alternateName"]
    en = quyche.claim_reviews(reg, case, lang="en")[0]["reviewRating"]["alternateName"]
    assert vi != en


def test_claim_review_is_refused_for_a_confidential_case() -> None:
    reg = regulation()
    case, _ = run(reg, 10)
    case.apply({"type": "mark_confidential"}, "so-vhttdl", "2026-08-05T08:00:00+07:00")
    with pytest.raises(quyche.RuleViolation) as e:
        quyche.claim_reviews(reg, case)
    assert e.value.code == "CONFIDENTIAL_CASE"
    assert e.value.citations
    # Listed without its content: no summary, no platform.
    row = next(csv.DictReader(io.StringIO(quyche.cases_csv(reg, [case]), newline="")))
    assert (row["confidential"], row["summary"], row["platform"]) == ("true", "", "")


def test_removal_request_as_dict_and_docx(tmp_path: pathlib.Path) -> None:
    reg = regulation()
    case, _ = run(reg, REMOVAL + 1)
    n = quyche.removal_request(reg, case, "R1")
    assert n["requester"]["body"] == "cong-an-tinh"
    assert n["content"]["url"] == CONTENT_URL
    assert n["decision_ground"] == "illegal_content"
    assert n["territorial_scope"] == ["VN"]
    assert n["legal_grounds"] and n["deadline"]["set_by"]["vi"]
    assert HANDLE not in str(n)
    target = tmp_path / "yeu-cau.docx"
    assert quyche.removal_request_docx(reg, case, "R1", target) is None
    text = document_text(target.read_bytes())
    assert n["legal_grounds"][0]["provision"]["text"]["vi"] in text
    assert n["deadline"]["set_by"]["vi"] in text
    assert HANDLE not in text
    with pytest.raises(quyche.QuycheError) as e:
        quyche.removal_request(reg, case, "R9")
    assert e.value.path == "/request"


def test_bad_arguments_are_invalid_input() -> None:
    reg = regulation()
    with pytest.raises(quyche.InvalidInput):
        quyche.cases_csv(reg, "not a list")  # type: ignore[arg-type]
    with pytest.raises(quyche.InvalidInput):
        quyche.report_figure_rows(reg, {"not": "a report"})  # type: ignore[typeddict-item, typeddict-unknown-key]
    case, _ = run(reg, STEPS)
    with pytest.raises(quyche.InvalidInput):
        quyche.claim_reviews(reg, case, lang="fr")  # type: ignore[arg-type]
