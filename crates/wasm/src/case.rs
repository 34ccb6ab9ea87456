//! `Case`: one piece of suspect online information moved through the regulation's procedure by
//! commands, with its hash-chained event log. The case keeps the regulation it was started (or
//! replayed) with, so `apply` and `allowedCommands` need only the actor and the time.

use crate::convert::{JsResult, from_js, instant, js, json_text, string, ts, ts_vec};
use crate::error::{to_js, wrong_type};
use crate::regulation::{Regulation, shared};
use quyche::case::{
    Actor, Advisory, Applied, CaseStatus, Command, CommandCheck, Event, Involvement,
};
use quyche::law::Citation;
use std::rc::Rc;
use tsify::Ts;
use wasm_bindgen::prelude::*;

/// The acting body: its id (`"so-vhttdl"`) or an `Actor` with the officer's name.
fn actor(value: &JsValue) -> JsResult<Actor> {
    match value.as_string() {
        Some(id) => Ok(Actor::body(&id)),
        None => from_js(value, "actor", "a body id or an Actor"),
    }
}

/// A command object (`{type: "notify_lead", channel: "email"}`), decoded by the core so that an
/// error's JSON pointer names the bad field of the command.
fn command(value: &JsValue) -> JsResult<Command> {
    let text = json_text(value, "command", "a command object")?;
    quyche::json::check_size(&text).map_err(to_js)?;
    Command::from_json(&text).map_err(to_js)
}

/// The JSON text of an event list argument.
fn events_text(value: &JsValue) -> JsResult<String> {
    if !js_sys::Array::is_array(value) {
        return Err(wrong_type("events", "an array of events"));
    }
    json_text(value, "events", "an array of events")
}

/// One case of suspect online information.
///
/// ```js
/// const reg = Regulation.khanhHoa();
/// const c = Case.start(reg, { type: "detect", source: "press_review", content: {
///   platform: "Facebook", platform_kind: "social_network", kind: "post", summary: "Tin đồn" } },
///   "so-vhttdl", "2026-08-03T08:00:00+07:00");
/// c.apply({ type: "receive" }, "so-vhttdl", "2026-08-03T09:00:00+07:00").event.effects.status; // "received"
/// c.apply({ type: "receive" }, "so-vhttdl", "2026-08-03T09:30:00+07:00"); // throws INVALID_TRANSITION (already received)
/// ```
#[wasm_bindgen]
pub struct Case {
    inner: quyche::case::Case,
    reg: Rc<quyche::Regulation>,
    /// The advisories of the last successful step (its event is the log's last).
    last: Option<Vec<Advisory>>,
}

impl Case {
    /// A JavaScript case from a rebuilt core case and the regulation it was checked against.
    pub(crate) fn from_core(inner: quyche::case::Case, reg: Rc<quyche::Regulation>) -> Case {
        Case {
            inner,
            reg,
            last: None,
        }
    }
}

/// The typed JavaScript value of a step.
type JsApplied = Ts<Applied>;

/// A step as its typed JavaScript value.
fn js_applied(applied: &Applied) -> JsResult<JsApplied> {
    js(applied).map(Ts::new_unchecked)
}

#[wasm_bindgen]
impl Case {
    /// Starts a case with a `detect` command by `actor` at fact time `at` (Điều 5.1, 6.2, 7.1.d,
    /// 7.3.a). The step's event and advisories are in `lastApplied`.
    pub fn start(
        #[wasm_bindgen(unchecked_param_type = "Regulation")] regulation: JsValue,
        command: Ts<Command>,
        #[wasm_bindgen(unchecked_param_type = "BodyId | Actor")] actor: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string | Date")] at: JsValue,
    ) -> JsResult<Case> {
        let reg = shared(&regulation, "regulation")?;
        let (cmd, who, at) = (
            self::command(&command.js_value())?,
            self::actor(&actor)?,
            instant(&at, "at")?,
        );
        let (inner, advisories) = quyche::case::Case::start(&reg, cmd, &who, at).map_err(to_js)?;
        Ok(Case {
            inner,
            reg,
            last: Some(advisories),
        })
    }

