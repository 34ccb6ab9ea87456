"""The functions the Python package gained or renamed so that it has the npm package's API
(DESIGN.md, Bindings, "One API"; the name lists are compared by crates/wasm/tests/api.test.mjs).
Each is checked for what the regulation or the calendar says, not only for its shape."""

import datetime
from typing import Any, Dict

import pytest

import quyche

_DETECT: Any = {
    "type": "detect",
    "source": "press_review",
    "content": {"platform": "Facebook", "platform_kind": "social_network", "kind": "post",
                "summary": "Tin đồn sai về dịch bệnh"},
}


@pytest.fixture(scope="module")
def reg() -> quyche.Regulation:
    return quyche.Regulation.khanh_hoa()


def test_the_regulation_names_its_instrument_title_and_province(reg: quyche.Regulation) -> None:
    data = reg.to_dict()
    assert reg.instrument == data["instrument"] == "2086/QĐ-UBND"
    assert reg.title == data["title"] and reg.title["vi"].startswith("Quy chế phối hợp")
    assert reg.province == {"vi": "Khánh Hòa", "en": data["province"]["en"]}


def test_instruments_by_number_or_by_name(reg: quyche.Regulation) -> None:
    by_id = reg.instrument_by_id("24/2018/QH14")
    assert by_id is not None and by_id == reg.resolve_instrument("Luật An ninh mạng 2018")
    assert reg.instrument_by_id("1/2099/NĐ-CP") is None, "not catalogued: None, not an error"
    with pytest.raises(quyche.NotFound):
        reg.resolve_instrument("1/2099/NĐ-CP")


def test_body_on_follows_a_merged_body_to_its_successor(reg: quyche.Regulation) -> None:
    # Đài PT-TH existed until 23/04/2025; its successor is Báo Khánh Hòa (the data's note cites
    # the merger), so acting "for" it afterwards means acting for the newspaper.
    old = reg.body("dai-ptth")
    assert old is not None and old["valid"]["to"] == "2025-04-23"
    assert [s["body"] for s in old["successors"]] == ["bao-khanh-hoa"]
    before = reg.body_on("dai-ptth", "2025-04-23")
    after = reg.body_on("dai-ptth", datetime.date(2025, 4, 24))
    assert before is not None and before["id"] == "dai-ptth"
    assert after is not None and after["id"] == "bao-khanh-hoa"
    assert reg.body_on("no-such-body", "2025-06-01") is None


def test_the_workflow_as_data_is_the_table_behind_the_mermaid_diagram(reg: quyche.Regulation) -> None:
    workflow = reg.workflow()
    commands = {t["command"] for t in workflow["transitions"]}
    assert {"detect", "receive", "conclude", "close"} <= commands
    assert commands == {c["command"] for c in reg.allowed_commands("so-vhttdl", "2026-03-02T08:00:00+07:00")}
    detect = next(t for t in workflow["transitions"] if t["command"] == "detect")
    assert detect["to"] in reg.workflow_mermaid()


def test_citations_parse_format_and_find_through_the_regulation(reg: quyche.Regulation) -> None:
    c = reg.parse_citation("điểm đ khoản 1 Điều 8 Luật An ninh mạng 2018")
    assert c == quyche.parse_citation("Art. 8(1)(đ), Cybersecurity Law 2018")
    assert reg.format_citation(c, "en") == "Art. 8(1)(đ), Cybersecurity Law 2018"
    assert quyche.format_citation(c.to_dict(), "vi") == "điểm đ khoản 1 Điều 8 Luật An ninh mạng 2018"
    assert quyche.format_citation("khoản 1 Điều 5 Quyết định 2086/QĐ-UBND", "vi", reg) == str(
        quyche.parse_citation("khoản 1 Điều 5 Quyết định 2086/QĐ-UBND"))
    found = reg.find_citations("theo khoản 1 Điều 5 Quyết định 2086/QĐ-UBND và Điều 9 Luật Báo chí 2016")
    assert [x.key for x in found] == ["2086/QĐ-UBND:5.1", "103/2016/QH13:9"]
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.format_citation(c, "fr")  # type: ignore[arg-type]
    assert info.value.path == "/lang"


