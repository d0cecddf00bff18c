// Loads the engine's driver (wasm/driver.mjs, copied next to the page by the build) with a
// dynamic import, so the bundle stays small and the editor works while the wasm downloads.
// The URL is computed at run time so that esbuild leaves the import alone.
export function loadEngine() {
  const driverUrl = new URL('./driver.mjs', import.meta.url);
  return import(driverUrl.href).then(({ createEngine }) => createEngine({ worker: true, workerUrl: workerUrl(driverUrl) }));
}

// A Worker's script must come from the document's own origin. The embed script runs on course
// pages of other origins: there the Worker starts from a blob: URL (the page's origin) that
// imports the real entry, which the site serves with CORS headers. The import is a dynamic one
// (Chromium refuses a static cross-origin import there under a page's CSP, without saying why),
// so messages that arrive before the entry listens are kept and handed to it, and a failed
// import is reported as the protocol's load-error (wasm/worker_protocol.mjs).
function workerUrl(driverUrl) {
  const entry = new URL('./worker.mjs', driverUrl);
  if (entry.origin === location.origin) return entry.href;
  const source = `const early = [];
onmessage = (event) => early.push(event);
import(${JSON.stringify(entry.href)}).then(
  () => { for (const event of early) onmessage(event); },
  (error) => postMessage({ type: 'load-error', message: 'the engine\\'s Worker could not start: ' + error }));
`;
  return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
}
