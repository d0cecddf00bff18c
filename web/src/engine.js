// Loads the engine's driver (wasm/driver.mjs, copied next to the page by the build) with a
// dynamic import, so the bundle stays small and the editor works while the wasm downloads.
// The URL is computed at run time so that esbuild leaves the import alone.
export function loadEngine() {
  const driverUrl = new URL('./driver.mjs', import.meta.url).href;
  return import(driverUrl).then(({ createEngine }) => createEngine({ worker: true }));
}
