// A stand-in for wasm/driver.mjs with the same API (wasm/README.md), for developing and testing
// the page before the real engine exists. It never ships: tests/web/harness.mjs bundles it and
// serves it in place of driver.mjs through Playwright's request routing.
//
// It runs no Python. For the tutorial's programs it replays CPython's recorded output on a
// schedule derived from the program (do_some_work(N) tasks sleeping N seconds) with matching
// trace events; for other code it understands a handful of line shapes the tests use:
// print('literal'), NAME = input('prompt'), print(NAME), `while True: pass`, raise E('msg'),
// and a block header without its colon (a SyntaxError).
import recordings from 'fake:recordings';  // [{ name, source, stdout, stderr, interruptAt }]

const normalize = (text) => text.split('\n').map((line) => line.trimEnd()).join('\n').trim();
const literal = String.raw`(?:'([^']*)'|"([^"]*)")`;
const patterns = {
  blockHeader: /^\s*(?:async\s+)?(?:def|class|if|elif|else|for|while|with|try|except|finally)\b[^:#]*(?:#.*)?$/,
  printLiteral: new RegExp(`^\\s*print\\(${literal}\\)\\s*$`),
  printName: /^\s*print\((\w+)\)\s*$/,
  input: new RegExp(`^\\s*(\\w+)\\s*=\\s*input\\(${literal}?\\)\\s*$`),
  spin: /^\s*while True:\s*(?:pass)?\s*$/,
  raise: new RegExp(`^\\s*raise (\\w+)\\(${literal}?\\)\\s*$`),
};

export async function createEngine() {
  return { run: (source, options = {}) => new FakeRun(source, options) };
}

class FakeRun {
  constructor(source, { virtualTime = false }) {
    this.virtualTime = virtualTime;
    this.listeners = new Map();
    this.steps = [];        // { time, label, act } in time order
    this.loopTime = 0;
    this.wallStart = performance.now();
    this.paused = false;
    this.blocked = null;    // 'input' | 'spin' while the program cannot go on by itself
    this.done = false;
    this.onInterrupt = null;
    this.tasks = new Map(); // name → { state, awaiting } for snapshots
    this.timers = [];       // { deadline, what } for snapshots
    this.finished = new Promise((resolve) => { this.resolveFinished = resolve; });
    const recording = recordings.find((r) => normalize(r.source) === normalize(source));
    if (recording) this.planTutorial(source, recording);
    else this.planLines(source.split('\n'));
    setTimeout(() => this.pump(), 0);  // listeners are attached after run() returns
  }

  on(kind, listener) {
    if (!this.listeners.has(kind)) this.listeners.set(kind, []);
    this.listeners.get(kind).push(listener);
  }

  emit(kind, payload) {
    for (const listener of this.listeners.get(kind) ?? []) listener(payload);
  }

  print(text, stream = 'stdout') {
    this.emit('output', { stream, text });
  }

  trace(kind, task, detail) {
    const info = this.tasks.get(task) ?? { name: task, state: 'pending', awaiting: '' };
    this.tasks.set(task, info);
    const states = { task_running: 'running', task_awaiting: 'pending', task_done: 'done', task_cancelled: 'cancelled', task_failed: 'failed' };
    if (states[kind]) info.state = states[kind];
    info.awaiting = kind === 'task_awaiting' ? detail : '';
    this.emit('trace', { kind, time: this.loopTime, task, detail });
  }

  at(time, label, act) {
    this.steps.push({ time, label, act });
    this.steps.sort((a, b) => a.time - b.time);
  }

  finish(status, exception = null) {
    if (this.done) return;
    this.done = true;
    this.steps = [];
    const payload = { status, exception };
    this.emit('done', payload);
    this.resolveFinished(payload);
  }

  // Runs due steps: all at once on a virtual clock, at their wall-clock time in real time.
  pump() {
    clearTimeout(this.timer);
    if (this.done || this.paused || this.blocked) return;
    const next = this.steps[0];
    if (!next) return;
    const wait = this.virtualTime ? 0 : this.wallStart + next.time * 1000 - performance.now();
    if (wait > 0) {
      this.timer = setTimeout(() => this.pump(), wait);
      return;
    }
    this.runStep();
    this.timer = setTimeout(() => this.pump(), 0);
  }

  runStep() {
    const step = this.steps.shift();
    if (!step) return;
    this.loopTime = Math.max(this.loopTime, step.time);
    step.act();
  }

  // --- the tutorial programs -------------------------------------------------------------
  planTutorial(source, recording) {
    const durations = [...source.matchAll(/do_some_work\((\d+)\)/g)].map((m) => Number(m[1]));
    const sleeps = /await asyncio\.sleep/.test(source);
    const hasMain = /async def main/.test(source);
    const names = durations.map((_, i) => `Task-${i + (hasMain ? 2 : 1)}`);
    const end = sleeps ? Math.max(...durations) : 0;
    const lines = recording.stdout.split(/(?<=\n)/);
    const firstWaiting = lines.findIndex((line) => line.startsWith('Waiting'));
    const waitingCount = lines.filter((line) => line.startsWith('Waiting')).length;
    const before = lines.slice(0, firstWaiting);
    const after = lines.slice(firstWaiting + waitingCount);
    const withTime = (line) => line.replace(/^(TIME:\s*)[\d.]+/, (_, head) => `${head}${(this.loopTime + 0.0004).toFixed(4)}`);

    this.at(0, 'main program', () => {
      this.trace('task_running', 'main');
      for (const line of before) this.print(line);
      if (hasMain) this.trace('task_created', 'Task-1');
      this.trace('task_awaiting', 'main', 'run_until_complete');
    });
    names.forEach((name, i) => {
      this.at(0, `${name} starts`, () => {
        this.trace('task_created', name);
        this.trace('task_running', name);
        this.print(lines[firstWaiting + i]);
        if (!sleeps) return;
        this.trace('task_awaiting', name, `sleep(${durations[i]})`);
        this.timers.push({ deadline: durations[i], what: `wake ${name}` });
        this.emit('trace', { kind: 'timer_scheduled', time: 0, task: name, detail: { deadline: durations[i] } });
      });
      if (!sleeps) {
        this.at(0, `${name} returns`, () => this.trace('task_done', name));
        return;
      }
      this.at(durations[i], `timer wakes ${name}`, () => {
        this.timers = this.timers.filter((timer) => timer.what !== `wake ${name}`);
        this.emit('trace', { kind: 'timer_fired', time: this.loopTime, task: name });
        this.trace('task_running', name);
        this.trace('task_done', name, `Done after ${durations[i]}s`);
        if (/add_done_callback/.test(source)) this.emit('trace', { kind: 'callback_run', time: this.loopTime, task: name, detail: 'callback' });
      });
    });
    if (!sleeps && /add_done_callback/.test(source)) {
      this.at(0, 'done callback', () => this.emit('trace', { kind: 'callback_run', time: 0, task: names[0], detail: 'callback' }));
    }

    const endMain = () => {
      this.trace('task_running', 'main');
      this.trace('task_done', 'main');
      this.finish(0);
    };
    if (recording.interruptAt === undefined) {
      this.at(end, 'main program resumes', () => {
        if (hasMain) this.trace('task_done', 'Task-1');
        for (const line of after) this.print(withTime(line));
        this.print(recording.stderr, 'stderr');
        endMain();
      });
      return;
    }
    // The stop examples wait for Ctrl+C; their handler prints the recorded cancellation output.
    this.onInterrupt = () => {
      this.steps = [];
      this.timers = [];
      for (const name of names) if (this.tasks.get(name)?.state !== 'done') this.trace('task_cancelled', name);
      for (const line of after) this.print(withTime(line));
      this.print(recording.stderr, 'stderr');
      endMain();
    };
    this.at(end, 'the tasks are done', () => {
      this.print(withTime(after[after.length - 1]));
      endMain();
    });
  }

  // --- other code: the few line shapes the page's tests use -------------------------------
  planLines(lines) {
    const bad = lines.findIndex((line) => patterns.blockHeader.test(line));
    if (bad >= 0) {
      this.at(0, 'compile', () => {
        const text = lines[bad];
        this.print(`  File "main.py", line ${bad + 1}\n    ${text.trim()}\n    ${' '.repeat(text.trim().length)}^\nSyntaxError: expected ':'\n`, 'stderr');
        this.finish(1, { type: 'SyntaxError', message: "expected ':'", line: bad + 1 });
      });
      return;
    }
    const variables = new Map();
    this.at(0, 'main program', () => this.trace('task_running', 'main'));
    lines.forEach((text, index) => {
      const line = index + 1;
      let match;
      if ((match = patterns.printLiteral.exec(text))) {
        this.at(0, `line ${line}`, () => this.print(`${match[1] ?? match[2]}\n`));
      } else if ((match = patterns.printName.exec(text))) {
        this.at(0, `line ${line}`, () => this.print(`${variables.get(match[1]) ?? ''}\n`));
      } else if ((match = patterns.input.exec(text))) {
        this.at(0, `line ${line}`, () => {
          this.blocked = 'input';
          this.pendingInput = (value) => variables.set(match[1], value);
          const prompt = match[2] ?? match[3] ?? '';
          if (prompt) this.print(prompt);  // as input() does, before it waits
          this.emit('input', { prompt });
        });
      } else if (patterns.spin.test(text)) {
        this.at(0, `line ${line}`, () => {
          this.blocked = 'spin';
          this.onInterrupt = () => this.raise('KeyboardInterrupt', '', line, text);
        });
      } else if ((match = patterns.raise.exec(text))) {
        this.at(0, `line ${line}`, () => this.raise(match[1], match[2] ?? match[3] ?? '', line, text));
      }
    });
    this.at(0, 'exit', () => {
      this.trace('task_done', 'main');
      this.finish(0);
    });
  }

  raise(type, message, line, text) {
    this.trace('task_failed', 'main', type);
    const tail = message ? `${type}: ${message}` : type;
    this.print(`Traceback (most recent call last):\n  File "main.py", line ${line}, in <module>\n    ${text.trim()}\n${tail}\n`, 'stderr');
    this.finish(1, { type, message, line });
  }

  // --- the driver API's controls -----------------------------------------------------------
  provideInput(line) {
    if (this.blocked !== 'input') return;
    this.pendingInput(line);
    this.blocked = null;
    this.pump();
  }

  interrupt() {
    if (this.done) return;
    this.blocked = null;
    this.loopTime = this.virtualTime ? this.loopTime : Math.max(this.loopTime, (performance.now() - this.wallStart) / 1000);
    if (this.onInterrupt) this.onInterrupt();
    else this.raise('KeyboardInterrupt', '', 1, '');
  }

  terminate() {
    clearTimeout(this.timer);
    this.finish('terminated');
  }

  pause() {
    this.paused = true;
    clearTimeout(this.timer);
    // The loop's clock stops where the wall clock is now, not at the last step.
    if (!this.virtualTime) this.loopTime = Math.max(this.loopTime, (performance.now() - this.wallStart) / 1000);
  }

  resume() {
    this.paused = false;
    // Real time restarts from the paused loop time rather than jumping over the pause.
    this.wallStart = performance.now() - this.loopTime * 1000;
    this.pump();
  }

  stepOne() {
    this.runStep();
  }

  async snapshot() {
    return {
      time: this.loopTime,
      ready: this.steps.filter((step) => step.time <= this.loopTime).map((step) => step.label),
      timers: [...this.timers].sort((a, b) => a.deadline - b.deadline),
      tasks: [...this.tasks.values()].filter((task) => task.name !== 'main'),
    };
  }
}
