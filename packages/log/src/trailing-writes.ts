// Unsynced LevelDB writes that trail the commits, one in flight at a time: the mechanism shared by the per-aggregate
// index (deferred-index.ts) and the projection's rows (projection-checkpoint.ts). Each owner keeps what is pending,
// decides when to start, and says what the next write holds and how far (which seq) it reaches; this runs the
// writes, records how far the stored data reaches, keeps a failed write's error for whoever waits, and lets callers
// wait until a seq is written.
import type { Op, WriteOps } from './batch-ops.js';

/** The next write an owner hands over: its ops, the seq the stored data reaches once it is written, and what to do
 * when it fails (keep what it carried for the next attempt). */
export interface TrailingWrite {
  ops: Op[];
  to: number;
  failed(): void;
}

/** One trailing write at a time; see the module header. */
export class TrailingWrites {
  readonly #write: WriteOps;
  readonly #next: () => TrailingWrite | undefined;
  readonly #written: () => void;
  #writtenTo: number;
  #inFlight: Promise<void> | undefined;
  #error: unknown;

  /**
   * `writtenTo`: how far the stored data reaches now; `next`: the next write, undefined when nothing is pending;
   * `written`: called after each successful write (to schedule the next one).
   */
  constructor(write: WriteOps, writtenTo: number, next: () => TrailingWrite | undefined, written: () => void) {
    this.#write = write;
    this.#writtenTo = writtenTo;
    this.#next = next;
    this.#written = written;
  }

  /** The seq the stored data reaches. */
  get writtenTo(): number {
    return this.#writtenTo;
  }

  /** Whether a write is in flight. */
  get busy(): boolean {
    return this.#inFlight !== undefined;
  }

  /** Starts the next write, unless one is in flight or nothing is pending. */
  start(): void {
    if (this.#inFlight) return;
    const w = this.#next();
    if (!w) return;
    this.#inFlight = this.#write(w.ops, false).then(
      () => {
        this.#writtenTo = w.to;
        this.#error = undefined;
        this.#inFlight = undefined;
        this.#written();
      },
      (e: unknown) => {
        w.failed();
        this.#error = e;
        this.#inFlight = undefined;
      },
    );
  }

  /**
   * Writes until the stored data reaches `target()` (read again after every write: an owner may cut it back).
   * @throws the error of a write that fails (its owner keeps what it carried for the next attempt).
   */
  async flushTo(target: () => number): Promise<void> {
    while (this.#writtenTo < target()) {
      this.start();
      const w = this.#inFlight;
      if (!w) return;
      await w;
      if (this.#error !== undefined && !this.#inFlight) throw this.#error;
    }
  }

  /** Waits until no write is in flight. */
  async settle(): Promise<void> {
    while (this.#inFlight) await this.#inFlight;
  }

  /** The stored data now reaches `seq` (the owner dropped everything pending); a past error is forgotten. */
  reset(seq: number): void {
    this.#writtenTo = seq;
    this.#error = undefined;
  }
}
