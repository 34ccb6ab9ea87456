// Forms generated from the command's JSON Schema (Regulation.commandSchema(), the checked-in
// schemas/command.schema.json): one field per property of the command's `oneOf` branch, nested
// objects (the content, the area, the trigger) as groups. The words come from the library: field
// labels and help from Regulation.commandFields(), the values of closed lists from
// Regulation.vocabulary(), bodies from Regulation.bodiesOn(day), grounds from
// Regulation.groundsInForce(day). The widget follows the schema's type: a `$ref` to a list of
// constants is a chooser, an array of them a set of check boxes, `format: date-time` a
// `dd/mm/yyyy HH:mm` field in Vietnam time, a boolean a check box, other text a text field.
import { h } from "./dom.js";
import { parseVn, showInstant } from "./vntime.js";

/** Long free-text fields get a text area. */
const LONG = new Set(["summary", "finding", "direction", "conclusion", "note", "reason", "title"]);

let serial = 0;

const snake = (name) => name.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();

/** A property's schema with `anyOf [X, null]` and `type: [t, "null"]` unwrapped. */
function unwrap(prop, defs) {
  let p = prop;
  let optional = false;
  if (p.anyOf) {
    optional = p.anyOf.some((x) => x.type === "null");
    p = p.anyOf.find((x) => x.type !== "null");
  }
  if (Array.isArray(p.type)) {
    optional = optional || p.type.includes("null");
    p = { ...p, type: p.type.find((t) => t !== "null") };
  }
  const ref = p.$ref?.replace("#/$defs/", "");
  return { p, optional, ref, def: ref ? defs[ref] : undefined };
}

/**
 * The form of command `type`: `{element, read()}`; `read()` returns the command object or throws
 * `{fields: [{path, message}]}` for what the page itself can tell (a missing required value, a
 * date that is not `dd/mm/yyyy HH:mm`), or with `{partial: true}` what is filled so far. `ctx`: `{schema, fields (Map id → FieldTerm), lang,
 * vocabulary(name), bodies(), grounds(), refs(kind), cite(citation)}`; `initial`: prefilled
 * values (the command's shape).
 */
export function commandForm(ctx, type, initial = {}) {
  const branch = ctx.schema.oneOf.find((b) => b.properties.type?.const === type);
  const readers = [];
  const body = group(ctx, branch, "", initial, readers);
  return {
    element: body,
    /** The command; with `{partial: true}`, what is filled so far even if incomplete. */
    read({ partial = false } = {}) {
      const out = { type };
      const errors = [];
      for (const r of readers) r(out, errors);
      if (errors.length && !partial) throw { fields: errors };
      return out;
    },
  };
}

/** The fields of an object schema: the required ones first, each part in the order of the core's
 * field table (the schema lists properties alphabetically). */
function group(ctx, objectSchema, prefix, initial, readers, loose = false) {
  const required = new Set(objectSchema.required ?? []);
  const order = [...ctx.fields.keys()];
  const rank = (n) => {
    const i = order.indexOf(prefix ? `${prefix}.${n}` : n);
    return i < 0 ? order.length : i;
  };
  const names = Object.keys(objectSchema.properties).filter((n) => n !== "type");
  names.sort((a, b) => Number(required.has(b)) - Number(required.has(a)) || rank(a) - rank(b));
  const box = h("div", { class: "fields" });
  for (const name of names) {
    const path = prefix ? `${prefix}.${name}` : name;
    box.append(field(ctx, objectSchema.properties[name], path, required.has(name), initial?.[name], readers, loose));
  }
  return box;
}

/** The label (page language first, the other alongside) and help of field `path`. */
function words(ctx, path) {
  const f = ctx.fields.get(path);
  const other = ctx.lang === "vi" ? "en" : "vi";
  if (!f) return { label: [path], help: null, text: path };
  return {
    label: [f.label[ctx.lang], " ", h("span", { class: "alt", lang: other }, f.label[other])],
    help: [f.help[ctx.lang], " ", h("span", { class: "alt", lang: other }, f.help[other])],
    text: f.label[ctx.lang],
  };
}

