// End-to-end tests of the real engine (build/wasm/wasm/aioplay-engine.mjs) under the driver, on
// node's main thread: the tutorial in real and virtual time, interrupts, limits, leaks, isolation.
// Build first: cmake --preset wasm && cmake --build build/wasm --target aioplay_engine
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { createEngine } from '../../wasm/driver.mjs';
import { loadEngineModule } from '../../wasm/engine_module.mjs';
import { describeMismatch } from '../conformance/compare.mjs';
import { loadRecordings } from '../conformance/recordings.mjs';

// AIOPLAY_ENGINE picks another build, as for wasm/aioplay.mjs.
const ENGINE_URL = process.env.AIOPLAY_ENGINE
  ? pathToFileURL(process.env.AIOPLAY_ENGINE).href
  : new URL('../../build/wasm/wasm/aioplay-engine.mjs', import.meta.url).href;
const TUTORIAL = loadRecordings(fileURLToPath(new URL('../conformance/tutorial', import.meta.url)));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let module;
let engine;
before(async () => {
  module = await loadEngineModule(ENGINE_URL);
  engine = await createEngine({ worker: false, module });
  // A first run pays for V8 compiling the wasm lazily (hundreds of ms on a loaded 2-core machine)
  // and for compiling the frozen modules it imports (reprlib for a task's repr); that is cold
  // start (bench/), not timer accuracy, so every tutorial program runs once here, in virtual time.
  for (const program of TUTORIAL) await runTutorial(program, true);
});

// Runs `source` to the end; resolves with its stdout, stderr, done payload and wall time in ms.
async function runProgram(source, options = {}) {
  const started = performance.now();
  const run = engine.run(source, options);
  let stdout = '';
  let stderr = '';
  run.on('output', ({ stream, text }) => { if (stream === 'stdout') stdout += text; else stderr += text; });
  const result = await run.finished;
  return { stdout, stderr, result, ms: performance.now() - started };
}

// How long a tutorial program sleeps: its recorded TIME: rounded to the 0.1 s its sleeps add up to.
function idealSeconds(program) {
  const time = /TIME:\s+([\d.]+)/.exec(program.stdout);
  if (time) return Math.round(Number(time[1]) * 10) / 10;
  return { '07c_nested_return_gather.py': 2 }[program.file] ?? 0;
}

function runTutorial(program, virtualTime) {
  return runProgram(program.source, {
    filename: 'main.py',
    virtualTime,
    interruptAt: program.options.interrupt_at ?? -1,
  });
}

function checkTutorial(program, run) {
  const report = describeMismatch(program.stdout, run.stdout, { unorderedLines: program.options.unordered_lines ?? [] });
  assert.equal(report, null, `${program.file} stdout:\n${report}\nstderr:\n${run.stderr}`);
  assert.equal(run.result.status, program.status, `${program.file} exit status; stderr:\n${run.stderr}`);
}

describe('the tutorial in real time: CPython\'s output, timers within 50 ms', () => {
  for (const program of TUTORIAL) {
    test(program.file, async () => {
      const run = await runTutorial(program, false);
      checkTutorial(program, run);
      const ideal = idealSeconds(program) * 1000;
      assert.ok(run.ms >= ideal - 5 && run.ms <= ideal + 50, `took ${run.ms.toFixed(1)} ms, sleeps ${ideal} ms`);
    });
  }
});

describe('the tutorial in virtual time: the same output at once', () => {
  for (const program of TUTORIAL) {
    test(program.file, async () => {
      const run = await runTutorial(program, true);
      checkTutorial(program, run);
      assert.ok(run.ms < 500, `took ${run.ms.toFixed(1)} ms of real time`);
    });
  }
});

test('while True: pass stops within 100 ms of interrupt() while a 10 ms ticker keeps firing', async () => {
  const ticks = [];
  const ticker = setInterval(() => ticks.push(performance.now()), 10);
  const run = engine.run('while True:\n    pass\n');
  let stderr = '';
  run.on('output', ({ stream, text }) => { if (stream === 'stderr') stderr += text; });
  await sleep(500);
  const asked = performance.now();
  run.interrupt();
  const result = await run.finished;
  const took = performance.now() - asked;
  clearInterval(ticker);
  assert.ok(took < 100, `interrupt took ${took.toFixed(1)} ms`);
  assert.equal(result.keyboardInterrupt, true);
  assert.equal(result.exception?.type, 'KeyboardInterrupt');
  assert.match(stderr, /KeyboardInterrupt\n$/);
  const duringSpin = ticks.filter((t) => t < asked);
  assert.ok(duringSpin.length >= 20, `${duringSpin.length} ticks during 500 ms of spinning`);
  const gaps = duringSpin.slice(1).map((t, i) => t - duringSpin[i]);
  assert.ok(Math.max(...gaps) < 50, `the loop was blocked for ${Math.max(...gaps).toFixed(1)} ms`);
});

