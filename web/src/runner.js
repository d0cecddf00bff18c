// One program run at a time against the engine's driver API (wasm/README.md): starts a run,
// forwards its events, stops it (KeyboardInterrupt first, like a terminal's Ctrl+C; the Worker
// is terminated only if the program ignores that), and tells when the page is idle again.
const terminateAfterMs = 2000;

// engine: the driver's engine, or a promise of it, or a function returning one (called at the
// first run: embeds load the engine only when it is needed).
export function createRunner({ engine, onOutput, onTrace, onInput, onDone }) {
  let current = null;  // { run, done, paused, stopTimer, stopRequested } for the run in progress
  let idle = Promise.resolve();
  let markIdle = () => {};

  function beginBusy() {
    idle = new Promise((resolve) => { markIdle = resolve; });
  }

  function finish(active, payload) {
    if (active.done) return;
    active.done = true;
    clearTimeout(active.stopTimer);
    if (current === active) current = null;
    onDone(payload, active);
    if (!current) markIdle();
  }

  async function start(code, { virtualTime }) {
    if (current) await stop();
    const active = { run: null, done: false, paused: false, stopTimer: 0, stopRequested: false };
    current = active;
    beginBusy();
    let loaded;
    try {
      loaded = await (typeof engine === 'function' ? engine() : engine);
    } catch (error) {
      finish(active, { status: 'unavailable', exception: null, error });
      return;
    }
    if (active.done) return;  // stopped while the engine was still loading
    const run = loaded.run(code, { filename: 'main.py', virtualTime, stdin: '', trace: true });
    active.run = run;
    run.on('output', ({ stream, text }) => { if (!active.done) onOutput(stream, text); });
    run.on('trace', (event) => { if (!active.done) onTrace(event); });
    run.on('input', async ({ prompt }) => {
      const line = await onInput(prompt ?? '');
      if (!active.done) run.provideInput(line);
    });
    run.on('done', (payload) => finish(active, payload));
    Promise.resolve(run.finished).then((payload) => finish(active, payload ?? { status: 0, exception: null }));
  }

  async function stop() {
    const active = current;
    if (!active) return;
    active.stopRequested = true;
    if (!active.run) {
      finish(active, { status: 'stopped', exception: null });
      return;
    }
    if (active.paused) await resume();  // a paused loop could not deliver the interrupt
    active.run.interrupt();
    active.stopTimer = setTimeout(() => {
      if (active.done) return;
      active.run.terminate();
      finish(active, { status: null, exception: null, terminated: true });
    }, terminateAfterMs);
    await new Promise((resolve) => {
      const check = () => (active.done ? resolve() : setTimeout(check, 20));
      check();
    });
  }

  // Inspector controls; each answers with the loop's snapshot afterwards.
  async function control(action) {
    const active = current;
    if (!active?.run) return null;
    active.paused = true;
    await active.run[action]();
    return active.run.snapshot();
  }

  async function resume() {
    const active = current;
    if (!active?.run || !active.paused) return;
    active.paused = false;
    await active.run.resume();
  }

  return {
    start,
    stop,
    pause: () => control('pause'),
    step: () => control('stepOne'),
    resume,
    whenIdle: () => idle,
    get running() { return current !== null; },
    // The driver's inspector API (pause, stepOne, snapshot) may be missing from an engine build.
    get canInspect() { return typeof current?.run?.pause === 'function'; },
  };
}
