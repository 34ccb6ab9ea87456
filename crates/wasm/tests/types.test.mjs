// The generated TypeScript declarations type-check a strict usage file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

test("tsc --strict --noEmit accepts usage.ts against the package's declarations", () => {
  const tsc = fileURLToPath(new URL("../node_modules/typescript/bin/tsc", import.meta.url));
  const project = fileURLToPath(new URL("./tsconfig.json", import.meta.url));
  const r = spawnSync(process.execPath, [tsc, "--strict", "--noEmit", "-p", project], {
    encoding: "utf8",
  });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
