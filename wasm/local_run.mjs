// Steps one Runtime (runtime_bindings.cpp) from the host's event loop: one slice per host task,
// "running" → again as the next task, "waiting" → a timer for delayMs, "input" → nothing until
// provideInput(), "finished" → free the Runtime and report done. A paused run is stepped only by
// stepOne(), one event-loop callback at a time. Used on the main thread and, unchanged, inside
// the Worker.
import { runAfter, runSoon } from './host_tasks.mjs';

export const RUN_DEFAULTS = Object.freeze({
  filename: 'main.py',
  virtualTime: false,
  recursionLimit: 1000,
  maxHeapMB: 256,
  maxOutputBytes: 1 << 20,
  sliceMs: 8,
  interruptAt: -1,       // seconds of loop time; < 0: never (the CLI's --interrupt-at)
  stdin: '',
  interactiveInput: true, // input() past `stdin` waits for provideInput(); false: readLine or EOFError
  trace: false,          // emit `trace` events (tasks, timers, callbacks) for a timeline
  // Also: argv (sys.argv, default [filename]) and, on the main thread only, readLine(): a
  // synchronous source of input() lines (string, or null at end of file) for blocking hosts.
});

const PROMPT_MAX_CHARS = 1000;

// `emit(name, payload)` receives output, trace ({ events }: a step's batch), input and done
// events, never synchronously.
// `host` replaces the scheduling functions (tests).
export function startLocalRun(engineModule, source, options, emit, host = { runSoon, runAfter }) {
  const settings = { ...RUN_DEFAULTS, ...options };
  // The Runtime calls these from inside step(); events are emitted once step() has returned, so a
  // listener that throws or starts another run never runs with the engine mid-slice.
  const pendingOutput = [];
  const pendingTrace = [];
  let doneResult = null;
  let runtime;
  try {
    runtime = createRuntime();
  } catch (error) {
    // The module cannot even allocate a Runtime (its memory is exhausted): the run still ends
    // through `done`, never by an exception out of engine.run().
    host.runSoon(() => emit('done', engineFailure(error)));
    return {
      interrupt() {}, setStdin() {}, provideInput() {}, terminate() {}, pause() {}, resume() {},
      stepOne: () => Promise.resolve(), snapshot: () => null,
    };
  }

  function createRuntime() {
    return new engineModule.Runtime(runtimeOptions(settings), {
      stdout: (text) => pendingOutput.push({ stream: 'stdout', text }),
      stderr: (text) => pendingOutput.push({ stream: 'stderr', text }),
      trace: (events) => pendingTrace.push(...events),
      done: (result) => { doneResult = result; },
      // Called inside step() by design (the host blocks on its stdin, as CPython does): the prompt
      // written so far must reach the host's listeners first.
      readLine: typeof settings.readLine === 'function' ? () => { emitEvents(); return settings.readLine(); } : undefined,
    });
  }

  let phase = 'starting'; // starting | running | waiting | input | finished
  let paused = false;
  let cancelNext = null;
  let stepWaiter = null; // resolves the stepOne() waiting for a timer
  let interruptBeforeStart = false;
  let promptLine = ''; // stdout since its last newline: what input() printed as its prompt

  // Cancels the next scheduled step; a stepOne() waiting on it is over.
  function cancelScheduled() {
    cancelNext?.();
    cancelNext = null;
    const waiter = stepWaiter;
    stepWaiter = null;
    waiter?.();
  }

  function schedule(delayMs) {
    cancelScheduled();
    cancelNext = delayMs > 0 ? host.runAfter(stepOnce, delayMs) : host.runSoon(stepOnce);
  }

  function start() {
    cancelNext = null;
    if (phase === 'finished') return;
    try {
      if (settings.stdin) runtime.setStdin(settings.stdin);
      runtime.run(source, settings.filename);
      if (interruptBeforeStart) runtime.interrupt();
    } catch (error) {
      finish(engineFailure(error));
      return;
    }
    phase = 'running';
    if (!paused) schedule(0);
  }

  // One call into the engine; null once the run is over.
  function advance(how) {
    let result;
    try {
      result = how === 'one' ? runtime.stepOne() : runtime.step();
    } catch (error) {
      emitEvents();
      finish(engineFailure(error));
      return null;
    }
    emitEvents();
    if (result.state === 'input' && phase !== 'input') {
      phase = 'input';
      emit('input', { prompt: promptLine });
    } else if (result.state === 'finished') {
      finish(doneResult ?? { status: 1, exception: null, keyboardInterrupt: false });
      return null;
    }
    return result;
  }

  function stepOnce() {
    cancelNext = null;
    if (phase === 'finished' || paused) return;
    const result = advance('slice');
    if (!result) return;
    switch (result.state) {
      case 'running':
        phase = 'running';
        schedule(0);
        break;
      case 'waiting':
        phase = 'waiting';
        // delayMs < 0: no timer at all (e.g. run_forever with nothing scheduled): only an
        // interrupt or more input can change anything.
        if (result.delayMs >= 0) schedule(result.delayMs);
        break;
      default:
        break; // input: nothing until provideInput()
    }
  }

  // A paused run's single step: resolves once one callback has run, the program waits for input
  // or the run is over; a program waiting for a timer is stepped when the timer is due.
  function stepOneCallback(resolve) {
    cancelNext = null;
    if (phase === 'finished' || phase === 'input' || !paused) return resolve();
    const result = advance('one');
    if (!result) return resolve();
    if (result.state === 'waiting') {
      phase = 'waiting';
      if (result.delayMs < 0) return resolve(); // nothing will ever be due
      stepWaiter = resolve;
      cancelNext = host.runAfter(() => {
        stepWaiter = null;
        stepOneCallback(resolve);
      }, result.delayMs);
      return undefined;
    }
    if (result.state === 'running') phase = 'running';
    return resolve();
  }

  function emitEvents() {
    for (const chunk of pendingOutput.splice(0)) {
      if (chunk.stream === 'stdout') promptLine = lastLine(promptLine, chunk.text);
      emit('output', chunk);
    }
    if (pendingTrace.length > 0) emit('trace', { events: pendingTrace.splice(0) });
  }

  function finish(result) {
    if (phase === 'finished') return;
    phase = 'finished';
    cancelScheduled();
    try {
      runtime.delete();
    } catch {
      // A trapped engine may fail to free; the run is over either way.
    }
    emit('done', result);
  }

  cancelNext = host.runSoon(start);

  return {
    interrupt() {
      if (phase === 'finished') return;
      if (phase === 'starting') {
        interruptBeforeStart = true;
        return;
      }
      runtime.interrupt();
      // A sleeping or input-waiting program must not wait for its timer to see the interrupt.
      if (phase !== 'running') schedule(0);
    },
    setStdin(text) {
      if (phase === 'finished') return;
      if (phase === 'starting') {
        settings.stdin += text;
        return;
      }
      runtime.setStdin(text);
      if (phase === 'input') schedule(0);
    },
    provideInput(line) {
      if (phase !== 'input') return;
      runtime.provideInput(line);
      phase = 'running';
      schedule(0);
    },
    terminate() {
      finish({ status: null, exception: null, keyboardInterrupt: false, terminated: true });
    },
    pause() {
      if (phase === 'finished' || paused) return;
      paused = true;
      cancelScheduled();
    },
    resume() {
      if (!paused) return;
      paused = false;
      if (phase === 'running' || phase === 'waiting') schedule(0);
    },
    stepOne() {
      cancelScheduled();
      if (phase === 'starting') start(); // paused before it began: the program starts now
      return new Promise((resolve) => stepOneCallback(resolve));
    },
    snapshot() {
      return phase === 'finished' || phase === 'starting' ? null : runtime.snapshot();
    },
  };
}

function runtimeOptions(settings) {
  const { virtualTime, recursionLimit, maxHeapMB, maxOutputBytes, sliceMs, interruptAt, interactiveInput, trace, argv } = settings;
  const options = { virtualTime, recursionLimit, maxHeapMB, maxOutputBytes, sliceMs, interruptAt, interactiveInput, trace };
  if (argv) options.argv = argv.map(String);
  return options;
}

function lastLine(previous, text) {
  const newline = text.lastIndexOf('\n');
  const line = newline < 0 ? previous + text : text.slice(newline + 1);
  return line.slice(-PROMPT_MAX_CHARS);
}

// The engine trapped (a bug, or the wasm memory could not grow): report it as the run's end.
function engineFailure(error) {
  return {
    status: 1,
    exception: { type: 'EngineError', message: String(error?.message ?? error), line: 0 },
    keyboardInterrupt: false,
    engineError: true,
  };
}
