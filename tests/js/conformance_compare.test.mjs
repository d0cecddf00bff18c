// Unit tests of the conformance comparison rules (tests/conformance/compare.mjs), which must agree
// with tests/support/conformance.hpp.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  actualStatus,
  compareOutput,
  compareStderr,
  lineMatches,
  normaliseAddresses,
  normalisePaths,
  numbersMatch,
  setsMatch,
  splitLines,
  splitNumbers,
  splitSetElements,
  statusMatches,
  validateManifest,
} from "../conformance/compare.mjs";
import { parseKnownFailures, splitCommand } from "../conformance/run.mjs";

test("splitLines: a final newline ends the last line", () => {
  assert.deepEqual(splitLines(""), { lines: [], finalNewline: true });
  assert.deepEqual(splitLines("a\n"), { lines: ["a"], finalNewline: true });
  assert.deepEqual(splitLines("a"), { lines: ["a"], finalNewline: false });
  assert.deepEqual(splitLines("a\n\nb\n"), { lines: ["a", "", "b"], finalNewline: true });
});

test("identical output matches; any other difference does not", () => {
  assert.equal(compareOutput("x\ny\n", "x\ny\n").ok, true);
  const r = compareOutput("x\ny\n", "x\nz\n");
  assert.equal(r.ok, false);
  assert.deepEqual(r.problems, ['line 2: expected "y", got "z"']);
  assert.deepEqual(compareOutput("x\n", "x\ny\n").problems, ["1 lines expected, 2 written"]);
  assert.deepEqual(compareOutput("x\n", "x").problems, ["the last line lacks its newline"]);
  assert.deepEqual(compareOutput("x", "x\n").problems, ["unexpected missing final newline"]);
  assert.equal(compareOutput("a b\n", "a  b\n").ok, false);
});

test("splitNumbers takes numbers at word boundaries, with sign, exponent and hex", () => {
  assert.deepEqual(splitNumbers("TIME:  4.003971576690674"), { text: ["TIME:  ", ""], numbers: [4.003971576690674] });
  assert.deepEqual(splitNumbers("x1 -2 +.5e1 a_3"), { text: ["x1 ", " ", " a_3"], numbers: [-2, 5] });
  assert.deepEqual(splitNumbers("0x10 done").numbers, [16]);
  assert.deepEqual(splitNumbers("no numbers"), { text: ["no numbers"], numbers: [] });
});

test("TIME: lines compare numbers within 0.1 s and the rest exactly", () => {
  assert.equal(lineMatches("TIME:  4.003971576690674", "TIME:  4.0"), true);
  assert.equal(lineMatches("TIME:  1.3047127723693848", "TIME:  1.3"), true);
  assert.equal(lineMatches("TIME:  4.003971576690674", "TIME: 4.0"), false); // one space
  assert.equal(lineMatches("TIME:  4.2", "TIME:  4.0"), false);
  assert.equal(lineMatches("TIME:  0.14", "TIME:  0.12"), true);
  assert.equal(lineMatches("TIME:  1 and 2", "TIME:  1"), false);
  assert.equal(numbersMatch("a 1.05 b", "a 1 b"), true);
  assert.equal(numbersMatch("a 1.05 b", "a 1 c"), false);
  // Lines without the marker compare their numbers exactly.
  assert.equal(lineMatches("took 4.003", "took 4.0"), false);
});

