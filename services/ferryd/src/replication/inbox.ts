// Records received from the master and not yet applied: the follower takes everything waiting in one go, so one
// durable write covers many small live batches (no fsync per message), and the stream is paused while too much waits.
import { fitBatch, type RawRecord } from '@ferry/log';

/**
 * Most events and bytes one take returns (always at least one record). Large takes amortise the fsync and write each
 * changed projection row and aggregate head once per take rather than once per master batch.
 */
export const TAKE_EVENTS = 16_000;
export const TAKE_BYTES = 8 * 1024 * 1024;
/** The stream is paused above these and resumed below half of them. */
const PAUSE_EVENTS = 2 * TAKE_EVENTS;
const PAUSE_BYTES = 2 * TAKE_BYTES;

/** The flow control of the stream the records come from. */
export interface Pausable {
  pause(): unknown;
  resume(): unknown;
}

/** A bounded queue of received records with one consumer. */
export class Inbox {
  private records: RawRecord[] = [];
  private bytes = 0;
  private paused = false;
  private ended = false;
  private failure: { error: unknown } | undefined;
  private wake: (() => void) | undefined;

  constructor(private readonly stream: Pausable) {}

  /** Queues received records (in seq order). */
  push(records: readonly RawRecord[]): void {
    for (const r of records) {
      this.records.push(r);
      this.bytes += r.data.byteLength;
    }
    if (!this.paused && (this.records.length >= PAUSE_EVENTS || this.bytes >= PAUSE_BYTES)) {
      this.paused = true;
      this.stream.pause();
    }
    this.poke();
  }

  /** The stream ended cleanly: {@link take} returns what is queued, then undefined. */
  end(): void {
    this.ended = true;
    this.poke();
  }

  /** The session failed: the next {@link take} throws `error` (queued records are dropped; they are re-fetched). */
  fail(error: unknown): void {
    this.failure ??= { error };
    this.poke();
  }

  /** Waits for records and takes the oldest ones, up to {@link TAKE_EVENTS} / {@link TAKE_BYTES}; undefined at the end. */
  async take(): Promise<RawRecord[] | undefined> {
    for (;;) {
      if (this.failure) throw this.failure.error;
      if (this.records.length > 0) break;
      if (this.ended) return undefined;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
    const { end: n, bytes } = fitBatch(this.records, 0, TAKE_EVENTS, TAKE_BYTES);
    const out = n === this.records.length ? this.records : this.records.slice(0, n);
    this.records = n === this.records.length ? [] : this.records.slice(n);
    this.bytes -= bytes;
    if (this.paused && this.records.length < PAUSE_EVENTS / 2 && this.bytes < PAUSE_BYTES / 2) {
      this.paused = false;
      this.stream.resume();
    }
    return out;
  }

  private poke(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }
}
