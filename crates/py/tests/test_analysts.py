"""For analysts: a bundle of case logs loaded in one call (the example's ``register`` + ``cases``
file, JSON Lines logs interleaved or one per file), ``compile_report`` checking each case
against the regulation it holds, the flat table of cases for pandas without personal data, and
pickling of ``Case`` and ``Regulation``."""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest

import quyche
from conformance_support import ROOT
from quyche.types import Frequency

BUNDLE = ROOT / "examples" / "python" / "cases-2026.json"
SIX_MONTHS: Tuple[Frequency, int] = ("six_monthly", 2026)
VN = dt.timezone(dt.timedelta(hours=7))


def bundle() -> Dict[str, Any]:
    doc: Dict[str, Any] = json.loads(BUNDLE.read_text(encoding="utf-8"))
    return doc


def replayed_one_by_one() -> Tuple[quyche.Regulation, List[quyche.Case]]:
    """What a user wrote before ``load_cases``: register each body, replay each log."""
    doc = bundle()
    reg = quyche.Regulation.khanh_hoa()
    for r in doc["register"]:
        reg.register_body(r)
    return reg, [quyche.Case.replay(reg, log) for log in doc["cases"]]


def jsonl(cases: List[quyche.Case]) -> str:
    return "".join(json.dumps(e, ensure_ascii=False) + "\n" for c in cases for e in c.events)


def officer_case(reg: quyche.Regulation) -> quyche.Case:
    """A case whose content names its author and whose police officer is named (Điều 5.3):
    personal data the table must not carry."""
    case, _ = quyche.Case.start(reg, {
        "type": "detect", "source": "own_monitoring",
        "content": {"platform": "Facebook", "platform_kind": "social_network", "kind": "post",
                    "summary": "Tin đồn về lũ", "author_handle": "nguoi.dang.tin",
                    "url": "https://facebook.com/nguoi.dang.tin/posts/1"}},
        "so-vhttdl", "2026-08-03T08:00:00+07:00")
    case.apply({"type": "receive"}, "so-vhttdl", "2026-08-03T09:00:00+07:00")
    case.apply({"type": "open_verification", "method": "written_consultation",
                "consulted": ["cong-an-tinh", "ban-tuyen-giao-dan-van"]},
               "so-vhttdl", "2026-08-03T09:30:00+07:00")
    case.apply({"type": "assign_officer", "officer": "Nguyễn Văn A"},
               {"body": "cong-an-tinh", "officer": "Trần Thị B"}, "2026-08-03T10:00:00+07:00")
    return case


# ----- load_cases -------------------------------------------------------------------------------


def test_a_bundle_file_loads_in_one_call_as_the_bodies_and_cases_it_holds() -> None:
    reg, cases = quyche.load_cases(BUNDLE)
    old_reg, old_cases = replayed_one_by_one()
    assert cases == old_cases
    assert reg.to_json() == old_reg.to_json()
    assert all(c.regulation is reg for c in cases)
    # The bundle's registered ward committee is known to the regulation returned.
    assert "ubnd-phuong-nha-trang" in [b["id"] for b in reg.to_dict()["register"]["bodies"]]
    # The same from a dict and from JSON text; a regulation without registrations is returned
    # as given.
    assert quyche.load_cases(bundle())[1] == cases
    assert quyche.load_cases(BUNDLE.read_text(encoding="utf-8"))[1] == cases
    kh = quyche.Regulation.khanh_hoa()
    same, none = quyche.load_cases({"cases": []}, kh)
    assert same is kh and none == []


