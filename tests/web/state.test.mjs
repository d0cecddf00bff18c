// What the page remembers and passes on: share links, edits kept across reloads until Reset,
// and the interface language.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readRecordings, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const original = (name) => readRecordings().find((r) => r.name === name).source;
const getCode = (page) => page.evaluate(() => window.aioplay.getCode());
const currentExample = (page) => page.getByTestId('example-list').locator('[aria-current="true"]').getAttribute('data-example-id');

test('a share link carries code, example and options, and opening it restores them', async () => {
  const first = await harness.open();
  await first.page.locator('[data-example-id="05_blocking_await"]').click();
  const code = `${original('05_blocking_await')}\nprint('shared: 你好 <b>')\n`;
  await first.page.evaluate((text) => window.aioplay.setCode(text), code);
  await first.page.getByTestId('fast-forward').check();
  await first.page.getByTestId('share').click();
  await first.page.waitForFunction(() => document.getElementById('toast').textContent !== '');
  const link = await first.page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, await first.page.evaluate(() => location.href));
  assert.match(link, /#share=[\w-]+$/);
  await first.context.close();

  const second = await harness.open({ hash: link.slice(link.indexOf('#')) });
  assert.equal(await getCode(second.page), code);
  assert.equal(await currentExample(second.page), '05_blocking_await');
  assert.equal(await second.page.getByTestId('fast-forward').isChecked(), true);
  assert.deepEqual(second.problems, []);
  await second.context.close();
});

test('edits survive a reload, per example, until Reset', async () => {
  const { page, context } = await harness.open();
  await page.locator('[data-example-id="03_callback"]').click();
  await page.getByTestId('editor').locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n# my note');
  await page.reload();
  await page.waitForSelector('body[data-engine="ready"]');
  assert.equal(await currentExample(page), '03_callback');
  assert.equal(await getCode(page), `${original('03_callback')}\n# my note`);
  await page.locator('[data-example-id="04_future_result"]').click();
  assert.equal(await getCode(page), original('04_future_result'));
  await page.locator('[data-example-id="03_callback"]').click();
  assert.match(await getCode(page), /# my note$/);
  await page.getByTestId('reset').click();
  assert.equal(await getCode(page), original('03_callback'));
  await page.reload();
  await page.waitForSelector('body[data-engine="ready"]');
  assert.equal(await getCode(page), original('03_callback'));
  await context.close();
});

test('the language follows the browser, switches between zh and en, and is remembered', async () => {
  const { page, context } = await harness.open({ locale: 'zh-CN' });
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
  assert.equal(await page.locator('.nav-section h3').first().innerText(), '1. 定义一个协程');
  assert.equal(await page.getByTestId('run').innerText(), '运行');
  await page.getByTestId('lang-switch').click();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.locator('.nav-section h3').first().innerText(), '1. Defining a coroutine');
  assert.equal(await page.getByTestId('run').innerText(), 'Run');
  assert.equal(await page.getByTestId('editor').locator('.cm-content').getAttribute('aria-label'), 'Python code');
  await page.reload();
  await page.waitForSelector('body[data-engine="ready"]');
  assert.equal(await page.getByTestId('run').innerText(), 'Run');
  await context.close();

  const english = await harness.open({ locale: 'en-GB' });
  assert.equal(await english.page.locator('#example-title').innerText(), 'async def and the event loop');
  await english.context.close();
});
