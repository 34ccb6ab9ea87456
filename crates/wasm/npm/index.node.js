// Node entry of the quyche package (ESM over wasm-bindgen's `--target nodejs` build, which
// instantiates the module synchronously on load).
import * as native from "./node/quyche.js";
import { QuycheError } from "./error.js";

native.__setErrorClass(QuycheError);

export * from "./node/quyche.js";
export { QuycheError };

/** No-op in Node (the module is ready on import); kept so that code written for the browser
 * build (`await init()`) runs unchanged. */
export default async function init() {
  return undefined;
}

/** No-op in Node; see {@link init}. */
export function initSync() {
  return undefined;
}
