// The example web page (examples/web/) in headless Chromium: it loads the browser build from
// its ./pkg/ (copied there by scripts/build-wasm.sh), loads the 2026 sample case, records a step
// as Công an tỉnh, shows a refusal with its article, grows the hash chain, switches to English,
// and saves a screenshot (tests/browser/web-page.png, gitignored). Nothing is fetched from
// outside 127.0.0.1.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withPage } from "./harness.mjs";

const SHOT = new URL("./web-page.png", import.meta.url);

test("the web page applies a step, refuses another with its article, and draws the case", async () => {
  await withPage("examples/web", "/index.html", async (page, _base, problems) => {
    await page.waitForSelector("body[data-ready]", { timeout: 30000 });
    assert.equal(await page.evaluate(() => document.body.dataset.ready), "true", problems.join("\n"));
    assert.equal(await page.locator("html").getAttribute("lang"), "vi", "Vietnamese by default");
    assert.equal(await page.locator("#commands-panel h2").textContent(), "Các bước được phép và bị từ chối");

    await page.click("#load-sample");
    await page.waitForFunction(() => document.querySelectorAll("#log tbody tr").length === 8);
    assert.match(await page.locator("#status-line").textContent(), /KH-2026-0042 — Đang xử lý — 8/);

    // Công an tỉnh reports the result of the removal request (Điều 7.2.b).
    await page.selectOption("#actor", "cong-an-tinh");
    await page.fill("#at", "2026-08-04T16:00");
    await page.dispatchEvent("#at", "change");
    const report = page.locator('#commands tr[data-command="report_result"]');
    assert.equal(await report.getAttribute("class"), "allowed");
    await report.locator("button").click();
    assert.match(await page.locator("#payload").inputValue(), /"action_id": "A1"/);
    await page.click("#apply");
    await page.waitForFunction(() => document.querySelectorAll("#log tbody tr").length === 9);
    assert.equal(await page.locator("#result .success .state").getAttribute("data-status"), "handled");
    assert.match(await page.locator("#result .success").textContent(), /Ủy ban nhân dân tỉnh Khánh Hòa|UBND tỉnh/);
    assert.equal(await page.locator("#chain").getAttribute("class"), "ok");
    assert.equal(await page.locator('#log tbody tr[data-seq="9"] td.hash .linked').count(), 1, "event 9 chains to event 8");

    // The police may not publish the results: that is the press outlets' duty (Điều 7.5.b).
    const publish = page.locator('#commands tr[data-command="publish_results"]');
    assert.equal(await publish.getAttribute("class"), "refused");
    assert.match(await publish.locator("td").nth(3).textContent(), /NOT_AUTHORIZED/);
    await publish.locator("button").click();
    await page.click("#apply");
    await page.waitForSelector("#result .refusal");
    const refusal = await page.locator("#result .refusal").textContent();
    assert.match(refusal, /NOT_AUTHORIZED/);
    assert.match(refusal, /điểm b khoản 5 Điều 7 Quy chế 2086\/QĐ-UBND/);
    assert.equal(await page.locator("#log tbody tr").count(), 9, "a refused step adds no event");

    // Workflow diagram from the transition table, matrix and reporting calendar.
    assert.equal(await page.locator('#diagram svg g.node.current').getAttribute("data-state"), "handled");
    assert.ok((await page.locator("#diagram svg g.node").count()) >= 11);
    const { Regulation } = await import("../../crates/wasm/pkg/index.node.js");
    const duties = Regulation.khanhHoa().responsibilityMatrix().length;
    assert.equal(await page.locator("#matrix tbody tr").count(), duties, "one row per duty of Điều 5–9");
    assert.equal(await page.locator('#matrix tbody tr[data-duty="7.2.b"]').getAttribute("class"), "mine", "Điều 7.2.b is the police's");
    assert.ok((await page.locator("#reporting tbody tr").count()) > 5);
    await page.screenshot({ path: SHOT.pathname, fullPage: true });

    // English toggle.
    await page.click("#lang");
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    assert.equal(await page.locator("#commands-panel h2").textContent(), "Allowed and refused steps");
    assert.match(await page.locator("#result .refusal").textContent(), /Art\. 7\(5\)\(b\), Regulation 2086\/QĐ-UBND/);
    assert.deepEqual(problems, []);
  });
});
