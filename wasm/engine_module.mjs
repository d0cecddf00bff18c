// Loads and instantiates the Emscripten module (aioplay-engine.mjs + .wasm) once per URL.
// Browsers and Workers let the glue fetch the .wasm next to the .mjs (streaming compilation).
// Node is given the bytes: Emscripten 3.1.6's glue would fetch() a file:// URL, which node's
// fetch refuses (TOOLCHAIN.md pitfall 2), and its node code path is unusable from ESM (pitfall 8).

export const DEFAULT_MODULE_URL = new URL('./aioplay-engine.mjs', import.meta.url).href;

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';
const loaded = new Map();

export function loadEngineModule(moduleUrl = DEFAULT_MODULE_URL) {
  const key = String(moduleUrl);
  if (!loaded.has(key)) loaded.set(key, instantiate(key));
  return loaded.get(key);
}

async function instantiate(moduleUrl) {
  const { default: createAioplayEngine } = await import(moduleUrl);
  const settings = {};
  if (isNode) {
    const { readFile } = await import('node:fs/promises');
    settings.wasmBinary = await readFile(new URL(moduleUrl.replace(/\.mjs$/, '.wasm')));
  }
  return createAioplayEngine(settings);
}
