// Comparing a program's output with what CPython 3.11 printed (tests/conformance/README.md).
//
// The same rules as tests/support/conformance.hpp (compare_output() and the manifest reader), for
// the node runner tests/conformance/run.mjs. stdout compares line by line, exactly, except:
//   - a line holding a measured duration (one containing "TIME:") compares its numbers with an
//     absolute tolerance of 0.1 s and the rest of the line exactly;
//   - a set display ("{a, b, c}", not a dict) compares as a multiset of its elements, since CPython
//     orders some sets by memory address;
//   - the manifest's "unordered_lines" ranges compare as multisets of lines.
// stderr compares exactly once object addresses (0x7f3a...) are replaced by "0x…" on both sides.
// The exit status compares exactly, except that CPython's -2 (killed by SIGINT after an uncaught
// KeyboardInterrupt) also matches an engine's 130 or death by SIGINT.

import { constants as osConstants } from "node:os";

export const DEFAULT_COMPARE_OPTIONS = Object.freeze({
  durationMarkers: ["TIME:"],
  durationTolerance: 0.1, // seconds
  unorderedLines: [], // [[first, last], ...], 1-based, inclusive
});

// ---------------------------------------------------------------------------------------------
// The manifest

// Option name -> check of its value. Unknown options are an error, as in scripts/record_cpython.py
// and the C++ reader.
export const MANIFEST_OPTIONS = Object.freeze({
  interrupt_at: (v) => typeof v === "number" && Number.isFinite(v) && v >= 0,
  python38_all_tasks: (v) => typeof v === "boolean",
  unordered_lines: (v) =>
    Array.isArray(v) &&
    v.every((r) => Array.isArray(r) && r.length === 2 && r.every(Number.isInteger) && 1 <= r[0] && r[0] <= r[1]),
  stdin: (v) => typeof v === "string",
});

// Validates a parsed manifest.json (an object mapping program file names to options) and returns
// it. `programs` (optional) lists the suite's programs, to reject entries for missing files.
export function validateManifest(manifest, where = "manifest.json", programs = null) {
  if (manifest === null || typeof manifest !== "object" || Array.isArray(manifest))
    throw new Error(`${where}: the manifest must be a JSON object`);
  for (const [program, options] of Object.entries(manifest)) {
    if (programs && !programs.includes(program)) throw new Error(`${where}: no program ${JSON.stringify(program)}`);
    if (options === null || typeof options !== "object" || Array.isArray(options))
      throw new Error(`${where}: options of ${program} must be an object`);
    for (const [key, value] of Object.entries(options)) {
      const check = MANIFEST_OPTIONS[key];
      if (!check)
        throw new Error(`${where}: unknown option ${JSON.stringify(key)} for ${program} (known: ${Object.keys(MANIFEST_OPTIONS).join(", ")})`);
      if (!check(value)) throw new Error(`${where}: option ${key} of ${program} has the wrong type or value`);
    }
  }
  return manifest;
}

// ---------------------------------------------------------------------------------------------
// Normalisations

// Object addresses ("at 0x7f3a5c1b2d30") differ from run to run: both sides read "0x…".
export function normaliseAddresses(text) {
  return text.replace(/0x[0-9a-fA-F]+/g, "0x…");
}

