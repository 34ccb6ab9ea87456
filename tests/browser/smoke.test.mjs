// Browser smoke test: headless Debian Chromium (driven by playwright-core, no browser download)
// loads tests/browser/index.html from a local static server and sees the web build of the npm
// package work. Run by scripts/test.sh under `timeout`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const require = createRequire(new URL("../../crates/wasm/package.json", import.meta.url));
const { chromium } = require("playwright-core");

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, ms = 10000) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`server at ${url} did not start`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test("the web build runs in headless Chromium and shows the regulation id", async () => {
  const port = await freePort();
  const python = process.env.PYTHON ?? "python3";
  const server = spawn(python, ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", root], {
    stdio: "ignore",
  });
  let browser;
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForServer(`${base}/tests/browser/index.html`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    const page = await browser.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(String(e)));
    await page.goto(`${base}/tests/browser/index.html`);
    const reg = page.locator("#regulation");
    await page.waitForFunction(() => document.getElementById("error").textContent !== "", null, { timeout: 20000 });
    assert.equal(await reg.textContent(), "khanh-hoa-2086");
    assert.equal(await page.locator("#error").textContent(), "true INVALID_INPUT /id");
    assert.deepEqual(problems, []);
  } finally {
    if (browser) await browser.close();
    server.kill();
  }
});
