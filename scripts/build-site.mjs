// Writes the static site to web/dist/ from the page sources in web/ and the engine built by
// the `wasm` CMake preset. Run after `cmake --build --preset wasm`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'web/dist');

// [source relative to the repo root, destination relative to web/dist, options]
// `optional` files are skipped with a note when absent: the engine module is not built yet.
const files = [
  ['web/index.html', 'index.html'],
  ['web/embed.js', 'embed.js'],
  ['build/wasm/wasm/aioplay.mjs', 'aioplay.mjs', { optional: true }],
  ['build/wasm/wasm/aioplay.wasm', 'aioplay.wasm', { optional: true }],
];

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
console.log(`build-site: wrote ${path.relative(root, dist)}/`);
