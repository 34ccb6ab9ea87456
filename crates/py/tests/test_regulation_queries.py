"""Regulation queries through Python: the law, bodies and roles on a date, the duty matrix."""

from __future__ import annotations

import datetime
from typing import Any, Dict

import pytest

import quyche
import quyche.types

VN = datetime.timezone(datetime.timedelta(hours=7))


@pytest.fixture(scope="module")
def reg() -> quyche.Regulation:
    return quyche.Regulation.khanh_hoa()


def test_instruments_include_the_regulation_and_resolve_by_name(reg: quyche.Regulation) -> None:
    ids = [i["id"] for i in reg.instruments()]
    assert "2086/QĐ-UBND" in ids, "QĐ 2086/QĐ-UBND issues the regulation"
    assert reg.instrument("luat an ninh mang 2018")["id"] == "24/2018/QH14"
    assert reg.instrument("Nghị định 72/2013")["id"] == "72/2013/NĐ-CP"
    with pytest.raises(quyche.NotFound) as info:
        reg.instrument("Luật Foo")
    assert info.value.code == "UNKNOWN_INSTRUMENT"


def test_provision_lookup_accepts_text_dicts_and_citations(reg: quyche.Regulation) -> None:
    text = "khoản 1 Điều 5 Quyết định 2086/QĐ-UBND"
    by_text = reg.provision(text)
    assert by_text is not None and by_text["citation"] == {
        "instrument": "2086/QĐ-UBND", "article": 5, "clause": 1}, "Điều 5.1 is catalogued"
    assert reg.provision(quyche.Citation.parse(text)) == by_text
    assert reg.provision(by_text["citation"]) == by_text
    assert reg.provision({"instrument": "2086/QĐ-UBND", "article": 99}) is None
    assert any(p["citation"]["article"] == 7 for p in reg.provisions())


def test_grounds_follow_the_cybersecurity_law_change_on_2026_07_01(reg: quyche.Regulation) -> None:
    # Điều 2.2: the grounds are those in force at the content's law time; the Cybersecurity Law
    # 2025 replaces the 2018 law from 1 July 2026.
    c = "điểm đ khoản 1 Điều 8 Luật An ninh mạng 2018"
    before = reg.ground_for(c, datetime.date(2026, 6, 30))
    assert before is not None and before["id"] == "cyber-2018-art8-1"
    assert reg.ground_for(c, "2026-07-01") is None
    after = [g["id"] for g in reg.grounds_in_force(datetime.datetime(2026, 7, 1, 9, tzinfo=VN))]
    assert "cyber-2025-art7-1" in after and "cyber-2018-art8-1" not in after
    assert [s["instrument"] for s in reg.successor_of("khoản 1 Điều 8 Luật An ninh mạng 2018")][0] \
        == "116/2025/QH15"
    assert any(g["id"] == "cyber-2018-art8-1" for g in reg.grounds_covering(c))
    assert len(reg.grounds()) >= len(after)


def test_decree_72_removal_limit_is_3_hours_until_2024_12_24(reg: quyche.Regulation) -> None:
    limits = reg.time_limits("platform_removal", "2024-12-24")
    assert limits and all(t["limit"] == {"hours": 3} for t in limits), "NĐ 72/2013 Điều 23d: 3 h"
    assert reg.time_limits("platform_removal", "2024-12-25") == [], "NĐ 72 ended 2024-12-24"
    assert len(reg.all_time_limits()) > len(limits)
    with pytest.raises(quyche.InvalidInput) as info:
        reg.time_limits("removal_request", "2025-01-01")
    assert info.value.path == "/rule"


def test_the_lead_agency_moves_from_so_tttt_to_so_vhttdl_on_2025_03_01(
    reg: quyche.Regulation,
) -> None:
    # Điều 3: the Department of Information and Communications led until its merger.
    assert [a["body"] for a in reg.body_for("lead_agency", "2025-02-28")] == ["so-tttt"]
    assert "so-vhttdl" in [a["body"] for a in reg.body_for("lead_agency", "2025-03-01")]
    assert "lead_agency" in [a["role"] for a in reg.roles_of("so-vhttdl", "2025-03-01")]
    assert reg.body("so-vhttdl") is not None and reg.body("no-such-body") is None
    assert "so-tttt" not in [b["id"] for b in reg.bodies_on("2025-03-01")]
    assert "so-tttt" in [b["id"] for b in reg.bodies()]
    assert reg.bodies_for_duty("5.1", "2026-01-05")


