// Deliberate type mistakes against the quyche package: `tsc --strict` must reject the line after
// every `// @ts-expect-error` directive and accept every other line (typing-mistakes.test.mjs runs
// it twice: as written, where an unused directive is an error, and without the directives, where
// each error must be the one named). crates/py/tests/typing/mistakes.py holds the same mistakes,
// with the same ids in the same order, for `mypy --strict`; both tests check that the two lists
// are the same.
//
// Directive: `// @ts-expect-error <id> <TS error code>` on the line before the mistake. The file
// is never run, only type-checked.
import {
  Case,
  QuycheError,
  Regulation,
  compileReport,
  renderMarkdown,
  type Applied,
  type CaseStatus,
  type Citation,
  type CommandCheck,
  type Deadline,
  type ErrorCode,
  type Holiday,
  type PeriodicReport,
} from "quyche";

const AT = "2026-03-02T09:00:00+07:00";

export function commands(reg: Regulation, c: Case): void {
  // @ts-expect-error unknown-command-type TS2820
  c.apply({ type: "recieve" }, "so-vhttdl", AT);
  // @ts-expect-error platform-kind-typo TS2820
  Case.start(reg, { type: "detect", source: "press_review", content: { platform: "Facebook", platform_kind: "social_netwrk", kind: "post", summary: "Tin" } }, "so-vhttdl", AT);
  // @ts-expect-error detect-without-content TS2345
  Case.start(reg, { type: "detect", source: "press_review" }, "so-vhttdl", AT);
  // @ts-expect-error unknown-command-member TS2561
  c.apply({ type: "receive", notes: "x" }, "so-vhttdl", AT);
  // @ts-expect-error priority-typo TS2322
  c.apply({ type: "triage", priority: "high" }, "so-vhttdl", AT);
  // @ts-expect-error request-without-body TS2345
  c.apply({ type: "request_action", kind: "removal" }, "so-vhttdl", AT);
  // @ts-expect-error verdict-typo TS2322
  c.apply({ type: "conclude", verdict: "guilty" }, "so-vhttdl", AT);
  // @ts-expect-error platform-response-typo TS2322
  c.apply({ type: "record_platform_response", request_id: "R1", response: "complied_with" }, "cong-an-tinh", AT);
  // @ts-expect-error topic-typo TS2820
  Case.start(reg, { type: "detect", source: "press_review", topics: ["helth"], content: { platform: "Facebook", platform_kind: "social_network", kind: "post", summary: "Tin" } }, "so-vhttdl", AT);
  // @ts-expect-error actor-member-typo TS2561
  c.apply({ type: "receive" }, { body: "so-vhttdl", oficer: "A" }, AT);
}

export function statusesAndCodes(c: Case, e: QuycheError, applied: Applied): void {
  // @ts-expect-error status-typo-comparison TS2367
  const received = c.status === "recieved";
  // @ts-expect-error status-typo-assignment TS2322
  const st: CaseStatus = "open";
  // @ts-expect-error error-code-typo-comparison TS2367
  const refused = e.code === "NOT_AUTHORISED";
  // @ts-expect-error error-code-typo-assignment TS2322
  const code: ErrorCode = "NO_SUCH_CODE";
  // @ts-expect-error advisory-code-typo TS2367
  const advised = applied.advisories[0]!.code === "CONSULT_ROLES";
  console.log(received, st, refused, code, advised);
}

export function results(check: CommandCheck, deadline: Deadline, holiday: Holiday, applied: Applied): void {
  // @ts-expect-error command-kind-typo TS2367
  const notify = check.command === "notify_leed";
  // @ts-expect-error deadline-binds-typo TS2367
  const platform = deadline.binds === "platfrom";
  // @ts-expect-error data-status-typo TS2367
  const confirmed = holiday.status === "confirmed";
  // @ts-expect-error unnarrowed-command-member TS2339
  const content = applied.event.command.content;
  console.log(notify, platform, confirmed, content);
}

export function dataAndReports(reg: Regulation, c: Case, report: PeriodicReport): void {
  // @ts-expect-error citation-article-type TS2322
  const cite: Citation = { instrument: "2086/QĐ-UBND", article: "5" };
  // @ts-expect-error flat-registration TS2353
  reg.registerBody({ id: "x", name: { vi: "x", en: "x" }, valid: {}, status: "C", roles: [] });
  // @ts-expect-error language-typo TS2345
  renderMarkdown(reg, report, "fr");
  // @ts-expect-error frequency-typo TS2322
  compileReport(reg, { cases: [c], reporter: "so-vhttdl", period: { frequency: "weekly", year: 2026 } });
  // @ts-expect-error period-index-type TS2322
  compileReport(reg, { cases: [c], reporter: "so-vhttdl", period: { frequency: "quarterly", year: 2030, index: "1" } });
  console.log(cite);
}

export function theSameCodeWrittenCorrectly(
  reg: Regulation, c: Case, e: QuycheError, applied: Applied,
  check: CommandCheck, deadline: Deadline, holiday: Holiday, report: PeriodicReport,
): void {
  // Every mistake above, right: no error may be reported here (the types are not too strict).
  c.apply({ type: "receive" }, "so-vhttdl", AT);
  Case.start(reg, { type: "detect", source: "press_review", topics: ["health"], content: { platform: "Facebook", platform_kind: "social_network", kind: "post", summary: "Tin" } }, { body: "so-vhttdl", officer: "A" }, AT);
  c.apply({ type: "receive", note: "x" }, "so-vhttdl", AT);
  c.apply({ type: "triage", priority: "urgent" }, "so-vhttdl", AT);
  c.apply({ type: "request_action", kind: "removal", body: "cong-an-tinh" }, "so-vhttdl", AT);
  c.apply({ type: "conclude", verdict: "violating" }, "so-vhttdl", AT);
  c.apply({ type: "record_platform_response", request_id: "R1", response: "complied" }, "cong-an-tinh", AT);
  const flags = [c.status === "received", e.code === "NOT_AUTHORIZED", applied.advisories[0]!.code === "CONSULT_ROLE"];
  const st: CaseStatus = "received";
  const code: ErrorCode = "NOT_AUTHORIZED";
  flags.push(check.command === "notify_lead", deadline.binds === "platform", holiday.status === "C-ocr");
  const command = applied.event.command;
  if (command.type === "detect") {
    console.log(command.content.platform_kind);
  }
  const cite: Citation = { instrument: "2086/QĐ-UBND", article: 5 };
  reg.registerBody({ body: { id: "x", name: { vi: "x", en: "x" }, valid: {}, status: "C" }, roles: [] });
  renderMarkdown(reg, report, "en");
  compileReport(reg, { cases: [c], reporter: "so-vhttdl", period: { frequency: "quarterly", year: 2030, index: 1 } });
  console.log(flags, st, code, cite);
}
