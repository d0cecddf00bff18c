// The Worker side of the driver's message protocol: loads the engine, runs programs with
// local_run.mjs and posts their events back. Messages (every one but init/ready carries the run's id):
//   in:  init { moduleUrl }, run { id, source, options }, interrupt { id }, stdin { id, text },
//        input { id, line }, pause { id }, resume { id }, stepOne { id, seq }, snapshot { id, seq }
//   out: ready, load-error { message }, output { id, stream, text }, trace { id, events },
//        input { id, prompt }, reply { id, seq, value } (to stepOne and snapshot), done { id, result }
import { startLocalRun } from './local_run.mjs';

// `port` is { post(message), onMessage(fn) }; `loadModule(moduleUrl)` resolves to the engine.
export function serveRuns(port, loadModule) {
  let engine = null; // Promise of the module, or of null when it failed to load
  let loadError = 'the engine was not initialised';
  const runs = new Map();

  const handlers = {
    init({ moduleUrl }) {
      engine = Promise.resolve()
        .then(() => loadModule(moduleUrl))
        .then((module) => {
          port.post({ type: 'ready' });
          return module;
        }, (error) => {
          loadError = String(error?.message ?? error);
          port.post({ type: 'load-error', message: loadError });
          return null;
        });
    },
    async run({ id, source, options }) {
      const module = await engine;
      if (!module) {
        const exception = { type: 'EngineError', message: loadError, line: 0 };
        port.post({ type: 'done', id, result: { status: 1, exception, keyboardInterrupt: false, engineError: true } });
        return;
      }
      runs.set(id, startLocalRun(module, source, options, (type, payload) => {
        if (type === 'done') {
          runs.delete(id);
          port.post({ type, id, result: payload });
        } else {
          port.post({ type, id, ...payload });
        }
      }));
    },
    interrupt({ id }) { runs.get(id)?.interrupt(); },
    stdin({ id, text }) { runs.get(id)?.setStdin(text); },
    input({ id, line }) { runs.get(id)?.provideInput(line); },
    pause({ id }) { runs.get(id)?.pause(); },
    resume({ id }) { runs.get(id)?.resume(); },
    // Not awaited: a step waiting for a timer must not hold up the messages behind it (resume, interrupt).
    stepOne({ id, seq }) {
      Promise.resolve(runs.get(id)?.stepOne()).then(() => port.post({ type: 'reply', id, seq, value: null }));
    },
    snapshot({ id, seq }) { port.post({ type: 'reply', id, seq, value: runs.get(id)?.snapshot() ?? null }); },
  };

  // Every handler but init waits for the module; chaining keeps them in arrival order, so an
  // interrupt sent right after a run reaches the run it was meant for.
  let previous = Promise.resolve();
  port.onMessage((message) => {
    const handler = handlers[message?.type];
    if (!handler) return;
    if (message.type === 'init') {
      handler(message);
      return;
    }
    previous = previous.then(() => engine).then(() => handler(message))
      .catch((error) => console.error('aioplay worker:', error)); // keep serving later messages
  });
}

// The port of the Worker this module runs in: a browser (module) Worker or a node worker_threads one.
export async function workerPort() {
  if (typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope) {
    return {
      post: (message) => globalThis.postMessage(message),
      onMessage: (fn) => { globalThis.onmessage = (event) => fn(event.data); },
    };
  }
  const { parentPort } = await import('node:worker_threads');
  return {
    post: (message) => parentPort.postMessage(message),
    onMessage: (fn) => parentPort.on('message', fn),
  };
}
