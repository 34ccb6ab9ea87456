// The error class of the quyche package. The WebAssembly side constructs every error it throws
// as `new QuycheError(fields)` (the entry modules register this class at load time).

/** An error of the quyche core: a stable `code` and its family (`kind`: `invalid_input`,
 * `not_found`, `rule_violation`, `log_tampered`, from the core's `ErrorCode::family`), messages
 * in English and Vietnamese, the citations a refusal rests on, and the JSON pointer of the bad
 * input field. */
export class QuycheError extends Error {
  constructor(fields) {
    const f = fields ?? {};
    super(String(f.message ?? ""));
    this.name = "QuycheError";
    this.code = f.code ?? "INVALID_INPUT";
    this.kind = f.kind ?? "invalid_input";
    this.messageVi = f.messageVi ?? "";
    this.citations = Array.isArray(f.citations) ? f.citations : [];
    this.path = f.path;
    this.help = f.help;
    this.helpVi = f.helpVi;
    this.related = Array.isArray(f.related) ? f.related : [];
  }

  /** The error in the shape of `schemas/error.schema.json` (snake_case, absent fields omitted). */
  toJSON() {
    const out = { code: this.code, message: this.message, message_vi: this.messageVi };
    if (this.help !== undefined) out.help = this.help;
    if (this.helpVi !== undefined) out.help_vi = this.helpVi;
    if (this.citations.length > 0) out.citations = this.citations;
    if (this.path !== undefined) out.path = this.path;
    if (this.related.length > 0) out.related = this.related.map((r) => r.toJSON());
    return out;
  }
}
