// The script a course page includes: <script src=".../embed.js" defer></script>. A classic
// script (no type=module needed on the host page) and a small one: it only looks for marked
// blocks and, if there are any, imports the widget module (page.js, built as embed-widgets.js)
// from next to itself; CodeMirror and the engine follow later, lazily. Its one global is
// window.aioplayEmbed (README, "Embed in your course").
import { blockSelector } from './markup.js';

(() => {
  if (window.aioplayEmbed) return;  // included twice
  // Where this script came from; the other files are next to it.
  const script = document.currentScript
    ?? [...document.scripts].find((element) => /\/embed\.js(?:[?#]|$)/.test(element.src));
  const moduleUrl = new URL('embed-widgets.js', script?.src ?? location.href).href;

  let loading = null;
  const load = () => (loading ??= import(moduleUrl));

  // Never rejects: a widget module that cannot load leaves the page's code blocks as they were.
  function upgrade(root = document) {
    return load().then((module) => module.upgrade(root), (error) => {
      console.warn('aioplay: the embed could not load', error);
      return [];
    });
  }

  let started;
  const ready = new Promise((resolve) => { started = resolve; });
  const start = () => started(document.querySelector(blockSelector) ? upgrade() : []);

  window.aioplayEmbed = Object.freeze({
    upgrade,
    // The widgets of the first pass over the page, once they exist.
    ready,
    // Every widget so far.
    widgets: () => (loading ? loading.then((module) => [...module.widgets], () => []) : Promise.resolve([])),
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
})();
