// A scripted stand-in for the Embind module, for unit tests of the driver's stepping and of the
// Worker protocol (the product never loads it). The "program" is JSON: a list of steps, each
//   { state: "running" | "waiting" | "input" | "finished", delayMs, out, err, spinMs, repeat,
//     status, exception, throws, echoArgv }
// A step runs `repeat` times (FOREVER: `while True: pass`), busy-waits `spinMs` per slice like a
// real slice would, and writes `out`/`err`. An "input" step waits for provideInput() and then
// echoes the line. interrupt() ends the run at the next step like an uncaught KeyboardInterrupt.

export function createFakeModule() {
  const module = {
    runtimes: [],
    Runtime: class FakeRuntime {
      constructor(options, sinks) {
        this.options = options;
        this.sinks = sinks;
        this.calls = [];
        this.stepTimes = [];
        this.deleted = false;
        module.runtimes.push(this);
      }

      run(source, filename) {
        this.calls.push(['run', filename]);
        this.filename = filename;
        this.script = JSON.parse(source);
        this.index = 0;
        this.repeats = 0;
      }

      step() {
        if (this.deleted) throw new Error('step() on a deleted Runtime');
        this.stepTimes.push(performance.now());
        if (this.interrupted) {
          this.sinks.stderr('Traceback (most recent call last):\nKeyboardInterrupt\n');
          return this.#finish({ status: 130, exception: { type: 'KeyboardInterrupt', message: '', line: 1 }, keyboardInterrupt: true });
        }
        if (this.input !== undefined) {
          this.sinks.stdout(`got ${this.input}\n`);
          this.input = undefined;
          this.index++;
        }
        const step = this.script[this.index] ?? { state: 'finished' };
        if (step.throws) throw new Error(step.throws);
        if (step.spinMs) spin(step.spinMs);
        if (step.out) this.sinks.stdout(step.out);
        if (step.err) this.sinks.stderr(step.err);
        if (step.echoArgv) this.sinks.stdout(`${JSON.stringify([this.filename, this.options.argv])}\n`);
        if (step.state === 'finished') {
          return this.#finish({ status: step.status ?? 0, exception: step.exception ?? null, keyboardInterrupt: false });
        }
        if (step.state === 'input' && this.options.interactiveInput === false) {
          // A blocking host answers at once through readLine (the CLI); null is end of file.
          const line = this.sinks.readLine?.() ?? null;
          this.sinks.stdout(line === null ? 'EOF\n' : `got ${line}\n`);
          this.index++;
          return { state: 'running', delayMs: 0 };
        }
        if (step.state === 'input') {
          this.script[this.index] = { state: 'input' }; // the prompt is printed once
          return { state: 'input', delayMs: 0 };
        }
        if (++this.repeats >= (step.repeat ?? 1)) {
          this.index++;
          this.repeats = 0;
        }
        return { state: step.state, delayMs: step.delayMs ?? 0 };
      }

      #finish(result) {
        this.sinks.done(result);
        this.finished = true;
        return { state: 'finished', delayMs: 0 };
      }

      interrupt() { this.calls.push(['interrupt']); this.interrupted = true; }
      setStdin(text) { this.calls.push(['setStdin', text]); }
      provideInput(line) { this.calls.push(['provideInput', line]); this.input = line; }
      delete() { this.deleted = true; }
    },
  };
  return module;
}

export const program = (...steps) => JSON.stringify(steps);
// A `repeat` for programs that never end by themselves (JSON has no Infinity).
export const FOREVER = Number.MAX_SAFE_INTEGER;

function spin(ms) {
  const end = performance.now() + ms;
  while (performance.now() < end);
}
