// `npm run bench`: the programs of ../shared/anchors/bench on aioplay (native and wasm) next to
// CPython 3.11, Pyodide and MicroPython, interleaved (every engine once per round, REPS rounds),
// plus cold starts, download sizes, peak RSS, the memory of a suspended task and core/loop's
// Google Benchmark suite. Writes bench/RESULTS.md.
//
//   node bench/anchors/run.mjs [--reps N] [--only aioplay_native,cpython,...]
//
// The anchors' own harnesses run from a copy in build/anchors (its npm packages are installed
// there, not in ../shared). An engine that is missing (no python3, no npm package) is reported as
// such and left out.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { firstLoadReport, measureFirstLoad } from '../web/first_load.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = path.join(root, '..', 'shared', 'anchors');
const anchors = path.join(root, 'build', 'anchors');

function parseArgs(argv) {
  const args = { reps: 5, coldReps: 5, only: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--reps') args.reps = Number(argv[++i]);
    else if (argv[i] === '--only') args.only = argv[++i].split(',');
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

function prepareAnchors() {
  if (!fs.existsSync(shared)) throw new Error(`no anchors at ${shared}`);
  fs.cpSync(shared, anchors, { recursive: true, filter: (src) => !src.includes(`${path.sep}results`) });
  if (!fs.existsSync(path.join(anchors, 'node_modules'))) {
    const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: anchors, stdio: 'inherit' });
    if (r.status !== 0) console.error('bench: npm ci in build/anchors failed; Pyodide and MicroPython are left out');
  }
}

function engines() {
  const harness = path.join(root, 'bench/anchors/harness.mjs');
  const all = {
    aioplay_native: { cmd: ['node', harness, 'native'], ok: fs.existsSync(path.join(root, 'build/native/aioplay')) },
    aioplay_wasm: { cmd: ['node', harness, 'wasm'], ok: fs.existsSync(path.join(root, 'build/wasm/wasm/aioplay-engine.wasm')) },
    cpython: { cmd: ['sh', path.join(anchors, 'run_cpython.sh')], ok: spawnSync('python3', ['--version']).status === 0 },
    pyodide: { cmd: ['node', path.join(anchors, 'run_pyodide.mjs')], ok: fs.existsSync(path.join(anchors, 'node_modules/pyodide')) },
    micropython: {
      cmd: ['node', path.join(anchors, 'run_mpy.mjs')],
      ok: fs.existsSync(path.join(anchors, 'node_modules/@micropython/micropython-webassembly-pyscript')),
    },
  };
  return all;
}

// One run under /usr/bin/time -v: the last "NAME <seconds>" line, the other output, peak RSS.
function timedRun(cmd, name) {
  const timeFile = path.join(os.tmpdir(), `aioplay-bench-${process.pid}.txt`);
  const r = spawnSync('/usr/bin/time', ['-v', '-o', timeFile, ...cmd], { cwd: anchors, encoding: 'utf8', timeout: 900_000 });
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(fs.existsSync(timeFile) ? fs.readFileSync(timeFile, 'utf8') : '');
  const lines = (r.stdout ?? '').split('\n').filter((l) => l.trim());
  const timing = new RegExp(`^${name} ([0-9.]+)$`);
  const hit = [...lines].reverse().map((l) => timing.exec(l)).find(Boolean);
  return {
    seconds: hit ? Number(hit[1]) : null,
    output: lines.filter((l) => !timing.test(l)).join(' | '),
    error: hit ? null : ((r.stderr ?? '').trim().split('\n').pop() || `exit ${r.status}`),
    rssMiB: rss ? Number(rss[1]) / 1024 : null,
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null;
};
const fmt = (x, d = 3) => (x === null || x === undefined ? '—' : x.toFixed(d));

function gzipSize(files) {
  return files.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length, 0);
}

