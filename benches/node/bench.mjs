// Node benchmarks of the npm package (run by benches/run.sh; plain timers, no assertions):
// the lifecycle of tests/conformance/full-lifecycle-2026.json (15 steps on the corrected
// workflow) through `Case.start` / `case.apply`, the same lifecycle through the hand-written
// xstate v5 version of benches/compare/ (with and without its hash chain), module instantiation
// time, and the size of the .wasm raw and gzipped. Before timing, both versions run the whole
// fixture (each step's status as the fixture expects) and refuse every step of
// benches/compare/refusals.json. `--json FILE` writes the numbers for benches/run.sh.

import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { Case as XCase, Table, workflowMachine } from "../compare/xstate_workflow.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const pkg = `${root}crates/wasm/pkg/`;
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const minTime = Number(opt("--min-time", "3")) * 1000;

/** Median milliseconds per call of each function, measured in interleaved rounds (one batch of
 * each per round, 9 rounds) so that a load change on the machine hits them alike. */
function perCall(fns) {
  const ns = fns.map((fn) => {
    fn();
    let n = 1;
    for (;;) {
      const t = performance.now();
      for (let i = 0; i < n; i++) fn();
      if (performance.now() - t >= minTime / 9) return n;
      n *= 2;
    }
  });
  const samples = fns.map(() => []);
  for (let r = 0; r < 9; r++) {
    fns.forEach((fn, k) => {
      const t = performance.now();
      for (let i = 0; i < ns[k]; i++) fn();
      samples[k].push((performance.now() - t) / ns[k]);
    });
  }
  return samples.map((xs) => xs.sort((a, b) => a - b)[4]);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Module instantiation: a fresh Node process importing the package (it compiles and
// instantiates the .wasm synchronously on import), timed inside the child; and
// WebAssembly.compile of the bytes alone, in this process.
const wasmBytes = readFileSync(`${pkg}web/quyche_bg.wasm`);
const importMs = median(
  Array.from({ length: 7 }, () =>
    Number(
      execFileSync(process.execPath, [
        "--input-type=module",
        "-e",
        `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(`${pkg}index.node.js`).href)}); console.log(performance.now() - t);`,
      ]).toString(),
    ),
  ),
);
const compileMs = median(
  await Promise.all(
    Array.from({ length: 5 }, async () => {
      const t = performance.now();
      await WebAssembly.compile(wasmBytes);
      return performance.now() - t;
    }),
  ),
);

const q = await import(pathToFileURL(`${pkg}index.node.js`).href);
const sc = JSON.parse(readFileSync(`${root}tests/conformance/full-lifecycle-2026.json`, "utf8"));
const reg = q.Regulation.khanhHoa();
for (const r of sc.register) reg.registerBody(r);
const [first, ...rest] = sc.steps;

const quycheRun = () => {
  const c = q.Case.start(reg, first.command, first.actor, first.at);
  for (const s of rest) c.apply(s.command, s.actor, s.at);
  c.free();
};

const table = new Table(sc.register);
const machine = workflowMachine(table);
const xstateRun = (hashChain) => () => {
  const c = new XCase(machine, hashChain);
  for (const s of sc.steps) c.step(s.command, s.actor, s.at);
};

// Not timed: both versions follow the corrected workflow step by step (the status after each
// step is the fixture's) and really run the guards (every step of benches/compare/refusals.json
// is refused by both), so the comparison is like for like.
const { refusals } = JSON.parse(readFileSync(`${root}benches/compare/refusals.json`, "utf8"));
{
  const x = new XCase(machine);
  const c = q.Case.start(reg, first.command, first.actor, first.at);
  sc.steps.forEach((s, i) => {
    if (i > 0) {
      x.step(s.command, s.actor, s.at);
      c.apply(s.command, s.actor, s.at);
    } else x.step(s.command, s.actor, s.at);
    const want = s.expect.status;
    if (x.state !== want || c.status !== want) {
      throw new Error(`self-check: step ${i + 1} (${s.command.type}): xstate ${x.state}, quyche ${c.status}, fixture ${want}`);
    }
  });
  c.free();
  for (const r of refusals) {
    const at = r.at ?? sc.steps[r.after].at;
    const xc = new XCase(machine);
    for (const s of sc.steps.slice(0, r.after)) xc.step(s.command, s.actor, s.at);
    const qc = q.Case.start(reg, first.command, first.actor, first.at);
    for (const s of rest.slice(0, r.after - 1)) qc.apply(s.command, s.actor, s.at);
    for (const [name, attempt] of [
      ["xstate", () => xc.step(r.command, r.actor, at)],
      ["quyche", () => qc.apply(r.command, r.actor, at)],
    ]) {
      let refused = false;
      try {
        attempt();
      } catch {
        refused = true;
      }
      if (!refused) throw new Error(`self-check: ${name} accepted a step it must refuse (${r.why})`);
    }
    qc.free();
  }
}
console.log(`self-check: ${sc.steps.length} steps with the fixture's statuses, ${refusals.length} refusals, in both versions`);

const [quycheMs, xstateMs, xstatePlainMs] = perCall([quycheRun, xstateRun(true), xstateRun(false)]);
const gz = gzipSync(wasmBytes, { level: 9 }).length;

const results = {
  node: process.version,
  steps: sc.steps.length,
  wasm_bytes: wasmBytes.length,
  wasm_gzip_bytes: gz,
  import_ms: importMs,
  compile_ms: compileMs,
  lifecycle_us: {
    quyche: quycheMs * 1000,
    xstate_hash_chain: xstateMs * 1000,
    xstate_guards_only: xstatePlainMs * 1000,
  },
};
console.log(
  `lifecycle (${sc.steps.length} steps): quyche ${(quycheMs * 1000).toFixed(0)} µs; xstate ${(xstateMs * 1000).toFixed(0)} µs ` +
    `(guards only ${(xstatePlainMs * 1000).toFixed(0)} µs); xstate/quyche = ${(xstateMs / quycheMs).toFixed(2)}`,
);
console.log(
  `module: import ${importMs.toFixed(1)} ms (fresh process), WebAssembly.compile ${compileMs.toFixed(1)} ms; ` +
    `.wasm ${(wasmBytes.length / 1024).toFixed(0)} KiB raw, ${(gz / 1024).toFixed(0)} KiB gzip -9`,
);
const out = opt("--json", null);
if (out) writeFileSync(out, JSON.stringify(results, null, 2));
