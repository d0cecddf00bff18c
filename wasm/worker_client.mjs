// The page side of the Worker protocol (worker_protocol.mjs): one Worker per engine, runs
// multiplexed over it by id, the Worker replaced after terminate().
import { Run } from './run_handle.mjs';

export const DEFAULT_WORKER_URL = new URL('./worker.mjs', import.meta.url).href;

const TERMINATED = Object.freeze({ status: null, exception: null, keyboardInterrupt: false, terminated: true });

export async function createWorkerEngine({ moduleUrl, workerUrl = DEFAULT_WORKER_URL }) {
  let current = spawn(workerUrl, moduleUrl);
  try {
    await current.ready; // a missing or broken engine fails createEngine(), not the first run
  } catch (error) {
    current.kill(TERMINATED);
    throw error;
  }
  let nextId = 1;

  return {
    run(source, options = {}) {
      if (!current) current = spawn(workerUrl, moduleUrl);
      const worker = current;
      const id = nextId++;
      return new Run((emit) => {
        worker.addRun(id, emit);
        const post = (message) => { if (worker.hasRun(id)) worker.post(message); };
        worker.post({ type: 'run', id, source, options });
        return {
          interrupt: () => post({ type: 'interrupt', id }),
          setStdin: (text) => post({ type: 'stdin', id, text }),
          provideInput: (line) => post({ type: 'input', id, line }),
          pause: () => post({ type: 'pause', id }),
          resume: () => post({ type: 'resume', id }),
          stepOne: () => worker.request(id, { type: 'stepOne', id }),
          snapshot: () => worker.request(id, { type: 'snapshot', id }),
          terminate: () => {
            if (!worker.hasRun(id)) return;
            if (current === worker) current = null;
            worker.kill(TERMINATED);
          },
        };
      });
    },
    // Ends every run and the Worker (lets node exit; frees the page's memory).
    close() {
      current?.kill(TERMINATED);
      current = null;
    },
  };
}

// One Worker and the runs it hosts.
function spawn(workerUrl, moduleUrl) {
  const runs = new Map(); // id -> emit
  const replies = new Map(); // seq -> resolve, for requests answered by a `reply`
  let nextSeq = 1;
  let resolveReady;
  let rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });
  ready.catch(() => {}); // awaited by createWorkerEngine only for the first Worker

  const started = startWorker(workerUrl).then((worker) => {
    worker.onMessage(dispatch);
    worker.onError((error) => {
      rejectReady(error);
      kill({ status: 1, exception: { type: 'EngineError', message: String(error?.message ?? error), line: 0 },
        keyboardInterrupt: false, engineError: true });
    });
    worker.post({ type: 'init', moduleUrl });
    return worker;
  });
  started.catch(rejectReady);

  function dispatch(message) {
    if (message.type === 'ready') return resolveReady();
    if (message.type === 'load-error') return rejectReady(new Error(message.message));
    if (message.type === 'reply') {
      replies.get(message.seq)?.(message.value);
      replies.delete(message.seq);
      return undefined;
    }
    const emit = runs.get(message.id);
    if (!emit) return;
    if (message.type === 'output') emit('output', { stream: message.stream, text: message.text });
    if (message.type === 'trace') emit('trace', { events: message.events });
    if (message.type === 'input') emit('input', { prompt: message.prompt });
    if (message.type === 'done') {
      runs.delete(message.id);
      keepAliveWhileRunning();
      emit('done', message.result);
    }
  }

  // Node: a referenced worker_threads Worker keeps the process alive, an idle one should not.
  function keepAliveWhileRunning() {
    started.then((worker) => (runs.size > 0 ? worker.ref() : worker.unref()), () => {});
  }

  function kill(result) {
    started.then((worker) => worker.terminate(), () => {});
    const ended = [...runs.values()];
    runs.clear();
    for (const resolve of replies.values()) resolve(null);
    replies.clear();
    for (const emit of ended) emit('done', result);
  }

  return {
    ready,
    post: (message) => { started.then((worker) => worker.post(message), () => {}); },
    addRun(id, emit) { runs.set(id, emit); keepAliveWhileRunning(); },
    hasRun: (id) => runs.has(id),
    // Posts a message for run `id` and resolves with the Worker's reply (null if the run is gone).
    request(id, message) {
      if (!runs.has(id)) return Promise.resolve(null);
      const seq = nextSeq++;
      return new Promise((resolve) => {
        replies.set(seq, resolve);
        started.then((worker) => worker.post({ ...message, seq }), () => resolve(null));
      });
    },
    kill,
  };
}

// A browser module Worker, or node's worker_threads Worker, behind one small interface.
async function startWorker(url) {
  if (typeof Worker === 'function') {
    const worker = new Worker(url, { type: 'module' });
    return {
      post: (message) => worker.postMessage(message),
      onMessage: (fn) => { worker.onmessage = (event) => fn(event.data); },
      onError: (fn) => { worker.onerror = (event) => { event.preventDefault?.(); fn(event.message ?? event); }; },
      terminate: () => worker.terminate(),
      ref() {},
      unref() {},
    };
  }
  const { Worker: NodeWorker } = await import('node:worker_threads');
  const worker = new NodeWorker(new URL(url));
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (fn) => worker.on('message', fn),
    onError: (fn) => worker.on('error', fn),
    terminate: () => worker.terminate(),
    ref: () => worker.ref(),
    unref: () => worker.unref(),
  };
}
