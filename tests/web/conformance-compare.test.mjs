// The page's conformance comparison follows tests/conformance/README.md's rules.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareOutput } from './conformance-compare.mjs';
import { readRecordings } from './harness.mjs';

const recording = (name) => readRecordings().find((r) => r.name === name);

test('TIME: numbers match within 0.1 s, and only TIME: lines get that tolerance', () => {
  assert.equal(compareOutput('TIME:  4.003971576690674\n', 'TIME:  4.0\n'), null);
  assert.notEqual(compareOutput('TIME:  4.0\n', 'TIME:  4.2\n'), null);
  assert.notEqual(compareOutput('TIME:  4.0\n', 'TIME: 4.0\n'), null);
  assert.notEqual(compareOutput('Waiting:  1\n', 'Waiting:  2\n'), null);
});

test('set displays compare as multisets; dict displays exactly', () => {
  const line = recording('08_stop_all_tasks').stdout.split('\n')[3];
  const inner = line.slice(1, -1).split(/, (?=<Task)/);
  const reordered = `{${[inner[2], inner[0], inner[1]].join(', ')}}`;
  assert.equal(inner.length, 3);
  assert.equal(compareOutput(`${line}\n`, `${reordered}\n`), null);
  assert.notEqual(compareOutput(`${line}\n`, `${reordered.replace('Task-2', 'Task-9')}\n`), null);
  assert.notEqual(compareOutput("{'a': 1, 'b': 2}\n", "{'b': 2, 'a': 1}\n"), null);
});

test('the manifest\'s unordered ranges compare as multisets of lines, and line counts must agree', () => {
  const { stdout } = recording('07_nested_wait');
  const lines = stdout.split('\n');
  const swapped = [...lines.slice(0, 3), lines[5], lines[3], lines[4], ...lines.slice(6)].join('\n');
  assert.equal(compareOutput(stdout, swapped, { unorderedLines: [[4, 6]] }), null);
  assert.notEqual(compareOutput(stdout, swapped), null);
  assert.notEqual(compareOutput(stdout, stdout.trimEnd()), null);
});
