// Every hostile input of tests/bad-inputs/*.jsonl (format in the README there) through the
// package's JSON-string entry point `callJson`, with the answers the Rust runner
// (crates/ffi/tests/bad_inputs.rs) and the Python suite expect: the code and the JSON pointer
// (an absent path counts as null), messages in both languages, and, where an entry sets
// `message_max_chars`, every text of the error (message, message_vi, help, help_vi, and those of
// each related error) at most that many characters, counted as Unicode code points
// (`[...s].length`, as Rust's `chars().count()` and Python's `len`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { callJson } from "quyche";

const dir = new URL("../../../tests/bad-inputs/", import.meta.url);
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort() : [];

/** The value at JSON pointer `p` (RFC 6901) of `v`, or undefined. */
function at(v, p) {
  if (p === "") return v;
  let o = v;
  for (const raw of p.split("/").slice(1)) {
    const t = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (o === null || typeof o !== "object" || !(t in o)) return undefined;
    o = o[t];
  }
  return o;
}

/** Applies one patch operation of the README (`set`, `remove`, `truncate`). */
function patch(doc, [op, pointer, value]) {
  const tokens = pointer.split("/").slice(1).map((t) => t.replaceAll("~1", "/").replaceAll("~0", "~"));
  const last = tokens.pop();
  const parent = at(doc, tokens.length ? `/${tokens.join("/")}` : "");
  assert.ok(parent && typeof parent === "object", `patch ${op} ${pointer}`);
  if (op === "set") {
    if (Array.isArray(parent) && last === "-") parent.push(value);
    else parent[Array.isArray(parent) ? Number(last) : last] = value;
  } else if (op === "remove") {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (op === "truncate") {
    parent[last].length = value;
  } else {
    assert.fail(`unknown patch op ${op}`);
  }
}

/** Expands the `repeat` and `fixture` placeholders anywhere in `v`. */
function expand(v) {
  if (Array.isArray(v)) return v.map(expand);
  if (v === null || typeof v !== "object") return v;
  const keys = Object.keys(v).sort().join(",");
  if (keys === "repeat,times") return v.repeat.repeat(v.times);
  if ("fixture" in v) {
    let doc = JSON.parse(readFileSync(new URL(`fixtures/${v.fixture}.json`, dir), "utf8"));
    for (const op of v.patch ?? []) patch(doc, op.map(expand));
    if (v.select !== undefined) doc = at(doc, v.select);
    return doc;
  }
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, expand(x)]));
}

/** The first text of `err` (then of each error in `related`) longer than `max` code points, as
 * a description, or undefined. */
function tooLong(err, max) {
  for (const key of ["message", "message_vi", "help", "help_vi"]) {
    const text = err[key];
    if (typeof text === "string" && [...text].length > max) {
      return `\`${key}\` has ${[...text].length} characters, more than ${max}: ${[...text].slice(0, 80).join("")}…`;
    }
  }
  for (const r of err.related ?? []) {
    const found = tooLong(r, max);
    if (found) return found;
  }
  return undefined;
}

/** The English words a Vietnamese text must not hold (README, "Vietnamese only"). */
const english = existsSync(new URL("english-words.txt", dir))
  ? new Set(
      readFileSync(new URL("english-words.txt", dir), "utf8")
        .split("\n")
        .map((w) => w.trim())
        .filter((w) => w && !w.startsWith("#")),
    )
  : new Set();

/** The English words of the list in `text`, quoted spans (`…`, "…", “…”) removed. */
function englishIn(text) {
  const bare = text.replace(/`[^`]*`?|"[^"]*"?|“[^”]*”?/gu, "");
  return bare
    .split(/[^\p{L}]+/u)
    .filter((w) => w && /^[A-Za-z]+$/.test(w) && english.has(w.toLowerCase()))
    .map((w) => w.toLowerCase());
}

/** A description of the first English fragment in the Vietnamese texts of `err` (then of each
 * related error), or undefined. */
function notVietnamese(err) {
  for (const key of ["message_vi", "help_vi"]) {
    const found = typeof err[key] === "string" ? englishIn(err[key]) : [];
    if (found.length) return `English ${JSON.stringify(found)} in \`${key}\`: ${err[key]}`;
  }
  for (const r of err.related ?? []) {
    const found = notVietnamese(r);
    if (found) return found;
  }
  return undefined;
}

