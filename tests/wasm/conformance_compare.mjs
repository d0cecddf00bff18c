// The conformance comparison rules of tests/conformance/README.md, as tests/support/conformance.hpp
// (compare_output) implements them for C++: exact lines, except `TIME:` lines (numbers within
// 0.1 s), set displays (multisets of elements) and the manifest's unordered line ranges.
import fs from 'node:fs';
import path from 'node:path';

const DURATION_MARKERS = ['TIME:'];
const DURATION_TOLERANCE = 0.1;

// The suite's programs with their recordings and manifest options.
export function loadSuite(dir) {
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = fs.existsSync(manifestPath) ? JSON.parse(fs.readFileSync(manifestPath, 'utf8')) : {};
  return fs.readdirSync(dir).filter((f) => f.endsWith('.py')).sort().map((file) => {
    const base = path.join(dir, file.slice(0, -3));
    return {
      name: file,
      source: fs.readFileSync(path.join(dir, file), 'utf8'),
      stdout: fs.readFileSync(`${base}.stdout`, 'utf8'),
      stderr: fs.readFileSync(`${base}.stderr`, 'utf8'),
      status: Number(fs.readFileSync(`${base}.status`, 'utf8').trim()),
      options: manifest[file] ?? {},
    };
  });
}

// Returns null when `actual` matches the recording, else a report of what differs.
export function compareOutput(expected, actual, { unorderedLines = [] } = {}) {
  const e = splitLines(expected);
  const a = splitLines(actual);
  const problems = [];
  if (e.lines.length !== a.lines.length) problems.push(`${e.lines.length} lines expected, ${a.lines.length} written`);
  if (e.finalNewline !== a.finalNewline) {
    problems.push(e.finalNewline ? 'the last line lacks its newline' : 'unexpected missing final newline');
  }
  if (problems.length === 0) {
    const unordered = new Array(e.lines.length).fill(false);
    for (const [first, last] of unorderedLines) {
      const used = new Array(last - first + 1).fill(false);
      for (let i = first; i <= last; i++) {
        unordered[i - 1] = true;
        const j = used.findIndex((u, k) => !u && lineMatches(e.lines[i - 1], a.lines[first + k - 1]));
        if (j < 0) problems.push(`line ${i} (unordered ${first}-${last}) has no match: ${e.lines[i - 1]}`);
        else used[j] = true;
      }
    }
    e.lines.forEach((line, i) => {
      if (!unordered[i] && !lineMatches(line, a.lines[i])) {
        problems.push(`line ${i + 1}:\n  expected: ${line}\n  actual:   ${a.lines[i]}`);
      }
    });
  }
  if (problems.length === 0) return null;
  const listing = (title, lines) => `--- ${title}\n${lines.map((l, i) => `${i + 1}: ${l}\n`).join('')}`;
  return `${problems.join('\n')}\n${listing('expected (CPython)', e.lines)}${listing('actual', a.lines)}`;
}

export function lineMatches(expected, actual) {
  if (expected === actual) return true;
  if (DURATION_MARKERS.some((marker) => expected.includes(marker))) return numbersMatch(expected, actual);
  return setsMatch(expected, actual);
}

function splitLines(text) {
  const finalNewline = text === '' || text.endsWith('\n');
  const lines = text === '' ? [] : (finalNewline ? text.slice(0, -1) : text).split('\n');
  return { lines, finalNewline };
}

// The line with its numbers taken out: the text between them, and the numbers.
function splitNumbers(line) {
  const text = [];
  const numbers = [];
  let current = '';
  const number = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
  for (let i = 0; i < line.length;) {
    const atBoundary = i === 0 || !/\w/.test(line[i - 1]);
    const match = atBoundary ? number.exec(line.slice(i)) : null;
    if (match) {
      text.push(current);
      current = '';
      numbers.push(Number(match[0]));
      i += match[0].length;
    } else {
      current += line[i++];
    }
  }
  text.push(current);
  return { text, numbers };
}

function numbersMatch(expected, actual) {
  const e = splitNumbers(expected);
  const a = splitNumbers(actual);
  return e.text.join('\0') === a.text.join('\0') && e.numbers.length === a.numbers.length
    && e.numbers.every((n, i) => Math.abs(n - a.numbers[i]) <= DURATION_TOLERANCE);
}

const CLOSERS = { '(': ')', '[': ']', '{': '}', '<': '>' };

// Splits the inside of a brace group at top-level ", "; null if unbalanced or a dict.
function splitSetElements(inner) {
  const stack = [];
  const elements = [];
  let quote = '';
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (CLOSERS[c]) {
      stack.push(CLOSERS[c]);
    } else if (')]}>'.includes(c)) {
      if (stack.pop() !== c) return null;
    } else if (c === ':' && stack.length === 0 && inner[i + 1] === ' ') {
      return null; // a dict display compares exactly
    } else if (c === ',' && stack.length === 0 && inner[i + 1] === ' ') {
      elements.push(inner.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  if (quote || stack.length) return null;
  elements.push(inner.slice(start));
  return elements;
}

// A line cut into plain text and set displays (sorted elements).
function splitSets(line) {
  const segments = [];
  let text = '';
  for (let i = 0; i < line.length;) {
    if (line[i] === '{') {
      let depth = 0;
      let quote = '';
      let j = i;
      for (; j < line.length; j++) {
        const c = line[j];
        if (quote) {
          if (c === '\\') j++;
          else if (c === quote) quote = '';
        } else if (c === "'" || c === '"') quote = c;
        else if (c === '{') depth++;
        else if (c === '}' && --depth === 0) break;
      }
      const elements = j < line.length && j > i + 1 ? splitSetElements(line.slice(i + 1, j)) : null;
      if (elements) {
        segments.push({ text }, { set: elements.sort() });
        text = '';
        i = j + 1;
        continue;
      }
    }
    text += line[i++];
  }
  segments.push({ text });
  return segments;
}

function setsMatch(expected, actual) {
  const e = splitSets(expected);
  const a = splitSets(actual ?? '');
  return e.length > 1 && JSON.stringify(e) === JSON.stringify(a);
}
