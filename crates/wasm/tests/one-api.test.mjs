// The functions the npm package gained or renamed so that it has the Python package's API
// (DESIGN.md, Bindings, "One API"; the name lists are compared by api.test.mjs). Each is checked
// for what the regulation says, and against its neighbours in the same package.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Regulation, Case, QuycheError, basis, loadJsonl, replayJsonl } from "quyche";

const reg = Regulation.khanhHoa();
const DETECT = {
  type: "detect",
  source: "press_review",
  content: { platform: "Facebook", platform_kind: "social_network", kind: "post", summary: "Tin đồn sai về dịch bệnh" },
};
const thrown = (f) => {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof QuycheError, String(e));
    return e;
  }
  assert.fail("expected a QuycheError");
};

test("the catalogue lists: instruments, provisions, grounds, grounds covering a citation, every time limit", () => {
  const data = JSON.parse(reg.toJson());
  assert.deepEqual(reg.instruments(), data.catalogue.instruments);
  assert.deepEqual(reg.grounds(), data.catalogue.grounds);
  assert.deepEqual(reg.allTimeLimits(), data.catalogue.time_limits);
  assert.ok(reg.provisions().length > data.catalogue.provisions.length, "flattened: clauses and points too");
  const art8 = reg.parseCitation("khoản 1 Điều 8 Luật An ninh mạng 2018");
  const covering = reg.groundsCovering(art8).map((g) => g.id);
  assert.ok(covering.includes("cyber-2018-art8-1"), covering.join());
  // Every ground in force for that citation on a day is among those covering it at any time.
  assert.ok(covering.includes(reg.groundFor(art8, "2025-01-15").id));
});

test("duties: the responsibility matrix of Điều 5–9, one row per duty", () => {
  const duties = reg.duties();
  assert.ok(duties.some((d) => d.id === "5.1"));
  for (const d of duties) assert.deepEqual(reg.duty(d.id), d);
});

test("detect starts a case like Case.start; allowedCommands before a case lets the lead agency detect (Điều 7.1.d)", () => {
  const c = reg.detect(DETECT, "so-vhttdl", "2026-03-02T08:00:00+07:00");
  const same = Case.start(reg, DETECT, "so-vhttdl", "2026-03-02T08:00:00+07:00");
  assert.equal(c.toJson(), same.toJson());
  assert.deepEqual(c.lastApplied, same.lastApplied);
  const allowed = reg.allowedCommands("so-vhttdl", "2026-03-02T08:00:00+07:00").filter((x) => x.allowed);
  assert.deepEqual(allowed.map((x) => x.command), ["detect"]);
  assert.ok(allowed[0].citations.some((k) => k.instrument === "2086/QĐ-UBND"));
});

test("basis by event number or by event; lawTime is the detection time when no publication time is known", () => {
  const c = reg.detect(DETECT, "so-vhttdl", "2026-03-02T08:00:00+07:00");
  assert.deepEqual(c.basis(1), c.basis(c.events[0]));
  assert.deepEqual(c.basis(1), basis(reg, c.events[0]));
  assert.ok(c.basis(1).some((x) => x.instrument === "2086/QĐ-UBND" && x.article === 7 && x.clause === 1 && x.point === "d"));
  assert.equal(thrown(() => c.basis(2)).path, "/seq");
  assert.equal(c.lawTime, "2026-03-02T08:00:00+07:00");
  const published = reg.detect(
    { ...DETECT, content: { ...DETECT.content, published_at: "2026-03-01T20:00:00+07:00" } },
    "so-vhttdl",
    "2026-03-02T08:00:00+07:00",
  );
  assert.equal(published.lawTime, "2026-03-01T20:00:00+07:00");
});

test("replayJsonl and loadJsonl read a JSON Lines log of interleaved cases", () => {
  const a = reg.detect(DETECT, "so-vhttdl", "2026-03-02T08:00:00+07:00");
  const b = reg.detect(DETECT, "cong-an-tinh", "2026-03-02T08:30:00+07:00");
  a.apply({ type: "receive" }, "so-vhttdl", "2026-03-02T09:00:00+07:00");
  const lines = [a.events[0], b.events[0], a.events[1]].map((e) => JSON.stringify(e));
  const text = lines.join("\n") + "\n";
  const summary = replayJsonl(reg, text);
  assert.equal(summary.events, 3);
  assert.deepEqual(summary.cases.map((x) => [x.case_id, x.events, x.first_line, x.last_line]), [
    [a.id, 2, 1, 3],
    [b.id, 1, 2, 2],
  ]);
  const cases = loadJsonl(reg, text);
  assert.deepEqual(cases.map((x) => x.headHash), [a.headHash, b.headHash]);
  assert.equal(cases[0].lastApplied, undefined, "a case read back has no step of this session");
  const edited = [lines[0], lines[1], lines[2].replace("received", "closed")].join("\n");
  const e = thrown(() => replayJsonl(reg, edited));
  assert.equal(e.code, "LOG_TAMPERED");
  assert.match(e.path, /^\/3\//);
  assert.equal(thrown(() => loadJsonl(reg, 7)).path, "/text");
});

test("bodyOn follows a merged body to its successor: Đài PT-TH → Báo Khánh Hòa from 24/04/2025", () => {
  assert.equal(reg.bodyOn("dai-ptth", "2025-04-23").id, "dai-ptth");
  assert.equal(reg.bodyOn("dai-ptth", "2025-04-24").id, "bao-khanh-hoa");
});

test("a citation argument may be a string, as in Python: its key or the citation in words (Vietnamese or English)", () => {
  const object = { instrument: "24/2018/QH14", article: 8, clause: 1 };
  for (const c of ["24/2018/QH14:8.1", "khoản 1 Điều 8 Luật An ninh mạng 2018", "Art. 8(1), Cybersecurity Law 2018"]) {
    assert.deepEqual(reg.groundFor(c, "2025-01-15"), reg.groundFor(object, "2025-01-15"), c);
    assert.deepEqual(reg.successorOf(c), reg.successorOf(object), c);
    assert.deepEqual(reg.groundsCovering(c), reg.groundsCovering(object), c);
    assert.deepEqual(reg.provision(c), reg.provision(object), c);
    assert.equal(reg.formatCitation(c, "vi"), "khoản 1 Điều 8 Luật An ninh mạng 2018");
  }
  // Điều 7.3 of the regulation has six points, each a duty.
  assert.equal(reg.dutyFor("khoản 3 Điều 7 Quy chế 2086/QĐ-UBND").length, 6);
  const e = thrown(() => reg.groundFor("Điều", "2025-01-15"));
  assert.deepEqual([e.code, e.path], ["CITATION_PARSE", "/citation"]);
  assert.equal(thrown(() => reg.provision(7)).path, "/citation");
});
