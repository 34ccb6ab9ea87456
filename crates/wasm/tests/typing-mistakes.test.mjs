// `tsc --strict` rejects the same mistakes as `mypy --strict`: typing/mistakes.ts marks each
// mistake with `// @ts-expect-error <id> <TS code>` on the line before it. Checked twice with the
// local TypeScript: as written (an unused directive is an error, so every mistake is rejected and
// nothing else is), and with the directives blanked out (each mistake must be reported with the
// code named, and no other line at all). crates/py/tests/typing/mistakes.py lists the same
// mistakes for mypy (same ids, same order; crates/py/tests/test_typing_mistakes.py).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const typing = join(here, "typing");
const tsc = join(here, "..", "node_modules", "typescript", "bin", "tsc");
const source = join(typing, "mistakes.ts");
const python = join(here, "..", "..", "py", "tests", "typing", "mistakes.py");
const TS_MARK = /\/\/\s*@ts-expect-error\s+([a-z0-9-]+)\s+(TS\d+)\s*$/;
const PY_MARK = /#\s*expect-error:\s*([a-z0-9-]+)\s*\[([a-z-]+)\]\s*$/;

/** [{line, id, code}] of the markers of `text`; `offset` is the line the marker applies to. */
function marks(text, pattern, offset) {
  return text.split("\n").flatMap((line, i) => {
    const m = pattern.exec(line);
    return m ? [{ line: i + 1 + offset, id: m[1], code: m[2] }] : [];
  });
}

function runTsc(project) {
  return spawnSync(process.execPath, [tsc, "--strict", "--noEmit", "--pretty", "false", "-p", project], {
    encoding: "utf8",
  });
}

const text = readFileSync(source, "utf8");
const expected = marks(text, TS_MARK, 1);

test("tsc --strict accepts mistakes.ts as written: every @ts-expect-error is used, no other error", () => {
  assert.ok(expected.length >= 5, "the file holds the mistakes");
  const r = runTsc(join(typing, "tsconfig.json"));
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test("without the directives, tsc --strict reports each marked mistake with its code, and nothing else", () => {
  // A copy beside the original, so that "quyche" resolves through the same node_modules.
  const dir = mkdtempSync(join(typing, ".stripped-"));
  try {
    writeFileSync(join(dir, "mistakes.ts"), text.replaceAll("// @ts-expect-error", "// expect-error"));
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ extends: "../../tsconfig.json", files: ["mistakes.ts"] }));
    const r = runTsc(join(dir, "tsconfig.json"));
    assert.equal(r.status, 2, `tsc did not report type errors: ${r.stdout}${r.stderr}`);
    const reported = new Map();
    for (const line of r.stdout.split("\n")) {
      const m = /^\S+\((\d+),\d+\): error (TS\d+):/.exec(line);
      if (m) reported.set(Number(m[1]), [...(reported.get(Number(m[1])) ?? []), m[2]]);
    }
    const wrong = expected.filter((e) => !(reported.get(e.line) ?? []).includes(e.code))
      .map((e) => ({ ...e, reported: reported.get(e.line) ?? [] }));
    assert.deepEqual(wrong, [], "mistakes not reported with the code named");
    const marked = new Set(expected.map((e) => e.line));
    const unexpected = [...reported].filter(([line]) => !marked.has(line));
    assert.deepEqual(unexpected, [], "errors on lines without a directive (types too strict?)");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("TypeScript and Python list the same mistakes, in the same order", () => {
  const ts = expected.map((e) => e.id);
  const py = marks(readFileSync(python, "utf8"), PY_MARK, 0).map((e) => e.id);
  assert.equal(new Set(ts).size, ts.length, "a mistake id is used twice");
  assert.deepEqual(ts, py);
});
