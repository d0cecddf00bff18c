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
  ['web/embed.html', 'embed.html'],
  ['web/course-demo.html', 'course-demo.html'],
  ['build/wasm/wasm/aioplay-engine.mjs', 'aioplay-engine.mjs', { optional: true }],
  ['build/wasm/wasm/aioplay-engine.wasm', 'aioplay-engine.wasm', { optional: true }],
];

// What a first visit downloads before the engine: the issue's budget is 400 KB gzipped.
const firstLoad = ['index.html', 'app.js', 'app.css', 'engine-start.js'];
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
// What every bundle below has in common.
const bundled = { outdir: dist, bundle: true, target: 'es2022', minify: true, legalComments: 'none', logLevel: 'warning' };
await esbuild.build({
  ...bundled,
  entryPoints: { app: path.join(root, 'web/src/main.js'), 'engine-start': path.join(root, 'web/src/engine_start.js') },
  format: 'esm',
  loader: { '.py': 'text' },  // the tutorial programs, shown as the examples' code
});

// The embed (web/embed, README "Embed in your course"). embed.js is the classic script course
// pages include; it imports embed-widgets.js (script embeds) and embed.html loads embed-frame.js
// (iframe embeds). Those two are ES modules split into shared chunks, so that CodeMirror (a
// dynamic import) arrives only when a widget needs it. Their styles are inlined as text
// (`import css from './x.css?inline'`) for the widgets' constructed style sheets.
const inlineCss = {
  name: 'inline-css',
  setup(build) {
    build.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path.replace(/\?inline$/, '')), namespace: 'inline-css',
    }));
    build.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => {
      const css = await esbuild.build({ entryPoints: [args.path], bundle: true, minify: true, write: false, logLevel: 'warning' });
      return { contents: css.outputFiles[0].text, loader: 'text', watchFiles: [args.path] };
    });
  },
};
await esbuild.build({ ...bundled, entryPoints: { embed: path.join(root, 'web/embed/embed.js') }, format: 'iife' });
const embedModules = await esbuild.build({
  ...bundled,
  entryPoints: { 'embed-widgets': path.join(root, 'web/embed/page.js'), 'embed-frame': path.join(root, 'web/embed/iframe.js') },
  format: 'esm',
  splitting: true,
  chunkNames: 'embed-chunk-[hash]',
  plugins: [inlineCss],
  metafile: true,
});

// The engine's driver and its Worker entry, each bundled with the wasm/ modules it imports.
// Node-only imports stay external: in a browser those code paths never run.
await esbuild.build({
  ...bundled,
  entryPoints: { driver: path.join(root, 'wasm/driver.mjs'), worker: path.join(root, 'wasm/worker.mjs') },
  outExtension: { '.js': '.mjs' },
  format: 'esm',
  external: ['node:*'],
});

const gzipped = firstLoad.map((name) => zlib.gzipSync(fs.readFileSync(path.join(dist, name)), { level: 9 }).length);
const total = gzipped.reduce((a, b) => a + b, 0);
console.log(`build-site: first load ${(total / 1024).toFixed(1)} KB gzipped (${firstLoad.map((n, i) => `${n} ${(gzipped[i] / 1024).toFixed(1)}`).join(', ')}; budget ${firstLoadBudget / 1024} KB)`);
if (total > firstLoadBudget) throw new Error('build-site: the first load is over its budget');

// What a course page downloads for its widgets before CodeMirror and the engine: embed.js and
// embed-widgets.js with the chunks it imports statically (the styles are inside). Budget: 60 KB gzipped.
const embedFirstLoadBudget = 60 * 1024;
const embedFirstLoad = new Set(['embed.js']);
const outputs = embedModules.metafile.outputs;
const addWithImports = (file) => {
  const name = path.relative(dist, path.resolve(file));
  if (embedFirstLoad.has(name)) return;
  embedFirstLoad.add(name);
  for (const imported of outputs[file]?.imports ?? []) if (imported.kind === 'import-statement') addWithImports(imported.path);
};
addWithImports(Object.keys(outputs).find((file) => file.endsWith('embed-widgets.js')));
const embedSize = [...embedFirstLoad].reduce((sum, name) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, name)), { level: 9 }).length, 0);
console.log(`build-site: embed ${(embedSize / 1024).toFixed(1)} KB gzipped before CodeMirror and the engine (${[...embedFirstLoad].join(', ')}; budget ${embedFirstLoadBudget / 1024} KB)`);
if (embedSize > embedFirstLoadBudget) throw new Error('build-site: the embed is over its budget');
console.log(`build-site: wrote ${path.relative(root, dist) || dist}/`);
