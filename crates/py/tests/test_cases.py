"""Cases through Python: start, apply, refusals, explanations, the log, JSON round trips and
replay with tamper detection."""

from __future__ import annotations

import datetime
import json
import pytest

import quyche
import quyche.types
from conformance_support import event_hash
from lifecycle import (
    CONCLUDE,
    OPINION,
    REBUTTAL,
    REMOVAL,
    REQUEST,
    STEPS,
    regulation,
    run,
    scenario,
)

VN = datetime.timezone(datetime.timedelta(hours=7))
DETECT: quyche.types.DetectCommand = {
    "type": "detect", "source": "press_review",
    "content": {"platform": "Facebook", "platform_kind": "social_network", "kind": "post",
                "summary": "Tin đồn sai về dịch bệnh"},
}


def test_the_fixture_is_the_corrected_workflow() -> None:
    types = [s["command"]["type"] for s in scenario()["steps"]]
    assert len(types) == STEPS and "assign_action" not in types
    assert [types[i] for i in (OPINION, CONCLUDE, REQUEST, REMOVAL, REBUTTAL)] == [
        "submit_opinion", "conclude", "request_action", "send_removal_request", "take_action"]


def test_full_lifecycle_closes_and_every_event_hash_matches_hashlib() -> None:
    case, results = run(regulation())
    assert case.status == "closed" and len(case) == STEPS
    assert [r["event"]["seq"] for r in results] == list(range(1, STEPS + 1))
    for ev in case.events:
        assert event_hash(ev) == ev["hash"]
    assert case.head_hash == scenario()["final_hash"]
    # Điều 5.1: the ward committee notified the lead agency playing the role that day.
    assert results[1]["event"]["effects"]["lead_agency"] == "so-vhttdl"
    # Điều 7.1.a(4), 7.2.a: the lead agency requests the police (it assigns no work to a peer);
    # the police act on the request and report to the People's Committee, copying the lead
    # agency (Điều 7.2.b).
    action = case.to_dict()["actions"][0]
    assert (action["mode"], action["body"], action["opened_by"]) == (
        "requested", "cong-an-tinh", "so-vhttdl")
    recipients = results[11]["event"]["effects"]["recipients"]
    assert (recipients["to"], recipients["cc"]) == (["ubnd-tinh"], ["so-vhttdl"])
    # Điều 7.2.b: the 24 hours of the Cybersecurity Law 2025 bind the platform that received the
    # police's request, from that request.
    deadline = results[REMOVAL]["event"]["effects"]["deadline"]
    assert (deadline["binds"], deadline["due"]) == ("platform", "2026-08-04T11:40:00+07:00")


def test_apply_returns_event_and_advisories_and_the_case_holds_its_regulation() -> None:
    reg = regulation()
    case, _ = run(reg, CONCLUDE)
    applied = case.apply(scenario()["steps"][CONCLUDE]["command"], "so-vhttdl",
                         datetime.datetime(2026, 8, 3, 4, 0, tzinfo=datetime.timezone.utc))
    assert applied["event"]["at"] == "2026-08-03T11:00:00+07:00", "times are shown at +07:00"
    # Concluding on written opinions without a meeting is the library's reading of Điều 5.2.
    codes = [a["code"] for a in applied["advisories"]]
    assert "INTERPRETATION" in codes and "UNCONFIRMED_FACT" not in codes
    assert case.regulation == reg


def test_detect_convenience_and_actor_dict_with_officer() -> None:
    reg = quyche.Regulation.khanh_hoa()
    case, applied = reg.detect(DETECT, {"body": "so-vhttdl", "officer": "Nguyễn Văn A"},
                               datetime.datetime(2026, 3, 2, 8, tzinfo=VN))
    assert applied["event"]["actor"] == {"body": "so-vhttdl", "officer": "Nguyễn Văn A"}
    assert case.law_time == datetime.datetime(2026, 3, 2, 8, tzinfo=VN)
    assert case.law_time.utcoffset() == datetime.timedelta(hours=7)
    assert case.id.startswith("case-") and case.status == "detected"


def test_a_refused_step_raises_rule_violation_with_citations_and_leaves_the_case() -> None:
    # Điều 7.5: a press outlet has no duty to conclude (press-outlet-cannot-conclude).
    case, _ = run(regulation(), CONCLUDE)
    before = case.head_hash
    with pytest.raises(quyche.RuleViolation) as info:
        case.apply({"type": "conclude", "verdict": "not_violating", "note": "x"},
                   "bao-khanh-hoa", "2026-08-03T11:00:00+07:00")
    e = info.value
    assert e.code == "NOT_AUTHORIZED" and e.citations and e.message_vi
    assert case.head_hash == before and len(case) == CONCLUDE


def test_a_violating_verdict_without_grounds_is_refused_under_dieu_2_2() -> None:
    case, _ = run(regulation(), CONCLUDE)
    with pytest.raises(quyche.RuleViolation) as info:
        case.apply({"type": "conclude", "verdict": "violating", "note": "x", "grounds": []},
                   "so-vhttdl", "2026-08-03T11:00:00+07:00")
    assert info.value.code == "GROUND_REQUIRED" and info.value.path == "/grounds"
    assert "2086/QĐ-UBND:2.2" in [quyche.Citation.from_dict(c).key for c in info.value.citations]


