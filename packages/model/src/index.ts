// Ferry's pure domain: event vocabulary, projections, settings catalogue, validation and command deciders.
export * from './errors.js';
export * from './types.js';
export * from './settings.js';
export * from './normalize.js';
export * from './state.js';
export * from './reducers.js';
export * from './projection.js';
export * from './validation.js';
export * from './probe-events.js';
export * from './failover-implied.js';
export * as commands from './commands.js';
export { GROUP_FIELDS } from './commands.js';
