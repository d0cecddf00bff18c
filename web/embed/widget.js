// One runnable snippet, for both kinds of embed (page.js for script embeds, frame.js for
// embed.html): the code, Run and Stop, the output and, if asked, the timeline, built from the
// playground page's own modules inside an open shadow root, so that the host page's styles and
// ours never meet. The code shows as plain text until the widget comes near the viewport; then
// CodeMirror (a chunk of its own) takes over and the shared engine starts loading.
import css from './widget.css?inline';
import { createConsole } from '../src/console.js';
import { createI18n } from '../src/i18n.js';
import { createRunner } from '../src/runner.js';
import { encodeShare } from '../src/share.js';
import { createTimeline } from '../src/timeline.js';
import { sharedEngine, whenNear } from './lazy.js';
import { composeProgram } from './program.js';

// The playground page sits next to the embed's files.
const playgroundUrl = new URL('./', import.meta.url).href;
const autoLines = { min: 3, max: 30 };

// One constructed style sheet for every widget of the document.
let sheet = null;
function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}

function make(tag, className, attributes = {}, text) {
  const node = document.createElement(tag);
  node.className = className;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(className, testid, label, hint) {
  const node = make('button', className, { type: 'button', 'data-testid': testid, title: hint });
  node.append(make('span', '', {}, label));
  return node;
}

// What a finished run says to the iframe's parent (messages.js): plain data, visible line numbers.
function doneSummary(payload, stopped, line) {
  const unavailable = payload?.status === 'unavailable';
  const thrown = unavailable
    ? { type: 'EngineError', message: String(payload.error?.message ?? payload.error ?? '') }
    : payload?.exception;
  return {
    status: typeof payload?.status === 'number' ? payload.status : null,
    stopped,
    terminated: Boolean(payload?.terminated),
    exception: thrown ? { type: String(thrown.type ?? ''), message: String(thrown.message ?? ''), line } : null,
  };
}

// host: the element that becomes the widget (a <div>: it gets the shadow root).
// snippet: { code, prefix, suffix, options } (blocks.js / options.js).
// lang: 'en' | 'zh'. events: { onOutput(stream, text), onDone(summary) }, for the iframe embed.
export function createWidget(host, { code, prefix = '', suffix = '', options }, { lang, events = {} }) {
  const { t } = createI18n(lang);
  const { timeline: withTimeline, virtualTime, readonly } = options;
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [styleSheet()];

  const root = make('div', 'w aioplay-theme', { role: 'group', 'aria-label': t('snippet'), lang: lang === 'zh' ? 'zh-CN' : 'en', 'data-engine': 'idle' });
  const lines = options.lines ?? Math.min(autoLines.max, Math.max(autoLines.min, code.split('\n').length));
  const editorBox = make('div', 'w-editor', { 'data-testid': 'editor' });
  editorBox.style.setProperty('--lines', String(lines));
  const staticCode = make('pre', 'w-static', { tabindex: '0', 'aria-label': t('editorLabel') }, code);
  editorBox.append(staticCode);

  const runButton = button('primary', 'run', t('run'), t('runHint'));
  const stopButton = button('', 'stop', t('stop'), t('stopHint'));
  stopButton.disabled = true;
  const status = make('span', 'w-status', { role: 'status' });
  const link = make('a', 'w-open', { 'data-testid': 'open-playground', target: '_blank', rel: 'noopener', href: playgroundUrl, title: t('openInPlaygroundHint') }, `${t('openInPlayground')} ↗`);
  const bar = make('div', 'w-bar', { role: 'toolbar', 'aria-label': t('toolbar') });
  bar.append(runButton, stopButton);
  if (virtualTime) bar.append(make('span', 'w-flag', { title: t('fastForwardHint') }, t('fastForward')));
  bar.append(status, link);

  const outputBox = make('div', 'output w-output', { 'data-testid': 'output', role: 'log', tabindex: '0', 'aria-label': t('outputLabel') });
  outputBox.hidden = true;  // until the first run
  const timelineBox = make('div', 'timeline w-timeline', { 'data-testid': 'timeline' });
  const timelineDetail = make('p', 'timeline-detail', { 'aria-live': 'polite' });
  timelineBox.hidden = timelineDetail.hidden = !withTimeline;

  root.append(editorBox, bar, outputBox, timelineBox, timelineDetail);
  shadow.append(root);

  let editor = null;
  let program = composeProgram({ prefix, code, suffix });
  const getCode = () => (editor ? editor.getCode() : staticCode.textContent);

  const output = createConsole(outputBox, {
    t,
    onGoToLine: (line) => editor?.goToLine(line),
    mapLine: (line) => program.locate(line),
  });
  const timeline = withTimeline ? createTimeline(timelineBox, { t, detailElement: timelineDetail }) : null;
  timeline?.render();

  function showStatus(text, kind = 'info') {
    status.textContent = text;
    status.dataset.kind = kind;
  }

  // The engine: shared by every widget, loaded once; this widget only shows how it goes.
  let engineWatched = false;
  function engine() {
    const loading = sharedEngine();
    if (!engineWatched) {
      engineWatched = true;
      if (root.dataset.engine === 'idle') root.dataset.engine = 'loading';
      loading.then(() => {
        root.dataset.engine = 'ready';
        if (status.dataset.kind !== 'error') showStatus('');
      }, (error) => {
        root.dataset.engine = 'failed';
        showStatus(t('engineFailed', { reason: error?.message ?? String(error) }), 'error');
      });
    }
    return loading;
  }

  // Near the viewport, focused or run: CodeMirror replaces the plain copy, the engine starts loading.
  let woken = null;
  function wake() {
    if (woken) return woken;
    engine().catch(() => {});  // a failure shows in the status line (engine() above)
    woken = import('../src/editor.js').then(({ createEditor }) => {
      const current = staticCode.textContent;
      const hadFocus = shadow.activeElement === staticCode;
      editorBox.replaceChildren();
      editor = createEditor({ parent: editorBox, code: current, label: t('editorLabel'), readOnly: readonly, onRun: () => run(), onChange: linkSoon });
      if (hadFocus) editor.view.focus();
    }, (error) => {
      console.warn('aioplay: the editor could not be loaded; the code stays plain text', error);
    });
    return woken;
  }
  whenNear(host, wake);
  staticCode.addEventListener('focus', wake);
  staticCode.addEventListener('pointerdown', wake);

  // "Open in the playground": the whole program (hidden parts too), as the page's share links.
  let linkVersion = 0;
  let linkTimer = 0;
  async function refreshLink() {
    const version = ++linkVersion;
    try {
      const { source } = composeProgram({ prefix, code: getCode(), suffix });
      const fragment = await encodeShare({ code: source, exampleId: null, virtualTime });
      if (version === linkVersion) link.href = playgroundUrl + fragment;
    } catch {
      // No CompressionStream: the link opens the playground without the code.
    }
  }
  function linkSoon() {
    clearTimeout(linkTimer);
    linkTimer = setTimeout(refreshLink, 300);
  }
  refreshLink();

  const runner = createRunner({
    engine,
    onOutput: (stream, text) => {
      output.write(stream, text);
      events.onOutput?.(stream, text);
    },
    onTrace: (event) => timeline?.add(event),
    onInput: (prompt) => output.askInput(prompt),
    onDone: finish,
  });

  function setRunning(running) {
    runButton.setAttribute('aria-busy', String(running));
    stopButton.disabled = !running;
    root.dataset.running = String(running);
  }

  async function run() {
    wake();
    if (runner.running) await runner.stop();
    program = composeProgram({ prefix, code: getCode(), suffix });
    outputBox.hidden = false;
    output.clear();
    timeline?.reset();
    editor?.clearErrorLine();
    if (root.dataset.engine !== 'ready' && root.dataset.engine !== 'failed') showStatus(t('engineLoading'));
    runner.start(program.source, { virtualTime }).then(() => setRunning(runner.running));
    setRunning(true);
    return runner.whenIdle();
  }

  function finish(payload, active) {
    output.cancelInput();
    output.flush();
    setRunning(runner.running);
    const exception = output.noteEnd(payload, active);
    const line = exception?.line ? program.editorLine(exception.line) : null;
    if (line) editor?.markErrorLine(line);
    events.onDone?.(doneSummary(payload, Boolean(active.stopRequested), line));
  }

  runButton.addEventListener('click', () => run());
  stopButton.addEventListener('click', () => runner.stop());
  // Escape stops this widget's program (the page's Ctrl+C is left to the host page).
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !runner.running) return;
    event.preventDefault();
    runner.stop();
  });

  return {
    host,
    getCode,
    setCode(text) {
      const next = String(text);
      if (editor) editor.setCode(next);
      else staticCode.textContent = next;
      refreshLink();
    },
    run,
    stop: () => runner.stop(),
    whenIdle: () => runner.whenIdle(),
    wake,
    get running() { return runner.running; },
  };
}