def test_assign_action_is_refused_the_lead_agency_requests_instead() -> None:
    # The lead agency does not "assign" work to a peer: it requests the police (Điều 7.1.a(4),
    # 7.2.a) and the police act within their own authority (assign-action-is-an-earlier-command).
    case, _ = run(regulation(), REQUEST)
    with pytest.raises(quyche.InvalidInput) as info:
        case.apply({"type": "assign_action", "kind": "removal", "assignee": "cong-an-tinh"},
                   "so-vhttdl", "2026-08-03T11:30:00+07:00")
    assert info.value.path == "/type" and "request_action" in info.value.message
    applied = case.apply(scenario()["steps"][REQUEST]["command"], "so-vhttdl",
                         "2026-08-03T11:30:00+07:00")
    assert applied["event"]["effects"]["action_id"] == "A1"
    # Điều 7.2.a: investigating the author is the police's duty, not a press outlet's.
    with pytest.raises(quyche.RuleViolation) as mismatch:
        case.apply({"type": "request_action", "kind": "investigation", "body": "bao-khanh-hoa"},
                   "so-vhttdl", "2026-08-03T11:35:00+07:00")
    assert (mismatch.value.code, mismatch.value.path) == ("ACTION_ROLE_MISMATCH", "/kind")


def test_naive_datetimes_are_refused_with_a_bilingual_message() -> None:
    reg = quyche.Regulation.khanh_hoa()
    with pytest.raises(quyche.InvalidInput) as info:
        reg.detect(DETECT, "so-vhttdl", datetime.datetime(2026, 3, 2, 8))
    e = info.value
    assert e.code == "INVALID_INPUT" and e.path == "/at"
    assert "offset" in e.message and "múi giờ" in e.message_vi and e.help and e.help_vi
    with pytest.raises(quyche.InvalidInput):
        reg.detect(DETECT, "so-vhttdl", "2026-03-02T08:00:00")
    # Inside a command too: the content's publication time needs its offset.
    cmd = json.loads(json.dumps(DETECT))
    cmd["content"]["published_at"] = datetime.datetime(2026, 3, 1, 8)
    with pytest.raises(quyche.InvalidInput) as info:
        reg.detect(cmd, "so-vhttdl", "2026-03-02T08:00:00+07:00")
    assert info.value.path == "/content/published_at"
    cmd["content"]["published_at"] = datetime.datetime(2026, 3, 1, 8, tzinfo=VN)
    case, applied = reg.detect(cmd, "so-vhttdl", "2026-03-02T08:00:00+07:00")
    detected = applied["event"]["command"]
    assert detected["type"] == "detect"
    assert detected["content"]["published_at"] == "2026-03-01T08:00:00+07:00"
    assert case.law_time == datetime.datetime(2026, 3, 1, 8, tzinfo=VN), \
        "law time is the publication time when known"


def test_allowed_commands_duties_involved_and_basis() -> None:
    case, _ = run(regulation(), 3)
    checks = case.allowed_commands("so-vhttdl", "2026-08-03T09:10:00+07:00")
    allowed = [c["command"] for c in checks if c["allowed"]]
    # Điều 7.1.a(3): once it has received the information, the lead agency verifies it (or
    # dismisses it, Điều 1.1).
    assert "open_verification" in allowed and "dismiss" in allowed and "detect" not in allowed
    denied = next(c for c in checks if c["command"] == "detect")
    assert denied["failures"][0]["code"] == "INVALID_TRANSITION"
    # Điều 7.2: receiving is the lead agency's duty, verifying too; the police may do neither.
    police = case.allowed_commands("cong-an-tinh", "2026-08-03T09:10:00+07:00")
    assert "open_verification" not in [c["command"] for c in police if c["allowed"]]
    involved = {i["body"]: i for i in case.duties_involved()}
    assert "ubnd-phuong-nha-trang" in involved and "so-vhttdl" in involved
    assert involved["so-vhttdl"]["roles"] == ["lead_agency"]
    keys = [c.key for c in case.basis(1)]
    assert "2086/QĐ-UBND:5.1" in keys, "detect and notify rest on Điều 5.1"
    assert "2086/QĐ-UBND:5.1" in [c.key for c in case.basis(2)]
    with pytest.raises(quyche.InvalidInput) as info:
        case.basis(99)
    assert info.value.path == "/seq"


def test_json_and_dict_round_trips_check_the_log() -> None:
    reg = regulation()
    case, _ = run(reg, REMOVAL + 1)
    assert quyche.Case.from_json(reg, case.to_json()) == case
    assert quyche.Case.from_dict(reg, case.to_dict()) == case
    d = case.to_dict()
    d["status"] = "closed"
    with pytest.raises(quyche.LogTampered):
        quyche.Case.from_dict(reg, d)


def test_replay_from_dicts_or_text_and_tamper_detection() -> None:
    reg = regulation()
    case, _ = run(reg)
    events = case.events
    assert quyche.Case.replay(reg, events) == case
    assert quyche.Case.replay(reg, json.dumps(events, ensure_ascii=False)) == case
    assert quyche.Case.replay(reg, events, head=case.head_hash) == case
    with pytest.raises(quyche.LogTampered) as info:
        quyche.Case.replay(reg, events[:-1], head=case.head_hash)
    assert info.value.path == f"/{len(events) - 2}/hash"
    events[2]["actor"]["body"] = "cong-an-tinh"
    with pytest.raises(quyche.LogTampered) as info:
        quyche.Case.replay(reg, events)
    assert info.value.path == "/2/hash"
    assert "Sự kiện 3" in info.value.message_vi
    # An opinion's text edited after the fact: the event's hash no longer matches.
    events = case.events
    opinion = events[OPINION]["command"]
    assert opinion["type"] == "submit_opinion"
    opinion["finding"] = "Đã sửa"
    with pytest.raises(quyche.LogTampered) as edited:
        quyche.Case.replay(reg, events)
    assert edited.value.path == f"/{OPINION}/hash"


def test_repr_and_len() -> None:
    case, _ = run(regulation(), 2)
    assert repr(case) == f'Case(id="{case.id}", status="reported", events=2)'
    assert len(case) == 2
