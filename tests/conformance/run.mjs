#!/usr/bin/env node
// Runs the conformance programs with an engine and compares with CPython 3.11's recordings.
//
//   node tests/conformance/run.mjs [--engine "CMD ARGS"] [--jobs N] [--filter SUBSTR]
//                                  [--real-time] [--no-engine-flags] [--verbose] [SUITE_DIR...]
//
// Defaults: engine build/native/aioplay, suites tests/conformance/language,
// tests/conformance/tutorial and tests/conformance/asyncio. Each program is copied into a fresh
// temporary directory as main.py and run there as `<engine> --virtual-time [--interrupt-at S]
// main.py`, with the manifest's `stdin` text on its standard input and a 30 s limit. stdout, stderr
// and the exit status are compared with the recordings by the rules in compare.mjs
// (tests/conformance/README.md).
//
// --real-time leaves out --virtual-time: the program waits for its sleeps as CPython did (and a
// TIME: line must still be within 0.1 s of CPython's).
//
// --no-engine-flags omits aioplay's flags, for checking the runner and the recordings against
// CPython itself (`--engine python3 --no-engine-flags`). Then an `interrupt_at` is a real SIGINT
// sent that many seconds after the program's first output (every program with the option prints
// before it waits), and `python38_all_tasks` is not emulated (those programs fail).
//
// A suite's known_failures.txt lists programs the engine is known to fail, one per line as
// "NAME.py: why" ('#' starts a comment). They still run: a listed program that fails is reported
// as KNOWN and counts neither as passed nor as failed; a listed program that passes is a failure
// (take it off the list), so the list can only shrink as the engine catches up.
//
// Prints one line per failing program (the first difference in stdout, stderr and status; all of
// them with --verbose), then "N passed, N failed". Exits 1 if anything failed or nothing ran.

import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, copyFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { compareOutput, compareStderr, normalisePaths, statusMatches, actualStatus, validateManifest } from "./compare.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DEFAULT_ENGINE = join(ROOT, "build", "native", "aioplay");
const DEFAULT_SUITES = [join(ROOT, "tests", "conformance", "language"), join(ROOT, "tests", "conformance", "tutorial"), join(ROOT, "tests", "conformance", "asyncio")];
const TIMEOUT_MS = 30_000;

function usage(message) {
  if (message) console.error(`run.mjs: ${message}`);
  console.error(
    'usage: node tests/conformance/run.mjs [--engine "CMD ARGS"] [--jobs N] [--filter SUBSTR] [--real-time] [--no-engine-flags] [--verbose] [SUITE_DIR...]',
  );
  process.exit(2);
}

// Splits a command line at whitespace; single and double quotes group, as in a shell.
export function splitCommand(text) {
  const words = [];
  let cur = null;
  let quote = null;
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = null;
      else cur += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      cur ??= "";
    } else if (/\s/.test(c)) {
      if (cur !== null) words.push(cur);
      cur = null;
    } else {
      cur = (cur ?? "") + c;
    }
  }
  if (quote) throw new Error(`unbalanced quote in ${JSON.stringify(text)}`);
  if (cur !== null) words.push(cur);
  return words;
}

function parseArgs(argv) {
  const args = { engine: null, jobs: Math.max(1, os.availableParallelism?.() ?? os.cpus().length), filter: null, engineFlags: true, realTime: false, verbose: false, suites: [] };
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === "--engine") args.engine = value();
    else if (a.startsWith("--engine=")) args.engine = a.slice(9);
    else if (a === "--jobs" || a === "-j") args.jobs = Number(value());
    else if (a.startsWith("--jobs=")) args.jobs = Number(a.slice(7));
    else if (a === "--filter") args.filter = value();
    else if (a.startsWith("--filter=")) args.filter = a.slice(9);
    else if (a === "--no-engine-flags") args.engineFlags = false;
    else if (a === "--real-time") args.realTime = true;
    else if (a === "--verbose" || a === "-v") args.verbose = true;
    else if (a === "--help" || a === "-h") usage();
    else if (a.startsWith("-")) usage(`unknown option ${a}`);
    else args.suites.push(resolve(a));
  }
  if (!Number.isInteger(args.jobs) || args.jobs < 1) usage("--jobs wants a positive integer");
  return args;
}

