// The per-aggregate index (aggregate + seq -> nothing) and each aggregate's head version, written behind the durable
// commit. Log records are the truth and are fsynced by every group commit; the index entries and heads of committed
// events follow in unsynced batches, one in flight at a time (trailing-writes.ts), each with the meta key `indexedSeq`
// saying how far they reach. A write starts once 512 entries wait or 10 ms after the first one and takes at most 1,024:
// a few unsynced writes cost the commit path far less than one per group commit (each LevelDB write is a thread-pool
// round trip and waits its turn behind the commits). Committing only records what to index; the keys and puts are built
// when a write starts, on a later turn of the event loop, once the committing callers have queued the next group
// commit, so that work overlaps its fsync. LevelDB's write-ahead log is sequential, so a crash loses at most a suffix
// of these batches, which EventLog.open re-indexes from the records after `indexedSeq`. Readers of the index first wait
// for everything committed before they asked (flush): an acknowledged event is always found by its aggregate.
import { idxKey } from './codec.js';
import { NO_PREFIX, type Op, type WriteOps } from './batch-ops.js';
import { TrailingWrites, type TrailingWrite } from './trailing-writes.js';

/** Meta key of the last seq whose index entries and head are written. */
export const META_INDEXED = 'indexedSeq';

const EMPTY = Buffer.alloc(0);
/** Entries waiting that start a write at once. */
const WRITE_AFTER_ENTRIES = 512;
/** Most entries one write takes (the rest follow it): building a write must fit in a commit's fsync. */
const WRITE_MAX_ENTRIES = 1024;
/** Longest wait of an entry before a write starts. */
const WRITE_AFTER_MS = 10;

/** Key prefixes the index writes under. */
export interface IndexPrefixes {
  idx: Buffer;
  heads: Buffer;
  meta: Buffer;
}

/** Index entries and heads of committed events, written in the background; see the module header. */
export class DeferredIndex {
  readonly #writes: TrailingWrites;
  readonly #P: IndexPrefixes;
  /** Aggregates and seqs of the entries added but not yet handed to a write, from index #next on. */
  #aggregates: string[] = [];
  #seqs: number[] = [];
  #next = 0;
  /** Ops of a failed write, retried first, and the seq it reached. */
  #retry: Op[] = [];
  #retryTo = 0;
  /** Latest version per aggregate added since the last write was started. */
  #heads = new Map<string, number>();
  /** Last seq added. */
  #addedTo: number;
  /** The pending start of a write: `soon` on the next turn of the event loop, else after WRITE_AFTER_MS. */
  #scheduled: { soon: boolean; cancel(): void } | undefined;

  /** `indexedSeq`: how far the stored index reaches. */
  constructor(write: WriteOps, prefixes: IndexPrefixes, indexedSeq: number) {
    this.#writes = new TrailingWrites(
      write,
      indexedSeq,
      () => this.#nextWrite(),
      () => this.kick(),
    );
    this.#P = prefixes;
    this.#addedTo = indexedSeq;
  }

  /** Adds committed event `seq` of `aggregate` at `version`; seqs must be added in ascending order. */
  add(aggregate: string, seq: number, version: number): void {
    this.#aggregates.push(aggregate);
    this.#seqs.push(seq);
    this.#heads.set(aggregate, version);
    this.#addedTo = seq;
  }

  /** Schedules the write of what was added (or, with one in flight, leaves it to follow that one). */
  kick(): void {
    if (this.#writes.busy || this.#addedTo === this.#writes.writtenTo) return;
    const soon = this.#seqs.length - this.#next >= WRITE_AFTER_ENTRIES;
    if (this.#scheduled && (this.#scheduled.soon || !soon)) return;
    this.#cancel();
    const run = (): void => {
      this.#scheduled = undefined;
      this.#writes.start();
    };
    if (soon) {
      const t = setImmediate(run);
      this.#scheduled = { soon, cancel: () => clearImmediate(t) };
    } else {
      const t = setTimeout(run, WRITE_AFTER_MS).unref();
      this.#scheduled = { soon, cancel: () => clearTimeout(t) };
    }
  }

  #cancel(): void {
    this.#scheduled?.cancel();
    this.#scheduled = undefined;
  }

  /** The next write: the retried ops of a failed one, then up to WRITE_MAX_ENTRIES entries and every head since. */
  #nextWrite(): TrailingWrite | undefined {
    if (this.#addedTo === this.#writes.writtenTo) return undefined;
    const ops = this.#retry;
    const end = Math.min(this.#seqs.length, this.#next + WRITE_MAX_ENTRIES);
    for (let i = this.#next; i < end; i++) {
      ops.push({
        type: 'put',
        p: NO_PREFIX,
        key: idxKey(this.#aggregates[i]!, this.#seqs[i]!, this.#P.idx),
        value: EMPTY,
      });
    }
    // Heads may run ahead of the entries written: recovery at open redoes both after `indexedSeq`.
    for (const [a, v] of this.#heads) ops.push({ type: 'put', p: this.#P.heads, key: a, value: String(v) });
    const to = end > this.#next ? this.#seqs[end - 1]! : Math.max(this.#retryTo, this.#writes.writtenTo);
    ops.push({ type: 'put', p: this.#P.meta, key: META_INDEXED, value: String(to) });
    this.#retry = [];
    this.#heads = new Map();
    this.#next = end;
    if (end === this.#seqs.length) {
      this.#aggregates = [];
      this.#seqs = [];
      this.#next = 0;
    }
    return {
      ops,
      to,
      // Kept for the next attempt; later puts of the same keys follow these in the batch and win.
      failed: () => {
        this.#retry = ops;
        this.#retryTo = to;
      },
    };
  }

  /**
   * Resolves when every entry added before the call is written.
   * @throws the write's error when one fails (the entries are kept and retried by the next kick or flush).
   */
  async flush(): Promise<void> {
    const target = this.#addedTo;
    this.#cancel();
    // resetTo() may cut the target back meanwhile (a quarantine): then there is nothing more to wait for.
    await this.#writes.flushTo(() => Math.min(target, this.#addedTo));
  }

  /** Waits until no write is in flight (a failed one stays pending for the next kick or flush). */
  settle(): Promise<void> {
    return this.#writes.settle();
  }

  /**
   * The stored index now reaches exactly `seq`, and nothing is pending: at open, and after a quarantine (which
   * flushed first, then cut the log back and wrote `indexedSeq` in its own batch).
   */
  resetTo(seq: number): void {
    this.#cancel();
    this.#aggregates = [];
    this.#seqs = [];
    this.#next = 0;
    this.#retry = [];
    this.#retryTo = 0;
    this.#heads.clear();
    this.#addedTo = seq;
    this.#writes.reset(seq);
  }
}
