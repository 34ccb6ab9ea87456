// Hostile input never aborts the WebAssembly module: it throws, and the module keeps working.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Regulation, QuycheError } from "quyche";
import { doc } from "./helpers.mjs";

test("arguments of the wrong type throw QuycheError INVALID_INPUT", () => {
  for (const bad of [undefined, null, 123, 1.5, {}, [], true, Symbol("x"), 10n]) {
    assert.throws(
      () => Regulation.fromJson(bad),
      (e) => e instanceof QuycheError && e.code === "INVALID_INPUT",
      String(typeof bad),
    );
  }
});

test("odd JSON texts throw QuycheError", () => {
  for (const text of ["", "null", "[]", "{}", "NaN", '{"id": NaN}', "\u0000", "[".repeat(100000), '"\\ud800"', "\ud800"]) {
    assert.throws(
      () => Regulation.fromJson(text),
      (e) => e instanceof QuycheError && ["INVALID_JSON", "INVALID_INPUT"].includes(e.code),
      JSON.stringify(text.slice(0, 20)),
    );
  }
});

test("a huge string is refused as INPUT_TOO_LARGE", () => {
  const e = (() => {
    try {
      Regulation.fromJson(" ".repeat(64 * 1024 * 1024 + 1));
    } catch (err) {
      return err;
    }
  })();
  assert.ok(e instanceof QuycheError);
  assert.equal(e.code, "INPUT_TOO_LARGE");
  assert.equal(e.path, "");
});

test("NFD text is stored as NFC", () => {
  const d = doc();
  const nfd = "Khánh Hòa".normalize("NFD");
  assert.notEqual(nfd, "Khánh Hòa");
  d.province.vi = nfd;
  const reg = Regulation.fromJson(JSON.stringify(d));
  assert.equal(JSON.parse(reg.toJson()).province.vi, "Khánh Hòa");
});

test("the module still works after hostile input", () => {
  for (const text of ["[".repeat(10000), "{", '{"id": []}']) {
    assert.throws(() => Regulation.fromJson(text), QuycheError);
  }
  assert.equal(Regulation.khanhHoa().id, "khanh-hoa-2086");
});
