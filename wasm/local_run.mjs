// Steps one Runtime (runtime_bindings.cpp) from the host's event loop: one slice per host task,
// "running" → again as the next task, "waiting" → a timer for delayMs, "input" → nothing until
// provideInput(), "finished" → free the Runtime and report done. Used on the main thread and,
// unchanged, inside the Worker.
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
  // Also: argv (sys.argv, default [filename]) and, on the main thread only, readLine(): a
  // synchronous source of input() lines (string, or null at end of file) for blocking hosts.
});

const PROMPT_MAX_CHARS = 1000;

// `emit(name, payload)` receives output, input and done events, never synchronously.
// `host` replaces the scheduling functions (tests).
export function startLocalRun(engineModule, source, options, emit, host = { runSoon, runAfter }) {
  const settings = { ...RUN_DEFAULTS, ...options };
  // The Runtime calls these from inside step(); events are emitted once step() has returned, so a
  // listener that throws or starts another run never runs with the engine mid-slice.
  const pendingOutput = [];
  let doneResult = null;
  let runtime;
  try {
    runtime = createRuntime();
  } catch (error) {
    // The module cannot even allocate a Runtime (its memory is exhausted): the run still ends
    // through `done`, never by an exception out of engine.run().
    host.runSoon(() => emit('done', engineFailure(error)));
    return { interrupt() {}, setStdin() {}, provideInput() {}, terminate() {} };
  }

  function createRuntime() {
    return new engineModule.Runtime(runtimeOptions(settings), {
      stdout: (text) => pendingOutput.push({ stream: 'stdout', text }),
      stderr: (text) => pendingOutput.push({ stream: 'stderr', text }),
      done: (result) => { doneResult = result; },
      // Called inside step() by design (the host blocks on its stdin, as CPython does): the prompt
      // written so far must reach the host's listeners first.
      readLine: typeof settings.readLine === 'function' ? () => { emitOutput(); return settings.readLine(); } : undefined,
    });
  }

  let phase = 'starting'; // starting | running | waiting | input | finished
  let cancelNext = null;
  let interruptBeforeStart = false;
  let promptLine = ''; // stdout since its last newline: what input() printed as its prompt

  function schedule(delayMs) {
    cancelNext?.();
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
    schedule(0);
  }

  function stepOnce() {
    cancelNext = null;
    if (phase === 'finished') return;
    let result;
    try {
      result = runtime.step();
    } catch (error) {
      emitOutput();
      finish(engineFailure(error));
      return;
    }
    emitOutput();
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
      case 'input':
        if (phase !== 'input') {
          phase = 'input';
          emit('input', { prompt: promptLine });
        }
        break;
      default:
        finish(doneResult ?? { status: 1, exception: null, keyboardInterrupt: false });
    }
  }

  function emitOutput() {
    for (const chunk of pendingOutput.splice(0)) {
      if (chunk.stream === 'stdout') promptLine = lastLine(promptLine, chunk.text);
      emit('output', chunk);
    }
  }

  function finish(result) {
    if (phase === 'finished') return;
    phase = 'finished';
    cancelNext?.();
    cancelNext = null;
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
  };
}

function runtimeOptions(settings) {
  const { virtualTime, recursionLimit, maxHeapMB, maxOutputBytes, sliceMs, interruptAt, interactiveInput, argv } = settings;
  const options = { virtualTime, recursionLimit, maxHeapMB, maxOutputBytes, sliceMs, interruptAt, interactiveInput };
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
