// Binds the reducers to the event log: stages the entities a batch of events changes and publishes them to the
// in-memory ClusterState only once the batch is durable; the log checkpoints committed entities as JSON rows.
import { reduce } from './reducers.js';
import type { AggregateRef, Entity } from './state.js';
import { ClusterState, parseAggregate } from './state.js';
import type { CommittedEvent } from './types.js';

/** Bump when reducers change meaning: the log then rebuilds the projection by replaying every event. */
export const PROJECTION_VERSION = 'ferry-model-4';

/** The log's projection port (structurally @ferry/log's Projection), implemented over a ClusterState. */
export interface ModelProjection {
  readonly version: string;
  readonly state: ClusterState;
  reset(): void;
  load(rows: AsyncIterable<[string, string]>): Promise<void>;
  /** Reduces the events on top of the committed state; `keys` are the entities they change. */
  stage(events: readonly CommittedEvent[]): { keys: Iterable<string>; commit(): void };
  /** The committed entity `key` as its stored JSON row; undefined when there is none. */
  row(key: string): string | undefined;
}

/** An entity as a stage has reduced it so far; `at` is undefined for an aggregate id that is not one. */
interface StagedEntity {
  at: AggregateRef | undefined;
  entity: Entity | undefined;
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
      // Each aggregate is parsed and looked up once per stage, however many of its events the stage holds.
      const overlay = new Map<string, StagedEntity>();
      for (const e of events) {
        let staged = overlay.get(e.aggregate);
        if (staged === undefined) {
          const at = parseAggregate(e.aggregate);
          staged = { at, entity: at && state.getAt(at) };
          overlay.set(e.aggregate, staged);
        }
        staged.entity = reduce(staged.entity, e, staged.at);
      }
      return {
        keys: { [Symbol.iterator]: () => overlay.keys() },
        commit: () =>
          overlay.forEach(({ at, entity }) => {
            if (at) state.setAt(at, entity);
          }),
      };
    },
    row(key) {
      const entity = state.get(key);
      return entity === undefined ? undefined : JSON.stringify(entity);
    },
  };
}
