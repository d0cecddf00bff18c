// Wires the page together: chapters, editor, controls, console, timeline and inspector around
// one runner, and exposes window.aioplay for tests and embedders (issue 6, section 3).
import './style.css';
import { examples, findExample } from './chapters.js';
import { browserLanguage, createI18n } from './i18n.js';
import { loadEdit, saveEdit, forgetEdit, loadPreference, savePreference } from './storage.js';
import { decodeShare, encodeShare, publishShareLink } from './share.js';
import { createEditor } from './editor.js';
import { createConsole } from './console.js';
import { createTimeline } from './timeline.js';
import { createInspector } from './inspector.js';
import { createLoopClock } from './clock.js';
import { createNav } from './nav.js';
import { createRunner } from './runner.js';
import { bindStopKeys } from './keys.js';

const byId = (id) => document.getElementById(id);

// index.html started the engine before this bundle ran (engine_start.js); the URL keeps esbuild
// from bundling a second copy that would start a second engine.
const { engine } = await import(new URL('./engine-start.js', import.meta.url).href);

const i18n = createI18n(loadPreference('lang') ?? browserLanguage());
const { t } = i18n;

const shared = await decodeShare(location.hash);
let example = findExample(shared?.exampleId ?? loadPreference('example')) ?? examples[0];
const initialCode = shared?.code ?? loadEdit(example.id) ?? example.code;

const fastForward = byId('fast-forward');
fastForward.checked = shared ? shared.virtualTime : loadPreference('virtualTime') === 'true';

const editor = createEditor({
  parent: byId('editor'),
  code: initialCode,
  label: t('editorLabel'),
  onRun: () => startRun(),
  onChange: rememberEdit,
});
const output = createConsole(byId('output'), { t, onGoToLine: (line) => editor.goToLine(line) });
const timeline = createTimeline(byId('timeline'), { t, detailElement: byId('timeline-detail') });
const inspector = createInspector(byId('inspector'), { t });
const clock = createLoopClock((seconds) => {
  byId('clock').textContent = t('loopTime', { seconds: seconds.toFixed(2) });
});
const nav = createNav({ list: byId('example-list'), toggle: byId('chapters-toggle'), i18n, onSelect: selectExample });

engine.then(() => setEngineState('ready'), (error) => setEngineState('failed', error));

const runner = createRunner({
  engine,
  onOutput: (stream, text) => output.write(stream, text),
  onTrace: (event) => {
    timeline.add(event);
    clock.observe(Number(event.time) || 0);
  },
  onInput: (prompt) => output.askInput(prompt),
  onDone: finishRun,
});

function setEngineState(state, error) {
  document.body.dataset.engine = state;
  const status = byId('engine-status');
  if (state === 'ready') {
    status.dataset.i18n = 'engineReady';
    status.textContent = t('engineReady');
    return;
  }
  delete status.dataset.i18n;  // the message carries the error's own words, so it stays as it is
  status.textContent = t('engineFailed', { reason: error?.message ?? String(error) });
}

function rememberEdit(code) {
  if (code === example.code) forgetEdit(example.id);
  else saveEdit(example.id, code);
}

// A share link describes the code it was made from; once the learner moves on it would be stale.
function dropShareFragment() {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}

function showLesson() {
  byId('example-title').textContent = example.title[i18n.lang];
  byId('example-text').textContent = example.text[i18n.lang];
  nav.select(example.id);
}

async function selectExample(id) {
  if (runner.running) await runner.stop();
  example = findExample(id);
  savePreference('example', id);
  dropShareFragment();
  editor.setCode(loadEdit(id) ?? example.code);
  showLesson();
}

function setRunning(running) {
  byId('run').setAttribute('aria-busy', String(running));
  byId('stop').disabled = !running;
  byId('pause').disabled = !running || !runner.canInspect;
  setPaused(false);
  document.body.dataset.running = String(running);
}

function setPaused(paused) {
  const label = byId('pause').querySelector('span');
  label.dataset.i18n = paused ? 'resume' : 'pause';
  label.textContent = t(label.dataset.i18n);
  byId('pause').setAttribute('aria-pressed', String(paused));
  byId('step').disabled = !paused;
}

async function startRun() {
  // A run still going is stopped first, so its last words land before the console is cleared.
  if (runner.running) await runner.stop();
  const virtualTime = fastForward.checked;
  output.clear();
  timeline.reset();
  inspector.render(null);
  editor.clearErrorLine();
  clock.start(virtualTime);
  // The run object exists once start() has the engine; only then is Pause's support known.
  runner.start(editor.getCode(), { virtualTime }).then(() => setRunning(runner.running));
  setRunning(true);
  return runner.whenIdle();
}

function finishRun(payload, active) {
  output.cancelInput();
  output.flush();
  clock.stop();
  setRunning(runner.running);
  const exception = output.noteEnd(payload, active);
  if (exception?.line) editor.markErrorLine(exception.line);
}

byId('run').addEventListener('click', () => startRun());
byId('stop').addEventListener('click', () => runner.stop());
byId('reset').addEventListener('click', () => {
  forgetEdit(example.id);
  dropShareFragment();
  editor.setCode(example.code);
});
byId('clear-output').addEventListener('click', () => output.clear());
fastForward.addEventListener('change', () => savePreference('virtualTime', fastForward.checked));

byId('pause').addEventListener('click', async () => {
  if (byId('pause').getAttribute('aria-pressed') === 'true') {
    await runner.resume();
    clock.resume();
    setPaused(false);
    return;
  }
  clock.pause();
  setPaused(true);
  showSnapshot(await runner.pause());
});
byId('step').addEventListener('click', async () => showSnapshot(await runner.step()));

function showSnapshot(snapshot) {
  inspector.render(snapshot);
  if (snapshot?.time !== undefined) clock.observe(Number(snapshot.time));
}

byId('share').addEventListener('click', async () => {
  const fragment = await encodeShare({ code: editor.getCode(), exampleId: example.id, virtualTime: fastForward.checked });
  const copied = await publishShareLink(fragment);
  showToast(t(copied ? 'shareCopied' : 'shareInAddressBar'));
});

let toastTimer = 0;
function showToast(text) {
  byId('toast').textContent = text;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { byId('toast').textContent = ''; }, 5000);
}

byId('lang-switch').addEventListener('click', () => {
  i18n.setLang(i18n.lang === 'zh' ? 'en' : 'zh');
  savePreference('lang', i18n.lang);
});
i18n.onChange(() => {
  nav.render();
  showLesson();
  editor.setLabel(t('editorLabel'));
  timeline.render();
  inspector.refresh();
  clock.redraw();
});

bindStopKeys({ isRunning: () => runner.running, stop: () => runner.stop() });

i18n.apply();
nav.render();
showLesson();
inspector.render(null);
timeline.render();
clock.redraw();

window.aioplay = {
  setCode(text) {
    editor.setCode(text);
    rememberEdit(text);
  },
  getCode: () => editor.getCode(),
  run: () => startRun(),
  stop: () => runner.stop(),
  whenIdle: () => runner.whenIdle(),
};
