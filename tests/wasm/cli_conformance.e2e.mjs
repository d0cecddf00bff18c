// The conformance suite through `node wasm/aioplay.mjs` and the real engine, as the native CLI
// runs it: each program copied to a fresh directory as main.py and run there; stdout (README
// rules), stderr and the exit status (-N: killed by signal N) against CPython's recordings.
// Named .e2e.mjs so `node --test tests/wasm` skips it until it passes.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { compareOutput, loadSuite } from './conformance_compare.mjs';

const cli = fileURLToPath(new URL('../../wasm/aioplay.mjs', import.meta.url));
const TUTORIAL = loadSuite(fileURLToPath(new URL('../conformance/tutorial', import.meta.url)));

function runCli(program, flags) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aioplay-conformance-'));
  fs.writeFileSync(path.join(dir, 'main.py'), program.source);
  const interrupt = program.options.interrupt_at;
  const args = [cli, ...flags, ...(interrupt === undefined ? [] : ['--interrupt-at', String(interrupt)]), 'main.py'];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code, signal) => {
      fs.rmSync(dir, { recursive: true, force: true });
      resolve({ stdout, stderr, status: signal ? -os.constants.signals[signal] : code });
    });
  });
}

for (const [clock, flags] of [['virtual time', ['--virtual-time']], ['real time', []]]) {
  describe(`the tutorial through node wasm/aioplay.mjs, ${clock}`, { concurrency: true }, () => {
    for (const program of TUTORIAL) {
      test(program.name, async () => {
        const run = await runCli(program, flags);
        const stdoutReport = compareOutput(program.stdout, run.stdout, { unorderedLines: program.options.unordered_lines });
        assert.equal(stdoutReport, null, `stdout:\n${stdoutReport}\nstderr:\n${run.stderr}`);
        assert.equal(run.status, program.status, `exit status; stderr:\n${run.stderr}`);
        const stderrReport = compareOutput(program.stderr, run.stderr);
        assert.equal(stderrReport, null, `stderr:\n${stderrReport}`);
      });
    }
  });
}
