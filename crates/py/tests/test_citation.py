"""Citations through Python: parsing Vietnamese and English forms, writing them, finding them."""

from __future__ import annotations

from typing import Any

import pytest

import quyche


def test_parse_and_write_in_both_languages() -> None:
    c = quyche.Citation.parse("điểm đ khoản 1 Điều 8 Luật An ninh mạng 2018")
    assert str(c) == "điểm đ khoản 1 Điều 8 Luật An ninh mạng 2018"
    assert c.vietnamese() == str(c)
    assert c.english() == "Art. 8(1)(đ), Cybersecurity Law 2018"
    assert c.to_dict() == {"instrument": "24/2018/QH14", "article": 8, "clause": 1, "point": "đ"}
    assert (c.instrument, c.article, c.clause, c.point) == ("24/2018/QH14", 8, 1, "đ")
    assert c.key == "24/2018/QH14:8.1.đ"
    assert c.ascii() == "diem dd khoan 1 dieu 8 luat an ninh mang 2018"


def test_without_diacritics_d_and_dd_are_told_apart() -> None:
    # "dd" is đ, "d" is d (the parser's documented rule).
    assert quyche.Citation.parse("diem dd khoan 1 dieu 8 luat an ninh mang 2018").point == "đ"
    assert quyche.Citation.parse("diem d khoan 1 dieu 8 luat an ninh mang 2018").point == "d"


def test_structure_equality_and_hashing() -> None:
    c = quyche.Citation.parse("khoản 1 Điều 5 Quyết định 2086/QĐ-UBND")
    parent = c.parent()
    assert parent is not None and parent.key == "2086/QĐ-UBND:5"
    assert c.is_within(parent) and not parent.is_within(c)
    assert c == quyche.Citation.from_dict(c.to_dict())
    assert len({c, quyche.Citation.from_dict(c.to_dict())}) == 1
    assert repr(c) == 'Citation("2086/QĐ-UBND:5.1")'


def test_parse_errors_and_unknown_instruments() -> None:
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.Citation.parse("hello")
    assert info.value.code == "CITATION_PARSE"
    with pytest.raises(quyche.NotFound) as nf:
        quyche.Citation.parse("Điều 5 Luật Foo")
    assert nf.value.code == "UNKNOWN_INSTRUMENT"


def test_find_citations_in_free_text() -> None:
    text = ("Thông tin vi phạm Điều 9 Luật Báo chí 2016 và khoản 1, Điều 8 của Luật An ninh mạng "
            "năm 2018; xem thêm Điều 5 Nghị định số 72/2013/NĐ-CP ngày 15/7/2013.")
    found = quyche.find_citations(text)
    assert len(found) == 3
    assert found[1].to_dict() == {"instrument": "24/2018/QH14", "article": 8, "clause": 1}
    assert quyche.find_citations("không có trích dẫn") == []
    assert quyche.find_citations(text, quyche.Regulation.khanh_hoa())[0] == found[0]


def test_citations_can_be_passed_inside_commands() -> None:
    # Điều 2.2: a violating verdict cites a ground in force; a Citation object works in the dict.
    from lifecycle import regulation, run, scenario
    case, _ = run(regulation(), 6)
    step = scenario()["steps"][6]
    # A Python convenience the schema-generated `Command` type does not describe (it types the
    # JSON shape): `quyche.Citation` objects inside a command dict.
    cmd: Any = dict(step["command"])
    cmd["grounds"] = [quyche.Citation.from_dict(cmd["grounds"][0])]
    applied = case.apply(cmd, step["actor"], step["at"])
    concluded = applied["event"]["command"]
    assert concluded["type"] == "conclude"
    assert concluded["grounds"] == step["command"]["grounds"]


def test_an_ambiguous_citation_is_reported_not_dropped() -> None:
    # Issue 16: "Luật Báo chí" without its year fits the 2016 and the 2025 law; find_citations
    # cannot tell which, so scan_citations reports the part instead of dropping it.
    scan = quyche.scan_citations("vi phạm Điều 9 Luật Báo chí và Điều 8 Luật An ninh mạng 2018")
    assert [c.key for c in scan["citations"]] == ["24/2018/QH14:8"]
    [e] = scan["unresolved"]
    assert e["code"] == "UNKNOWN_INSTRUMENT" and "Luật Báo chí" in e["message_vi"]
