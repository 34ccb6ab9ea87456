// The example web page (examples/web/) as an official uses it, in headless Chromium on a phone
// (390×844) and a desktop (1280×900) viewport. It records a whole case through the forms built
// from the command schema — no JSON typed — from detection by the lead agency to closing
// (Điều 5.1, 7.1.a, 5.2, 2.2, 7.2.a–b), sees a refused step explained in Vietnamese with the
// body's name, reloads and finds the case again (IndexedDB, re-checked by replay), prints the
// report of the saved cases to PDF and reads its text, runs axe-core (no critical or serious
// violation at either size) and checks the document is never wider than the viewport.
// Screenshots go to target/web-page-*.png for a person to look at. Nothing is fetched from
// outside 127.0.0.1.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { root, withPage } from "./harness.mjs";

const require = createRequire(new URL("../../crates/wasm/package.json", import.meta.url));
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const OUT = `${root}target/`;
mkdirSync(OUT, { recursive: true });

const LEAD = "so-vhttdl";
const POLICE = "cong-an-tinh";

/** Chooses the acting body and types the time as an official would (dd/mm/yyyy HH:mm). */
async function actAs(page, body, time) {
  await page.selectOption("#actor", body);
  await page.fill("#at", time);
  await page.locator("#at").press("Tab");
  assert.equal(await page.locator("#at").getAttribute("aria-invalid"), "false", time);
}

/** Opens the form of an allowed next step, lets `fill` complete it, records it and waits for the
 * timeline to reach `events`. */
async function step(page, command, events, fill = async () => {}) {
  const item = page.locator(`#next li[data-command="${command}"]`);
  assert.equal(await item.count(), 1, `${command} is among the next steps`);
  await item.locator("button").click();
  await page.waitForSelector("#step-form:not([hidden])");
  await fill(page.locator("#step-form"));
  await page.click("#apply");
  await page.waitForFunction((n) => document.querySelectorAll("#timeline li").length === n, events, { timeout: 5000 }).catch(async () => {
    throw new Error(`${command}: ${await page.locator("#form-refusal").textContent()} ${await page.locator("#form-errors").textContent()}`);
  });
  assert.match(await page.locator("#result .success").textContent(), /Đã ghi/);
}

const field = (form, path) => form.locator(`[data-path="${path}"]`);

async function axe(page, label) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }));
  const bad = result.violations.filter((v) => v.impact === "critical" || v.impact === "serious");
  const text = bad.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  assert.deepEqual(text, [], `axe at ${label}`);
}

async function noWiderThanViewport(page, label) {
  const [doc, view] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(doc <= view, `${label}: the document is ${doc} px wide in a ${view} px viewport`);
}

