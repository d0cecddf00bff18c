// The markup the embed looks for on a host page, in a module of its own so that the loader
// (embed.js) can check for snippets without pulling in anything else.

// <pre class="aioplay">, the same with the class on its <code>, or any element with data-aioplay.
export const blockSelector = 'pre.aioplay, pre > code.aioplay, [data-aioplay]';
// Hidden code around a snippet, run before and after it.
export const hiddenSelector = 'textarea.aioplay-prefix, textarea.aioplay-suffix';
// What a widget's host element carries (and upgraded blocks are found inside of, never again).
export const hostClass = 'aioplay-embed';
export const hostAttribute = 'data-aioplay-widget';
