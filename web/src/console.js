// The output console. Program output is only ever inserted as text nodes, never parsed as HTML,
// so a program printing markup shows the markup. stderr is styled apart; traceback lines that
// name main.py become buttons that move the editor's cursor there. The view follows the tail
// unless the learner has scrolled up to read.
const tracebackLine = /File "main\.py", line (\d+)/;

// mapLine(line) → { file, line, link }: where a traceback line of main.py is shown to be and
// whether it links to the editor. An embed runs hidden set-up code around the visible snippet,
// so its main.py lines are not the editor's; the page's are.
const sameLine = (line) => ({ file: 'main.py', line, link: true });

export function createConsole(element, { t, onGoToLine, mapLine = sameLine }) {
  let tail = null;          // { stream, node }: the span the next chunk of the same stream joins
  let stderrPartial = '';   // stderr text after its last newline, held until the line is complete
  let pendingInput = null;  // { field, resolve } while the program waits in input()

  function atBottom() {
    return element.scrollHeight - element.scrollTop - element.clientHeight < 8;
  }

  function append(build) {
    const follow = atBottom();
    build();
    if (follow) element.scrollTop = element.scrollHeight;
  }

  function spanFor(stream) {
    if (tail?.stream !== stream) {
      const node = document.createElement('span');
      node.className = `out-${stream}`;
      element.append(node);
      tail = { stream, node };
    }
    return tail.node;
  }

  function appendStderrLines(text) {
    const span = spanFor('stderr');
    for (const piece of text.split(/(?<=\n)/)) {
      const match = tracebackLine.exec(piece);
      if (!match) {
        span.append(piece);
        continue;
      }
      const shown = mapLine(Number(match[1]));
      const text = `File "${shown.file}", line ${shown.line}`;
      let link = text;
      if (shown.link) {
        link = document.createElement('button');
        link.type = 'button';
        link.className = 'line-link';
        link.textContent = text;
        link.setAttribute('aria-label', t('goToLine', { line: shown.line }));
        link.addEventListener('click', () => onGoToLine(shown.line));
      }
      span.append(piece.slice(0, match.index), link, piece.slice(match.index + match[0].length));
    }
  }

  function write(stream, text) {
    append(() => {
      if (stream !== 'stderr') {
        spanFor('stdout').append(text);
        return;
      }
      const complete = (stderrPartial + text).lastIndexOf('\n') + 1;
      const all = stderrPartial + text;
      stderrPartial = all.slice(complete);
      if (complete > 0) appendStderrLines(all.slice(0, complete));
    });
  }

  // Writes out a held partial stderr line (the run ended without a final newline).
  function flush() {
    if (!stderrPartial) return;
    const rest = stderrPartial;
    stderrPartial = '';
    append(() => appendStderrLines(rest));
  }

  // A line of the page's own (not the program's) after the output, e.g. "Finished."
  function note(text, kind = 'info') {
    flush();
    append(() => {
      const node = document.createElement('span');
      node.className = `out-note out-note-${kind}`;
      node.textContent = text;
      element.append(node);
      tail = null;
    });
  }

  // The note after a run: how it ended. payload is the driver's `done` (or the runner's
  // 'unavailable' when the engine could not load); stopRequested: the learner pressed Stop.
  function noteEnd(payload, { stopRequested }) {
    const { status, exception } = payload ?? {};
    if (status === 'unavailable') note(t('engineFailed', { reason: payload.error?.message ?? '' }), 'error');
    else if (payload?.terminated) note(t('terminated'), 'error');
    else if (stopRequested) note(t('stopped'));
    else if (status === 0 || status === undefined) note(t('exitedOk'));
    else note(t('exitedWith', { status }), 'error');
    return exception ?? null;
  }

  // Shows the prompt and an inline text field; resolves with the typed line on Enter.
  // The program printed its prompt already (input() writes it to stdout, as in CPython): the
  // field follows it on the same line, and names it for assistive technology.
  function askInput(prompt) {
    cancelInput();
    return new Promise((resolve) => {
      append(() => {
        const field = document.createElement('input');
        field.type = 'text';
        field.className = 'stdin';
        field.dataset.testid = 'stdin';
        field.autocomplete = 'off';
        field.spellcheck = false;
        field.setAttribute('aria-label', prompt ? `${t('stdinLabel')}: ${prompt.trim()}` : t('stdinLabel'));
        field.addEventListener('keydown', (event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          const line = field.value;
          field.replaceWith(document.createTextNode(`${line}\n`));
          pendingInput = null;
          resolve(line);
        });
        spanFor('stdout').append(field);
        pendingInput = { field };
        field.focus();
      });
    });
  }

  // The run ended while waiting for input: the field goes, what was typed stays as text.
  function cancelInput() {
    if (!pendingInput) return;
    pendingInput.field.replaceWith(document.createTextNode(`${pendingInput.field.value}\n`));
    pendingInput = null;
  }

  // Clearing while the program waits in input() keeps the field, or the program could never resume.
  function clear() {
    element.replaceChildren();
    tail = null;
    stderrPartial = '';
    if (pendingInput) spanFor('stdout').append(pendingInput.field);
  }

  return { write, flush, note, noteEnd, askInput, cancelInput, clear };
}