// The engine command: a first word with a "/" is a path, made absolute since programs run in
// their own directory; otherwise it is looked up on PATH.
function engineCommand(text) {
  const words = text === null ? [DEFAULT_ENGINE] : splitCommand(text);
  if (words.length === 0) usage("--engine is empty");
  if (words[0].includes("/")) {
    words[0] = resolve(words[0]);
    if (!existsSync(words[0])) {
      console.error(`run.mjs: no engine at ${words[0]}${text === null ? " (build the native preset, or pass --engine)" : ""}`);
      console.error("0 passed, 0 failed");
      process.exit(1);
    }
  }
  return words;
}

function loadSuite(dir) {
  if (!existsSync(dir)) throw new Error(`no suite directory ${dir}`);
  const programs = readdirSync(dir).filter((f) => f.endsWith(".py")).sort();
  const manifestPath = join(dir, "manifest.json");
  const manifest = existsSync(manifestPath)
    ? validateManifest(JSON.parse(readFileSync(manifestPath, "utf8")), relative(process.cwd(), manifestPath) || manifestPath, programs)
    : {};
  const known = loadKnownFailures(join(dir, "known_failures.txt"), programs);
  return programs.map((name) => ({ dir, name, path: join(dir, name), options: manifest[name] ?? {}, knownFailure: known.get(name) }));
}

// NAME.py -> why, from a suite's known_failures.txt (absent: none).
export function parseKnownFailures(text, where, programs) {
  const known = new Map();
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) return;
    const m = /^(\S+\.py):\s*(\S.*)$/.exec(line);
    if (!m) throw new Error(`${where}:${i + 1}: expected "NAME.py: why", got ${JSON.stringify(raw)}`);
    if (!programs.includes(m[1])) throw new Error(`${where}:${i + 1}: no program ${m[1]} in the suite`);
    if (known.has(m[1])) throw new Error(`${where}:${i + 1}: ${m[1]} is listed twice`);
    known.set(m[1], m[2]);
  });
  return known;
}

function loadKnownFailures(path, programs) {
  return existsSync(path) ? parseKnownFailures(readFileSync(path, "utf8"), relative(process.cwd(), path) || path, programs) : new Map();
}

function runProcess(command, args, { cwd, stdin, interruptAt }) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, {
      cwd,
      // For a CPython engine (the self-check): no .pyc files, UTF-8 streams, and unbuffered output
      // so that the first output (which times a self-check SIGINT) arrives when it is written.
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1", PYTHONIOENCODING: "utf-8", PYTHONUNBUFFERED: "1" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out = [];
    const err = [];
    let timedOut = false;
    let spawnError = null;
    const timers = [];
    timers.push(setTimeout(() => { timedOut = true; child.kill("SIGKILL"); }, TIMEOUT_MS));
    // The self-check's SIGINT is timed from the program's first output, not from the spawn, so that
    // a slow interpreter start-up on a loaded machine does not eat into it.
    let armed = interruptAt === undefined;
    const arm = () => {
      if (armed) return;
      armed = true;
      timers.push(setTimeout(() => child.kill("SIGINT"), interruptAt * 1000));
    };
    child.stdout.on("data", (d) => { arm(); out.push(d); });
    child.stderr.on("data", (d) => { arm(); err.push(d); });
    child.stdin.on("error", () => {}); // the program may exit without reading its stdin
    child.on("error", (e) => { spawnError = e; });
    child.on("close", (code, signal) => {
      timers.forEach(clearTimeout);
      resolvePromise({
        code, signal, timedOut, spawnError,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      });
    });
    child.stdin.end(stdin ?? "");
  });
}

const clip = (s, n = 160) => (s.length > n ? s.slice(0, n - 1) + "…" : s);

