// Browser entry of the quyche package (wasm-bindgen's `--target web` build). Call the default
// export (`await init()`) or `initSync({ module })` once before anything else.
import wasmInit, { initSync as wasmInitSync, __setErrorClass } from "./web/quyche.js";
import { QuycheError } from "./error.js";

export * from "./web/quyche.js";
export { QuycheError };

/** Loads and instantiates the WebAssembly module (by default `web/quyche_bg.wasm` next to this
 * file); resolves once the package is ready. */
export default async function init(options) {
  const out = await wasmInit(options);
  __setErrorClass(QuycheError);
  return out;
}

/** Instantiates the module synchronously from its bytes: `initSync({ module: bytes })`. */
export function initSync(options) {
  const out = wasmInitSync(options);
  __setErrorClass(QuycheError);
  return out;
}
