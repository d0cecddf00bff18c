// The iframe embed's postMessage protocol (README, "Embed in your course").
//   Commands, from the parent window: { type: 'run' }, { type: 'stop' }, { type: 'setCode', code }.
//   Events, to the parent, each with source: 'aioplay': ready, output { stream, text },
//   done { status, stopped, terminated, exception }, resize { height }.
// A command counts only when it comes from the parent window and from an origin on the
// allow-list the embedding page put in the URL; anything else is ignored without an answer.
// Events go only to the listed origins (postMessage's targetOrigin enforces it), except resize,
// which says nothing but a height and goes to any parent when there is no list.
export const eventSource = 'aioplay';

const commands = {
  run: () => true,
  stop: () => true,
  setCode: (data) => typeof data.code === 'string',
};

// → the command, or null for anything that is not one.
export function readCommand(data) {
  if (!data || typeof data !== 'object' || typeof data.type !== 'string') return null;
  if (!Object.hasOwn(commands, data.type) || !commands[data.type](data)) return null;
  return data;
}

// self: the frame's window; parent: the window to talk to; origins: normalized allow-list
// (options.js); handlers: { run(command), stop(command), setCode(command) }.
export function connectParent({ self, parent, origins, handlers }) {
  const allowed = new Set(origins);
  const framed = Boolean(parent) && parent !== self;
  self.addEventListener('message', (event) => {
    if (!framed || event.source !== parent || !allowed.has(event.origin)) return;
    const command = readCommand(event.data);
    if (command) handlers[command.type](command);
  });

  function send(type, payload = {}, { anyParent = false } = {}) {
    if (!framed) return;
    const message = { source: eventSource, type, ...payload };
    if (anyParent && allowed.size === 0) parent.postMessage(message, '*');
    for (const origin of allowed) parent.postMessage(message, origin);
  }

  return {
    send,
    resize: (height) => send('resize', { height }, { anyParent: true }),
  };
}