test('a sleeping program is interrupted at once, not when its timer fires', async () => {
  const run = engine.run('import time\ntime.sleep(60)\n');
  await sleep(100);
  const asked = performance.now();
  run.interrupt();
  const result = await run.finished;
  assert.ok(performance.now() - asked < 100);
  assert.equal(result.exception?.type, 'KeyboardInterrupt');
});

describe('bombs end in Python errors and the next run in the same module works', () => {
  const bombs = {
    recursion: ['def f(n):\n    return f(n + 1)\nf(0)\n', 'RecursionError', {}],
    'deep recursion limit': ['def f(n):\n    return f(n + 1)\nf(0)\n', 'RecursionError', { recursionLimit: 100000 }],
    'memory (growth)': ['x = []\nwhile True:\n    x.append("a" * 1000000)\n', 'MemoryError', { maxHeapMB: 64 }],
    'memory (one huge string)': ['s = "x" * (10 ** 10)\n', 'MemoryError', { maxHeapMB: 64 }],
  };
  for (const [name, [source, type, options]] of Object.entries(bombs)) {
    test(name, async () => {
      const bomb = await runProgram(source, options);
      assert.equal(bomb.result.exception?.type, type, bomb.stderr);
      assert.equal(bomb.result.status, 1);
      const next = await runProgram('print(sum(range(10)))\n');
      assert.equal(next.stdout, '45\n');
      assert.equal(next.result.status, 0);
    });
  }
});

test('1000 consecutive runs leave the heap where it was', async () => {
  const source = 'total = 0\nfor i in range(200):\n    total += i * i\nd = {str(i): [i] for i in range(50)}\nprint(total, len(d))\n';
  for (let i = 0; i < 20; i++) await runProgram(source); // warm up: first-run allocations, caches
  const heapBefore = module.heapBytesInUse();
  const memoryBefore = module.HEAP8.buffer.byteLength;
  for (let i = 0; i < 1000; i++) {
    const { stdout } = await runProgram(source);
    if (stdout !== '2646700 50\n') assert.fail(`run ${i} printed ${JSON.stringify(stdout)}`);
  }
  const growth = module.heapBytesInUse() - heapBefore;
  assert.ok(growth < 16 * 1024, `malloc'd bytes grew by ${growth} over 1000 runs`);
  assert.equal(module.HEAP8.buffer.byteLength, memoryBefore, 'the wasm memory grew');
});

test('two interleaved runtimes see neither each other\'s output, nor tasks, nor globals', async () => {
  const program = (name, other) => [
    'import asyncio',
    `x = ${JSON.stringify(name)}`,
    'async def main():',
    '    for i in range(5):',
    `        print(x, i, asyncio.current_task().get_name(), len(asyncio.all_tasks()), ${JSON.stringify(other)} in globals())`,
    '        await asyncio.sleep(0.01)',
    `${name.toLowerCase()}_only = 1`,
    'asyncio.run(main())',
    '',
  ].join('\n');
  const [a, b] = await Promise.all([runProgram(program('A', 'b_only')), runProgram(program('B', 'a_only'))]);
  const expected = (name) => [0, 1, 2, 3, 4].map((i) => `${name} ${i} Task-1 1 False\n`).join('');
  assert.equal(a.stdout, expected('A'), a.stderr);
  assert.equal(b.stdout, expected('B'), b.stderr);
});

test('a SyntaxError finishes the run with CPython\'s report and status 1', async () => {
  const run = await runProgram('print("a"\n', { filename: 'main.py' });
  assert.equal(run.result.status, 1);
  assert.equal(run.result.exception?.type, 'SyntaxError');
  assert.match(run.stderr, /File "main.py", line 1/);
});

test('the real engine runs in a Worker too', async () => {
  const workerEngine = await createEngine({ worker: true, moduleUrl: ENGINE_URL });
  try {
    const run = workerEngine.run('print("from the worker")\n');
    let stdout = '';
    run.on('output', ({ text }) => { stdout += text; });
    assert.equal((await run.finished).status, 0);
    assert.equal(stdout, 'from the worker\n');
  } finally {
    workerEngine.close();
  }
});

const CONCURRENCY = TUTORIAL.find((program) => program.file === '06_concurrency.py');

// The trace of a whole run, with its output.
async function traceRun(eng, source, options = {}) {
  const run = eng.run(source, { virtualTime: true, trace: true, ...options });
  const events = [];
  let stdout = '';
  run.on('trace', (event) => events.push(event));
  run.on('output', ({ stream, text }) => { if (stream === 'stdout') stdout += text; });
  const result = await run.finished;
  return { events, stdout, result };
}

