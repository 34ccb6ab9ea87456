// A help text names JavaScript's API (issue 17, "help names the caller's own API"): the core
// stores which API item a help refers to and the binding renders it in JavaScript's convention,
// so `Regulation.registerBody`, never the Rust path `Regulation::register_body` or Python's
// `register_body`.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as quyche from "quyche";

const DETECT = {
  type: "detect",
  source: "press_review",
  content: { platform: "Facebook", platform_kind: "social_network", kind: "post", summary: "Tin đồn" },
};
const AT = "2026-08-03T08:00:00+07:00";

function thrown(f) {
  try {
    f();
  } catch (e) {
    return e;
  }
  assert.fail("expected a QuycheError");
}

test("an unknown body's help names Regulation.registerBody", () => {
  const reg = quyche.Regulation.khanhHoa();
  const e = thrown(() => quyche.Case.start(reg, DETECT, "so-khong-co", AT));
  assert.equal(e.code, "UNKNOWN_AGENCY");
  assert.match(e.help, /`Regulation\.registerBody`/);
  assert.match(e.helpVi, /`Regulation\.registerBody`/);
  assert.doesNotMatch(e.help + e.helpVi, /::|register_body/);
});

test("a step not possible now: the help names Case.allowedCommands", () => {
  const reg = quyche.Regulation.khanhHoa();
  const c = quyche.Case.start(reg, DETECT, "so-vhttdl", AT);
  const e = thrown(() => c.apply({ type: "close" }, "so-vhttdl", "2026-08-03T09:00:00+07:00"));
  assert.match(e.helpVi, /`Case\.allowedCommands`/);
});

test("a dissolved body is answered with its successor's name and id", () => {
  const reg = quyche.Regulation.khanhHoa();
  const e = thrown(() => quyche.Case.start(reg, DETECT, "so-tttt", AT));
  assert.match(e.helpVi, /\(`so-[a-z-]+`\)/);
});
