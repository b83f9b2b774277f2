// The event log's façade: one class over the modules that do the work. The writer loop (writer-loop.ts) serialises
// every mutation, group-committing appends (group-commit.ts) and running replicated batches (replicated.ts), epochs
// (epochs.ts), quarantines (quarantine.ts) and projection rebuilds (projection-replay.ts) as tasks between them;
// reads (reader.ts), verification (verify.ts) and tails (tail.ts) go straight to the store (store.ts). The index and
// the projection's rows follow the commits in unsynced batches; a failed storage write stops all writes until
// recovery.ts has re-opened and checked the store. The modules share one LogContext (context.ts).
import type { LogPort, ReadFilter, LogListener, TailConsumer } from '@ferry/contract';
import { decodeRecord } from './codec.js';
import { CorruptLogError, InvalidArgumentError, LogClosedError, LogError, LogOpenError } from './errors.js';
import { LogContext, type LogStats } from './context.js';
import { beginEpoch, endSeqForEpoch, observeEpoch } from './epochs.js';
import { NodeMeta } from './node-meta.js';
import { loadAtOpen } from './open-load.js';
import { CHECKPOINT_INTERVAL_MS } from './projection-checkpoint.js';
import { rebuild } from './projection-replay.js';
import { quarantineCount, quarantined, quarantineFrom } from './quarantine.js';
import { aggregateVersion, epochOf, hashAt, history, iterate, read, readRaw } from './reader.js';
import { Recovery } from './recovery.js';
import { ReplicatedIngest } from './replicated.js';
import type { StorageCondition, StorageListener } from './storage-health.js';
import { openStore, type LogDb } from './store.js';
import { tail } from './tail.js';
import { checkRows, verify, type VerifyOptions } from './verify.js';
import { WriterLoop } from './writer-loop.js';
import type {
  EpochEntry,
  EventInput,
  Head,
  Hex,
  LogEvent,
  Projection,
  QuarantinedEvent,
  RawRecord,
  VerifyResult,
} from './types.js';

/** Options of {@link EventLog.open}. */
export interface EventLogOptions {
  /** LevelDB data directory (created when missing); also holds the commit marker when `db` is given. */
  path: string;
  /** State derived from the log, checkpointed to LevelDB behind the commits. */
  projection?: Projection;
  /**
   * Longest wait (ms) of a projection change before its row is written (default 5,000). After a crash, open
   * replays about this much of the last commits into the projection.
   */
  checkpointIntervalMs?: number;
  /** Verify the whole hash chain at open and refuse a corrupt log (default true). */
  verifyOnOpen?: boolean;
  /** Clock for commit times (default `() => new Date()`). */
  now?: () => Date;
  /**
   * Store to use instead of a LevelDB opened at `path` (default): an unopened abstract-level database with buffer
   * keys and values (a `Level`, a `MemoryLevel`, a wrapper simulating a power loss), which the log opens and closes.
   */
  db?: LogDb;
}

/**
 * Append-only, hash-chained event log in LevelDB (or another abstract-level store). Open with {@link EventLog.open},
 * release with {@link EventLog.close}.
 */
export class EventLog implements LogPort {
  readonly #c: LogContext;
  readonly #loop: WriterLoop;
  readonly #ingest: ReplicatedIngest;
  readonly #recovery: Recovery;
  /** The node's metadata (node id, role, master address, …), kept in the log's store. */
  readonly meta: NodeMeta;

  private constructor(context: LogContext) {
    this.#c = context;
    this.#loop = new WriterLoop(context);
    this.#ingest = new ReplicatedIngest(context, this.#loop);
    this.#recovery = new Recovery(context, this.#loop);
    this.meta = new NodeMeta(context);
    context.store.onStopped = () => this.#recovery.stopped();
    context.onProjectionFailed = () => void this.rebuildProjection().catch(() => undefined);
  }

  /**
   * Opens (creating if needed) the log in `opts.path`, verifies it (unless `verifyOnOpen: false`) and loads or
   * rebuilds the projection.
   * @throws LogLockedError when another process holds the directory; CorruptLogError when verification fails.
   */
  static async open(opts: EventLogOptions): Promise<EventLog> {
    const interval = opts.checkpointIntervalMs;
    if (interval !== undefined && !(Number.isFinite(interval) && interval > 0)) {
      throw new InvalidArgumentError(`checkpointIntervalMs must be a positive number of milliseconds, got ${interval}`);
    }
    const store = await openStore(opts.path, opts.db);
    const context = new LogContext(
      store,
      opts.projection,
      interval ?? CHECKPOINT_INTERVAL_MS,
      opts.now ?? (() => new Date()),
    );
    const log = new EventLog(context);
    try {
      await loadAtOpen(context, opts.verifyOnOpen ?? true);
    } catch (e) {
      await store.close().catch(() => undefined);
      // A LevelDB read error while loading (a damaged table block of the index or meta) names the directory.
      throw e instanceof LogError ? e : new LogOpenError(opts.path, { cause: e });
    }
    return log;
  }

