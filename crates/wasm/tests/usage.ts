// A TypeScript user of the package; checked with `tsc --strict --noEmit` (types.test.mjs). It
// touches every export, so a declaration that goes missing or turns into `any` breaks the check.
import init, {
  Regulation,
  Case,
  WorkCalendar,
  QuycheError,
  version,
  parseCitation,
  findCitations,
  formatCitation,
  basis,
  parseInstant,
  solarToLunar,
  lunarToSolar,
  lunarNewYear,
  reportingCalendar,
  reportingWindow,
  isWorkingDay,
  addWorkingDays,
  countWorkingDays,
  workingDaysBetween,
  holidaysIn,
  dayInfo,
  addHours,
  overdue,
  compileReport,
  renderMarkdown,
  reportDocument,
  callJson,
  replayJsonl,
  loadJsonl,
  type JsonlSummary,
  type Activity,
  type Applied,
  type BodyId,
  type BodyRegistration,
  type CaseData,
  type CaseStatus,
  type Citation,
  type Command,
  type CommandCheck,
  type DayCount,
  type Duty,
  type ErrorCode,
  type ErrorFamily,
  type ErrorJson,
  type Event,
  type Ground,
  type Holiday,
  type Involvement,
  type Lang,
  type LunarDate,
  type Overdue,
  type Period,
  type PeriodicReport,
  type ReportDocument,
  type ReportRequest,
  type ReportingDue,
  type Role,
  type RoleAssignment,
  type Succession,
  type Term,
  type TimeLimit,
  type Window,
  type Workflow,
} from "quyche";

export async function regulationQueries(): Promise<string[]> {
  await init();
  const reg: Regulation = Regulation.khanhHoa();
  const day = "2025-06-01";
  const grounds: Ground[] = reg.groundsInForce(day);
  const g: Ground | undefined = reg.groundFor({ instrument: "24/2018/QH14", article: 8, clause: 1 }, day);
  const s: Succession[] = reg.successorOf({ instrument: "24/2018/QH14", article: 8 });
  const limits: TimeLimit[] = reg.timeLimits("provider_removal_on_request", "2026-07-01");
  const leads: RoleAssignment[] = reg.bodiesFor("lead_agency", day);
  const roles: RoleAssignment[] = reg.rolesOf("so-vhttdl", day);
  const matrix: Duty[] = reg.duties();
  const mine: Duty[] = reg.dutiesOf("press_outlet", day).concat(reg.dutiesOf("police"));
  const pub: Duty[] = reg.participants("publication");
  const behind: Duty[] = reg.dutyFor({ instrument: "2086/QĐ-UBND", article: 7, clause: 3 });
  const carriers: RoleAssignment[] = reg.bodiesForDuty("7.1.e", day);
  const wf: Workflow = reg.workflow();
  const diagram: string = reg.workflowMermaid();
  const registration: BodyRegistration = {
    body: {
      id: "ubnd-xa-vi-du",
      name: { vi: "UBND xã Ví Dụ", en: "Ví Dụ Commune People's Committee" },
      valid: { from: "2025-07-01" },
      status: "C",
    },
    roles: [{ role: "commune_committee", body: "ubnd-xa-vi-du", valid: { from: "2025-07-01" }, status: "C" }],
  };
  reg.registerBody(registration);
  const c: Citation = parseCitation("Điều 8 Luật An ninh mạng 2018", reg);
  const found: Citation[] = findCitations("khoản 1 Điều 8 Luật An ninh mạng 2018").concat(reg.findCitations("Điều 5"));
  const lang: Lang = "en";
  const terms: Term[] = reg.vocabulary("role");
  const declared: Role[] = reg.roles();
  const activities: Activity[] = reg.activities();
  return [
    version(),
    reg.id,
    reg.version,
    reg.instrument,
    reg.title.vi,
    reg.province.en,
    formatCitation(c, "vi"),
    reg.formatCitation(c, lang),
    diagram,
    String(grounds.length + s.length + limits.length + leads.length + roles.length + matrix.length),
    String(mine.length + pub.length + behind.length + carriers.length + wf.transitions.length + found.length),
    String(declared.length + activities.length),
    declared[0]?.provision?.instrument ?? "",
    g?.id ?? "",
    terms[0]?.label.vi ?? "",
    reg.body("dai-ptth")?.successors?.[0]?.body ?? "",
    reg.bodyOn("dai-ptth", day)?.id ?? "",
    String(reg.bodiesOn(day).length + reg.bodies().length + reg.allTimeLimits().length),
    reg.resolveInstrument("Luật An ninh mạng 2018").id,
    reg.instrumentById("24/2018/QH14")?.id ?? "",
    reg.provision(c)?.citation.instrument ?? "",
    reg.duty("7.5.b")?.role ?? "",
  ];
}

