// How the driver hands control back to the host's event loop between slices. Each function
// schedules `fn` as a new task of the host loop (so timers, input and rendering run in between)
// and returns a function that cancels it.

// "Again now". setTimeout(0) is clamped to >= 4 ms after a few nestings in browsers, which would
// waste half of every 8 ms slice, so browsers get a MessageChannel post: one message is one task.
// Node gets setImmediate instead: a node MessagePort delivers up to 1000 queued messages in one
// turn of its loop, which would starve timers (and a setInterval ticker) for seconds.
export const runSoon = typeof setImmediate === 'function' ? soonByImmediate : soonByMessageChannel();

function soonByImmediate(fn) {
  const handle = setImmediate(fn);
  return () => clearImmediate(handle);
}

function soonByMessageChannel() {
  // One channel for every run: one message per queued callback, callbacks in FIFO order.
  const queue = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const entry = queue.shift();
    if (entry && !entry.cancelled) entry.fn();
  };
  return (fn) => {
    const entry = { fn, cancelled: false };
    queue.push(entry);
    channel.port2.postMessage(null);
    return () => { entry.cancelled = true; };
  };
}

// setTimeout's delay is a signed 32-bit count of ms; larger values fire immediately.
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export function runAfter(fn, delayMs) {
  const handle = setTimeout(fn, Math.min(Math.max(delayMs, 0), MAX_TIMEOUT_MS));
  return () => clearTimeout(handle);
}
