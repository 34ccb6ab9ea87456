import type { Citation, ErrorCode, ErrorFamily } from "./web/quyche.js";

/** The JSON form of a {@link QuycheError} (`schemas/error.schema.json`). */
export interface QuycheErrorJson {
  code: ErrorCode;
  message: string;
  message_vi: string;
  help?: string;
  help_vi?: string;
  citations?: Citation[];
  path?: string;
  related?: QuycheErrorJson[];
}

/** An error of the quyche core, thrown by every function of the package. */
export class QuycheError extends Error {
  private constructor(fields: unknown);
  readonly name: "QuycheError";
  /** Stable machine-readable code, e.g. `"INVALID_INPUT"`. */
  readonly code: ErrorCode;
  /** The code's family: bad input, something not found, a refusal of the regulation, or a
   * tampered event log (the core's `ErrorCode::family`). */
  readonly kind: ErrorFamily;
  /** What went wrong, in Vietnamese. */
  readonly messageVi: string;
  /** The provisions the refusal rests on. */
  readonly citations: Citation[];
  /** JSON pointer (RFC 6901) to the bad input field, for bad input. */
  readonly path: string | undefined;
  /** How to fix it, in English. */
  readonly help: string | undefined;
  /** How to fix it, in Vietnamese. */
  readonly helpVi: string | undefined;
  /** Further errors found together with this one. */
  readonly related: QuycheError[];
  /** The error as `schemas/error.schema.json` JSON. */
  toJSON(): QuycheErrorJson;
}
