"""The case workflow of QĐ 2086/QĐ-UBND written by hand with the `transitions` library, as a
reader would write it, for the side-by-side benchmark (benches/README.md).

Same table and the same guards as quyche's lifecycle benchmark: the state check (the machine's
source states), the role check (which body plays which role on the event's day, from the same
dated role assignments quyche ships), the legal-ground check (a violating conclusion cites a
provision of a ground in force at the content's law time: publication time, else detection
time), plus the table's other actor rules (detector, consulted body, assignee), an action kind
that fits the assignee's role, an open action for a result, and every action resolved before
closing. Each accepted step is appended to an event log with a SHA-256 hash chain over
canonical JSON (set ``hash_chain=False`` for guards only).

The facts are read from quyche's own data files (crates/core/data/khanh-hoa-2086), so this file
adds no legal fact of its own. What it does not do, and quyche does: NFC normalisation, payload
validation with JSON pointers, deadlines, result recipients, advisories, bilingual errors with
citations, replay.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any, Dict, List, Optional

from transitions import Machine

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "crates" / "core" / "data" / "khanh-hoa-2086"
VN = dt.timezone(dt.timedelta(hours=7))


def _load(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def _day(s: Optional[str]) -> Optional[dt.date]:
    return dt.date.fromisoformat(s) if s else None


class Table:
    """The regulation's tables: workflow rows, dated role assignments, grounds, action kinds."""

    def __init__(self, registrations: List[Dict[str, Any]]) -> None:
        self.rows = {t["command"]: t for t in _load("workflow.json")["transitions"]}
        self.actions = {a["kind"]: set(a["assignees"]) for a in _load("workflow.json")["actions"]}
        self.assignments = [
            (a["body"], a["role"], _day(a["valid"].get("from")), _day(a["valid"].get("to")))
            for a in _load("assignments.json") + [r for reg in registrations for r in reg["roles"]]
        ]
        self.grounds = [
            (g["citation"], _day(g["in_force"].get("from")), _day(g["in_force"].get("to")))
            for g in _load("grounds.json")
            if g.get("kind", "harm") == "harm"
        ]

    def roles_of(self, body: str, day: dt.date) -> set:
        return {
            role
            for b, role, frm, to in self.assignments
            if b == body and (frm is None or frm <= day) and (to is None or day <= to)
        }

    def ground_in_force(self, cite: Dict[str, Any], day: dt.date) -> bool:
        for g, frm, to in self.grounds:
            if (frm is None or frm <= day) and (to is None or day <= to):
                if all(cite.get(k) == v for k, v in g.items()):
                    return True
        return False


STATES = [
    "new", "detected", "reported", "received", "verifying", "assessed", "handling", "handled",
    "published", "closed", "dismissed",
]


def _transitions(table: Table) -> List[Dict[str, Any]]:
    out: List[Dict[str, Any]] = []
    for name, row in table.rows.items():
        sources = row["from"] or ["new"]
        to = row["to"]
        common = {"trigger": name, "conditions": ["actor_allowed", "payload_ok"], "after": "record"}
        if to == "same":
            out.append({**common, "source": sources, "dest": "="})
        elif to == "handling_or_handled":
            out.append({**common, "source": sources, "dest": "handled",
                        "conditions": common["conditions"] + ["last_open_action"]})
            out.append({**common, "source": sources, "dest": "handling"})
        else:
            out.append({**common, "source": sources, "dest": to["status"]})
    return out


def canonical(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class Case:
    """One case: a `transitions` machine on the case object, as in the library's README."""

    def __init__(self, table: Table, hash_chain: bool = True) -> None:
        self.table = table
        self.hash_chain = hash_chain
        self.events: List[Dict[str, Any]] = []
        self.detector: Optional[str] = None
        self.content: Dict[str, Any] = {}
        self.detected_at: Optional[dt.datetime] = None
        self.consulted: List[str] = []
        self.opinions = 0
        self.actions: List[Dict[str, Any]] = []
        self.machine = Machine(
            model=self, states=STATES, transitions=_transitions(table), initial="new",
            send_event=True, auto_transitions=False,
        )

    # --- guards -------------------------------------------------------------------------
    def actor_allowed(self, ev: Any) -> bool:
        body, at = ev.kwargs["actor"], ev.kwargs["at"]
        rule = self.table.rows[ev.event.name]["actor"]
        kind = rule["kind"]
        roles = self.table.roles_of(body, at.astimezone(VN).date())
        if kind == "any_body":
            return bool(roles)
        if kind == "roles":
            return bool(roles & set(rule["roles"]))
        if kind == "detector":
            return body == self.detector and "lead_agency" not in roles
        if kind == "consulted":
            return body in self.consulted
        if kind == "participant":
            return body == self.detector or body in self.consulted
        if kind == "assignee":
            cmd = ev.kwargs["command"]
            return any(a["id"] == cmd["action_id"] and a["assignee"] == body for a in self.actions)
        return False

    def payload_ok(self, ev: Any) -> bool:
        cmd, at = ev.kwargs["command"], ev.kwargs["at"]
        name = ev.event.name
        if name == "conclude":
            if self.opinions == 0:
                return False
            if cmd["verdict"] == "violating":
                law_time = self.content.get("published_at") or self.detected_at
                law_day = dt.datetime.fromisoformat(law_time).astimezone(VN).date() \
                    if isinstance(law_time, str) else law_time.astimezone(VN).date()
                grounds = cmd.get("grounds", [])
                return bool(grounds) and all(self.table.ground_in_force(g, law_day) for g in grounds)
        if name == "assign_action":
            roles = self.table.roles_of(cmd["assignee"], at.astimezone(VN).date())
            return bool(roles & self.table.actions[cmd["kind"]])
        if name == "report_result":
            return any(a["id"] == cmd["action_id"] and a["result"] is None for a in self.actions)
        if name == "close":
            return all(a["result"] is not None for a in self.actions)
        if name == "open_verification":
            return bool(cmd.get("consulted"))
        return True

    def last_open_action(self, ev: Any) -> bool:
        cmd = ev.kwargs["command"]
        return all(a["result"] is not None or a["id"] == cmd["action_id"] for a in self.actions)

    # --- effects ------------------------------------------------------------------------
    def record(self, ev: Any) -> None:
        cmd, body, at = ev.kwargs["command"], ev.kwargs["actor"], ev.kwargs["at"]
        name = ev.event.name
        if name == "detect":
            self.detector, self.content, self.detected_at = body, cmd["content"], at
        elif name == "open_verification":
            self.consulted = list(cmd["consulted"])
        elif name == "submit_opinion":
            self.opinions += 1
        elif name == "assign_action":
            self.actions.append({"id": f"A{len(self.actions) + 1}", "assignee": cmd["assignee"],
                                 "kind": cmd["kind"], "result": None})
        elif name == "report_result":
            for a in self.actions:
                if a["id"] == cmd["action_id"]:
                    a["result"] = cmd["outcome"]
        event = {"seq": len(self.events) + 1, "command": cmd, "actor": body,
                 "at": at.isoformat(), "status": self.state}
        if self.hash_chain:
            prev = self.events[-1]["hash"] if self.events else "0" * 64
            event["prev_hash"] = prev
            event["hash"] = hashlib.sha256((prev + canonical(event)).encode()).hexdigest()
        self.events.append(event)

    def step(self, command: Dict[str, Any], actor: str, at: dt.datetime) -> None:
        """Applies one command; raises ValueError when a guard refuses it."""
        name = command["type"]
        if not self.trigger(name, command=command, actor=actor, at=at):
            raise ValueError(f"{name} refused for {actor} in state {self.state}")
