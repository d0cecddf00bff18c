// The Worker path (wasm/worker_client.mjs <-> wasm/worker_protocol.mjs) in a node worker_threads
// Worker serving the scripted fake module: events by run id, interrupt, input, terminate.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { createEngine } from '../../wasm/driver.mjs';
import { FOREVER, program } from './fake_runtime.mjs';

const workerUrl = new URL('./fake_engine_worker.mjs', import.meta.url).href;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let engine;
before(async () => { engine = await createEngine({ worker: true, workerUrl }); });
after(() => engine.close());

test('output and done cross the Worker boundary in order', async () => {
  const run = engine.run(program({ state: 'running', out: 'a\n' }, { state: 'finished', err: 'e\n', status: 2 }));
  const out = [];
  run.on('output', (e) => out.push([e.stream, e.text]));
  const result = await run.finished;
  assert.deepEqual(out, [['stdout', 'a\n'], ['stderr', 'e\n']]);
  assert.equal(result.status, 2);
});

test('interrupt() reaches a spinning program in the Worker', async () => {
  const run = engine.run(program({ state: 'running', spinMs: 8, repeat: FOREVER }));
  await sleep(100);
  const asked = performance.now();
  run.interrupt();
  const result = await run.finished;
  assert.equal(result.keyboardInterrupt, true);
  assert.ok(performance.now() - asked < 100);
});

test('input() round-trips through the Worker', async () => {
  const run = engine.run(program({ state: 'input', out: '> ' }, { state: 'finished' }));
  const out = [];
  run.on('output', (e) => out.push(e.text));
  run.on('input', ({ prompt }) => run.provideInput(`${prompt}x`));
  await run.finished;
  assert.deepEqual(out, ['> ', 'got > x\n']);
});

test('interleaved runs in one Worker keep their own events', async () => {
  const a = engine.run(program({ state: 'running', out: 'a', repeat: 20 }, { state: 'finished', status: 1 }));
  const b = engine.run(program({ state: 'running', out: 'b', repeat: 20 }, { state: 'finished', status: 2 }));
  const outA = [];
  const outB = [];
  a.on('output', (e) => outA.push(e.text));
  b.on('output', (e) => outB.push(e.text));
  const [ra, rb] = await Promise.all([a.finished, b.finished]);
  assert.equal(outA.join(''), 'a'.repeat(20));
  assert.equal(outB.join(''), 'b'.repeat(20));
  assert.deepEqual([ra.status, rb.status], [1, 2]);
});

test('terminate() kills the Worker (and its runs); the next run gets a fresh one', async () => {
  const stuck = engine.run(program({ state: 'running', spinMs: 8, repeat: FOREVER }));
  const other = engine.run(program({ state: 'waiting', delayMs: 10_000 }));
  await sleep(50);
  stuck.terminate();
  assert.equal((await stuck.finished).terminated, true);
  assert.equal((await other.finished).terminated, true);
  const next = engine.run(program({ state: 'finished', out: 'fresh\n' }));
  const out = [];
  next.on('output', (e) => out.push(e.text));
  assert.equal((await next.finished).status, 0);
  assert.deepEqual(out, ['fresh\n']);
});

test('a Worker whose engine fails to load rejects createEngine()', async () => {
  const broken = createEngine({ worker: true, moduleUrl: new URL('./no-such-engine.mjs', import.meta.url) });
  await assert.rejects(broken, /no-such-engine|Cannot find|ERR_MODULE_NOT_FOUND/);
});
