// What engine.run() returns, in both modes: events (output, trace, input, done), controls, and
// `finished`. `start(emit)` begins the run and returns its controls (local_run.mjs on the main
// thread, worker_client.mjs for a Worker); it must not emit synchronously, so listeners
// attached right after run() miss nothing.
import { Emitter } from './emitter.mjs';

export class Run extends Emitter {
  #controls;

  constructor(start) {
    super();
    let resolveFinished;
    this.finished = new Promise((resolve) => { resolveFinished = resolve; });
    this.#controls = start((name, payload) => {
      // Trace events travel in batches (one per engine step); listeners get them one by one.
      if (name === 'trace') {
        for (const event of payload.events) this.emit('trace', event);
        return;
      }
      this.emit(name, payload);
      if (name === 'done') resolveFinished(payload);
    });
  }

  // KeyboardInterrupt at the program's next instruction, even while it sleeps or waits for input.
  interrupt() { this.#controls.interrupt(); }

  // Ends the run without asking the program; in a Worker, kills the Worker and every run in it.
  terminate() { this.#controls.terminate(); }

  // More text for input() and sys.stdin.
  setStdin(text) { this.#controls.setStdin(String(text)); }

  // The answer to the `input` event's input() call (without the newline).
  provideInput(line) { this.#controls.provideInput(String(line)); }

  // The loop inspector: a paused run goes on only by stepOne(), one event-loop callback (a task
  // step, a wake-up, a call_soon callback) at a time. Both resolve once done.
  async pause() { await this.#controls.pause(); }
  async resume() { await this.#controls.resume(); }
  async stepOne() { await this.#controls.stepOne(); }

  // The loop now: { hasLoop, time, main, ready: [what], timers: [{ deadline, what, taskId }],
  // tasks: [{ id, name, state, awaiting }] }, or null once the run is over.
  async snapshot() { return this.#controls.snapshot(); }
}
