// The timeline's reading of trace events, without a browser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTimelineModel, describe, tickStep } from '../../web/src/timeline-model.js';

test('a task that sleeps gets a running stretch, an await bar and a done mark', () => {
  const model = createTimelineModel();
  for (const event of [
    { kind: 'task_created', time: 0, task: 'Task-1' },
    { kind: 'task_running', time: 0, task: 'Task-1' },
    { kind: 'task_awaiting', time: 0.001, task: 'Task-1', detail: 'sleep(1)' },
    { kind: 'timer_fired', time: 1, task: 'Task-1' },
    { kind: 'task_running', time: 1, task: 'Task-1' },
    { kind: 'task_done', time: 1.002, task: 'Task-1' },
    { kind: 'callback_run', time: 1.002, detail: { what: 'callback' } },
  ]) model.add(event);
  const [task, main] = model.lanes;
  assert.equal(task.name, 'Task-1');
  assert.deepEqual(task.segments.map((s) => [s.kind, s.start, s.end, s.detail]), [
    ['run', 0, 0.001, undefined], ['await', 0.001, 1, 'sleep(1)'], ['run', 1, 1.002, undefined]]);
  assert.deepEqual(task.end, { kind: 'done', time: 1.002, detail: '' });
  assert.equal(main.name, 'main', 'events without a task belong to the main program');
  assert.deepEqual(main.marks, [{ time: 1.002, detail: 'callback' }]);
  assert.equal(model.lastTime, 1.002);
});

test('lanes follow task ids: a renamed task keeps its lane, namesakes get their own', () => {
  const model = createTimelineModel();
  model.add({ kind: 'task_created', time: 0, taskId: 2, task: 'Task-2' });
  model.add({ kind: 'task_running', time: 0, taskId: 2, task: 'worker' });
  model.add({ kind: 'task_created', time: 0, taskId: 3, task: 'worker' });
  model.add({ kind: 'task_done', time: 1, taskId: 2, task: 'worker' });
  assert.deepEqual(model.lanes.map((l) => l.name), ['worker', 'worker']);
  assert.equal(model.lanes[0].end.kind, 'done');
  assert.equal(model.lanes[1].end, null);
});

test('a cancelled task ends its open await at the cancellation', () => {
  const model = createTimelineModel();
  model.add({ kind: 'task_awaiting', time: 0, task: 'Task-2', detail: 'sleep(2)' });
  model.add({ kind: 'task_cancelled', time: 1.3, task: 'Task-2' });
  assert.equal(model.lanes[0].segments[0].end, 1.3);
  assert.equal(model.lanes[0].end.kind, 'cancelled');
});

test('a flood of events is cut off rather than drawn without bound', () => {
  const model = createTimelineModel();
  for (let i = 0; i < 10000; i += 1) model.add({ kind: 'task_running', time: i / 1000, task: 'main' });
  assert.equal(model.truncated, true);
  assert.ok(model.lanes[0].segments.length <= 4000);
});

test('ticks are round numbers, about five across', () => {
  assert.equal(tickStep(4), 1);
  assert.ok(Math.abs(tickStep(0.0004) - 0.0002) < 1e-12, 'a run that takes no time still gets an axis');
  assert.equal(tickStep(12), 5);
  assert.equal(describe({ deadline: 1 }), '{"deadline":1}');
});
