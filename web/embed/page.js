// The script embed's module (embed.js, the classic script a course page includes, imports it):
// replaces every marked block of the page with a widget. Each widget is a <div class="aioplay-embed">
// in the block's place, its shadow root holding the rest (widget.js).
import { findBlocks, pageLanguage, readBlock } from './blocks.js';
import { hostAttribute, hostClass } from './markup.js';
import { createWidget } from './widget.js';

export const widgets = [];

// Upgrades the blocks under root (the document, or an element a page added later) and returns
// the new widgets. A block that cannot be upgraded stays as it was.
export function upgrade(root = document) {
  const made = [];
  for (const block of findBlocks(root)) {
    const host = document.createElement('div');
    host.className = hostClass;
    host.setAttribute(hostAttribute, '');
    try {
      const snippet = readBlock(block);
      const widget = createWidget(host, snippet, { lang: snippet.options.lang ?? pageLanguage() });
      block.replaceWith(host);
      made.push(widget);
    } catch (error) {
      console.warn('aioplay: a code block could not become a widget', error);
    }
  }
  widgets.push(...made);
  return made;
}