  /** Decodes a raw record given the previous record's hash (no hash check). */
  static decode(raw: RawRecord, prevHash: Hex): LogEvent {
    return decodeRecord(raw, prevHash);
  }

  // ---------------------------------------------------------------------------------------------- state

  /** Last seq and hash and the current writer epoch (from memory). */
  head(): Head {
    return { seq: this.#c.headSeq, hash: this.#c.headHex, epoch: this.#c.writerEpoch };
  }

  /** The current writer epoch (1 on a fresh log). */
  get epoch(): number {
    return this.#c.writerEpoch;
  }

  /** The highest epoch this node knows of: its own, its history's, its events' and any observed one. */
  get knownMaxEpoch(): number {
    return this.#c.knownMaxEpoch;
  }

  /** True when an epoch above the writer epoch is known: appends are refused with FencedError. */
  get fenced(): boolean {
    return this.#c.fenced;
  }

  /** Whether the store accepts writes; see {@link onStorageChange}. */
  get storage(): StorageCondition {
    return this.#c.store.health.condition;
  }

  /** Calls `listener` on every change of the store's condition (once per change); returns an unsubscribe function. */
  onStorageChange(listener: StorageListener): () => void {
    return this.#c.store.health.subscribe(listener);
  }

  /**
   * What the open found and repaired or passed over, for the operator's log: lines where LevelDB reports data it
   * dropped while opening, projection rows rebuilt because one failed its check.
   */
  get openFindings(): readonly string[] {
    return this.#c.findings;
  }

  /** Counters of durable batches and events since open. */
  stats(): LogStats {
    return { ...this.#c.stats };
  }

  /** The epoch history (epoch -> first seq), ascending. */
  async epochs(): Promise<EpochEntry[]> {
    return this.#c.history.map((e) => ({ ...e }));
  }

  /**
   * The last seq this log holds of epochs <= `epoch` (Kafka's end offset for a leader epoch): the first seq
   * of the next higher epoch in the history minus one, or the head seq.
   */
  endSeqForEpoch(epoch: number): number {
    return endSeqForEpoch(this.#c, epoch);
  }

  /**
   * Starts writer epoch `epoch`, which must exceed every known epoch. Records `epoch -> head.seq + 1` in the
   * epoch history and persists it before resolving.
   * @throws EpochError when `epoch` is not above every known epoch.
   */
  beginEpoch(epoch: number): Promise<void> {
    return this.#loop.task(() => beginEpoch(this.#c, epoch));
  }

  /**
   * Records that `epoch` exists somewhere in the cluster (learned from a peer, an announcement or a stream).
   * When it is above the writer epoch, this log is fenced: appends fail with FencedError until
   * {@link beginEpoch}. Returns whether the log is now fenced.
   */
  async observeEpoch(epoch: number): Promise<boolean> {
    this.#c.assertOpen();
    return observeEpoch(this.#c, epoch);
  }

  // ---------------------------------------------------------------------------------------------- writes

  /**
   * Appends `inputs` atomically (all or none) with group commit: concurrent calls share one durable LevelDB
   * batch. Resolves with the committed events, in input order, once the batch is on disk.
   * @throws VersionConflictError when an `expectedVersion` does not match (nothing of the call is written);
   *   InvalidEventError; FencedError; LogWriteError when the batch write fails.
   */
  append(inputs: readonly EventInput[]): Promise<LogEvent[]> {
    return this.#loop.append(inputs);
  }

  /**
   * Stores records received from the master, bytes unchanged, after checking they continue the local chain
   * exactly (seq = head + 1, hash = SHA-256(prev || data), seq inside data, epoch never decreasing, versions).
   * One durable batch; resolves with the decoded events. The chain checks run at once, against the head every
   * replicated batch queued before leaves, so a caller can verify the next batch while the previous one is being
   * written; the batch is stored only if the log's head is still that head when its turn comes.
   * @throws ChainError naming the offending seq.
   */
  appendReplicated(records: readonly RawRecord[]): Promise<LogEvent[]> {
    if (this.#c.closed) return Promise.reject(new LogClosedError());
    if (records.length === 0) return Promise.resolve([]);
    return this.#ingest.append(records);
  }

  /**
   * Moves every event with seq >= `seq` out of the log into the quarantine (kept forever), fixes indexes,
   * heads, epoch history and head, then rebuilds the projection. Returns the number of events moved.
   */
  quarantineFrom(seq: number): Promise<number> {
    return this.#loop.task(() => quarantineFrom(this.#c, seq, () => rebuild(this.#c)));
  }

  /**
   * For a log opened with `verifyOnOpen: false` after open refused it with `corruption`: moves every event from the
   * corruption's seq on to the quarantine, takes what is left as the committed head (commit marker) and verifies it;
   * from then on the log keeps its marker like a verified open. For a replica, which fetches the rest from its
   * master again. Returns the number of events quarantined.
   * @throws CorruptLogError when what is left does not verify either.
   */
  async cutCorruptTail(corruption: CorruptLogError): Promise<number> {
    const c = this.#c;
    const moved = corruption.seq <= c.headSeq ? await this.quarantineFrom(corruption.seq) : 0;
    await c.marker.set({ seq: c.headSeq, hash: c.headHex });
    const r = await verify(c);
    if (!r.ok && r.firstBad) throw new CorruptLogError(r.firstBad);
    c.marking = true;
    return moved;
  }

  /** Clears and rebuilds the projection by replaying the whole log. */
  rebuildProjection(): Promise<void> {
    return this.#loop.task(() => rebuild(this.#c));
  }

  // ---------------------------------------------------------------------------------------------- reads

  /**
   * Reads up to `limit` committed events with seq >= `fromSeq`, optionally only of one aggregate and/or some
   * types (the limit counts matching events).
   */
  read(fromSeq: number, limit: number, filter?: ReadFilter): Promise<LogEvent[]> {
    return read(this.#c, fromSeq, limit, filter);
  }

  /** Reads up to `limit` stored records with seq >= `fromSeq`, bytes as stored (for replication). */
  readRaw(fromSeq: number, limit: number): Promise<RawRecord[]> {
    return readRaw(this.#c, fromSeq, limit);
  }

  /** Every event of one aggregate, in order (via the per-aggregate index). */
  history(aggregate: string): Promise<LogEvent[]> {
    return history(this.#c, aggregate);
  }

  /** The aggregate's current version (0 when it has no events). */
  aggregateVersion(aggregate: string): Promise<number> {
    return aggregateVersion(this.#c, aggregate);
  }

  /** Streams events from `fromSeq` (default 1) to the head at the time iteration starts (snapshot). */
  iterate(fromSeq = 1): AsyncIterable<LogEvent> {
    return iterate(this.#c, fromSeq);
  }

  /** The stored hash of `seq`, or undefined when the log does not hold it. */
  hashAt(seq: number): Promise<Hex | undefined> {
    return hashAt(this.#c, seq);
  }

  /** The epoch of the stored event `seq`, or undefined when the log does not hold it. */
  epochOf(seq: number): Promise<number | undefined> {
    return epochOf(this.#c, seq);
  }

  /** Events moved to quarantine, oldest quarantine first. */
  quarantined(): Promise<QuarantinedEvent[]> {
    return quarantined(this.#c);
  }

  /** Number of quarantined events. */
  quarantineCount(): Promise<number> {
    return quarantineCount(this.#c);
  }

  // ---------------------------------------------------------------------------------------------- verify

  /**
   * Recomputes the hash chain from `from` (default 1) to the end and checks seq continuity, the seq inside
   * each record, that epochs never decrease and that every event's epoch agrees with the epoch history.
   */
  verify(opts: VerifyOptions = {}): Promise<VerifyResult> {
    return verify(this.#c, opts);
  }

  /**
   * The key of the first stored projection row that fails its check (open rebuilds the rows from the log when one
   * does), or undefined. Rows of a format without checks are not looked at: open rebuilds those too.
   */
  checkRows(): Promise<string | undefined> {
    return checkRows(this.#c);
  }

  // ---------------------------------------------------------------------------------------------- live

  /**
   * Calls `listener` with the events of every durable batch (appends and replicated), after callers are
   * answered. Returns an unsubscribe function.
   */
  subscribe(listener: LogListener): () => void {
    this.#c.listeners.add(listener);
    return () => {
      this.#c.listeners.delete(listener);
    };
  }

  /**
   * Delivers every event from `fromSeq` on, in order, without gaps or duplicates: first history from disk in
   * chunks, then live batches. A slow consumer falls back to reading from disk. Resolves when `signal` aborts or
   * the log closes; rejects when the consumer throws or a read fails.
   */
  tail(fromSeq: number, onEvents: TailConsumer, signal?: AbortSignal): Promise<void> {
    return tail(this.#c, fromSeq, onEvents, signal);
  }

  // ---------------------------------------------------------------------------------------------- close

  /** Waits for queued writes, ends tails and closes LevelDB. Idempotent. */
  async close(): Promise<void> {
    const c = this.#c;
    if (c.closed) return;
    c.closed = true;
    await this.#recovery.stop();
    await this.#loop.idle();
    // A failed index or checkpoint write is redone from the records at the next open.
    await c.index.flush().catch(() => undefined);
    await c.checkpoint?.flush().catch(() => undefined);
    // The head every acknowledged event is under: what the next open must find (kept as it was if stopped).
    if (c.store.health.ok && c.marking) await c.marker.set({ seq: c.headSeq, hash: c.headHex }).catch(() => undefined);
    await c.marker.stop();
    c.closing.abort();
    c.listeners.clear();
    await c.store.close();
  }

  /** True after {@link close}. */
  get closed(): boolean {
    return this.#c.closed;
  }

  /** The data directory. */
  get path(): string {
    return this.#c.store.path;
  }
}
