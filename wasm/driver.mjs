// The engine for web/ and embeds: createEngine() loads the module once, engine.run() starts a
// program and returns its Run (run_handle.mjs). API and events: wasm/README.md.
import { DEFAULT_MODULE_URL, loadEngineModule } from './engine_module.mjs';
import { startLocalRun } from './local_run.mjs';
import { Run } from './run_handle.mjs';
import { createWorkerEngine } from './worker_client.mjs';

export { RUN_DEFAULTS } from './local_run.mjs';

// worker: run programs in a Worker (the default where Worker exists, i.e. browsers); node gets
//   a worker_threads Worker when asked with `worker: true`.
// moduleUrl: where aioplay-engine.mjs is (its .wasm beside it); default: next to this file.
// module: an instantiated engine module to use instead (main thread only).
// workerUrl: the Worker's entry (default: worker.mjs next to this file).
export async function createEngine({ worker = typeof Worker === 'function', moduleUrl = DEFAULT_MODULE_URL, module, workerUrl } = {}) {
  if (worker) return createWorkerEngine({ moduleUrl: String(moduleUrl), workerUrl });
  const engineModule = module ?? await loadEngineModule(String(moduleUrl));
  return {
    run(source, options = {}) {
      return new Run((emit) => startLocalRun(engineModule, source, options, emit));
    },
    close() {},
  };
}