def test_duty_matrix_queries(reg: quyche.Regulation) -> None:
    press = [d["id"] for d in reg.duties_of("press_outlet")]
    assert "7.5.b" in press, "Điều 7.5.b gives press outlets a duty"
    assert reg.duties_of("press_outlet", "2026-01-05")
    assert "5.2" in [d["id"] for d in reg.participants("verification")], "Điều 5.2: verification"
    assert [d["id"] for d in reg.duty_for("khoản 1 Điều 5 Quyết định 2086/QĐ-UBND")] == ["5.1"]
    d = reg.duty("5.1")
    assert d is not None and d in reg.duties()
    assert reg.duty("99.9") is None
    with pytest.raises(quyche.InvalidInput):
        reg.participants("gardening")


def test_register_body_adds_a_department_and_refuses_a_duplicate(reg: quyche.Regulation) -> None:
    # A department is one of the bodies Điều 5.1 binds; a province registers its own.
    mine = quyche.Regulation.khanh_hoa()
    body: quyche.types.BodyRegistration = {
        "body": {"id": "so-y-te", "name": {"vi": "Sở Y tế", "en": "Department of Health"},
                 "valid": {"from": "2020-08-12"}, "status": "C"},
        "roles": [{"role": "department", "body": "so-y-te",
                   "valid": {"from": "2020-08-12"}, "status": "C"}]}
    mine.register_body(body)
    assert [a["role"] for a in mine.roles_of("so-y-te", "2026-01-05")] == ["department"]
    assert "so-y-te" in [a["body"] for a in mine.bodies_for_duty("5.1", "2026-01-05")]
    with pytest.raises(quyche.InvalidInput) as info:
        mine.register_body(body)
    assert info.value.path == "/body/id"
    # A role assignment names the body registered with it; a refused registration changes
    # nothing.
    other: quyche.types.BodyRegistration = {"body": {**body["body"], "id": "so-xay-dung"},
             "roles": [{**body["roles"][0], "body": "so-vhttdl"}]}
    with pytest.raises(quyche.InvalidInput) as wrong:
        mine.register_body(other)
    assert wrong.value.path == "/roles/0/body" and mine.body("so-xay-dung") is None
    # The old flat form (roles beside the body's members) is refused at the stray member.
    with pytest.raises(quyche.InvalidInput) as flat:
        old_form: Any = {**body["body"], "roles": body["roles"]}  # not a BodyRegistration
        mine.register_body(old_form)
    assert flat.value.path == "/id"
    assert reg.body("so-y-te") is None, "another regulation value is unchanged"
    assert mine != reg


def test_workflow_and_pre_case_allowed_commands(reg: quyche.Regulation) -> None:
    assert reg.workflow_mermaid().startswith("stateDiagram")
    checks = reg.allowed_commands("cong-an-tinh", "2026-03-02T08:00:00+07:00")
    assert [c["command"] for c in checks if c["allowed"]] == ["detect"], \
        "before a case exists only detect is possible (Điều 5.1)"


def test_vocabulary_lists_roles_with_labels(reg: quyche.Regulation) -> None:
    # Roles are the regulation's data: Điều 7.1 creates the lead agency.
    roles = reg.vocabulary("role")
    assert roles[0]["id"] == "lead_agency" and roles[0]["label"]["vi"] == "Cơ quan chủ trì"
    assert [t["id"] for t in roles] == [r["id"] for r in reg.roles()]
    lead = reg.roles()[0]
    assert lead["provision"] == {"instrument": "2086/QĐ-UBND", "article": 7, "clause": 1}
    statuses = [t["id"] for t in reg.vocabulary("case_status")]
    assert statuses[0] == "detected" and "closed" in statuses and "dismissed" in statuses
    commands = [t["id"] for t in reg.vocabulary("command")]
    assert {"request_action", "direct_action", "send_removal_request"} <= set(commands)
    with pytest.raises(quyche.InvalidInput) as info:
        reg.vocabulary("colours")
    assert info.value.path == "/name"


def test_activities_and_roles_are_the_regulations_data(reg: quyche.Regulation) -> None:
    # Điều 6 lists the kinds of coordination the duties serve; Điều 7 the bodies' roles.
    activities = [a["id"] for a in reg.activities()]
    assert {"monitoring", "verification", "handling", "reporting"} <= set(activities)
    assert [t["id"] for t in reg.vocabulary("activity")] == activities
    roles = [r["id"] for r in reg.roles()]
    assert {"lead_agency", "police", "press_outlet", "provincial_peoples_committee"} <= set(roles)
    # An unknown role or activity is refused by the regulation's lookups, at the argument.
    with pytest.raises(quyche.InvalidInput) as role:
        reg.duties_of("gardener")
    assert role.value.path == "/role"
    with pytest.raises(quyche.InvalidInput) as body_for:
        reg.body_for("gardener", "2026-01-05")
    assert body_for.value.path == "/role"
    with pytest.raises(quyche.InvalidInput) as activity:
        reg.participants("gardening")
    assert activity.value.path == "/activity"
