// The LevelDB event log: group-committed appends, replicated appends, reads, live tail, epochs, hash-chain
// verification, projection maintenance and quarantine of a divergent tail. One writer loop serialises every
// mutation (preparing the next group of appends while one is written); the per-aggregate index and heads
// (deferred-index.ts) and the projection's rows (projection-checkpoint.ts) follow the commits in unsynced batches;
// reads go straight to LevelDB. A failed storage write stops all writes until the store is re-opened and checked
// (storage-health.ts); a commit marker file (commit-marker.ts) lets open and verify see a head that came back short.
import { statfs } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Level } from 'level';
import type { AbstractChainedBatch, AbstractSublevel } from 'abstract-level';
import {
  ZERO_BINARY,
  ZERO_HASH,
  ZERO_HEX,
  checkSealed,
  decodeRecord,
  encodeValue,
  hex,
  idxKey,
  idxRange,
  parseData,
  sealCopy,
  sealValue,
  peekSeqEpoch,
  readU64,
  toEvent,
  u64,
  writeU64,
} from './codec.js';
import {
  ChainError,
  CorruptLogError,
  EpochError,
  FencedError,
  InvalidArgumentError,
  InvalidEventError,
  LogClosedError,
  LogError,
  LogLockedError,
  LogOpenError,
  LogWriteError,
  StorageFaultError,
  VersionConflictError,
} from './errors.js';
import type {
  EpochEntry,
  EventInput,
  EventData,
  Head,
  Hex,
  LogEvent,
  Projection,
  QuarantinedEvent,
  RawRecord,
  StagedProjection,
  VerifyResult,
} from './types.js';
import { NO_PREFIX, prefixed, type Op } from './batch-ops.js';
import { DeferredIndex, META_INDEXED } from './deferred-index.js';
import { CHECKPOINT_INTERVAL_MS, META_APPLIED, META_PROJ_VERSION, ProjectionCheckpoint, storedVersion } from './projection-checkpoint.js';
import { StorageHealth, type StorageCondition, type StorageListener } from './storage-health.js';
import { CommitMarker } from './commit-marker.js';
import { droppedAtOpen, fileOf } from './leveldb-info-log.js';
import { firstBadRow, openRows, ROW_FORMAT } from './row-seal.js';
import { readInWorker } from './replay-reader.js';

/** Options of {@link EventLog.open}. */
export interface EventLogOptions {
  /** LevelDB data directory (created when missing). */
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
   * Storage to use instead of a LevelDB opened at `path` (default): an unopened `Level` with buffer keys and values,
   * which the log opens and closes. For tests that wrap the storage (for example to simulate a power loss).
   */
  db?: Level<Buffer, Buffer>;
}

/** Counters of durable event batches, for tests and benchmarks. */
export interface LogStats {
  /** Event batches written (group-committed appends and replicated batches). */
  batches: number;
  /** Events committed by those batches. */
  events: number;
  /** Events replayed into the projection from chunks a worker thread read (the rest were read in-thread). */
  replayedInWorker: number;
}

/** Options of {@link EventLog.verify}. */
export interface VerifyOptions {
  /** Called every 10,000 events and at the end. */
  onProgress?(checked: number, total: number): void;
  /** First seq to check (its predecessor's stored hash is trusted). Default 1. */
  from?: number;
}

/** Filter of {@link EventLog.read}. */
export interface ReadFilter {
  aggregate?: string;
  types?: readonly string[];
}

/**
 * Listener of durable batches, see {@link EventLog.subscribe}. `raws` are the same events as stored (views of the
 * written values, as {@link EventLog.readRaw} returns them), for replication.
 */
export type LogListener = (events: readonly LogEvent[], raws: readonly RawRecord[]) => void;

/** Consumer of {@link EventLog.tail}; a returned promise is awaited (backpressure). */
export type TailConsumer = (events: readonly LogEvent[]) => void | Promise<void>;

type Db = Level<Buffer, Buffer>;
type Batch = AbstractChainedBatch<Db, Buffer, Buffer>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Sub<K, V> = AbstractSublevel<Db, any, K, V>;

interface AppendJob {
  kind: 'append';
  inputs: readonly EventInput[];
  resolve(v: LogEvent[]): void;
  reject(e: unknown): void;
}
interface TaskJob {
  kind: 'task';
  run(): Promise<unknown>;
  resolve(v: unknown): void;
  reject(e: unknown): void;
}
type Job = AppendJob | TaskJob;

/** An accepted append call: its events are `events[start .. start + count)` of its batch. */
interface AcceptedAppend {
  job: AppendJob;
  start: number;
  count: number;
}

/** An append call refused for its expected version. */
interface VersionConflict {
  job: AppendJob;
  error: VersionConflictError;
}

/** A group of appends built on a chain tip and ready to be written. */
interface PreparedAppends {
  accepted: AcceptedAppend[];
  events: LogEvent[];
  /** Stored values of `events`. */
  values: Buffer[];
  /** The batch's LevelDB writes: records and epoch entry. */
  batch: Batch;
  /** Aggregate versions after the batch. */
  versions: Map<string, number>;
  /** The epoch-history entry the batch starts, if any. */
  newEpochEntry: EpochEntry | undefined;
  /** The last epoch of the history once the batch is written. */
  histEpoch: number;
  /** The chain tip after the batch. */
  end: ChainTip;
}

/** A prepared batch whose write has started: `done` settles with its staged projection, or with the error. */
interface WritingAppends {
  prepared: PreparedAppends;
  done: Promise<{ staged: StagedProjection | undefined } | { error: LogError }>;
}

const READ_CHUNK = 1000;
/** Events from which a replay reads in a worker thread (starting one costs tens of milliseconds). */
const WORKER_REPLAY_MIN = 20_000;
/** How the log opens a LevelDB of its own: open to the replay's worker thread too. */
const SHARED_OPEN = { multithreading: true } as const;
/**
 * Directories this process has open as event logs. LevelDB's lock refuses a second process; opened for worker
 * threads too, it no longer refuses a second open in this process, so the log does.
 */
const openHere = new Set<string>();
const TAIL_CHUNK = 1000;
const TAIL_BUFFER_LIMIT = 10_000;
const META_EPOCH = 'epoch';
const META_KNOWN = 'knownMaxEpoch';
/** Bytes an iterator may buffer per native round trip for bulk scans (classic-level defaults to 16 KiB). */
const SCAN_HWM = 1 << 20;
/** Waits before re-opening the store after a failed write: the first attempt, then each next one. */
const RECOVER_FIRST_MS = 200;
const RECOVER_RETRY_MS = 1000;
/** Free space a full disk must have again before a re-open is tried (re-opening writes a table and a manifest). */
const RECOVER_FREE_BYTES = 1 << 20;

function isLockError(e: unknown): boolean {
  for (let cur = e as { code?: unknown; message?: unknown; cause?: unknown } | undefined, i = 0; cur && i < 4; i++) {
    if (cur.code === 'LEVEL_LOCKED') return true;
    if (typeof cur.message === 'string' && /\block\b/i.test(cur.message) && /held|lock/i.test(cur.message)) {
      if (cur.code !== 'LEVEL_DATABASE_NOT_OPEN') return true;
    }
    cur = cur.cause as typeof cur;
  }
  return false;
}

/**
 * Append-only, hash-chained event log in LevelDB. Open with {@link EventLog.open}, release with
 * {@link EventLog.close}.
 */
export class EventLog {
  readonly #db: Db;
  readonly #log: Sub<Buffer, Buffer>;
  readonly #idx: Sub<Buffer, Buffer>;
  readonly #heads: Sub<string, string>;
  readonly #epochs: Sub<Buffer, Buffer>;
  readonly #meta: Sub<string, string>;
  readonly #proj: Sub<string, string>;
  readonly #quarantine: Sub<Buffer, Buffer>;
  readonly #projection: Projection | undefined;
  /** The projection's rows, written behind the commits (with a projection only). */
  readonly #checkpoint: ProjectionCheckpoint | undefined;
  readonly #now: () => Date;
  readonly #path: string;
  /** Whether this log opened its LevelDB itself (then shared with the replay's worker thread), or was given one. */
  readonly #ownsDb: boolean;
  /** Key prefixes of the sublevels, for pre-prefixed batch writes. */
  readonly #P: Record<'log' | 'idx' | 'heads' | 'epochs' | 'meta' | 'proj' | 'quarantine', Buffer>;
  /** Upper bound (exclusive) of the `log` sublevel's keys on the root. */
  readonly #logEnd: Buffer;

