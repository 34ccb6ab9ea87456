// Regulation: the built-in Khánh Hòa regulation and JSON round trips, through the Node build.
import { test } from "node:test";
import assert from "node:assert/strict";
import init, { Regulation, version } from "quyche";
import { doc } from "./helpers.mjs";

test("the package resolves to the Node build through its exports map", async () => {
  const { createRequire } = await import("node:module");
  const require = createRequire(import.meta.url);
  const entry = import.meta.resolve("quyche");
  assert.match(entry, /\/pkg\/index\.node\.js$/);
  assert.equal(require("quyche/package.json").name, "quyche");
  assert.equal(await init(), undefined, "init() is a no-op in Node");
});

test("khanhHoa is QĐ 2086/QĐ-UBND, signed 12 August 2020", () => {
  const reg = Regulation.khanhHoa();
  assert.equal(reg.id, "khanh-hoa-2086");
  const d = JSON.parse(reg.toJson());
  assert.equal(d.instrument, "2086/QĐ-UBND", "the regulation is issued by QĐ 2086/QĐ-UBND");
  assert.equal(d.signed, "2020-08-12", "QĐ 2086 was signed on 12 August 2020");
  assert.equal(d.province.vi, "Khánh Hòa");
  assert.ok(reg.version.length > 0);
});

test("the document is nested (catalogue, register, matrix, workflow, reporting); Điều 5.1 binds departments to notify the lead agency", () => {
  const d = doc();
  for (const part of ["catalogue", "register", "matrix", "workflow", "reporting"]) {
    assert.ok(d[part] !== null && typeof d[part] === "object" && !Array.isArray(d[part]), part);
  }
  const d51 = d.matrix.duties.filter((x) => x.id === "5.1");
  assert.equal(d51.length, 1, "Điều 5.1 is one row of the responsibility matrix");
  assert.deepEqual(d51[0].citation, { instrument: "2086/QĐ-UBND", article: 5, clause: 1 });
  assert.equal(d51[0].role, "department", "Điều 5.1 binds departments (sở, ngành) first");
  const also = new Set(d51[0].also.map((a) => a.role));
  for (const r of ["police", "commune_committee", "press_outlet"]) assert.ok(also.has(r), `and ${r} with them`);
  assert.deepEqual([d51[0].participation, d51[0].obligation], ["notify", "mandatory"]);
  assert.deepEqual(d51[0].counterparts, ["lead_agency"], "Điều 5.1: notify the lead agency");
});

test("version() is the core's semver", () => {
  assert.match(version(), /^\d+\.\d+\.\d+(-[\w.]+)?$/);
});

test("fromJson(toJson()) is lossless", () => {
  const reg = Regulation.khanhHoa();
  const again = Regulation.fromJson(reg.toJson());
  assert.equal(again.toJson(), reg.toJson());
  assert.equal(again.id, reg.id);
  assert.equal(again.version, reg.version);
});

test("a changed document loads with its changes", () => {
  const d = doc();
  d.id = "khanh-hoa-2086-test";
  const reg = Regulation.fromJson(JSON.stringify(d));
  assert.equal(reg.id, "khanh-hoa-2086-test");
  reg.free();
});