function downloadSizes() {
  const mpy = path.join(anchors, 'node_modules/@micropython/micropython-webassembly-pyscript');
  const pyo = path.join(anchors, 'node_modules/pyodide');
  const sizes = {
    aioplay_wasm: [path.join(root, 'build/wasm/wasm/aioplay-engine.wasm'), path.join(root, 'build/wasm/wasm/aioplay-engine.mjs')],
    micropython: [path.join(mpy, 'micropython.wasm'), path.join(mpy, 'micropython.mjs')],
    pyodide: ['pyodide.asm.wasm', 'pyodide.asm.mjs', 'python_stdlib.zip', 'pyodide.mjs', 'pyodide-lock.json'].map((f) => path.join(pyo, f)),
  };
  const out = {};
  for (const [engine, files] of Object.entries(sizes)) out[engine] = files.every((f) => fs.existsSync(f)) ? gzipSize(files) / 1024 : null;
  return out;
}

// Bytes per suspended Python task (coroutine frame + Task + its timer), from the peak RSS of
// 100,000 sleeping tasks against none, natively.
function suspendedTaskBytes() {
  const program = (n) => `import asyncio
async def sleeper():
    await asyncio.sleep(1)
async def main():
    tasks = [asyncio.create_task(sleeper()) for _ in range(${n})]
    await asyncio.sleep(0.5)
    for t in tasks:
        t.cancel()
asyncio.run(main())
`;
  const rss = (n) => {
    const timeFile = path.join(os.tmpdir(), `aioplay-bench-mem-${process.pid}.txt`);
    spawnSync('/usr/bin/time', ['-v', '-o', timeFile, path.join(root, 'build/native/aioplay'), '--virtual-time', '-c', program(n)]);
    return Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(fs.readFileSync(timeFile, 'utf8'))[1]) * 1024;
  };
  const samples = [0, 1, 2].map(() => (rss(100_000) - rss(0)) / 100_000);
  return median(samples);
}

