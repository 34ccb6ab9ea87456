// Values produced by the package validate against the checked-in JSON Schemas (schemas/).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { Regulation, QuycheError } from "quyche";

async function validator(name) {
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  // schemars emits Rust integer formats, which are not standard JSON Schema formats.
  for (const [f, max] of [["uint8", 255], ["uint16", 65535], ["uint32", 4294967295]]) {
    ajv.addFormat(f, { type: "number", validate: (n) => Number.isInteger(n) && n >= 0 && n <= max });
  }
  const url = new URL(`../../../schemas/${name}.schema.json`, import.meta.url);
  return ajv.compile(JSON.parse(await readFile(url, "utf8")));
}

test("Regulation.khanhHoa() validates against regulation.schema.json", async () => {
  const validate = await validator("regulation");
  const ok = validate(JSON.parse(Regulation.khanhHoa().toJson()));
  assert.ok(ok, JSON.stringify(validate.errors, null, 1));
});

test("a thrown error's toJSON validates against error.schema.json", async () => {
  const validate = await validator("error");
  let e;
  try {
    Regulation.fromJson('{"id": 7}');
  } catch (err) {
    e = err;
  }
  assert.ok(e instanceof QuycheError);
  assert.ok(validate(e.toJSON()), JSON.stringify(validate.errors, null, 1));
  assert.ok(!validate({ code: "NO_SUCH_CODE", message: "", message_vi: "" }), "unknown codes are refused");
});
