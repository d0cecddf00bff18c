// The embed's pure parts, without a browser: options from data attributes and frame URLs, the
// program around a snippet and its line numbers, and the postMessage protocol's checks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { connectParent, readCommand } from '../../web/embed/messages.js';
import { normalizeOptions, normalizeOrigin, parseFrameHash } from '../../web/embed/options.js';
import { composeProgram, tidyCode } from '../../web/embed/program.js';

test('data attributes: present means on unless it says off; lines and lang are checked', () => {
  assert.deepEqual(normalizeOptions({ timeline: '', virtualTime: 'false', readonly: 'yes', lines: '12', lang: 'zh-CN' }),
    { timeline: true, virtualTime: false, readonly: true, lines: 12, lang: 'zh' });
  assert.deepEqual(normalizeOptions({ lines: '-3', lang: 'fr' }), { timeline: false, virtualTime: false, readonly: false, lines: null, lang: null });
  assert.equal(normalizeOptions({ lines: '100000' }).lines, 200);
  assert.deepEqual(normalizeOptions({ timeline: true, virtualTime: 1 }), { timeline: true, virtualTime: false, readonly: false, lines: null, lang: null });
});

test('a frame URL: percent-encoded code, opts as JSON, origins normalized, damage ignored', () => {
  const opts = { timeline: true, lines: 5, prefix: 'import asyncio\n', suffix: '\n  print(1)\n',
    origins: ['https://lms.example.org/course/7', 'http://127.0.0.1:8080', '*', 'null', 'javascript:alert(1)', 'https://lms.example.org'] };
  const parsed = parseFrameHash(`#code=${encodeURIComponent("  print('a + b & c')\n")}&opts=${encodeURIComponent(JSON.stringify(opts))}`);
  assert.equal(parsed.code, "print('a + b & c')");
  assert.equal(parsed.prefix, 'import asyncio');
  assert.equal(parsed.suffix, 'print(1)');
  assert.deepEqual(parsed.options, { timeline: true, virtualTime: false, readonly: false, lines: 5, lang: null });
  assert.deepEqual(parsed.origins, ['https://lms.example.org', 'http://127.0.0.1:8080']);
  assert.deepEqual(parseFrameHash('#code=x&opts=%7Bbroken'), { code: 'x', prefix: '', suffix: '', options: normalizeOptions({}), origins: [] });
  assert.deepEqual(parseFrameHash('').code, '');
  assert.equal(parseFrameHash(`#opts=${encodeURIComponent('{"origins":"https://one.example"}')}`).origins[0], 'https://one.example');
  assert.equal(normalizeOrigin('file:///etc/passwd'), null);
});

test('tidyCode drops the HTML\'s indentation and blank edges, keeps inner blank lines', () => {
  assert.equal(tidyCode('\n    async def f():\n        pass\n\n    f()\n  \n'), 'async def f():\n    pass\n\nf()');
  assert.equal(tidyCode('\r\nx = 1\r\n'), 'x = 1');
  assert.equal(tidyCode(''), '');
});

test('the program around a snippet maps its lines back: set-up, snippet, tear-down', () => {
  const program = composeProgram({ prefix: 'import asyncio\nimport time', code: 'x = 1\nraise E', suffix: 'print(2)' });
  assert.equal(program.source, 'import asyncio\nimport time\nx = 1\nraise E\nprint(2)');
  assert.deepEqual([1, 2, 3, 4, 5].map(program.locate), [
    { file: '<setup>', line: 1, link: false }, { file: '<setup>', line: 2, link: false },
    { file: 'main.py', line: 1, link: true }, { file: 'main.py', line: 2, link: true },
    { file: '<teardown>', line: 1, link: false }]);
  assert.deepEqual([1, 3, 4, 5].map(program.editorLine), [null, 1, 2, null]);
  const plain = composeProgram({ code: 'print(1)\n' });
  assert.equal(plain.source, 'print(1)\n');
  assert.deepEqual(plain.locate(1), { file: 'main.py', line: 1, link: true });
});

test('commands: only run, stop and setCode with a string', () => {
  assert.deepEqual(readCommand({ type: 'run' }), { type: 'run' });
  assert.deepEqual(readCommand({ type: 'setCode', code: 'x' }), { type: 'setCode', code: 'x' });
  for (const bad of [null, 'run', 42, { type: 'setCode' }, { type: 'setCode', code: 1 }, { type: 'eval' }, { type: 'toString' }, { type: '__proto__' }]) {
    assert.equal(readCommand(bad), null, JSON.stringify(bad));
  }
});

function fakeWindows() {
  const listeners = [];
  const posted = [];
  const parent = { postMessage: (message, origin) => posted.push([message.type, origin]) };
  const self = { addEventListener: (type, listener) => listeners.push(listener) };
  const deliver = (event) => listeners.forEach((listener) => listener(event));
  return { self, parent, posted, deliver };
}

test('the frame obeys its parent from a listed origin only, and tells only listed origins', () => {
  const { self, parent, posted, deliver } = fakeWindows();
  const calls = [];
  const link = connectParent({ self, parent, origins: ['https://lms.example'], handlers: { run: () => calls.push('run'), stop: () => calls.push('stop'), setCode: ({ code }) => calls.push(code) } });
  deliver({ source: parent, origin: 'https://lms.example', data: { type: 'run' } });
  deliver({ source: parent, origin: 'https://evil.example', data: { type: 'stop' } });
  deliver({ source: {}, origin: 'https://lms.example', data: { type: 'stop' } });  // another window of that origin
  deliver({ source: parent, origin: 'https://lms.example', data: { type: 'setCode', code: 'x' } });
  assert.deepEqual(calls, ['run', 'x']);
  link.send('output', { text: 'hi' });
  link.resize(100);
  assert.deepEqual(posted, [['output', 'https://lms.example'], ['resize', 'https://lms.example']]);
});

test('without an allow-list the frame obeys nobody and sends only its height, to any parent', () => {
  const { self, parent, posted, deliver } = fakeWindows();
  const calls = [];
  const link = connectParent({ self, parent, origins: [], handlers: { run: () => calls.push('run') } });
  deliver({ source: parent, origin: 'https://lms.example', data: { type: 'run' } });
  link.send('ready');
  link.resize(80);
  assert.deepEqual(calls, []);
  assert.deepEqual(posted, [['resize', '*']]);
  // Not framed at all: nothing to send to.
  const alone = fakeWindows();
  connectParent({ self: alone.self, parent: alone.self, origins: ['https://lms.example'], handlers: {} }).resize(1);
  assert.deepEqual(alone.posted, []);
});
