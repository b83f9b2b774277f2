// The store under the event log: opening it (LevelDB at the log's path, or an injected abstract-level store), its
// sublevels and their key prefixes, root-level log keys and scans, and the one write path, which refuses writes while
// the store is stopped and stops it when a write fails (storage-health.ts; recovery.ts re-opens it).
import { resolve } from 'node:path';
import { Level } from 'level';
import type { AbstractChainedBatch, AbstractLevel, AbstractSublevel } from 'abstract-level';
import { u64, writeU64 } from './codec.js';
import { LogLockedError, LogOpenError, StorageFaultError } from './errors.js';
import { prefixed, type Op } from './batch-ops.js';
import { StorageHealth } from './storage-health.js';

/** What the log stores in: an abstract-level database with buffer keys and values (LevelDB by default). */
export type LogDb = AbstractLevel<string | Buffer | Uint8Array, Buffer, Buffer>;
export type Batch = AbstractChainedBatch<LogDb, Buffer, Buffer>;
export type Sub<K, V> = AbstractSublevel<LogDb, string | Buffer | Uint8Array, K, V>;

/** Records per read of a bulk scan. */
export const READ_CHUNK = 1000;
/** How the log opens a LevelDB of its own: open to the replay's worker thread too. */
const SHARED_OPEN = { multithreading: true } as const;
/** Bytes an iterator may buffer per native round trip for bulk scans (classic-level defaults to 16 KiB). */
const SCAN_HWM = 1 << 20;
/**
 * Directories this process has open as event logs. LevelDB's lock refuses a second process; opened for worker
 * threads too, it no longer refuses a second open in this process, so the log does.
 */
