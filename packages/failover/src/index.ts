// Public API of @ferry/failover: the pure planner, the engine over ports, the failover event types, mail
// templates, the derived-state fold and a virtual clock. The scenario simulator is at `@ferry/failover/sim`.

export * from './errors.js';
export * from './types.js';
export * from './events.js';
export * from './plan.js';
export * from './placement.js';
export * from './host-state.js';
export * from './ports.js';
export * from './mail-text.js';
export * from './state.js';
export * from './engine.js';
export * from './pending.js';
export * from './capacity.js';
export { VirtualClock, flushPending } from './virtual-clock.js';
