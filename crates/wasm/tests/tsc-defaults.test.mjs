// The declarations compile in a TypeScript project with tsc's defaults: `--strict` and nothing
// else (no `lib`, no `target`: TypeScript 5.9 then checks against ES5 with the DOM), under the
// module settings of a plain project (CommonJS, `node10` resolution through `types`), of Node
// (`node16`: the `exports` map's `types` conditions, target ES2022) and of bundlers (`preserve`:
// `bundler` resolution). Nothing needs `lib` ESNext.Disposable, and `quyche/quyche_bg.wasm` is
// typed. usage-defaults.ts is the user's file. Equivalent to `tsc --strict --noEmit [--module M]
// usage-defaults.ts`, run in process so that the three checks share one TypeScript load.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const ts = createRequire(import.meta.url)("typescript");
const USAGE = fileURLToPath(new URL("./usage-defaults.ts", import.meta.url));

// Source files parsed once for the three programs (keyed by path and language version).
const parsed = new Map();

function check(extra) {
  const options = { strict: true, noEmit: true, types: [], ...extra };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) => {
    const key = `${name}\0${typeof version === "object" ? version.languageVersion : version}`;
    if (!parsed.has(key)) parsed.set(key, read(name, version, ...rest));
    return parsed.get(key);
  };
  const program = ts.createProgram([USAGE], options, host);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  const files = program.getSourceFiles().map((f) => f.fileName);
  return {
    errors: ts.formatDiagnostics(diagnostics, {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => process.cwd(),
      getNewLine: () => "\n",
    }),
    files,
  };
}

for (const [what, extra] of [
  ["defaults (CommonJS, node10 resolution)", {}],
  ["--module node16", { module: ts.ModuleKind.Node16 }],
  ["--module preserve (bundler resolution)", { module: ts.ModuleKind.Preserve }],
]) {
  test(`tsc --strict ${what}, no lib: usage-defaults.ts compiles against the package`, () => {
    const { errors, files } = check(extra);
    assert.equal(errors, "");
    // It was checked against the package's own declarations, not something else.
    for (const decl of ["index.d.ts", "web/quyche.d.ts", "error.d.ts", "quyche_bg.wasm.d.ts"]) {
      assert.ok(files.some((f) => f.endsWith(`/pkg/${decl}`)), `${decl} in ${files.join(", ")}`);
    }
  });
}