function loopBench() {
  const exe = path.join(root, 'build/native/bench/loop_bench');
  if (!fs.existsSync(exe)) return null;
  const json = execFileSync(exe, ['--benchmark_repetitions=5', '--benchmark_report_aggregates_only=true', '--benchmark_format=json'],
    { encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(json).benchmarks.filter((b) => b.aggregate_name === 'median');
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  prepareAnchors();
  const all = engines();
  const names = Object.keys(all).filter((e) => (!args.only || args.only.includes(e)));
  const missing = names.filter((e) => !all[e].ok);
  const used = names.filter((e) => all[e].ok);
  for (const e of missing) console.log(`bench: ${e} is not available here; left out`);
  const programs = fs.readdirSync(path.join(anchors, 'bench')).filter((f) => f.endsWith('.py')).sort();

  const results = {};  // engine -> program -> { runs, rss, output, error }
  for (const e of used) results[e] = {};
  const cold = Object.fromEntries(used.map((e) => [e, []]));
  for (let rep = 0; rep < args.coldReps; rep++) {
    for (const e of used) {
      const r = timedRun([...all[e].cmd, '--cold'], 'cold_start');
      if (r.seconds !== null) cold[e].push(r.seconds);
    }
  }
  for (const file of programs) {
    const name = file.slice(0, -3);
    for (const e of used) results[e][name] = { runs: [], rss: [], output: '', error: null };
    for (let rep = 0; rep < args.reps; rep++) {
      for (const e of used) {
        const slot = results[e][name];
        if (slot.error) continue;
        const r = timedRun([...all[e].cmd, path.join('bench', file)], name);
        if (r.seconds === null) slot.error = r.error;
        else slot.runs.push(r.seconds);
        if (r.rssMiB) slot.rss.push(r.rssMiB);
        slot.output ||= r.output;
        console.log(`${e.padEnd(15)} ${name.padEnd(11)} ${r.seconds === null ? `ERROR ${r.error}` : r.seconds.toFixed(4)}`);
      }
    }
  }

  const sizes = downloadSizes();
  const taskBytes = all.aioplay_native.ok && used.includes('aioplay_native') ? suspendedTaskBytes() : null;
  const loop = loopBench();
  const page = used.includes('aioplay_wasm') ? await measureFirstLoad({ reps: args.coldReps }) : null;
  fs.writeFileSync(path.join(root, 'bench/RESULTS.md'), report({ args, used, missing, programs, results, cold, sizes, taskBytes, loop, page }));
  console.log('bench: wrote bench/RESULTS.md');
}

function report({ args, used, missing, programs, results, cold, sizes, taskBytes, loop, page }) {
  const cpu = (fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) ?? [, '?'])[1];
  const names = programs.map((f) => f.slice(0, -3));
  const cell = (r) => (r.error ? `ERR: ${r.error}` : `${fmt(median(r.runs))} (${fmt(Math.min(...r.runs))}–${fmt(Math.max(...r.runs))})`);
  const lines = [
    '# Benchmarks: aioplay next to CPython, Pyodide and MicroPython',
    '',
    `Written by \`npm run bench\` (\`node bench/anchors/run.mjs --reps ${args.reps}\`) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    `Machine: ${cpu}, ${os.cpus().length} cores, node ${process.version}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')} (1/5/15 min) at the end.`,
    `Programs: ../shared/anchors/bench, each engine once per round, ${args.reps} rounds; seconds of \`asyncio.run(main())\` only, median (min–max).`,
    'aioplay runs in real time like the others (its `--virtual-time` would skip the sleeps of timers.py).',
    missing.length ? `Not available on this machine, left out: ${missing.join(', ')}.` : '',
    '',
    `| program | ${used.join(' | ')} |`,
    `|---|${used.map(() => '---|').join('')}`,
    ...names.map((n) => `| ${n} | ${used.map((e) => cell(results[e][n])).join(' | ')} |`),
    `| cold start (load → print(1)), s | ${used.map((e) => fmt(median(cold[e]))).join(' | ')} |`,
    `| peak RSS MiB (largest program) | ${used.map((e) => fmt(Math.max(...names.flatMap((n) => results[e][n].rss)), 0)).join(' | ')} |`,
    '',
  ];
  for (const ours of ['aioplay_native', 'aioplay_wasm'].filter((e) => used.includes(e))) {
    const others = used.filter((e) => !e.startsWith('aioplay'));
    lines.push(`## ${ours}: time ratio to each anchor (below 1 is faster)`, '', `| program | ${others.join(' | ')} |`, `|---|${others.map(() => '---|').join('')}`);
    for (const n of names) {
      lines.push(`| ${n} | ${others.map((e) => {
        const a = median(results[ours][n].runs);
        const b = median(results[e][n].runs);
        return a !== null && b !== null ? (a / b).toFixed(2) : '—';
      }).join(' | ')} |`);
    }
    lines.push('');
  }
  lines.push('## Download size (gzip -9 of what the engine loads)', '', '| engine | KB |', '|---|---|');
  for (const [e, kb] of Object.entries(sizes)) lines.push(`| ${e} | ${fmt(kb, 1)} |`);
  lines.push('');
  if (taskBytes !== null) {
    lines.push('## Memory of a suspended task', '', `${Math.round(taskBytes)} bytes per sleeping Python task (coroutine frame + Task + timer), natively: peak RSS of 100,000 sleeping tasks minus none, over 100,000 (median of 3).`, '');
  }
  if (loop) {
    lines.push('## core/loop (Google Benchmark, bench/loop_bench.cpp, medians of 5)', '', '| benchmark | CPU time | counters |', '|---|---|---|');
    for (const b of loop) {
      // Rate counters come as per-second values; "ns_per_*" ones inverted, in seconds.
      const counters = Object.entries(b).filter(([k]) => /^(ns_per|tasks_per|switches_per|bytes_per|peak_rss|create_ms|run_ms|teardown_ms)/.test(k))
        .map(([k, v]) => `${k} ${Number(k.startsWith('ns_per') ? v * 1e9 : v).toPrecision(4)}`).join(', ');
      lines.push(`| ${b.run_name} | ${Number(b.cpu_time).toFixed(0)} ${b.time_unit} | ${counters} |`);
    }
    lines.push('');
  }
  if (page) lines.push(firstLoadReport(page));
  lines.push('Result lines (must be the same on every engine):', '');
  for (const n of names) lines.push(`- ${n}: ${[...new Set(used.map((e) => results[e][n].output))].map((o) => `\`${o}\``).join(' / ')}`);
  return `${lines.filter((l, i, a) => !(l === '' && a[i - 1] === '')).join('\n')}\n`;
}

await main();