test("set displays compare as multisets of their elements", () => {
  assert.equal(lineMatches("{1, 2, 3}", "{3, 1, 2}"), true);
  assert.equal(lineMatches("{1, 2, 3}", "{1, 2}"), false);
  assert.equal(lineMatches("{1, 1, 2}", "{1, 2, 2}"), false);
  assert.equal(lineMatches("s = {'a', 'b'} end", "s = {'b', 'a'} end"), true);
  assert.equal(lineMatches("s = {'a', 'b'} end", "t = {'b', 'a'} end"), false);
  const t2 = "<Task pending name='Task-2' coro=<f() running at main.py:10> cb=[g(), h()]>";
  const t4 = "<Task pending name='Task-4' coro=<wait() running at asyncio/tasks.py:428>>";
  assert.equal(lineMatches(`{${t4}, ${t2}}`, `{${t2}, ${t4}}`), true);
  // Nested sets inside a set are elements compared exactly.
  assert.equal(lineMatches("{frozenset({1, 2}), 3}", "{3, frozenset({1, 2})}"), true);
  // Several sets on one line, each its own multiset.
  assert.equal(lineMatches("{1, 2} {3, 4}", "{2, 1} {4, 3}"), true);
  assert.equal(lineMatches("{1, 2} {3, 4}", "{3, 4} {1, 2}"), false);
  assert.equal(setsMatch("no braces", "no braces"), false);
});

test("dict displays compare exactly", () => {
  assert.equal(lineMatches("{'a': 1, 'b': 2}", "{'b': 2, 'a': 1}"), false);
  assert.equal(splitSetElements("'a': 1, 'b': 2"), null);
  assert.deepEqual(splitSetElements("'a:b', (1, 2), [3, 4]"), ["'a:b'", "(1, 2)", "[3, 4]"]);
  assert.deepEqual(splitSetElements("'it\\'s', 'x, y'"), ["'it\\'s'", "'x, y'"]);
  assert.equal(splitSetElements("(1, 2"), null);
  assert.equal(lineMatches("{}", "{}"), true);
  assert.equal(lineMatches("{}", "{ }"), false);
});

test("unordered_lines ranges compare as multisets of lines", () => {
  const expected = "head\nb\na\nc\ntail\n";
  assert.equal(compareOutput(expected, "head\na\nc\nb\ntail\n", { unorderedLines: [[2, 4]] }).ok, true);
  assert.equal(compareOutput(expected, "head\na\nc\nb\ntail\n").ok, false);
  const r = compareOutput(expected, "head\na\na\nc\ntail\n", { unorderedLines: [[2, 4]] });
  assert.equal(r.ok, false);
  assert.match(r.problems[0], /^line 2 \(unordered 2-4\) has no match: b$/);
  assert.equal(compareOutput(expected, "tail\na\nc\nb\nhead\n", { unorderedLines: [[2, 4]] }).ok, false);
  assert.match(compareOutput("a\n", "a\n", { unorderedLines: [[1, 3]] }).problems[0], /outside the output/);
  // Lines in a range still get the per-line rules.
  assert.equal(compareOutput("{1, 2}\nx\n", "x\n{2, 1}\n", { unorderedLines: [[1, 2]] }).ok, true);
});

test("stderr compares exactly once addresses are normalised on both sides", () => {
  assert.equal(normaliseAddresses("<function f at 0x7f3a5c1b2d30>"), "<function f at 0x…>");
  assert.equal(compareStderr("<coroutine object f at 0x7fe3b1a989e0>\n", "<coroutine object f at 0x55d0c0ffee>\n").ok, true);
  assert.equal(compareStderr("Traceback\nKeyError: 'a'\n", "Traceback\nKeyError: 'a'\n").ok, true);
  const r = compareStderr("Traceback\nKeyError: 'a'\n", "Traceback\nKeyError: 'b'\n");
  assert.equal(r.ok, false);
  assert.equal(r.problems[0], `line 2: expected "KeyError: 'a'", got "KeyError: 'b'"`);
  assert.equal(compareStderr("", "warning\n").ok, false);
  assert.equal(compareStderr("x\n", "x").ok, false);
  // No set or TIME: leniency on stderr.
  assert.equal(compareStderr("{1, 2}\n", "{2, 1}\n").ok, false);
});

