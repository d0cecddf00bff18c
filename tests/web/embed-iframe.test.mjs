// The iframe embed (web/embed.html, README "Embed in your course") inside a page of another
// origin, as an LMS would show it, with the real engine: the frame sizes itself through
// `resize` messages, the parent drives it with run / setCode / stop and hears output and done,
// and only origins on the snippet's allow-list are answered. Skipped until the engine is built.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { resultsDir, root, serveHostPages, startHarness } from './harness.mjs';

const engineBuilt = fs.existsSync(path.join(root, 'build/wasm/wasm/aioplay-engine.mjs'));
const skip = engineBuilt ? false : 'the engine (build/wasm/wasm/aioplay-engine.mjs) is not built yet';

const snippet = "import asyncio\n\nasync def main():\n    print('hello from the frame')\n    await asyncio.sleep(0.1)\n\nasyncio.run(main())\n";
const frameUrl = (site, code, opts) => `${site}embed.html#code=${encodeURIComponent(code)}&opts=${encodeURIComponent(JSON.stringify(opts))}`;

let harness;
let hosts;
let lms;  // the LMS page's address
before(async () => {
  if (!engineBuilt) return;
  harness = await startHarness();
  const site = harness.url;
  const siteOrigin = new URL(site).origin;
  // Served from a second origin; its address is known only once its server listens, and the
  // allow-list must name it, so the page reads it from its own location.
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
    <title>An LMS lesson</title>
    <style>body { font-family: sans-serif; max-width: 44rem; margin: 1rem auto; } iframe { display: block; width: 100%; border: 0; margin: 1rem 0; }</style>
    </head><body><h1>Week 2: asyncio</h1><p>The snippet below is an iframe.</p>
    <div id="frames"></div>
    <script>
      const site = ${JSON.stringify(site)};
      const code = ${JSON.stringify(snippet)};
      const frame = (id, opts) => {
        const element = document.createElement('iframe');
        element.id = id;
        element.title = 'Runnable Python example';
        element.src = site + 'embed.html#code=' + encodeURIComponent(code) + '&opts=' + encodeURIComponent(JSON.stringify(opts));
        document.getElementById('frames').append(element);
      };
      frame('allowed', { origins: [location.origin], timeline: true });
      frame('other', { origins: ['https://elsewhere.example'] });
      frame('unlisted', {});
      // What the README tells an LMS page to add: the frame's height follows its widget.
      window.events = [];
      addEventListener('message', (event) => {
        if (event.origin !== ${JSON.stringify(siteOrigin)} || event.data?.source !== 'aioplay') return;
        const element = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === event.source);
        if (event.data.type === 'resize') element.style.height = event.data.height + 'px';
        window.events.push({ frame: element.id, ...event.data });
      });
      window.send = (id, message) => document.getElementById(id).contentWindow.postMessage(message, site);
    </script></body></html>`;
  hosts = await serveHostPages({ 'lms.html': page });
  lms = `${hosts.url}lms.html`;
});
after(async () => {
  await harness?.close();
  await hosts?.close();
});

const events = (page, frame, type) => page.evaluate(([id, kind]) =>
  window.events.filter((event) => event.frame === id && (!kind || event.type === kind)), [frame, type]);
// Waits for an event of a frame; `text` (output) and `stopped` (done) narrow it down.
const waitForEvent = (page, frame, type, { text = null, stopped = null } = {}) => page.waitForFunction(([id, kind, part, halted]) =>
  window.events.some((event) => event.frame === id && event.type === kind
    && (part === null || event.text?.includes(part)) && (halted === null || event.stopped === halted)),
[frame, type, text, stopped], { timeout: 30000 });
const send = (page, frame, message) => page.evaluate(([id, data]) => window.send(id, data), [frame, message]);
const frameOutput = (page, id) => page.frameLocator(`#${id}`).getByTestId('output');

async function openLms() {
  const opened = await harness.open({ engine: 'real', path: lms, waitForEngine: false });
  await waitForEvent(opened.page, 'allowed', 'ready');
  return opened;
}

test('the frame follows its widget\'s height and runs on messages from an allowed origin', { skip }, async () => {
  const { page, context, problems } = await openLms();
  await waitForEvent(page, 'allowed', 'resize');
  const fits = () => page.frame({ url: /embed\.html/ }).evaluate(() =>
    Math.abs(document.documentElement.scrollHeight - window.innerHeight) <= 1);
  const frameHeight = () => page.locator('#allowed').evaluate((element) => element.getBoundingClientRect().height);
  const before = await frameHeight();
  assert.ok(before > 150, `the frame grew from the default 150 px to ${before}`);
  assert.equal(await fits(), true, 'no scroll bar in the frame, no gap below the widget');

  await send(page, 'allowed', { type: 'run' });
  await waitForEvent(page, 'allowed', 'done');
  const [{ frame, ...done }] = await events(page, 'allowed', 'done');
  assert.deepEqual(done, { source: 'aioplay', type: 'done', status: 0, stopped: false, terminated: false, exception: null });
  const output = (await events(page, 'allowed', 'output')).map((event) => event.text).join('');
  assert.equal(output, 'hello from the frame\n');
  assert.match(await frameOutput(page, 'allowed').innerText(), /hello from the frame\n[\s\S]*Finished\./);
  await page.waitForFunction(([height]) => document.getElementById('allowed').getBoundingClientRect().height > height, [before]);
  assert.equal(await fits(), true, 'the frame grew with the output');

  await send(page, 'allowed', { type: 'setCode', code: "import asyncio\nasync def main():\n    while True:\n        print('tick')\n        await asyncio.sleep(0.1)\nasyncio.run(main())\n" });
  await send(page, 'allowed', { type: 'run' });
  await waitForEvent(page, 'allowed', 'output', { text: 'tick' });
  await send(page, 'allowed', { type: 'stop' });
  await waitForEvent(page, 'allowed', 'done', { stopped: true });
  const stopped = (await events(page, 'allowed', 'done')).at(-1);
  assert.equal(stopped.exception?.type, 'KeyboardInterrupt');
  assert.match(await frameOutput(page, 'allowed').innerText(), /KeyboardInterrupt[\s\S]*Stopped\./);
  assert.deepEqual(problems, [], 'nothing breaks the strict CSP of embed.html');
  await page.screenshot({ path: path.join(resultsDir, 'embed-iframe.png'), fullPage: true });
  await context.close();
});

test('messages from origins off the allow-list, and malformed ones, get no answer', { skip }, async () => {
  const { page, context } = await openLms();
  await waitForEvent(page, 'unlisted', 'resize');
  await send(page, 'other', { type: 'run' });
  await send(page, 'unlisted', { type: 'run' });
  for (const message of ['run', { type: 'setCode', code: 42 }, { type: 'eval', code: '1' }, null]) await send(page, 'allowed', message);
  await page.waitForTimeout(2000);
  assert.deepEqual(await events(page, 'other'), [], 'a frame listing another origin tells this page nothing, not even its height');
  assert.deepEqual((await events(page, 'unlisted')).map((event) => event.type).filter((type) => type !== 'resize'), [],
    'a frame with no list sends only its height');
  assert.deepEqual((await events(page, 'allowed')).map((event) => event.type).filter((type) => type !== 'resize'), ['ready']);
  for (const id of ['other', 'unlisted', 'allowed']) assert.equal(await frameOutput(page, id).isVisible(), false, `${id} did not run`);
  // The learner can still run the snippets themselves.
  await page.frameLocator('#other').getByTestId('run').click();
  await frameOutput(page, 'other').filter({ hasText: 'Finished.' }).waitFor({ timeout: 30000 });
  assert.deepEqual(await events(page, 'other'), []);
  await context.close();
});

test('a frame URL without opts, or with damaged opts, still shows its snippet', { skip }, async () => {
  const { page, context, problems } = await harness.open({ engine: 'real', path: 'about:blank', waitForEngine: false });
  await page.goto(`${frameUrl(harness.url, "print('plain')", {})}`.replace(/&opts=.*/, '&opts=%7Bbroken'));
  await page.getByTestId('editor').locator('.cm-content').waitFor();
  assert.equal(await page.getByTestId('editor').locator('.cm-content').innerText(), "print('plain')");
  await page.getByTestId('run').click();
  await page.getByTestId('output').filter({ hasText: 'Finished.' }).waitFor({ timeout: 30000 });
  assert.match(await page.getByTestId('output').innerText(), /^plain\n/);
  assert.deepEqual(problems, []);
  await context.close();
});
