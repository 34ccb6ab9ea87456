// Node entry of the quyche package: the browser entry (index.web.js), instantiated synchronously
// on import from the same `web/quyche_bg.wasm`, so the package ships one copy of the module.
import { readFileSync } from "node:fs";
import { initSync as instantiate } from "./index.web.js";

instantiate({ module: readFileSync(new URL("./web/quyche_bg.wasm", import.meta.url)) });

export * from "./index.web.js";

/** No-op in Node (the module is ready on import); kept so that code written for the browser
 * build (`await init()`) runs unchanged. */
export default async function init() {
  return undefined;
}

/** No-op in Node; see {@link init}. */
export function initSync() {
  return undefined;
}
