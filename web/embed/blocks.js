// The script embed's reading of a host page: which elements are snippets, their code, their
// hidden set-up and tear-down code, and their data attributes (README, "Embed in your course").
import { blockSelector, hiddenSelector, hostAttribute } from './markup.js';
import { languageOf, normalizeOptions } from './options.js';
import { tidyCode } from './program.js';
import { browserLanguage } from '../src/i18n.js';

// A marked <code> inside a <pre> stands for the <pre>: that is what the widget replaces.
function blockOf(element) {
  const parent = element.parentElement;
  return element.localName === 'code' && parent?.localName === 'pre' ? parent : element;
}

// The not yet upgraded blocks in root (a document or an element), in document order.
export function findBlocks(root) {
  const marked = [...(root.matches?.(blockSelector) ? [root] : []), ...root.querySelectorAll(blockSelector)];
  const blocks = new Set(marked.map(blockOf));
  return [...blocks].filter((block) => !block.closest(`[${hostAttribute}]`) && !block.matches(hiddenSelector));
}

const hiddenText = (block, kind) => [...block.querySelectorAll(`textarea.aioplay-${kind}`)]
  .map((area) => tidyCode(area.value)).join('\n');

// → { code, prefix, suffix, options } of a block. Attributes may sit on the <pre> or on its <code>.
export function readBlock(block) {
  const code = block.querySelector(':scope > code');
  const attributes = { ...block.dataset, ...code?.dataset };
  let visible;
  if (block.localName === 'textarea') {
    visible = block.value;
  } else {
    const copy = block.cloneNode(true);
    for (const hidden of copy.querySelectorAll(hiddenSelector)) hidden.remove();
    visible = copy.textContent;
  }
  return {
    code: tidyCode(visible),
    prefix: hiddenText(block, 'prefix'),
    suffix: hiddenText(block, 'suffix'),
    options: normalizeOptions(attributes),
  };
}

// The widgets speak the page's language (<html lang>) unless a block says otherwise.
export function pageLanguage() {
  return languageOf(document.documentElement.lang) ?? browserLanguage();
}
