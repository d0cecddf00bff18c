// The page with the real driver (wasm/driver.mjs) in a Worker, over the wasm engineer's
// scripted Runtime (tests/wasm/fake_runtime.mjs) instead of the wasm module: checks the page's
// side of the driver API (output, input, Stop, terminate, done) before the interpreter links.
// Programs are the scripted Runtime's JSON steps, not Python.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { FOREVER, program } from '../wasm/fake_runtime.mjs';
import { outputText, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const run = (page, code) => page.evaluate((text) => { window.aioplay.setCode(text); return window.aioplay.run(); }, code);

test('output and the exit status come through the Worker', async () => {
  const { page, context, problems } = await harness.open({ engine: 'scripted' });
  await run(page, program({ state: 'running', out: 'hello\n' }, { state: 'finished', err: 'oops\n', status: 1 }));
  assert.equal(await page.getByTestId('output').locator('.out-stdout').innerText(), 'hello\n');
  assert.equal(await page.getByTestId('output').locator('.out-stderr').innerText(), 'oops\n');
  assert.match(await outputText(page), /Exited with status 1\./);
  assert.deepEqual(problems, [], 'the Worker and the engine module load under the page\'s CSP');
  await context.close();
});

test('input() through the Worker: the inline field answers the program', async () => {
  const { page, context } = await harness.open({ engine: 'scripted' });
  await page.evaluate((text) => { window.aioplay.setCode(text); window.aioplay.run(); },
    program({ state: 'running', out: 'name? ' }, { state: 'input' }, { state: 'finished' }));
  await page.getByTestId('stdin').fill('Ada');
  await page.getByTestId('stdin').press('Enter');
  await page.evaluate(() => window.aioplay.whenIdle());
  assert.match(await outputText(page), /^name\? Ada\ngot Ada\n/);
  await context.close();
});

test('Stop interrupts a spinning program and the next run works', async () => {
  const { page, context } = await harness.open({ engine: 'scripted' });
  await page.evaluate((text) => { window.aioplay.setCode(text); window.aioplay.run(); },
    program({ state: 'running', spinMs: 5, repeat: FOREVER }));
  await page.waitForSelector('body[data-running="true"]');
  await page.waitForTimeout(300);
  await page.getByTestId('stop').click();
  await page.evaluate(() => window.aioplay.whenIdle());
  assert.match(await outputText(page), /KeyboardInterrupt[\s\S]*Stopped\./);
  await run(page, program({ state: 'finished', out: 'again\n' }));
  assert.match(await outputText(page), /again\n/);
  await context.close();
});
