// What the page remembers in localStorage: the learner's edits per example (until Reset) and
// preferences. Storage can be missing or full (private windows, quotas); the page then simply
// forgets, so every access is guarded.
const prefix = 'aioplay:';

function read(key) {
  try {
    return localStorage.getItem(prefix + key);
  } catch {
    return null;
  }
}

function write(key, value) {
  try {
    if (value === null) localStorage.removeItem(prefix + key);
    else localStorage.setItem(prefix + key, value);
  } catch {
    // Not remembering is the only sensible fallback.
  }
}

export const loadEdit = (exampleId) => read(`code:${exampleId}`);
export const saveEdit = (exampleId, code) => write(`code:${exampleId}`, code);
export const forgetEdit = (exampleId) => write(`code:${exampleId}`, null);

export const loadPreference = (name) => read(`pref:${name}`);
export const savePreference = (name, value) => write(`pref:${name}`, String(value));