def test_json_lines_load_interleaved_or_one_file_per_case(tmp_path: Path) -> None:
    reg, cases = quyche.load_cases(BUNDLE)
    # One file, the events of every case interleaved (round robin).
    logs = [c.events for c in cases]
    lines = [json.dumps(log[i], ensure_ascii=False) for i in range(max(map(len, logs)))
             for log in logs if i < len(log)]
    one = tmp_path / "all.jsonl"
    one.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert quyche.load_cases(one, reg)[1] == cases
    nd = tmp_path / "all.ndjson"
    nd.write_text(one.read_text(encoding="utf-8"), encoding="utf-8")
    assert quyche.load_cases(nd, reg)[1] == cases
    # Any other file is a bundle: a JSON Lines log under another name is not one.
    other = tmp_path / "all.txt"
    other.write_text(one.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(quyche.InvalidInput) as not_a_bundle:
        quyche.load_cases(other, reg)
    assert not_a_bundle.value.code == "INVALID_JSON"
    # One file per case, as paths or as texts.
    paths = []
    for i, c in enumerate(cases):
        p = tmp_path / f"case-{i}.jsonl"
        p.write_text(jsonl([c]), encoding="utf-8")
        paths.append(p)
    same, loaded = quyche.load_cases(paths, reg)
    assert same is reg and loaded == cases
    assert quyche.load_cases([jsonl([c]) for c in cases], reg)[1] == cases


def test_a_broken_log_is_named_by_case_and_event_and_every_failure_is_reported() -> None:
    doc = bundle()
    doc["cases"][1][2]["at"] = "2026-02-05T09:05:00+07:00"  # edited: its hash no longer matches
    doc["cases"][3][0]["at"] = "2026-05-18T07:00:00+07:00"
    with pytest.raises(quyche.LogTampered) as info:
        quyche.load_cases(doc)
    e = info.value
    assert e.path == "/cases/1/2/hash" and e.message_vi.startswith("Sự kiện 3: ")
    assert [r.path for r in e.related] == ["/cases/3/0/hash"]


def test_a_broken_json_lines_part_is_named_by_part_and_line() -> None:
    reg, cases = quyche.load_cases(BUNDLE)
    parts = [jsonl([c]) for c in cases]
    parts[2] = parts[2].replace('"seq": 2,', '"seq": 7,', 1)
    with pytest.raises(quyche.LogTampered) as info:
        quyche.load_cases(parts, reg)
    assert info.value.path is not None and info.value.path.startswith("/2/2/")
    assert info.value.message_vi.startswith("Dòng 2: ")
    # A case given in two parts is refused at the second.
    with pytest.raises(quyche.QuycheError) as twice:
        quyche.load_cases([jsonl([cases[0]]), jsonl([cases[0]])], reg)
    assert twice.value.path == "/1"


def test_a_bundle_of_another_regulation_or_shape_is_refused_where_it_is_wrong() -> None:
    doc = bundle()
    doc["regulation"] = "ninh-thuan-2099"
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.load_cases(doc)
    assert (info.value.code, info.value.path) == ("LOG_VERSION", "/regulation")
    doc = bundle()
    doc["register"][1]["roles"][0]["role"] = "ministry"
    with pytest.raises(quyche.QuycheError) as bad_role:
        quyche.load_cases(doc)
    assert (bad_role.value.path or "").startswith("/register/1/roles/0")
    wrongs: List[Tuple[Dict[str, Any], str]] = [
        ({"case": []}, "/case"), ({"register": []}, "/cases"), ({"cases": [7]}, "/cases/0")]
    for wrong, path in wrongs:
        with pytest.raises(quyche.InvalidInput) as shape:
            quyche.load_cases(wrong)
        assert shape.value.path == path, wrong
    with pytest.raises(quyche.InvalidInput) as not_a_source:
        quyche.load_cases(42)  # type: ignore[arg-type]
    assert "os.PathLike" in not_a_source.value.message_vi
    with pytest.raises(quyche.InvalidInput):
        quyche.load_cases({"cases": []}, reg="khanh-hoa-2086")  # type: ignore[arg-type]


# ----- compile_report and the regulation a case holds -------------------------------------------


def test_compile_report_refuses_a_case_held_under_other_bodies_by_name() -> None:
    # Điều 8: the report counts cases checked under the reporter's regulation. These cases were
    # checked with a ward and a department registered; the bare built-in regulation lacks them.
    reg, cases = quyche.load_cases(BUNDLE)
    bare = quyche.Regulation.khanh_hoa()
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.compile_report(bare, cases, reporter="so-vhttdl", period=SIX_MONTHS)
    e = info.value
    assert (e.code, e.path) == ("LOG_VERSION", "/cases/0")
    assert cases[0].id in e.message_vi and "`so-y-te`" in e.message_vi and e.help
    # Under the regulation the cases hold, the report compiles; an equal copy (unpickled, or
    # loaded again) is the same regulation.
    report = quyche.compile_report(reg, cases, reporter="so-vhttdl", period=SIX_MONTHS)
    copy_reg = pickle.loads(pickle.dumps(reg))
    assert copy_reg is not reg
    assert quyche.compile_report(copy_reg, cases, reporter="so-vhttdl", period=SIX_MONTHS) == report


def test_a_case_dict_of_another_data_version_is_refused_by_name() -> None:
    reg, cases = quyche.load_cases(BUNDLE)
    stored = cases[1].to_dict()
    stored["regulation"]["version"] = "2020.01.01"
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.compile_report(reg, [cases[0], stored], reporter="so-vhttdl", period=SIX_MONTHS)
    e = info.value
    assert (e.code, e.path) == ("LOG_VERSION", "/cases/1/regulation/version")
    assert e.message_vi.startswith(f"Vụ việc `{cases[1].id}`: ")


# ----- case_table -------------------------------------------------------------------------------


def test_the_table_has_one_row_per_case_with_datetimes() -> None:
    reg, cases = quyche.load_cases(BUNDLE)
    rows = quyche.case_table(cases)
    assert [r["case_id"] for r in rows] == [c.id for c in cases]
    assert len({tuple(r) for r in rows}) == 1, "every row has the same columns in the same order"
    first = rows[0]
    assert first["detected_at"] == dt.datetime(2026, 1, 12, 8, 0, tzinfo=VN)
    assert first["law_date"] == dt.date(2026, 1, 11)  # published the evening before
    assert first["concluded_at"] is not None and first["concluded_at"].utcoffset() == dt.timedelta(hours=7)
    assert first["grounds"] == ["24/2018/QH14:8.1.d"]
    assert first["detected_by_name_vi"] == "UBND phường Nha Trang"
    assert (first["status"], first["verdict"], first["removal_requests"]) == ("closed", "violating", 1)
    # The June case has not been received or concluded: absent instants are None.
    last = rows[-1]
    assert (last["received_at"], last["verdict"], last["ended_at"]) == (None, None, None)


def test_the_table_carries_no_personal_data() -> None:
    reg = quyche.Regulation.khanh_hoa()
    case = officer_case(reg)
    text = repr(case.to_dict())
    for personal in ("Nguyễn Văn A", "Trần Thị B", "nguoi.dang.tin"):
        assert personal in text  # the case itself holds them ...
    rows = quyche.case_table([case])
    flat = repr(rows)
    for personal in ("Nguyễn Văn A", "Trần Thị B", "nguoi.dang.tin", "facebook.com"):
        assert personal not in flat  # ... the table never does
    assert rows[0]["summary"] == "Tin đồn về lũ"
    # Điều 4.2: a confidential case is listed without its content.
    case.apply({"type": "mark_confidential", "note": "Liên quan bí mật"}, "so-vhttdl",
               "2026-08-03T11:00:00+07:00")
    secret = quyche.case_table([case])[0]
    assert (secret["confidential"], secret["summary"], secret["platform"]) == (True, None, None)


def test_the_table_takes_case_dicts_under_a_regulation_and_refuses_another_one() -> None:
    reg, cases = quyche.load_cases(BUNDLE)
    with pytest.raises(quyche.InvalidInput) as info:
        quyche.case_table([cases[0], cases[1].to_dict()])
    assert info.value.path == "/1"
    # With the regulation, a dict is replayed under it and gives the row of its Case.
    rows = quyche.case_table([cases[0], cases[1].to_dict()], reg)
    assert rows == quyche.case_table(cases[:2])
    stored: Any = cases[1].to_dict()
    stored["events"][0]["command"]["content"]["summary"] = "Đã sửa"
    with pytest.raises(quyche.LogTampered) as tampered:
        quyche.case_table([stored], reg)
    assert tampered.value.path == "/0/events/0/hash"
    # A Case held under other bodies than the regulation given is refused by name.
    with pytest.raises(quyche.InvalidInput) as other:
        quyche.case_table(cases, quyche.Regulation.khanh_hoa())
    assert (other.value.code, other.value.path) == ("LOG_VERSION", "/0")
    assert cases[0].id in other.value.message_vi


def test_pandas_reads_the_table_with_datetime_columns() -> None:
    pd = pytest.importorskip("pandas")
    _, cases = quyche.load_cases(BUNDLE)
    df = pd.DataFrame(quyche.case_table(cases))
    assert len(df) == len(cases)
    assert str(df["detected_at"].dtype).startswith("datetime64[") and "UTC+07:00" in str(df["detected_at"].dtype)
    assert df["received_at"].isna().sum() == 1
    assert int(df["removal_requests"].sum()) == sum(r["removal_requests"] for r in quyche.case_table(cases))
    assert df.groupby("status").size().to_dict() == {"closed": 1, "detected": 1, "dismissed": 2, "handling": 1}


# ----- pickling ---------------------------------------------------------------------------------


def test_the_built_in_regulation_pickles_by_name() -> None:
    reg = quyche.Regulation.khanh_hoa()
    data = pickle.dumps(reg)
    assert len(data) < 200, len(data)
    back = pickle.loads(data)
    assert isinstance(back, quyche.Regulation) and back.to_json() == reg.to_json()


def test_a_regulation_with_bodies_pickles_by_its_registrations() -> None:
    reg, _ = quyche.load_cases(BUNDLE)
    data = pickle.dumps(reg)
    assert len(data) < len(reg.to_json()) // 20, len(data)
    a, b = pickle.loads(data), pickle.loads(data)
    assert a.to_json() == reg.to_json() == b.to_json()
    # Each unpickled object is its own: registering on one leaves the other alone.
    a.register_body({"body": {"id": "so-gd-dt-vd", "name": {"vi": "Sở Giáo dục", "en": "Department of Education"},
                              "valid": {"from": "2020-08-12"}, "status": "C"},
                     "roles": [{"role": "department", "body": "so-gd-dt-vd",
                                "valid": {"from": "2020-08-12"}, "status": "C"}]})
    assert a.to_json() != b.to_json() == reg.to_json()
    assert copy.deepcopy(reg).to_json() == reg.to_json()


def test_another_regulation_pickles_by_its_document() -> None:
    doc = quyche.Regulation.khanh_hoa().to_dict()
    doc["title"]["en"] = doc["title"]["en"] + " (copy)"
    reg = quyche.Regulation.from_dict(doc)
    back = pickle.loads(pickle.dumps(reg))
    assert back.to_json() == reg.to_json() and back.to_dict()["title"]["en"].endswith("(copy)")


def test_cases_pickle_with_their_regulation_once() -> None:
    reg, cases = quyche.load_cases(BUNDLE)
    one = len(pickle.dumps(cases[:1]))
    back = pickle.loads(pickle.dumps(cases))
    assert back == cases
    assert all(c.regulation is back[0].regulation for c in back)
    assert back[0].regulation.to_json() == reg.to_json()
    assert len(pickle.dumps(cases)) < one * len(cases)
    # The copies go on working: the open case takes its next step.
    handling = [c for c in back if c.status == "handling"][0]
    applied = handling.apply({"type": "report_result", "action_id": "A1", "outcome": "done"},
                             "bao-khanh-hoa", "2026-06-01T09:00:00+07:00")
    assert applied["event"]["effects"]["status"] == "handled"


def test_an_edited_pickle_is_refused_when_its_log_is_replayed() -> None:
    _, cases = quyche.load_cases(BUNDLE)
    data = pickle.dumps(cases[0])
    # The same number of bytes, so the pickle stays well formed: only the log is edited.
    edited = data.replace("Tin giả về dịch bệnh".encode(), "Tin GIẢ về dịch bệnh".encode())
    assert edited != data and len(edited) == len(data)
    with pytest.raises(quyche.LogTampered):
        pickle.loads(edited)


# ----- the Dask example -------------------------------------------------------------------------


def test_the_dask_example_gives_the_single_process_report(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    import importlib.util

    path = ROOT / "examples" / "python" / "dask_report.py"
    spec = importlib.util.spec_from_file_location("dask_report", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cases, parts = 60, 3
    report, single, seconds = module.run(str(tmp_path), cases, parts, 2)
    assert report == single
    assert len(list(tmp_path.glob("part-*.jsonl"))) == parts
    # Each of the five stories is copied 12 times; the one detected on 20 June 2026 falls after
    # the six-month window (15/12/2025 – 14/06/2026), so 48 cases are counted.
    assert report["window"] == {"from": "2025-12-15", "to": "2026-06-14"}
    assert report["cases"]["total"] == 48
    assert report["cases"]["by_status"] == {"closed": 12, "dismissed": 24, "handling": 12}
    assert set(seconds) == {"generate", "load_and_table", "report", "single_process"}
