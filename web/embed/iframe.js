// embed.html's module: one snippet's widget filling the frame, for platforms that take iframes
// but no scripts. The fragment carries the snippet (options.js, parseFrameHash); the parent
// hears the widget's height and, if its origin is on the snippet's allow-list, can drive it
// (messages.js).
import './frame.css';
import { connectParent } from './messages.js';
import { parseFrameHash } from './options.js';
import { createWidget } from './widget.js';
import { browserLanguage } from '../src/i18n.js';

const { code, prefix, suffix, options, origins } = parseFrameHash(location.hash);

const host = document.createElement('div');
document.body.append(host);

let parentWindow = null;
const widget = createWidget(host, { code, prefix, suffix, options }, {
  lang: options.lang ?? browserLanguage(),
  events: {
    onOutput: (stream, text) => parentWindow.send('output', { stream, text }),
    onDone: (summary) => parentWindow.send('done', summary),
  },
});

parentWindow = connectParent({
  self: window,
  parent: window.parent,
  origins,
  handlers: {
    run: () => { widget.run(); },
    stop: () => { widget.stop(); },
    setCode: ({ code: text }) => widget.setCode(text),
  },
});

// Auto-height: the parent sets the iframe's height from these (README shows the listener).
new ResizeObserver(() => parentWindow.resize(Math.ceil(host.getBoundingClientRect().height))).observe(host);

// A new fragment is a new snippet.
window.addEventListener('hashchange', () => location.reload());

parentWindow.send('ready');