def test_detect_and_last_applied(reg: quyche.Regulation) -> None:
    case, first = reg.detect(_DETECT, "so-vhttdl", "2026-03-02T08:00:00+07:00")
    assert case.last_applied == first
    second = case.apply({"type": "receive"}, "so-vhttdl", "2026-03-02T09:00:00+07:00")
    assert case.last_applied == second and second["event"]["seq"] == 2
    with pytest.raises(quyche.QuycheError):
        case.apply({"type": "receive"}, "so-vhttdl", "2026-03-02T09:30:00+07:00")
    assert case.last_applied == second, "a refused step leaves the last one in place"
    assert quyche.Case.replay(reg, case.events).last_applied is None


def test_basis_by_number_by_event_and_without_a_case(reg: quyche.Regulation) -> None:
    case, first = quyche.Case.start(reg, _DETECT, "so-vhttdl", "2026-03-02T08:00:00+07:00")
    keys = [c.key for c in case.basis(1)]
    # Sở VHTTDL detects as the lead agency: Điều 7.1.d of the regulation.
    assert "2086/QĐ-UBND:7.1.d" in keys
    assert case.basis(case.events[0]) == case.basis(1) == quyche.basis(reg, first["event"])
    with pytest.raises(quyche.InvalidInput) as info:
        case.basis(2)
    assert info.value.path == "/seq"


def test_a_work_calendar_of_ones_own(reg: quyche.Regulation) -> None:
    vietnam = quyche.WorkCalendar.vietnam()
    assert quyche.WorkCalendar().config() == vietnam.config()
    # The Tết 2026 break (14–22 Feb) comes from the built-in official schedule: without it, the
    # statutory days only.
    plain = quyche.WorkCalendar({"options": {"compensatory_days": False}, "schedules": []})
    assert plain.config()["options"] == {"compensatory_days": False}
    def official(cal: quyche.WorkCalendar) -> int:
        return sum(1 for h in cal.holidays_in(2026) if h["origin"] == "official")

    assert official(vietnam) > 0 and official(plain) == 0
    assert vietnam.is_working_day("2026-02-20") is False
    back = plain.with_schedule(vietnam.config()["schedules"][0])
    assert official(back) == official(vietnam)
    assert [h["date"] for h in vietnam.holidays_on("2026-02-17")] == ["2026-02-17"]
    due = vietnam.explain_hours("2026-02-16T10:00:00+07:00", 24)
    assert due["due"] == "2026-02-17T10:00:00+07:00" and due["due_on_working_day"] is False
    # The module functions are the built-in calendar's.
    assert quyche.add_working_days("2026-02-13", 1) == vietnam.add_working_days("2026-02-13", 1)
    assert quyche.count_working_days("2026-02-13", "2026-02-23") == vietnam.count_working_days("2026-02-13", "2026-02-23")
    assert quyche.holidays_in(2026) == vietnam.holidays_in(2026)
    assert quyche.day_info("2026-02-17") == vietnam.day_info("2026-02-17")
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.WorkCalendar({"options": {"compensatory_days": "yes"}})  # type: ignore[arg-type]
    assert info.value.path is not None and info.value.path.endswith("/compensatory_days")


def test_lunar_functions_have_the_npm_names() -> None:
    tet = quyche.lunar_new_year(2026)
    assert tet == datetime.date(2026, 2, 17)
    lunar = quyche.solar_to_lunar(tet)
    assert lunar == {"day": 1, "month": 1, "year": 2026, "leap": False}
    assert quyche.lunar_to_solar(lunar) == tet
    # 2025 repeats month 6 (tháng 6 nhuận).
    leap: Dict[str, Any] = {"day": 1, "month": 6, "year": 2025, "leap": True}
    assert quyche.solar_to_lunar(quyche.lunar_to_solar(leap)) == leap  # type: ignore[arg-type]


def test_a_citation_argument_may_be_its_key_as_in_javascript(reg: quyche.Regulation) -> None:
    words = "khoản 1 Điều 8 Luật An ninh mạng 2018"
    assert reg.ground_for("24/2018/QH14:8.1", "2025-01-15") == reg.ground_for(words, "2025-01-15")
    assert reg.provision("24/2018/QH14:8.1") == reg.provision(words)
    assert quyche.format_citation("24/2018/QH14:8.1", "en") == "Art. 8(1), Cybersecurity Law 2018"
    # Điều 7.3 of the regulation has six points, each a duty.
    assert len(reg.duty_for("2086/QĐ-UBND:7.3")) == 6
