// The projection's rows on disk: a checkpoint of the in-memory projection, written behind the commits. Commits only
// note which rows their events changed; a checkpoint write asks the projection for the committed form of every row
// changed since the last one (a row changed by a thousand events is serialised and written once) and writes them with
// the meta key `appliedSeq` (the last committed seq, which the rows reflect exactly) in one unsynced LevelDB batch, one
// in flight at a time (trailing-writes.ts), some seconds (5 by default) after the first change since the last one. Rows
// wait as keys only (at most one per entity); the longer the wait, the more changes of one row share a write. A crash
// can lose only a suffix of these batches: the rows on disk always match the projection at the stored `appliedSeq`, and
// EventLog.open loads them and replays the events after it (the last few seconds of commits). Each row carries a
// check (row-seal.ts) that open verifies.
import type { Op, WriteOps } from './batch-ops.js';
import { ROW_FORMAT, sealRow } from './row-seal.js';
import { TrailingWrites, type TrailingWrite } from './trailing-writes.js';
import type { Projection } from './types.js';

/** Meta key of the seq the stored rows reflect. */
export const META_APPLIED = 'appliedSeq';
/** Meta key of the projection version the stored rows were written by. */
export const META_PROJ_VERSION = 'projectionVersion';

/** The stored projection version of `projection`'s rows: its code version and the row format. */
export const storedVersion = (projection: Projection): string => projection.version + ROW_FORMAT;

/** Default longest wait of a changed row before a write starts. */
export const CHECKPOINT_INTERVAL_MS = 5000;

/** Key prefixes the checkpoint writes under. */
export interface CheckpointPrefixes {
  proj: Buffer;
  meta: Buffer;
}

/** Rows of the committed projection, written in the background; see the module header. */
export class ProjectionCheckpoint {
  readonly #writes: TrailingWrites;
  readonly #P: CheckpointPrefixes;
  readonly #projection: Projection;
  /** Rows changed since the last write started (or whose write failed). */
  #changed = new Set<string>();
  /** Last committed seq whose changes were noted. */
  #notedTo: number;
  #timer: NodeJS.Timeout | undefined;
  /** Set by discard(): nothing is noted or written until resetTo(). */
  #suspended = false;
  readonly #intervalMs: number;

  /** `appliedSeq`: the seq the stored rows reflect; `intervalMs`: longest wait of a change. */
  constructor(
    write: WriteOps,
    prefixes: CheckpointPrefixes,
    projection: Projection,
    appliedSeq: number,
    intervalMs: number,
  ) {
    this.#writes = new TrailingWrites(
      write,
      appliedSeq,
      () => this.#nextWrite(),
      () => this.#schedule(),
    );
    this.#P = prefixes;
    this.#projection = projection;
    this.#intervalMs = intervalMs;
    this.#notedTo = appliedSeq;
  }

  /** Notes rows changed by committed events up to `seq` (the projection has published them). */
  changed(keys: Iterable<string>, seq: number): void {
    if (this.#suspended) return;
    for (const k of keys) this.#changed.add(k);
    this.#notedTo = seq;
    this.#schedule();
  }

  #schedule(): void {
    if (this.#writes.busy || this.#notedTo <= this.#writes.writtenTo) return;
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      this.#writes.start();
    }, this.#intervalMs).unref();
  }

  #cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** The next write: the committed row of every key changed since the last one, with `appliedSeq`. */
  #nextWrite(): TrailingWrite | undefined {
    if (this.#notedTo <= this.#writes.writtenTo) return undefined;
    const keys = this.#changed;
    const to = this.#notedTo;
    const ops: Op[] = [];
    for (const key of keys) {
      const value = this.#projection.row(key);
      ops.push(
        value === undefined
          ? { type: 'del', p: this.#P.proj, key }
          : { type: 'put', p: this.#P.proj, key, value: sealRow(key, value) },
      );
    }
    ops.push({ type: 'put', p: this.#P.meta, key: META_APPLIED, value: String(to) });
    ops.push({ type: 'put', p: this.#P.meta, key: META_PROJ_VERSION, value: storedVersion(this.#projection) });
    this.#changed = new Set();
    return {
      ops,
      to,
      // The rows are written again, as they are then, by the next attempt.
      failed: () => {
        for (const k of keys) this.#changed.add(k);
      },
    };
  }

  /**
   * Resolves when the stored rows reflect everything noted before the call.
   * @throws the write's error when one fails (the rows stay noted for the next attempt).
   */
  async flush(): Promise<void> {
    const target = this.#notedTo;
    this.#cancel();
    await this.#writes.flushTo(() => Math.min(target, this.#notedTo));
  }

  /** Waits until no write is in flight (a failed one's rows stay noted for the next attempt). */
  settle(): Promise<void> {
    return this.#writes.settle();
  }

  /**
   * Forgets every noted change and writes nothing more until {@link resetTo}: the stored rows stay at the last
   * checkpoint, which matches its `appliedSeq` (when the in-memory projection can no longer be trusted).
   */
  discard(): void {
    this.#suspended = true;
    this.#cancel();
    this.#changed = new Set();
    this.#notedTo = this.#writes.writtenTo;
  }

  /**
   * Discards what is noted, waits for the write in flight, and takes the stored rows to reflect `seq` (at open,
   * and when a rebuild starts over from an empty projection).
   */
  async resetTo(seq: number): Promise<void> {
    this.discard();
    // The handler of the write in flight schedules no other: nothing is noted past what it writes.
    await this.#writes.settle();
    this.discard();
    this.#suspended = false;
    this.#notedTo = seq;
    this.#writes.reset(seq);
  }
}
