"""The working-day calendar (Điều 112 Bộ luật Lao động 2019, official schedules), lunar dates and
instants through Python, with dates as datetime.date or ISO strings."""

from __future__ import annotations

import datetime
from typing import Callable, List, Tuple

import pytest

import quyche

VN = datetime.timezone(datetime.timedelta(hours=7))


def test_tet_2026_official_break_is_14_to_22_february() -> None:
    assert not quyche.is_working_day(datetime.date(2026, 2, 17)), "Tết 2026: official break"
    assert quyche.is_working_day("2026-02-23")
    r = quyche.add_working_days(datetime.date(2026, 2, 13), 1)
    assert r["date"] == "2026-02-23" and r["from"] == "2026-02-13"
    assert len(r["skipped"]) == 9 and all(h["kind"] == "tet" for h in r["skipped"])
    assert sum(1 for h in quyche.holidays_in(2026) if h["kind"] == "tet") == 9


def test_counting_working_days_both_ways() -> None:
    assert quyche.working_days_between("2026-02-13", "2026-02-23") == 1
    assert quyche.working_days_between(datetime.date(2026, 2, 23), "2026-02-13") == -1
    c = quyche.count_working_days("2026-02-13", "2026-02-23")
    assert c["working_days"] == 1 and c["date"] == "2026-02-23"


def test_national_day_2025_makes_the_count_unconfirmed() -> None:
    # 1 Sep 2025 is the default adjacent day off (status U) before National Day on 2 Sep.
    r = quyche.add_working_days("2025-08-29", 2)
    assert r["date"] == "2025-09-04" and r["status"] == "U"


def test_an_aware_datetime_counts_as_its_vietnam_day() -> None:
    # 23:30 UTC on 16 Feb is 06:30 on 17 Feb in Vietnam: a Tết day off.
    late = datetime.datetime(2026, 2, 16, 23, 30, tzinfo=datetime.timezone.utc)
    assert quyche.day_info(late)["date"] == "2026-02-17"
    assert not quyche.is_working_day(late)
    with pytest.raises(quyche.InvalidInput):
        quyche.is_working_day(datetime.datetime(2026, 2, 17, 8))


def test_day_info_and_lunar_dates() -> None:
    info = quyche.day_info("2026-02-17")
    assert info["lunar"] == {"day": 1, "month": 1, "year": 2026, "leap": False}, "Tết Nguyên đán"
    assert info["working"] is False and info["iso_weekday"] == 2
    assert quyche.solar_to_lunar(datetime.date(2026, 2, 17))["day"] == 1
    assert quyche.lunar_to_solar({"day": 1, "month": 1, "year": 2026}) == datetime.date(2026, 2, 17)
    assert quyche.lunar_to_solar(quyche.solar_to_lunar("2025-08-01")) == datetime.date(2025, 8, 1)
    assert quyche.lunar_new_year(2026) == datetime.date(2026, 2, 17), "Tết 2026"
    with pytest.raises(quyche.InvalidInput):
        quyche.lunar_to_solar({"day": 31, "month": 1, "year": 2026})


def test_hours_are_calendar_hours_and_instants_come_back_in_vietnam_time() -> None:
    due = quyche.add_hours("2026-02-16T10:00:00+07:00", 24)
    assert due == datetime.datetime(2026, 2, 17, 10, tzinfo=VN), "nights and Tết count"
    assert due.utcoffset() == datetime.timedelta(hours=7)
    t = quyche.parse_instant("2026-02-17T01:00:00Z")
    assert t.isoformat() == "2026-02-17T08:00:00+07:00"
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.parse_instant("2026-02-17T08:00:00")
    assert "múi giờ" in info.value.message_vi


def test_dates_out_of_range_are_refused() -> None:
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.is_working_day("1800-01-01")
    assert info.value.code == "DATE_OUT_OF_RANGE"
    with pytest.raises(quyche.InvalidInput):
        quyche.holidays_in(10**6)


def test_out_of_range_refusals_point_at_their_argument() -> None:
    # Issue 15, item 7: refusals of the calendar's range carry the pointer of the argument.
    cases: List[Tuple[Callable[[], object], str]] = [
        (lambda: quyche.add_hours("2199-12-31T20:00:00+07:00", 2**32 - 1), "/hours"),
        (lambda: quyche.add_working_days("1899-12-31", 1), "/start"),
        (lambda: quyche.holidays_in(0), "/year"),
        (lambda: quyche.add_working_days("2199-12-30", 10), "/n"),
        (lambda: quyche.lunar_to_solar({"day": 1, "month": 13, "year": 2026}), "/month"),
        (lambda: quyche.lunar_new_year(2300), "/year"),
        (lambda: quyche.is_working_day("1850-01-01"), "/day"),
    ]
    for call, path in cases:
        with pytest.raises(quyche.QuycheError) as info:
            call()
        assert info.value.path == path, (path, info.value)