// Removes "<dir>/" for each of `dirs` (the run's temporary directory, as given and as its real
// path), so that the program reads "main.py", and the standard library directory of a CPython
// ("/usr/lib/python3.11/", for the self-check with python3) so that its files read "asyncio/...".
export function normalisePaths(text, dirs = []) {
  const sorted = [...new Set(dirs.filter(Boolean))].sort((a, b) => b.length - a.length);
  for (const d of sorted) text = text.split(d.endsWith("/") ? d : d + "/").join("");
  return text.replace(/(?:\/[^\s"'<>:/]+)*\/lib\/python3\.\d+\//g, "");
}

// ---------------------------------------------------------------------------------------------
// Lines

// Splits text at "\n". A final "\n" ends the last line rather than starting an empty one.
export function splitLines(text) {
  const finalNewline = text.length === 0 || text.endsWith("\n");
  const lines = [];
  let start = 0;
  while (start < text.length) {
    let nl = text.indexOf("\n", start);
    if (nl === -1) nl = text.length;
    lines.push(text.slice(start, nl));
    start = nl + 1;
  }
  return { lines, finalNewline };
}

const isWord = (c) => c !== undefined && /[A-Za-z0-9_]/.test(c);
const isDigit = (c) => c !== undefined && c >= "0" && c <= "9";
// What C's strtod accepts at the start of a number that begins with a digit or ".digit".
const NUMBER_RE = /^[+-]?(?:0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?\d+)?|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/;

function parseNumber(s) {
  const hex = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?$/.exec(s);
  if (!hex) return Number(s);
  const [, sign, int, frac = "", exp = "0"] = hex;
  let v = 0;
  for (const c of int + frac) v = v * 16 + parseInt(c, 16);
  v = v / 16 ** frac.length * 2 ** Number(exp);
  return sign === "-" ? -v : v;
}

// A line with its numbers taken out: the text between them, and the numbers. A number starts at a
// word boundary, with an optional sign, and a digit or ".digit".
export function splitNumbers(s) {
  const text = [];
  const numbers = [];
  let cur = "";
  let i = 0;
  while (i < s.length) {
    const boundary = i === 0 || !isWord(s[i - 1]);
    let j = i;
    if (boundary && (s[j] === "-" || s[j] === "+")) ++j;
    const digits = isDigit(s[j]) || (s[j] === "." && isDigit(s[j + 1]));
    if (boundary && digits) {
      const m = NUMBER_RE.exec(s.slice(i));
      if (m) {
        text.push(cur);
        cur = "";
        numbers.push(parseNumber(m[0]));
        i += m[0].length;
        continue;
      }
    }
    cur += s[i++];
  }
  text.push(cur);
  return { text, numbers };
}

export function numbersMatch(expected, actual, tolerance = DEFAULT_COMPARE_OPTIONS.durationTolerance) {
  const e = splitNumbers(expected);
  const a = splitNumbers(actual);
  if (e.text.length !== a.text.length || e.text.some((t, i) => t !== a.text[i])) return false;
  if (e.numbers.length !== a.numbers.length) return false;
  return e.numbers.every((n, i) => Math.abs(n - a.numbers[i]) <= tolerance);
}

// Splits the inside of a brace group at top-level ", ", respecting quotes and ()[]{}<> nesting.
// null if it is unbalanced or a dict (a top-level ": ").
export function splitSetElements(inner) {
  const elems = [];
  const stack = [];
  let quote = null;
  let start = 0;
  const closer = { "(": ")", "[": "]", "{": "}", "<": ">" };
  for (let i = 0; i < inner.length; ++i) {
    const c = inner[i];
    if (quote) {
      if (c === "\\") ++i;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
    } else if (closer[c]) {
      stack.push(closer[c]);
    } else if (c === ")" || c === "]" || c === "}" || c === ">") {
      if (stack.length === 0 || stack[stack.length - 1] !== c) return null;
      stack.pop();
    } else if (c === ":") {
      if (stack.length === 0 && inner[i + 1] === " ") return null; // a dict
    } else if (c === ",") {
      if (stack.length === 0 && inner[i + 1] === " ") {
        elems.push(inner.slice(start, i));
        start = i + 2;
        ++i;
      }
    }
  }
  if (quote || stack.length) return null;
  elems.push(inner.slice(start));
  return elems;
}

// A line cut into plain text and set displays (elements sorted).
export function splitSets(line) {
  const segs = [];
  let text = "";
  let i = 0;
  while (i < line.length) {
    if (line[i] === "{") {
      // The matching '}' at brace depth 0, skipping quoted text.
      let depth = 0;
      let quote = null;
      let j = i;
      for (; j < line.length; ++j) {
        const c = line[j];
        if (quote) {
          if (c === "\\") ++j;
          else if (c === quote) quote = null;
        } else if (c === "'" || c === '"') {
          quote = c;
        } else if (c === "{") {
          ++depth;
        } else if (c === "}" && --depth === 0) {
          break;
        }
      }
      const elems = j < line.length && j > i + 1 ? splitSetElements(line.slice(i + 1, j)) : null;
      if (elems) {
        segs.push({ isSet: false, text, elems: [] });
        text = "";
        segs.push({ isSet: true, text: "", elems: elems.sort() });
        i = j + 1;
        continue;
      }
    }
    text += line[i++];
  }
  segs.push({ isSet: false, text, elems: [] });
  return segs;
}

export function setsMatch(expected, actual) {
  const e = splitSets(expected);
  const a = splitSets(actual);
  if (e.length !== a.length || e.length === 1) return false;
  return e.every(
    (s, i) =>
      s.isSet === a[i].isSet &&
      s.text === a[i].text &&
      s.elems.length === a[i].elems.length &&
      s.elems.every((x, k) => x === a[i].elems[k]),
  );
}

// Whether one stdout line matches its recording under the rules above.
export function lineMatches(expected, actual, options = {}) {
  const opts = { ...DEFAULT_COMPARE_OPTIONS, ...options };
  if (expected === actual) return true;
  for (const marker of opts.durationMarkers)
    if (expected.includes(marker)) return numbersMatch(expected, actual, opts.durationTolerance);
  return setsMatch(expected, actual);
}

// Compares stdout with its recording: {ok, problems: [strings]}.
export function compareOutput(expected, actual, options = {}) {
  const opts = { ...DEFAULT_COMPARE_OPTIONS, ...options };
  const e = splitLines(expected);
  const a = splitLines(actual);
  const problems = [];
  if (e.lines.length !== a.lines.length)
    problems.push(`${e.lines.length} lines expected, ${a.lines.length} written`);
  if (e.finalNewline !== a.finalNewline)
    problems.push(e.finalNewline ? "the last line lacks its newline" : "unexpected missing final newline");
  if (problems.length === 0) {
    const unordered = new Array(e.lines.length).fill(false);
    for (const [first, last] of opts.unorderedLines) {
      if (first < 1 || last < first || last > e.lines.length) {
        problems.push(`unordered_lines range ${first}-${last} is outside the output`);
        continue;
      }
      const used = new Array(last - first + 1).fill(false);
      for (let i = first; i <= last; ++i) {
        unordered[i - 1] = true;
        let found = false;
        for (let j = first; j <= last && !found; ++j)
          if (!used[j - first] && lineMatches(e.lines[i - 1], a.lines[j - 1], opts)) used[j - first] = found = true;
        if (!found) problems.push(`line ${i} (unordered ${first}-${last}) has no match: ${e.lines[i - 1]}`);
      }
    }
    for (let i = 0; i < e.lines.length; ++i)
      if (!unordered[i] && !lineMatches(e.lines[i], a.lines[i], opts))
        problems.push(`line ${i + 1}: expected ${JSON.stringify(e.lines[i])}, got ${JSON.stringify(a.lines[i])}`);
  }
  return { ok: problems.length === 0, problems };
}

// Compares stderr exactly after address normalisation on both sides: {ok, problems}.
export function compareStderr(expected, actual) {
  const e = splitLines(normaliseAddresses(expected));
  const a = splitLines(normaliseAddresses(actual));
  const problems = [];
  const n = Math.max(e.lines.length, a.lines.length);
  for (let i = 0; i < n; ++i) {
    if (e.lines[i] !== a.lines[i]) {
      const show = (l) => (l === undefined ? "(no line)" : JSON.stringify(l));
      problems.push(`line ${i + 1}: expected ${show(e.lines[i])}, got ${show(a.lines[i])}`);
      break;
    }
  }
  if (problems.length === 0 && e.finalNewline !== a.finalNewline)
    problems.push(e.finalNewline ? "the last line lacks its newline" : "unexpected missing final newline");
  if (problems.length && e.lines.length !== a.lines.length)
    problems.push(`${e.lines.length} lines expected, ${a.lines.length} written`);
  return { ok: problems.length === 0, problems };
}

// ---------------------------------------------------------------------------------------------
// Exit status

// The recorded status (text of a .status file, "-N" for death by signal N) against a process's
// exit: `code` (number or null) and `signal` (a name such as "SIGINT", or null).
export function statusMatches(expected, code, signal) {
  const want = typeof expected === "number" ? expected : Number.parseInt(String(expected).trim(), 10);
  const got = actualStatus(code, signal);
  if (want === got) return true;
  // CPython ends an uncaught KeyboardInterrupt by killing itself with SIGINT (-2); a shell shows 130.
  const sigint = osConstants.signals.SIGINT;
  return want === -sigint && (got === 128 + sigint || got === -sigint);
}

// A process's exit as a number: the exit code, or -N for death by signal N.
export function actualStatus(code, signal) {
  if (signal) return -(osConstants.signals[signal] ?? 0);
  return code;
}

// compareOutput() as one message for an assertion: null when `actual` matches, else the
// differences followed by the actual output.
export function describeMismatch(expected, actual, options = {}) {
  const result = compareOutput(expected, actual, options);
  return result.ok ? null : `${result.problems.join("\n")}\n--- actual\n${actual}`;
}