export function cases(reg: Regulation): string {
  const detect: Command = {
    type: "detect",
    source: "press_review",
    content: { platform: "Facebook", platform_kind: "social_network", kind: "post", summary: "Tin đồn" },
  };
  // The corrected workflow's verbs (Điều 7.1.a, 7.2.b): the lead agency requests, the police send
  // the platform a removal request and record its answer.
  const steps: Command[] = [
    { type: "request_action", kind: "removal", body: "cong-an-tinh", note: "Đề nghị gỡ bỏ" },
    { type: "send_removal_request", licensing: "cross_border", action_id: "A1" },
    { type: "record_platform_response", request_id: "R1", response: "complied" },
    { type: "propose_direction", kind: "removal", bodies: ["cong-an-tinh"] },
    { type: "direct_action", kind: "removal", body: "cong-an-tinh" },
    { type: "withdraw_action", action_id: "A1", reason: "Đã gỡ" },
    { type: "take_action", kind: "public_rebuttal" },
  ];
  const before: CommandCheck[] = reg.allowedCommands("so-vhttdl", new Date());
  const c: Case = Case.start(reg, detect, { body: "so-vhttdl", officer: "Cán bộ" }, "2026-08-03T08:00:00+07:00");
  const first: Applied | undefined = c.lastApplied;
  const applied: Applied = c.apply({ type: "receive" }, "so-vhttdl", "2026-08-03T09:00:00+07:00");
  const status: CaseStatus = c.status;
  const checks: CommandCheck[] = c.allowedCommands("bao-khanh-hoa", "2026-08-03T10:00:00+07:00");
  const failures: ErrorJson[] = checks.flatMap((x) => x.failures);
  const involved: Involvement[] = c.dutiesInvolved();
  const events: Event[] = c.events;
  const cites: Citation[] = c.basis(events[0]!).concat(basis(reg, applied.event));
  const data: CaseData = c.data;
  const again: Case = Case.replay(reg, events);
  const anchored: Case = Case.replayToHead(reg, events, c.headHash);
  const detected: Case = reg.detect(detect, "so-vhttdl", "2026-08-03T08:00:00+07:00");
  const byNumber: Citation[] = detected.basis(1);
  const lawTime: string = detected.lawTime;
  const jsonl = events.map((e) => JSON.stringify(e)).join("\n");
  const summary: JsonlSummary = replayJsonl(reg, jsonl);
  const loaded: Case[] = loadJsonl(reg, jsonl);
  const catalogue: Ground[] = reg.grounds().concat(reg.groundsCovering(byNumber[0]!));
  const counts = [reg.instruments().length, reg.provisions().length, catalogue.length, summary.cases.length, loaded.length];
  const fromText: Case = Case.fromJson(c.regulation, c.toJson());
  const refused = (() => {
    try {
      c.apply({ type: "publish_results", title: "x" }, "cong-an-tinh", "2026-08-03T09:30:00+07:00");
      return "accepted";
    } catch (e: unknown) {
      if (e instanceof QuycheError) {
        const code: ErrorCode = e.code;
        const kind: ErrorFamily = e.kind;
        const where: string | undefined = e.path;
        const related: QuycheError[] = e.related;
        return `${code} ${kind} ${where ?? ""} ${e.messageVi} ${e.helpVi ?? ""} ${e.citations.length} ${related.length}`;
      }
      throw e;
    }
  })();
  return [
    c.id,
    status,
    first?.event.hash,
    data.detection.body,
    again.headHash,
    anchored.id,
    lawTime,
    counts.join(),
    fromText.id,
    JSON.stringify(c.toJSON()),
    refused,
    String(before.length + failures.length + involved.length + cites.length + steps.length),
  ].join(" ");
}

