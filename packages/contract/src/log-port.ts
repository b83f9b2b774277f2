// The event-log port: what the rest of Ferry reads, appends and watches on the event log, as types only, so that
// any package (the core included) can name the log without importing its adapter. `@ferry/log`'s `EventLog` (over
// LevelDB, or any abstract-level store) implements it and re-exports these types under the same names.

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

/** Filter of {@link LogReader.read}. */
export interface ReadFilter {
  aggregate?: string;
  types?: readonly string[];
}

/**
 * Listener of durable batches, see {@link LogWatcher.subscribe}. `raws` are the same events as stored (views of the
 * written values, as {@link LogReader.readRaw} returns them), for replication.
 */
export type LogListener = (events: readonly LogEvent[], raws: readonly RawRecord[]) => void;

/** Consumer of {@link LogWatcher.tail}; a returned promise is awaited (backpressure). */
export type TailConsumer = (events: readonly LogEvent[]) => void | Promise<void>;

/** Reads of committed events. */
export interface LogReader {
  /** Last seq and hash and the current writer epoch. */
  head(): Head;
  /** Up to `limit` committed events with seq >= `fromSeq`, optionally of one aggregate and/or some types. */
  read(fromSeq: number, limit: number, filter?: ReadFilter): Promise<LogEvent[]>;
  /** Up to `limit` stored records with seq >= `fromSeq`, bytes as stored (for replication). */
  readRaw(fromSeq: number, limit: number): Promise<RawRecord[]>;
  /** Events from `fromSeq` (default 1) to the head at the time iteration starts. */
  iterate(fromSeq?: number): AsyncIterable<LogEvent>;
  /** Every event of one aggregate, in order. */
  history(aggregate: string): Promise<LogEvent[]>;
  /** The aggregate's current version (0 when it has no events). */
  aggregateVersion(aggregate: string): Promise<number>;
  /** The stored hash of `seq`, or undefined when the log does not hold it. */
  hashAt(seq: number): Promise<Hex | undefined>;
  /** The epoch of the stored event `seq`, or undefined when the log does not hold it. */
  epochOf(seq: number): Promise<number | undefined>;
}

/** Appends: the master's own, and a replica's of the master's records. */
export interface LogAppender {
  /** Appends `inputs` atomically; resolves with the committed events once they are durable. */
  append(inputs: readonly EventInput[]): Promise<LogEvent[]>;
  /** Stores records received from the master, bytes unchanged, after checking they continue the local chain. */
  appendReplicated(records: readonly RawRecord[]): Promise<LogEvent[]>;
}

/** Durable batches as they commit. */
export interface LogWatcher {
  /** Calls `listener` with the events of every durable batch; returns an unsubscribe function. */
  subscribe(listener: LogListener): () => void;
  /** Delivers every event from `fromSeq` on, in order, without gaps: history, then live batches, until `signal`. */
  tail(fromSeq: number, onEvents: TailConsumer, signal?: AbortSignal): Promise<void>;
}

/** Epochs: the fencing tokens of the writer. */
export interface LogEpochs {
  /** The current writer epoch. */
  readonly epoch: number;
  /** The highest epoch this node knows of. */
  readonly knownMaxEpoch: number;
  /** True when an epoch above the writer epoch is known: appends are refused. */
  readonly fenced: boolean;
  /** The epoch history (epoch -> first seq), ascending. */
  epochs(): Promise<EpochEntry[]>;
  /** The last seq held of epochs <= `epoch`. */
  endSeqForEpoch(epoch: number): number;
  /** Starts writer epoch `epoch`, above every known one. */
  beginEpoch(epoch: number): Promise<void>;
  /** Records that `epoch` exists somewhere; returns whether the log is now fenced. */
  observeEpoch(epoch: number): Promise<boolean>;
}

/** The event-log port: reads, appends, watching and epochs. */
export interface LogPort extends LogReader, LogAppender, LogWatcher, LogEpochs {}