test("the English check finds a planted fragment", () => {
  assert.ok(englishIn("Giá trị không hợp lệ: unknown variant `facebook`, expected one of `a`.").length);
  assert.ok(englishIn("Thời điểm không hợp lệ: a timezone-aware datetime.").length);
  assert.deepEqual(englishIn("Giá trị `x` không có trong danh mục; các giá trị hợp lệ: `email`."), []);
});

/** Every entry of every file, with its place (`file:line`). */
function entries() {
  return files.flatMap((file) =>
    readFileSync(new URL(file, dir), "utf8")
      .split("\n")
      .map((line, i) => [`${file}:${i + 1}`, line])
      .filter(([, line]) => line.trim())
      .map(([at, line]) => [at, JSON.parse(line)]),
  );
}

test("there are at least 100 hostile inputs, each with its own name", () => {
  const all = entries();
  assert.ok(all.length >= 100, `only ${all.length} hostile inputs`);
  const seen = new Map();
  for (const [at, e] of all) {
    assert.ok(!seen.has(e.name), `${at}: duplicate name ${e.name} (first at ${seen.get(e.name)})`);
    seen.set(e.name, at);
  }
});

function argsText(entry) {
  if ("args_text" in entry) {
    const parts = Array.isArray(entry.args_text) ? entry.args_text : [entry.args_text];
    return parts.map((p) => expand(p)).join("");
  }
  return JSON.stringify(expand(entry.args));
}

for (const file of files) {
  test(`bad inputs: ${file}`, () => {
    const lines = readFileSync(new URL(file, dir), "utf8").split("\n");
    const failures = [];
    let count = 0;
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      count += 1;
      const entry = JSON.parse(line);
      const where = `${file}:${i + 1} ${entry.name}`;
      let answer;
      try {
        answer = JSON.parse(callJson(entry.method, argsText(entry)));
      } catch (e) {
        failures.push(`${where}: threw ${e}`);
        return;
      }
      const { expect } = entry;
      if ("code" in expect) {
        if (!answer.error) failures.push(`${where}: accepted, expected ${expect.code}`);
        else if (answer.error.code !== expect.code || (answer.error.path ?? null) !== expect.path) {
          failures.push(`${where}: ${answer.error.code} at ${answer.error.path} != ${expect.code} at ${expect.path}`);
        } else if (!answer.error.message || !answer.error.message_vi) {
          failures.push(`${where}: error without messages`);
        } else if (expect.message_max_chars !== undefined && tooLong(answer.error, expect.message_max_chars)) {
          failures.push(`${where}: ${tooLong(answer.error, expect.message_max_chars)}`);
        } else if (notVietnamese(answer.error)) {
          failures.push(`${where}: ${notVietnamese(answer.error)}`);
        }
      } else {
        if (!("ok" in answer)) {
          failures.push(`${where}: refused ${answer.error?.code} at ${answer.error?.path}`);
          return;
        }
        for (const [p, want] of Object.entries(expect.ok)) {
          try {
            assert.deepEqual(at(answer.ok, p), want);
          } catch {
            failures.push(`${where}: ${p} = ${JSON.stringify(at(answer.ok, p))} != ${JSON.stringify(want)}`);
          }
        }
      }
    });
    assert.ok(count > 0, `${file} has entries`);
    assert.deepEqual(failures, [], failures.join("\n"));
  });
}

test("callJson answers an unknown method with an error, not a throw", () => {
  const a = JSON.parse(callJson("no.such.method", "{}"));
  assert.ok(a.error);
});
