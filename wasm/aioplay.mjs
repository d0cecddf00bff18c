#!/usr/bin/env node
// `node wasm/aioplay.mjs [options] FILE.py | -c CODE | -`: the wasm engine behind the native CLI's
// command line (core/cli), with the same stdout, stderr and exit status, so the conformance
// suite can run through either. The engine is build/wasm/wasm/aioplay-engine.mjs unless the
// AIOPLAY_ENGINE environment variable names another path or URL.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';

import { USAGE, UsageError, parseCommandLine } from './cli_args.mjs';
import { createEngine } from './driver.mjs';
import { createStdinLineReader } from './stdin_lines.mjs';

// V8 compiles wasm functions lazily, on their first call: in a fresh process that stalls the
// first run of each code path by milliseconds, in the middle of the program, which moves the time
// at which its sleeps start and so the order of timers that CPython fires together (one run,
// one process: every path is a first). Compiling the whole engine up front costs the start-up
// instead, once, before the program runs. Set before the engine module is loaded.
v8.setFlagsFromString('--no-wasm-lazy-compilation');

const DEFAULT_ENGINE = new URL('../build/wasm/wasm/aioplay-engine.mjs', import.meta.url);

function engineUrl() {
  const override = process.env.AIOPLAY_ENGINE;
  if (!override) return DEFAULT_ENGINE.href;
  return /^[a-z]+:/i.test(override) ? override : pathToFileURL(override).href;
}

function fail(message, status) {
  process.stderr.write(`${message}\n`);
  process.exit(status);
}

let command;
try {
  command = parseCommandLine(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  fail(`aioplay: ${error.message}\n${USAGE}`, 2);
}
if (command.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const { options, program } = command;
let source;
let filename;
if (program.kind === 'code') {
  [source, filename] = [program.code, '<string>'];
} else if (program.kind === 'stdin') {
  [source, filename] = [fs.readFileSync(0, 'utf8'), '<stdin>'];
} else {
  try {
    [source, filename] = [fs.readFileSync(program.file, 'utf8'), program.file];
  } catch (error) {
    fail(`aioplay: can't open file '${path.resolve(program.file)}': [Errno ${-(error.errno ?? -2)}] ${describe(error)}`, 2);
  }
}

let engine;
try {
  engine = await createEngine({ worker: false, moduleUrl: engineUrl() });
} catch (error) {
  fail(`aioplay: cannot load the wasm engine (${engineUrl()}): ${error.message}\n`
    + 'build it with: cmake --preset wasm && cmake --build build/wasm --target aioplay_engine', 1);
}

// A reader gone away (`| head`) ends the run quietly, as CPython's default SIGPIPE handling would.
process.stdout.on('error', (error) => { if (error.code === 'EPIPE') process.exit(0); throw error; });

const run = engine.run(source, {
  ...options,
  filename,
  argv: program.argv,
  maxOutputBytes: 0,        // a terminal has no output cap
  interactiveInput: false,  // input() reads stdin synchronously, as CPython does
  readLine: createStdinLineReader(),
});
run.on('output', ({ stream, text }) => (stream === 'stdout' ? process.stdout : process.stderr).write(text));

// Ctrl+C is KeyboardInterrupt in the program, which may catch it.
const onSigint = () => run.interrupt();
process.on('SIGINT', onSigint);

const result = await run.finished;
process.removeListener('SIGINT', onSigint);
if (result.engineError) process.stderr.write(`aioplay: engine error: ${result.exception.message}\n`);
if (result.keyboardInterrupt) {
  // CPython dies of the SIGINT it could not handle, so the parent sees a signal, not a status.
  process.kill(process.pid, 'SIGINT');
} else {
  process.exitCode = result.status ?? 1;
}

function describe(error) {
  return { ENOENT: 'No such file or directory', EACCES: 'Permission denied', EISDIR: 'Is a directory' }[error.code]
    ?? error.message;
}
