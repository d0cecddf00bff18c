// Turns the engine's trace events into lanes: per task (and "main" for the main program) the
// stretches it ran, the stretches it awaited something, marks for callbacks, and how it ended.
// Kept apart from the drawing so the rules are easy to read and to test.
export const mainLane = 'main';

// A runaway program (say a loop of sleep(0)) would otherwise grow the drawing without bound.
const maxSegments = 4000;

export function createTimelineModel() {
  let lanes = new Map();
  let segmentCount = 0;
  let lastTime = 0;
  let truncated = false;

  // Lanes are keyed by the engine's task id when it gives one (two tasks may share a name, and
  // set_name() renames a task), else by name; a lane shows the task's latest name.
  function lane(key, name) {
    let found = lanes.get(key);
    if (!found) {
      found = { name, segments: [], marks: [], open: null, end: null };
      lanes.set(key, found);
    }
    found.name = name;
    return found;
  }

  function close(target, time) {
    if (!target.open) return;
    target.open.end = time;
    target.open = null;
  }

  function open(target, kind, time, detail) {
    close(target, time);
    if (segmentCount >= maxSegments) {
      truncated = true;
      return;
    }
    const segment = { kind, start: time, end: null, detail };
    target.segments.push(segment);
    target.open = segment;
    segmentCount += 1;
  }

  function add({ kind, time, task, taskId, detail }) {
    time = Number(time) || 0;
    lastTime = Math.max(lastTime, time);
    const name = task || mainLane;
    const target = lane(taskId ? `#${taskId}` : name, name);
    switch (kind) {
      case 'task_created':
        target.created ??= time;
        break;
      case 'task_running':
        open(target, 'run', time);
        break;
      case 'task_awaiting':
        open(target, 'await', time, describe(detail));
        break;
      case 'task_done':
      case 'task_cancelled':
      case 'task_failed':
        close(target, time);
        target.end = { kind: kind.slice('task_'.length), time, detail: describe(detail) };
        break;
      case 'callback_run':
        if (target.marks.length < maxSegments) target.marks.push({ time, detail: describe(detail) });
        break;
      default:
        break;  // timer events show up in the inspector, not as lanes
    }
  }

  return {
    add,
    reset() {
      lanes = new Map();
      segmentCount = 0;
      lastTime = 0;
      truncated = false;
    },
    get lanes() { return [...lanes.values()]; },
    get lastTime() { return lastTime; },
    get truncated() { return truncated; },
  };
}

// Trace details may be strings or small objects, depending on the event.
export function describe(detail) {
  if (detail === undefined || detail === null) return '';
  if (typeof detail === 'string') return detail;
  if (typeof detail === 'object' && typeof detail.what === 'string') return detail.what;
  return JSON.stringify(detail);
}

// A round step for about five ticks across [0, end].
export function tickStep(end) {
  const rough = Math.max(end, 1e-3) / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  // The tolerance keeps 2 × 1e-4 from losing to 2e-4 by a rounding error.
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= rough * (1 - 1e-9));
}
