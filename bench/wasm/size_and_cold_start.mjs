// The wasm engine's download size and node cold start (issue 5's "Size and speed"):
//   node bench/wasm/size_and_cold_start.mjs [runs]
// Size: aioplay-engine.wasm + its glue aioplay-engine.mjs, gzip -9 (and the driver bundle the page
// also loads, measured by building it with esbuild as scripts/build-site.mjs does).
// Cold start: a fresh node process per run; from just before `import()` of the driver to the
// first output of `print(1)` (as /work/shared/anchors/run_mpy.mjs --cold measures MicroPython),
// and since the process started. Median of `runs` (default 15).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = new URL('../../', import.meta.url);
// AIOPLAY_ENGINE picks another build, as for wasm/aioplay.mjs.
const engineMjs = process.env.AIOPLAY_ENGINE ? pathToFileURL(process.env.AIOPLAY_ENGINE)
  : new URL('build/wasm/wasm/aioplay-engine.mjs', root);
const engineWasm = new URL(engineMjs.href.replace(/\.mjs$/, '.wasm'));
const driver = new URL('wasm/driver.mjs', root);

if (process.argv[2] === '--child') {
  const t0 = performance.now();
  const { createEngine } = await import(driver.href);
  const engine = await createEngine({ worker: false, moduleUrl: engineMjs.href });
  const run = engine.run('print(1)\n');
  run.on('output', () => {
    const t1 = performance.now();
    process.stdout.write(`${JSON.stringify({ sinceImport: t1 - t0, sinceProcessStart: t1 })}\n`);
    process.exit(0);
  });
} else {
  const runs = Number(process.argv[2] ?? 15);
  const gz = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;
  const wasm = fs.readFileSync(engineWasm);
  const glue = fs.readFileSync(engineMjs);
  const bundle = await esbuild.build({
    entryPoints: [fileURLToPath(driver)], bundle: true, format: 'esm', target: 'es2022', minify: true,
    external: ['node:*'], write: false, logLevel: 'warning',
  });
  const driverBytes = bundle.outputFiles[0].contents;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`aioplay-engine.wasm ${kb(wasm.length)} raw, ${kb(gz(wasm))} gzip -9`);
  console.log(`aioplay-engine.mjs  ${kb(glue.length)} raw, ${kb(gz(glue))} gzip -9`);
  console.log(`engine download     ${kb(gz(wasm) + gz(glue))} gzip -9 (budget 200 KB)`);
  console.log(`driver.mjs bundle   ${kb(driverBytes.length)} raw, ${kb(gz(driverBytes))} gzip -9`);

  const samples = [];
  for (let i = 0; i < runs; i++) {
    samples.push(JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child'], { encoding: 'utf8' })));
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`cold start (import -> first print), median of ${runs}: ${median(samples.map((s) => s.sinceImport)).toFixed(1)} ms`
    + ` (since process start ${median(samples.map((s) => s.sinceProcessStart)).toFixed(1)} ms)`);
}
