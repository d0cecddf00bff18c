// What all widgets of a document share and load only on first need: one engine (driver, Worker,
// wasm module) for every widget, whose runs each get a Runtime of their own, and a watch that
// wakes a widget when it comes near the viewport.
import { loadEngine } from '../src/engine.js';

let engine = null;

// The engine's promise; the first call starts the download.
export function sharedEngine() {
  engine ??= loadEngine();
  return engine;
}

// Calls wake() once, when element comes within `margin` of the viewport (at once where
// IntersectionObserver is missing).
const margin = '400px';
const sleepers = new WeakMap();
let observer = null;

export function whenNear(element, wake) {
  if (typeof IntersectionObserver !== 'function') {
    wake();
    return;
  }
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      const callback = sleepers.get(entry.target);
      sleepers.delete(entry.target);
      callback?.();
    }
  }, { rootMargin: `${margin} 0px` });
  sleepers.set(element, wake);
  observer.observe(element);
}