    /// Applies `command` by `actor` at fact time `at`. Returns the new event and the advisories;
    /// a refusal throws a `QuycheError` (code, articles, help; other failing guards in
    /// `related`) and leaves the case unchanged.
    pub fn apply(
        &mut self,
        command: Ts<Command>,
        #[wasm_bindgen(unchecked_param_type = "BodyId | Actor")] actor: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string | Date")] at: JsValue,
    ) -> JsResult<JsApplied> {
        let (cmd, who, at) = (
            self::command(&command.js_value())?,
            self::actor(&actor)?,
            instant(&at, "at")?,
        );
        let applied = self.inner.apply(&self.reg, cmd, &who, at).map_err(to_js)?;
        let out = js_applied(&applied);
        self.last = Some(applied.advisories);
        out
    }

    /// Every command of the workflow for `actor` at `at`: allowed, or refused with the failing
    /// guards (each with its code, messages and articles), and the articles it implements.
    #[wasm_bindgen(js_name = allowedCommands)]
    pub fn allowed_commands(
        &self,
        #[wasm_bindgen(unchecked_param_type = "BodyId | Actor")] actor: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string | Date")] at: JsValue,
    ) -> JsResult<Vec<Ts<CommandCheck>>> {
        let (who, at) = (self::actor(&actor)?, instant(&at, "at")?);
        ts_vec(&self.inner.allowed_commands(&self.reg, &who, at))
    }

    /// Which bodies are involved in the case now and why, with the articles.
    #[wasm_bindgen(js_name = dutiesInvolved)]
    pub fn duties_involved(&self) -> JsResult<Vec<Ts<Involvement>>> {
        ts_vec(&self.inner.duties_involved(&self.reg))
    }

    /// The articles an event of this case rests on (for Điều 7, the clause of the actor's role).
    pub fn basis(&self, event: Ts<Event>) -> JsResult<Vec<Ts<Citation>>> {
        let ev: Event = from_js(&event.js_value(), "event", "an event")?;
        ts_vec(&quyche::case::basis(&self.reg, &ev))
    }

    /// The case id.
    #[wasm_bindgen(getter)]
    pub fn id(&self) -> String {
        self.inner.id.0.clone()
    }

    /// Where the case stands.
    #[wasm_bindgen(getter)]
    pub fn status(&self) -> JsResult<Ts<CaseStatus>> {
        ts(&self.inner.status)
    }

    /// The hash-chained event log (a copy).
    #[wasm_bindgen(getter)]
    pub fn events(&self) -> JsResult<Vec<Ts<Event>>> {
        ts_vec(&self.inner.events)
    }

    /// The hash at the head of the log (anchor it elsewhere to detect dropped trailing events).
    #[wasm_bindgen(getter, js_name = headHash)]
    pub fn head_hash(&self) -> String {
        self.inner.head_hash().to_string()
    }

    /// The case record: every field and the events (the JSON of `toJson()`).
    #[wasm_bindgen(getter)]
    pub fn data(&self) -> JsResult<Ts<quyche::case::Case>> {
        ts(&self.inner)
    }

    /// The event and advisories of the last successful `start` or `apply` (`undefined` after a
    /// replay).
    #[wasm_bindgen(getter, js_name = lastApplied)]
    pub fn last_applied(&self) -> JsResult<Option<JsApplied>> {
        let applied = self.last.clone().and_then(|a| self.inner.last_applied(a));
        applied.as_ref().map(js_applied).transpose()
    }

    /// The regulation the case is handled under.
    #[wasm_bindgen(getter)]
    pub fn regulation(&self) -> Regulation {
        Regulation::from_rc(Rc::clone(&self.reg))
    }

    /// The case as JSON text (fields and events); `Case.fromJson` reads it back.
    #[wasm_bindgen(js_name = toJson)]
    pub fn to_json(&self) -> String {
        self.inner.to_json()
    }

    /// The case record, so that `JSON.stringify(case)` gives its JSON.
    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json_value(&self) -> JsResult<Ts<quyche::case::Case>> {
        ts(&self.inner)
    }

    /// Rebuilds a case from its events, re-checking the hash chain and every guard. An edited,
    /// dropped, inserted or reordered event throws `LOG_TAMPERED` with the JSON pointer of the
    /// event (`/3/hash`).
    pub fn replay(
        #[wasm_bindgen(unchecked_param_type = "Regulation")] regulation: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Event[]")] events: JsValue,
    ) -> JsResult<Case> {
        let reg = shared(&regulation, "regulation")?;
        let text = events_text(&events)?;
        quyche::json::check_size(&text).map_err(to_js)?;
        let inner = quyche::case::Case::replay_json(&reg, &text).map_err(to_js)?;
        Ok(Case {
            inner,
            reg,
            last: None,
        })
    }

