// The program a widget runs: hidden set-up code, the visible snippet, hidden tear-down code,
// joined into one main.py; and the way back from the program's line numbers to the snippet's,
// so tracebacks and the marked error line speak of what the learner sees.
const withNewline = (text) => (text && !text.endsWith('\n') ? `${text}\n` : text);
const countLines = (text) => (text ? text.split('\n').length - (text.endsWith('\n') ? 1 : 0) : 0);

export function composeProgram({ prefix = '', code, suffix = '' }) {
  const head = withNewline(prefix);
  const body = suffix ? withNewline(code) : code;
  const before = countLines(head);
  const visible = countLines(body);
  // A main.py line → { file, line, link } (console.js's mapLine): the snippet's own lines are
  // main.py and link to the editor; hidden lines are named <setup> and <teardown>.
  function locate(line) {
    if (line <= before) return { file: '<setup>', line, link: false };
    if (line <= before + visible) return { file: 'main.py', line: line - before, link: true };
    return { file: '<teardown>', line: line - before - visible, link: false };
  }
  return {
    source: head + body + suffix,
    locate,
    // The editor's line for a main.py line, or null when it is hidden.
    editorLine: (line) => (locate(line).link ? locate(line).line : null),
  };
}

// Authors indent their HTML and end URLs with newlines: the common indentation of a snippet's
// lines goes, and so do blank lines before and after it.
export function tidyCode(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indent = (line) => /^[ \t]*/.exec(line)[0].length;
  const common = Math.min(...lines.filter((line) => line.trim()).map(indent));
  return lines.map((line) => line.slice(Math.min(common, indent(line)))).join('\n');
}
