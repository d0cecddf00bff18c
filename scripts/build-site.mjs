// Writes the static site to web/dist/ from the page sources in web/ and the engine built by
// the `wasm` CMake preset. Run after `cmake --build --preset wasm`.
// The page's modules (web/src) are bundled by esbuild into app.js + app.css; the engine's
// driver stays a separate file that the page imports lazily.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `--out DIR` builds elsewhere: test processes running in parallel each build their own copy.
const outFlag = process.argv.indexOf('--out');
const dist = outFlag > 0 ? path.resolve(process.argv[outFlag + 1]) : path.join(root, 'web/dist');

// [source relative to the repo root, destination relative to web/dist, options]
// `optional` files are skipped with a note when absent: the engine module is not built yet.
const files = [
  ['web/index.html', 'index.html'],
  ['web/embed.js', 'embed.js'],
  ['build/wasm/wasm/aioplay-engine.mjs', 'aioplay-engine.mjs', { optional: true }],
  ['build/wasm/wasm/aioplay-engine.wasm', 'aioplay-engine.wasm', { optional: true }],
];

// What a first visit downloads before the engine: the issue's budget is 400 KB gzipped.
const firstLoad = ['index.html', 'app.js', 'app.css'];
const firstLoadBudget = 400 * 1024;

// Start from empty so files dropped from the list do not linger in what gets served.
fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });

for (const [from, to, { optional = false } = {}] of files) {
  const src = path.join(root, from);
  if (!fs.existsSync(src)) {
    if (!optional) throw new Error(`build-site: missing ${from}`);
    console.log(`build-site: skipped ${to} (${from} not built)`);
    continue;
  }
  const dest = path.join(dist, to);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.copyFileSync(src, dest);
}
await esbuild.build({
  entryPoints: { app: path.join(root, 'web/src/main.js') },
  outdir: dist,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  loader: { '.py': 'text' },  // the tutorial programs, shown as the examples' code
  logLevel: 'warning',
});

// The engine's driver and its Worker entry, each bundled with the wasm/ modules it imports.
// Node-only imports stay external: in a browser those code paths never run.
await esbuild.build({
  entryPoints: { driver: path.join(root, 'wasm/driver.mjs'), worker: path.join(root, 'wasm/worker.mjs') },
  outdir: dist,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  external: ['node:*'],
  legalComments: 'none',
  logLevel: 'warning',
});

const gzipped = firstLoad.map((name) => zlib.gzipSync(fs.readFileSync(path.join(dist, name)), { level: 9 }).length);
const total = gzipped.reduce((a, b) => a + b, 0);
console.log(`build-site: first load ${(total / 1024).toFixed(1)} KB gzipped (${firstLoad.map((n, i) => `${n} ${(gzipped[i] / 1024).toFixed(1)}`).join(', ')}; budget ${firstLoadBudget / 1024} KB)`);
if (total > firstLoadBudget) throw new Error('build-site: the first load is over its budget');
console.log(`build-site: wrote ${path.relative(root, dist) || dist}/`);