    /// Like `replay`, and also checks that the log ends at `head`, a hash stored elsewhere.
    #[wasm_bindgen(js_name = replayToHead)]
    pub fn replay_to_head(
        #[wasm_bindgen(unchecked_param_type = "Regulation")] regulation: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Event[]")] events: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] head: JsValue,
    ) -> JsResult<Case> {
        let reg = shared(&regulation, "regulation")?;
        let head = string(&head, "head")?;
        let text = events_text(&events)?;
        quyche::json::check_size(&text).map_err(to_js)?;
        let events = quyche::case::log_from_json(&reg, &text).map_err(to_js)?;
        let inner = quyche::case::Case::replay_to_head(&reg, &events, &head).map_err(to_js)?;
        Ok(Case {
            inner,
            reg,
            last: None,
        })
    }

    /// Migrates a log recorded under an earlier data version of the regulation: its hash chain
    /// is checked as written, then every step is applied again under today's rules
    /// (`assign_action` read as the step it stands for now). Returns `{case, from_version,
    /// old_head, notes}` (as in Python); keep `old_head` with the new log as its provenance.
    /// Throws `LOG_TAMPERED` for a broken chain, `LOG_VERSION` for a version the regulation does
    /// not list as earlier.
    #[wasm_bindgen(
        unchecked_return_type = "{ case: Case; from_version: string; old_head: string; notes: Label[] }"
    )]
    pub fn migrate(
        #[wasm_bindgen(unchecked_param_type = "Regulation")] regulation: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Event[]")] events: JsValue,
    ) -> JsResult<JsValue> {
        let reg = shared(&regulation, "regulation")?;
        let text = events_text(&events)?;
        quyche::json::check_size(&text).map_err(to_js)?;
        let m = quyche::case::migrate(&reg, &text).map_err(to_js)?;
        let out = js_sys::Object::new();
        let case = Case {
            inner: m.case,
            reg,
            last: None,
        };
        let set = |k: &str, v: JsValue| js_sys::Reflect::set(&out, &JsValue::from_str(k), &v);
        set("case", JsValue::from(case))?;
        set("from_version", JsValue::from_str(&m.from_version))?;
        set("old_head", JsValue::from_str(&m.old_head))?;
        set("notes", js(&m.notes)?)?;
        Ok(out.into())
    }

    /// Reads a case from its JSON text and checks it by replaying its own events.
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "Regulation")] regulation: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> JsResult<Case> {
        let reg = shared(&regulation, "regulation")?;
        let text = string(&text, "text")?;
        quyche::json::check_size(&text).map_err(to_js)?;
        let inner = quyche::case::Case::from_json(&reg, &text).map_err(to_js)?;
        Ok(Case {
            inner,
            reg,
            last: None,
        })
    }
}

/// The commands `actor` may issue at `at` before any case exists (only `detect` can be
/// allowed), with the failing guards of the others.
#[wasm_bindgen(js_name = allowedCommands)]
pub fn allowed_commands(
    #[wasm_bindgen(unchecked_param_type = "Regulation")] regulation: JsValue,
    #[wasm_bindgen(unchecked_param_type = "BodyId | Actor")] actor: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | Date")] at: JsValue,
) -> JsResult<Vec<Ts<CommandCheck>>> {
    let reg = shared(&regulation, "regulation")?;
    let (who, at) = (self::actor(&actor)?, instant(&at, "at")?);
    ts_vec(&quyche::case::allowed_commands(&reg, None, &who, at))
}

/// The articles an event rests on under `regulation`.
#[wasm_bindgen]
pub fn basis(
    #[wasm_bindgen(unchecked_param_type = "Regulation")] regulation: JsValue,
    event: Ts<Event>,
) -> JsResult<Vec<Ts<Citation>>> {
    let reg = shared(&regulation, "regulation")?;
    let ev: Event = from_js(&event.js_value(), "event", "an event")?;
    ts_vec(&quyche::case::basis(&reg, &ev))
}
