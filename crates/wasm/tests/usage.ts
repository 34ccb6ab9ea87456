// A TypeScript user of the package; checked with `tsc --strict --noEmit` (types.test.mjs).
import init, { Regulation, QuycheError, version, type Citation, type ErrorCode } from "quyche";

export async function main(): Promise<string> {
  await init();
  const reg: Regulation = Regulation.khanhHoa();
  const id: string = reg.id;
  const v: string = version() + reg.version;
  try {
    Regulation.fromJson(reg.toJson());
  } catch (e: unknown) {
    if (e instanceof QuycheError) {
      const code: ErrorCode = e.code;
      const cites: Citation[] = e.citations;
      const where: string | undefined = e.path;
      const related: QuycheError[] = e.related;
      return `${code} ${where ?? ""} ${e.messageVi} ${cites.length} ${related.length}`;
    }
    throw e;
  }
  return `${id} ${v}`;
}

// The declarations are precise, not `any`: these lines must stay type errors.
export function mistakes(): void {
  // @ts-expect-error fromJson takes JSON text, not an object
  Regulation.fromJson({ id: "x" });
  // @ts-expect-error error codes are a closed union generated from the Rust ErrorCode
  const code: ErrorCode = "NO_SUCH_CODE";
  // @ts-expect-error a citation's article is a number
  const c: Citation = { instrument: "2086/QĐ-UBND", article: "5" };
  void code;
  void c;
}