async function runOne(program, engine, args) {
  const base = program.path.slice(0, -3);
  const read = (ext) => (existsSync(`${base}.${ext}`) ? readFileSync(`${base}.${ext}`, "utf8") : null);
  const expected = { stdout: read("stdout"), stderr: read("stderr"), status: read("status") };
  if (expected.stdout === null || expected.stderr === null || expected.status === null)
    return { ok: false, problems: ["no recording (run scripts/record_cpython.py)"] };

  const tmp = mkdtempSync(join(os.tmpdir(), "aioplay-conformance-"));
  try {
    copyFileSync(program.path, join(tmp, "main.py"));
    const flags = [];
    if (args.engineFlags) {
      if (!args.realTime) flags.push("--virtual-time");
      if (program.options.interrupt_at !== undefined) flags.push("--interrupt-at", String(program.options.interrupt_at));
    }
    const result = await runProcess(engine[0], [...engine.slice(1), ...flags, "main.py"], {
      cwd: tmp,
      stdin: program.options.stdin,
      interruptAt: args.engineFlags ? undefined : program.options.interrupt_at,
    });
    if (result.spawnError) return { ok: false, problems: [`cannot run ${engine[0]}: ${result.spawnError.message}`] };
    const dirs = [tmp, realpathSync(tmp)];
    const stdout = normalisePaths(result.stdout, dirs);
    const stderr = normalisePaths(result.stderr, dirs);
    const problems = [];
    if (result.timedOut) problems.push(`timeout: killed after ${TIMEOUT_MS / 1000} s`);
    const out = compareOutput(expected.stdout, stdout, { unorderedLines: program.options.unordered_lines ?? [] });
    if (!out.ok) problems.push(...out.problems.slice(0, args.verbose ? undefined : 1).map((p) => `stdout ${p}`));
    const err = compareStderr(expected.stderr, stderr);
    if (!err.ok) problems.push(...err.problems.slice(0, args.verbose ? undefined : 1).map((p) => `stderr ${p}`));
    if (!statusMatches(expected.status, result.code, result.signal))
      problems.push(`status: expected ${expected.status.trim()}, got ${actualStatus(result.code, result.signal)}`);
    const report = args.verbose
      ? `--- expected stdout\n${expected.stdout}--- actual stdout\n${stdout}--- expected stderr\n${expected.stderr}--- actual stderr\n${stderr}`
      : "";
    return { ok: problems.length === 0, problems, report };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const engine = engineCommand(args.engine);
  let programs = [];
  for (const dir of args.suites.length ? args.suites : DEFAULT_SUITES) programs.push(...loadSuite(dir));
  const label = (p) => relative(join(ROOT, "tests", "conformance"), p.path);
  if (args.filter !== null) programs = programs.filter((p) => label(p).includes(args.filter));

  let passed = 0;
  let failed = 0;
  let knownFailed = 0;
  let next = 0;
  const worker = async () => {
    while (next < programs.length) {
      const program = programs[next++];
      const r = await runOne(program, engine, args);
      if (r.ok && program.knownFailure !== undefined) {
        ++failed;
        console.log(`FAIL ${label(program)}: passes now; take it off ${join(relative(ROOT, program.dir), "known_failures.txt")}`);
        continue;
      }
      if (r.ok) {
        ++passed;
        continue;
      }
      const tag = program.knownFailure === undefined ? "FAIL" : "KNOWN";
      if (tag === "FAIL") ++failed;
      else ++knownFailed;
      if (args.verbose) console.log(`${tag} ${label(program)}\n  ${r.problems.join("\n  ")}\n${r.report}`);
      else console.log(`${tag} ${label(program)}: ${r.problems.map((p) => clip(p)).join(" | ")}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(args.jobs, programs.length || 1) }, worker));
  if (knownFailed > 0) console.log(`${knownFailed} known failures (listed in the suites' known_failures.txt, not counted below)`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`run.mjs: ${e.message}`);
    process.exit(1);
  });
}