test("an official records a case through the forms on a phone, finds it after a reload, is told why a step is refused, and prints the report", async () => {
  await withPage(
    "examples/web",
    "/index.html",
    async (page, _base, problems) => {
      await page.waitForSelector("body[data-ready]", { timeout: 30000 });
      assert.equal(await page.evaluate(() => document.body.dataset.ready), "true", problems.join("\n"));
      assert.equal(await page.locator("html").getAttribute("lang"), "vi");
      await noWiderThanViewport(page, "390 px, empty");

      // Detection by the lead agency itself (Điều 5.1, 7.1.d): the form's fields carry the
      // core's Vietnamese labels with the English alongside.
      await actAs(page, LEAD, "04/08/2026 08:00");
      await page.click("#new-case");
      await page.waitForSelector("#step-form:not([hidden])");
      const form = page.locator("#step-form");
      assert.match(await form.locator(`label[for="${await field(form, "/content/summary").getAttribute("id")}"]`).textContent(), /Tóm tắt nội dung\s*Summary/);
      await field(form, "/content/platform").fill("Facebook");
      await field(form, "/content/summary").fill("Bài đăng bịa đặt về dịch bệnh tại phường Nha Trang");
      await field(form, "/content/published_at").fill("04/08/2026 07:00");
      await field(form, "/source").selectOption("own_monitoring");
      await form.locator('fieldset[data-path="/topics"] input[value="health"]').check();
      await page.click("#apply");
      await page.waitForFunction(() => document.querySelectorAll("#timeline li").length === 1);
      const id = (await page.locator("#case-title").textContent()).replace("Vụ việc ", "");
      assert.match(await page.locator("#timeline li").first().textContent(), /04\/08\/2026 08:00.*Phát hiện.*Sở Văn hóa, Thể thao và Du lịch/);

      // Công an tỉnh may not receive the case: only the lead agency does (Điều 7.1.a). The
      // refusal names the bodies in Vietnamese; the codes stay in a details line.
      await actAs(page, POLICE, "04/08/2026 08:05");
      assert.equal(await page.locator('#next li[data-command="receive"]').count(), 0);
      await page.click("#refused-count");
      const refused = page.locator('#refused-list > li[data-command="receive"]');
      assert.match(await refused.locator(".reasons").textContent(), /Công an tỉnh Khánh Hòa không có thẩm quyền thực hiện "Tiếp nhận": chỉ Cơ quan chủ trì thực hiện/);
      assert.doesNotMatch(await refused.locator(".reasons").textContent(), /INVALID|UNAUTHORI|`/);
      assert.match(await refused.locator(".codes").textContent(), /receive/);
      await page.click("#refused-count");

      await actAs(page, LEAD, "04/08/2026 08:05");
      await step(page, "receive", 2);
      await actAs(page, LEAD, "04/08/2026 08:10");
      await step(page, "open_verification", 3, async (f) => {
        await field(f, "/method").selectOption("written_consultation");
        const boxes = f.locator('fieldset[data-path="/consulted"] input:checked');
        while ((await boxes.count()) > 0) await boxes.first().uncheck();
        await f.locator(`fieldset[data-path="/consulted"] input[value="${POLICE}"]`).check();
      });
      await actAs(page, POLICE, "04/08/2026 09:00");
      await step(page, "submit_opinion", 4, async (f) => {
        await field(f, "/finding").fill("Không có dịch bệnh như bài đăng nêu");
        await field(f, "/direction").fill("Đề nghị gỡ bỏ");
      });

      // Điều 2.2: a violating verdict needs a ground in force when the content was published; the
      // form without one is refused with the article, then the ground is found by searching.
      await actAs(page, LEAD, "04/08/2026 10:00");
      await page.locator('#next li[data-command="conclude"] button').click();
      await field(form, "/verdict").selectOption("violating");
      await page.click("#apply");
      await page.waitForSelector("#form-refusal .refusal");
      assert.equal(await page.evaluate(() => document.activeElement.id), "form-refusal", "the refusal is next to the form's button, focused");
      const refusal = await page.locator("#form-refusal .refusal ul").textContent();
      assert.match(refusal, /căn cứ/i);
      assert.doesNotMatch(refusal, /[A-Z]{3,}_[A-Z]{3,}/, "no code in the reasons");
      assert.match(await page.locator("#form-refusal .refusal .codes").textContent(), /[A-Z]{3,}_[A-Z]{3,}/);
      const grounds = field(form, "/grounds");
      await grounds.locator("input[type=search]").fill("an ninh mang");
      const visible = grounds.locator("label.ground:not([hidden])");
      assert.ok((await visible.count()) >= 1, "a ground of the Cybersecurity Law is in force on 04/08/2026");
      assert.match(await visible.first().textContent(), /Luật An ninh mạng/);
      await visible.first().locator("input").check();
      await page.click("#apply");
      await page.waitForFunction(() => document.querySelectorAll("#timeline li").length === 5);

      // Điều 7.1.a (ý thứ 4), 7.2.a–b: removal requested of the police, sent to the platform,
      // answered, reported.
      await actAs(page, LEAD, "04/08/2026 10:30");
      await step(page, "request_action", 6, async (f) => {
        await field(f, "/kind").selectOption("removal");
        await field(f, "/body").selectOption(POLICE);
      });
      await actAs(page, POLICE, "04/08/2026 11:00");
      await step(page, "send_removal_request", 7, async (f) => {
        await field(f, "/licensing").selectOption("cross_border");
        await field(f, "/action_id").selectOption("A1");
      });
      // The platform's 24-hour deadline is shown running with its article on the next step.
      const answer = page.locator('#next li[data-command="record_platform_response"]');
      assert.match(await answer.textContent(), /Thời hạn của nền tảng: 24 giờ → 05\/08\/2026 11:00 đang chạy/);
      await actAs(page, POLICE, "04/08/2026 20:00");
      await step(page, "record_platform_response", 8, async (f) => {
        await field(f, "/request_id").selectOption("R1");
        await field(f, "/response").selectOption("complied");
      });
      await actAs(page, POLICE, "05/08/2026 08:00");
      await step(page, "report_result", 9, async (f) => {
        await field(f, "/action_id").selectOption("A1");
        await field(f, "/outcome").selectOption("done");
      });
      await actAs(page, LEAD, "05/08/2026 09:00");
      await step(page, "close", 10);
      assert.match(await page.locator("#status-line").textContent(), /Đã kết thúc/);
      assert.match(await page.locator("#chain-summary").textContent(), /10 sự kiện, chuỗi băm đã kiểm tra/);
      // The platform answered at 20:00, within its 24 hours: the deadline is shown met.
      assert.match(await page.locator('#timeline li[data-seq="7"]').textContent(), /24 giờ → 05\/08\/2026 11:00 đã thực hiện đúng hạn/);
      await noWiderThanViewport(page, "390 px, closed case");
      await axe(page, "390×844");
      await page.evaluate(() => scrollTo(0, 0));
      await page.screenshot({ path: `${OUT}web-page-phone.png`, fullPage: true });

      // Reload: the case is found again, re-checked by replaying its log.
      await page.reload();
      await page.waitForSelector("body[data-ready]", { timeout: 30000 });
      const saved = page.locator(`#cases li[data-case="${id}"]`);
      assert.equal(await saved.count(), 1, "the case survives a reload");
      assert.match(await saved.textContent(), /Đã kết thúc.*10 sự kiện.*đã kiểm tra/s);
      await saved.locator("button.open-case").click();
      assert.equal(await page.locator("#timeline li").count(), 10);

      // The annual report of the saved cases (Điều 8.2), printed on A4 and read back.
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.selectOption("#frequency", "annual");
      await page.fill("#year", "2026");
      await page.selectOption("#reporter", LEAD);
      // Điều 8.2: the lead agency's annual report covers 15/12/2025–14/12/2026 and goes to the
      // People's Committee.
      assert.match(await page.locator("#report-due").textContent(), /Số liệu từ 15\/12\/2025 đến 14\/12\/2026; hạn gửi \d\d\/12\/2026, gửi Ủy ban nhân dân tỉnh Khánh Hòa\..*Điều 8/);
      await page.click("#make-report");
      await page.waitForSelector("#report-doc article.nd30");
      await noWiderThanViewport(page, "1280 px, report");
      await axe(page, "1280×900");
      await page.evaluate(() => scrollTo(0, 0));
      await page.screenshot({ path: `${OUT}web-page-desktop.png`, fullPage: true });
      const pdf = await page.pdf({ format: "A4", printBackground: true });
      writeFileSync(`${OUT}web-report.pdf`, pdf);
      const text = execFileSync("pdftotext", [`${OUT}web-report.pdf`, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
      for (const s of ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", "Kính gửi", "Quyết định số 2086/QĐ-UBND", "Nơi nhận", "GIÁM ĐỐC"]) {
        assert.ok(text.includes(s), `the printed report has “${s}”`);
      }
      for (const s of ["Bước tiếp theo", "Các vụ việc đã lưu", "Sơ đồ quy trình"]) assert.ok(!text.includes(s), `only the report is printed, not “${s}”`);
      assert.ok(!text.includes(id), "no case id in the report sent upward");

      // The phone viewport again with the report shown.
      await page.setViewportSize({ width: 390, height: 844 });
      await noWiderThanViewport(page, "390 px, report");
      await axe(page, "390×844 with the report");
      assert.deepEqual(problems, []);
    },
    { viewport: { width: 390, height: 844 } },
  );
});

/** Presses Tab until the focused element matches `selector` (at most 80 times). */
async function tabTo(page, selector) {
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

test("keyboard only, Vietnam time in a US browser, words in both languages, the diagram's size and words, export and import of a log, deadlines across cases, Markdown and JSON downloads", async () => {
  await withPage(
    "examples/web",
    "/index.html",
    async (page, _base, problems) => {
      await page.waitForSelector("body[data-ready]", { timeout: 30000 });

      // Keyboard only: the time, a new case, its form, recording it.
      await tabTo(page, "#at");
      await page.keyboard.press("Control+A");
      await page.keyboard.type("03/08/2026 08:15");
      await tabTo(page, "#new-case");
      await page.keyboard.press("Enter");
      await page.waitForSelector("#step-form:not([hidden])");
      assert.ok(await page.evaluate(() => document.getElementById("step-form").contains(document.activeElement)), "focus moves into the form");
      await tabTo(page, '[data-path="/content/platform"]');
      await page.keyboard.type("Zalo");
      await tabTo(page, '[data-path="/content/summary"]');
      await page.keyboard.type("Tin đồn thất thiệt về thiên tai");
      await tabTo(page, "#apply");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.querySelectorAll("#timeline li").length === 1);
      assert.equal(await page.evaluate(() => document.activeElement.id), "result", "the result is announced and focused");
      assert.match(await page.locator("#timeline li").textContent(), /03\/08\/2026 08:15/);
      await tabTo(page, "#refused-count");
      await page.keyboard.press("Enter");
      assert.equal(await page.locator("#refused").getAttribute("open"), "");

      // A malformed time is refused by the page itself, in words.
      await page.fill("#at", "31/02/2026 08:00");
      await page.locator("#at").press("Enter");
      assert.equal(await page.locator("#at").getAttribute("aria-invalid"), "true");
      assert.match(await page.locator("#at-error").textContent(), /dd\/mm\/yyyy HH:mm/);

      // The diagram at its default size: labels of at least 12 px, drawn at scale 1, with a title,
      // a description and the same transitions in words.
      const sizes = await page.evaluate(() => {
        const svg = document.querySelector("#diagram svg");
        const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute("width"));
        const px = [...svg.querySelectorAll("text")].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
        return { min: Math.min(...px), n: px.length, title: svg.querySelector("title")?.textContent, labelled: svg.getAttribute("aria-labelledby") };
      });
      assert.ok(sizes.n > 20 && sizes.min >= 12, `smallest diagram label ${sizes.min} px`);
      assert.equal(sizes.title, "Sơ đồ quy trình xử lý");
      const { Regulation } = await import("../../crates/wasm/pkg/index.node.js");
      const transitions = Regulation.khanhHoa().workflowMermaid().split("\n").filter((l) => l.includes("-->")).length;
      assert.ok((await page.locator("#workflow-text li").count()) >= transitions - 1, "every transition in words");
      // Who does what (Điều 5–9): one entry per duty, the acting body's own marked.
      assert.equal(await page.locator("#matrix li").count(), Regulation.khanhHoa().responsibilityMatrix().length);
      assert.ok((await page.locator("#matrix li.mine").count()) > 0, "the lead agency carries duties");

      // English: the page's words switch, each field keeps the other language alongside.
      await page.click("#new-case");
      await page.click("#lang");
      assert.equal(await page.locator("html").getAttribute("lang"), "en");
      const summaryId = await page.locator('#step-form [data-path="/content/summary"]').getAttribute("id");
      assert.match(await page.locator(`label[for="${summaryId}"]`).textContent(), /^Summary\s*Tóm tắt nội dung/);
      await page.locator('#step-form [data-path="/content/platform"]').fill("YouTube");
      await page.click("#lang");
      assert.equal(await page.locator('#step-form [data-path="/content/platform"]').inputValue(), "YouTube", "what was typed survives the language switch");
      // The detection form (groups, check boxes, choosers, dates) and the refused steps open.
      await page.click("#refused-count");
      await axe(page, "390×844, detection form and refused steps open");
      await page.click("#refused-count");
      // The JSON view for developers: the form's command as JSON, editable.
      await page.check("#json-mode");
      const json = JSON.parse(await page.locator("#json-text").inputValue());
      assert.equal(json.type, "detect");
      assert.equal(json.content.platform, "YouTube");
      assert.equal(json.content.platform_kind, "social_network");
      assert.equal(await page.locator("label[for=json-text]").textContent(), "Lệnh dạng JSON");
      await page.click("#cancel");

      // The sample case (2026 walkthrough): the platform's 24-hour deadline on R1 (sent
      // 04/08/2026 09:30) is due today on the 5th at 08:00 and overdue at 10:00.
      await page.click("#load-sample");
      await page.waitForFunction(() => document.querySelectorAll("#timeline li").length === 10);
      assert.equal(await page.locator("#cases > li").count(), 2, "two cases kept");
      await page.fill("#at", "05/08/2026 08:00");
      await page.locator("#at").press("Tab");
      const police = page.locator("#deadlines section.by-body", { hasText: "Công an tỉnh Khánh Hòa" });
      assert.match(await police.locator("li.today").textContent(), /Hôm nay 05\/08\/2026 09:30 — KH-2026-0042 R1/);
      await page.fill("#at", "05/08/2026 10:00");
      await page.locator("#at").press("Tab");
      assert.match(await police.locator("li.overdue").textContent(), /Quá hạn 05\/08\/2026 09:30/);
      assert.match(await page.locator("#deadline-summary").textContent(), /1 quá hạn/);

      // Export the log as JSON Lines; an edited copy is refused on import, by replay.
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-current")]);
      const lines = readFileSync(await download.path(), "utf8").trim().split("\n");
      assert.equal(lines.length, 10);
      assert.ok(lines.every((l) => /^[0-9a-f]{64}$/.test(JSON.parse(l).hash)));
      const edited = lines.map((l, i) => (i === 2 ? l.replace('"receive"', '"receive","note":"sửa"') : l)).join("\n");
      await page.setInputFiles("#import", { name: "edited.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(edited) });
      await page.waitForSelector("#result .refusal");
      assert.match(await page.locator("#result .refusal .codes").textContent(), /LOG_TAMPERED/);
      assert.doesNotMatch(await page.locator("#result .refusal ul").textContent(), /LOG_TAMPERED/);
      await page.setInputFiles("#import", { name: "copy.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(lines.join("\n")) });
      await page.waitForSelector("#result .success");
      assert.match(await page.locator("#result .success").textContent(), /Đã nhập vụ việc KH-2026-0042 \(10 sự kiện\)/);

      // The six-month report downloads as Markdown and JSON.
      await page.selectOption("#frequency", "annual");
      await page.click("#make-report");
      await page.waitForSelector("#report-doc article.nd30");
      const [md] = await Promise.all([page.waitForEvent("download"), page.click("#download-md")]);
      const mdText = readFileSync(await md.path(), "utf8");
      assert.ok(mdText.includes("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && mdText.includes("Kính gửi"));
      const [js] = await Promise.all([page.waitForEvent("download"), page.click("#download-json")]);
      const report = JSON.parse(readFileSync(await js.path(), "utf8"));
      assert.equal(report.cases.total, 2, "both saved cases counted");
      assert.ok(!JSON.stringify(report).includes("tai.khoan.a"), "no personal data");
      await page.setViewportSize({ width: 360, height: 740 });
      await noWiderThanViewport(page, "360 px, two cases and a report");

      // A record edited inside the browser's storage fails its replay on the next visit: the
      // list says so instead of showing the case as verified.
      await page.evaluate(
        () =>
          new Promise((resolve, reject) => {
            const open = indexedDB.open("quyche-cases");
            open.onsuccess = () => {
              const tx = open.result.transaction("cases", "readwrite");
              const store = tx.objectStore("cases");
              const get = store.get("KH-2026-0042");
              get.onsuccess = () => {
                const rec = get.result;
                rec.events[3].at = "2026-08-03T09:31:00+07:00";
                store.put(rec);
              };
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
      );
      await page.reload();
      await page.waitForSelector("body[data-ready]", { timeout: 30000 });
      const tampered = page.locator('#cases li[data-case="KH-2026-0042"]');
      assert.equal(await tampered.locator(".badge.bad").count(), 1, "the edited case is not shown as verified");
      assert.match(await tampered.locator(".badge.bad").textContent(), /Sự kiện 4: .*đã bị sửa/);
      assert.equal(await page.locator('#cases li[data-case] .badge.ok').count(), 1, "the other case still is");
      // Deleting it (after the confirmation) removes it from the browser for good.
      page.once("dialog", (d) => d.accept());
      await tampered.getByRole("button", { name: "Xóa KH-2026-0042" }).click();
      await page.waitForFunction(() => !document.querySelector('#cases li[data-case="KH-2026-0042"]'));
      await page.reload();
      await page.waitForSelector("body[data-ready]", { timeout: 30000 });
      assert.equal(await page.locator("#cases li[data-case]").count(), 1);
      assert.deepEqual(problems, []);
    },
    // A browser in New York with a US locale: the page still reads and shows Vietnam time.
    { viewport: { width: 390, height: 844 }, locale: "en-US", timezoneId: "America/New_York" },
  );
});
