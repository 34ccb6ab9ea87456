// A page bundled by esbuild (tests/browser/bundlers.test.mjs): the recipe of
// crates/wasm/npm/README.md, between the two marker comments, as a user writes it.
// --- recipe ---
import init, { Regulation, QuycheError } from "quyche";
import wasmUrl from "quyche/quyche_bg.wasm"; // esbuild --loader:.wasm=file: the file's URL

await init({ module_or_path: wasmUrl });
const reg = Regulation.khanhHoa();
// --- end ---

const show = (id, text) => {
  document.getElementById(id).textContent = text;
};
show("regulation", reg.id);
try {
  Regulation.fromJson('{"id": 7}');
  show("error", "no error");
} catch (e) {
  show("error", `${e instanceof QuycheError} ${e.code} ${e.path}`);
}
document.body.dataset.ready = "true";
