// Unit tests of the driver's stepping (wasm/local_run.mjs through createEngine) on the main
// thread, against the scripted fake Runtime: scheduling, timers, interrupts, input, terminate.
// Timing bounds are loose on purpose: this is a shared 2-core machine.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { createEngine } from '../../wasm/driver.mjs';
import { FOREVER, createFakeModule, program } from './fake_runtime.mjs';

async function fakeEngine() {
  const module = createFakeModule();
  const engine = await createEngine({ worker: false, module });
  return { module, engine };
}

function collect(run) {
  const events = [];
  run.on('output', (e) => events.push(['output', e.stream, e.text]));
  run.on('input', (e) => events.push(['input', e.prompt]));
  run.on('done', (e) => events.push(['done', e]));
  return events;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test('a run reports its output in order, then done, and frees its Runtime', async () => {
  const { module, engine } = await fakeEngine();
  const run = engine.run(program(
    { state: 'running', out: 'a\n' },
    { state: 'running', err: 'warn\n', out: 'b\n' },
    { state: 'finished', out: 'c\n', status: 3 },
  ), { filename: 'prog.py' });
  const events = collect(run);
  const result = await run.finished;
  assert.equal(result.status, 3);
  assert.deepEqual(events, [
    ['output', 'stdout', 'a\n'],
    ['output', 'stdout', 'b\n'],
    ['output', 'stderr', 'warn\n'],
    ['output', 'stdout', 'c\n'],
    ['done', result],
  ]);
  const [runtime] = module.runtimes;
  assert.deepEqual(runtime.calls, [['run', 'prog.py']]);
  assert.equal(runtime.deleted, true);
});

test('the Runtime gets the documented defaults, overridable per run', async () => {
  const { module, engine } = await fakeEngine();
  await engine.run(program({ state: 'finished' })).finished;
  await engine.run(program({ state: 'finished' }), { virtualTime: true, sliceMs: 4, maxHeapMB: 16 }).finished;
  assert.deepEqual(module.runtimes[0].options, {
    virtualTime: false, recursionLimit: 1000, maxHeapMB: 256, maxOutputBytes: 1 << 20, sliceMs: 8,
    interruptAt: -1, interactiveInput: true, trace: false,
  });
  assert.equal(module.runtimes[1].options.virtualTime, true);
  assert.equal(module.runtimes[1].options.sliceMs, 4);
  assert.equal(module.runtimes[1].options.maxHeapMB, 16);
});

test('stdin text reaches the Runtime before the program starts', async () => {
  const { module, engine } = await fakeEngine();
  const run = engine.run(program({ state: 'finished' }), { stdin: 'one\n' });
  run.setStdin('two\n');
  await run.finished;
  assert.deepEqual(module.runtimes[0].calls, [['setStdin', 'one\ntwo\n'], ['run', 'main.py']]);
});

test('a busy program yields to the host between slices: a 10 ms ticker keeps firing', async () => {
  const { module, engine } = await fakeEngine();
  const ticks = [];
  const ticker = setInterval(() => ticks.push(performance.now()), 10);
  const started = performance.now();
  await engine.run(program({ state: 'running', spinMs: 8, repeat: 60 }, { state: 'finished' })).finished;
  const elapsed = performance.now() - started;
  clearInterval(ticker);
  assert.equal(module.runtimes[0].stepTimes.length, 61);
  // ~480 ms of slices: a blocked loop would show no tick at all until the end.
  assert.ok(ticks.length >= elapsed / 10 / 3, `${ticks.length} ticks in ${elapsed.toFixed(0)} ms`);
  const gaps = ticks.slice(1).map((t, i) => t - ticks[i]);
  assert.ok(Math.max(...gaps) < 200, `largest gap between ticks ${Math.max(...gaps).toFixed(1)} ms`);
});

test('"waiting" steps again after delayMs, and no sooner', async () => {
  const { module, engine } = await fakeEngine();
  await engine.run(program({ state: 'waiting', delayMs: 120 }, { state: 'finished' })).finished;
  const [first, second] = module.runtimes[0].stepTimes;
  const gap = second - first;
  assert.ok(gap >= 118 && gap < 200, `stepped again after ${gap.toFixed(1)} ms`);
});

test('"waiting" with delay 0 (virtual time) steps again at once, not through a clamped timer', async () => {
  const { module, engine } = await fakeEngine();
  const started = performance.now();
  await engine.run(program({ state: 'waiting', delayMs: 0, repeat: 50 }, { state: 'finished' })).finished;
  assert.equal(module.runtimes[0].stepTimes.length, 51);
  assert.ok(performance.now() - started < 150);
});

test('interrupt() during a long sleep takes effect at once', async () => {
  const { module, engine } = await fakeEngine();
  const run = engine.run(program({ state: 'waiting', delayMs: 10_000 }, { state: 'finished' }));
  await sleep(50);
  const asked = performance.now();
  run.interrupt();
  const result = await run.finished;
  assert.ok(performance.now() - asked < 50);
  assert.equal(result.keyboardInterrupt, true);
  assert.equal(result.status, 130);
  assert.deepEqual(module.runtimes[0].calls.at(-1), ['interrupt']);
});

test('while True: pass is interrupted within 100 ms while a ticker keeps firing', async () => {
  const { engine } = await fakeEngine();
  const ticks = [];
  const ticker = setInterval(() => ticks.push(performance.now()), 10);
  const run = engine.run(program({ state: 'running', spinMs: 8, repeat: FOREVER }));
  await sleep(300);
  const ticksBefore = ticks.length;
  const asked = performance.now();
  run.interrupt();
  const result = await run.finished;
  const took = performance.now() - asked;
  clearInterval(ticker);
  assert.equal(result.keyboardInterrupt, true);
  assert.ok(took < 100, `interrupt took ${took.toFixed(1)} ms`);
  assert.ok(ticksBefore >= 10, `only ${ticksBefore} ticks in 300 ms of spinning`);
});

test('an interrupt before the first slice is delivered once the program has started', async () => {
  const { module, engine } = await fakeEngine();
  const run = engine.run(program({ state: 'running', repeat: FOREVER }));
  run.interrupt();
  const result = await run.finished;
  assert.equal(result.keyboardInterrupt, true);
  assert.deepEqual(module.runtimes[0].calls, [['run', 'main.py'], ['interrupt']]);
});

test('input() suspends the run with its prompt until provideInput()', async () => {
  const { module, engine } = await fakeEngine();
  const run = engine.run(program(
    { state: 'running', out: 'hello\n' },
    { state: 'input', out: 'name? ' },
    { state: 'finished' },
  ));
  const events = collect(run);
  const prompt = await new Promise((resolve) => run.on('input', (e) => resolve(e.prompt)));
  assert.equal(prompt, 'name? ');
  await sleep(30);
  const stepsWhileWaiting = module.runtimes[0].stepTimes.length;
  assert.equal(stepsWhileWaiting, 2, 'no stepping while waiting for input');
  run.provideInput('Ada');
  await run.finished;
  assert.deepEqual(events.filter(([kind]) => kind !== 'done'), [
    ['output', 'stdout', 'hello\n'],
    ['output', 'stdout', 'name? '],
    ['input', 'name? '],
    ['output', 'stdout', 'got Ada\n'],
  ]);
});

test('a program with nothing scheduled idles (no stepping) until interrupted', async () => {
  const { module, engine } = await fakeEngine();
  const run = engine.run(program({ state: 'waiting', delayMs: -1, repeat: FOREVER }));
  await sleep(60);
  assert.equal(module.runtimes[0].stepTimes.length, 1);
  run.interrupt();
  assert.equal((await run.finished).keyboardInterrupt, true);
});

test('terminate() ends a spinning run at once and frees its Runtime', async () => {
  const { module, engine } = await fakeEngine();
  const run = engine.run(program({ state: 'running', spinMs: 2, repeat: FOREVER }));
  await sleep(30);
  run.terminate();
  const result = await run.finished;
  assert.equal(result.terminated, true);
  const runtime = module.runtimes[0];
  const steps = runtime.stepTimes.length;
  await sleep(30);
  assert.equal(runtime.stepTimes.length, steps, 'no step after terminate()');
  assert.equal(runtime.deleted, true);
});

test('an engine trap ends the run with an EngineError instead of an exception in the host', async () => {
  const { engine } = await fakeEngine();
  const run = engine.run(program({ state: 'running', out: 'x\n' }, { throws: 'RuntimeError: unreachable' }));
  const events = collect(run);
  const result = await run.finished;
  assert.equal(result.engineError, true);
  assert.equal(result.exception.type, 'EngineError');
  assert.match(result.exception.message, /unreachable/);
  assert.deepEqual(events[0], ['output', 'stdout', 'x\n']);
});

test('runs in one engine are stepped independently and interleave', async () => {
  const { module, engine } = await fakeEngine();
  const a = engine.run(program({ state: 'running', out: 'a', repeat: 5 }, { state: 'finished' }));
  const b = engine.run(program({ state: 'running', out: 'b', repeat: 5 }, { state: 'finished' }));
  const out = [];
  a.on('output', (e) => out.push(e.text));
  b.on('output', (e) => out.push(e.text));
  await Promise.all([a.finished, b.finished]);
  assert.equal(out.join(''), 'ababababab');
  assert.ok(module.runtimes.every((r) => r.deleted));
});

test('a module that cannot allocate a Runtime ends the run with an EngineError, not a throw', async () => {
  const module = { Runtime: class { constructor() { throw new Error('std::bad_alloc'); } } };
  const engine = await createEngine({ worker: false, module });
  const result = await engine.run('print(1)').finished;
  assert.equal(result.engineError, true);
  assert.match(result.exception.message, /bad_alloc/);
});
