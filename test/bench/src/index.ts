// Public entry of @ferry/bench: the harness types and the registered bench list, for other bench modules.
export * from './harness.js';
export { benches } from './benches.js';
