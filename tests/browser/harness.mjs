// Shared by the browser tests: a static server for the repository on 127.0.0.1 (Python's
// http.server, which serves .wasm as application/wasm) and Debian's Chromium driven by
// playwright-core (no browser download). `withPage` always closes the browser and kills the
// server, or `node --test` would never exit.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../", import.meta.url));
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

/**
 * Serves `dir` (relative to the repository) on 127.0.0.1, opens `path` in headless Chromium and
 * runs `fn(page, base, problems)`; `problems` collects page errors, failed requests and requests
 * that left 127.0.0.1. Other options (`locale`, `timezoneId`, …) go to the browser context.
 */
export async function withPage(dir, path, fn, { viewport = { width: 1400, height: 1000 }, ...context } = {}) {
  const port = await freePort();
  const python = process.env.PYTHON ?? "python3";
  const server = spawn(python, ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", `${root}${dir}`], {
    stdio: "ignore",
  });
  let browser;
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForServer(`${base}${path}`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    const page = await browser.newPage({ viewport, ...context });
    const problems = [];
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.stack ?? e}`));
    page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
    page.on("request", (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith("data:")) problems.push(`outside: ${r.url()}`);
    });
    await page.goto(`${base}${path}`);
    await fn(page, base, problems);
  } finally {
    if (browser) await browser.close();
    server.kill();
  }
}
