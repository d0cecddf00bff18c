// Shared set-up for the page's browser tests: builds the site into a private temporary
// directory (test files run in parallel processes), serves it with scripts/serve.mjs on a free
// port, and opens pages in Debian's Chromium through playwright-core. Stand-in engines are
// swapped in through request routing (see open()), so nothing of them is part of the built site.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { loadRecordings } from '../conformance/recordings.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const tutorialDir = path.join(root, 'tests/conformance/tutorial');
export const resultsDir = path.join(root, 'test-results');

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function readRecordings() {
  return loadRecordings(tutorialDir).map(({ name, source, stdout, stderr, options }) => ({ name, source, stdout, stderr, interruptAt: options.interrupt_at }));
}

async function bundleFakeEngine() {
  const recordings = { name: 'fake-recordings', setup(build) {
    build.onResolve({ filter: /^fake:recordings$/ }, () => ({ path: 'recordings', namespace: 'fake' }));
    build.onLoad({ filter: /.*/, namespace: 'fake' }, () => ({ contents: `export default ${JSON.stringify(readRecordings())};`, loader: 'js' }));
  } };
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'tests/web/fake-engine.mjs')],
    bundle: true, format: 'esm', write: false, plugins: [recordings], logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

// Builds the site with scripts/build-site.mjs into a new temporary directory and returns it.
export function buildSite() {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'aioplay-site-'));
  execFileSync(process.execPath, [path.join(root, 'scripts/build-site.mjs'), '--out', site], { stdio: 'ignore' });
  return site;
}

// The wasm engineer's scripted Runtime (tests/wasm/fake_runtime.mjs) as an engine module: with
// it the real driver and Worker run "programs" written as JSON steps, before the wasm exists.
async function bundleScriptedRuntime() {
  const result = await esbuild.build({
    stdin: {
      contents: "import { createFakeModule } from './tests/wasm/fake_runtime.mjs';\nexport default async () => createFakeModule();\n",
      resolveDir: root,
      loader: 'js',
    },
    bundle: true, format: 'esm', write: false, logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

// Starts everything once per test file; call close() in after().
export async function startHarness() {
  const site = buildSite();
  const fakeEngine = await bundleFakeEngine();
  const scriptedRuntime = await bundleScriptedRuntime();
  const server = await startServer({ root: site, port: 0 });
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
  fs.mkdirSync(resultsDir, { recursive: true });

  // Opens the page in a fresh context (its own localStorage). Returns { page, context, problems }:
  // problems collects page errors and console errors (CSP violations among them).
  // engine: 'fake' (fake-engine.mjs as the driver), 'scripted' (the real driver over the scripted
  // Runtime), 'missing' (the real driver, the engine module answering 404) or 'real' (the build's).
  // path: another page of the site (course-demo.html), or a whole URL (a host page elsewhere).
  async function open({ engine = 'fake', engineDelayMs = 0, colorScheme = 'light', viewport = { width: 1280, height: 900 },
    locale = 'en-US', path: pagePath = '', hash = '', waitForEngine = true } = {}) {
    const context = await browser.newContext({ colorScheme, viewport, locale });
    context.setDefaultTimeout(60000);  // the machine is shared: a loaded minute beats a flaky failure
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    if (engine === 'scripted') {
      await context.route('**/aioplay-engine.mjs', (route) => route.fulfill({ contentType: 'text/javascript', body: scriptedRuntime }));
    }
    if (engine === 'missing') {
      await context.route('**/aioplay-engine.mjs', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    }
    if (engine === 'fake') {
      await context.route('**/driver.mjs', async (route) => {
        if (engineDelayMs) await new Promise((resolve) => setTimeout(resolve, engineDelayMs));
        await route.fulfill({ contentType: 'text/javascript', body: fakeEngine });
      });
    }
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
    await page.goto(new URL(pagePath, url).href + hash);
    if (waitForEngine) await page.waitForSelector('body[data-engine="ready"]');
    return { page, context, problems };
  }

  async function close() {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(site, { recursive: true, force: true });
  }

  return { url, site, open, close };
}

// Serves pages from a second origin (another port): course pages that embed the site's widgets
// from elsewhere. pages: { 'name.html': html }. Returns { url, close() }.
export async function serveHostPages(pages) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aioplay-host-'));
  for (const [name, html] of Object.entries(pages)) fs.writeFileSync(path.join(dir, name), html);
  const server = await startServer({ root: dir, port: 0 });
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

// The console's text as the learner sees it.
export function outputText(page) {
  return page.getByTestId('output').evaluate((element) => element.innerText);
}

export async function waitForOutput(page, text, timeout = 10000) {
  await page.waitForFunction((expected) => document.querySelector('[data-testid="output"]').innerText.includes(expected), text, { timeout });
}
