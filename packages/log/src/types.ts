// The event log's public types: the port's (what callers append and read back, owned by @ferry/contract's
// log-port.ts and re-exported here), the projection hook the log maintains behind its commits, and the log's own
// findings (quarantined events, verification).

import type { EventData, LogEvent } from '@ferry/contract';

export type { EventBody, EventData, EventInput, EpochEntry, Head, Hex, LogEvent, RawRecord } from '@ferry/contract';

/** What {@link Projection.stage} returns: the keys of the rows the events change, and how to publish them. */
export interface StagedProjection {
  keys: Iterable<string>;
  /** Publishes the staged state in memory; the log calls it only once the events are durable. */
  commit(): void;
}

/**
 * State derived from the log, held in memory and checkpointed to LevelDB rows behind the commits.
 * The log calls `stage` with events about to be committed (in seq order) and `commit` once they are durable; it
 * later asks `row` for the committed form of the changed rows and writes them with the seq they reflect
 * (`appliedSeq`). At open it loads the rows and replays the events after `appliedSeq`. `stage` must not do I/O.
 */
export interface Projection {
  /** Code version of the projection; when it differs from the stored one, the log rebuilds it by replay. */
  readonly version: string;
  /** Forget all in-memory state (before a rebuild). */
  reset(): void;
  /** Load persisted rows (key, value) at open when the stored version matches. */
  load(rows: AsyncIterable<[string, string]>): Promise<void>;
  /** Stage events; see the interface comment. */
  stage(events: readonly EventData[]): StagedProjection;
  /** The stored form of row `key` in the committed state; undefined when there is no such row. */
  row(key: string): string | undefined;
}

/** An event moved out of the log because it diverged from a newer master's history. */
export interface QuarantinedEvent extends LogEvent {
  /** When it was quarantined, ISO 8601. */
  quarantinedAt: string;
  /** The seq of the first divergent event in the batch it was quarantined with. */
  forkSeq: number;
}

/** Result of verifying the chain. */
export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBad?: { seq: number; aggregate: string; type: string; reason: string; file?: string };
}