/** Sets a value at a dotted path of `out`. */
function put(out, path, value) {
  const keys = path.split(".");
  let o = out;
  for (const k of keys.slice(0, -1)) o = o[k] ??= {};
  o[keys.at(-1)] = value;
}

/** One field; `loose`: inside an optional group, where every chooser may stay empty. */
function field(ctx, prop, path, required, initial, readers, loose) {
  const { p, optional, ref, def } = unwrap(prop, ctx.schema.$defs);
  const id = `f${++serial}-${path.replace(/\W/g, "-")}`;
  const w = words(ctx, path);
  const helpId = `${id}-help`;
  const mark = required && !optional ? h("span", { class: "req", "aria-hidden": "true" }, " *") : null;
  const help = w.help ? h("small", { id: helpId, class: "help" }, w.help) : null;
  const pointer = `/${path.replace(/\./g, "/")}`;
  const need = (errors) => errors.push({ path: pointer, message: ctx.missing(w.text) });

  // A nested object: a group of fields.
  if (def?.type === "object") {
    const sub = [];
    const inner = group(ctx, def, path, initial, sub, optional || !required);
    const fs = h("fieldset", { class: "nested", "data-path": pointer }, h("legend", {}, w.label, mark), help, inner);
    readers.push((out, errors) => {
      const part = {};
      const errs = [];
      for (const r of sub) r(part, errs);
      const value = path.split(".").reduce((o, k) => o?.[k], part);
      const empty = !value || Object.keys(value).length === 0;
      if (empty && optional) return;
      if (empty && !required) return;
      errors.push(...errs);
      if (value) put(out, path, value);
    });
    return fs;
  }

  // Arrays: check boxes (bodies, closed values) or the grounds chooser.
  if (p.type === "array") {
    const item = unwrap(p.items, ctx.schema.$defs);
    let options;
    if (item.ref === "Citation") return groundsField(ctx, path, pointer, w, mark, help, helpId, initial, readers);
    if (item.ref === "BodyId") options = ctx.bodies().map((b) => ({ value: b.id, label: b.name[ctx.lang] }));
    else options = ctx.vocabulary(snake(item.ref ?? "")).map((t) => ({ value: t.id, label: t.label[ctx.lang] }));
    const chosen = new Set(initial ?? []);
    const boxes = options.map((o) => {
      const cid = `${id}-${o.value}`;
      return h("label", { class: "check", for: cid },
        h("input", { type: "checkbox", id: cid, value: o.value, ...(chosen.has(o.value) ? { checked: "" } : {}) }), " ", o.label);
    });
    const fs = h("fieldset", { class: "checks", "data-path": pointer, "aria-describedby": helpId }, h("legend", {}, w.label, mark), help, h("div", { class: "options" }, boxes));
    readers.push((out, errors) => {
      const values = [...fs.querySelectorAll("input:checked")].map((i) => i.value);
      if (values.length) put(out, path, values);
      else if (required && !optional && !prop.default) {
        // An empty list is still a list: send it and let the rules say whether it is enough.
        put(out, path, []);
      }
      void errors;
    });
    return fs;
  }

  let control;
  let read;
  const labelled = { id, name: path, "aria-describedby": helpId, "data-path": pointer };
  if (p.type === "boolean") {
    control = h("input", { type: "checkbox", ...labelled, ...(initial ? { checked: "" } : {}) });
    readers.push((out) => {
      if (control.checked) put(out, path, true);
    });
    return h("div", { class: "field bool" }, h("label", { for: id }, control, " ", w.label), help);
  }
  const choices = choicesFor(ctx, path, ref, def);
  if (choices) {
    const opts = choices.map((o) => h("option", { value: o.value }, o.label));
    const blank = loose || optional || !required || choices.length === 0;
    control = h("select", labelled, blank ? h("option", { value: "" }, ctx.none()) : null, opts);
    if (initial !== undefined && initial !== null) control.value = initial;
    read = () => control.value;
  } else if (p.format === "date-time") {
    control = h("input", { type: "text", inputmode: "numeric", placeholder: "dd/mm/yyyy HH:mm", autocomplete: "off", ...labelled });
    if (initial) control.value = showInstant(initial);
    read = () => {
      const text = control.value.trim();
      if (!text) return "";
      const v = parseVn(text);
      return v ?? { bad: text };
    };
  } else {
    const long = LONG.has(path.split(".").at(-1));
    control = long ? h("textarea", { rows: 2, ...labelled }) : h("input", { type: "text", autocomplete: "off", ...labelled });
    if (initial !== undefined && initial !== null) control.value = initial;
    read = () => control.value.trim();
  }
  readers.push((out, errors) => {
    const v = read();
    if (v && typeof v === "object") {
      errors.push({ path: pointer, message: ctx.badTime(w.text, v.bad) });
      return;
    }
    if (v === "") {
      if (required && !optional && prop.default === undefined) need(errors);
      return;
    }
    put(out, path, v);
  });
  return h("div", { class: "field" }, h("label", { for: id }, w.label, mark), control, help);
}

