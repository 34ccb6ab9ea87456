"""Generates cases-2026.json: a handful of 2026 case logs made with the quyche package.

Every step goes through the regulation's checks (Điều 5–7 of QĐ 2086/QĐ-UBND), so the logs
are valid by construction; run_report.py replays them. The steps follow the regulation's own
verbs: the lead agency requests (đề nghị) the police and the press to act (Điều 7.1.a(4), 7.2.a,
7.5.a), each body acts within its own authority, and a platform's removal deadline is the
platform's, from the request it received (Điều 7.2.b). Run from anywhere:

    python examples/python/generate_cases.py

The file holds the bodies the cases need beyond the built-in ones ("register", in the
``{"body", "roles"}`` form of ``Regulation.register_body``) and one event log per case
("cases"). Names and handles are invented; no personal data.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import List, Tuple

import quyche
import quyche.types as qt  # the generated TypedDicts: mypy checks every command below

HERE = Path(__file__).resolve().parent
OUT = HERE / "cases-2026.json"

# A ward committee (a commune-level committee since the 2025 reorganisation) and the
# Department of Health, as a province would register them.
REGISTER: List[qt.BodyRegistration] = [
    {
        "body": {
            "id": "ubnd-phuong-nha-trang",
            "name": {"vi": "UBND phường Nha Trang", "en": "Nha Trang Ward People's Committee"},
            "valid": {"from": "2025-07-01"},
            "status": "C",
            "note": {"vi": "Ví dụ do người dùng đăng ký", "en": "Example registered by the user"},
        },
        "roles": [{"role": "commune_committee", "body": "ubnd-phuong-nha-trang",
                   "valid": {"from": "2025-07-01"}, "status": "C"}],
    },
    {
        "body": {
            "id": "so-y-te",
            "name": {"vi": "Sở Y tế tỉnh Khánh Hòa", "en": "Khánh Hòa Department of Health"},
            "valid": {"from": "2020-08-12"},
            "status": "C",
            "note": {"vi": "Ví dụ do người dùng đăng ký", "en": "Example registered by the user"},
        },
        "roles": [{"role": "department", "body": "so-y-te",
                   "valid": {"from": "2020-08-12"}, "status": "C"}],
    },
]

# Cybersecurity Law 2018, Điều 8 khoản 1 điểm d: a ground of Điều 2.2 until 30 June 2026.
CYBER_2018_8_1_D: qt.Citation = {"instrument": "24/2018/QH14", "article": 8, "clause": 1, "point": "d"}

Step = Tuple[str, str, qt.Command]  # actor, time, command


def content(summary: str, platform: str, published: str) -> qt.Content:
    return {"platform": platform, "platform_kind": "social_network", "kind": "post",
            "summary": summary, "language": "vi", "published_at": published}


def detect(summary: str, platform: str, published: str, topics: List[qt.Topic],
           source: qt.DetectionSource = "own_monitoring") -> qt.DetectCommand:
    return {"type": "detect", "source": source, "topics": topics,
            "content": content(summary, platform, published)}


def verification(day: str, verdict: qt.Verdict) -> List[Step]:
    """Written consultation of the police and the Party propaganda commission (Điều 7.1.a)."""
    steps: List[Step] = [
        ("so-vhttdl", f"{day}T09:30:00+07:00",
         {"type": "open_verification", "method": "written_consultation",
          "consulted": ["cong-an-tinh", "ban-tuyen-giao-dan-van"]}),
        ("cong-an-tinh", f"{day}T14:00:00+07:00",
         {"type": "submit_opinion", "finding": "Thông tin bịa đặt",
          "direction": "Đề nghị gỡ bỏ", "suggested_verdict": verdict}),
        ("ban-tuyen-giao-dan-van", f"{day}T15:00:00+07:00",
         {"type": "submit_opinion", "finding": "Xuyên tạc", "direction": "Phản bác"}),
    ]
    return steps


CASES: List[List[Step]] = [
    # January: a ward finds a false epidemic rumour; violating; the lead agency requests the
    # police to have it removed and Báo Khánh Hòa to rebut it; the police send the removal
    # request to the (cross-border) platform, which complies; results reported; closed.
    [
        ("ubnd-phuong-nha-trang", "2026-01-12T08:00:00+07:00",
         detect("Tin giả về dịch bệnh tại Nha Trang", "Facebook", "2026-01-11T20:00:00+07:00",
                ["health"])),
        ("ubnd-phuong-nha-trang", "2026-01-12T08:30:00+07:00",
         {"type": "notify_lead", "channel": "email", "reference": "CV-12"}),
        ("so-vhttdl", "2026-01-12T09:00:00+07:00", {"type": "receive"}),
        *verification("2026-01-12", "violating"),
        ("so-vhttdl", "2026-01-13T08:00:00+07:00",
         {"type": "conclude", "verdict": "violating", "grounds": [CYBER_2018_8_1_D],
          "note": "Bịa đặt gây hoang mang"}),
        ("so-vhttdl", "2026-01-13T08:30:00+07:00",
         {"type": "request_action", "kind": "removal", "body": "cong-an-tinh"}),
        ("so-vhttdl", "2026-01-13T08:45:00+07:00",
         {"type": "request_action", "kind": "public_rebuttal", "body": "bao-khanh-hoa"}),
        ("cong-an-tinh", "2026-01-13T10:00:00+07:00",
         {"type": "send_removal_request", "action_id": "A1", "licensing": "cross_border"}),
        ("cong-an-tinh", "2026-01-14T08:00:00+07:00",
         {"type": "record_platform_response", "request_id": "R1", "response": "complied"}),
        ("cong-an-tinh", "2026-01-14T09:00:00+07:00",
         {"type": "report_result", "action_id": "A1", "outcome": "done", "note": "Đã gỡ"}),
        ("bao-khanh-hoa", "2026-01-14T10:00:00+07:00",
         {"type": "report_result", "action_id": "A2", "outcome": "done"}),
        ("bao-khanh-hoa", "2026-01-15T15:00:00+07:00",
         {"type": "publish_results", "title": "Cải chính tin giả về dịch bệnh",
          "url": "https://baokhanhhoa.vn/vi-du-1"}),
        ("so-vhttdl", "2026-01-16T08:00:00+07:00", {"type": "close", "note": "Hoàn thành"}),
    ],
    # February: the Department of Health reports a post about another province: dismissed.
    [
        ("so-y-te", "2026-02-05T08:00:00+07:00",
         detect("Tin đồn về bệnh viện ở tỉnh khác", "TikTok", "2026-02-04T21:00:00+07:00",
                ["health"])),
        ("so-y-te", "2026-02-05T08:20:00+07:00",
         {"type": "notify_lead", "channel": "email", "reference": "SYT-05"}),
        ("so-vhttdl", "2026-02-05T09:00:00+07:00", {"type": "receive"}),
        ("so-vhttdl", "2026-02-05T10:00:00+07:00",
         {"type": "dismiss", "reason": "unrelated_to_province", "note": "Không liên quan"}),
    ],
    # March: the lead agency's own press review; verified, not violating, dismissed.
    [
        ("so-vhttdl", "2026-03-09T08:00:00+07:00",
         detect("Bài viết phản ánh giá vé tàu", "Facebook", "2026-03-08T19:00:00+07:00",
                ["economy_finance"], source="press_review")),
        ("so-vhttdl", "2026-03-09T09:00:00+07:00", {"type": "receive"}),
        *verification("2026-03-09", "not_violating"),
        ("so-vhttdl", "2026-03-10T08:00:00+07:00",
         {"type": "conclude", "verdict": "not_violating", "note": "Thông tin đúng"}),
        ("so-vhttdl", "2026-03-10T08:30:00+07:00",
         {"type": "dismiss", "reason": "assessed_not_violating"}),
    ],
    # May: violating; Báo Khánh Hòa requested to rebut it, still open at the end of the
    # 6-month window.
    [
        ("ubnd-phuong-nha-trang", "2026-05-18T08:00:00+07:00",
         detect("Tin sai về quy hoạch ven biển", "Facebook", "2026-05-17T22:00:00+07:00",
                ["economy_finance"])),
        ("ubnd-phuong-nha-trang", "2026-05-18T08:30:00+07:00",
         {"type": "notify_lead", "channel": "email", "reference": "CV-88"}),
        ("so-vhttdl", "2026-05-18T09:00:00+07:00", {"type": "receive"}),
        *verification("2026-05-18", "violating"),
        ("so-vhttdl", "2026-05-19T08:00:00+07:00",
         {"type": "conclude", "verdict": "violating", "grounds": [CYBER_2018_8_1_D],
          "note": "Xuyên tạc quy hoạch"}),
        ("so-vhttdl", "2026-05-19T08:30:00+07:00",
         {"type": "request_action", "kind": "public_rebuttal", "body": "bao-khanh-hoa"}),
    ],
    # 20 June: detected after the window (15 Dec 2025 – 14 Jun 2026) closed: not in the report.
    [
        ("so-vhttdl", "2026-06-20T08:00:00+07:00",
         detect("Tin đồn về lễ hội biển", "YouTube", "2026-06-19T18:00:00+07:00",
                ["other"], source="press_review")),
    ],
]


def build(reg: quyche.Regulation, steps: List[Step]) -> quyche.Case:
    (actor, at, cmd), rest = steps[0], steps[1:]
    case, _ = quyche.Case.start(reg, cmd, actor, at)
    for actor, at, cmd in rest:
        case.apply(cmd, actor, at)
    return case


def main(out: Path = OUT) -> None:
    reg = quyche.Regulation.khanh_hoa()
    for body in REGISTER:
        reg.register_body(body)
    logs = [build(reg, steps).events for steps in CASES]
    doc = {"regulation": reg.id, "register": REGISTER, "cases": logs}
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(logs)} case logs ({sum(map(len, logs))} events) to {out.name}")


if __name__ == "__main__":
    main()
