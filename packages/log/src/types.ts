// The event log's public types: what callers append, what they read back, and the projection hook that
// lets state be written in the same LevelDB batch as the events that produced it.

/** Lower-case hex string (SHA-256 hashes are 64 characters). */
export type Hex = string;

/** JSON object body of an event. */
export type EventBody = Record<string, unknown>;

/** An event a caller wants appended. `seq`, `epoch`, `time`, `version` and hashes are assigned by the log. */
export interface EventInput {
  /** Aggregate id, e.g. `host/h1`, `system/web1`, `group/g1`, `settings`, `owner/alice`, `cluster`. */
  aggregate: string;
  /** Event type name, e.g. `HostRegistered`. */
  type: string;
  /** Typed body as a JSON object. */
  body: EventBody;
  /** Who caused it (token name, `collector`, `failover`, …). */
  actor?: string;
  /** Correlation id tying events of one operation together. */
  correlation?: string;
  /**
   * Optimistic concurrency: the aggregate's version the caller based its decision on.
   * `0` means the aggregate must not exist yet; `undefined` accepts any version.
   */
  expectedVersion?: number;
}

/** An event as committed. */
export interface LogEvent {
  seq: number;
  epoch: number;
  /** Commit time, ISO 8601 UTC. */
  time: string;
  aggregate: string;
  /** The aggregate's version after this event (1 for its first event). */
  version: number;
  type: string;
  body: EventBody;
  actor: string;
  correlation: string;
  prevHash: Hex;
  hash: Hex;
}

/** An event's stored data: every field but the hashes (what a projection is given; the chain is the log's business). */
export type EventData = Omit<LogEvent, 'prevHash' | 'hash'>;

/** An event exactly as stored: replicas receive and store these bytes unchanged. */
export interface RawRecord {
  seq: number;
  /** The exact stored bytes of the event without hash fields (UTF-8 JSON). */
  data: Uint8Array;
  /** SHA-256(prevHash || data), 32 bytes. */
  hash: Uint8Array;
}

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

/** The log's head: last seq and hash (seq 0 and 64 zeros when empty) and the current writer epoch. */
export interface Head {
  seq: number;
  hash: Hex;
  epoch: number;
}

/** One entry of the epoch history: the first seq written in that epoch (like Kafka's leader-epoch file). */
export interface EpochEntry {
  epoch: number;
  firstSeq: number;
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
