// node wasm/aioplay.mjs: its command line, and its stdout/stderr/exit status/stdin/SIGINT
// plumbing, run against the scripted fake engine (AIOPLAY_ENGINE points at a temporary module
// that hands out the fake; the real engine's behaviour is engine.test.mjs's job and the conformance-wasm suite's).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { UsageError, parseCommandLine } from '../../wasm/cli_args.mjs';
import { FOREVER, program } from './fake_runtime.mjs';

const cli = fileURLToPath(new URL('../../wasm/aioplay.mjs', import.meta.url));
let fakeEngine;

before(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aioplay-fake-engine-'));
  fakeEngine = path.join(dir, 'fake-engine.mjs');
  const fake = new URL('./fake_runtime.mjs', import.meta.url).href;
  fs.writeFileSync(fakeEngine, `import { createFakeModule } from ${JSON.stringify(fake)};\n`
    + 'export default async function createEngine() { return createFakeModule(); }\n');
  fs.writeFileSync(path.join(dir, 'fake-engine.wasm'), ''); // node hosts read the .wasm beside the glue
});
after(() => fs.rmSync(path.dirname(fakeEngine), { recursive: true, force: true }));

// signalOnOutput: send SIGINT once the program has written something (the CLI is then past its
// start-up, with its SIGINT handler installed; a fixed delay flakes on a loaded machine).
function runCli(args, { stdin = '', signalOnOutput = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, AIOPLAY_ENGINE: fakeEngine } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      if (signalOnOutput && stdout === '') child.kill('SIGINT');
      stdout += d;
    });
    child.stderr.on('data', (d) => { stderr += d; });
    child.stdin.end(stdin);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

describe('command line', () => {
  test('options, then the program and its own arguments', () => {
    assert.deepEqual(parseCommandLine(['--virtual-time', '--interrupt-at', '1.3', '--max-heap-mb=64',
      '--recursion-limit', '50', 'main.py', '--virtual-time', 'x']), {
      options: { virtualTime: true, interruptAt: 1.3, maxHeapMB: 64, recursionLimit: 50 },
      program: { kind: 'file', file: 'main.py', argv: ['main.py', '--virtual-time', 'x'] },
    });
    assert.deepEqual(parseCommandLine(['-c', 'print(1)', 'a']).program, { kind: 'code', code: 'print(1)', argv: ['-c', 'a'] });
    assert.deepEqual(parseCommandLine(['-', 'a']).program, { kind: 'stdin', argv: ['-', 'a'] });
    assert.deepEqual(parseCommandLine(['--help']), { help: true });
  });

  test('bad command lines are usage errors', () => {
    for (const args of [[], ['--nope', 'x.py'], ['-c'], ['--interrupt-at'], ['--max-heap-mb', 'lots', 'x.py'],
      ['--recursion-limit', '1.5', 'x.py'], ['--interrupt-at', '-1', 'x.py']]) {
      assert.throws(() => parseCommandLine(args), UsageError, JSON.stringify(args));
    }
  });
});

describe('the CLI process', () => {
  test('stdout, stderr and the exit status are the program\'s', async () => {
    const r = await runCli(['-c', program({ state: 'running', out: 'out\n', err: 'err\n' }, { state: 'finished', status: 3 })]);
    assert.deepEqual([r.stdout, r.stderr, r.status], ['out\n', 'err\n', 3]);
  });

  test('a file runs under its own path, with sys.argv after it', async () => {
    const file = path.join(path.dirname(fakeEngine), 'prog.py');
    fs.writeFileSync(file, program({ state: 'finished', echoArgv: true }));
    const r = await runCli([file, 'a', 'b']);
    assert.deepEqual(JSON.parse(r.stdout), [file, [file, 'a', 'b']]);
    assert.equal(r.status, 0);
  });

  test('-c and - name the program as CPython does', async () => {
    const code = program({ state: 'finished', echoArgv: true });
    assert.deepEqual(JSON.parse((await runCli(['-c', code, 'z'])).stdout), ['<string>', ['-c', 'z']]);
    assert.deepEqual(JSON.parse((await runCli(['-'], { stdin: code })).stdout), ['<stdin>', ['-']]);
  });

  test('input() reads stdin line by line, after its prompt, then meets end of file', async () => {
    const r = await runCli(['-c', program({ state: 'input', out: 'a? ' }, { state: 'input', out: 'b? ' },
      { state: 'input' }, { state: 'finished' })], { stdin: 'one\r\ntwo' });
    assert.equal(r.stdout, 'a? got one\nb? got two\nEOF\n');
  });

  test('Ctrl+C is KeyboardInterrupt; uncaught, the process dies of SIGINT as CPython does', async () => {
    const r = await runCli(['-c', program({ state: 'running', out: 'spinning\n' }, { state: 'running', spinMs: 5, repeat: FOREVER })],
      { signalOnOutput: true });
    assert.equal(r.signal, 'SIGINT');
    assert.match(r.stderr, /KeyboardInterrupt\n$/);
  });

  test('a missing file is reported as CPython reports it', async () => {
    const r = await runCli(['no_such_file.py']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /can't open file '.*no_such_file\.py': \[Errno 2\] No such file or directory/);
  });
});