test('trace events draw the concurrency example: three tasks sleeping 1, 2 and 4 s side by side', async () => {
  const { events, result } = await traceRun(engine, CONCURRENCY.source);
  assert.equal(result.status, 0);
  const mainEvents = events.filter((e) => e.task === 'main').map((e) => e.kind + (e.detail ? ` ${e.detail}` : ''));
  assert.deepEqual(mainEvents, ['task_created', 'task_running', 'task_awaiting loop.run_until_complete()', 'task_running', 'task_done']);
  for (const [name, seconds] of [['Task-1', 1], ['Task-2', 2], ['Task-3', 4]]) {
    const own = events.filter((e) => e.task === name);
    assert.equal(own[0].kind, 'task_created', name);
    assert.equal(own[0].detail, 'do_some_work()');
    assert.ok(own.every((e) => e.taskId === own[0].taskId && e.taskId > 0), `${name} keeps one id`);
    const asleep = own.find((e) => e.kind === 'task_awaiting');
    assert.equal(asleep.detail, `sleep(${seconds})`);
    // Fast-forward time still counts computing (the import, a loaded machine): times are
    // checked from when the task began to sleep.
    assert.ok(Math.abs(own.find((e) => e.kind === 'timer_scheduled').deadline - asleep.time - seconds) < 0.01);
    const end = own.at(-1);
    assert.equal(end.kind, 'task_done');
    assert.ok(Math.abs(end.time - asleep.time - seconds) < 0.01, `${name} slept from ${asleep.time} to ${end.time}`);
  }
});

test('no trace events unless asked for', async () => {
  const run = engine.run(CONCURRENCY.source, { virtualTime: true });
  let traced = 0;
  run.on('trace', () => { traced += 1; });
  await run.finished;
  assert.equal(traced, 0);
});

// Pauses `run` once its program has started its loop, then steps it until `done(snapshot)`.
async function stepUntil(run, done, maxSteps = 50) {
  let snapshot = await run.snapshot();
  for (let steps = 0; steps < maxSteps && !done(snapshot); steps += 1) {
    await run.stepOne();
    snapshot = await run.snapshot();
  }
  return snapshot;
}

for (const worker of [false, true]) {
  test(`pause, single steps and snapshots show the gather example's three timers (${worker ? 'Worker' : 'main thread'})`, async () => {
    const eng = worker ? await createEngine({ worker: true, moduleUrl: ENGINE_URL }) : engine;
    try {
      const run = eng.run(CONCURRENCY.source, { virtualTime: false, trace: true });
      let stdout = '';
      run.on('output', ({ text }) => { stdout += text; });
      await run.pause();
      const snapshot = await stepUntil(run, (s) => s?.timers?.length === 3);
      assert.equal(snapshot.timers.length, 3, JSON.stringify(snapshot));
      assert.equal(snapshot.main, 'loop.run_until_complete()');
      assert.deepEqual(snapshot.timers.map((t) => Math.round(t.deadline - snapshot.time)), [1, 2, 4]);
      assert.deepEqual(snapshot.timers.map((t) => t.what), ['Task-1: end of sleep', 'Task-2: end of sleep', 'Task-3: end of sleep']);
      assert.deepEqual(snapshot.tasks.slice(0, 3).map((t) => [t.name, t.state]),
        [['Task-1', 'sleeping'], ['Task-2', 'sleeping'], ['Task-3', 'sleeping']]);
      assert.equal(stdout, 'Waiting:  1\nWaiting:  2\nWaiting:  4\n');
      await sleep(1200);
      assert.equal(stdout, 'Waiting:  1\nWaiting:  2\nWaiting:  4\n', 'a paused run stays paused past its timers');
      await run.resume();
      const result = await run.finished;
      assert.equal(result.status, 0);
      assert.match(stdout, /TIME: {2}\d/);
      assert.equal(await run.snapshot(), null, 'a finished run has nothing to show');
    } finally {
      if (worker) eng.close();
    }
  });
}

test('input() waits for provideInput() and resumes with the line; Ctrl+C while waiting is a KeyboardInterrupt', async () => {
  const run = engine.run('name = input("Name? ")\nprint("Hi", name)\n', {});
  let stdout = '';
  run.on('output', ({ text }) => { stdout += text; });
  const { prompt } = await new Promise((resolve) => run.on('input', resolve));
  assert.equal(prompt, 'Name? ');
  run.provideInput('Ada');
  assert.equal((await run.finished).status, 0);
  assert.equal(stdout, 'Name? Hi Ada\n');

  const stopped = engine.run('input("> ")\n', {});
  await new Promise((resolve) => stopped.on('input', resolve));
  stopped.interrupt();
  const result = await stopped.finished;
  assert.equal(result.exception?.type, 'KeyboardInterrupt');
});