/** The choices of a single-value field: a closed list, the bodies, the action kinds, or the
 * case's own actions, requests and proposals; `null` for free text. */
function choicesFor(ctx, path, ref, def) {
  const last = path.split(".").at(-1);
  if (ref === "BodyId") return ctx.bodies().map((b) => ({ value: b.id, label: b.name[ctx.lang] }));
  if (ref === "ActionKindId") return ctx.vocabulary("action_kind").map((t) => ({ value: t.id, label: t.label[ctx.lang] }));
  if (def?.oneOf && def.oneOf.every((x) => x.const !== undefined)) {
    const terms = ctx.vocabulary(snake(ref));
    return terms.length
      ? terms.map((t) => ({ value: t.id, label: t.label[ctx.lang] }))
      : def.oneOf.map((x) => ({ value: x.const, label: x.const }));
  }
  if (["action_id", "request_id", "proposal_id"].includes(last)) return ctx.refs(last);
  return null;
}

/** Grounds in force at the content's date: a search box and check boxes, each with its article. */
function groundsField(ctx, path, pointer, w, mark, help, helpId, initial, readers) {
  const id = `f${++serial}-grounds`;
  const chosen = new Set((initial ?? []).map((c) => ctx.cite(c)));
  const items = ctx.grounds().map((g, i) => {
    const cid = `${id}-${i}`;
    const text = `${ctx.cite(g.citation)} — ${g.label[ctx.lang]}`;
    const input = h("input", { type: "checkbox", id: cid, ...(chosen.has(ctx.cite(g.citation)) ? { checked: "" } : {}) });
    input.citation = g.citation;
    return h("label", { class: "check ground", for: cid, "data-search": fold(text) }, input, " ",
      h("span", { class: "cite" }, ctx.cite(g.citation)), " ", g.label[ctx.lang]);
  });
  const search = h("input", { type: "search", id: `${id}-q`, placeholder: ctx.searchHint(), "aria-describedby": helpId, autocomplete: "off" });
  search.addEventListener("input", () => {
    const q = fold(search.value.trim());
    for (const it of items) it.hidden = q !== "" && !it.dataset.search.includes(q);
  });
  const fs = h("fieldset", { class: "checks grounds", "data-path": pointer },
    h("legend", {}, w.label, mark), help,
    h("label", { for: `${id}-q`, class: "search" }, ctx.searchLabel()), search,
    h("div", { class: "options scroll" }, items));
  readers.push((out) => {
    const values = [...fs.querySelectorAll("input[type=checkbox]:checked")].map((i) => i.citation);
    if (values.length) put(out, path, values);
  });
  return fs;
}
