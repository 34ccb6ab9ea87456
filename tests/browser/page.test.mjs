// The example web page (examples/web/) in headless Chromium: it loads the browser build from
// its ./pkg/ (copied there by scripts/build-wasm.sh), loads the 2026 sample case (the walkthrough
// on the corrected workflow: the lead agency has requested removal by the police and a rebuttal
// by Báo Khánh Hòa), and as an officer of Công an tỉnh records the platform's answer and the
// result of the removal request (Điều 7.2.b), is refused the announcement while an action is
// open (Điều 6.5, 7.5.b), switches to English; then as Báo Khánh Hòa reports the rebuttal, after
// which it may announce (Điều 7.5.b). It saves a screenshot (tests/browser/web-page.png,
// gitignored). Nothing is fetched from outside 127.0.0.1.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withPage } from "./harness.mjs";

const SHOT = new URL("./web-page.png", import.meta.url);

/** Chooses the acting body and the time (Vietnam time). */
async function actAs(page, body, time) {
  await page.selectOption("#actor", body);
  await page.fill("#at", time);
  await page.dispatchEvent("#at", "change");
}

/** Records `command` with its preset payload (which must contain `expect`); waits for `rows` events. */
async function record(page, command, expect, rows) {
  const row = page.locator(`#commands tr[data-command="${command}"]`);
  assert.equal(await row.getAttribute("class"), "allowed", `${command} is allowed`);
  await row.locator("button").click();
  assert.match(await page.locator("#payload").inputValue(), expect);
  await page.click("#apply");
  await page.waitForFunction((n) => document.querySelectorAll("#log tbody tr").length === n, rows);
}