const openHere = new Set<string>();

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
 * Opens `db`, or a LevelDB at `path` when none is given (then shared with the replay's worker thread).
 * @throws LogLockedError when another process, or this one, holds the directory; LogOpenError.
 */
export async function openStore(path: string, db: LogDb | undefined): Promise<Store> {
  const store = new Store(path, db);
  const here = store.ownsDb ? resolve(path) : undefined;
  if (here !== undefined) {
    if (openHere.has(here)) throw new LogLockedError(path, { inThisProcess: true });
    openHere.add(here);
  }
  try {
    await store.open();
  } catch (e) {
    if (here !== undefined) openHere.delete(here);
    if (isLockError(e)) throw new LogLockedError(path, { cause: e });
    throw new LogOpenError(path, { cause: e });
  }
  return store;
}

/** The log's store; see the module header. */
export class Store {
  readonly db: LogDb;
  readonly path: string;
  /** The LevelDB the log opened itself (shared with the replay's worker thread); undefined when given a store. */
  readonly #own: Level<Buffer, Buffer> | undefined;
  readonly log: Sub<Buffer, Buffer>;
  readonly idx: Sub<Buffer, Buffer>;
  readonly heads: Sub<string, string>;
  readonly epochs: Sub<Buffer, Buffer>;
  readonly meta: Sub<string, string>;
  readonly proj: Sub<string, string>;
  readonly quarantine: Sub<Buffer, Buffer>;
  /** Key prefixes of the sublevels, for pre-prefixed batch writes. */
  readonly P: Record<'log' | 'idx' | 'heads' | 'epochs' | 'meta' | 'proj' | 'quarantine', Buffer>;
  /** Upper bound (exclusive) of the `log` sublevel's keys on the root. */
  readonly #logEnd: Buffer;
  /** Whether writes are accepted (ok), or stopped after a storage write failed. */
  readonly health: StorageHealth;
  /** Called when a failed write stops the store (the log schedules its re-open). */
  onStopped: () => void = () => undefined;
  /** True while a recovery writes the index and rows it re-checked (writes are refused otherwise while stopped). */
  recoveryWrites = false;

  /** `db`: the store to use, else a LevelDB at `path`. Neither is opened yet. */
  constructor(path: string, db: LogDb | undefined) {
    if (db) {
      this.#own = undefined;
      this.db = db;
    } else {
      this.#own = new Level<Buffer, Buffer>(path, { keyEncoding: 'buffer', valueEncoding: 'buffer' });
      this.db = this.#own;
    }
    this.path = path;
    this.health = new StorageHealth(path);
    const bin = { keyEncoding: 'buffer', valueEncoding: 'buffer' } as const;
    const str = { keyEncoding: 'utf8', valueEncoding: 'utf8' } as const;
    this.log = this.db.sublevel<Buffer, Buffer>('log', bin);
    this.idx = this.db.sublevel<Buffer, Buffer>('idx', bin);
    this.heads = this.db.sublevel<string, string>('heads', str);
    this.epochs = this.db.sublevel<Buffer, Buffer>('epochs', bin);
    this.meta = this.db.sublevel<string, string>('meta', str);
    this.proj = this.db.sublevel<string, string>('proj', str);
    this.quarantine = this.db.sublevel<Buffer, Buffer>('quarantine', bin);
    const pre = (x: { prefix: string }): Buffer => Buffer.from(x.prefix, 'utf8');
    this.P = {
      log: pre(this.log),
      idx: pre(this.idx),
      heads: pre(this.heads),
      epochs: pre(this.epochs),
      meta: pre(this.meta),
      proj: pre(this.proj),
      quarantine: pre(this.quarantine),
    };
    this.#logEnd = Buffer.from(this.P.log);
    this.#logEnd[this.#logEnd.length - 1]!++;
  }

  /** Whether the log opened its LevelDB itself (then shared with the replay's worker thread), or was given a store. */
  get ownsDb(): boolean {
    return this.#own !== undefined;
  }

  /** Opens the store (a LevelDB of the log's own open to the replay's worker thread too). */
  open(): Promise<void> {
    return this.#own ? this.#own.open(SHARED_OPEN) : this.db.open();
  }

  /** Closes the store for good (a LevelDB of the log's own may then be opened again in this process). */
  async close(): Promise<void> {
    try {
      await this.db.close();
    } finally {
      if (this.#own) openHere.delete(resolve(this.path));
    }
  }

  /** Root-level key of log record `seq`. */
  logKey(seq: number): Buffer {
    const p = this.P.log;
    const b = Buffer.allocUnsafe(p.length + 8);
    p.copy(b, 0);
    writeU64(b, seq, p.length);
    return b;
  }

  /** Root-level iterator options over the log from `fromSeq` (keys carry the prefix: read seq at `P.log.length`). */
  logScan(fromSeq: number): { gte: Buffer; lt: Buffer; highWaterMarkBytes: number } {
    return { gte: prefixed(this.P.log, u64(fromSeq)), lt: this.#logEnd, highWaterMarkBytes: SCAN_HWM };
  }

  /** Writes `ops` as one atomic batch (fsynced when `sync`); refused while the store is stopped. */
  async write(ops: readonly Op[], sync: boolean): Promise<void> {
    const stopped = this.recoveryWrites ? undefined : this.health.error();
    if (stopped) throw stopped;
    try {
      // A chained batch on the root with pre-prefixed keys: several times cheaper per op than an array
      // batch with `sublevel` options, and still one atomic LevelDB WriteBatch.
      const b = this.db.batch();
      for (const o of ops) {
        if (o.type === 'put')
          b.put(prefixed(o.p, o.key), typeof o.value === 'string' ? Buffer.from(o.value, 'utf8') : o.value);
        else b.del(prefixed(o.p, o.key));
      }
      await b.write({ sync });
    } catch (e) {
      throw this.writeFailed(e);
    }
  }

  /** A storage write failed: stops every write and has the re-open scheduled; returns the error writers get. */
  writeFailed(cause: unknown): StorageFaultError {
    if (cause instanceof StorageFaultError) return cause;
    const err = this.health.writeFailed(cause);
    this.onStopped();
    return err;
  }

  /** Closes and re-opens the store (LevelDB replays its write-ahead log from disk and clears its sticky error). */
  async reopen(): Promise<void> {
    await this.db.close().catch(() => undefined);
    await this.open();
    // Sublevels close with their database and are not re-opened with it.
    for (const sub of [this.log, this.idx, this.heads, this.epochs, this.meta, this.proj, this.quarantine])
      await sub.open();
  }
}
