// The elapsed loop time shown while a program runs. In real time the loop's clock is the wall
// clock, so it ticks on its own between trace events; with fast-forward time jumps, so only
// the trace events' times count. Pausing the run freezes it.
const tickMs = 100;

export function createLoopClock(onTick) {
  let virtual = false;
  let loopTime = 0;
  let wallStart = 0;   // performance.now() minus the loop time when it last (re)started ticking
  let timer = 0;

  function current() {
    return virtual || !timer ? loopTime : Math.max(loopTime, (performance.now() - wallStart) / 1000);
  }

  function tick() {
    onTick(current());
  }

  function startTicking() {
    wallStart = performance.now() - loopTime * 1000;
    if (!virtual) timer = setInterval(tick, tickMs);
  }

  function stopTicking() {
    loopTime = current();
    clearInterval(timer);
    timer = 0;
  }

  return {
    start(isVirtual) {
      stopTicking();
      virtual = isVirtual;
      loopTime = 0;
      startTicking();
      tick();
    },
    observe(time) {
      loopTime = Math.max(current(), time);
      if (timer) wallStart = performance.now() - loopTime * 1000;
      tick();
    },
    // Shows the time again, e.g. in a new language, without touching the ticking.
    redraw: tick,
    pause: stopTicking,
    resume: startTicking,
    stop() {
      stopTicking();
      tick();
    },
  };
}