test("the web page lists the officer's allowed steps with their articles, applies them, refuses one with its article, and draws the case", async () => {
  await withPage("examples/web", "/index.html", async (page, _base, problems) => {
    await page.waitForSelector("body[data-ready]", { timeout: 30000 });
    assert.equal(await page.evaluate(() => document.body.dataset.ready), "true", problems.join("\n"));
    assert.equal(await page.locator("html").getAttribute("lang"), "vi", "Vietnamese by default");
    assert.equal(await page.locator("#commands-panel h2").textContent(), "Các bước được phép và bị từ chối");
    // Before any case, only detecting is possible (Điều 5.1, 7.1.d).
    assert.deepEqual(await page.locator("#commands tr.allowed").evaluateAll((rs) => rs.map((r) => r.dataset.command)), ["detect"]);

    await page.click("#load-sample");
    await page.waitForFunction(() => document.querySelectorAll("#log tbody tr").length === 10);
    assert.match(await page.locator("#status-line").textContent(), /KH-2026-0042 — Đang xử lý — 10/);
    // The lead agency requested two actions (Điều 7.1.a, ý thứ 4): nobody was "assigned" anything.
    assert.match(await page.locator('#actions li[data-action="A1"]').textContent(), /Theo đề nghị của cơ quan chủ trì/);
    assert.match(await page.locator('#actions li[data-request="R1"]').textContent(), /nền tảng: 24 giờ/);

    // The officer's view: the allowed steps come first, each with its articles.
    await actAs(page, "cong-an-tinh", "2026-08-04T21:00");
    const allowed = await page.locator("#commands tr.allowed").evaluateAll((rs) => rs.map((r) => r.dataset.command));
    for (const c of ["send_removal_request", "record_platform_response", "report_result"]) assert.ok(allowed.includes(c), c);
    const first = await page.locator("#commands tbody tr").evaluateAll((rs) => rs.slice(0, 5).map((r) => r.className));
    assert.deepEqual(first, ["allowed", "allowed", "allowed", "allowed", "allowed"], "allowed steps first");
    assert.match(await page.locator("#allowed-count").textContent(), /Công an tỉnh Khánh Hòa được thực hiện 5 bước/);
    const send = page.locator('#commands tr[data-command="send_removal_request"] td').nth(2);
    assert.match(await send.textContent(), /điểm b khoản 2 Điều 7 Quy chế 2086\/QĐ-UBND/);

    // Điều 7.2.b: the police record the platform's answer to R1, then report the result of A1 to
    // the People's Committee, copying the lead agency.
    await record(page, "record_platform_response", /"request_id": "R1"/, 11);
    await actAs(page, "cong-an-tinh", "2026-08-05T08:00");
    await record(page, "report_result", /"action_id": "A1"/, 12);
    assert.equal(await page.locator("#result .success .state").getAttribute("data-status"), "handling", "A2 is still open");
    assert.match(await page.locator("#result .success").textContent(), /Ủy ban nhân dân tỉnh Khánh Hòa/);
    assert.equal(await page.locator("#chain").getAttribute("class"), "ok");
    assert.equal(await page.locator('#log tbody tr[data-seq="12"] td.hash .linked').count(), 1, "event 12 chains to event 11");

    // Điều 6.5, 7.5.b: nothing is announced while an action is open.
    const publish = page.locator('#commands tr[data-command="publish_results"]');
    assert.equal(await publish.getAttribute("class"), "refused");
    assert.match(await publish.locator("td").nth(3).textContent(), /INVALID_TRANSITION/);
    await publish.locator("button").click();
    await page.click("#apply");
    await page.waitForSelector("#result .refusal");
    const refusal = await page.locator("#result .refusal").textContent();
    assert.match(refusal, /INVALID_TRANSITION/);
    assert.match(refusal, /điểm b khoản 5 Điều 7 Quy chế 2086\/QĐ-UBND/);
    assert.equal(await page.locator("#log tbody tr").count(), 12, "a refused step adds no event");

    // English toggle: the refusal and its article in English.
    await page.click("#lang");
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    assert.equal(await page.locator("#commands-panel h2").textContent(), "Allowed and refused steps");
    assert.match(await page.locator("#result .refusal").textContent(), /Art\. 7\(5\)\(b\), Regulation 2086\/QĐ-UBND/);
    await page.click("#lang");
    assert.equal(await page.locator("html").getAttribute("lang"), "vi");

    // Điều 7.5.a: Báo Khánh Hòa reports the rebuttal (A2); the case is handled and the press may
    // announce the results (Điều 7.5.b).
    await actAs(page, "bao-khanh-hoa", "2026-08-05T09:00");
    await record(page, "report_result", /"action_id": "A2"/, 13);
    assert.equal(await page.locator("#result .success .state").getAttribute("data-status"), "handled");
    assert.equal(await page.locator('#commands tr[data-command="publish_results"]').getAttribute("class"), "allowed");

    // Workflow diagram from the transition table, matrix and reporting calendar.
    // One box per state of the workflow table; the current one in bold, the steps the chosen body
    // may take from it lit (Báo Khánh Hòa may announce the results).
    assert.equal(await page.locator("#diagram svg g.node.current").getAttribute("data-state"), "handled");
    assert.deepEqual(
      (await page.locator("#diagram svg g.node").evaluateAll((gs) => gs.map((g) => g.dataset.state))).sort(),
      ["assessed", "closed", "detected", "dismissed", "handled", "handling", "published", "received", "reported", "verifying"],
    );
    assert.ok((await page.locator("#diagram svg text.edge-label.on").allTextContents()).some((l) => /Thông báo kết/.test(l)));
    const { Regulation } = await import("../../crates/wasm/pkg/index.node.js");
    const duties = Regulation.khanhHoa().duties().length;
    assert.equal(await page.locator("#matrix tbody tr").count(), duties, "one row per duty of Điều 5–9");
    assert.equal(await page.locator('#matrix tbody tr[data-duty="7.5.b"]').getAttribute("class"), "mine", "Điều 7.5.b is the press outlet's");
    assert.ok((await page.locator("#reporting tbody tr").count()) > 5);
    await page.screenshot({ path: SHOT.pathname, fullPage: true });
    assert.deepEqual(problems, []);
  });
});
