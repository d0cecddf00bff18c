// The smallest event emitter the run handles need: on(name, fn) and emit(name, payload).
// (Node's EventEmitter does not exist in browsers, and EventTarget would wrap every payload.)
export class Emitter {
  #listeners = new Map();

  on(name, listener) {
    if (!this.#listeners.has(name)) this.#listeners.set(name, []);
    this.#listeners.get(name).push(listener);
    return this;
  }

  off(name, listener) {
    const list = this.#listeners.get(name);
    if (list) this.#listeners.set(name, list.filter((l) => l !== listener));
    return this;
  }

  emit(name, payload) {
    for (const listener of this.#listeners.get(name) ?? []) listener(payload);
  }
}
