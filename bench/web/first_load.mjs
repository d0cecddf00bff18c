// The page's first load in headless Chromium (issue 6's budgets): what a first visit downloads
// (gzip -9 of every file the page fetched, editor and engine included) and how long after the
// navigation began the first example can run: the engine ready, then its output on screen.
// Each round is a new browser context (no cache).
//
//   node bench/web/first_load.mjs [--reps N]        (builds the site into a temporary directory)
//
// run.mjs calls measureFirstLoad() for bench/RESULTS.md.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
}

// One cold visit: the files fetched, ms from navigation start to the engine being ready, and to
// the first example's first output line after Run was pressed the moment it could be.
async function visit(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = new Set();
  page.on('requestfinished', (request) => fetched.add(new URL(request.url()).pathname));
  const worker = new Set();
  page.on('worker', (w) => worker.add(w.url()));
  await page.goto(url);
  const readyMs = await page.waitForFunction(() => document.body.dataset.engine === 'ready' && performance.now(),
    undefined, { polling: 'raf', timeout: 60000 }).then((handle) => handle.jsonValue());
  await page.evaluate(() => window.aioplay.run());
  const outputMs = await page.waitForFunction(
    () => document.querySelector('[data-testid="output"] .out-stdout') && performance.now(),
    undefined, { polling: 'raf', timeout: 60000 },
  ).then((handle) => handle.jsonValue());
  await page.evaluate(() => window.aioplay.whenIdle());
  await context.close();
  return { fetched, readyMs, outputMs };
}

export async function measureFirstLoad({ reps = 5 } = {}) {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'aioplay-bench-site-'));
  execFileSync(process.execPath, [path.join(root, 'scripts/build-site.mjs'), '--out', site], { stdio: 'ignore' });
  const server = await startServer({ root: site, port: 0 });
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const visits = [];
    for (let i = 0; i < reps; i++) visits.push(await visit(browser, url));
    // Worker scripts and the wasm are fetched by the Worker, which the page's request events do not
    // always show: count every file of the site that any visit fetched, plus the engine files.
    const files = new Set(visits.flatMap((v) => [...v.fetched]));
    for (const name of ['worker.mjs', 'aioplay-engine.mjs', 'aioplay-engine.wasm']) {
      if (fs.existsSync(path.join(site, name))) files.add(`/${name}`);
    }
    const sizes = [...files].map((p) => (p === '/' ? '/index.html' : p))
      .filter((p) => fs.existsSync(path.join(site, p)))
      .map((p) => ({ file: p.slice(1), gzipBytes: zlib.gzipSync(fs.readFileSync(path.join(site, p)), { level: 9 }).length }))
      .sort((a, b) => b.gzipBytes - a.gzipBytes);
    return {
      reps,
      readyMs: median(visits.map((v) => v.readyMs)),
      outputMs: median(visits.map((v) => v.outputMs)),
      outputRange: [Math.min(...visits.map((v) => v.outputMs)), Math.max(...visits.map((v) => v.outputMs))],
      sizes,
      totalKB: sizes.reduce((sum, s) => sum + s.gzipBytes, 0) / 1024,
    };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(site, { recursive: true, force: true });
  }
}

// The RESULTS.md section.
export function firstLoadReport(result) {
  const ms = (x) => `${Math.round(x)} ms`;
  return [
    '## The page: first load in headless Chromium (bench/web/first_load.mjs)',
    '',
    `A cold visit (new browser context) to the built site served from 127.0.0.1, ${result.reps} visits, medians.`,
    '',
    '| measure | value | budget |',
    '|---|---|---|',
    `| download, gzip -9 of every file fetched (page, editor, driver, Worker, engine) | ${result.totalKB.toFixed(1)} KB | 400 KB |`,
    `| navigation → engine ready | ${ms(result.readyMs)} | |`,
    `| navigation → first example's output (Run pressed when ready) | ${ms(result.outputMs)} (${ms(result.outputRange[0])}–${ms(result.outputRange[1])}) | 300 ms |`,
    '',
    `Files: ${result.sizes.map((s) => `${s.file} ${(s.gzipBytes / 1024).toFixed(1)} KB`).join(', ')}.`,
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const repsAt = process.argv.indexOf('--reps');
  const result = await measureFirstLoad({ reps: repsAt > 0 ? Number(process.argv[repsAt + 1]) : 5 });
  console.log(firstLoadReport(result));
}
