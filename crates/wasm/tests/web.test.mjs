// The browser build (wasm-bindgen --target web), instantiated in Node with initSync.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

test("the web build loads with initSync and throws its QuycheError", async () => {
  const web = await import("quyche/web");
  const bytes = await readFile(new URL(import.meta.resolve("quyche/quyche_bg.wasm")));
  web.initSync({ module: bytes });
  assert.equal(web.Regulation.khanhHoa().id, "khanh-hoa-2086");
  assert.throws(
    () => web.Regulation.fromJson('{"id": 7}'),
    (e) => e instanceof web.QuycheError && e.code === "INVALID_INPUT" && e.path === "/id",
  );
});
