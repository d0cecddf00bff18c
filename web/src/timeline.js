// Draws the timeline: a lane per task on the loop's time axis, bars for running and awaiting,
// marks for callbacks and for how a task ended. Plain DOM positioned in percentages, so it
// scales with the panel. Every bar is focusable; hover or focus shows its details below.
import { createTimelineModel, mainLane, tickStep } from './timeline-model.js';

const seconds = (time) => (Math.round(time * 1000) / 1000).toString();

export function createTimeline(element, { t, detailElement }) {
  const model = createTimelineModel();
  let now = 0;          // the loop's current time, so open awaits grow while a run goes on
  let scheduled = false;

  function make(tag, className, text) {
    const node = document.createElement(tag);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function showDetail(text) {
    detailElement.textContent = text;
  }

  function focusable(node, description) {
    node.tabIndex = 0;
    node.setAttribute('role', 'img');
    node.setAttribute('aria-label', description);
    node.addEventListener('mouseenter', () => showDetail(description));
    node.addEventListener('focus', () => showDetail(description));
  }

  function place(node, start, end, scale) {
    node.style.left = `${(start / scale) * 100}%`;
    if (end !== undefined) node.style.width = `${((end - start) / scale) * 100}%`;
  }

  function segmentText(laneName, segment) {
    const what = segment.kind === 'run' ? t('eventRunning') : t('eventAwaiting', { what: segment.detail || '…' });
    const end = segment.end ?? now;
    return `${laneName}: ${what}, ${t('fromTo', { from: seconds(segment.start), to: seconds(end) })}`;
  }

  function drawLane(lane, scale) {
    const row = make('div', 'tl-lane');
    row.dataset.taskName = lane.name;
    row.setAttribute('role', 'group');
    const label = lane.name === mainLane ? t('mainProgram') : lane.name;
    row.setAttribute('aria-label', label);
    row.append(make('span', 'tl-name', label));
    const track = make('div', 'tl-track');
    for (const segment of lane.segments) {
      const bar = make('span', `tl-seg tl-${segment.kind}`, segment.kind === 'await' ? segment.detail : '');
      place(bar, segment.start, segment.end ?? now, scale);
      focusable(bar, segmentText(label, segment));
      track.append(bar);
    }
    for (const mark of lane.marks) {
      const dot = make('span', 'tl-mark tl-callback');
      place(dot, mark.time, undefined, scale);
      focusable(dot, `${label}: ${t('eventCallback', { what: mark.detail })}, ${t('at', { seconds: seconds(mark.time) })}`);
      track.append(dot);
    }
    if (lane.end) {
      const endMark = make('span', `tl-mark tl-end tl-${lane.end.kind}`);
      place(endMark, lane.end.time, undefined, scale);
      const kindKey = { done: 'eventDone', cancelled: 'eventCancelled', failed: 'eventFailed' }[lane.end.kind];
      const extra = lane.end.detail ? ` (${lane.end.detail})` : '';
      focusable(endMark, `${label}: ${t(kindKey)}${extra}, ${t('at', { seconds: seconds(lane.end.time) })}`);
      track.append(endMark);
    }
    row.append(track);
    return row;
  }

  function drawAxis(scale, step) {
    const axis = make('div', 'tl-axis');
    axis.setAttribute('aria-hidden', 'true');
    axis.append(make('span', 'tl-name'));
    const ticks = make('div', 'tl-track');
    for (let tick = 0; tick <= scale + step / 1000; tick += step) {
      const label = make('span', 'tl-tick', `${seconds(tick)} s`);
      place(label, tick, undefined, scale);
      ticks.append(label);
    }
    axis.append(ticks);
    return axis;
  }

  function render() {
    scheduled = false;
    const lanes = model.lanes;
    if (lanes.length === 0) {
      element.replaceChildren(make('p', 'tl-empty', t('timelineEmpty')));
      return;
    }
    const end = Math.max(now, model.lastTime, 1e-3);
    const step = tickStep(end);
    const scale = Math.ceil(end / step - 1e-9) * step;
    // Main program first, then tasks in the order they appeared.
    lanes.sort((a, b) => (b.name === mainLane) - (a.name === mainLane));
    const children = [drawAxis(scale, step), ...lanes.map((lane) => drawLane(lane, scale))];
    if (model.truncated) children.push(make('p', 'tl-note', t('timelineTruncated')));
    element.replaceChildren(...children);
  }

  // Redraws at most once a frame however many events arrive.
  function invalidate() {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(render);
  }

  return {
    add(event) {
      model.add(event);
      now = Math.max(now, model.lastTime);
      invalidate();
    },
    setNow(time) {
      if (time <= now) return;
      now = time;
      invalidate();
    },
    reset() {
      model.reset();
      now = 0;
      showDetail('');
      invalidate();
    },
    render,
  };
}
