// The page's engine, started by index.html before the page's own bundle: the Worker and the
// wasm download then overlap the editor's set-up instead of waiting for it. main.js imports
// this same module by URL (engine-start.js in the site) and gets the promise already under way.
import { loadEngine } from './engine.js';

export const engine = loadEngine();
