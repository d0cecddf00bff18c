// Shows a paused run's event loop from run.snapshot(): the ready queue, the timer heap (when
// each timer is due and what it wakes) and every task with its state and what it awaits.
// Entries may be plain strings or objects; unknown shapes are shown as JSON rather than lost.
import { describe } from './timeline-model.js';

const seconds = (time) => `${Math.round(Number(time) * 1000) / 1000}`;

function describeTimer(timer) {
  if (typeof timer !== 'object' || timer === null) return String(timer);
  const when = timer.deadline ?? timer.when ?? timer.time;
  const what = describe(timer.what ?? timer.callback ?? timer.wakes ?? '');
  return when === undefined ? what : `${seconds(when)} s → ${what}`;
}

function describeTask(task) {
  if (typeof task !== 'object' || task === null) return String(task);
  const awaiting = describe(task.awaiting ?? task.waitFor ?? '');
  return [task.name, task.state, awaiting && `⟶ ${awaiting}`].filter(Boolean).join(' · ');
}

export function createInspector(element, { t }) {
  let last = null;

  function section(titleKey, items, format, testid) {
    const wrapper = document.createElement('section');
    wrapper.className = 'inspector-section';
    wrapper.dataset.section = testid;
    const heading = document.createElement('h3');
    heading.textContent = `${t(titleKey)} (${items.length})`;
    const list = document.createElement('ul');
    if (items.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'inspector-empty';
      empty.textContent = t('nothing');
      list.append(empty);
    }
    for (const item of items) {
      const entry = document.createElement('li');
      entry.textContent = format(item);
      list.append(entry);
    }
    wrapper.append(heading, list);
    return wrapper;
  }

  function render(snapshot) {
    last = snapshot;
    if (!snapshot) {
      const hint = document.createElement('p');
      hint.className = 'inspector-hint';
      hint.textContent = t('inspectorEmpty');
      element.replaceChildren(hint);
      return;
    }
    const clock = document.createElement('p');
    clock.className = 'inspector-clock';
    clock.textContent = t('loopTime', { seconds: seconds(snapshot.time ?? 0) });
    if (snapshot.main) clock.textContent += ` · ${t('mainProgram')}: ${snapshot.main}`;
    element.replaceChildren(
      clock,
      section('readyQueue', snapshot.ready ?? [], describe, 'ready'),
      section('timers', snapshot.timers ?? [], describeTimer, 'timers'),
      section('tasks', snapshot.tasks ?? [], describeTask, 'tasks'),
    );
  }

  return {
    render,
    // Re-draws in the current language.
    refresh() { render(last); },
  };
}