  #headSeq = 0;
  #headHash: Buffer = ZERO_HASH;
  #headHex: Hex = ZERO_HEX;
  #lastEventEpoch = 0;
  /** Where the replicated batches queued but not yet committed end (undefined when none is queued). */
  #replicatedTip: ChainTip | undefined;
  #writerEpoch = 1;
  #knownMax = 1;
  #history: EpochEntry[] = [];
  readonly #versions = new Map<string, number>();
  /** Index entries and heads of committed events, written behind the commits. */
  readonly #index: DeferredIndex;
  #queue: Job[] = [];
  #draining: Promise<void> | undefined;
  #closed = false;
  readonly #listeners = new Set<LogListener>();
  readonly #stats: LogStats = { batches: 0, events: 0, replayedInWorker: 0 };
  readonly #closing = new AbortController();
  /** Whether writes are accepted (ok), or stopped after a storage write failed. */
  readonly #health: StorageHealth;
  readonly #marker: CommitMarker;
  /** Whether this open keeps the commit marker (only after verifying at open: an unverified open leaves it as found). */
  #marking = false;
  /** Findings of the open worth an operator's attention (LevelDB dropped data, projection rebuilt). */
  #findings: string[] = [];
  /** The pending or running re-open of the store after a failed write. */
  #recovery: { timer: NodeJS.Timeout | undefined; running: Promise<void> | undefined } = { timer: undefined, running: undefined };
  /** True while a recovery writes the index and rows it re-checked (writes are refused otherwise while stopped). */
  #recoveryWrites = false;