export function calendar(): string {
  const cal: WorkCalendar = WorkCalendar.vietnam();
  const plain: WorkCalendar = new WorkCalendar({ options: { compensatory_days: false }, schedules: [] });
  const due: DayCount = cal.addWorkingDays("2026-02-13", 1);
  const skipped: Holiday[] = due.skipped;
  const n: number = cal.workingDaysBetween("2026-02-13", "2026-02-23");
  const holidays: Holiday[] = cal.holidaysIn(2026);
  const working: boolean = plain.isWorkingDay("2026-02-23");
  const lunar: LunarDate = solarToLunar("2026-02-17");
  return [
    due.date,
    skipped.length,
    n,
    holidays.length,
    working,
    cal.countWorkingDays("2026-01-01", "2026-02-01").working_days,
    cal.dayInfo("2026-02-17").lunar.month,
    cal.holidaysOn("2026-02-17").length,
    cal.addHours(new Date(), 24),
    cal.explainHours("2026-02-16T10:00:00+07:00", 24).due,
    parseInstant("2026-02-17T01:00:00Z"),
    lunarToSolar(lunar),
    lunarNewYear(2026),
    cal.config().schedules?.length ?? 0,
    isWorkingDay("2026-02-17"),
    addWorkingDays("2026-02-13", 1).date,
    countWorkingDays("2026-02-13", "2026-02-23").working_days,
    workingDaysBetween("2026-02-13", "2026-02-23"),
    holidaysIn(2026).length,
    dayInfo("2026-02-17").working,
    addHours("2026-02-16T10:00:00+07:00", 24),
  ].join(" ");
}

export function reporting(reg: Regulation, c: Case): string {
  const cal: ReportingDue[] = reportingCalendar(reg, 2026, "2026-06-17");
  const w: Window = reportingWindow(reg, { frequency: "six_monthly", year: 2026 });
  const late: Overdue[] = overdue(reg, "2026-06-22", [
    { body: "cong-an-tinh", period: { frequency: "six_monthly", year: 2026 }, submitted_at: "2026-06-17T09:00:00+07:00" },
  ]);
  const reporter: BodyId = "so-vhttdl";
  const report: PeriodicReport = compileReport(reg, { cases: [c, c.data], window: w, reporter });
  const period: Period = { frequency: "six_monthly", year: 2026, index: 1 };
  const request: ReportRequest = { cases: [c], period, reporter, include_case_ids: true };
  const byPeriod: PeriodicReport = compileReport(reg, request);
  const closed: number | undefined = report.cases.by_status.closed;
  const doc: ReportDocument = reportDocument(reg, report, "vi");
  const annexed: ReportDocument = reportDocument(reg, byPeriod, "en", true);
  const answer: string = callJson("citation.parse", JSON.stringify({ text: "Điều 5" }));
  const md: string = renderMarkdown(reg, report, "vi") + renderMarkdown(reg, byPeriod, "en", false);
  return `${cal.length} ${late.length} ${closed ?? 0} ${md.length} ${doc.issuer} ${annexed.sections.length} ${answer}`;
}

// The declarations are precise, not `any`: these lines must stay type errors.
export function mistakes(reg: Regulation, c: Case): void {
  // @ts-expect-error fromJson takes JSON text, not an object
  Regulation.fromJson({ id: "x" });
  // @ts-expect-error error codes are a closed union generated from the Rust ErrorCode
  const code: ErrorCode = "NO_SUCH_CODE";
  // @ts-expect-error a citation's article is a number
  const cite: Citation = { instrument: "2086/QĐ-UBND", article: "5" };
  // @ts-expect-error roles are the regulation's own ids, strings (checked at run time), not numbers
  reg.bodiesFor(7, "2025-06-01");
  // @ts-expect-error a registration is {body, roles}, not the body's members beside its roles
  reg.registerBody({ id: "x", name: { vi: "x", en: "x" }, valid: {}, status: "C", roles: [] });
  // @ts-expect-error a command needs a known `type`
  c.apply({ type: "approve" }, "so-vhttdl", "2026-08-03T09:00:00+07:00");
  // @ts-expect-error a request names the body requested
  c.apply({ type: "request_action", kind: "removal" }, "so-vhttdl", "2026-08-03T09:00:00+07:00");
  // @ts-expect-error the language is "vi" or "en"
  renderMarkdown(reg, {} as PeriodicReport, "fr");
  // @ts-expect-error renderMarkdown takes the regulation first
  renderMarkdown({} as PeriodicReport, "vi");
  // @ts-expect-error a period's index is a number
  reportingWindow(reg, { frequency: "quarterly", year: 2030, index: "1" });
  // @ts-expect-error statuses are a closed union
  const st: CaseStatus = "open";
  // @ts-expect-error a Case is not a Regulation
  Case.replay(c, []);
  void code;
  void cite;
  void st;
}
