// `quyche/quyche_bg.wasm`: the package's WebAssembly module as a file. Bundlers that load a
// `.wasm` import as an asset (esbuild `--loader:.wasm=file`, webpack `type: "asset/resource"`)
// give its URL; pass it to `init({ module_or_path: url })`. In Node, find the file with
// `import.meta.resolve("quyche/quyche_bg.wasm")`.
declare const url: string;
export default url;
