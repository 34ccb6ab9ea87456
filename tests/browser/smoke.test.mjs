// Browser smoke test: headless Debian Chromium loads tests/browser/index.html and sees the web
// build of the npm package work. Run by scripts/test.sh under `timeout`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withPage } from "./harness.mjs";

test("the web build runs in headless Chromium and shows the regulation id", async () => {
  await withPage("", "/tests/browser/index.html", async (page, _base, problems) => {
    await page.waitForFunction(() => document.getElementById("error").textContent !== "", null, { timeout: 20000 });
    assert.equal(await page.locator("#regulation").textContent(), "khanh-hoa-2086");
    assert.equal(await page.locator("#error").textContent(), "true INVALID_INPUT /id");
    assert.deepEqual(problems, []);
  });
});
