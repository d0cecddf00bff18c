// Compares a program's stdout with CPython's recording by the rules of
// tests/conformance/README.md ("Normalisations" 3-5, as tests/support/conformance.hpp does):
// TIME: numbers within 0.1 s, set displays as multisets, manifest ranges as multisets of lines.
// Returns null when they match, else a message naming the first difference.
const numberPattern = /-?\d+(?:\.\d+)?(?:e-?\d+)?/g;
const openers = { '(': ')', '[': ']', '{': '}', '<': '>' };

function timeLinesMatch(expected, actual, tolerance) {
  const skeleton = (line) => line.replace(numberPattern, '#');
  if (skeleton(expected) !== skeleton(actual)) return false;
  const a = expected.match(numberPattern) ?? [];
  const b = actual.match(numberPattern) ?? [];
  return a.every((value, i) => Math.abs(Number(value) - Number(b[i])) <= tolerance);
}

// Index just past the bracket group or quoted string starting at `start`.
function skipGroup(text, start) {
  const quote = text[start];
  if (quote === "'" || quote === '"') {
    const end = text.indexOf(quote, start + 1);
    return end < 0 ? text.length : end + 1;
  }
  const stack = [openers[quote]];
  let i = start + 1;
  while (i < text.length && stack.length) {
    const c = text[i];
    if (c === "'" || c === '"' || (c in openers && c !== '<') || (c === '<' && /\w/.test(text[i + 1] ?? ''))) {
      if (c === "'" || c === '"') { i = skipGroup(text, i); continue; }
      stack.push(openers[c]);
    } else if (c === stack[stack.length - 1]) {
      stack.pop();
    }
    i += 1;
  }
  return i;
}

function splitTopLevel(inner, separator = ', ') {
  const parts = [];
  let start = 0;
  let i = 0;
  while (i < inner.length) {
    const c = inner[i];
    if (c === "'" || c === '"' || (c in openers && (c !== '<' || /\w/.test(inner[i + 1] ?? '')))) {
      i = skipGroup(inner, i);
    } else if (inner.startsWith(separator, i)) {
      parts.push(inner.slice(start, i));
      i += separator.length;
      start = i;
    } else {
      i += 1;
    }
  }
  parts.push(inner.slice(start));
  return parts;
}

// Rewrites every set display with its elements sorted, so two orders compare equal.
export function canonicalSets(text) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '{') {
      out += text[i];
      i += 1;
      continue;
    }
    const end = skipGroup(text, i);
    const inner = text.slice(i + 1, end - 1);
    const elements = splitTopLevel(inner).map(canonicalSets);
    const isDict = elements.some((element) => splitTopLevel(element, ': ').length > 1);
    out += `{${isDict ? elements.join(', ') : elements.sort().join(', ')}}`;
    i = end;
  }
  return out;
}

export function compareOutput(expected, actual, { unorderedLines = [], timeTolerance = 0.1 } = {}) {
  const want = expected.split('\n');
  const got = actual.split('\n');
  if (want.length !== got.length) return `expected ${want.length - 1} lines, got ${got.length - 1}:\n${actual}`;
  const unordered = new Set();
  for (const [first, last] of unorderedLines) {
    const a = want.slice(first - 1, last).sort();
    const b = got.slice(first - 1, last).sort();
    if (a.join('\n') !== b.join('\n')) return `lines ${first}-${last} differ as a multiset:\n${b.join('\n')}`;
    for (let n = first; n <= last; n += 1) unordered.add(n - 1);
  }
  for (let i = 0; i < want.length; i += 1) {
    if (unordered.has(i)) continue;
    const matches = want[i].includes('TIME:')
      ? timeLinesMatch(want[i], got[i], timeTolerance)
      : canonicalSets(want[i]) === canonicalSets(got[i]);
    if (!matches) return `line ${i + 1}: expected ${JSON.stringify(want[i])}, got ${JSON.stringify(got[i])}`;
  }
  return null;
}
