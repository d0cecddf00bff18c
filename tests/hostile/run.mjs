#!/usr/bin/env node
// The hostile programs: what a careless or malicious learner may run. Each must end with a Python
// error (or its expected exit) within the time limit, never a crash or a hang, and the engine
// must be usable afterwards.
//
//   node tests/hostile/run.mjs native|wasm [--filter SUBSTR]
//
// A program's first lines say what is expected:
//   # expect: TYPE      the run ends with an uncaught TYPE (the traceback's last line), status 1
//                       (KeyboardInterrupt: CPython's death by SIGINT, status 130 or signal)
//   # expect: ok        the run ends normally, status 0
//   # expect: exit N    the run ends with status N
//   # flags: ...        the runner's flags (--interrupt-at S, --max-heap-mb N, ...)
//   # engines: native   only there (a page hands the engine text, which cannot hold invalid UTF-8)
// native runs build/native/aioplay, one process per program. wasm runs every program in one engine
// module under the driver, as a page would, and after each one runs `print(sum(range(10)))` in the
// same module: a bomb must leave it working.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const DIR = join(ROOT, "tests", "hostile");
const TIME_LIMIT_MS = 20_000;

function parseProgram(file) {
  const source = readFileSync(join(DIR, file), "latin1");
  const expect = /^# expect: (.+)$/m.exec(source)?.[1].trim();
  if (!expect) throw new Error(`${file}: no "# expect:" line`);
  const flags = /^# flags: (.+)$/m.exec(source)?.[1].trim().split(/\s+/) ?? [];
  const engines = /^# engines: (.+)$/m.exec(source)?.[1].trim().split(/\s+/) ?? ["native", "wasm"];
  return { file, bytes: readFileSync(join(DIR, file)), expect, flags, engines };
}

// How the run ended against what was expected: null when it matches, else the difference.
function judge(program, { status, killedBySigint, stderr }) {
  const lines = stderr.trimEnd().split("\n");
  const lastLine = lines.at(-1) ?? "";
  if (program.expect === "ok") return status === 0 ? null : `expected status 0, got ${status}; stderr ends: ${lastLine}`;
  const exit = /^exit (\d+)$/.exec(program.expect);
  if (exit) return status === Number(exit[1]) ? null : `expected status ${exit[1]}, got ${status}`;
  // The exception line: the first unindented line after the last "Traceback" header (reports
  // printed at exit, "sys:1: RuntimeWarning: ..." or "Task was destroyed ...", may follow it).
  // A SyntaxError has no traceback header: then it is the last line.
  const type = program.expect;
  const header = lines.findLastIndex((l) => l === "Traceback (most recent call last):");
  const exceptionLine = header < 0 ? lastLine : lines.slice(header + 1).find((l) => !l.startsWith(" ")) ?? "";
  if (!(exceptionLine === type || exceptionLine.startsWith(`${type}:`))) return `expected an uncaught ${type}, stderr ends: ${JSON.stringify(lastLine.slice(0, 200))}`;
  const statusOk = type === "KeyboardInterrupt" ? killedBySigint || status === 130 : status === 1;
  return statusOk ? null : `${type} with status ${status}`;
}

function runNative(program) {
  const tmp = mkdtempSync(join(os.tmpdir(), "aioplay-hostile-"));
  writeFileSync(join(tmp, "main.py"), program.bytes);
  return new Promise((done) => {
    const child = spawn(join(ROOT, "build", "native", "aioplay"), [...program.flags, "main.py"], { cwd: tmp, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill("SIGKILL"); }, TIME_LIMIT_MS);
    child.stderr.on("data", (d) => { if (stderr.length < 1 << 20) stderr += d; });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      rmSync(tmp, { recursive: true, force: true });
      if (timedOut) return done(`hung: killed after ${TIME_LIMIT_MS / 1000} s`);
      if (signal && signal !== "SIGINT") return done(`crashed: ${signal}; stderr ends: ${stderr.slice(-300)}`);
      done(judge(program, { status: code, killedBySigint: signal === "SIGINT", stderr }));
    });
  });
}

// The CLI's flags as the driver's run options (wasm/cli_args.mjs has the same table).
function runOptions(flags) {
  const options = { maxOutputBytes: 0 };
  for (let i = 0; i < flags.length; i += 2) {
    const value = Number(flags[i + 1]);
    if (flags[i] === "--interrupt-at") options.interruptAt = value;
    else if (flags[i] === "--max-heap-mb") options.maxHeapMB = value;
    else if (flags[i] === "--recursion-limit") options.recursionLimit = value;
    else throw new Error(`unknown flag ${flags[i]}`);
  }
  return options;
}

async function wasmRunner() {
  const { createEngine } = await import(new URL("wasm/driver.mjs", `file://${ROOT}/`).href);
  const engine = await createEngine({ worker: false, moduleUrl: new URL("build/wasm/wasm/aioplay-engine.mjs", `file://${ROOT}/`).href });
  const run = (source, options) => new Promise((done) => {
    const r = engine.run(source, { filename: "main.py", ...options });
    let stdout = "";
    let stderr = "";
    r.on("output", ({ stream, text }) => {
      if (stream === "stdout") { if (stdout.length < 1 << 16) stdout += text; } else if (stderr.length < 1 << 20) stderr += text;
    });
    const timer = setTimeout(() => { r.terminate?.(); done({ hung: true }); }, TIME_LIMIT_MS);
    r.finished.then((result) => { clearTimeout(timer); done({ result, stdout, stderr }); });
  });
  return async (program) => {
    const outcome = await run(new TextDecoder("utf-8", { fatal: false }).decode(program.bytes), runOptions(program.flags));
    if (outcome.hung) return `hung: no end after ${TIME_LIMIT_MS / 1000} s`;
    if (outcome.result.engineError) return `engine error: ${outcome.result.exception?.message}`;
    const verdict = judge(program, { status: outcome.result.status, killedBySigint: outcome.result.keyboardInterrupt, stderr: outcome.stderr });
    if (verdict) return verdict;
    const after = await run("print(sum(range(10)))\n", {});
    return after.stdout === "45\n" ? null : `the next run in the same engine printed ${JSON.stringify(after.stdout)}`;
  };
}

async function main() {
  const [kind, ...rest] = process.argv.slice(2);
  const filter = rest[0] === "--filter" ? rest[1] : null;
  if (!["native", "wasm"].includes(kind)) {
    console.error("usage: node tests/hostile/run.mjs native|wasm [--filter SUBSTR]");
    process.exit(2);
  }
  const programs = readdirSync(DIR).filter((f) => f.endsWith(".py") && (!filter || f.includes(filter))).sort().map(parseProgram)
    .filter((p) => p.engines.includes(kind));
  const runOne = kind === "native" ? runNative : await wasmRunner();
  let passed = 0;
  let failed = 0;
  for (const program of programs) {
    const problem = await runOne(program);
    if (problem) {
      ++failed;
      console.log(`FAIL ${program.file}: ${problem}`);
    } else {
      ++passed;
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

main();
