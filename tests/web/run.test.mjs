// Running programs on the page, against the fake engine (tests/web/fake-engine.mjs): what is
// checked here is the page's side (controls, console, editor marks, timeline, inspector),
// not the engine's Python. The same checks against the real engine are in the list.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { outputText, readRecordings, startHarness, waitForOutput } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const recordings = readRecordings();
const setCode = (page, code) => page.evaluate((text) => window.aioplay.setCode(text), code);
const runToEnd = (page) => page.evaluate(() => window.aioplay.run());

test('the chapter list has the tutorial\'s 8 sections and its 13 examples, which load their code', async () => {
  const { page, context, problems } = await harness.open();
  const list = page.getByTestId('example-list');
  assert.equal(await list.locator('.nav-section').count(), 8);
  const ids = await list.locator('[data-example-id]').evaluateAll((buttons) => buttons.map((b) => b.dataset.exampleId));
  assert.deepEqual(ids, recordings.map((r) => r.name));
  await list.locator('[data-example-id="07d_nested_as_completed"]').click();
  assert.equal(await page.evaluate(() => window.aioplay.getCode()), recordings.find((r) => r.name === '07d_nested_as_completed').source);
  assert.equal(await list.locator('[aria-current="true"]').getAttribute('data-example-id'), '07d_nested_as_completed');
  assert.match(await page.locator('#example-title').innerText(), /as_completed/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the editor numbers lines, indents on Tab, undoes, matches brackets and runs on Ctrl+Enter', async () => {
  const { page, context } = await harness.open();
  await page.getByTestId('fast-forward').check();
  await setCode(page, "print('from the keyboard')\nif True:");
  const content = page.getByTestId('editor').locator('.cm-content');
  await content.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('pass');
  assert.equal(await page.evaluate(() => window.aioplay.getCode()), "print('from the keyboard')\nif True:\n    pass");
  await page.keyboard.press('Home');
  await page.keyboard.press('Tab');
  assert.match(await page.evaluate(() => window.aioplay.getCode()), /\n {8}pass$/);
  await page.keyboard.press('Control+z');
  assert.match(await page.evaluate(() => window.aioplay.getCode()), /\n {4}pass$/);
  const gutter = page.getByTestId('editor').locator('.cm-lineNumbers .cm-gutterElement');
  assert.ok((await gutter.allInnerTexts()).includes('3'));
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');  // after print(...)'s closing bracket
  assert.equal(await page.getByTestId('editor').locator('.cm-matchingBracket').count(), 2);
  await page.keyboard.press('Control+Enter');
  await waitForOutput(page, 'from the keyboard');
  await context.close();
});

test('Run streams the output and the timeline draws a lane per task (fast-forward)', async () => {
  const { page, context, problems } = await harness.open();
  await page.locator('[data-example-id="06_concurrency"]').click();
  await page.getByTestId('fast-forward').check();
  await runToEnd(page);
  const text = await outputText(page);
  const expected = recordings.find((r) => r.name === '06_concurrency').stdout;
  assert.equal(text.split('\n').slice(0, 6).join('\n'), expected.split('\n').slice(0, 6).join('\n'));
  assert.match(text, /TIME: {2}4\.0/);
  const lanes = await page.getByTestId('timeline').locator('[data-task-name]').evaluateAll((rows) => rows.map((r) => r.dataset.taskName));
  assert.deepEqual(lanes, ['main', 'Task-1', 'Task-2', 'Task-3']);
  const firstAwait = page.getByTestId('timeline').locator('[data-task-name="Task-1"] .tl-await');
  await firstAwait.focus();
  assert.match(await page.locator('#timeline-detail').innerText(), /Task-1: awaiting sleep\(1\), 0 s – 1 s/);
  assert.match(await page.locator('#clock').innerText(), /4\.00/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Stop interrupts a program that never yields; the page stays responsive and runs again', async () => {
  const { page, context } = await harness.open();
  await setCode(page, 'while True: pass\n');
  await page.getByTestId('run').click();
  await page.waitForSelector('body[data-running="true"]');
  await page.getByTestId('stop').click();
  await page.evaluate(() => window.aioplay.whenIdle());
  const text = await outputText(page);
  assert.match(text, /KeyboardInterrupt/);
  assert.match(text, /Stopped\./);
  assert.equal(await page.getByTestId('stop').isDisabled(), true);
  await setCode(page, "print('next run')\n");
  await runToEnd(page);
  assert.match(await outputText(page), /next run/);
  await context.close();
});

test('Escape or Ctrl+C in the page stops a running program', async () => {
  const { page, context } = await harness.open();
  await setCode(page, 'while True: pass\n');
  for (const key of ['Escape', 'Control+c']) {
    await page.getByTestId('run').click();
    await page.waitForSelector('body[data-running="true"]');
    await page.keyboard.press(key);
    await page.evaluate(() => window.aioplay.whenIdle());
    assert.match(await outputText(page), /KeyboardInterrupt/, key);
  }
  await context.close();
});

test('the console follows the output\'s tail unless the learner scrolled up', async () => {
  const { page, context } = await harness.open();
  const prints = Array.from({ length: 80 }, (_, i) => `print('line ${i}')`).join('\n');
  await setCode(page, `${prints}\nwhile True: pass\n`);
  await page.getByTestId('run').click();
  await waitForOutput(page, 'line 79');
  const output = page.getByTestId('output');
  const gapBelow = () => output.evaluate((element) => element.scrollHeight - element.scrollTop - element.clientHeight);
  assert.ok(await gapBelow() < 8, 'at the tail while the program prints');
  await output.evaluate((element) => { element.scrollTop = 0; });
  await page.getByTestId('stop').click();
  await page.evaluate(() => window.aioplay.whenIdle());
  assert.equal(await output.evaluate((element) => element.scrollTop), 0, 'scrolled up: the view stays put');
  await context.close();
});

test('program output is text, never HTML', async () => {
  const { page, context, problems } = await harness.open();
  let dialogs = 0;
  page.on('dialog', (dialog) => { dialogs += 1; dialog.dismiss(); });
  await setCode(page, "print('<img src=x onerror=alert(1)>')\n");
  await runToEnd(page);
  assert.match(await outputText(page), /<img src=x onerror=alert\(1\)>/);
  assert.equal(await page.getByTestId('output').locator('img').count(), 0);
  assert.equal(dialogs, 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a SyntaxError marks its line, and the traceback\'s line link moves the cursor there', async () => {
  const { page, context } = await harness.open();
  await setCode(page, "print('one')\n\ndef broken()\n    pass\n");
  await runToEnd(page);
  const marked = page.getByTestId('editor').locator('.cm-error-line');
  assert.equal(await marked.count(), 1);
  assert.equal(await marked.innerText(), 'def broken()');
  assert.match(await outputText(page), /SyntaxError: expected ':'/);
  await page.getByTestId('output').locator('.line-link').click();
  assert.equal(await page.getByTestId('editor').locator('.cm-activeLine').innerText(), 'def broken()');
  await page.keyboard.type('x');  // an edit clears the mark: its line number may no longer hold
  assert.equal(await marked.count(), 0);
  await context.close();
});

test('input() shows an inline prompt and resumes with the typed line', async () => {
  const { page, context } = await harness.open();
  await setCode(page, "name = input('Your name? ')\nprint(name)\n");
  await page.getByTestId('run').click();
  const field = page.getByTestId('stdin');
  await field.waitFor();
  assert.equal(await field.evaluate((element) => element === document.activeElement), true);
  await field.fill('Ada');
  await field.press('Enter');
  await page.evaluate(() => window.aioplay.whenIdle());
  assert.match(await outputText(page), /^Your name\? Ada\nAda\n/, 'the prompt once, the answer after it');
  assert.equal(await page.getByTestId('stdin').count(), 0);
  await context.close();
});

test('Pause shows the loop snapshot in the inspector and Step advances it (fake snapshot)', async () => {
  const { page, context } = await harness.open();
  await page.locator('[data-example-id="07b_nested_gather"]').click();
  await page.getByTestId('run').click();
  await waitForOutput(page, 'Waiting:  4');
  await page.getByTestId('pause').click();
  const timers = page.getByTestId('inspector').locator('[data-section="timers"] li');
  await page.waitForFunction(() => document.querySelectorAll('[data-section="timers"] li').length === 3);
  assert.match(await timers.first().innerText(), /^1 s → wake Task-2/);
  assert.equal(await page.getByTestId('step').isDisabled(), false);
  await page.getByTestId('step').click();  // the 1 s timer fires
  await page.waitForFunction(() => document.querySelectorAll('[data-section="timers"] li').length === 2);
  await page.getByTestId('pause').click();  // resume
  await page.evaluate(() => window.aioplay.whenIdle());
  assert.match(await outputText(page), /Task ret: {2}Done after 4s/);
  await context.close();
});

test('the page shows a loading state until the engine is ready, and the editor works meanwhile', async () => {
  const { page, context } = await harness.open({ engineDelayMs: 1500, waitForEngine: false });
  assert.equal(await page.locator('body').getAttribute('data-engine'), 'loading');
  assert.match(await page.locator('#engine-status').innerText(), /Loading/);
  await page.getByTestId('editor').locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n# typed while loading');
  assert.match(await page.evaluate(() => window.aioplay.getCode()), /# typed while loading$/);
  await page.waitForSelector('body[data-engine="ready"]');
  assert.match(await page.locator('#engine-status').innerText(), /ready/);
  await context.close();
});

test('without an engine the page says so instead of failing silently', async () => {
  const { page, context } = await harness.open({ engine: 'missing', waitForEngine: false });
  await page.waitForSelector('body[data-engine="failed"]');
  await runToEnd(page);  // resolves: the run ends at once with the reason in the console
  assert.match(await outputText(page), /could not be loaded/);
  await context.close();
});