  private constructor(db: Db, opts: EventLogOptions) {
    this.#db = db;
    this.#path = opts.path;
    this.#ownsDb = opts.db === undefined;
    this.#health = new StorageHealth(opts.path);
    this.#marker = new CommitMarker(opts.path);
    this.#projection = opts.projection;
    this.#now = opts.now ?? (() => new Date());
    const bin = { keyEncoding: 'buffer', valueEncoding: 'buffer' } as const;
    const str = { keyEncoding: 'utf8', valueEncoding: 'utf8' } as const;
    this.#log = db.sublevel<Buffer, Buffer>('log', bin);
    this.#idx = db.sublevel<Buffer, Buffer>('idx', bin);
    this.#heads = db.sublevel<string, string>('heads', str);
    this.#epochs = db.sublevel<Buffer, Buffer>('epochs', bin);
    this.#meta = db.sublevel<string, string>('meta', str);
    this.#proj = db.sublevel<string, string>('proj', str);
    this.#quarantine = db.sublevel<Buffer, Buffer>('quarantine', bin);
    const pre = (x: { prefix: string }): Buffer => Buffer.from(x.prefix, 'utf8');
    this.#P = {
      log: pre(this.#log),
      idx: pre(this.#idx),
      heads: pre(this.#heads),
      epochs: pre(this.#epochs),
      meta: pre(this.#meta),
      proj: pre(this.#proj),
      quarantine: pre(this.#quarantine),
    };
    this.#logEnd = Buffer.from(this.#P.log);
    this.#logEnd[this.#logEnd.length - 1]!++;
    this.#index = new DeferredIndex((ops, sync) => this.#write(ops, sync), this.#P, 0);
    this.#checkpoint =
      opts.projection &&
      new ProjectionCheckpoint((ops, sync) => this.#write(ops, sync), this.#P, opts.projection, 0, opts.checkpointIntervalMs ?? CHECKPOINT_INTERVAL_MS);
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
    const here = opts.db ? undefined : resolve(opts.path);
    if (here !== undefined) {
      if (openHere.has(here)) throw new LogLockedError(opts.path, { inThisProcess: true });
      openHere.add(here);
    }
    const db = opts.db ?? new Level<Buffer, Buffer>(opts.path, { keyEncoding: 'buffer', valueEncoding: 'buffer' });
    try {
      await db.open(opts.db ? {} : SHARED_OPEN);
    } catch (e) {
      if (here !== undefined) openHere.delete(here);
      if (isLockError(e)) throw new LogLockedError(opts.path, { cause: e });
      throw new LogOpenError(opts.path, { cause: e });
    }
    const log = new EventLog(db, opts);
    try {
      await log.#init(opts.verifyOnOpen ?? true);
    } catch (e) {
      await db.close().catch(() => undefined);
      if (here !== undefined) openHere.delete(here);
      // A LevelDB read error while loading (a damaged table block of the index or meta) names the directory.
      throw e instanceof LogError ? e : new LogOpenError(opts.path, { cause: e });
    }
    return log;
  }

  /** Decodes a raw record given the previous record's hash (no hash check). */
  static decode(raw: RawRecord, prevHash: Hex): LogEvent {
    return decodeRecord(raw, prevHash);
  }

  async #init(verify: boolean): Promise<void> {
    this.#findings = (await droppedAtOpen(this.#path)).map((l) => `LevelDB dropped data while opening: ${l}`);
    const [epochMeta, knownMeta, indexedMeta] = await this.#meta.getMany([META_EPOCH, META_KNOWN, META_INDEXED]);
    const last = await this.#log.iterator({ reverse: true, limit: 1 }).all();
    const top = last[0];
    if (top) {
      this.#headSeq = readU64(top[0]);
      this.#headHash = Buffer.from(top[1].subarray(0, 32));
      this.#headHex = hex(this.#headHash);
      this.#lastEventEpoch = peekSeqEpoch(top[1].subarray(32))?.epoch ?? 0;
    }
    const entries = await this.#epochs.iterator().all();
    this.#history = entries
      .map(([k, v]) => ({ epoch: readU64(k), firstSeq: readU64(v) }))
      .sort((a, b) => a.epoch - b.epoch);
    const lastHist = this.#history.at(-1)?.epoch ?? 0;
    this.#writerEpoch = Math.max(epochMeta === undefined ? 1 : Number(epochMeta), lastHist, this.#lastEventEpoch, 1);
    this.#knownMax = Math.max(knownMeta === undefined ? 0 : Number(knownMeta), this.#writerEpoch);
    // `indexedSeq` is written with the epoch at a directory's first open; a directory from before the deferred
    // index has an epoch but no `indexedSeq`, and its index was written with its records: complete.
    const indexed = indexedMeta === undefined ? this.#headSeq : Math.min(Number(indexedMeta), this.#headSeq);
    if (epochMeta === undefined || indexedMeta === undefined) {
      const ops: Op[] = [{ type: 'put', p: this.#P.meta, key: META_INDEXED, value: String(indexed) }];
      if (epochMeta === undefined) ops.push({ type: 'put', p: this.#P.meta, key: META_EPOCH, value: String(this.#writerEpoch) });
      await this.#write(ops, true);
    }
    if (verify) {
      const r = await this.verify();
      if (!r.ok && r.firstBad) throw new CorruptLogError(r.firstBad);
      // Verified: this head is the one a later open must find (a directory from before markers gets one now).
      await this.#marker.set({ seq: this.#headSeq, hash: this.#headHex });
      this.#marking = true;
    }
    await this.#reindexFrom(indexed);
    const p = this.#projection;
    if (p && this.#checkpoint) {
      const [ver, applied] = await this.#meta.getMany([META_PROJ_VERSION, META_APPLIED]);
      const at = applied === undefined ? NaN : Number(applied);
      if (ver === storedVersion(p) && Number.isSafeInteger(at) && at <= this.#headSeq) {
        // The rows reflect `appliedSeq` exactly: load them (each checked) and replay what the checkpoint had not reached.
        p.reset();
        let loaded = true;
        try {
          await p.load(openRows(this.#proj.iterator()));
        } catch (e) {
          loaded = false;
          this.#findings.push(`projection rows rebuilt from the log: ${(e as Error).message}`);
        }
        if (loaded) {
          await this.#checkpoint.resetTo(at);
          await this.#replayProjection(at + 1);
        } else {
          await this.#rebuild();
        }
      } else {
        await this.#rebuild();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- state

  /** Last seq and hash and the current writer epoch (from memory). */
  head(): Head {
    return { seq: this.#headSeq, hash: this.#headHex, epoch: this.#writerEpoch };
  }

  /** The current writer epoch (1 on a fresh log). */
  get epoch(): number {
    return this.#writerEpoch;
  }

  /** The highest epoch this node knows of: its own, its history's, its events' and any observed one. */
  get knownMaxEpoch(): number {
    return Math.max(this.#writerEpoch, this.#knownMax, this.#history.at(-1)?.epoch ?? 0, this.#lastEventEpoch);
  }

  /** True when an epoch above the writer epoch is known: appends are refused with FencedError. */
  get fenced(): boolean {
    return this.knownMaxEpoch > this.#writerEpoch;
  }

  /** Whether the store accepts writes; see {@link onStorageChange}. */
  get storage(): StorageCondition {
    return this.#health.condition;
  }

  /** Calls `listener` on every change of the store's condition (once per change); returns an unsubscribe function. */
  onStorageChange(listener: StorageListener): () => void {
    return this.#health.subscribe(listener);
  }

  /**
   * What the open found and repaired or passed over, for the operator's log: lines where LevelDB reports data it
   * dropped while opening, projection rows rebuilt because one failed its check.
   */
  get openFindings(): readonly string[] {
    return this.#findings;
  }

  /** Counters of durable batches and events since open. */
  stats(): LogStats {
    return { ...this.#stats };
  }

  /** The epoch history (epoch -> first seq), ascending. */
  async epochs(): Promise<EpochEntry[]> {
    return this.#history.map((e) => ({ ...e }));
  }

  /**
   * The last seq this log holds of epochs <= `epoch` (Kafka's end offset for a leader epoch): the first seq
   * of the next higher epoch in the history minus one, or the head seq.
   */
  endSeqForEpoch(epoch: number): number {
    const next = this.#history.find((e) => e.epoch > epoch);
    return next ? Math.min(next.firstSeq - 1, this.#headSeq) : this.#headSeq;
  }

  /**
   * Starts writer epoch `epoch`, which must exceed every known epoch. Records `epoch -> head.seq + 1` in the
   * epoch history and persists it before resolving.
   * @throws EpochError when `epoch` is not above every known epoch.
   */
  beginEpoch(epoch: number): Promise<void> {
    return this.#task(async () => {
      if (!Number.isSafeInteger(epoch) || epoch <= this.knownMaxEpoch) {
        throw new EpochError(`epoch ${epoch} is not above the highest known epoch ${this.knownMaxEpoch}`);
      }
      const firstSeq = this.#headSeq + 1;
      await this.#write(
        [
          { type: 'put', p: this.#P.epochs, key: u64(epoch), value: u64(firstSeq) },
          { type: 'put', p: this.#P.meta, key: META_EPOCH, value: String(epoch) },
          { type: 'put', p: this.#P.meta, key: META_KNOWN, value: String(epoch) },
        ] as Op[],
        true,
      );
      this.#history.push({ epoch, firstSeq });
      this.#writerEpoch = epoch;
      this.#knownMax = epoch;
    }) as Promise<void>;
  }

  /**
   * Records that `epoch` exists somewhere in the cluster (learned from a peer, an announcement or a stream).
   * When it is above the writer epoch, this log is fenced: appends fail with FencedError until
   * {@link beginEpoch}. Returns whether the log is now fenced.
   */
  async observeEpoch(epoch: number): Promise<boolean> {
    this.#assertOpen();
    if (Number.isSafeInteger(epoch) && epoch > this.#knownMax) {
      this.#knownMax = epoch;
      await this.#write([{ type: 'put', p: this.#P.meta, key: META_KNOWN, value: String(epoch) }], true);
    }
    return this.fenced;
  }

  // ---------------------------------------------------------------------------------------------- meta

  /** Reads a string from the `meta` sublevel (node id, role, master address, …). */
  async getMeta(key: string): Promise<string | undefined> {
    this.#assertOpen();
    return this.#meta.get(key);
  }

  /** Durably writes a string to the `meta` sublevel. */
  async putMeta(key: string, value: string): Promise<void> {
    this.#assertOpen();
    await this.#write([{ type: 'put', p: this.#P.meta, key, value }], true);
  }

  /** Durably deletes a key of the `meta` sublevel. */
  async deleteMeta(key: string): Promise<void> {
    this.#assertOpen();
    await this.#write([{ type: 'del', p: this.#P.meta, key }], true);
  }

  // ---------------------------------------------------------------------------------------------- writes

  /**
   * Appends `inputs` atomically (all or none) with group commit: concurrent calls share one durable LevelDB
   * batch. Resolves with the committed events, in input order, once the batch is on disk.
   * @throws VersionConflictError when an `expectedVersion` does not match (nothing of the call is written);
   *   InvalidEventError; FencedError; LogWriteError when the batch write fails.
   */
  append(inputs: readonly EventInput[]): Promise<LogEvent[]> {
    if (this.#closed) return Promise.reject(new LogClosedError());
    if (inputs.length === 0) return Promise.resolve([]);
    const stopped = this.#health.error();
    if (stopped) return Promise.reject(stopped);
    return new Promise<LogEvent[]>((resolve, reject) => {
      this.#queue.push({ kind: 'append', inputs, resolve, reject });
      this.#schedule();
    });
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
    if (this.#closed) return Promise.reject(new LogClosedError());
    if (records.length === 0) return Promise.resolve([]);
    let checked: CheckedRecords;
    try {
      checked = checkRecords(records, this.#replicatedTip ?? { seq: this.#headSeq, hash: this.#headHash, hex: this.#headHex, epoch: this.#lastEventEpoch });
    } catch (e) {
      return Promise.reject(e);
    }
    this.#replicatedTip = checked.end;
    const done = this.#task(() => this.#commitReplicated(checked)) as Promise<LogEvent[]>;
    const settle = (): void => {
      if (this.#replicatedTip === checked.end) this.#replicatedTip = undefined;
    };
    done.then(settle, settle);
    return done;
  }

  /**
   * Moves every event with seq >= `seq` out of the log into the quarantine (kept forever), fixes indexes,
   * heads, epoch history and head, then rebuilds the projection. Returns the number of events moved.
   */
  quarantineFrom(seq: number): Promise<number> {
    return this.#task(() => this.#quarantineFrom(seq)) as Promise<number>;
  }

  /**
   * For a log opened with `verifyOnOpen: false` after open refused it with `corruption`: moves every event from the
   * corruption's seq on to the quarantine, takes what is left as the committed head (commit marker) and verifies it;
   * from then on the log keeps its marker like a verified open. For a replica, which fetches the rest from its
   * master again. Returns the number of events quarantined.
   * @throws CorruptLogError when what is left does not verify either.
   */
  async cutCorruptTail(corruption: CorruptLogError): Promise<number> {
    const moved = corruption.seq <= this.#headSeq ? await this.quarantineFrom(corruption.seq) : 0;
    await this.#marker.set({ seq: this.#headSeq, hash: this.#headHex });
    const r = await this.verify();
    if (!r.ok && r.firstBad) throw new CorruptLogError(r.firstBad);
    this.#marking = true;
    return moved;
  }

  /** Clears and rebuilds the projection by replaying the whole log. */
  rebuildProjection(): Promise<void> {
    return this.#task(() => this.#rebuild()) as Promise<void>;
  }

  #task(run: () => Promise<unknown>): Promise<unknown> {
    if (this.#closed) return Promise.reject(new LogClosedError());
    return new Promise((resolve, reject) => {
      this.#queue.push({ kind: 'task', run, resolve, reject });
      this.#schedule();
    });
  }

  #schedule(): void {
    if (this.#draining) return;
    this.#draining = new Promise<void>((done) => {
      process.nextTick(() => void this.#drain().then(done, done));
    });
  }

  async #drain(): Promise<void> {
    // At most one group of appends is being written while the next group is prepared (validated, versioned,
    // encoded and hashed on top of it): the JSON and hashing work overlaps the previous fsync.
    let writing: WritingAppends | undefined;
    try {
      while (this.#queue.length > 0 || writing) {
        const first = this.#queue[0];
        if (first?.kind === 'append') {
          let n = 1;
          while (n < this.#queue.length && this.#queue[n]!.kind === 'append') n++;
          const group = this.#queue.splice(0, n) as AppendJob[];
          const conflicts: VersionConflict[] = [];
          const next = await this.#prepareAppends(group, writing?.prepared, conflicts);
          if (writing) {
            const failed = await this.#finishAppends(writing);
            writing = undefined;
            if (failed) {
              // `next` and the conflicts were decided on the failed batch: none of it was written.
              for (const a of next?.accepted ?? []) a.job.reject(failed);
              for (const c of conflicts) c.job.reject(failed);
              void next?.batch.close();
              continue;
            }
          }
          // Answered once the batch they conflict with is committed: a caller that re-reads then sees it.
          for (const c of conflicts) c.job.reject(c.error);
          if (next) writing = this.#writeAppends(next);
        } else if (writing) {
          // A task (or the end of the queue) waits for the appends being written.
          await this.#finishAppends(writing);
          writing = undefined;
        } else if (first) {
          this.#queue.shift();
          try {
            first.resolve(await first.run());
          } catch (e) {
            first.reject(e);
          }
        }
        // Let callers answered just now queue their next append so it joins the next batch.
        await new Promise<void>((r) => process.nextTick(r));
      }
    } finally {
      this.#draining = undefined;
    }
  }

  /** Root-level key of log record `seq`. */
  #logKey(seq: number): Buffer {
    const p = this.#P.log;
    const b = Buffer.allocUnsafe(p.length + 8);
    p.copy(b, 0);
    writeU64(b, seq, p.length);
    return b;
  }

  /** Root-level iterator options over the log from `fromSeq` (keys carry the prefix: read seq at `#P.log.length`). */
  #logScan(fromSeq: number): { gte: Buffer; lt: Buffer; highWaterMarkBytes: number } {
    return { gte: prefixed(this.#P.log, u64(fromSeq)), lt: this.#logEnd, highWaterMarkBytes: SCAN_HWM };
  }

  async #write(ops: readonly Op[], sync: boolean): Promise<void> {
    const stopped = this.#recoveryWrites ? undefined : this.#health.error();
    if (stopped) throw stopped;
    try {
      // A chained batch on the root with pre-prefixed keys: several times cheaper per op than an array
      // batch with `sublevel` options, and still one atomic LevelDB WriteBatch.
      const b = this.#db.batch();
      for (const o of ops) {
        if (o.type === 'put') b.put(prefixed(o.p, o.key), typeof o.value === 'string' ? Buffer.from(o.value, 'utf8') : o.value);
        else b.del(prefixed(o.p, o.key));
      }
      await b.write({ sync });
    } catch (e) {
      throw this.#writeFailed(e);
    }
  }

  // ---------------------------------------------------------------------------------------------- storage faults

  /** A storage write failed: stops every write and schedules the re-open; returns the error writers get. */
  #writeFailed(cause: unknown): StorageFaultError {
    if (cause instanceof StorageFaultError) return cause;
    const err = this.#health.writeFailed(cause);
    this.#scheduleRecovery(RECOVER_FIRST_MS);
    return err;
  }

  #scheduleRecovery(ms: number): void {
    if (this.#closed || this.#recovery.timer || this.#recovery.running || this.#health.condition.state !== 'stopped') return;
    this.#recovery.timer = setTimeout(() => {
      this.#recovery.timer = undefined;
      this.#recovery.running = this.#recover().finally(() => {
        this.#recovery.running = undefined;
        this.#scheduleRecovery(RECOVER_RETRY_MS);
      });
    }, ms).unref();
  }

  /**
   * Leaves the stopped state once the store is known good: waits for the writer loop and the trailing writes to
   * settle, closes and re-opens LevelDB (which replays its write-ahead log from disk and clears its sticky error),
   * then checks that the head it finds still holds every acknowledged event. Events of a batch whose write reported
   * an error but reached the disk anyway are adopted as if replicated (never acknowledged to their callers). A head
   * that lost acknowledged events stops writes for good.
   */
  async #recover(): Promise<void> {
    if (this.#closed) return;
    const c = this.#health.condition;
    if (c.state === 'stopped' && c.code === 'LOG_DISK_FULL' && !(await this.#spaceForReopen())) return;
    while (this.#draining) await this.#draining;
    await this.#index.settle();
    await this.#checkpoint?.settle();
    await this.#marker.stop();
    if (this.#closed) return;
    const tip: ChainTip = { seq: this.#headSeq, hash: this.#headHash, hex: this.#headHex, epoch: this.#lastEventEpoch };
    await this.#db.close().catch(() => undefined);
    try {
      await this.#db.open(this.#ownsDb ? SHARED_OPEN : {});
      // Sublevels close with their database and are not re-opened with it.
      for (const sub of [this.#log, this.#idx, this.#heads, this.#epochs, this.#meta, this.#proj, this.#quarantine]) await sub.open();
    } catch {
      return; // still failing: the next attempt follows
    }
    let checked: CheckedRecords;
    try {
      if ((await this.hashAt(tip.seq)) !== tip.hex) {
        this.#health.corrupt(`no longer holds acknowledged seq ${tip.seq} with its hash after re-opening`);
        return;
      }
      if ((await droppedAtOpen(this.#path)).length > 0) {
        const r = await this.verify();
        if (!r.ok) {
          this.#health.corrupt(`fails verification after re-opening at seq ${r.firstBad!.seq}: ${r.firstBad!.reason}`);
          return;
        }
      }
      const extra = await this.readRaw(tip.seq + 1, Number.MAX_SAFE_INTEGER);
      try {
        checked = checkRecords(extra, tip);
      } catch (e) {
        this.#health.corrupt(`holds records after seq ${tip.seq} that do not continue its chain (${(e as Error).message})`);
        return;
      }
      const entries = await this.#epochs.iterator().all();
      this.#history = entries.map(([k, v]) => ({ epoch: readU64(k), firstSeq: readU64(v) })).sort((a, b) => a.epoch - b.epoch);
    } catch {
      return; // a read failed: the next attempt follows
    }
    if (checked.parsed.length > 0) {
      const versions = new Map<string, number>();
      for (const ev of checked.parsed) versions.set(ev.aggregate, ev.version);
      this.#advance(checked.end, versions, [], checked.parsed, this.#projection?.stage(checked.parsed));
      this.#notify(checked.parsed, checked.values);
    }
    try {
      this.#recoveryWrites = true;
      if (this.#marking) await this.#marker.set({ seq: this.#headSeq, hash: this.#headHex });
      // The index entries and rows that failed are still noted: write them before anything new.
      this.#index.kick();
      await this.#index.flush();
      if (this.#checkpoint) {
        this.#checkpoint.changed([], this.#headSeq);
        await this.#checkpoint.flush();
      }
    } catch {
      return;
    } finally {
      this.#recoveryWrites = false;
    }
    this.#health.recovered();
  }

  /** Whether the full file system has room again for LevelDB to re-open (it rewrites its write-ahead logs). */
  async #spaceForReopen(): Promise<boolean> {
    try {
      const fs = await statfs(this.#path);
      return fs.bavail * fs.bsize >= RECOVER_FREE_BYTES;
    } catch {
      return true;
    }
  }

  async #loadVersions(aggregates: Iterable<string>): Promise<void> {
    const missing: string[] = [];
    for (const a of aggregates) if (!this.#versions.has(a)) missing.push(a);
    if (missing.length === 0) return;
    const vals = await this.#heads.getMany(missing);
    for (let i = 0; i < missing.length; i++) {
      const v = vals[i];
      this.#versions.set(missing[i]!, v === undefined ? 0 : Number(v));
    }
  }

  /**
   * Validates `group`, checks its expected versions and builds its events, stored values and hashes on top of the
   * durable head, or on top of `after` (the batch being written). Rejects invalid jobs; adds the calls whose
   * expected version does not match to `conflicts`; undefined when no job is left.
   */
  async #prepareAppends(group: AppendJob[], after: PreparedAppends | undefined, conflicts: VersionConflict[]): Promise<PreparedAppends | undefined> {
    const stopped = this.#health.error();
    if (stopped) {
      for (const j of group) j.reject(stopped);
      return undefined;
    }
    if (this.fenced) {
      const err = new FencedError(this.#writerEpoch, this.knownMaxEpoch);
      for (const j of group) j.reject(err);
      return undefined;
    }
    // Validate and serialise bodies.
    const valid: { job: AppendJob; bodies: string[] }[] = [];
    const aggregates = new Set<string>();
    for (const job of group) {
      try {
        const bodies = job.inputs.map(validateInput);
        for (const i of job.inputs) aggregates.add(i.aggregate);
        valid.push({ job, bodies });
      } catch (e) {
        job.reject(e);
      }
    }
    try {
      await this.#loadVersions(aggregates);
    } catch (e) {
      const err = e instanceof LogError ? e : new LogWriteError({ cause: e });
      for (const v of valid) v.job.reject(err);
      return undefined;
    }
    const staged = new Map<string, number>();
    const versionOf = (a: string): number => staged.get(a) ?? after?.versions.get(a) ?? this.#versions.get(a) ?? 0;
    const accepted: AcceptedAppend[] = [];
    const events: LogEvent[] = [];
    const values: Buffer[] = [];
    const epoch = this.#writerEpoch;
    const time = this.#now().toISOString();
    const firstSeq = (after?.end.seq ?? this.#headSeq) + 1;
    let seq = firstSeq - 1;
    let prev = after?.end.hash ?? this.#headHash;
    let prevHex = after?.end.hex ?? this.#headHex;
    const local = new Map<string, number>();
    for (const { job, bodies } of valid) {
      local.clear();
      let conflict: VersionConflictError | undefined;
      for (const inp of job.inputs) {
        const a = inp.aggregate;
        const cur = local.get(a) ?? versionOf(a);
        if (inp.expectedVersion !== undefined && inp.expectedVersion !== cur) {
          conflict = new VersionConflictError(a, inp.expectedVersion, cur);
          break;
        }
        local.set(a, cur + 1);
      }
      if (conflict) {
        conflicts.push({ job, error: conflict });
        continue;
      }
      const start = events.length;
      for (let i = 0; i < job.inputs.length; i++) {
        const inp = job.inputs[i]!;
        const bodyJson = bodies[i]!;
        const a = inp.aggregate;
        const version = versionOf(a) + 1;
        staged.set(a, version);
        seq++;
        const actor = inp.actor ?? '';
        const correlation = inp.correlation ?? '';
        const value = encodeValue({ seq, epoch, time, aggregate: a, version, type: inp.type, actor, correlation }, bodyJson);
        const hash = sealValue(value, prev);
        const hashHex = hash.toString('hex');
        values.push(value);
        events.push({
          seq,
          epoch,
          time,
          aggregate: a,
          version,
          type: inp.type,
          actor,
          correlation,
          body: JSON.parse(bodyJson) as LogEvent['body'],
          prevHash: prevHex,
          hash: hashHex,
        });
        prev = hash;
        prevHex = hashHex;
      }
      accepted.push({ job, start, count: job.inputs.length });
    }
    if (events.length === 0) return undefined;
    // The records go into the LevelDB batch now, off the path from the previous batch's fsync to this one's.
    const batch = this.#db.batch();
    for (let i = 0; i < values.length; i++) batch.put(this.#logKey(firstSeq + i), values[i]!);
    const histEpoch = after?.histEpoch ?? this.#history.at(-1)?.epoch ?? 0;
    const newEpochEntry = histEpoch < epoch ? { epoch, firstSeq } : undefined;
    if (newEpochEntry) batch.put(prefixed(this.#P.epochs, u64(epoch)), u64(firstSeq));
    return {
      accepted, events, values, batch, versions: staged, newEpochEntry,
      histEpoch: Math.max(histEpoch, epoch),
      end: { seq, hash: prev, hex: prevHex, epoch },
    };
  }

  /**
   * Starts the durable write of a prepared batch, staging the projection on the committed state (the batch before
   * it is committed by then).
   */
  #writeAppends(prepared: PreparedAppends): WritingAppends {
    const done = (async () => {
      if (this.fenced) throw new FencedError(this.#writerEpoch, this.knownMaxEpoch);
      const stopped = this.#health.error();
      if (stopped) throw stopped;
      const staged = this.#projection?.stage(prepared.events);
      try {
        await prepared.batch.write({ sync: true });
      } catch (e) {
        throw this.#writeFailed(e);
      }
      return { staged };
    })().catch((e: unknown) => ({ error: e instanceof LogError ? e : new LogWriteError({ cause: e }) }));
    return { prepared, done };
  }

  /**
   * Waits for a batch's write. Written: makes it the head, publishes it and answers its callers. Failed: rejects
   * its callers and returns the error.
   */
  async #finishAppends({ prepared, done }: WritingAppends): Promise<LogError | undefined> {
    const result = await done;
    const { accepted, events, values, versions, newEpochEntry, end } = prepared;
    // A write that failed while this batch was written (a trailing write) may have left a torn record before it in
    // LevelDB's write-ahead log, which would cost this batch at the next open: it is not acknowledged (a recovery
    // adopts it if it is on disk).
    if ('error' in result || !this.#health.ok) {
      const error = 'error' in result ? result.error : this.#health.error()!;
      for (const a of accepted) a.job.reject(error);
      return error;
    }
    this.#advance(end, versions, newEpochEntry ? [newEpochEntry] : [], events, result.staged);
    for (const a of accepted) a.job.resolve(events.slice(a.start, a.start + a.count));
    this.#notify(events, values);
    return undefined;
  }

  /**
   * Makes a durable batch (appended or replicated) the head: chain tip, aggregate versions, epoch history and stats,
   * then hands it to the deferred index and publishes its staged projection. Callers answer and notify after this.
   */
  #advance(end: ChainTip, versions: ReadonlyMap<string, number>, newEntries: readonly EpochEntry[], events: readonly LogEvent[], staged: StagedProjection | undefined): void {
    this.#headSeq = end.seq;
    this.#headHash = end.hash;
    this.#headHex = end.hex;
    this.#lastEventEpoch = end.epoch;
    for (const [a, v] of versions) this.#versions.set(a, v);
    this.#history.push(...newEntries);
    this.#stats.batches++;
    this.#stats.events += events.length;
    if (this.#marking) this.#marker.note({ seq: end.seq, hash: end.hex });
    this.#indexCommitted(events);
    this.#afterCommit(staged, end.seq);
  }

  /** Hands the index entries and heads of a durable batch to the deferred index. */
  #indexCommitted(events: readonly LogEvent[]): void {
    for (const e of events) this.#index.add(e.aggregate, e.seq, e.version);
    this.#index.kick();
  }

  /**
   * Writes the index entries and heads of the records after `indexed` (those a crash kept from being written
   * behind their commits), reading the records in chunks.
   */
  async #reindexFrom(indexed: number): Promise<void> {
    this.#index.resetTo(indexed);
    if (indexed >= this.#headSeq) return;
    const it = this.#db.values(this.#logScan(indexed + 1));
    try {
      for (;;) {
        const vals = await it.nextv(READ_CHUNK);
        if (vals.length === 0) break;
        for (const v of vals) {
          try {
            const s = parseData(v.subarray(32));
            this.#index.add(s.aggregate, s.seq, s.version);
          } catch {
            // Undecodable (only possible without verification at open): there is nothing to index.
          }
        }
        await this.#index.flush();
      }
    } finally {
      await it.close();
    }
  }

  /** Publishes a durable batch's staged projection and notes its rows for the checkpoint. */
  #afterCommit(staged: StagedProjection | undefined, seq: number): void {
    if (!staged) return;
    try {
      staged.commit();
      this.#checkpoint!.changed(staged.keys, seq);
    } catch (e) {
      // The batch is durable; a failing in-memory commit means the projection is out of step: keep the stored rows
      // at the last checkpoint and rebuild.
      this.#checkpoint?.discard();
      queueMicrotask(() => void this.rebuildProjection().catch(() => undefined));
      process.emitWarning(`projection commit failed, rebuilding: ${(e as Error).message}`);
    }
  }

  /** `values` are the stored values of `events` (hash, then data). */
  #notify(events: readonly LogEvent[], values: readonly Buffer[]): void {
    if (this.#listeners.size === 0) return;
    const raws = values.map((v, i): RawRecord => ({ seq: events[i]!.seq, hash: v.subarray(0, 32), data: v.subarray(32) }));
    for (const l of this.#listeners) {
      try {
        l(events, raws);
      } catch {
        // A listener's failure must not affect the writer or other listeners.
      }
    }
  }

  async #commitReplicated({ start, end, parsed, values }: CheckedRecords): Promise<LogEvent[]> {
    if (start.seq !== this.#headSeq || !start.hash.equals(this.#headHash)) {
      throw new ChainError(start.seq + 1, `checked against head ${start.seq}, but the head is now ${this.#headSeq}`);
    }
    await this.#loadVersions(new Set(parsed.map((e) => e.aggregate)));
    const versions = new Map<string, number>();
    const ops: Op[] = [];
    const newEntries: EpochEntry[] = [];
    let histEpoch = this.#history.at(-1)?.epoch ?? 0;
    for (let i = 0; i < parsed.length; i++) {
      const ev = parsed[i]!;
      const cur = versions.get(ev.aggregate) ?? this.#versions.get(ev.aggregate) ?? 0;
      if (ev.version !== cur + 1) {
        throw new ChainError(ev.seq, `${ev.aggregate} version ${ev.version} does not follow local version ${cur}`);
      }
      versions.set(ev.aggregate, ev.version);
      if (ev.epoch > histEpoch) {
        newEntries.push({ epoch: ev.epoch, firstSeq: ev.seq });
        ops.push({ type: 'put', p: this.#P.epochs, key: u64(ev.epoch), value: u64(ev.seq) });
        histEpoch = ev.epoch;
      } else if (ev.epoch < histEpoch) {
        throw new ChainError(ev.seq, `epoch ${ev.epoch} is below the local epoch history's ${histEpoch}`);
      }
      ops.push({ type: 'put', p: NO_PREFIX, key: this.#logKey(ev.seq), value: values[i]! });
    }
    const writer = Math.max(this.#writerEpoch, end.epoch);
    const known = Math.max(this.#knownMax, writer);
    if (writer !== this.#writerEpoch) ops.push({ type: 'put', p: this.#P.meta, key: META_EPOCH, value: String(writer) });
    if (known !== this.#knownMax) ops.push({ type: 'put', p: this.#P.meta, key: META_KNOWN, value: String(known) });
    const staged = this.#projection?.stage(parsed);
    await this.#write(ops, true);
    this.#writerEpoch = writer;
    this.#knownMax = known;
    this.#advance(end, versions, newEntries, parsed, staged);
    this.#notify(parsed, values);
    return parsed;
  }

  async #quarantineFrom(seq: number): Promise<number> {
    if (!Number.isSafeInteger(seq) || seq < 1) throw new InvalidArgumentError(`quarantine seq must be >= 1, got ${seq}`);
    await this.#index.flush();
    await this.#checkpoint?.flush();
    const moved = seq <= this.#headSeq ? await this.#log.iterator({ gte: u64(seq) }).all() : [];
    const dropEntries = this.#history.filter((e) => e.firstSeq >= seq);
    if (moved.length === 0 && dropEntries.length === 0) return 0;
    const lastQ = await this.#quarantine.keys({ reverse: true, limit: 1 }).all();
    const run = lastQ[0] ? readU64(lastQ[0]) + 1 : 1;
    const at = this.#now();
    const ops: Op[] = [];
    let prevHash: Buffer = ZERO_HASH;
    let newHeadEpoch = 0;
    if (seq > 1) {
      const before = await this.#log.get(u64(seq - 1));
      if (before) {
        prevHash = Buffer.from(before.subarray(0, 32));
        newHeadEpoch = peekSeqEpoch(before.subarray(32))?.epoch ?? 0;
      }
    }
    const newHeadHash = prevHash;
    const minVersion = new Map<string, number>();
    for (const [k, v] of moved) {
      const s = readU64(k);
      const hash = v.subarray(0, 32);
      const data = v.subarray(32);
      const qk = Buffer.allocUnsafe(16);
      writeU64(qk, run, 0);
      writeU64(qk, s, 8);
      const qv = Buffer.allocUnsafe(16 + 64 + data.length);
      writeU64(qv, seq, 0);
      writeU64(qv, at.getTime(), 8);
      qv.set(prevHash, 16);
      qv.set(hash, 48);
      qv.set(data, 80);
      ops.push({ type: 'put', p: this.#P.quarantine, key: qk, value: qv });
      ops.push({ type: 'del', p: this.#P.log, key: k });
      try {
        const ev = parseData(data);
        ops.push({ type: 'del', p: this.#P.idx, key: idxKey(ev.aggregate, s) });
        const m = minVersion.get(ev.aggregate);
        if (m === undefined || ev.version < m) minVersion.set(ev.aggregate, ev.version);
      } catch {
        // Undecodable: nothing to unindex; it is kept in quarantine as stored.
      }
      prevHash = Buffer.from(hash);
    }
    for (const [a, v] of minVersion) {
      if (v - 1 > 0) ops.push({ type: 'put', p: this.#P.heads, key: a, value: String(v - 1) });
      else ops.push({ type: 'del', p: this.#P.heads, key: a });
    }
    for (const e of dropEntries) ops.push({ type: 'del', p: this.#P.epochs, key: u64(e.epoch) });
    ops.push({ type: 'del', p: this.#P.meta, key: META_APPLIED });
    if (moved.length > 0) ops.push({ type: 'put', p: this.#P.meta, key: META_INDEXED, value: String(seq - 1) });
    // The marker moves back first: a crash in between leaves a marker below the head, which is no finding.
    if (moved.length > 0 && this.#marking) await this.#marker.set({ seq: seq - 1, hash: hex(newHeadHash) });
    await this.#write(ops, true);
    if (moved.length > 0) {
      this.#index.resetTo(seq - 1);
      this.#headSeq = seq - 1;
      this.#headHash = newHeadHash;
      this.#headHex = hex(newHeadHash);
      this.#lastEventEpoch = newHeadEpoch;
    }
    for (const [a, v] of minVersion) this.#versions.set(a, v - 1);
    this.#history = this.#history.filter((e) => e.firstSeq < seq);
    await this.#rebuild();
    return moved.length;
  }

  /** Clears the projection, its rows and `appliedSeq`, and replays the whole log into it. */
  async #rebuild(): Promise<void> {
    const p = this.#projection;
    if (!p || !this.#checkpoint) return;
    await this.#checkpoint.resetTo(0);
    await this.#write([{ type: 'del', p: this.#P.meta, key: META_APPLIED }], true);
    await this.#proj.clear();
    p.reset();
    await this.#replayProjection(1);
  }

  /**
   * Replays the events from `from` to the head into the projection, whose rows reflect seq `from - 1`, and waits
   * for the checkpoint of the result.
   */
  async #replayProjection(from: number): Promise<void> {
    const p = this.#projection!;
    const checkpoint = this.#checkpoint!;
    const stage = (events: EventData[]): void => {
      const staged = p.stage(events);
      staged.commit();
      checkpoint.changed(staged.keys, events[events.length - 1]!.seq);
    };
    let next = from;
    if (this.#ownsDb && this.#headSeq - from + 1 >= WORKER_REPLAY_MIN) {
      // A worker thread reads and joins the chunks; what it cannot deliver is read below, in-thread.
      const { gte, lt, highWaterMarkBytes } = this.#logScan(from);
      for await (const events of readInWorker({ path: this.#path, gte, lt, highWaterMarkBytes, chunk: READ_CHUNK })) {
        stage(events);
        next += events.length;
        this.#stats.replayedInWorker += events.length;
      }
    }
    if (next <= this.#headSeq) {
      const it = this.#db.values(this.#logScan(next));
      try {
        // One stage per read chunk, the next chunk read meanwhile: its events are garbage before the next minor GC
        // (held across many chunks, they were copied out of the young generation and GC took 3 times longer). The
        // projection is given the events' data alone: their hashes are not decoded.
        let chunk = it.nextv(READ_CHUNK);
        for (let vals = await chunk; vals.length > 0; vals = await chunk) {
          chunk = it.nextv(READ_CHUNK);
          stage(vals.map((v) => parseData(v, 32)));
        }
      } finally {
        await it.close();
      }
    }
    await checkpoint.flush();
  }

  // ---------------------------------------------------------------------------------------------- reads

  /**
   * Reads up to `limit` committed events with seq >= `fromSeq`, optionally only of one aggregate and/or some
   * types (the limit counts matching events).
   */
  async read(fromSeq: number, limit: number, filter?: ReadFilter): Promise<LogEvent[]> {
    this.#assertOpen();
    if (limit <= 0) return [];
    const from = Math.max(1, Math.floor(fromSeq));
    const types = filter?.types && filter.types.length > 0 ? new Set(filter.types) : undefined;
    if (filter?.aggregate !== undefined) return this.#readAggregate(filter.aggregate, from, limit, types);
    const out: LogEvent[] = [];
    const it = this.#db.iterator(this.#logScan(from > 1 ? from - 1 : 1));
    const pl = this.#P.log.length;
    try {
      let prevHex = ZERO_HEX;
      for (;;) {
        const chunk = await it.nextv(types ? READ_CHUNK : Math.min(READ_CHUNK, limit - out.length + 1));
        if (chunk.length === 0) break;
        for (const [k, v] of chunk) {
          const h = v.toString('hex', 0, 32);
          if (readU64(k, pl) >= from) {
            const s = parseData(v.subarray(32));
            if (!types || types.has(s.type)) out.push(toEvent(s, prevHex, h));
            if (out.length >= limit) return out;
          }
          prevHex = h;
        }
      }
      return out;
    } finally {
      await it.close();
    }
  }

  async #readAggregate(aggregate: string, from: number, limit: number, types?: Set<string>): Promise<LogEvent[]> {
    await this.#index.flush();
    const out: LogEvent[] = [];
    const it = this.#idx.keys(idxRange(aggregate, from));
    try {
      for (;;) {
        const keys = await it.nextv(Number.isFinite(limit) && !types ? Math.min(READ_CHUNK, limit - out.length) : READ_CHUNK);
        if (keys.length === 0) break;
        const seqs = keys.map((k) => readU64(k, k.length - 8));
        const want: Buffer[] = [];
        for (const s of seqs) want.push(u64(s - 1), u64(s));
        const vals = await this.#log.getMany(want);
        for (let i = 0; i < seqs.length; i++) {
          const prev = vals[2 * i];
          const cur = vals[2 * i + 1];
          if (!cur) continue;
          const s = parseData(cur.subarray(32));
          if (types && !types.has(s.type)) continue;
          out.push(toEvent(s, prev ? prev.toString('hex', 0, 32) : ZERO_HEX, cur.toString('hex', 0, 32)));
          if (out.length >= limit) return out;
        }
      }
      return out;
    } finally {
      await it.close();
    }
  }

  /** Reads up to `limit` stored records with seq >= `fromSeq`, bytes as stored (for replication). */
  async readRaw(fromSeq: number, limit: number): Promise<RawRecord[]> {
    this.#assertOpen();
    if (limit <= 0) return [];
    // Root iterator with a large read-ahead: a replication batch is fetched in a few native round trips.
    const entries = await this.#db.iterator({ ...this.#logScan(Math.max(1, fromSeq)), limit }).all();
    const pl = this.#P.log.length;
    return entries.map(([k, v]) => ({ seq: readU64(k, pl), hash: v.subarray(0, 32), data: v.subarray(32) }));
  }

  /** Every event of one aggregate, in order (via the per-aggregate index). */
  history(aggregate: string): Promise<LogEvent[]> {
    this.#assertOpen();
    return this.#readAggregate(aggregate, 1, Infinity);
  }

  /** The aggregate's current version (0 when it has no events). */
  async aggregateVersion(aggregate: string): Promise<number> {
    this.#assertOpen();
    const cached = this.#versions.get(aggregate);
    if (cached !== undefined) return cached;
    const v = await this.#heads.get(aggregate);
    return v === undefined ? 0 : Number(v);
  }

  /** Streams events from `fromSeq` (default 1) to the head at the time iteration starts (snapshot). */
  async *iterate(fromSeq = 1): AsyncIterable<LogEvent> {
    this.#assertOpen();
    const from = Math.max(1, Math.floor(fromSeq));
    const it = this.#db.iterator(this.#logScan(from > 1 ? from - 1 : 1));
    const pl = this.#P.log.length;
    try {
      let prevHex = ZERO_HEX;
      for (;;) {
        const chunk = await it.nextv(READ_CHUNK);
        if (chunk.length === 0) return;
        for (const [k, v] of chunk) {
          const h = v.toString('hex', 0, 32);
          if (readU64(k, pl) >= from) yield toEvent(parseData(v.subarray(32)), prevHex, h);
          prevHex = h;
        }
      }
    } finally {
      await it.close();
    }
  }

  /** The stored hash of `seq`, or undefined when the log does not hold it. */
  async hashAt(seq: number): Promise<Hex | undefined> {
    this.#assertOpen();
    if (seq === 0) return ZERO_HEX;
    if (!Number.isSafeInteger(seq) || seq < 0) return undefined;
    const v = await this.#log.get(u64(seq));
    return v ? v.toString('hex', 0, 32) : undefined;
  }

  /** The epoch of the stored event `seq`, or undefined when the log does not hold it. */
  async epochOf(seq: number): Promise<number | undefined> {
    this.#assertOpen();
    if (!Number.isSafeInteger(seq) || seq < 1) return undefined;
    const v = await this.#log.get(u64(seq));
    if (!v) return undefined;
    return peekSeqEpoch(v.subarray(32))?.epoch ?? parseData(v.subarray(32)).epoch;
  }

  /** Events moved to quarantine, oldest quarantine first. */
  async quarantined(): Promise<QuarantinedEvent[]> {
    this.#assertOpen();
    const out: QuarantinedEvent[] = [];
    for await (const [, v] of this.#quarantine.iterator()) {
      const forkSeq = readU64(v, 0);
      const quarantinedAt = new Date(readU64(v, 8)).toISOString();
      const prevHash = v.toString('hex', 16, 48);
      const hash = v.toString('hex', 48, 80);
      const ev = toEvent(parseData(v.subarray(80)), prevHash, hash);
      out.push({ ...ev, quarantinedAt, forkSeq });
    }
    return out;
  }

  /** Number of quarantined events. */
  async quarantineCount(): Promise<number> {
    this.#assertOpen();
    let n = 0;
    const it = this.#quarantine.keys();
    try {
      for (;;) {
        const ks = await it.nextv(READ_CHUNK);
        if (ks.length === 0) return n;
        n += ks.length;
      }
    } finally {
      await it.close();
    }
  }

  // ---------------------------------------------------------------------------------------------- verify

  /**
   * Recomputes the hash chain from `from` (default 1) to the end and checks seq continuity, the seq inside
   * each record, that epochs never decrease and that every event's epoch agrees with the epoch history.
   */
  async verify(opts: VerifyOptions = {}): Promise<VerifyResult> {
    this.#assertOpen();
    const from = Math.max(1, Math.floor(opts.from ?? 1));
    const total = this.#headSeq;
    const hist = this.#history.slice().sort((a, b) => a.epoch - b.epoch);
    for (let i = 1; i < hist.length; i++) {
      if (hist[i]!.firstSeq < hist[i - 1]!.firstSeq) {
        return {
          ok: false,
          checked: 0,
          firstBad: { seq: hist[i]!.firstSeq, aggregate: '?', type: '?', reason: `epoch history: epoch ${hist[i]!.epoch} starts before epoch ${hist[i - 1]!.epoch}` },
        };
      }
    }
    let prev = ZERO_BINARY;
    let prevEpoch = 0;
    if (from > 1) {
      const v = await this.#log.get(u64(from - 1));
      if (!v) return { ok: false, checked: 0, firstBad: { seq: from - 1, aggregate: '?', type: '?', reason: 'missing' } };
      prev = v.toString('binary', 0, 32);
      prevEpoch = peekSeqEpoch(v, 32)?.epoch ?? 0;
    }
    let expect = from;
    let checked = 0;
    let hi = -1;
    /** The finding at `seq`, naming the aggregate and type of `value` (a stored value) when it decodes. */
    const bad = (seq: number, reason: string, value?: Buffer): VerifyResult => {
      let aggregate = '?';
      let type = '?';
      if (value) {
        try {
          const s = parseData(value, 32);
          aggregate = s.aggregate;
          type = s.type;
        } catch {
          // not decodable
        }
      }
      return { ok: false, checked, firstBad: { seq, aggregate, type, reason } };
    };
    const it = this.#db.iterator(this.#logScan(from));
    const pl = this.#P.log.length;
    try {
      let next = it.nextv(READ_CHUNK);
      for (;;) {
        let chunk;
        try {
          chunk = await next;
        } catch (e) {
          // LevelDB cannot read on (a damaged table block): everything from the next expected seq is unreadable.
          return bad(expect, `LevelDB cannot read the log from here: ${(e as Error).message}`);
        }
        if (chunk.length === 0) break;
        next = it.nextv(READ_CHUNK);
        for (const [k, v] of chunk) {
          const seq = readU64(k, pl);
          if (seq !== expect) return bad(expect, `seq ${expect} is missing (next stored seq is ${seq})`);
          if (v.length < 34) return bad(seq, 'record too short');
          const sealed = checkSealed(v, prev);
          if (!sealed) return bad(seq, 'hash mismatch', v);
          let se = peekSeqEpoch(v, 32);
          if (!se) {
            try {
              const s = parseData(v, 32);
              se = { seq: s.seq, epoch: s.epoch };
            } catch {
              return bad(seq, 'undecodable data', v);
            }
          }
          if (se.seq !== seq) return bad(seq, `data carries seq ${se.seq}`, v);
          if (se.epoch < prevEpoch) return bad(seq, `epoch ${se.epoch} after epoch ${prevEpoch}`, v);
          while (hi + 1 < hist.length && hist[hi + 1]!.firstSeq <= seq) hi++;
          if (hist.length > 0) {
            const want = hi >= 0 ? hist[hi]!.epoch : undefined;
            if (want !== se.epoch) {
              return bad(seq, `epoch ${se.epoch} disagrees with the epoch history (expected ${want ?? 'none'})`, v);
            }
          }
          prev = sealed;
          prevEpoch = se.epoch;
          expect++;
          checked++;
          if (opts.onProgress && checked % 10_000 === 0) opts.onProgress(checked, total);
        }
      }
    } finally {
      await it.close();
    }
    opts.onProgress?.(checked, total);
    if (from === 1) {
      const lost = await this.#markerFinding();
      if (lost) return { ok: false, checked, firstBad: lost };
    }
    return { ok: true, checked };
  }

  /**
   * The key of the first stored projection row that fails its check (open rebuilds the rows from the log when one
   * does), or undefined. Rows of a format without checks are not looked at: open rebuilds those too.
   */
  async checkRows(): Promise<string | undefined> {
    this.#assertOpen();
    const version = await this.#meta.get(META_PROJ_VERSION);
    return version?.endsWith(ROW_FORMAT) ? firstBadRow(this.#proj.iterator()) : undefined;
  }

  /** What the commit marker says is wrong with the head (it is above it, or names another hash), if anything. */
  async #markerFinding(): Promise<VerifyResult['firstBad']> {
    let m;
    try {
      m = await this.#marker.read();
    } catch (e) {
      return { seq: this.#headSeq, aggregate: '?', type: '?', reason: (e as Error).message, file: this.#marker.file };
    }
    if (!m) return undefined;
    const drops = await droppedAtOpen(this.#path);
    const said = drops.length > 0 ? `; LevelDB's LOG: ${drops.join('; ')}` : '';
    const file = fileOf(drops[0] ?? '') ?? this.#marker.file;
    if (m.seq > this.#headSeq) {
      return {
        seq: this.#headSeq + 1, aggregate: '?', type: '?', file,
        reason: `the log ends at seq ${this.#headSeq}, below seq ${m.seq} of the commit marker: ${m.seq - this.#headSeq} committed event(s) missing${said}`,
      };
    }
    const h = await this.hashAt(m.seq);
    if (h !== m.hash) {
      return { seq: m.seq, aggregate: '?', type: '?', file, reason: `seq ${m.seq} does not have the hash the commit marker records${said}` };
    }
    return undefined;
  }

  // ---------------------------------------------------------------------------------------------- live

  /**
   * Calls `listener` with the events of every durable batch (appends and replicated), after callers are
   * answered. Returns an unsubscribe function.
   */
  subscribe(listener: LogListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /**
   * Delivers every event from `fromSeq` on, in order, without gaps or duplicates: first history from disk in
   * chunks, then live batches. A slow consumer falls back to reading from disk. Resolves when `signal` aborts or
   * the log closes; rejects when the consumer throws or a read fails.
   */
  async tail(fromSeq: number, onEvents: TailConsumer, signal?: AbortSignal): Promise<void> {
    this.#assertOpen();
    let next = Math.max(1, Math.floor(fromSeq));
    let buffered: LogEvent[][] = [];
    let bufferedCount = 0;
    let wake: (() => void) | undefined;
    const stopped = (): boolean => signal?.aborted === true || this.#closing.signal.aborted;
    const poke = (): void => {
      const w = wake;
      wake = undefined;
      w?.();
    };
    const unsubscribe = this.subscribe((events) => {
      if (bufferedCount > TAIL_BUFFER_LIMIT) {
        buffered = [];
        bufferedCount = 0;
      } else {
        buffered.push(events as LogEvent[]);
        bufferedCount += events.length;
      }
      poke();
    });
    signal?.addEventListener('abort', poke);
    this.#closing.signal.addEventListener('abort', poke);
    try {
      while (!stopped()) {
        const batch = buffered.shift();
        if (batch) {
          bufferedCount -= batch.length;
          const first = batch[0];
          if (!first || batch.at(-1)!.seq < next) continue;
          if (first.seq <= next) {
            const evs = first.seq === next ? batch : batch.filter((e) => e.seq >= next);
            await onEvents(evs);
            next = evs.at(-1)!.seq + 1;
            continue;
          }
          buffered.unshift(batch);
          bufferedCount += batch.length;
        }
        if (next <= this.#headSeq) {
          const evs = await this.read(next, Math.min(TAIL_CHUNK, this.#headSeq - next + 1));
          if (evs.length === 0) break; // head moved back (quarantine) under us
          if (stopped()) break;
          await onEvents(evs);
          next = evs.at(-1)!.seq + 1;
          continue;
        }
        if (buffered.length > 0) {
          // Live batch ahead of next while head < next cannot happen; drop stale state defensively.
          buffered = [];
          bufferedCount = 0;
          continue;
        }
        await new Promise<void>((r) => {
          wake = r;
          if (stopped() || buffered.length > 0 || next <= this.#headSeq) poke();
        });
      }
    } catch (e) {
      if (this.#closed && stopped()) return;
      throw e;
    } finally {
      unsubscribe();
      signal?.removeEventListener('abort', poke);
      this.#closing.signal.removeEventListener('abort', poke);
    }
  }

  // ---------------------------------------------------------------------------------------------- close

  /** Waits for queued writes, ends tails and closes LevelDB. Idempotent. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#recovery.timer);
    while (this.#recovery.running) await this.#recovery.running;
    while (this.#draining) await this.#draining;
    // A failed index or checkpoint write is redone from the records at the next open.
    await this.#index.flush().catch(() => undefined);
    await this.#checkpoint?.flush().catch(() => undefined);
    // The head every acknowledged event is under: what the next open must find (kept as it was if stopped).
    if (this.#health.ok && this.#marking) await this.#marker.set({ seq: this.#headSeq, hash: this.#headHex }).catch(() => undefined);
    await this.#marker.stop();
    this.#closing.abort();
    this.#listeners.clear();
    try {
      await this.#db.close();
    } finally {
      if (this.#ownsDb) openHere.delete(resolve(this.#path));
    }
  }

  /** True after {@link close}. */
  get closed(): boolean {
    return this.#closed;
  }

  /** The data directory. */
  get path(): string {
    return this.#path;
  }

  #assertOpen(): void {
    if (this.#closed) throw new LogClosedError();
  }
}

function validateInput(inp: EventInput): string {
  if (typeof inp.aggregate !== 'string' || inp.aggregate.length === 0 || inp.aggregate.includes('\u0000')) {
    throw new InvalidEventError(`invalid aggregate id ${JSON.stringify(inp.aggregate)}`);
  }
  if (typeof inp.type !== 'string' || inp.type.length === 0) {
    throw new InvalidEventError(`invalid event type ${JSON.stringify(inp.type)} for ${inp.aggregate}`);
  }
  if (inp.expectedVersion !== undefined && !(Number.isSafeInteger(inp.expectedVersion) && inp.expectedVersion >= 0)) {
    throw new InvalidEventError(`invalid expectedVersion ${inp.expectedVersion} for ${inp.aggregate}`);
  }
  let json: string | undefined;
  try {
    json = JSON.stringify(inp.body);
  } catch (e) {
    throw new InvalidEventError(`body of ${inp.type} on ${inp.aggregate} is not serialisable as JSON`, { cause: e });
  }
  if (json === undefined || json[0] !== '{') {
    throw new InvalidEventError(`body of ${inp.type} on ${inp.aggregate} must be a JSON object`);
  }
  return json;
}

/** A point of the chain: last seq, its hash (bytes and hex) and its epoch. */
interface ChainTip {
  seq: number;
  hash: Buffer;
  hex: Hex;
  epoch: number;
}

/** Replicated records whose chain was checked from `start` to `end`, decoded, with their stored values. */
interface CheckedRecords {
  start: ChainTip;
  end: ChainTip;
  parsed: LogEvent[];
  values: Buffer[];
}

/**
 * Checks that `records` continue the chain at `start` (seq, SHA-256(prev || data), seq inside the data, epochs never
 * decreasing) and decodes them, building each stored value on the way.
 * @throws ChainError naming the offending seq.
 */
function checkRecords(records: readonly RawRecord[], start: ChainTip): CheckedRecords {
  let expect = start.seq + 1;
  let prev = start.hash;
  let prevHex = start.hex;
  let lastEpoch = start.epoch;
  const parsed: LogEvent[] = [];
  const values: Buffer[] = [];
  for (const r of records) {
    if (r.seq !== expect) throw new ChainError(r.seq, `expected seq ${expect} to continue head ${expect - 1}`);
    if (r.hash.byteLength !== 32) throw new ChainError(r.seq, 'hash is not 32 bytes');
    const { value, hash: h } = sealCopy(prev, r.data);
    if (!h.equals(r.hash)) throw new ChainError(r.seq, 'hash does not match SHA-256(prev_hash || data)');
    let s;
    try {
      s = parseData(r.data);
    } catch (e) {
      throw new ChainError(r.seq, `undecodable data (${(e as Error).message})`);
    }
    if (s.seq !== r.seq) throw new ChainError(r.seq, `data carries seq ${s.seq}`);
    if (!Number.isSafeInteger(s.epoch) || s.epoch < lastEpoch) {
      throw new ChainError(r.seq, `epoch ${s.epoch} is below the previous event's epoch ${lastEpoch}`);
    }
    const hHex = h.toString('hex');
    parsed.push(toEvent(s, prevHex, hHex));
    values.push(value);
    lastEpoch = s.epoch;
    prev = h;
    prevHex = hHex;
    expect++;
  }
  return { start, end: { seq: expect - 1, hash: prev, hex: prevHex, epoch: lastEpoch }, parsed, values };
}
