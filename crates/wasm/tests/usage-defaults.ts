// A TypeScript user with tsc's defaults: compiled by tsc-defaults.test.mjs with `--strict` and no
// `lib` or `target` (TypeScript 5.9: ES5 with the DOM), under the module settings of a plain
// project, of Node (node16) and of bundlers (preserve). The declarations must need nothing more;
// in particular not `lib` ESNext.Disposable (wasm-bindgen's `[Symbol.dispose]` members are dropped
// by scripts/build-wasm.sh). No async functions: ES5 has no `Promise` constructor.
import init, {
  initSync,
  Regulation,
  Case,
  WorkCalendar,
  QuycheError,
  addWorkingDays,
  type CommandCheck,
  type InitInput,
  type QuycheErrorJson,
} from "quyche";
import wasmUrl from "quyche/quyche_bg.wasm";

// The `.wasm` subpath is a URL string (what bundlers give for an asset).
const url: string = wasmUrl;
const input: InitInput = url;
const ready: Promise<void> = init({ module_or_path: input });
const readyByDefault: Promise<void> = init();
initSync({ module: new Uint8Array(0) });

ready.then(() => {
  const reg: Regulation = Regulation.khanhHoa();
  const c: Case = Case.start(
    reg,
    {
      type: "detect",
      source: "press_review",
      content: { platform: "Facebook", platform_kind: "social_network", kind: "post", summary: "Tin đồn" },
    },
    "so-vhttdl",
    "2026-08-03T08:00:00+07:00",
  );
  const checks: CommandCheck[] = c.allowedCommands("so-vhttdl", new Date());
  const refused: boolean = checks.some((x) => !x.allowed);
  try {
    c.apply({ type: "publish_results", title: "x" }, "cong-an-tinh", "2026-08-03T10:00:00+07:00");
  } catch (e) {
    if (e instanceof QuycheError) {
      const json: QuycheErrorJson = e.toJSON();
      const where: string | undefined = e.path;
      console.log(refused, json.code, e.kind, e.messageVi, where);
    }
  }
  const day: string = addWorkingDays("2026-02-13", 1).date;
  const calendar = WorkCalendar.vietnam();
  console.log(day, calendar.isWorkingDay(day));
  calendar.free();
  c.free();
  reg.free();
});
readyByDefault.then(() => undefined);
