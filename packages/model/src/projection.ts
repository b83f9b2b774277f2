// Binds the reducers to the event log: stages entity rows in the same batch as the events and publishes them to
// the in-memory ClusterState only once the batch is durable.
import { reduce } from './reducers.js';
import type { Entity } from './state.js';
import { ClusterState } from './state.js';
import type { CommittedEvent } from './types.js';

/** Bump when reducers change meaning: the log then rebuilds the projection by replaying every event. */
export const PROJECTION_VERSION = 'ferry-model-2';

/** A write to the projection sublevel (structurally the log's ProjectionOp). */
export type ProjectionRowOp = { type: 'put'; key: string; value: string } | { type: 'del'; key: string };

/** The log's projection port, implemented over a ClusterState. */
export interface ModelProjection {
  readonly version: string;
  readonly state: ClusterState;
  reset(): void;
  load(rows: AsyncIterable<[string, string]>): Promise<void>;
  stage(events: readonly CommittedEvent[]): { ops: ProjectionRowOp[]; commit(): void };
}

/** Creates the projection of the model over a (new or given) ClusterState. */
export function createProjection(state = new ClusterState()): ModelProjection {
  return {
    version: PROJECTION_VERSION,
    state,
    reset: () => state.clear(),
    async load(rows) {
      for await (const [key, value] of rows) state.set(key, JSON.parse(value) as Entity);
    },
    stage(events) {
      const overlay = new Map<string, Entity | undefined>();
      for (const e of events) {
        const before = overlay.has(e.aggregate) ? overlay.get(e.aggregate) : state.get(e.aggregate);
        overlay.set(e.aggregate, reduce(before, e));
      }
      const ops: ProjectionRowOp[] = [];
      for (const [key, entity] of overlay) {
        ops.push(entity === undefined ? { type: 'del', key } : { type: 'put', key, value: JSON.stringify(entity) });
      }
      return { ops, commit: () => overlay.forEach((entity, key) => state.set(key, entity)) };
    },
  };
}
