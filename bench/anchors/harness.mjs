// aioplay as an engine of ../shared/anchors (its README, "Adding an engine"):
//   node bench/anchors/harness.mjs native|wasm PROG.py  -> the program's output, then "PROG <seconds>"
//   node bench/anchors/harness.mjs native|wasm --cold   -> "cold_start <seconds>"
// The program's top level runs untimed, then asyncio.run(main()) is timed with time.perf_counter()
// inside the engine, in real time as for every other engine (--virtual-time would skip timers.py's
// sleeps, which CPython has to wait for). native: build/native/aioplay in its own process; wasm:
// the engine in this node process, as the Pyodide and MicroPython harnesses run theirs. --cold:
// from loading the engine to print(1)'s output (native: the whole process, as for CPython).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const [kind, target] = process.argv.slice(2);
if (!['native', 'wasm'].includes(kind) || !target) {
  console.error('usage: node bench/anchors/harness.mjs native|wasm (PROG.py | --cold)');
  process.exit(2);
}

function timedProgram(file) {
  const name = path.basename(file, '.py');
  return `${fs.readFileSync(file, 'utf8')}
import time as _bench_time
_bench_t0 = _bench_time.perf_counter()
asyncio.run(main())
print("${name} %.4f" % (_bench_time.perf_counter() - _bench_t0))
`;
}

async function runWasm(source, { quiet = false } = {}) {
  const t0 = performance.now();
  const { createEngine } = await import(new URL('wasm/driver.mjs', `file://${root}/`).href);
  const engine = await createEngine({ worker: false, moduleUrl: new URL('build/wasm/wasm/aioplay-engine.mjs', `file://${root}/`).href });
  let first = null;
  const run = engine.run(source, { filename: 'main.py', maxOutputBytes: 0 });
  run.on('output', ({ stream, text }) => {
    first ??= performance.now();
    if (!quiet) (stream === 'stdout' ? process.stdout : process.stderr).write(text);
  });
  const result = await run.finished;
  return { status: result.status ?? 1, firstOutputMs: first - t0 };
}

if (kind === 'native') {
  const aioplay = path.join(root, 'build/native/aioplay');
  if (target === '--cold') {
    const t0 = performance.now();
    spawnSync(aioplay, ['-c', 'print(1)'], { stdio: 'ignore' });
    console.log(`cold_start ${((performance.now() - t0) / 1000).toFixed(4)}`);
  } else {
    const r = spawnSync(aioplay, ['-c', timedProgram(target)], { stdio: 'inherit' });
    process.exitCode = r.status ?? 1;
  }
} else if (target === '--cold') {
  const { firstOutputMs } = await runWasm('print(1)\n', { quiet: true });
  console.log(`cold_start ${(firstOutputMs / 1000).toFixed(4)}`);
} else {
  process.exitCode = (await runWasm(timedProgram(target))).status;
}