test("paths: the run directory and a CPython stdlib directory are removed", () => {
  assert.equal(normalisePaths('  File "/tmp/aioplay-conformance-x1/main.py", line 3', ["/tmp/aioplay-conformance-x1"]), '  File "main.py", line 3');
  assert.equal(
    normalisePaths("/private/tmp/r/main.py and /tmp/r/main.py", ["/tmp/r", "/private/tmp/r"]),
    "main.py and main.py",
  );
  assert.equal(
    normalisePaths("cb=[_wait.<locals>._on_completion() at /root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/tasks.py:519]"),
    "cb=[_wait.<locals>._on_completion() at asyncio/tasks.py:519]",
  );
  assert.equal(normalisePaths('File "/usr/lib/python3.11/asyncio/base_events.py"'), 'File "asyncio/base_events.py"');
  assert.equal(normalisePaths("nothing to do"), "nothing to do");
});

test("exit status: exact, except CPython's -2 for an uncaught KeyboardInterrupt", () => {
  assert.equal(statusMatches("0\n", 0, null), true);
  assert.equal(statusMatches("1\n", 0, null), false);
  assert.equal(statusMatches("3", 3, null), true);
  assert.equal(statusMatches("-2\n", 130, null), true);
  assert.equal(statusMatches("-2\n", null, "SIGINT"), true);
  assert.equal(statusMatches("-2\n", 1, null), false);
  assert.equal(statusMatches("-2\n", null, "SIGKILL"), false);
  assert.equal(statusMatches("130\n", 130, null), true);
  assert.equal(statusMatches("1\n", 130, null), false);
  assert.equal(actualStatus(null, "SIGKILL"), -9);
  assert.equal(actualStatus(42, null), 42);
});

test("manifest validation: known options with the right types only", () => {
  const ok = {
    "a.py": { interrupt_at: 1.3, python38_all_tasks: true },
    "b.py": { unordered_lines: [[4, 6]], stdin: "x\n" },
  };
  assert.equal(validateManifest(ok, "m", ["a.py", "b.py"]), ok);
  assert.throws(() => validateManifest({ "a.py": { argv: ["x"] } }), /unknown option "argv"/);
  assert.throws(() => validateManifest({ "a.py": { stdin: 5 } }), /wrong type/);
  assert.throws(() => validateManifest({ "a.py": { interrupt_at: "1" } }), /wrong type/);
  assert.throws(() => validateManifest({ "a.py": { python38_all_tasks: 1 } }), /wrong type/);
  assert.throws(() => validateManifest({ "a.py": { unordered_lines: [[3, 2]] } }), /wrong type/);
  assert.throws(() => validateManifest({ "c.py": {} }, "m", ["a.py"]), /no program "c.py"/);
  assert.throws(() => validateManifest([]), /JSON object/);
});

test("splitCommand splits an --engine value like a shell", () => {
  assert.deepEqual(splitCommand("python3"), ["python3"]);
  assert.deepEqual(splitCommand("  node wasm/run.mjs  --flag "), ["node", "wasm/run.mjs", "--flag"]);
  assert.deepEqual(splitCommand(`'/path with space/aioplay' "-x" ''`), ["/path with space/aioplay", "-x", ""]);
  assert.throws(() => splitCommand("'open"), /unbalanced quote/);
});

test("known_failures.txt: NAME.py: why per line, comments and blank lines ignored", () => {
  const known = parseKnownFailures("# header\n\n001_a.py: no wait_for yet\n002_b.py:  traceback frames  # detail\n", "k.txt", ["001_a.py", "002_b.py", "003_c.py"]);
  assert.deepEqual([...known], [["001_a.py", "no wait_for yet"], ["002_b.py", "traceback frames"]]);
});

test("known_failures.txt: an unknown program, a missing reason or a repeat is an error", () => {
  assert.throws(() => parseKnownFailures("009_x.py: why\n", "k.txt", ["001_a.py"]), /k.txt:1: no program 009_x.py/);
  assert.throws(() => parseKnownFailures("001_a.py\n", "k.txt", ["001_a.py"]), /k.txt:1: expected/);
  assert.throws(() => parseKnownFailures("001_a.py: a\n001_a.py: b\n", "k.txt", ["001_a.py"]), /k.txt:2: 001_a.py is listed twice/);
});
