"""The case workflow of QĐ 2086/QĐ-UBND written by hand with the `transitions` library, as a
reader would write it, for the side-by-side benchmark (benches/README.md).

It implements the corrected workflow table of the built-in data
(crates/core/data/khanh-hoa-2086/workflow.json): one machine state per case status, one trigger
per row's command, the row's source states, and the same checks quyche runs on each step as far
as they are facts of the table rather than of quyche's engine:

* the actor rule of the row: any body with a role, a role (through an assignment that grants the
  row: an assignment limited to some duties counts only for rows citing one of them), the
  detector, a consulted body, a participant, a body whose role takes some kind of action, the
  holder of an open action, the opener of an open action or proposal, the requester of a
  platform removal, or any of several rules; the actor exists on the day; a holder that ceased
  to exist is answered for by its successors;
* time never runs backwards within a case;
* the row's state guards: the lead agency does not notify itself and receives from `detected`
  only what it detected; a meeting belongs to a verification by meeting; a conclusion follows an
  opinion or a meeting; a case concluded violating is not dismissed; handling follows a violating
  verdict; nothing of a confidential case is published; nothing is left open at closing;
* the payload guards: described content, publication ≤ detection ≤ record time; a notification
  channel and a verification method the regulation allows; consulted bodies that exist, are
  listed once and hold a verification duty that day; complete opinions; meeting attendees who
  took part; a violating verdict citing a catalogued provision that is a ground (not a borrowed
  definition) in force at the content's law time (publication time, else detection time); a
  dismissal reason that fits; an action kind of the regulation whose takers, requestable or
  directable roles include the body concerned (and never a request to oneself); an open item for
  a removal request, a platform response, a withdrawal or a result, handled by its holder;
* the effects: the next status (`handling_or_handled`: handled when nothing else is open), the
  ids of actions (A1…), proposals (P1…) and removal requests (R1…), the lead agency notified.

Each accepted step is appended to an event log with a SHA-256 hash chain over canonical JSON
(set ``hash_chain=False`` for guards only).

The facts are read from quyche's own data files, so this file adds no legal fact of its own.
What it does not do, and quyche does: NFC normalisation, payload validation with JSON pointers
and size limits, the territory guard (the benchmark's content names no territory), deadlines
(hours by law and date), result recipients, steps due, advisories, bilingual errors with
citations, replay.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any, Dict, FrozenSet, Iterable, List, Optional, Set, Tuple

from transitions import Machine, MachineError

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "crates" / "core" / "data" / "khanh-hoa-2086"
VN = dt.timezone(dt.timedelta(hours=7))


def _load(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def _day(s: Optional[str]) -> Optional[dt.date]:
    return dt.date.fromisoformat(s) if s else None


def _in(frm: Optional[dt.date], to: Optional[dt.date], day: dt.date) -> bool:
    return (frm is None or frm <= day) and (to is None or day <= to)


def _within(part: str, whole: str) -> bool:
    """Citation `part` ("2086/QĐ-UBND:7.1.a(2)") is `whole` or a part of it."""
    return part == whole or (part.startswith(whole) and part[len(whole)] in ".(")


def _key(cite: Dict[str, Any]) -> FrozenSet[Tuple[str, Any]]:
    return frozenset(cite.items())


def _covers(ground: Dict[str, Any], cite: Dict[str, Any]) -> bool:
    return all(cite.get(k) == v for k, v in ground.items())


def _instant(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s)


def _open(item: Dict[str, Any]) -> bool:
    """An action without result or withdrawal; a proposal neither directed nor withdrawn."""
    return item["result"] is None and not item["withdrawn"] and not item["directed"]


class Table:
    """The regulation's tables: workflow rows, action kinds, bodies and their dated roles,
    duties, the provision catalogue and the grounds."""

    def __init__(self, registrations: List[Dict[str, Any]]) -> None:
        wf = _load("workflow.json")
        self.coordinator: str = wf["coordinator"]
        self.rows: Dict[str, Dict[str, Any]] = {t["command"]: t for t in wf["transitions"]}
        for row in self.rows.values():
            row["guard_ids"] = {g["guard"]: g for g in row.get("guards", [])}
        self.actions = {
            a["id"]: {key: {g["role"] for g in a.get(key, [])}
                      for key in ("takers", "requestable", "directable")}
            for a in wf["actions"]
        }
        self.taker_roles = set().union(*(a["takers"] for a in self.actions.values()))
        self.channels = {c["channel"] for c in wf["channels"]}
        self.methods = {m["method"] for m in wf["methods"]}
        bodies = _load("bodies.json") + [r["body"] for r in registrations]
        self.bodies = {
            b["id"]: (_day(b["valid"].get("from")), _day(b["valid"].get("to")),
                      [s["body"] for s in b.get("successors", [])])
            for b in bodies
        }
        self.assignments = [
            (a["body"], a["role"], _day(a["valid"].get("from")), _day(a["valid"].get("to")),
             tuple(a.get("duties", [])), a.get("interpretation", False), a["status"])
            for a in _load("assignments.json") + [r for reg in registrations for r in reg["roles"]]
        ]
        self.duties = {
            d["id"]: (d["citation"], d["role"],
                      [(h["role"], _day(h.get("valid", {}).get("from")),
                        _day(h.get("valid", {}).get("to"))) for h in d.get("also", [])])
            for d in _load("duties.json")
        }
        self.provisions: Set[FrozenSet[Tuple[str, Any]]] = set()
        todo = list(_load("provisions.json"))
        while todo:
            p = todo.pop()
            self.provisions.add(_key(p["citation"]))
            todo.extend(p.get("children", []))
        grounds = _load("grounds.json")
        self.grounds = [(g["citation"], _day(g["in_force"].get("from")), _day(g["in_force"].get("to")))
                        for g in grounds if g.get("kind", "harm") == "harm"]
        self.definitions = [g["citation"] for g in grounds if g.get("kind") == "definition"]
        # One machine for every case (each case is added as a model): building the machine's
        # transitions per case would cost more than the case's whole lifecycle.
        self.machine = Machine(model=[], states=STATES, transitions=_transitions(self),
                               initial="new", send_event=True, auto_transitions=False)

    # --- the register -------------------------------------------------------------------
    def exists(self, body: str, day: dt.date) -> bool:
        b = self.bodies.get(body)
        return b is not None and _in(b[0], b[1], day)

    def assignments_of(self, body: str, day: dt.date) -> Iterable[Tuple[Any, ...]]:
        return (a for a in self.assignments if a[0] == body and _in(a[2], a[3], day))

    def roles_of(self, body: str, day: dt.date) -> Set[str]:
        return {a[1] for a in self.assignments_of(body, day)}

    def granting_roles(self, body: str, day: dt.date, row: Dict[str, Any]) -> Set[str]:
        """Roles of `body` whose assignment may grant `row` (a duty-limited assignment only for
        rows citing one of its duties)."""
        return {
            a[1] for a in self.assignments_of(body, day)
            if not a[4] or any(
                _within(self.duties[d][0], c) or _within(c, self.duties[d][0])
                for d in a[4] if d in self.duties for c in row["citations"])
        }

    def plays(self, body: str, role: str, day: dt.date) -> bool:
        return any(a[1] == role and not a[4] for a in self.assignments_of(body, day))

    def lead_agency(self, day: dt.date) -> Optional[str]:
        players = [a for a in self.assignments
                   if a[1] == self.coordinator and not a[4] and _in(a[2], a[3], day)]
        return min(players, key=lambda a: (a[5], a[6]))[0] if players else None

    def answers_for(self, actor: str, holder: str, day: dt.date) -> bool:
        if actor == holder:
            return True
        if self.exists(holder, day):
            return False
        todo, seen = [holder], set()
        while todo:
            b = todo.pop()
            if b in seen or b not in self.bodies:
                continue
            seen.add(b)
            if self.exists(b, day):
                if b == actor:
                    return True
                continue
            todo.extend(self.bodies[b][2])
        return False

    def has_duty(self, body: str, duties: List[str], day: dt.date) -> bool:
        for a in self.assignments_of(body, day):
            for d in duties:
                if a[4] and d not in a[4]:
                    continue
                _, owner, also = self.duties[d]
                if owner == a[1] or any(r == a[1] and _in(f, t, day) for r, f, t in also):
                    return True
        return False

    # --- the catalogue ------------------------------------------------------------------
    def ground_refusal(self, cite: Dict[str, Any], law_day: dt.date) -> Optional[str]:
        if _key(cite) not in self.provisions:
            return "not in the catalogue"
        covering = [g for g in self.grounds if _covers(g[0], cite)]
        if not covering:
            if any(_covers(d, cite) for d in self.definitions):
                return "a definition, not a ground"
            return "not a ground"
        if not any(_in(frm, to, law_day) for _, frm, to in covering):
            return "not in force at the content's law time"
        return None


STATES = [
    "new", "detected", "reported", "received", "verifying", "assessed", "handling", "handled",
    "published", "closed", "dismissed",
]

CHECKS = ["time_order", "actor_allowed", "state_guards", "payload_ok"]


def _transitions(table: Table) -> List[Dict[str, Any]]:
    out: List[Dict[str, Any]] = []
    for name, row in table.rows.items():
        sources = row["from"] or ["new"]
        to = row["to"]
        common = {"trigger": name, "source": sources, "conditions": CHECKS, "after": "record"}
        if to == "same":
            out.append({**common, "dest": "="})
        elif to == "handling_or_handled":
            # transitions tries them in order: handled when nothing else stays open.
            out.append({**common, "dest": "handled", "conditions": ["nothing_else_open"] + CHECKS})
            out.append({**common, "dest": "handling"})
        else:
            out.append({**common, "dest": to})
    return out


def canonical(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class Case:
    """One case: a model of the table's `transitions` machine (``release()`` removes it)."""

    def __init__(self, table: Table, hash_chain: bool = True) -> None:
        self.table = table
        self.hash_chain = hash_chain
        self.events: List[Dict[str, Any]] = []
        self.last_at: Optional[dt.datetime] = None
        self.detector: Optional[str] = None
        self.content: Dict[str, Any] = {}
        self.detected_at: Optional[dt.datetime] = None
        self.state_secret = False
        self.notified: Optional[str] = None
        self.method: Optional[str] = None
        self.consulted: List[str] = []
        self.opinions = 0
        self.meetings = 0
        self.verdict: Optional[str] = None
        self.actions: List[Dict[str, Any]] = []
        self.proposals: List[Dict[str, Any]] = []
        self.requests: List[Dict[str, Any]] = []
        table.machine.add_model(self)

    def release(self) -> None:
        """Removes the case from the shared machine (the machine keeps its models)."""
        self.table.machine.remove_model(self)

    # --- what the guards ask ------------------------------------------------------------
    def _open_actions(self) -> Iterable[Dict[str, Any]]:
        return (a for a in self.actions if _open(a))

    def _is_participant(self, body: str) -> bool:
        return (body == self.detector or body == self.notified or body in self.consulted
                or any(e["actor"] == body for e in self.events)
                or any(a["body"] == body for a in self.actions))

    def _admits(self, rule: Dict[str, Any], row: Dict[str, Any], body: str, day: dt.date) -> bool:
        kind = rule["kind"]
        t = self.table
        if kind == "any_body":
            return bool(t.roles_of(body, day))
        if kind == "roles":
            return bool(t.granting_roles(body, day, row) & set(rule["roles"]))
        if kind == "detector":
            return body == self.detector
        if kind == "consulted":
            return any(t.answers_for(body, c, day) for c in self.consulted)
        if kind == "participant":
            return self._is_participant(body)
        if kind == "action_taker":
            return bool(t.roles_of(body, day) & t.taker_roles)
        if kind == "action_holder":
            return any(t.answers_for(body, a["body"], day) for a in self._open_actions())
        if kind == "opener":
            return (any(t.answers_for(body, a["opened_by"], day) for a in self._open_actions())
                    or any(t.answers_for(body, p["by"], day) for p in self.proposals if _open(p)))
        if kind == "platform_requester":
            return any(t.answers_for(body, r["by"], day) for r in self.requests)
        if kind == "any_of":
            return any(self._admits(r, row, body, day) for r in rule["rules"])
        return False

    # --- guards (conditions of the transitions) -----------------------------------------
    def time_order(self, ev: Any) -> bool:
        return self.last_at is None or ev.kwargs["at"] >= self.last_at

    def actor_allowed(self, ev: Any) -> bool:
        row = self.table.rows[ev.event.name]
        body, day = ev.kwargs["actor"], ev.kwargs["day"]
        return self.table.exists(body, day) and self._admits(row["actor"], row, body, day)

    def state_guards(self, ev: Any) -> bool:
        g = self.table.rows[ev.event.name]["guard_ids"]
        t = self.table
        if not self.events:
            return True
        detection_day = self.detected_at.astimezone(VN).date()  # type: ignore[union-attr]
        if "notify_self" in g and t.plays(self.detector, t.coordinator, detection_day):
            return False
        if ("receive_needs_notification" in g and self.state == "detected"
                and not t.plays(self.detector, t.coordinator, detection_day)):
            return False
        if "meeting_method" in g and self.method != "meeting":
            return False
        if "evidence_required" in g and self.opinions == 0 and self.meetings == 0:
            return False
        if "not_violating" in g and self.state == "assessed" and self.verdict == "violating":
            return False
        if "violation_required" in g and self.verdict != "violating":
            return False
        if "not_confidential" in g and self.state_secret:
            return False
        if "nothing_open" in g and any(_open(x) for x in self.actions + self.proposals):
            return False
        return True

    def _consulted_ok(self, row: Dict[str, Any], bodies: List[str], day: dt.date) -> bool:
        g = row["guard_ids"]
        if not bodies:
            return "consultation_required" not in g
        duties = g["verification_duty"]["duties"] if "verification_duty" in g else None
        for i, b in enumerate(bodies):
            if not self.table.exists(b, day) or b in bodies[:i] or b in self.consulted:
                return False
            if duties is not None and not self.table.has_duty(b, duties, day):
                return False
        return True

    def _kind_ok(self, kind: str, key: str, body: str, day: dt.date) -> bool:
        k = self.table.actions.get(kind)
        return (k is not None and self.table.exists(body, day)
                and bool(self.table.roles_of(body, day) & k[key]))

    def _holder_of_open(self, items: List[Dict[str, Any]], id_: str, holder: str, body: str,
                        day: dt.date) -> bool:
        for a in items:
            if a["id"] == id_:
                return _open(a) and self.table.answers_for(body, a[holder], day)
        return False

    def payload_ok(self, ev: Any) -> bool:
        cmd, body, at, day = (ev.kwargs["command"], ev.kwargs["actor"], ev.kwargs["at"],
                              ev.kwargs["day"])
        name = ev.event.name
        row = self.table.rows[name]
        t = self.table
        if name == "detect":
            c = cmd["content"]
            if not (c.get("summary", "").strip() or (c.get("url") or "").strip()):
                return False
            detected = _instant(cmd["detected_at"]) if cmd.get("detected_at") else at
            published = c.get("published_at")
            return detected <= at and (published is None or _instant(published) <= detected)
        if name == "notify_lead":
            return cmd["channel"] in t.channels
        if name == "open_verification":
            return cmd["method"] in t.methods and self._consulted_ok(row, cmd["consulted"], day)
        if name == "consult":
            return self._consulted_ok(row, cmd["consulted"], day)
        if name == "submit_opinion":
            return bool(cmd["finding"].strip()) and bool(cmd["direction"].strip())
        if name == "record_meeting":
            return bool(cmd["attendees"]) and all(
                b == body or any(t.answers_for(b, c, day) for c in self.consulted)
                for b in cmd["attendees"])
        if name == "mark_confidential":
            return not self.state_secret
        if name == "conclude":
            if cmd["verdict"] != "violating":
                return True
            law = self.content.get("published_at")
            law_day = (_instant(law) if law else self.detected_at).astimezone(VN).date()  # type: ignore[union-attr]
            grounds = cmd.get("grounds", [])
            return bool(grounds) and all(t.ground_refusal(g, law_day) is None for g in grounds)
        if name == "dismiss":
            reason, dup = cmd["reason"], cmd.get("duplicate_of")
            if reason == "duplicate":
                return dup is not None and dup != self.events[0]["case_id"]
            if reason == "assessed_not_violating" and self.state != "assessed":
                return False
            return dup is None
        if name == "take_action":
            k = t.actions.get(cmd["kind"])
            return k is not None and bool(t.roles_of(body, day) & k["takers"])
        if name == "request_action":
            return cmd["body"] != body and self._kind_ok(cmd["kind"], "requestable", cmd["body"], day)
        if name == "propose_direction":
            return bool(cmd["bodies"]) and all(
                self._kind_ok(cmd["kind"], "directable", b, day) for b in cmd["bodies"])
        if name == "direct_action":
            if not self._kind_ok(cmd["kind"], "directable", cmd["body"], day):
                return False
            pid = cmd.get("proposal_id")
            return pid is None or any(p["id"] == pid and not p["withdrawn"] for p in self.proposals)
        if name == "send_removal_request":
            aid = cmd.get("action_id")
            return aid is None or self._holder_of_open(self.actions, aid, "body", body, day)
        if name == "record_platform_response":
            for r in self.requests:
                if r["id"] == cmd["request_id"]:
                    if r["response"] is not None or not t.answers_for(body, r["by"], day):
                        return False
                    responded = cmd.get("responded_at")
                    if responded is None:
                        return True
                    if cmd["response"] == "no_answer":
                        return False
                    return r["at"] <= _instant(responded) <= at
            return False
        if name == "withdraw_action":
            aid = cmd["action_id"]
            if any(a["id"] == aid for a in self.actions):
                return self._holder_of_open(self.actions, aid, "opened_by", body, day)
            return self._holder_of_open(self.proposals, aid, "by", body, day)
        if name == "report_result":
            return self._holder_of_open(self.actions, cmd["action_id"], "body", body, day)
        if name == "publish_results":
            return bool(cmd["title"].strip())
        return True

    def nothing_else_open(self, ev: Any) -> bool:
        closing = ev.kwargs["command"]["action_id"]
        return all(x["id"] == closing for x in self.actions + self.proposals if _open(x))

    # --- effects ------------------------------------------------------------------------
    def record(self, ev: Any) -> None:
        cmd, body, at = ev.kwargs["command"], ev.kwargs["actor"], ev.kwargs["at"]
        name = ev.event.name
        event: Dict[str, Any] = {"seq": len(self.events) + 1, "case_id": None, "command": cmd,
                                 "actor": body, "at": at.isoformat(), "status": self.state}
        if name == "detect":
            self.detector, self.content = body, cmd["content"]
            self.detected_at = _instant(cmd["detected_at"]) if cmd.get("detected_at") else at
            self.state_secret = bool(cmd.get("state_secret"))
            event["case_id"] = cmd.get("case_id", "KH-0001")
        else:
            event["case_id"] = self.events[0]["case_id"]
        if name == "notify_lead":
            self.notified = self.table.lead_agency(ev.kwargs["day"]) or body
            event["lead_agency"] = self.notified
        elif name == "open_verification":
            self.method, self.consulted = cmd["method"], list(cmd["consulted"])
        elif name == "consult":
            self.consulted.extend(cmd["consulted"])
        elif name == "submit_opinion":
            self.opinions += 1
        elif name == "record_meeting":
            self.meetings += 1
        elif name == "mark_confidential":
            self.state_secret = True
        elif name == "conclude":
            self.verdict = cmd["verdict"]
        elif name in ("take_action", "request_action", "direct_action"):
            event["action_id"] = f"A{len(self.actions) + 1}"
            self.actions.append({"id": event["action_id"], "kind": cmd["kind"],
                                 "body": body if name == "take_action" else cmd["body"],
                                 "opened_by": body, "result": None, "withdrawn": False,
                                 "directed": False})
            if name == "direct_action" and cmd.get("proposal_id"):
                for p in self.proposals:
                    if p["id"] == cmd["proposal_id"]:
                        p["directed"] = True
        elif name == "propose_direction":
            event["action_id"] = f"P{len(self.proposals) + 1}"
            self.proposals.append({"id": event["action_id"], "by": body, "result": None,
                                   "withdrawn": False, "directed": False})
        elif name == "send_removal_request":
            event["request_id"] = f"R{len(self.requests) + 1}"
            self.requests.append({"id": event["request_id"], "by": body, "at": at,
                                  "response": None})
        elif name == "record_platform_response":
            for r in self.requests:
                if r["id"] == cmd["request_id"]:
                    r["response"] = cmd["response"]
        elif name == "withdraw_action":
            for item in self.actions + self.proposals:
                if item["id"] == cmd["action_id"]:
                    item["withdrawn"] = True
        elif name == "report_result":
            for a in self.actions:
                if a["id"] == cmd["action_id"]:
                    a["result"] = cmd["outcome"]
        if self.hash_chain:
            prev = self.events[-1]["hash"] if self.events else "0" * 64
            event["prev_hash"] = prev
            event["hash"] = hashlib.sha256((prev + canonical(event)).encode()).hexdigest()
        self.last_at = at
        self.events.append(event)

    def step(self, command: Dict[str, Any], actor: str, at: dt.datetime) -> None:
        """Applies one command; raises ValueError when a guard refuses it."""
        name = command["type"]
        if name not in self.table.rows:
            raise ValueError(f"{name}: no such step in the workflow table")
        try:
            ok = self.trigger(name, command=command, actor=actor, at=at,
                              day=at.astimezone(VN).date())
        except MachineError as e:
            raise ValueError(f"{name} refused in state {self.state}") from e
        if not ok:
            raise ValueError(f"{name} refused for {actor} in state {self.state}")
